// Tests for backing.ts's movebacking: memmove over typed arrays and JS arrays, short and long,
// overlapping within one array or one buffer.

import { test } from "node:test";
import assert from "node:assert/strict";
import { movebacking } from "./backing.js";

/** backing.ts's Backing: a JS array or a typed array, as movebacking takes it. */
type Backing = Parameters<typeof movebacking>[0];

/** memmove's result, computed the slow way: through a copy of the source range. */
function expected(dst: number[], dOff: number, src: number[], sOff: number, n: number): number[] {
  const out = [...dst];
  const tmp = src.slice(sOff, sOff + n);
  for (let i = 0; i < n; i++) out[dOff + i] = tmp[i]!;
  return out;
}

const seq = (n: number): number[] => Array.from({ length: n }, (_, i) => (i * 7 + 3) & 0xff);

test("movebacking copies short and long ranges, forwards and backwards within one array", () => {
  for (const n of [1, 3, 31, 32, 33, 100]) {
    for (const [dOff, sOff] of [[0, 5], [5, 0], [2, 2], [10, 0], [0, 10]]) {
      const base = seq(128);
      const want = expected(base, dOff!, base, sOff!, n);
      const u8 = Uint8Array.from(base);
      movebacking(u8 as unknown as Backing, dOff!, u8 as unknown as Backing, sOff!, n);
      assert.deepEqual([...u8], want, `Uint8Array n=${n} dOff=${dOff} sOff=${sOff}`);
      const arr = [...base];
      movebacking(arr as Backing, dOff!, arr as Backing, sOff!, n);
      assert.deepEqual(arr, want, `Array n=${n} dOff=${dOff} sOff=${sOff}`);
    }
  }
});

test("movebacking between two views of one buffer is a memmove too", () => {
  for (const n of [4, 32, 64]) {
    const buf = new ArrayBuffer(160);
    const all = new Uint8Array(buf);
    all.set(seq(160));
    const before = [...all];
    // dst starts 3 bytes after src, in another view: a forward copy would smear the bytes.
    const src = new Uint8Array(buf, 10, 100);
    const dst = new Uint8Array(buf, 13, 100);
    movebacking(dst as unknown as Backing, 0, src as unknown as Backing, 0, n);
    assert.deepEqual([...all], expected(before, 13, before, 10, n), `n=${n}`);
  }
});

test("movebacking between two arrays copies the range only", () => {
  const src = Int32Array.from([1, -2, 3, -4, 5]);
  const dst = new Int32Array(6);
  movebacking(dst as unknown as Backing, 1, src as unknown as Backing, 1, 3);
  assert.deepEqual([...dst], [0, -2, 3, -4, 0, 0]);
});
