// Tests the math/big natives on edge cases: nat words round trips (the I64 forms of a word,
// reuse of z's capacity), Go's division signs, two's-complement bit operations, primality on
// strong pseudoprimes to base 2 (which the Lucas half of ProbablyPrime must reject),
// Rat.Float64's rounding around the denormals, and Float's
// rounding ties in each mode.

import { test } from "node:test";
import assert from "node:assert/strict";
import { rt } from "../../runtime/rt.js";
import { Iface, Slice } from "../../runtime/value.js";
import type { RType } from "../../runtime/value.js";
import { GoPanic } from "../../runtime/panic.js";
import { intValue, natStore, natValue, natives, type GoInt } from "./math_big.js";
import { quotToFloat } from "./math_big_rat.js";
import { floatNatives } from "./math_big_float.js";

rt.stringValue = (s: string) => new Iface({ str: "string" } as RType, s);

/** A new Int of value v. */
const int = (v: bigint): GoInt => ({ neg: v < 0n, abs: natStore(null, v < 0n ? -v : v) });
const call = (name: string, ...args: unknown[]): any => (natives[name] as Function)(...args);

test("nat words round trip in both I64 forms and reuse capacity", () => {
  for (const v of [0n, 1n, 2n ** 53n - 1n, 2n ** 53n, 2n ** 64n - 1n, 2n ** 64n, 3n ** 400n, 7n ** 1000n]) {
    assert.equal(natValue(natStore(null, v)), v);
  }
  const z = natStore(null, 2n ** 300n)!;
  const w = natStore(z, 5n)!;
  assert.equal(w.a, z.a, "a smaller value reuses z's backing array");
  assert.equal(w.len, 1);
  assert.equal(typeof natStore(null, 2n ** 63n)!.a[0], "bigint");
  assert.equal(typeof natStore(null, 2n ** 52n)!.a[0], "number");
  assert.equal(natStore(new Slice([1, 2], 0, 2, 2), 0n)!.len, 0);
});

test("natValue's cache sees words that Go code wrote", () => {
  const v = 5n ** 2000n;
  const z = natStore(null, v)!;
  assert.equal(natValue(z), v);
  z.a[z.off + 3] = 0;
  assert.notEqual(natValue(z), v);
  assert.equal(natValue(z), v - (BigInt.asUintN(64, v >> 192n) << 192n));
  // An upper bound that is too small is not trusted.
  assert.equal(natValue(natStore(null, v, 2)), v);
});

test("division follows Go's signs", () => {
  const q = int(0n);
  const r = int(0n);
  call("Int.quoRem", q, int(-7n), int(2n), r);
  assert.deepEqual([intValue(q), intValue(r)], [-3n, -1n]);
  call("Int.divMod", q, int(-7n), int(-2n), r);
  assert.deepEqual([intValue(q), intValue(r)], [4n, 1n]);
  // The Go wrappers panic first; the natives refuse a zero divisor too.
  assert.throws(() => call("Int.quo", q, int(1n), int(0n)), (e: unknown) => e instanceof GoPanic && (e.value as Iface).v === "division by zero");
});

test("bit operations on negatives are two's complement", () => {
  const z = int(0n);
  assert.equal(intValue(call("Int.And", z, int(-12n), int(10n))), 0n);
  assert.equal(intValue(call("Int.AndNot", z, int(10n), int(-12n))), 10n);
  assert.equal(intValue(call("Int.Rsh", z, int(-5n), 1)), -3n);
  assert.equal(call("Int.bit", int(-12n), 200), 1);
  assert.equal(intValue(call("Int.setBit", z, int(-12n), 130, 0)), -12n - 2n ** 130n);
});

test("the Lucas half of ProbablyPrime rejects strong pseudoprimes to base 2", () => {
  const nat = (v: bigint): Slice | null => natStore(null, v);
  const lucas = (v: bigint): boolean => call("nat.probablyPrimeLucas", nat(v));
  // Composites that pass Miller-Rabin with base 2: the Lucas test must catch them.
  for (const n of [2047n, 3277n, 4033n, 3215031751n, 3825123056546413051n, 318665857834031151167461n]) {
    assert.equal(lucas(n), false, String(n));
  }
  for (const n of [3n, 5n, 2803n, 1000000007n, 2n ** 61n - 1n, 2n ** 127n - 1n, 2n ** 521n - 1n]) {
    assert.equal(lucas(n), true, String(n));
  }
  assert.equal(call("nat.hasSmallFactor", nat(53n * 1000003n)), true);
  assert.equal(call("nat.hasSmallFactor", nat(59n * 61n)), false);
});

test("Rat.Float64 rounds as Go's quotToFloat64", () => {
  assert.deepEqual(quotToFloat(1n, 3n, 52, 1023), [1 / 3, false]);
  assert.deepEqual(quotToFloat(1n, 2n ** 1074n, 52, 1023), [5e-324, true]);
  assert.deepEqual(quotToFloat(1n, 2n ** 1075n, 52, 1023), [0, false]);
  assert.deepEqual(quotToFloat(3n, 2n ** 1076n, 52, 1023), [5e-324, false]);
  // Below the denormals Go reports an exact zero (it only looks at the 54-bit quotient).
  assert.deepEqual(quotToFloat(1n, 2n ** 1080n, 52, 1023), [0, true]);
  assert.deepEqual(quotToFloat(2n ** 1024n, 1n, 52, 1023), [Infinity, false]);
  assert.deepEqual(quotToFloat(1n, 3n, 23, 127), [Math.fround(1 / 3), false]);
});

test("Float ties round per mode", () => {
  // 2.5 at 2 bits of precision is a tie between 2 and 3 (binary 10 and 11).
  const expect: [number, number, number][] = [[0, 2, -1], [1, 3, 1], [2, 2, -1], [3, 3, 1], [4, 2, -1], [5, 3, 1]];
  for (const [mode, want, acc] of expect) {
    const z = { prec: 2, mode, acc: 0, form: 1, neg: false, mant: null as Slice | null, exp: 0 };
    floatNatives["Float.setFinite64"]!(z, 2.5);
    floatNatives["Float.round"]!(z, 0);
    const [f] = floatNatives["Float.Float64"]!(z);
    assert.deepEqual([mode, f, z.acc], [mode, want, acc]);
  }
});
