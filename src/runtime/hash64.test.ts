// Tests for hash64.ts: the fallback memory hash must equal Go's bit for bit.
//
// Method: the expected values were produced by a throwaway Go 1.19.8 program that linknamed
// runtime.memhashFallback, memhash32Fallback, memhash64Fallback and nilinterhash, set
// runtime.hashkey[0] = 0x123456789abcdef1 and runtime.useAeshash = false, and hashed the byte
// pattern buf[i] = byte(i*7+3) and a few scalars. The interface vectors are checked in
// alg.test.ts. A BigInt model of the 64x64->128 multiply cross-checks the limb arithmetic, and
// one of memhash64Fallback checks the hash's bits over many random inputs (the high word of each
// 32x32 product is computed from a rounded double product, so rounding is what could go wrong).

import { test } from "node:test";
import assert from "node:assert/strict";
import {
  hashHi, hashHi32, memhash, memhash32, memhash32I, memhash64, memhash64I, mixForTest, mul64, setHashkey, getHashkey, strhash,
} from "./hash64.js";

const KEY_HI = 0x12345678, KEY_LO = 0x9abcdef1;

function hex(lo: number): string {
  return ((BigInt(hashHi) << 32n) | BigInt(lo >>> 0)).toString(16);
}

function split(v: bigint): [number, number] {
  const u = BigInt.asUintN(64, v);
  return [Number(u >> 32n), Number(u & 0xffffffffn)];
}

const memVectors: [number, string][] = [
  [0, "4c9ef184945588ce"], [1, "910092d3cb3c9282"], [2, "ed0a325daa7e0824"],
  [3, "681ede58f3289030"], [4, "6be22c18f69c80b7"], [5, "f2e8f667ea2f0e70"],
  [7, "cbfbc4d767833ac7"], [8, "17f819c4939979e9"], [9, "a5839a5cf11d67b0"],
  [15, "9d96cc72fc5e8b39"], [16, "f730b9ba195cd78"], [17, "b15b8da70b79f122"],
  [31, "eb38289507847e09"], [32, "950412ae2fc389b5"], [47, "4c2cb4ba6c7dc923"],
  [48, "ca9d459013ea9b57"], [49, "622470ce4867b6e8"], [64, "d65b8654e966b828"],
  [95, "685c821bb89ad1da"], [96, "6bbbb8e4f376900d"], [97, "c86129260d38ab25"],
  [150, "380b3ac863214139"], [200, "caa6566c4fd11bef"],
];

test("memhash matches Go's memhashFallback for every length class", () => {
  const saved = getHashkey();
  setHashkey(KEY_HI, KEY_LO);
  const buf = new Uint8Array(200);
  for (let i = 0; i < 200; i++) buf[i] = (i * 7 + 3) & 0xff;
  const [sHi, sLo] = split(0xfedcba9876543210n);
  for (const [n, want] of memVectors) {
    assert.equal(hex(memhash(buf, 0, n, sHi, sLo)), want, `len ${n}`);
    // The same bytes as a byte string hash the same.
    const s = String.fromCharCode(...buf.subarray(0, n));
    assert.equal(hex(memhash(s, 0, n, sHi, sLo)), want, `string len ${n}`);
  }
  setHashkey(saved[0], saved[1]);
});

test("memhash32 and memhash64 match Go's fallbacks", () => {
  const saved = getHashkey();
  setHashkey(KEY_HI, KEY_LO);
  const v32: [number, string][] = [
    [0, "d5c9d1251b9af0e1"], [1, "c9480d5987214d09"], [0xffffffff, "fcce07000a3e80dd"],
    [123456789, "b4f6c968d8079391"],
  ];
  for (const [v, want] of v32) assert.equal(hex(memhash32(v, 0, 0x5555)), want);
  const v64: [bigint, string][] = [
    [0n, "38118ce54b02251f"], [1n, "ce2b713f9b7e276a"],
    [0xffffffffffffffffn, "d21600eb13ab4de2"], [1n << 53n, "eb6fecc83fd926f7"],
    [123456789012345n, "46554559bf6a2650"],
  ];
  for (const [v, want] of v64) {
    const [hi, lo] = split(v);
    assert.equal(hex(memhash64(hi, lo, 0, 77)), want);
  }
  setHashkey(saved[0], saved[1]);
});

test("mul64 is the low 64 bits of the product", () => {
  let x = 0x243f6a8885a308d3n;
  for (let i = 0; i < 2000; i++) {
    x = BigInt.asUintN(64, x * 6364136223846793005n + 1442695040888963407n);
    const y = BigInt.asUintN(64, x * 0x9e3779b97f4a7c15n + BigInt(i));
    const [aHi, aLo] = split(x);
    const [bHi, bLo] = split(y);
    const lo = mul64(aHi, aLo, bHi, bLo);
    const got = (BigInt(hashHi) << 32n) | BigInt(lo);
    assert.equal(got, BigInt.asUintN(64, x * y));
  }
});

test("strhash and the int32-protocol variants give memhash's bits", () => {
  const saved = getHashkey();
  setHashkey(KEY_HI, KEY_LO);
  const buf = new Uint8Array(60);
  for (let i = 0; i < 60; i++) buf[i] = (i * 131 + 17) & 0xff;
  for (let n = 0; n <= 60; n++) {
    const s = String.fromCharCode(...buf.subarray(0, n));
    const want = hex(memhash(buf, 0, n, 0x80000001, 0xdeadbeef));
    assert.equal(hex(strhash(s, 0x80000001, 0xdeadbeef)), want, `strhash len ${n}`);
  }
  for (const [hi, lo] of [[0, 0], [0xffffffff, 0xffffffff], [0x80000000, 7], [3, 0x9abcdef0]]) {
    const want = hex(memhash64(hi!, lo!, 0, 0xfedcba98));
    const l = memhash64I(hi! | 0, lo! | 0, 0, 0xfedcba98 | 0);
    assert.equal(((BigInt(hashHi32 >>> 0) << 32n) | BigInt(l >>> 0)).toString(16), want);
    const want32 = hex(memhash32(lo!, 0, 0x12345));
    const l32 = memhash32I(lo! | 0, 0, 0x12345);
    assert.equal(((BigInt(hashHi32 >>> 0) << 32n) | BigInt(l32 >>> 0)).toString(16), want32);
  }
  setHashkey(saved[0], saved[1]);
});

/** The BigInt model of hash64.go's mix: the 128-bit product, high half XOR low half. */
function mixModel(a: bigint, b: bigint): bigint {
  const p = a * b;
  return (p >> 64n) ^ BigInt.asUintN(64, p);
}

/** A 64-bit LCG step (the test's own random source). */
function lcg(x: bigint): bigint {
  return BigInt.asUintN(64, x * 6364136223846793005n + 1442695040888963407n);
}

test("mix is the 128-bit product's halves XORed, for random and extreme operands", () => {
  const extremes = [0n, 1n, 0xffffffffn, 0x100000000n, 0xffffffff00000000n, 0xffffffffffffffffn,
    0x80000000n, 0x8000000080000000n, 0xfffffffe00000001n, 0x00000001ffffffffn];
  const check = (a: bigint, b: bigint): void => {
    const [aHi, aLo] = split(a);
    const [bHi, bLo] = split(b);
    const [hi, lo] = mixForTest(aHi, aLo, bHi, bLo);
    assert.equal((BigInt(hi) << 32n) | BigInt(lo), mixModel(a, b), `mix(${a.toString(16)}, ${b.toString(16)})`);
  };
  for (const a of extremes) for (const b of extremes) check(a, b);
  let x = 0x243f6a8885a308d3n;
  for (let i = 0; i < 200_000; i++) {
    x = lcg(x);
    const y = lcg(x ^ 0x9e3779b97f4a7c15n);
    // Every fourth pair has words near 2^32, whose products come closest to a rounding boundary.
    if ((i & 3) === 0) check(x | 0xffff0000ffff0000n, y | 0xfffff000fffff000n);
    else check(x, y);
  }
});

test("memhash64 equals a BigInt model of memhash64Fallback over random keys and seeds", () => {
  const m1 = 0xa0761d6478bd642fn, m2 = 0xe7037ed1a0b428dbn, m5 = 0x1d8e4e27c47d124fn;
  const saved = getHashkey();
  try {
    let x = 0x13198a2e03707344n;
    for (let i = 0; i < 100_000; i++) {
      x = lcg(x);
      const key = lcg(x) | 1n;
      const v = lcg(key);
      const seed = (i & 1) === 0 ? x & 0xffffffffn : x;
      const [kHi, kLo] = split(key);
      setHashkey(kHi, kLo);
      const s = seed ^ key ^ m1;
      const want = mixModel(m5 ^ 8n, mixModel(v ^ m2, v ^ s));
      const [vHi, vLo] = split(v);
      const [sHi, sLo] = split(seed);
      const lo = memhash64(vHi, vLo, sHi, sLo);
      assert.equal((BigInt(hashHi) << 32n) | BigInt(lo), want, `memhash64(${v.toString(16)}) seed ${seed.toString(16)}`);
    }
  } finally {
    setHashkey(saved[0], saved[1]);
  }
});
