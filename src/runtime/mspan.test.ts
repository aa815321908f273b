// Unit tests of the span's bitmap machinery: the two-half allocCache (ctz and shifts across the
// 32-bit seam), nextFreeIndex across 64-object groups, nextFreeFast's group-boundary rule, and
// objIndex via Go's divMul magic.
//
// Method: build spans by hand with chosen allocBits and compare with a naive scan.

import { test } from "node:test";
import assert from "node:assert/strict";
import { MSpan, bitIsSet, ctz32, newGCBits, popcount32, setBit } from "./mspan.js";
import { class_to_divmagic, class_to_size } from "./sizeclasses.js";

function span(nelems: number, allocated: number[]): MSpan {
  const s = new MSpan();
  s.startAddr = 0xc000000000;
  s.nelems = nelems;
  s.elemsize = 16;
  s.allocBits = newGCBits(nelems);
  s.gcmarkBits = newGCBits(nelems);
  for (const i of allocated) setBit(s.allocBits, i);
  s.refillAllocCache(0);
  return s;
}

test("bit helpers", () => {
  assert.equal(ctz32(0), 32);
  assert.equal(ctz32(0x80000000), 31);
  assert.equal(ctz32(12), 2);
  assert.equal(popcount32(0xffffffff), 32);
  assert.equal(popcount32(0x80000001), 2);
  const b = newGCBits(100);
  assert.equal(b.length, 4);
  setBit(b, 63);
  assert.ok(bitIsSet(b, 63));
  assert.ok(!bitIsSet(b, 62));
});

test("cacheShift and cacheCtz across the 32-bit seam", () => {
  const s = new MSpan();
  s.cacheLo = 0;
  s.cacheHi = 1 << 3;
  assert.equal(s.cacheCtz(), 35);
  s.cacheShift(33);
  assert.equal(s.cacheCtz(), 2);
  s.cacheLo = 0x80000000;
  s.cacheHi = 1;
  s.cacheShift(31);
  assert.equal(s.cacheLo, 3);
  assert.equal(s.cacheHi, 0);
  s.cacheShift(64);
  assert.equal(s.cacheCtz(), 64);
});

test("nextFreeIndex finds every free slot in order across 64-slot groups", () => {
  const allocated = [0, 1, 2, 31, 32, 33, 63, 64, 65, 100, 127, 128, 129];
  for (let i = 140; i < 200; i++) allocated.push(i);
  const s = span(200, allocated);
  const got: number[] = [];
  for (;;) {
    const i = s.nextFreeIndex();
    if (i === s.nelems) break;
    got.push(i);
  }
  const want: number[] = [];
  for (let i = 0; i < 200; i++) if (!allocated.includes(i)) want.push(i);
  assert.deepEqual(got, want);
});

test("nextFreeFast stops at a 64-slot boundary and counts allocations", () => {
  const s = span(128, []);
  for (let i = 0; i < 63; i++) assert.equal(s.nextFreeFast(), s.startAddr + i * 16);
  assert.equal(s.nextFreeFast(), 0); // slot 63 would end the group: slow path
  assert.equal(s.nextFreeIndex(), 63);
  assert.equal(s.freeindex, 64);
  assert.equal(s.nextFreeFast(), s.startAddr + 64 * 16);
  assert.equal(s.allocCount, 64);
});

test("objIndex agrees with division for every class", () => {
  for (let c = 1; c < 68; c++) {
    const s = new MSpan();
    s.startAddr = 0xc000100000;
    s.elemsize = class_to_size[c]!;
    s.divMul = class_to_divmagic[c]!;
    for (const i of [0, 1, 7, 100, 1023]) {
      for (const off of [0, 1, s.elemsize - 1]) {
        if (i * s.elemsize > 81920) continue;
        assert.equal(s.objIndex(s.startAddr + i * s.elemsize + off), i, `class ${c}`);
      }
    }
  }
});
