// Tests the math/rand natives: seedrand's Lehmer step, the seeded state, the first values of
// Go 1.19's default source (seed 1, as printed by real Go), and that the committed rngCooked
// table is what tools/gen-rngcooked.ts extracts from Go's source, and the ziggurat tables what
// tools/gen-ziggurat.ts does.

import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { GO_RNG_PATH, parseRngCooked, renderRngCooked } from "../../../tools/gen-rngcooked.js";
import { GO_RAND_DIR, renderZiggurat } from "../../../tools/gen-ziggurat.js";
import { natives, seedrand } from "./math_rand.js";

const newSource = (seed: number) => {
  const rng = { tap: 0, feed: 0, vec: new Array<number | bigint>(607).fill(0) };
  natives["rngSource.Seed"]!(rng, seed);
  return rng;
};

test("seedrand is x*48271 mod 2^31-1", () => {
  for (const x of [1, 12345, 2147483646, 89482311]) {
    assert.equal(seedrand(x), Number((BigInt(x) * 48271n) % 2147483647n));
  }
});

test("seed 1 gives Go's first Int63 values", () => {
  const rng = newSource(1);
  assert.equal(rng.tap, 0);
  assert.equal(rng.feed, 607 - 273);
  // rand.Int() and rand.Int63() of Go 1.19 with the default seed.
  assert.equal(natives["rngSource.Int63"]!(rng), 5577006791947779410n);
  natives["rngSource.Int63"]!(rng);
  assert.equal(natives["rngSource.Int63"]!(rng), 6129484611666145821n);
});

test("seeds are reduced mod 2^31-1 and 0 is replaced", () => {
  const a = newSource(0);
  const b = newSource(2147483647);
  assert.deepEqual(a.vec, b.vec);
  const c = newSource(-1);
  const d = newSource(2147483646);
  assert.deepEqual(c.vec, d.vec);
});

test("the committed rngCooked table matches Go's source", { skip: !existsSync(GO_RNG_PATH) }, () => {
  const committed = readFileSync(
    new URL("../../../../src/stdlib/native/math_rand_cooked.gen.ts", import.meta.url), "utf8");
  assert.equal(renderRngCooked(parseRngCooked(readFileSync(GO_RNG_PATH, "utf8"))), committed);
});

test("the committed ziggurat tables match Go's source", { skip: !existsSync(GO_RAND_DIR) }, () => {
  const committed = readFileSync(new URL("../../../../stdlib/math/rand/ziggurat.gen.go", import.meta.url), "utf8");
  assert.equal(renderZiggurat(GO_RAND_DIR), committed);
});

test("int31, uint32 and float64 are what Rand makes of Int63, on the same steps", () => {
  for (const s of [1, 42, -7, 2147483646]) {
    const a = newSource(s);
    const b = newSource(s);
    for (let i = 0; i < 3000; i++) {
      const v = BigInt(natives["rngSource.Int63"]!(a));
      switch (i % 3) {
        case 0: assert.equal(natives["rngSource.int31"]!(b), Number(v >> 32n)); break;
        case 1: assert.equal(natives["rngSource.uint32"]!(b), Number(BigInt.asUintN(32, v >> 31n))); break;
        case 2: assert.equal(natives["rngSource.float64"]!(b), Number(v) / 2 ** 63); break;
      }
    }
    assert.deepEqual(a.vec, b.vec);
    assert.equal(a.tap, b.tap);
  }
});

test("Uint64 and the vec view agree with the words", () => {
  const a = newSource(3);
  const b = newSource(3);
  for (let i = 0; i < 2000; i++) {
    const u = BigInt(natives["rngSource.Uint64"]!(a));
    const v = BigInt(natives["rngSource.Int63"]!(b));
    assert.equal(u & ((1n << 63n) - 1n), v);
    assert.ok(u >= 0n && u < 1n << 64n);
    const w = b.vec[b.feed]!;
    assert.equal(BigInt.asUintN(64, BigInt(w)), u);
    assert.ok(typeof w === "bigint" ? w < -(2n ** 53n) || w >= 2n ** 53n : Number.isSafeInteger(w));
  }
});
