// Simulated addresses of objects, for %p, print, pointer ordering in fmt and pointer hashing.
//
// gort's values have no memory; an object gets a stand-in address the first time anything asks,
// counting up from 0xc000010000 (funcs from 0x47b000) in order of first use, so addresses are
// deterministic for a run. A pointer to a field or element (a Ptr) is its container's address
// plus an offset, so two pointers to the same variable always have the same address.
//
// Invariant: a non-nil value never has address 0; resetAddrs starts every run afresh.
// A heap object carries its allocator address as $addr (runtime/newobject.ts) and prints it;
// stand-in addresses are for what lives on the stack or has no address in the model.

import { Ptr } from "./value.js";

let addrs = new WeakMap<object, number>();
let nextAddr = 0xc000010000;
let nextFuncAddr = 0x47b000;

export function resetAddrs(): void {
  addrs = new WeakMap();
  nextAddr = 0xc000010000;
  nextFuncAddr = 0x47b000;
}

/** The stand-in (or allocator) address of an object of about size bytes. */
export function objAddr(o: object, size = 16, isFunc = false): number {
  const a = (o as { $addr?: unknown }).$addr;
  if (typeof a === "number" && a !== 0) return a;
  let x = addrs.get(o);
  if (x === undefined) {
    if (isFunc) {
      x = nextFuncAddr;
      nextFuncAddr += 0x20;
    } else {
      x = nextAddr;
      nextAddr += Math.max(16, Math.ceil(size / 16) * 16);
    }
    addrs.set(o, x);
  }
  return x;
}

/** A field's stand-in offset inside an object: its index among the object's keys, times 8. */
function keyOffset(o: object, k: string): number {
  const i = keyIndex(o, k);
  return i < 0 ? 0 : i * 8;
}

/** A property's position among an object's own keys (-1: none). */
export function keyIndex(o: object, k: string): number {
  return Object.keys(o).indexOf(k);
}

/** The address a pointer value holds (0 for nil); elemSize scales element indexes. */
export function pointerAddr(p: unknown, elemSize = 8): number {
  if (p === null || p === undefined) return 0;
  if (p instanceof Ptr) {
    const base = objAddr(p.o, 64);
    return typeof p.k === "number" ? base + p.k * elemSize : base + keyOffset(p.o, p.k);
  }
  return objAddr(p as object, elemSize);
}

/** The address of any reference value: a pointer, chan, map, func or backing array. */
export function addrOf(v: unknown): number {
  if (v === null || v === undefined) return 0;
  if (typeof v === "function") return objAddr(v, 8, true);
  return pointerAddr(v);
}
