// The map type descriptor: bucket layout, key properties, and which runtime entry point the
// compiler would call for each map operation.
//
// Models the maptype that cmd/compile/internal/reflectdata (Go 1.19) emits: MapBucketType for
// the bucket layout, writeType's maptype flags (indirect key/elem, reflexive key, need key
// update, hash might panic), and walk.mapfast, which picks the fast32, fast64 or faststr
// variants of mapaccess1/2, mapassign and mapdelete (map_fast32.go, map_fast64.go,
// map_faststr.go).
//
// Terms:
//   keysize, elemsize  The bytes a key or elem occupies in a bucket slot: its own size, or 8
//                      when it is stored indirectly (larger than 128 bytes).
//   bucketsize         8 tophash bytes, then 8 keys, then 8 elems, then the overflow word, each
//                      part aligned as the compiler aligns struct fields.
//   bucketNoscan       The bucket holds no pointers (bucket ptrdata 0), so the runtime keeps
//                      overflow buckets alive through hmap.extra.overflow instead.
//   scalars            Keys and elems are booleans, integers or floats (JS numbers, bigints,
//                      booleans): a bucket's key and elem slots hold nothing the GC's marker
//                      could follow or count, so it skips them (mgcmark.ts Marker.bmap).
//   variant            "fast32" | "fast64" | "faststr" | "generic": the runtime function family.
//
// Invariants: map[int]int has bucketsize 144 and is noscan; map[string]int has bucketsize 208.
//
// Simplifications vs real Go: the fast variants share one implementation in map.ts, since in
// Go 1.19 they have the same structure and checks as the generic functions; only their names
// and the source lines of their checks (used in fatal-error tracebacks) differ. For speed,
// that implementation calls the hash of the int64, int32 and string kinds directly (hashKind)
// and compares keys with === in place when that is Go's == (plainKey), as the fast variants
// do; what it computes is the same for every kind. The
// mapaccess1_fat/mapaccess2_fat wrappers for elems larger than 1024 bytes are not modelled.

import type { Prng } from "../base/prng.js";
import {
  Alg, algType, f32hash, f64hash, hashMightPanic, i64Halves, i64HiHalf, isReflexive,
  needKeyUpdate, typehash,
} from "./alg.js";
import { mapCacheBytes } from "./costs.js";
import { memhash32, memhash64, strhash } from "./hash64.js";
import type { RuntimeFrame } from "./panic.js";
import { Kind, type RType } from "./value.js";

const maxKeySize = 128;
const maxElemSize = 128;

/** Hash a key with a 64-bit seed; returns the low half, the high half is in hash64.hashHi. */
type Hasher = (key: any, seedHi: number, seedLo: number, prng: Prng) => number;

/** The runtime frames shown for a fatal error raised by each check of one map type. */
interface MapCheckFrames {
  access1: RuntimeFrame;
  access2: RuntimeFrame;
  assignEntry: RuntimeFrame;
  assignExit: RuntimeFrame;
  deleteEntry: RuntimeFrame;
  deleteExit: RuntimeFrame;
}

/** Where -race reports a map entry point's access: its func line, as racereadpc's pc is the
 *  function's entry (runtime/race.ts puts it above the caller's frames). */
interface MapRaceFrames {
  access1: RuntimeFrame;
  access2: RuntimeFrame;
  assign: RuntimeFrame;
  delete: RuntimeFrame;
}

/** Go's maptype, with the compiler's choices that gort needs at run time. */
export interface MapType {
  key: RType;
  elem: RType;
  keysize: number;
  elemsize: number;
  bucketsize: number;
  indirectkey: boolean;
  indirectelem: boolean;
  reflexivekey: boolean;
  needkeyupdate: boolean;
  hashMightPanic: boolean;
  fast: "fast32" | "fast64" | "faststr" | "generic";
  /** The key holds a pointer: mapassign is the fast64ptr/fast32ptr variant. */
  ptrKey: boolean;
  bucketNoscan: boolean;
  /** Keys and elems are of scalar kinds (bool, integers, floats), whose gort values are JS
   *  primitives other than strings: the buckets' Bmaps say so, and the marker skips their key
   *  and elem slots. Strings, complex numbers, arrays and structs are not scalars here. */
  scalars: boolean;
  /** maptype.flags as Go encodes them: 1 indirect key, 2 indirect elem, 4 reflexive key,
   *  8 need key update, 16 hash might panic. */
  flags: number;
  /** t.hasher: the key's hash function. */
  hasher: Hasher;
  /** Go's == on keys (=== for kinds where that is exact). */
  keyEqual: (a: any, b: any) => boolean;
  /** Which hash the map's hot paths call directly (map.ts mapHash): hashInt64, hashInt32,
   *  hashString, or hashOther for t.hasher. */
  hashKind: number;
  /** Keys are stored in place and keyEqual is ===: the lookups compare slots with ===. */
  plainKey: boolean;
  /** The largest B whose bucket array fits in costs.ts mapCacheBytes (-1 if none): a map with
   *  a larger B pays mapMissNs (map.ts entryNs), without computing bucketsize * 2^B each time. */
  cacheB: number;
  /** Keys/elems are arrays or structs, so storing one into a bucket must copy it. */
  keyCopy: boolean;
  elemCopy: boolean;
  /** Where each concurrent-misuse check of this map type's entry points lives. */
  frames: MapCheckFrames;
  race: MapRaceFrames;
}

const GOROOT_RUNTIME = "/usr/lib/go-1.19/src/runtime/";

function alignUp(n: number, a: number): number {
  return Math.ceil(n / a) * a;
}

/** The largest B with bucketsize * 2^B <= mapCacheBytes, or -1. */
function cacheB(bucketsize: number): number {
  let b = -1;
  while (bucketsize * 2 ** (b + 1) <= mapCacheBytes) b++;
  return b;
}

/** Which entry-point family walk.mapfast picks for map[key]elem. */
function mapfast(key: RType, elem: RType): MapType["fast"] {
  if (elem.size > maxElemSize) return "generic";
  if (key.kind === Kind.String || isStringLike(key)) return "faststr";
  if (algType(key) !== Alg.Mem) return "generic";
  // reflectdata.AlgType: an under-aligned type ([2]int16) is not treated as a 32-bit word.
  if (key.align < 8 && key.align < key.size) return "generic";
  if (key.size === 4) return key.ptrdata === 0 ? "fast32" : "generic";
  if (key.size === 8) return "fast64";
  return "generic";
}

/** A one-field struct or one-element array whose algorithm is the string one (ASTRING). */
function isStringLike(t: RType): boolean {
  if (t.kind === Kind.Struct && t.fields!.length === 1 && t.fields![0]!.name !== "_") {
    return t.fields![0]!.type.kind === Kind.String || isStringLike(t.fields![0]!.type);
  }
  if (t.kind === Kind.Array && t.len === 1) {
    return t.elem!.kind === Kind.String || isStringLike(t.elem!);
  }
  return false;
}

function frame(fn: string, file: string, line: number): RuntimeFrame {
  return { fn: "runtime." + fn, file: GOROOT_RUNTIME + file, line };
}

/** The check lines of Go 1.19.8's map.go and map_fast*.go (fact sheet §1.9). */
function checkFrames(fast: MapType["fast"], ptrKey: boolean): MapCheckFrames {
  switch (fast) {
    case "generic":
      return {
        access1: frame("mapaccess1", "map.go", 415), access2: frame("mapaccess2", "map.go", 476),
        assignEntry: frame("mapassign", "map.go", 595),
        assignExit: frame("mapassign", "map.go", 686),
        deleteEntry: frame("mapdelete", "map.go", 715),
        deleteExit: frame("mapdelete", "map.go", 806),
      };
    case "fast32":
    case "fast64": {
      const f = `map_${fast}.go`;
      const assign = ptrKey ? `mapassign_${fast}ptr` : `mapassign_${fast}`;
      return {
        access1: frame(`mapaccess1_${fast}`, f, 22), access2: frame(`mapaccess2_${fast}`, f, 62),
        assignEntry: frame(assign, f, ptrKey ? 192 : 102),
        assignExit: frame(assign, f, ptrKey ? 267 : 177),
        deleteEntry: frame(`mapdelete_${fast}`, f, 282),
        deleteExit: frame(`mapdelete_${fast}`, f, fast === "fast32" ? 358 : 360),
      };
    }
    case "faststr":
      return {
        access1: frame("mapaccess1_faststr", "map_faststr.go", 22),
        access2: frame("mapaccess2_faststr", "map_faststr.go", 117),
        assignEntry: frame("mapassign_faststr", "map_faststr.go", 212),
        assignExit: frame("mapassign_faststr", "map_faststr.go", 295),
        deleteEntry: frame("mapdelete_faststr", "map_faststr.go", 310),
        deleteExit: frame("mapdelete_faststr", "map_faststr.go", 386),
      };
  }
}

/** The func lines of Go 1.19.8's map entry points. */
function raceFrames(fast: MapType["fast"], ptrKey: boolean): MapRaceFrames {
  if (fast === "generic") {
    return {
      access1: frame("mapaccess1", "map.go", 395), access2: frame("mapaccess2", "map.go", 456),
      assign: frame("mapassign", "map.go", 578), delete: frame("mapdelete", "map.go", 695),
    };
  }
  const f = `map_${fast}.go`;
  const str = fast === "faststr";
  return {
    access1: frame(`mapaccess1_${fast}`, f, 13),
    access2: frame(`mapaccess2_${fast}`, f, str ? 108 : 53),
    assign: frame(ptrKey && !str ? `mapassign_${fast}ptr` : `mapassign_${fast}`, f, str ? 203 : ptrKey ? 183 : 93),
    delete: frame(`mapdelete_${fast}`, f, str ? 301 : 273),
  };
}

const strictEqual = (a: any, b: any): boolean => a === b;

/** MapType.hashKind: the key kinds whose hash the map's hot paths call without t.hasher. */
const hashOther = 0;
/** int, int64, uint, uint64, uintptr: memhash64 of the value's two halves. */
export const hashInt64 = 1;
/** int32, uint32: memhash32. */
export const hashInt32 = 2;
/** string: strhash. */
export const hashString = 3;

/** The hashKind for keys of type t: the kinds hasherFor specialises. */
function hashKindFor(t: RType): number {
  switch (t.kind) {
    case Kind.Int: case Kind.Int64: case Kind.Uint: case Kind.Uint64: case Kind.Uintptr:
      return hashInt64;
    case Kind.Int32: case Kind.Uint32:
      return hashInt32;
    case Kind.String:
      return hashString;
    default:
      return hashOther;
  }
}

/** The hash function for keys of type t, specialised for the common kinds. */
function hasherFor(t: RType): Hasher {
  switch (t.kind) {
    case Kind.Int: case Kind.Int64: case Kind.Uint: case Kind.Uint64: case Kind.Uintptr:
      return (k, hi, lo) => {
        const vlo = i64Halves(k);
        return memhash64(i64HiHalf(), vlo, hi, lo);
      };
    case Kind.Int32: case Kind.Uint32:
      return (k, hi, lo) => memhash32(k, hi, lo);
    case Kind.String:
      return (k, hi, lo) => strhash(k, hi, lo);
    case Kind.Float64:
      return (k, hi, lo, prng) => f64hash(k, hi, lo, prng);
    case Kind.Float32:
      return (k, hi, lo, prng) => f32hash(k, hi, lo, prng);
    default:
      return (k, hi, lo, prng) => typehash(t, k, hi, lo, prng);
  }
}

function keyEqualFor(t: RType): (a: any, b: any) => boolean {
  switch (t.kind) {
    case Kind.Bool: case Kind.Int: case Kind.Int8: case Kind.Int16: case Kind.Int32:
    case Kind.Int64: case Kind.Uint: case Kind.Uint8: case Kind.Uint16: case Kind.Uint32:
    case Kind.Uint64: case Kind.Uintptr: case Kind.Float32: case Kind.Float64: case Kind.String:
      return strictEqual;
    default:
      return (a, b) => t.equal(a, b);
  }
}

/** A kind whose values are JS primitives other than strings (numbers, bigints, booleans). */
function isScalar(t: RType): boolean {
  switch (t.kind) {
    case Kind.Bool: case Kind.Int: case Kind.Int8: case Kind.Int16: case Kind.Int32:
    case Kind.Int64: case Kind.Uint: case Kind.Uint8: case Kind.Uint16: case Kind.Uint32:
    case Kind.Uint64: case Kind.Uintptr: case Kind.Float32: case Kind.Float64:
      return true;
    default:
      return false;
  }
}

function isAggregate(t: RType): boolean {
  return t.kind === Kind.Array || t.kind === Kind.Struct;
}

/** Build the MapType for map[key]elem, computing everything the compiler would. */
export function newMapType(key: RType, elem: RType): MapType {
  const indirectkey = key.size > maxKeySize;
  const indirectelem = elem.size > maxElemSize;
  const keysize = indirectkey ? 8 : key.size;
  const elemsize = indirectelem ? 8 : elem.size;
  const keyalign = indirectkey ? 8 : key.align;
  const elemalign = indirectelem ? 8 : elem.align;
  // MapBucketType: topbits [8]uint8, keys [8]K, elems [8]E, overflow (pointer or uintptr).
  const keysOff = alignUp(8, Math.max(keyalign, 1));
  const elemsOff = alignUp(keysOff + 8 * keysize, Math.max(elemalign, 1));
  const overflowOff = alignUp(elemsOff + 8 * elemsize, 8);
  const bucketsize = overflowOff + 8;
  const keyHasPtr = indirectkey || key.ptrdata > 0;
  const elemHasPtr = indirectelem || elem.ptrdata > 0;
  const fast = mapfast(key, elem);
  const ptrKey = (fast === "fast64" || fast === "fast32") && key.ptrdata > 0;
  const reflexivekey = isReflexive(key);
  const needkeyupdate = needKeyUpdate(key);
  const mightPanic = hashMightPanic(key);
  const flags = (indirectkey ? 1 : 0) | (indirectelem ? 2 : 0) | (reflexivekey ? 4 : 0) |
    (needkeyupdate ? 8 : 0) | (mightPanic ? 16 : 0);
  const keyEqual = keyEqualFor(key);
  return {
    key, elem, keysize, elemsize, bucketsize, indirectkey, indirectelem, reflexivekey,
    needkeyupdate, hashMightPanic: mightPanic, fast, ptrKey,
    bucketNoscan: !keyHasPtr && !elemHasPtr, scalars: isScalar(key) && isScalar(elem),
    flags, hasher: hasherFor(key),
    keyEqual, hashKind: hashKindFor(key), plainKey: keyEqual === strictEqual && !indirectkey,
    cacheB: cacheB(bucketsize),
    keyCopy: isAggregate(key), elemCopy: isAggregate(elem),
    frames: checkFrames(fast, ptrKey),
    race: raceFrames(fast, ptrKey),
  };
}
