// Tests for the math/bits natives: values checked against Go 1.19's math/bits by hand-picked
// cases around the 32-, 53- and 64-bit boundaries where the I64 representation changes form.

import { test } from "node:test";
import assert from "node:assert/strict";
import { natives as b } from "./math_bits.js";
import { rt } from "../../runtime/rt.js";
import { Iface } from "../../runtime/value.js";
import type { RType } from "../../runtime/value.js";
import { GoPanic } from "../../runtime/panic.js";

rt.runtimeError = (msg: string) => new Iface({ str: "runtime.Error" } as RType, msg);
const call = (f: string, ...args: unknown[]): any => (b[f] as Function)(...args);
const MAX = 2n ** 64n - 1n;

test("counting", () => {
  assert.equal(call("LeadingZeros64", 1), 63);
  assert.equal(call("LeadingZeros64", MAX), 0);
  assert.equal(call("LeadingZeros32", 0), 32);
  assert.equal(call("LeadingZeros8", 1), 7);
  assert.equal(call("TrailingZeros64", 2n ** 60n), 60);
  assert.equal(call("TrailingZeros64", 0), 64);
  assert.equal(call("TrailingZeros16", 0), 16);
  assert.equal(call("OnesCount64", MAX), 64);
  assert.equal(call("OnesCount32", 0xffffffff), 32);
  assert.equal(call("Len64", 2 ** 53 - 1), 53);
  assert.equal(call("Len64", 2n ** 53n), 54);
  assert.equal(call("Len", 0), 0);
});

test("rotate and reverse", () => {
  assert.equal(call("RotateLeft64", 1, -1), 2n ** 63n);
  assert.equal(call("RotateLeft32", 0x80000001, 1), 3);
  assert.equal(call("RotateLeft8", 0x81, -1), 0xc0);
  assert.equal(call("Reverse8", 1), 0x80);
  assert.equal(call("Reverse64", 1), 2n ** 63n);
  assert.equal(call("ReverseBytes32", 0x01020304), 0x04030201);
  assert.equal(call("ReverseBytes64", 0x0102030405060708n), 0x0807060504030201n);
});

test("full-width arithmetic", () => {
  assert.deepEqual(call("Add64", MAX, 1, 0), [0, 1]);
  assert.deepEqual(call("Sub64", 0, 1, 0), [MAX, 1]);
  assert.deepEqual(call("Mul64", MAX, MAX), [MAX - 1n, 1]);
  assert.deepEqual(call("Mul32", 0xffffffff, 2), [1, 0xfffffffe]);
  assert.deepEqual(call("Div64", 1, 0, 2), [2n ** 63n, 0]);
  assert.deepEqual(call("Add32", 0xffffffff, 1, 1), [1, 1]);
  assert.equal(call("Rem64", 1, 5, 7), Number(((1n << 64n) + 5n) % 7n));
  assert.throws(() => call("Div64", 1, 0, 1), GoPanic);
  assert.throws(() => call("Div64", 0, 0, 0), GoPanic);
});

test("the 8-, 16- and 32-bit rotations, reversals and Mul32 agree with BigInt arithmetic", () => {
  let seed = 12345;
  const next = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
  const rev = (x: bigint, n: number): bigint => {
    let r = 0n;
    for (let i = 0; i < n; i++, x >>= 1n) r = (r << 1n) | (x & 1n);
    return r;
  };
  const ks: (number | bigint)[] = [0, 1, 7, 8, 15, 16, 31, 32, 33, 63, 64, -1, -9, -31, -33, 2 ** 40 + 3, -(2 ** 40) - 5, 2n ** 63n + 5n, -(2n ** 62n) - 1n];
  for (let i = 0; i < 3000; i++) {
    const x32 = i < 4 ? [0, 1, 0x80000000, 0xffffffff][i]! : next();
    for (const n of [8, 16, 32]) {
      const x = n === 32 ? x32 : x32 & ((1 << n) - 1);
      for (const k of ks) {
        const s = BigInt.asUintN(64, BigInt(k)) & BigInt(n - 1);
        const want = Number(((BigInt(x) << s) | (BigInt(x) >> (BigInt(n) - s))) & ((1n << BigInt(n)) - 1n));
        assert.equal(call(`RotateLeft${n}`, x, k), want, `RotateLeft${n}(${x}, ${k})`);
      }
      assert.equal(call(`Reverse${n}`, x), Number(rev(BigInt(x), n)), `Reverse${n}(${x})`);
    }
    assert.equal(call("ReverseBytes16", x32 & 0xffff), ((x32 & 0xff) << 8) | ((x32 >>> 8) & 0xff));
    const y = next();
    const p = BigInt(x32) * BigInt(y);
    assert.deepEqual(call("Mul32", x32, y), [Number(p >> 32n), Number(p & 0xffffffffn)], `Mul32(${x32}, ${y})`);
  }
  assert.equal(call("ReverseBytes32", 0x80000001), 0x01000080);
});
