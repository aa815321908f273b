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
