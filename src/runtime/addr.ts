// Simulated addresses of objects, for %p, print, pointer ordering in fmt and pointer hashing.
//
// Models no single Go file: Go's objects have addresses from the heap (mheap.go, malloc.go);
// gort's have none, and this file stands them in.
//
// gort's values have no memory; an object gets a stand-in address the first time anything asks,
// counting up from standInBase (funcs from 0x47b000) in order of first use, so addresses are
// deterministic for a run. A pointer to a field or element (a Ptr) is its container's address
// plus an offset, so two pointers to the same variable always have the same address: a struct
// field's offset is its amd64 offset (the struct's class carries its RType as $t), an element's
// is its index times the element size (given, or recorded by setElemSize), and anything else's
// (a package variable among $P's properties) its position times varSpacing.
//
// State: an AddrSpace per machine (its stand-in addresses and the element sizes unsafe recorded),
// owned by the Machine and installed by Machine.activate (setAddrSpace) before each step, so
// that two machines in one process number their objects independently. The space in use
// before any machine runs serves unit tests.
//
// Invariants: a non-nil value never has address 0; each machine starts from a fresh space, so
// a run's addresses depend only on the run. A heap
// object carries its allocator address as $addr (runtime/newobject.ts) and prints it; stand-in
// addresses are for what lives on the stack or has no address in the model, and lie above any
// heap the allocator can map (arenaBase plus the largest --heap-limit), so that a stand-in never
// equals a heap object's address.
//
// Simplification: an object inside another (a struct element of an array) has its own stand-in
// address unless package unsafe has seen where it lies (pinAddr, runtime/unsafe.ts).

import type { I64 } from "../base/int64.js";
import { SimLimit } from "./panic.js";
import { Ptr, type RType } from "./value.js";

/** arenaBase (0xc000000000) + 1 TiB, the largest --heap-limit, + 64 KiB. */
const standInBase = 0xd000010000;

/** The first func's address, the lowest that gort gives anything. */
const funcBase = 0x47b000;

/** One machine's stand-in addresses: by object, the address given; the element sizes of arrays
 *  that pointers index into; the next free stand-in address for data and for funcs. The tables
 *  are made on first use: most runs never need one, and a machine is made for every run. */
export class AddrSpace {
  get addrs(): WeakMap<object, number> {
    return (this.addrs$ ??= new WeakMap<object, number>());
  }
  private addrs$: WeakMap<object, number> | undefined = undefined;
  get elemSizes(): WeakMap<object, number> {
    return (this.elemSizes$ ??= new WeakMap<object, number>());
  }
  private elemSizes$: WeakMap<object, number> | undefined = undefined;
  nextAddr = standInBase;
  nextFuncAddr = funcBase;
}

/** The space of the machine that runs now. */
let space = new AddrSpace();

/** Machine.activate: make sp the current address space. */
export function setAddrSpace(sp: AddrSpace): void {
  space = sp;
}

/** Record the element size of an array that pointers index into (package unsafe knows it). */
export function setElemSize(a: object, size: number): void {
  space.elemSizes.set(a, size);
}

/** Give o the address addr unless it already has one (an object found inside another). */
export function pinAddr(o: object, addr: number): void {
  const a = (o as { $addr?: unknown }).$addr;
  if ((typeof a === "number" && a !== 0) || space.addrs.has(o)) return;
  space.addrs.set(o, addr);
}

/** The RType a struct object's class carries (compiler/typetable.ts), or undefined. */
export function structTypeOf(o: unknown): RType | undefined {
  if (o === null || typeof o !== "object") return undefined;
  return (o.constructor as { $t?: RType } | undefined)?.$t;
}

/** The stand-in (or allocator) address of an object of about size bytes. */
export function objAddr(o: object, size = 16, isFunc = false): number {
  const a = (o as { $addr?: unknown }).$addr;
  if (typeof a === "number" && a !== 0) return a;
  const sp = space;
  let x = sp.addrs.get(o);
  if (x === undefined) {
    if (isFunc) {
      x = sp.nextFuncAddr;
      sp.nextFuncAddr += 0x20;
    } else {
      x = sp.nextAddr;
      sp.nextAddr += Math.max(16, Math.ceil(size / 16) * 16);
    }
    sp.addrs.set(o, x);
  }
  return x;
}

/** Bytes between the variables of an object that is not a struct ($P's package variables): the
 *  largest variable such an object holds directly is a slice (24 bytes; structs and arrays are
 *  objects of their own), so no two overlap. */
const varSpacing = 32;

/** A field's offset inside an object: a struct field's own, else its index among the object's
 *  keys times varSpacing. */
function keyOffset(o: object, k: string): number {
  const st = structTypeOf(o);
  if (st !== undefined) {
    for (const f of st.fields!) if (f.prop === k) return f.offset;
  }
  const i = keyIndex(o, k);
  return i < 0 ? 0 : i * varSpacing;
}

/** A property's position among an object's own keys (-1: none). */
export function keyIndex(o: object, k: string): number {
  return Object.keys(o).indexOf(k);
}

/**
 * An unsafe.Pointer to byte off of root (a value object of type t, or a Ptr to a variable of
 * type t) where no field or element begins: what arithmetic makes in the middle of a value
 * (runtime/unsafe.ts). It is a Ptr so that the collector keeps its root (k is unique per offset,
 * so that ptrEqual compares offsets); it is never dereferenced.
 */
export class InteriorPtr extends Ptr {
  constructor(root: any, readonly t: RType, readonly off: number) {
    super(root, `$at${off}`);
  }
}

/** Can an object of gort's (a func, a heap object, a stand-in) be at address a? */
export function mayHoldObject(a: I64): boolean {
  return typeof a === "number" && a >= funcBase && a < space.nextAddr;
}

/** What an AddrPtr points into: any element of it is a load or store at an address where
 *  gort has no memory, which ends the run as not supported. */
const noObject: object = new Proxy(Object.freeze({}), {
  get(t, k) {
    if (typeof k === "string" && /^(0|[1-9][0-9]*|0x[0-9a-f]+)$/.test(k)) noMemory(k);
    return Reflect.get(t, k);
  },
  set(_t, k) {
    return noMemory(String(k));
  },
});

function noMemory(k: string): never {
  const a = k.startsWith("0x") ? k : `0x${Number(k).toString(16)}`;
  throw new SimLimit("unsupported", `gort: a load or store at the address ${a}, where gort has no object, is not supported yet`);
}

/**
 * An unsafe.Pointer (or a *T made from one) that holds an address where no object of gort's
 * lies (mayHoldObject is false): unsafe.Pointer(uintptr(0x1234)). It compares, converts back
 * to its address and takes part in unsafe.Add and unsafe.Slice's checks; a load or store
 * through it is not supported (Go's would fault or read memory gort does not have).
 */
export class AddrPtr extends Ptr {
  constructor(readonly addr: I64) {
    super(noObject, typeof addr === "number" ? addr : `0x${addr.toString(16)}`);
  }
}

/** The address a pointer value holds (0 for nil); elemSize scales element indexes. */
export function pointerAddr(p: unknown, elemSize = 8): number {
  if (p === null || p === undefined) return 0;
  if (p instanceof AddrPtr) {
    if (typeof p.addr === "number") return p.addr;
    throw new SimLimit("unsupported", `gort: the address 0x${p.addr.toString(16)} as a pointer's is not supported yet (gort's addresses are below 2^53)`);
  }
  if (p instanceof InteriorPtr) {
    return (p.o instanceof Ptr ? pointerAddr(p.o, p.t.size) : objAddr(p.o, p.t.size)) + p.off;
  }
  if (p instanceof Ptr) {
    const o = p.o;
    if (typeof p.k === "number") {
      const es = space.elemSizes.get(o) ?? elemSize;
      const n = typeof o.length === "number" ? o.length : 8; // race.ts keys struct fields by index
      return objAddr(o, Math.max(64, n * es)) + p.k * es;
    }
    const st = structTypeOf(o);
    return objAddr(o, st !== undefined ? st.size : Math.max(64, varSpacing * Object.keys(o).length)) + keyOffset(o, p.k);
  }
  const st = structTypeOf(p);
  if (st !== undefined) return objAddr(p as object, st.size);
  const n = (p as { length?: unknown }).length;
  return objAddr(p as object, typeof n === "number" ? n * (space.elemSizes.get(p as object) ?? elemSize) : elemSize);
}

/** The address of any reference value: a pointer, chan, map, func or backing array. */
export function addrOf(v: unknown): number {
  if (v === null || v === undefined) return 0;
  if (typeof v === "function") return objAddr(v, 8, true);
  return pointerAddr(v);
}
