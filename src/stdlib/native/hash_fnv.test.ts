// The FNV-64 byte loops on 32-bit halves against the same loops on bigints.

import { test } from "node:test";
import assert from "node:assert/strict";
import { natives } from "./hash_fnv.js";
import { Slice } from "../../runtime/value.js";

const prime64 = 1099511628211n;
const offset64 = 14695981039346656037n;

function ref(h: bigint, bytes: number[], a: boolean): bigint {
  for (const c of bytes) {
    if (a) h ^= BigInt(c);
    h = BigInt.asUintN(64, h * prime64);
    if (!a) h ^= BigInt(c);
  }
  return h;
}

test("write64 and write64a are FNV-1 and FNV-1a", () => {
  let seed = 12345;
  const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) & 0xff;
  for (const start of [offset64, 0n, 1n, (1n << 64n) - 1n, 1n << 53n, 123456789n]) {
    for (const n of [0, 1, 2, 7, 64, 300]) {
      const bytes = Array.from({ length: n }, next);
      const s = new Slice([9, ...bytes, 9], 1, n, n);
      for (const a of [false, true]) {
        const got = (a ? natives["write64a"]! : natives["write64"]!)(Number(start) < 2 ** 53 ? Number(start) : start, s);
        assert.equal(BigInt(got), ref(start, bytes, a));
        assert.equal(typeof got === "number", BigInt(got) < 1n << 53n);
      }
    }
  }
});
