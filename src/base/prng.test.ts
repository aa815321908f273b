// Tests for prng.ts: intn's fast paths draw the same numbers as the plain rejection sampling.

import { test } from "node:test";
import assert from "node:assert/strict";
import { Prng } from "./prng.js";

/** The rejection sampling with % that intn implements faster. */
function slowIntn(p: Prng, n: number): number {
  const limit = 0x100000000 - (0x100000000 % n);
  for (;;) {
    const v = p.uint32();
    if (v < limit) return v % n;
  }
}

test("intn equals rejection sampling with % for every kind of bound", () => {
  const bounds = [1, 2, 3, 5, 7, 60, 1_200, 37_000, 65_536, 0x40000000, 2147483647, 2147483648,
    2147483649, 3_000_000_000, 4294967295, 4294967296, 2.5, 0.5];
  for (const n of bounds) {
    const a = new Prng(12345), b = new Prng(12345);
    for (let i = 0; i < 2000; i++) assert.equal(a.intn(n), slowIntn(b, n), `n=${n} draw ${i}`);
  }
});
