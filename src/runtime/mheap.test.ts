// Unit tests of the page heap: first-fit page allocation with coalescing, heap growth in 4 MiB
// steps inside 64 MiB arenas from 0xc000000000, span lookup, and the heap size limit.
//
// Method: call PageAlloc and MHeap directly and check addresses and byte accounting.

import { test } from "node:test";
import assert from "node:assert/strict";
import { MHeap, PageAlloc, arenaBase, oomFrames, outOfMemory } from "./mheap.js";
import { GoFatal } from "./panic.js";
import { makeSpanClass } from "./mspan.js";

test("PageAlloc: address-ordered first fit, reuse and coalescing", () => {
  const p = new PageAlloc();
  p.free(0, 100);
  assert.equal(p.alloc(10), 0);
  assert.equal(p.alloc(10), 10);
  assert.equal(p.alloc(10), 20);
  p.free(10, 10);
  assert.equal(p.alloc(5), 10); // the hole is reused first
  assert.equal(p.alloc(6), 30); // does not fit the 5-page rest of the hole
  p.free(0, 10);
  p.free(20, 10);
  assert.deepEqual(p.runs, [
    { start: 0, npages: 10 }, { start: 15, npages: 15 }, { start: 36, npages: 64 },
  ]);
  p.free(10, 5);
  assert.deepEqual(p.runs, [{ start: 0, npages: 30 }, { start: 36, npages: 64 }]);
  assert.throws(() => p.free(5, 1), /double free/);
  assert.equal(p.freePages, 94);
});

test("MHeap grows by 512-page chunks from 0xc000000000", () => {
  const h = new MHeap(100);
  const s = h.allocSpan(1, "heap", makeSpanClass(1, true))!;
  assert.equal(s.base(), arenaBase);
  assert.equal(h.mappedBytes(), 4 << 20);
  assert.equal(h.arenasReserved, 1);
  const big = h.allocSpan(1280, "heap", 0)!; // 10 MiB: does not fit the rest, grows 3 chunks
  assert.equal(big.base(), arenaBase + 8192);
  assert.equal(h.mappedBytes(), (4 << 20) + (12 << 20));
  assert.equal(h.heapInUse, 1281 * 8192);
  assert.equal(h.heapReleased, (16 << 20) - 1281 * 8192);
  assert.equal(h.spanOf(big.base() + 5_000_000), big);
  assert.equal(h.spanOf(arenaBase - 1), null);
  assert.equal(h.spanOf(big.end()), null);
  h.freeSpan(big);
  assert.equal(h.heapFree, 1280 * 8192);
  assert.equal(h.spanOf(big.base()), null);
  const again = h.allocSpan(2, "heap", makeSpanClass(35, false))!;
  assert.equal(again.base(), big.base());
  assert.equal(again.needzero, 1);
  assert.equal(h.heapFree, 1278 * 8192);
  h.checkPages();
});

test("arenas are reserved 64 MiB at a time", () => {
  const h = new MHeap(100);
  h.allocSpan(8192, "heap", 1); // 64 MiB exactly
  assert.equal(h.arenasReserved, 1);
  h.allocSpan(1, "heap", 1);
  assert.equal(h.arenasReserved, 2);
  h.checkPages();
});

test("beyond the heap limit grow fails and says why, as Go's sysAlloc failure does", () => {
  const h = new MHeap(100);
  h.maxHeapBytes = 8 << 20;
  assert.notEqual(h.allocSpan(512, "heap", 1), null);
  assert.equal(h.allocSpan(600, "heap", 1), null);
  assert.equal(h.oomMessage, `runtime: out of memory: cannot allocate ${1024 * 8192}-byte block (${4 << 20} in use)\n`);
  const e = outOfMemory(h, oomFrames.large);
  assert.ok(e instanceof GoFatal && e.msg === "out of memory" && e.kind === "throw");
  h.checkPages();
});
