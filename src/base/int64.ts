// Go's 64-bit integer arithmetic on gort's I64 representation.
//
// Terms: an I64 is a JS number when the value is a safe integer (|v| <= 2^53-1) and a JS bigint
// otherwise (see src/runtime/value.ts). Signed functions (add, mul, ...) wrap to int64; the
// functions with a U suffix wrap to uint64. int, int64 and uintptr-sized signed values use the
// signed set; uint, uint64 and uintptr use the U set.
//
// Invariants: every result is canonical: a number whenever it fits in a safe integer, never -0.
// The fast path (both operands numbers, result safe) costs one comparison more than plain JS
// arithmetic; the exact path goes through BigInt only when a value leaves the safe range.
//
// Rejected alternative: all 64-bit ints as bigint. Simple, but about 20x slower for the loop
// counters and indices that make up most integer arithmetic in real programs.

export type I64 = number | bigint;

const MAX = Number.MAX_SAFE_INTEGER; // 2^53 - 1
const BMAX = BigInt(MAX);
const BMIN = -BMAX;
const UMAX = 0xffffffffffffffffn;

const TWO32 = 4294967296;

// ---- 32-bit halves ----
//
// Natives that run 64-bit arithmetic in a loop (hash/crc64, hash/fnv, crypto/sha512, math/rand)
// carry each word as two uint32 halves and make an I64 only at the end.

/** The high and low 32 bits of an I64 read as 64 bits, each in [0, 2^32). */
export function halves(v: I64): [number, number] {
  if (typeof v === "number") return [Math.floor(v / TWO32) >>> 0, v >>> 0];
  const u = BigInt.asUintN(64, v);
  return [Number(u >> 32n) >>> 0, Number(u & 0xffffffffn) >>> 0];
}

/** A 64-bit scratch word read as a uint64, an int64 and two int32 halves (a little-endian
 *  host, as every host Node runs on is): a bigint's words without bigint arithmetic. Its
 *  second word holds the second operand of the halves paths below. */
const w64 = new BigUint64Array(2);
const s64 = new BigInt64Array(w64.buffer);
/** The halves of the two operands: [aLo, aHi, bLo, bHi]. Compiled code reads the halves ld
 *  leaves in it (compiler/pairs.ts). */
export const w32 = new Int32Array(w64.buffer);

/** The uint64 with halves hi and lo as an I64: one bigint made, or none below 2^53. */
export function join(hi: number, lo: number): I64 {
  if (hi >>> 0 < 0x200000) return (hi >>> 0) * TWO32 + (lo >>> 0);
  w32[0] = lo;
  w32[1] = hi;
  return w64[0]!;
}

/** The int64 with halves hi and lo as an I64: one bigint made, or none below 2^53. */
export function joinS(hi: number, lo: number): I64 {
  hi |= 0;
  if (hi >= -0x200000 && hi < 0x200000) {
    const v = hi * TWO32 + (lo >>> 0);
    if (v !== -9007199254740992) return v; // -2^53 is not a safe integer: a bigint
  }
  w32[0] = lo;
  w32[1] = hi;
  return s64[0]!;
}

/** Canonical form of an exact 64-bit value held as a bigint. */
export function norm(x: bigint): I64 {
  return x >= BMIN && x <= BMAX ? Number(x) : x;
}
/** Wrap an arbitrary integer to int64. */
export function wrapS(x: bigint): I64 {
  return norm(BigInt.asIntN(64, x));
}
/** Wrap an arbitrary integer to uint64. */
export function wrapU(x: bigint): I64 {
  const u = BigInt.asUintN(64, x);
  return u <= BMAX ? Number(u) : u;
}
function big(a: I64): bigint {
  return typeof a === "bigint" ? a : BigInt(a);
}

// ---- Past 2^53 on 32-bit halves ----
//
// When an operand is a bigint, the bitwise operations, shifts, + - and * work on the two 32-bit
// halves of each operand instead of on bigints: a bigint is stored into a BigUint64Array (which
// wraps it to 64 bits, allocating nothing) and read back as two int32s, and only a result past
// 2^53 is a new bigint (read from the same array). BigInt arithmetic allocated two or three
// bigints per operation (the exact result, then its 64-bit wrap). Measured: a xorshift64 step
// (three shifts, three xors) 148 -> 69 ms per million in a microbenchmark.

/** The low 32 bits of v as a uint32; lastHi32() then gives its high 32 bits. Through the scratch
 *  word: a bigint's halves without bigint arithmetic (math/bits' 64-bit functions). */
export function lo32(v: I64): number {
  load(v, 0);
  return w32[0]! >>> 0;
}

/** The high 32 bits, as a uint32, of the value the last lo32 call read. */
export function lastHi32(): number {
  return w32[1]! >>> 0;
}

/** The halves of a as int32s into w32[0] (low) and w32[1] (high): a 64-bit local held as two
 *  halves (compiler/pairs.ts) takes a value from the rest of the program. */
export function ld(a: I64): void {
  load(a, 0);
}

/** The number of set bits of a 32-bit word (math/bits.OnesCount64 of a pair's halves,
 *  compiler/pairs.ts). */
export function pop32(v: number): number {
  v = v - ((v >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}

/** Load operand k (0 or 1) into w32[2k] (low half) and w32[2k+1] (high half). */
function load(a: I64, k: number): void {
  if (typeof a === "bigint") w64[k] = a;
  else {
    w32[2 * k] = a | 0;
    w32[2 * k + 1] = Math.floor(a / TWO32) | 0;
  }
}

/** The halves of a + b, of a - b, of the low 64 bits of a * b, as [hi, lo] in w32[0..1]
 *  (operands loaded). */
function addHalves(): void {
  const lo = (w32[0]! >>> 0) + (w32[2]! >>> 0);
  w32[1] = w32[1]! + w32[3]! + (lo > 0xffffffff ? 1 : 0);
  w32[0] = lo;
}
function subHalves(): void {
  const a = w32[0]! >>> 0, b = w32[2]! >>> 0;
  w32[1] = w32[1]! - w32[3]! - (a < b ? 1 : 0);
  w32[0] = a - b;
}
function mulHalves(): void {
  const aLo = w32[0]! >>> 0, aHi = w32[1]!, bLo = w32[2]! >>> 0, bHi = w32[3]!;
  const lo = Math.imul(aLo, bLo) >>> 0;
  // The high word of aLo * bLo: the double product is within 2^11 of the exact one, so
  // (product - lo) / 2^32 is within 2^-21 of an integer (runtime/hash64.ts mulhi32's proof).
  const carry = ((aLo * bLo - lo) / TWO32 + 0.5) | 0;
  w32[1] = carry + Math.imul(aLo, bHi) + Math.imul(aHi, bLo);
  w32[0] = lo;
}

export function add(a: I64, b: I64): I64 {
  if (typeof a === "number" && typeof b === "number") {
    const r = a + b;
    if (r >= -MAX && r <= MAX) return r;
  }
  load(a, 0);
  load(b, 1);
  addHalves();
  return joinS(w32[1]!, w32[0]!);
}
export function addU(a: I64, b: I64): I64 {
  if (typeof a === "number" && typeof b === "number") {
    const r = a + b;
    if (r <= MAX) return r;
  }
  load(a, 0);
  load(b, 1);
  addHalves();
  return join(w32[1]!, w32[0]!);
}
export function sub(a: I64, b: I64): I64 {
  if (typeof a === "number" && typeof b === "number") {
    const r = a - b;
    if (r >= -MAX && r <= MAX) return r === 0 ? 0 : r;
  }
  load(a, 0);
  load(b, 1);
  subHalves();
  return joinS(w32[1]!, w32[0]!);
}
export function subU(a: I64, b: I64): I64 {
  if (typeof a === "number" && typeof b === "number") {
    const r = a - b;
    if (r >= 0 && r <= MAX) return r;
  }
  load(a, 0);
  load(b, 1);
  subHalves();
  return join(w32[1]!, w32[0]!);
}
export function mul(a: I64, b: I64): I64 {
  if (typeof a === "number" && typeof b === "number") {
    const r = a * b;
    if (r >= -MAX && r <= MAX) return r === 0 ? 0 : r;
  }
  load(a, 0);
  load(b, 1);
  mulHalves();
  return joinS(w32[1]!, w32[0]!);
}
export function mulU(a: I64, b: I64): I64 {
  if (typeof a === "number" && typeof b === "number") {
    const r = a * b;
    if (r <= MAX) return r;
  }
  load(a, 0);
  load(b, 1);
  mulHalves();
  return join(w32[1]!, w32[0]!);
}
/**
 * The truncated quotient of two safe integers a and b (b !== 0), exactly: if a / b is not an
 * integer, it is at least 1/|b| from one, and its rounding error is below |a / b| * 2^-53 <
 * 1/|b| (|a| < 2^53), so truncating the rounded quotient gives the exact one; an integer
 * quotient is exact already. Not (a - a % b) / b: V8 computes % of a number past int32 by a
 * call to fmod, several times slower. The remainder a - quo(a, b) * b is exact as well (the
 * product's magnitude is at most |a|).
 */
function quo(a: number, b: number): number {
  return Math.trunc(a / b) + 0;
}
/** Truncated division; b !== 0 (the compiler checks and panics first). */
export function div(a: I64, b: I64): I64 {
  if (typeof a === "number" && typeof b === "number") return quo(a, b);
  return wrapS(big(a) / big(b));
}
export function divU(a: I64, b: I64): I64 {
  if (typeof a === "number" && typeof b === "number") return quo(a, b);
  return wrapU(big(a) / big(b));
}
/** Remainder with the sign of the dividend, as Go's %. */
export function rem(a: I64, b: I64): I64 {
  if (typeof a === "number" && typeof b === "number") return a - quo(a, b) * b;
  return norm(big(a) % big(b));
}
export function remU(a: I64, b: I64): I64 {
  if (typeof a === "number" && typeof b === "number") return a - quo(a, b) * b;
  return norm(big(a) % big(b));
}
export function neg(a: I64): I64 {
  if (typeof a === "number") return a === 0 ? 0 : -a;
  return wrapS(-a);
}
export function negU(a: I64): I64 {
  if (typeof a === "number" && a === 0) return 0;
  return wrapU(-big(a));
}

/** The bits above the low 32 of a non-negative safe integer. */
function hi32(a: number): number {
  return Math.floor(a / 4294967296);
}

const I32MIN = -2147483648;
const I32MAX = 2147483647;
function small(a: I64): a is number {
  return typeof a === "number" && a >= I32MIN && a <= I32MAX;
}

/**
 * The int64 whose high and low 32-bit halves are hi (an int32) and lo (its bits): a bitwise
 * operation on two numbers (each a safe integer, so its high half, hi32, is a 22-bit signed
 * value) done on the halves, without a bigint. The result's high half is a 22-bit signed value
 * too, so it is a safe integer, except -2^53, which is canonically a bigint.
 */
function fromHalves(hi: number, lo: number): I64 {
  const r = hi * 4294967296 + (lo >>> 0);
  return r >= -MAX ? r : BigInt(r);
}

export function and(a: I64, b: I64): I64 {
  if (small(a) && small(b)) return a & b;
  if (typeof a === "number" && typeof b === "number") return fromHalves(hi32(a) & hi32(b), a & b);
  load(a, 0);
  load(b, 1);
  return joinS(w32[1]! & w32[3]!, w32[0]! & w32[2]!);
}
export function andU(a: I64, b: I64): I64 {
  if (small(a) && small(b)) return (a & b) >>> 0;
  if (typeof a === "number" && typeof b === "number" && a >= 0 && b >= 0) {
    return ((hi32(a) & hi32(b)) >>> 0) * 4294967296 + ((a & b) >>> 0);
  }
  load(a, 0);
  load(b, 1);
  return join(w32[1]! & w32[3]!, w32[0]! & w32[2]!);
}
export function or(a: I64, b: I64): I64 {
  if (small(a) && small(b)) return a | b;
  if (typeof a === "number" && typeof b === "number") return fromHalves(hi32(a) | hi32(b), a | b);
  load(a, 0);
  load(b, 1);
  return joinS(w32[1]! | w32[3]!, w32[0]! | w32[2]!);
}
export function orU(a: I64, b: I64): I64 {
  if (small(a) && small(b)) return (a | b) >>> 0;
  if (typeof a === "number" && typeof b === "number" && a >= 0 && b >= 0) {
    // Both below 2^53: the high and low 32-bit halves separately, without a bigint.
    return ((hi32(a) | hi32(b)) >>> 0) * 4294967296 + ((a | b) >>> 0);
  }
  load(a, 0);
  load(b, 1);
  return join(w32[1]! | w32[3]!, w32[0]! | w32[2]!);
}
export function xor(a: I64, b: I64): I64 {
  if (small(a) && small(b)) return a ^ b;
  if (typeof a === "number" && typeof b === "number") return fromHalves(hi32(a) ^ hi32(b), a ^ b);
  load(a, 0);
  load(b, 1);
  return joinS(w32[1]! ^ w32[3]!, w32[0]! ^ w32[2]!);
}
export function xorU(a: I64, b: I64): I64 {
  if (small(a) && small(b)) return (a ^ b) >>> 0;
  // Both below 2^53 (a uint64 held as a number is never negative): so is the result.
  if (typeof a === "number" && typeof b === "number") return fromHalves(hi32(a) ^ hi32(b), a ^ b);
  load(a, 0);
  load(b, 1);
  return join(w32[1]! ^ w32[3]!, w32[0]! ^ w32[2]!);
}
export function andNot(a: I64, b: I64): I64 {
  if (small(a) && small(b)) return a & ~b;
  if (typeof a === "number" && typeof b === "number") return fromHalves(hi32(a) & ~hi32(b), a & ~b);
  load(a, 0);
  load(b, 1);
  return joinS(w32[1]! & ~w32[3]!, w32[0]! & ~w32[2]!);
}
export function andNotU(a: I64, b: I64): I64 {
  if (small(a) && small(b)) return (a & ~b) >>> 0;
  if (typeof a === "number" && typeof b === "number") return fromHalves(hi32(a) & ~hi32(b), a & ~b);
  load(a, 0);
  load(b, 1);
  return join(w32[1]! & ~w32[3]!, w32[0]! & ~w32[2]!);
}
/** ^a (bitwise complement). */
export function not(a: I64): I64 {
  if (small(a)) return ~a;
  return wrapS(~big(a));
}
export function notU(a: I64): I64 {
  // 2^64-1-a: for a number (below 2^53) always a bigint.
  if (typeof a === "number" && a >= 0) return UMAX - BigInt(a);
  const r = UMAX - BigInt.asUintN(64, big(a));
  return r <= BMAX ? Number(r) : r;
}

const POW2: number[] = [];
for (let i = 0; i <= 64; i++) POW2.push(2 ** i);

/** The halves of a << n in w32[0..1], 0 <= n < 64 (operand loaded). */
function shlHalves(n: number): void {
  const lo = w32[0]!, hi = w32[1]!;
  if (n === 0) return;
  if (n < 32) {
    w32[1] = (hi << n) | (lo >>> (32 - n));
    w32[0] = lo << n;
  } else {
    w32[1] = lo << (n - 32);
    w32[0] = 0;
  }
}

/** a << n for a shift count n >= 0 (a number; counts >= 64 give 0). */
export function shl(a: I64, n: number): I64 {
  if (n >= 64) return 0;
  if (typeof a === "number") {
    const r = a * POW2[n]!;
    if (r >= -MAX && r <= MAX) return r;
  }
  load(a, 0);
  shlHalves(n);
  return joinS(w32[1]!, w32[0]!);
}
export function shlU(a: I64, n: number): I64 {
  if (n >= 64) return 0;
  if (typeof a === "number") {
    const r = a * POW2[n]!;
    if (r <= MAX) return r;
  }
  load(a, 0);
  shlHalves(n);
  return join(w32[1]!, w32[0]!);
}
/** Arithmetic right shift (signed). */
export function shr(a: I64, n: number): I64 {
  if (n >= 64) return a < 0 ? -1 : 0;
  if (typeof a === "number") {
    const r = Math.floor(a / POW2[n]!);
    return r === 0 ? 0 : r;
  }
  load(a, 0);
  const lo = w32[0]!, hi = w32[1]!;
  if (n === 0) return a;
  if (n < 32) return joinS(hi >> n, (lo >>> n) | (hi << (32 - n)));
  return joinS(hi >> 31, hi >> (n - 32));
}
/** Logical right shift (unsigned). */
export function shrU(a: I64, n: number): I64 {
  if (n >= 64) return 0;
  if (typeof a === "number") return Math.floor(a / POW2[n]!);
  load(a, 0);
  const lo = w32[0]!, hi = w32[1]!;
  if (n === 0) return a;
  if (n < 32) return join(hi >>> n, (lo >>> n) | (hi << (32 - n)));
  return join(0, hi >>> (n - 32));
}

/** A shift count as a number: counts beyond 64 behave like 64. Negative counts are the caller's
 *  panic ("negative shift amount"). */
export function shiftCount(n: I64): number {
  if (typeof n === "bigint") return n < 0n ? -1 : 64;
  return n > 64 ? 64 : n;
}

/** Conversions from an I64 to the narrower integer types, wrapping as Go does. */
export function toInt32(a: I64): number {
  return typeof a === "number" ? a | 0 : Number(BigInt.asIntN(32, a));
}
export function toUint32(a: I64): number {
  return typeof a === "number" ? a >>> 0 : Number(BigInt.asUintN(32, a));
}
export function toInt16(a: I64): number {
  return (toInt32(a) << 16) >> 16;
}
export function toUint16(a: I64): number {
  return toInt32(a) & 0xffff;
}
export function toInt8(a: I64): number {
  return (toInt32(a) << 24) >> 24;
}
export function toUint8(a: I64): number {
  return toInt32(a) & 0xff;
}
/** Reinterpret as int64 (from uint64, or any integer value). */
export function toInt64(a: I64): I64 {
  if (typeof a === "number" && a >= -MAX && a <= MAX) return a;
  return wrapS(big(a));
}
/** Reinterpret as uint64. */
export function toUint64(a: I64): I64 {
  if (typeof a === "number" && a >= 0) return a;
  return wrapU(big(a));
}
/** float64 → int64 as amd64 does it: truncation; NaN and out-of-range give MinInt64. */
export function fromFloat(f: number): I64 {
  if (f !== f || f >= 9223372036854775808 || f < -9223372036854775808) {
    return -9223372036854775808n;
  }
  const t = Math.trunc(f);
  return t >= -MAX && t <= MAX ? (t === 0 ? 0 : t) : BigInt(t);
}
/** float64 → uint64 as amd64 does it (Go's conversion sequence for values >= 2^63). */
export function fromFloatU(f: number): I64 {
  if (f !== f) return 9223372036854775808n;
  if (f < 9223372036854775808) {
    const s = fromFloat(f);
    return toUint64(s);
  }
  if (f >= 18446744073709551616) return 9223372036854775808n;
  return norm(BigInt(Math.trunc(f)));
}
/** I64 → float64 (rounds to nearest like Go's conversion). */
export function toFloat(a: I64): number {
  return typeof a === "number" ? a : Number(a);
}
