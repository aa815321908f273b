// Tests for alg.ts: typehash of every kind against Go's own runtime, and the key properties.
//
// Method: the "iface" vectors are runtime.nilinterhash(&e, 99) from Go 1.19.8 with
// hashkey[0] = 0x123456789abcdef1 and the AES hash disabled (see hash64.test.ts). Since
// nilinterhash is c1 * typehash(t, v, seed ^ c0), they check typehash for ints of each width,
// bools, strings, floats, complexes, plain-memory and mixed structs, and arrays.

import { test } from "node:test";
import assert from "node:assert/strict";
import { Prng } from "../base/prng.js";
import {
  Alg, algType, hashMightPanic, interhash, isReflexive, needKeyUpdate, setAddrOf,
  setRuntimeErrorFactory, typehash,
} from "./alg.js";
import { getHashkey, hashHi, setHashkey } from "./hash64.js";
import { GoPanic } from "./panic.js";
import { Complex, Iface, type RType, type GoValue } from "./value.js";
import {
  arrayType, ptrTo, structType, tBool, tComplex128, tComplex64, tFloat32, tFloat64, tIface,
  tInt, tInt16, tInt32, tInt8, tInt64, tSliceInt, tString, tUint16,
} from "./map.testutil.js";

const S1 = structType("main.S1", [["A", tInt32], ["B", tInt64], ["C", tString]]);
const S2 = structType("main.S2", [["A", tInt32], ["B", tInt32]]);
const prng = new Prng(1);

function ifaceHash(t: RType, v: GoValue): string {
  const lo = interhash(new Iface(t, v), 0, 99, prng);
  return ((BigInt(hashHi) << 32n) | BigInt(lo)).toString(16);
}

test("interface hashes equal Go's nilinterhash", () => {
  const saved = getHashkey();
  setHashkey(0x12345678, 0x9abcdef1);
  const cases: [string, RType, unknown, string][] = [
    ["int 42", tInt, 42, "b6e3e3dde462c98d"],
    ["int -1", tInt, -1, "730514dcd952c7bb"],
    ["int8 -3", tInt8, -3, "a4510c6fc8a42961"],
    ["uint16 500", tUint16, 500, "4ef3d0cfffdc27db"],
    ["int32 -7", tInt32, -7, "c598621d564b268b"],
    ["bool true", tBool, true, "80930a14b83dafcc"],
    ["str hello", tString, "hello", "d94c309a067f889"],
    ["str long", tString, "the quick brown fox jumps over the lazy dog, twice over",
      "5f593e9962600708"],
    ["f64 1.5", tFloat64, 1.5, "86962020a263f0c6"],
    ["f64 0", tFloat64, 0, "16b65276f87909e3"],
    ["f32 2.25", tFloat32, 2.25, "9ec06f9651c99eb5"],
    ["c128 1+2i", tComplex128, new Complex(1, 2), "abc79faaea4d5e34"],
    ["c64 3-4i", tComplex64, new Complex(3, -4), "f79afc3811e61c14"],
    ["S1", S1, { A: 5, B: -9, C: "xy" }, "e3226b4eb8a1d868"],
    ["S2", S2, { A: 1, B: 2 }, "440516d8b9fee7e9"],
    ["arr", arrayType(tInt16, 3), [1, -2, 3], "1154bdec697b66f2"],
    ["arrstr", arrayType(tString, 2), ["a", "bc"], "fa31447b6f2a363d"],
  ];
  for (const [name, t, v, want] of cases) assert.equal(ifaceHash(t, v as GoValue), want, name);
  setHashkey(saved[0], saved[1]);
});

test("-0 hashes like +0; NaN hashes differ", () => {
  assert.equal(typehash(tFloat64, -0, 0, 7, prng), typehash(tFloat64, 0, 0, 7, prng));
  const nan = new Set<number>();
  for (let i = 0; i < 20; i++) nan.add(typehash(tFloat64, NaN, 0, 7, prng));
  assert.ok(nan.size > 15);
});

test("I64 number and bigint forms hash by their two's-complement image", () => {
  const a = typehash(tInt64, -1, 0, 5, prng);
  const b = typehash(tInt64, -1n, 0, 5, prng);
  assert.equal(a, b);
  const big = (1n << 62n) + 3n;
  const c = typehash(tInt64, big, 0, 5, prng);
  assert.notEqual(c, a);
});

test("unhashable dynamic type panics with Go's runtime error text", () => {
  setRuntimeErrorFactory((msg, plain) =>
    new Iface(tString, (plain ? "" : "runtime error: ") + msg));
  assert.throws(
    () => interhash(new Iface(tSliceInt, null), 0, 0, prng),
    (e: unknown) => e instanceof GoPanic &&
      e.value!.v === "runtime error: hash of unhashable type []int",
  );
  // The nil interface hashes to its seed.
  assert.equal(interhash(null, 0, 12345, prng), 12345);
  assert.equal(hashHi, 0);
});

test("pointers hash by the address the hook reports", () => {
  const objs = [{}, {}];
  setAddrOf((o) => 0xc000010000 + objs.indexOf(o as object) * 16);
  const pt = ptrTo(tInt);
  const h0 = typehash(pt, objs[0]!, 0, 1, prng);
  assert.equal(typehash(pt, objs[0]!, 0, 1, prng), h0);
  assert.notEqual(typehash(pt, objs[1]!, 0, 1, prng), h0);
});

test("key classification follows the compiler", () => {
  assert.equal(algType(tInt), Alg.Mem);
  assert.equal(algType(S2), Alg.Mem);
  assert.equal(algType(S1), Alg.Special); // padded, and has a string
  assert.equal(algType(structType("P", [["a", tInt8], ["b", tInt64]])), Alg.Special);
  assert.equal(algType(structType("B", [["_", tInt32], ["b", tInt32]])), Alg.Special);
  assert.equal(algType(arrayType(tInt16, 3)), Alg.Mem);
  assert.equal(algType(tSliceInt), Alg.NoEq);
  assert.equal(isReflexive(tFloat64), false);
  assert.equal(isReflexive(S1), true);
  assert.equal(needKeyUpdate(S1), true);
  assert.equal(needKeyUpdate(S2), false);
  assert.equal(hashMightPanic(structType("I", [["x", tIface]])), true);
  assert.equal(hashMightPanic(tString), false);
});
