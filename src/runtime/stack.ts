// Goroutine stacks as memory: the stack allocator.
//
// Models src/runtime/stack.go (stackalloc, stackfree, stackpoolalloc, stackpoolfree), Go 1.19,
// linux/amd64. Stacks are not heap objects: they live in mSpanManual spans that the page heap
// hands out (mheap.allocManual), so they count in the process's mapped memory, in
// MemStats.StackInuse, and against the simulated machine's memory (--heap-limit): a goroutine
// bomb ends in Go's "out of memory" thrown from stackpoolalloc.
//
// Terms:
//   order        small stacks come in _NumStackOrders sizes, 2 KiB << order (2, 4, 8, 16 KiB);
//   stackpool    per order, the manual spans of _StackCacheSize (32 KiB) that have free stacks;
//                each span is carved into stacks of its order;
//   large stack  32 KiB or more: a manual span of its own.
//
// Invariants: a span in stackpool[order] has at least one free stack; a pool span's allocCount
// is the number of its stacks in use; a span with no stacks in use is returned to the heap
// when no GC is running (Go's rule; during a cycle it stays in the pool).
//
// Simplifications vs real Go: no per-P stack cache (stackcache), no stackLarge free lists, no
// stackFreeQueue (a span freed while marking stays in the pool until a later free finds it
// empty). Who calls it: the machine's malg for every new goroutine (_StackMin = 2 KiB; a G
// reused from the free list keeps its stack, as gfget does); stack growth by frame size
// (copystack) is the caller's to add: stackalloc the new size, stackfree the old.

import type { MHeap } from "./mheap.js";
import { oomFrames, outOfMemory } from "./mheap.js";
import { MSpanState, _PageSize, type MSpan } from "./mspan.js";
import { SimBug } from "./panic.js";

/** _StackMin (Go 1.19's starting stack size). */
export const _StackMin = 2048;
/** _FixedStack on linux/amd64. */
const _FixedStack = 2048;
const _NumStackOrders = 4;
/** _StackCacheSize: the manual span size of the stack pools. */
const _StackCacheSize = 32 * 1024;

export class StackAlloc {
  /** stackpool[order]: pool spans with free stacks; their free stacks' addresses. */
  private readonly pool: MSpan[][] = [];
  private readonly free = new Map<MSpan, number[]>();

  constructor(private readonly h: MHeap, private readonly gcRunning: () => boolean) {
    for (let i = 0; i < _NumStackOrders; i++) this.pool.push([]);
  }

  /** stackalloc(n): a stack of n bytes (a power of two, at least _FixedStack); its address.
   *  Throws Go's "out of memory" when the machine cannot map it. */
  stackalloc(n: number): number {
    if (n < _FixedStack || (n & (n - 1)) !== 0) throw new SimBug(`stackalloc: bad size ${n}`);
    if (n < _FixedStack << _NumStackOrders) return this.stackpoolalloc(Math.log2(n / _FixedStack));
    const s = this.h.allocManual(n / _PageSize);
    if (s === null) throw outOfMemory(this.h, oomFrames.stack);
    return s.base();
  }

  /** stackfree(addr, n): give back a stack stackalloc(n) returned. */
  stackfree(addr: number, n: number): void {
    const s = this.h.spanOf(addr);
    if (s === null || s.state !== MSpanState.mSpanManual) throw new SimBug(`stackfree: ${addr} is not a stack`);
    if (n >= _FixedStack << _NumStackOrders) {
      this.h.freeManual(s);
      return;
    }
    this.stackpoolfree(s, addr, Math.log2(n / _FixedStack));
  }

  /** Stacks in use and the spans holding them (tests). */
  get poolSpans(): number {
    return this.free.size;
  }

  private stackpoolalloc(order: number): number {
    const list = this.pool[order]!;
    let s = list[list.length - 1];
    if (s === undefined) {
      // No free stacks: allocate another span's worth.
      const got = this.h.allocManual(_StackCacheSize / _PageSize);
      if (got === null) throw outOfMemory(this.h, oomFrames.stack);
      s = got;
      s.allocCount = 0;
      s.elemsize = _FixedStack << order;
      const frees: number[] = [];
      for (let i = _StackCacheSize - s.elemsize; i >= 0; i -= s.elemsize) frees.push(s.base() + i);
      this.free.set(s, frees);
      list.push(s);
    }
    const frees = this.free.get(s)!;
    const x = frees.pop()!;
    s.allocCount++;
    if (frees.length === 0) list.pop();
    return x;
  }

  private stackpoolfree(s: MSpan, x: number, order: number): void {
    const frees = this.free.get(s);
    if (frees === undefined) throw new SimBug("stackpoolfree: not a pool span");
    const list = this.pool[order]!;
    if (frees.length === 0) list.push(s); // s now has a free stack
    frees.push(x);
    s.allocCount--;
    if (s.allocCount === 0 && !this.gcRunning()) {
      // Span is completely free: return it to the heap immediately if we're sweeping.
      list.splice(list.indexOf(s), 1);
      this.free.delete(s);
      this.h.freeManual(s);
    }
  }
}
