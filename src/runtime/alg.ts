// Hashing of Go values of every hashable kind, for the map model and for interface keys.
//
// Models src/runtime/alg.go (Go 1.19): typehash, f32hash, f64hash, c64hash, c128hash,
// interhash and nilinterhash, plus the compiler's classification of key types
// (cmd/compile/internal/types/alg.go AlgType, reflectdata/reflect.go needkeyupdate and
// hashMightPanic, types/type.go IsReflexive).
//
// Terms:
//   regular memory  A type whose hash and equality are those of its raw bytes (Go's AMEM,
//                   tflagRegularMemory): bools, integers, pointers, channels, and arrays and
//                   unpadded structs without blank fields built only from those.
//   byte image      The little-endian amd64 memory image of a regular-memory value, as Go would
//                   hash it. I64 values use their 8-byte two's-complement image; pointers and
//                   channels use the address given by the addrOf hook.
//   seed            A uint64 carried as (seedHi, seedLo); results follow the protocol of
//                   hash64.ts (low half returned, high half in hashHi).
//
// Invariants:
//   - Equal values (by RType.equal) hash equally, except NaNs, which hash randomly (from the
//     simulation's PRNG, as Go uses fastrand) so that NaN keys spread over buckets.
//   - +0 and -0 hash equally (both are hashed as zero).
//   - An interface whose dynamic type is not comparable panics with the runtime error
//     "hash of unhashable type T" (Go's errorString, printed with "runtime error: ").
//
// Simplifications vs real Go:
//   - Map keys use typehash, the runtime's general algorithm, rather than the compiler's
//     generated per-type hash functions (which group struct fields into memory runs). Both are
//     valid hashes; the hash value is never visible to a Go program except through iteration
//     order, which is random in real Go anyway.
//   - Addresses are not part of a JS object, so pointer and channel hashing asks a hook
//     installed by the machine (setAddrOf); runtime errors are made by a hook too
//     (setRuntimeErrorFactory), since the runtime error types belong to the machine.
//
// State: nothing per run. The two hooks are wiring, the same functions for every machine (link.ts
// installs them); algCache is a cache of what a type's descriptor implies; i64Hi is a return
// register and scratch a buffer, both used within one synchronous call. The hash key is
// hash64.ts's register.

import type { Prng } from "../base/prng.js";
import { GoPanic, SimBug } from "./panic.js";
import { rt } from "./rt.js";
import { Complex, Iface, Kind, type RType, type GoValue, type GoStruct } from "./value.js";
import {
  getHashkey, hashHi, memhash, memhash32, memhash64, mul64, ret64, setHashkey, strhash,
} from "./hash64.js";

// c0 and c1 from alg.go (64-bit build), as halves.
const C0_HI = 0x00756ea1, C0_LO = 0x6a56a621;
const C1_HI = 0x0052ef6b, C1_LO = 0xbb8f63bf;

/** Makes a runtime.Error value: plain errors print msg alone, others "runtime error: " + msg. */
type RuntimeErrorFactory = (msg: string, plain: boolean) => Iface;

let runtimeErrorFactory: RuntimeErrorFactory = (msg, plain) => rt.runtimeError(msg, plain);
let addrOf: (obj: unknown) => number = () => {
  throw new SimBug("alg: hashing a pointer or channel before setAddrOf was called");
};

/** Install the maker of runtime.Error values (used for unhashable keys and nil-map writes). */
export function setRuntimeErrorFactory(fn: RuntimeErrorFactory): void {
  runtimeErrorFactory = fn;
}

/** Install the function giving a non-nil pointer or channel its simulated address. */
export function setAddrOf(fn: (obj: unknown) => number): void {
  addrOf = fn;
}

/** alginit: draw the process-wide hashkey[0] from the simulation's PRNG (once per run) and
 *  install it; returns it, for the machine to install again at each of its steps. */
export function alginit(prng: Prng): [number, number] {
  setHashkey(prng.uint32(), prng.uint32());
  return getHashkey();
}

/** Throw the Go panic for a runtime error with this message. */
export function panicRuntimeError(msg: string, plain: boolean): never {
  throw new GoPanic(runtimeErrorFactory(msg, plain));
}

// ---- classification (compiler side) ----

/** Go's AlgType, reduced to what the runtime needs. */
export const enum Alg { NoEq, Mem, Special }

const algCache = new WeakMap<RType, Alg>();

/** AlgType(t) as cmd/compile/internal/types/alg.go computes it (Mem = AMEM). */
export function algType(t: RType): Alg {
  let a = algCache.get(t);
  if (a === undefined) {
    a = computeAlg(t);
    algCache.set(t, a);
  }
  return a;
}

function computeAlg(t: RType): Alg {
  switch (t.kind) {
    case Kind.Bool: case Kind.Int: case Kind.Int8: case Kind.Int16: case Kind.Int32:
    case Kind.Int64: case Kind.Uint: case Kind.Uint8: case Kind.Uint16: case Kind.Uint32:
    case Kind.Uint64: case Kind.Uintptr: case Kind.Pointer: case Kind.Chan:
    case Kind.UnsafePointer:
      return Alg.Mem;
    case Kind.Func: case Kind.Map: case Kind.Slice: case Kind.Invalid:
      return Alg.NoEq;
    case Kind.Float32: case Kind.Float64: case Kind.Complex64: case Kind.Complex128:
    case Kind.String: case Kind.Interface:
      return Alg.Special;
    case Kind.Array: {
      const a = algType(t.elem!);
      if (a === Alg.Mem || a === Alg.NoEq) return a;
      return t.len === 0 ? Alg.Mem : Alg.Special; // len 1 is "same as the element": Special
    }
    case Kind.Struct:
      return structAlg(t);
  }
}

function structAlg(t: RType): Alg {
  const fields = t.fields!;
  if (fields.length === 1 && fields[0]!.name !== "_") return algType(fields[0]!.type);
  let ret = Alg.Mem;
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i]!;
    const a = algType(f.type);
    if (a === Alg.NoEq) return Alg.NoEq;
    const end = i + 1 < fields.length ? fields[i + 1]!.offset : t.size;
    if (a !== Alg.Mem || f.name === "_" || f.offset + f.type.size !== end) ret = Alg.Special;
  }
  return ret;
}

/** IsReflexive: k == k for every value k of t (false for floats, complexes, interfaces). */
export function isReflexive(t: RType): boolean {
  switch (t.kind) {
    case Kind.Float32: case Kind.Float64: case Kind.Complex64: case Kind.Complex128:
    case Kind.Interface:
      return false;
    case Kind.Array:
      return isReflexive(t.elem!);
    case Kind.Struct:
      return t.fields!.every((f) => isReflexive(f.type));
    default:
      return true;
  }
}

/** needkeyupdate: an overwrite must store the new key too (+0/-0, strings, interfaces). */
export function needKeyUpdate(t: RType): boolean {
  switch (t.kind) {
    case Kind.Float32: case Kind.Float64: case Kind.Complex64: case Kind.Complex128:
    case Kind.Interface: case Kind.String:
      return true;
    case Kind.Array:
      return needKeyUpdate(t.elem!);
    case Kind.Struct:
      return t.fields!.some((f) => needKeyUpdate(f.type));
    default:
      return false;
  }
}

/** hashMightPanic: the key contains an interface, whose dynamic type may be unhashable. */
export function hashMightPanic(t: RType): boolean {
  switch (t.kind) {
    case Kind.Interface:
      return true;
    case Kind.Array:
      return hashMightPanic(t.elem!);
    case Kind.Struct:
      return t.fields!.some((f) => hashMightPanic(f.type));
    default:
      return false;
  }
}

// ---- byte images ----

let i64Hi = 0;

/** Split an I64 value (number or bigint) into its two's-complement halves: lo returned. */
export function i64Halves(v: number | bigint): number {
  if (typeof v === "number") {
    i64Hi = Math.floor(v / 4294967296) >>> 0;
    return v >>> 0;
  }
  const u = BigInt.asUintN(64, v);
  i64Hi = Number(u >> 32n);
  return Number(u & 0xffffffffn);
}

/** The high half left by the last i64Halves call. */
export function i64HiHalf(): number {
  return i64Hi;
}

let scratch = new Uint8Array(64);

/** Write the byte image of a regular-memory value v of type t at buf[off:off+t.size]. */
function writeImage(t: RType, v: GoValue, buf: Uint8Array, off: number): void {
  switch (t.kind) {
    case Kind.Bool:
      buf[off] = v ? 1 : 0;
      return;
    case Kind.Int8: case Kind.Uint8:
      buf[off] = (v as number) & 0xff;
      return;
    case Kind.Int16: case Kind.Uint16:
      buf[off] = (v as number) & 0xff;
      buf[off + 1] = ((v as number) >>> 8) & 0xff;
      return;
    case Kind.Int32: case Kind.Uint32:
      put32(buf, off, (v as number) >>> 0);
      return;
    case Kind.Int: case Kind.Int64: case Kind.Uint: case Kind.Uint64: case Kind.Uintptr:
      put32(buf, off, i64Halves(v as number | bigint));
      put32(buf, off + 4, i64Hi);
      return;
    case Kind.Pointer: case Kind.Chan: case Kind.UnsafePointer:
      put32(buf, off, i64Halves(v === null ? 0 : addrOf(v)));
      put32(buf, off + 4, i64Hi);
      return;
    case Kind.Array:
      for (let i = 0; i < t.len!; i++) writeImage(t.elem!, (v as GoValue[])[i]!, buf, off + i * t.elem!.size);
      return;
    case Kind.Struct:
      for (const f of t.fields!) writeImage(f.type, (v as GoStruct)[f.prop]!, buf, off + f.offset);
      return;
    default:
      throw new SimBug(`alg: no byte image for ${t.str}`);
  }
}

function put32(buf: Uint8Array, off: number, x: number): void {
  buf[off] = x & 0xff;
  buf[off + 1] = (x >>> 8) & 0xff;
  buf[off + 2] = (x >>> 16) & 0xff;
  buf[off + 3] = x >>> 24;
}

// ---- hash functions ----

const fbuf = new DataView(new ArrayBuffer(8));

/** memhash over the byte image of a regular-memory value (memhash32/64 for sizes 4 and 8). */
function memTypeHash(t: RType, v: GoValue, seedHi: number, seedLo: number): number {
  switch (t.kind) {
    case Kind.Int32: case Kind.Uint32:
      return memhash32(v as number, seedHi, seedLo);
    case Kind.Int: case Kind.Int64: case Kind.Uint: case Kind.Uint64: case Kind.Uintptr: {
      const lo = i64Halves(v as number | bigint);
      return memhash64(i64Hi, lo, seedHi, seedLo);
    }
    default:
      break;
  }
  if (scratch.length < t.size) scratch = new Uint8Array(t.size * 2);
  writeImage(t, v, scratch, 0);
  return memhash(scratch, 0, t.size, seedHi, seedLo);
}

/** f64hash: +0 and -0 alike, NaN random (fastrand from prng), else memhash of the bits. */
export function f64hash(f: number, seedHi: number, seedLo: number, prng: Prng): number {
  if (f === 0) return mul64(C1_HI, C1_LO, seedHi ^ C0_HI, seedLo ^ C0_LO);
  if (f !== f) return mul64(C1_HI, C1_LO, seedHi ^ C0_HI, seedLo ^ C0_LO ^ prng.uint32());
  fbuf.setFloat64(0, f, true);
  return memhash64(fbuf.getUint32(4, true), fbuf.getUint32(0, true), seedHi, seedLo);
}

/** f32hash: as f64hash, over the 4-byte float32 image. */
export function f32hash(f: number, seedHi: number, seedLo: number, prng: Prng): number {
  if (f === 0) return mul64(C1_HI, C1_LO, seedHi ^ C0_HI, seedLo ^ C0_LO);
  if (f !== f) return mul64(C1_HI, C1_LO, seedHi ^ C0_HI, seedLo ^ C0_LO ^ prng.uint32());
  fbuf.setFloat32(0, f, true);
  return memhash32(fbuf.getUint32(0, true), seedHi, seedLo);
}

/**
 * nilinterhash / interhash: nil hashes to the seed; otherwise the dynamic value is hashed with
 * typehash under seed^c0 and the result multiplied by c1. Panics for an unhashable dynamic type.
 */
export function interhash(x: Iface | null, seedHi: number, seedLo: number, prng: Prng): number {
  if (x === null) return ret64(seedHi, seedLo);
  const t = x.t;
  if (!t.comparable) panicRuntimeError("hash of unhashable type " + t.str, false);
  const lo = typehash(t, x.v, (seedHi ^ C0_HI) >>> 0, (seedLo ^ C0_LO) >>> 0, prng);
  return mul64(C1_HI, C1_LO, hashHi, lo);
}

/** typehash(t, v, seed): the hash of value v of type t, following alg.go's typehash. */
export function typehash(t: RType, v: GoValue, seedHi: number, seedLo: number, prng: Prng): number {
  if (algType(t) === Alg.Mem) return memTypeHash(t, v, seedHi, seedLo);
  switch (t.kind) {
    case Kind.Float32:
      return f32hash(v as number, seedHi, seedLo, prng);
    case Kind.Float64:
      return f64hash(v as number, seedHi, seedLo, prng);
    case Kind.Complex64: case Kind.Complex128: {
      const c = v as Complex;
      const fh = t.kind === Kind.Complex64 ? f32hash : f64hash;
      const lo = fh(c.re, seedHi, seedLo, prng);
      return fh(c.im, hashHi, lo, prng);
    }
    case Kind.String:
      return strhash(v as string, seedHi, seedLo);
    case Kind.Interface:
      return interhash(v as Iface | null, seedHi, seedLo, prng);
    case Kind.Array:
      return arrayhash(t, v as GoValue[], seedHi, seedLo, prng);
    case Kind.Struct:
      return structhash(t, v, seedHi, seedLo, prng);
    default:
      return panicRuntimeError("hash of unhashable type " + t.str, false);
  }
}

function arrayhash(t: RType, v: GoValue[], seedHi: number, seedLo: number, prng: Prng): number {
  let hi = seedHi, lo = seedLo;
  for (let i = 0; i < t.len!; i++) {
    lo = typehash(t.elem!, v[i]!, hi, lo, prng);
    hi = hashHi;
  }
  return ret64(hi, lo);
}

function structhash(t: RType, v: GoValue, seedHi: number, seedLo: number, prng: Prng): number {
  let hi = seedHi, lo = seedLo;
  for (const f of t.fields!) {
    if (f.name === "_") continue;
    lo = typehash(f.type, (v as GoStruct)[f.prop]!, hi, lo, prng);
    hi = hashHi;
  }
  return ret64(hi, lo);
}
