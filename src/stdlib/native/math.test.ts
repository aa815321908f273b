// Tests for the math natives. Goal: the functions documented as exact in math.ts give Go
// 1.19's results. Method: expectations printed by real Go 1.19.8 (fmt.Println of each call),
// written here as the float64 values those printed strings denote.

import { test } from "node:test";
import assert from "node:assert/strict";
import { natives as m } from "./math.js";

const call = (f: string, ...args: unknown[]): any => (m[f] as Function)(...args);

test("Pow follows Go's algorithm", () => {
  assert.equal(call("Pow", 2, 0.5), 1.4142135623730951);
  assert.equal(call("Pow", 1.5, 3.7), 4.482679184808753);
  assert.equal(call("Pow", -2, 3), -8);
  assert.equal(call("Pow", 10, -3), 0.001);
  assert.equal(call("Pow", 0, -1), Infinity);
  assert.equal(call("Pow", 7, 1e10), Infinity);
});

test("Frexp, Ldexp, Modf, rounding", () => {
  assert.deepEqual(call("Frexp", 1e-310), [0.5752618031559393, -1029]);
  assert.equal(call("Ldexp", 0.75, -1070), 6e-323);
  assert.equal(call("Ldexp", 1, 1024), Infinity);
  assert.equal(call("Ldexp", 0.5, 1024), 8.98846567431158e307);
  assert.deepEqual(call("Modf", -3.25), [-3, -0.25]);
  assert.equal(call("Round", -2.5), -3);
  assert.equal(call("RoundToEven", 2.5), 2);
  assert.equal(call("RoundToEven", 3.5), 4);
  assert.equal(call("Round", 0.49999999999999994), 0);
  assert.ok(Object.is(call("Round", -0.2), -0));
});

test("bits, Nextafter, logs, Max", () => {
  assert.equal(call("Float64bits", 1.5), 4609434218613702656n);
  assert.equal(call("Float64bits", -1), 13830554455654793216n);
  assert.equal(call("Float64frombits", 0x7fefffffffffffffn), 1.7976931348623157e308);
  assert.equal(call("Float32bits", Math.fround(0.1)), 1036831949);
  assert.equal(call("Nextafter", 1, 2), 1.0000000000000002);
  assert.equal(call("Nextafter", 0, -1), -5e-324);
  assert.equal(call("Log2", 8), 3);
  assert.equal(call("Log10", 1000), 3);
  assert.equal(call("Max", Infinity, NaN), Infinity);
});

test("Lgamma returns (lgamma, sign); Jn and Yn take an int order, bigint beyond 2^53", () => {
  assert.deepEqual(call("Lgamma", -2.5), [-0.05624371649767412, -1]);
  assert.deepEqual(call("Lgamma", -0.5), [1.2655121234846454, -1]);
  assert.deepEqual(call("Lgamma", -Infinity), [-Infinity, 1]);
  // Go negates MinInt64 to itself: the order stays negative and the recurrence never starts.
  assert.equal(call("Jn", -9223372036854775808n, 0.75), 0.3492436021748622); // J1(0.75)
  assert.equal(call("Yn", -9223372036854775808n, 0.75), -1.0375945507692854); // Y1(0.75)
  assert.equal(call("Yn", -1152921504606846979n, 0), Infinity); // negative odd order
  assert.ok(Object.is(call("Jn", 1152921504606846977n, -1e-12), -0)); // odd order, x < 0
  assert.equal(call("Jn", 2, 0.5), 0.03060402345868264);
});
