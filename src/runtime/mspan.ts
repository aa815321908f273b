// The span: a run of pages holding objects of one size class, with its allocation bitmaps.
//
// Models the mspan type of src/runtime/mheap.go and its bitmap helpers in mbitmap.go
// (nextFreeIndex, refillAllocCache, countAlloc, markBitsForIndex) and malloc.go (nextFreeFast),
// Go 1.19.
//
// Terms:
//   span class   sizeclass<<1 | noscan (makeSpanClass). Class 0 is a large object.
//   allocBits    one bit per object: set = allocated as of the last sweep.
//   gcmarkBits   one bit per object: set = reached by the current (or last) mark phase. Sweep
//                makes gcmarkBits the new allocBits and starts a fresh, zeroed gcmarkBits.
//   freeindex    slot to start looking for a free object. Every slot below freeindex is
//                allocated; a slot at or above it is allocated iff its allocBits bit is set.
//   allocCache   the complement of allocBits for the 64 slots starting at freeindex rounded
//                down to 64, shifted so that bit 0 is slot freeindex. ctz finds a free slot.
//                Kept as two 32-bit halves (cacheLo, cacheHi): no BigInt in the hot path.
//   sweepgen     relative to mheap.sweepgen (h), which grows by 2 each GC cycle:
//                  h-2  the span needs sweeping;
//                  h-1  the span is being swept;
//                  h    the span is swept and ready to use;
//                  h+1  the span was cached before sweep began, is still cached, needs sweeping;
//                  h+3  the span was swept and then cached, and is still cached.
//
// Invariants:
//   - allocCount == freeindex + popcount(allocBits from freeindex to nelems) for a span not
//     being swept (checked by checkSpan).
//   - Bitmaps are Uint32Arrays of 2*ceil(nelems/64) words, so a 64-bit group is always whole
//     and bits past nelems are zero in gcmarkBits.
//
// Simplifications vs real Go: no next/prev list links (spans live in JS arrays and queues),
// no specials (finalizers), no heap bitmap (pointer/scalar bits): the marker finds pointers
// through the JS object graph, not through memory.

import { SimBug } from "./panic.js";

export const _PageSize = 8192;
/** The first heap address on linux/amd64: Go's first arena hint, 0x00c000000000. */
export const arenaBase = 0xc000000000;
const _TinySize = 16;
export const maxTinySize = _TinySize;
export const _TinySizeClass = 2;
export const numSpanClasses = 136;
/** makeSpanClass(_TinySizeClass, true). */
export const tinySpanClass = 5;

/** The states of mheap.go's mSpanStateBox. */
export const enum MSpanState {
  mSpanDead = 0,
  mSpanInUse = 1,
  mSpanManual = 2,
}

export function makeSpanClass(sizeclass: number, noscan: boolean): number {
  return (sizeclass << 1) | (noscan ? 1 : 0);
}
export function spanClassSizeclass(spc: number): number {
  return spc >> 1;
}
export function spanClassNoscan(spc: number): boolean {
  return (spc & 1) !== 0;
}

/** Count trailing zeros of a 32-bit value; 32 for zero. */
export function ctz32(x: number): number {
  if (x === 0) return 32;
  return 31 - Math.clz32(x & -x);
}

/** Population count of a 32-bit value. */
export function popcount32(x: number): number {
  x = x - ((x >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** newMarkBits/newAllocBits: a zeroed bitmap for nelems objects, whole 64-bit groups. */
export function newGCBits(nelems: number): Uint32Array {
  return new Uint32Array(gcBitsLength(nelems));
}

/** The length of newGCBits(nelems). */
export function gcBitsLength(nelems: number): number {
  return Math.max(2, Math.ceil(nelems / 64) * 2);
}

export function bitIsSet(bits: Uint32Array, i: number): boolean {
  return ((bits[i >>> 5]! >>> (i & 31)) & 1) !== 0;
}

export function setBit(bits: Uint32Array, i: number): void {
  bits[i >>> 5] = (bits[i >>> 5]! | (1 << (i & 31))) >>> 0;
}

/** The bitmaps of a span that holds no objects (a stack span, a freed one): empty, so that no
 *  write can land in them, and shared (allocating two per span was a tenth of a run's
 *  allocation on small programs). */
export const noBits = new Uint32Array(0);

export class MSpan {
  startAddr = 0;
  npages = 0;
  freeindex = 0;
  nelems = 0;
  cacheLo = 0;
  cacheHi = 0;
  allocBits: Uint32Array = noBits;
  gcmarkBits: Uint32Array = noBits;
  sweepgen = 0;
  divMul = 0;
  allocCount = 0;
  spanclass = 0;
  state: MSpanState = MSpanState.mSpanDead;
  needzero = 0;
  allocCountBeforeCache = 0;
  elemsize = 0;
  limit = 0;
  freeIndexForScan = 0;

  /** Back to a new span's fields (every field above), for a record that a finished run's heap
   *  left for another run's (mheap.ts recycled). */
  reset(): void {
    this.startAddr = 0;
    this.npages = 0;
    this.freeindex = 0;
    this.nelems = 0;
    this.cacheLo = 0;
    this.cacheHi = 0;
    this.allocBits = noBits;
    this.gcmarkBits = noBits;
    this.sweepgen = 0;
    this.divMul = 0;
    this.allocCount = 0;
    this.spanclass = 0;
    this.state = MSpanState.mSpanDead;
    this.needzero = 0;
    this.allocCountBeforeCache = 0;
    this.elemsize = 0;
    this.limit = 0;
    this.freeIndexForScan = 0;
  }

  /** s.base(): the address of the span's first byte. */
  base(): number {
    return this.startAddr;
  }

  /** The address one past the span's last page. */
  end(): number {
    return this.startAddr + this.npages * _PageSize;
  }

  /** Ctz64 of allocCache; 64 when no free slot is cached. */
  cacheCtz(): number {
    if (this.cacheLo !== 0) return ctz32(this.cacheLo);
    if (this.cacheHi !== 0) return 32 + ctz32(this.cacheHi);
    return 64;
  }

  /** allocCache >>= n, for 0 <= n <= 64. */
  cacheShift(n: number): void {
    if (n >= 64) {
      this.cacheLo = 0;
      this.cacheHi = 0;
    } else if (n >= 32) {
      this.cacheLo = n === 32 ? this.cacheHi : this.cacheHi >>> (n - 32);
      this.cacheHi = 0;
    } else if (n > 0) {
      this.cacheLo = ((this.cacheLo >>> n) | (this.cacheHi << (32 - n))) >>> 0;
      this.cacheHi = this.cacheHi >>> n;
    }
  }

  /** refillAllocCache: load the complement of the 64 allocBits starting at byte whichByte. */
  refillAllocCache(whichByte: number): void {
    const w = whichByte >>> 2; // whichByte is a multiple of 8, so w is even.
    this.cacheLo = ~(this.allocBits[w] ?? 0) >>> 0;
    this.cacheHi = ~(this.allocBits[w + 1] ?? 0) >>> 0;
  }

  /** nextFreeIndex: the index of the next free object at or after freeindex, or nelems. */
  nextFreeIndex(): number {
    let sfreeindex = this.freeindex;
    const snelems = this.nelems;
    if (sfreeindex === snelems) return sfreeindex;
    if (sfreeindex > snelems) throw new SimBug("s.freeindex > s.nelems");
    let bitIndex = this.cacheCtz();
    while (bitIndex === 64) {
      // Move index to the start of the next cached 64 bits.
      sfreeindex = (sfreeindex + 64) & ~63;
      if (sfreeindex >= snelems) {
        this.freeindex = snelems;
        return snelems;
      }
      this.refillAllocCache(sfreeindex / 8);
      bitIndex = this.cacheCtz();
    }
    const result = sfreeindex + bitIndex;
    if (result >= snelems) {
      this.freeindex = snelems;
      return snelems;
    }
    this.cacheShift(bitIndex + 1);
    sfreeindex = result + 1;
    if (sfreeindex % 64 === 0 && sfreeindex !== snelems) {
      this.refillAllocCache(sfreeindex / 8);
    }
    this.freeindex = sfreeindex;
    return result;
  }

  /** nextFreeFast: take a free object from allocCache, or return 0 (the slow path is needed). */
  nextFreeFast(): number {
    const theBit = this.cacheCtz();
    if (theBit < 64) {
      const result = this.freeindex + theBit;
      if (result < this.nelems) {
        const freeidx = result + 1;
        if (freeidx % 64 === 0 && freeidx !== this.nelems) return 0;
        this.cacheShift(theBit + 1);
        this.freeindex = freeidx;
        this.allocCount++;
        return result * this.elemsize + this.startAddr;
      }
    }
    return 0;
  }

  /** countAlloc: the number of marked objects in gcmarkBits. */
  countAlloc(): number {
    let n = 0;
    const bits = this.gcmarkBits;
    for (let i = 0; i < bits.length; i++) n += popcount32(bits[i]!);
    return n;
  }

  /** The object index of an address inside the span (Go's divideByElemSize via divMul). */
  objIndex(addr: number): number {
    if (this.divMul === 0) return 0;
    return Math.floor(((addr - this.startAddr) * this.divMul) / 4294967296);
  }

  /** Is object i allocated (not free), by the freeindex/allocBits rule? */
  isAllocated(i: number): boolean {
    return i < this.freeindex || bitIsSet(this.allocBits, i);
  }

  isMarked(i: number): boolean {
    return bitIsSet(this.gcmarkBits, i);
  }

  /** The number of allocated objects by the freeindex/allocBits rule (O(nelems / 32)). */
  countAllocatedSlow(): number {
    let n = this.freeindex;
    for (let i = this.freeindex; i < this.nelems; i++) if (bitIsSet(this.allocBits, i)) n++;
    return n;
  }
}

/** The sentinel for an empty mcache slot: no free objects, so the first allocation refills. */
export const emptymspan = new MSpan();
