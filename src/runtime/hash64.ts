// Go's portable (non-AES) memory hash: memhash, memhash32, memhash64 and strhash.
//
// Models src/runtime/hash64.go (Go 1.19, the 64-bit build), the wyhash-inspired fallback that
// the runtime uses when the CPU has no AES instructions (useAeshash == false). gort always uses
// it: the AES hash needs per-process key schedules and gives no benefit in a simulator.
//
// Terms:
//   u64 pair   A uint64 carried as two uint32 halves (hi, lo), each a JS number in [0, 2^32).
//   seed       The uintptr hash seed: the map's hash0 (hi = 0), or a previous hash when hashes
//              are chained (structs, arrays, interfaces).
//   hashkey    The process-wide key; Go fills it with random bytes in alginit and forces each
//              word odd. Only hashkey[0] is read by the fallback hash.
//   mix(a, b)  The 128-bit product of a and b, high half XOR low half.
//
// Result protocol: every hash function returns the low 32 bits of the 64-bit hash and leaves
// the high 32 bits in `hashHi` (read it immediately, before calling another hash function).
// The functions named with a final I (memhash64I, strhashI...) return the same bits as int32s,
// the high half in `hashHi32`: V8 keeps int32s as small integers, so the map's hot paths
// allocate no heap numbers. No BigInt is used.
//
// Invariants: the results are bit-for-bit those of Go's memhashFallback, memhash32Fallback,
// memhash64Fallback and strhashFallback for the same bytes, seed and hashkey[0]
// (checked against the real runtime in hash64.test.ts).
//
// State: hashkey is a register holding the running machine's key: each machine draws its own in
// alginit (Machine keeps it) and Machine.activate loads it here before each step, so the hash
// functions read a module variable on the hot path; hashkeyGen counts its changes. hashHi and
// mixHi are return registers, set and read within one synchronous call, so no machine switch can
// fall between.
//
// Simplifications vs real Go: bytes are read from a Uint8Array or from a byte string (char
// codes 0..255) instead of raw memory.

// The five wyhash multipliers m1..m5, split into halves.
const M1_HI = 0xa0761d64, M1_LO = 0x78bd642f;
const M2_HI = 0xe7037ed1, M2_LO = 0xa0b428db;
const M3_HI = 0x8ebc6af0, M3_LO = 0x9c88c6e3;
const M4_HI = 0x589965cc, M4_LO = 0x75374cc3;
const M5_HI = 0x1d8e4e27, M5_LO = 0xc47d124f;

/** High half of the last 64-bit result returned by any function in this file. */
export let hashHi = 0;

// hashkey[0], as set by alginit. The default is a fixed odd value so that a program that never
// calls alginit still hashes deterministically.
let hashkeyHi = 0x9e3779b9;
let hashkeyLo = 0x7f4a7c15 | 1;

/** Counts the changes of hashkey: a cache of hash results (map.ts mapHash's memo) is valid
 *  while it has not moved. */
export let hashkeyGen = 0;

/** alginit: fill hashkey[0] from the simulation's PRNG, forced odd as Go does. */
export function setHashkey(hi: number, lo: number): void {
  hi >>>= 0;
  lo = (lo | 1) >>> 0;
  if (hi === hashkeyHi && lo === hashkeyLo) return;
  hashkeyHi = hi;
  hashkeyLo = lo;
  hashkeyGen++;
}

/** Read hashkey[0] (for tests and for tools that reproduce Go's hash). */
export function getHashkey(): [number, number] {
  return [hashkeyHi, hashkeyLo];
}

let mixHi = 0;

/** 2^-32: scaling by it is exact (a power of two). */
const TWO_M32 = 1 / 4294967296;

/**
 * The high 32 bits of the 64-bit product a*b of two uint32s, given its exact low 32 bits lo
 * (Math.imul(a, b) >>> 0). a * b as a double is the product rounded to 53 bits, within 2^10
 * of it (half an ulp below 2^64); subtracting lo rounds once more, by at most as much. So
 * (a*b - lo) / 2^32 is the high word within 2^-21, and adding one half and truncating gives it
 * exactly. One double multiply, where splitting b into 16-bit halves took two, two divisions
 * and two floors: measured, memhash64 47 -> 31 ns. The result is the high word's bits as an
 * int32 (ToInt32 truncates, then wraps the values from 2^31 up).
 */
function mulhi32(a: number, b: number, lo: number): number {
  return ((a * b - lo) * TWO_M32 + 0.5) | 0;
}

/**
 * mix(a, b): the full 128-bit product of two uint64s, high 64 bits XOR low 64 bits.
 * Returns the low half as an int32 (the same bits as the uint32: callers apply >>> 0 when they
 * need the unsigned value); the high half is left in mixHi, also as an int32. Int32 results stay
 * small integers in V8, so a hash allocates no heap numbers.
 * Computed from four 32x32 products (Math.imul for their low words, mulhi32 for their high
 * words); the column sums are below 2^34, exact in a double.
 */
function mix(aHi: number, aLo: number, bHi: number, bLo: number): number {
  aHi >>>= 0; aLo >>>= 0; bHi >>>= 0; bLo >>>= 0;
  const l00 = Math.imul(aLo, bLo) >>> 0, l01 = Math.imul(aLo, bHi) >>> 0;
  const l10 = Math.imul(aHi, bLo) >>> 0, l11 = Math.imul(aHi, bHi) >>> 0;
  let s = (mulhi32(aLo, bLo, l00) >>> 0) + l01 + l10;
  const w1 = s | 0;
  s = (mulhi32(aLo, bHi, l01) >>> 0) + (mulhi32(aHi, bLo, l10) >>> 0) + l11 + Math.floor(s * TWO_M32);
  const w2 = s | 0;
  const w3 = (mulhi32(aHi, bHi, l11) + Math.floor(s * TWO_M32)) | 0;
  mixHi = w1 ^ w3;
  return l00 ^ w2;
}

/** mix for tests: [high 64 bits XOR low 64 bits] of the 128-bit product, as uint32 halves
 *  [hi, lo]. */
export function mixForTest(aHi: number, aLo: number, bHi: number, bLo: number): [number, number] {
  const lo = mix(aHi, aLo, bHi, bLo);
  return [mixHi >>> 0, lo >>> 0];
}

/**
 * The low 64 bits of a*b (Go's wrapping uint64 multiply). Returns the low half; the high half
 * is left in `hashHi`.
 */
export function mul64(aHi: number, aLo: number, bHi: number, bLo: number): number {
  const a0 = aLo & 0xffff, a1 = aLo >>> 16, a2 = aHi & 0xffff, a3 = aHi >>> 16;
  const b0 = bLo & 0xffff, b1 = bLo >>> 16, b2 = bHi & 0xffff, b3 = bHi >>> 16;
  let t = a0 * b0;
  const r0 = t & 0xffff;
  t = (t - r0) / 65536 + a0 * b1 + a1 * b0;
  const r1 = t & 0xffff;
  t = (t - r1) / 65536 + a0 * b2 + a1 * b1 + a2 * b0;
  const r2 = t & 0xffff;
  t = (t - r2) / 65536 + a0 * b3 + a1 * b2 + a2 * b1 + a3 * b0;
  const r3 = t & 0xffff;
  hashHi = (r2 | (r3 << 16)) >>> 0;
  return (r0 | (r1 << 16)) >>> 0;
}

/**
 * High half of the last result of an int32-protocol function (memhash32I, memhash64I, memhashI,
 * strhashI), as an int32. Those functions return the low half as an int32 too: the same bits as
 * the unsigned halves, but small integers in V8, so that hashing a map key allocates nothing.
 */
export let hashHi32 = 0;

/** The final two mixing rounds shared by every variant: mix(m5^s, mix(a^m2, b^seed)).
 *  Int32 protocol. */
function finishI(aHi: number, aLo: number, bHi: number, bLo: number, sHi: number, sLo: number,
  size: number): number {
  const lo = mix(aHi ^ M2_HI, aLo ^ M2_LO, bHi ^ sHi, bLo ^ sLo);
  const rlo = mix(M5_HI, M5_LO ^ size, mixHi, lo);
  hashHi32 = mixHi;
  return rlo;
}

/** memhash32Fallback under the int32 protocol. */
export function memhash32I(v: number, seedHi: number, seedLo: number): number {
  return finishI(0, v, seedHi ^ hashkeyHi ^ M1_HI, v ^ seedLo ^ hashkeyLo ^ M1_LO, 0, 0, 4);
}

/** memhash32Fallback: hash the 4 bytes of a uint32 v (little-endian image). */
export function memhash32(v: number, seedHi: number, seedLo: number): number {
  const lo = memhash32I(v, seedHi, seedLo);
  hashHi = hashHi32 >>> 0;
  return lo >>> 0;
}

/** memhash64Fallback under the int32 protocol. */
export function memhash64I(vHi: number, vLo: number, seedHi: number, seedLo: number): number {
  const sHi = seedHi ^ hashkeyHi ^ M1_HI;
  const sLo = seedLo ^ hashkeyLo ^ M1_LO;
  return finishI(vHi, vLo, vHi ^ sHi, vLo ^ sLo, 0, 0, 8);
}

/** memhash64Fallback: hash the 8 bytes of the uint64 (vHi, vLo). */
export function memhash64(vHi: number, vLo: number, seedHi: number, seedLo: number): number {
  const lo = memhash64I(vHi, vLo, seedHi, seedLo);
  hashHi = hashHi32 >>> 0;
  return lo >>> 0;
}

/** A source of bytes: a Uint8Array or a byte string, read little-endian. */
type Bytes = Uint8Array | string;

function byteAt(p: Bytes, i: number): number {
  return typeof p === "string" ? p.charCodeAt(i) : p[i]!;
}

function r4(p: Bytes, i: number): number {
  return (byteAt(p, i) | (byteAt(p, i + 1) << 8) | (byteAt(p, i + 2) << 16) |
    (byteAt(p, i + 3) << 24)) >>> 0;
}

/**
 * memhashFallback(p[off:off+s], seed): Go's general memory hash. Returns the low half; the high
 * half is left in `hashHi`. `p` may be a Uint8Array or a byte string.
 */
export function memhash(p: Bytes, off: number, s: number, seedHi: number, seedLo: number): number {
  const lo = memhashI(p, off, s, seedHi, seedLo);
  hashHi = hashHi32 >>> 0;
  return lo >>> 0;
}

/** memhashFallback under the int32 protocol. */
function memhashI(p: Bytes, off: number, s: number, seedHi: number, seedLo: number): number {
  const sHi = seedHi ^ hashkeyHi ^ M1_HI;
  const sLo = seedLo ^ hashkeyLo ^ M1_LO;
  let aHi = 0, aLo = 0, bHi = 0, bLo = 0;
  if (s === 0) {
    hashHi32 = sHi;
    return sLo;
  } else if (s < 4) {
    aLo = byteAt(p, off) | (byteAt(p, off + (s >>> 1)) << 8) | (byteAt(p, off + s - 1) << 16);
  } else if (s === 4) {
    aLo = bLo = r4(p, off);
  } else if (s < 8) {
    aLo = r4(p, off);
    bLo = r4(p, off + s - 4);
  } else if (s === 8) {
    aLo = bLo = r4(p, off);
    aHi = bHi = r4(p, off + 4);
  } else if (s <= 16) {
    aLo = r4(p, off); aHi = r4(p, off + 4);
    bLo = r4(p, off + s - 8); bHi = r4(p, off + s - 4);
  } else {
    return memhashLong(p, off, s, sHi, sLo);
  }
  return finishI(aHi, aLo, bHi, bLo, sHi, sLo, s);
}

/** The s > 16 case of memhashFallback: 48-byte then 16-byte rounds, then the last 16 bytes. */
function memhashLong(p: Bytes, off: number, s: number, sHi: number, sLo: number): number {
  let l = s;
  if (l > 48) {
    let s1Hi = sHi, s1Lo = sLo, s2Hi = sHi, s2Lo = sLo;
    for (; l > 48; l -= 48) {
      sLo = mix(r4(p, off + 4) ^ M2_HI, r4(p, off) ^ M2_LO,
        r4(p, off + 12) ^ sHi, r4(p, off + 8) ^ sLo);
      sHi = mixHi;
      s1Lo = mix(r4(p, off + 20) ^ M3_HI, r4(p, off + 16) ^ M3_LO,
        r4(p, off + 28) ^ s1Hi, r4(p, off + 24) ^ s1Lo);
      s1Hi = mixHi;
      s2Lo = mix(r4(p, off + 36) ^ M4_HI, r4(p, off + 32) ^ M4_LO,
        r4(p, off + 44) ^ s2Hi, r4(p, off + 40) ^ s2Lo);
      s2Hi = mixHi;
      off += 48;
    }
    sHi = sHi ^ s1Hi ^ s2Hi;
    sLo = sLo ^ s1Lo ^ s2Lo;
  }
  for (; l > 16; l -= 16) {
    sLo = mix(r4(p, off + 4) ^ M2_HI, r4(p, off) ^ M2_LO,
      r4(p, off + 12) ^ sHi, r4(p, off + 8) ^ sLo);
    sHi = mixHi;
    off += 16;
  }
  const aLo = r4(p, off + l - 16), aHi = r4(p, off + l - 12);
  const bLo = r4(p, off + l - 8), bHi = r4(p, off + l - 4);
  return finishI(aHi, aLo, bHi, bLo, sHi, sLo, s);
}

/** Four bytes of a byte string, little-endian, as an int32. */
function r4s(p: string, i: number): number {
  return p.charCodeAt(i) | (p.charCodeAt(i + 1) << 8) | (p.charCodeAt(i + 2) << 16) |
    (p.charCodeAt(i + 3) << 24);
}

/**
 * strhashFallback under the int32 protocol: memhashI specialised to byte strings of up to 16
 * bytes (the usual map key), which reads characters without memhashI's test of the source kind.
 */
export function strhashI(p: string, seedHi: number, seedLo: number): number {
  const s = p.length;
  if (s > 16) return memhashI(p, 0, s, seedHi, seedLo);
  const sHi = seedHi ^ hashkeyHi ^ M1_HI;
  const sLo = seedLo ^ hashkeyLo ^ M1_LO;
  let aHi = 0, aLo = 0, bHi = 0, bLo = 0;
  if (s === 0) {
    hashHi32 = sHi;
    return sLo;
  } else if (s < 4) {
    aLo = p.charCodeAt(0) | (p.charCodeAt(s >>> 1) << 8) | (p.charCodeAt(s - 1) << 16);
  } else if (s === 4) {
    aLo = bLo = r4s(p, 0);
  } else if (s < 8) {
    aLo = r4s(p, 0);
    bLo = r4s(p, s - 4);
  } else if (s === 8) {
    aLo = bLo = r4s(p, 0);
    aHi = bHi = r4s(p, 4);
  } else {
    aLo = r4s(p, 0); aHi = r4s(p, 4);
    bLo = r4s(p, s - 8); bHi = r4s(p, s - 4);
  }
  return finishI(aHi, aLo, bHi, bLo, sHi, sLo, s);
}

/** Return a 64-bit result (hi, lo) under the result protocol: lo returned, hi in hashHi. */
export function ret64(hi: number, lo: number): number {
  hashHi = hi >>> 0;
  return lo >>> 0;
}

/** strhashFallback: hash a Go string (a byte string) with the memory hash. */
export function strhash(s: string, seedHi: number, seedLo: number): number {
  const lo = strhashI(s, seedHi, seedLo);
  hashHi = hashHi32 >>> 0;
  return lo >>> 0;
}
