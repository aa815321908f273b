// Natives of package math/bits: bit counting and manipulation, and full-width arithmetic.
//
// Models math/bits/bits.go (Go 1.19). uint8/16/32 arguments are JS numbers; uint and uint64 are
// I64 (a number when below 2^53, else a bigint; see src/runtime/value.ts), and every uint64
// result is returned in that canonical form.
//
// Simplification: 64-bit operations go through BigInt when a value is large; results are exact,
// only slower than Go's single instructions. The 8-, 16- and 32-bit rotations, reversals and
// Mul32 are 32-bit integer arithmetic (sha256 and md5 rotate 32-bit words in their inner loops).

import { GoPanic } from "../../runtime/panic.js";
import { rt } from "../../runtime/rt.js";
import { join, lastHi32, lo32, norm } from "../../base/int64.js";
import type { I64 } from "../../base/int64.js";

const M64 = (1n << 64n) - 1n;
const big = (x: I64): bigint => (typeof x === "bigint" ? x : BigInt(x));
const u64 = (x: bigint): I64 => norm(BigInt.asUintN(64, x));

function len32(x: number): number {
  return x === 0 ? 0 : 32 - Math.clz32(x);
}
function len64(x: I64): number {
  const lo = lo32(x);
  const hi = lastHi32();
  return hi !== 0 ? 32 + len32(hi) : len32(lo);
}
function ones32(x: number): number {
  x = x - ((x >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}
function ones64(x: I64): number {
  return ones32(lo32(x)) + ones32(lastHi32());
}
function tz32(x: number): number {
  return x === 0 ? 32 : 31 - Math.clz32(x & -x);
}
function tz64(x: I64): number {
  const lo = lo32(x);
  return lo !== 0 ? tz32(lo) : 32 + tz32(lastHi32());
}

/** x rotated left by k mod 64, on its 32-bit halves (k may be negative: rotate right). */
function rotl64(x: I64, k: I64): I64 {
  let lo = lo32(x);
  let hi = lastHi32();
  let s = rotCount(k, 64);
  if (s >= 32) {
    [lo, hi] = [hi, lo];
    s -= 32;
  }
  if (s === 0) return join(hi, lo);
  return join((hi << s) | (lo >>> (32 - s)), (lo << s) | (hi >>> (32 - s)));
}
function rev(x: bigint, n: number): bigint {
  let r = 0n;
  for (let i = 0; i < n; i++) {
    r = (r << 1n) | (x & 1n);
    x >>= 1n;
  }
  return r;
}
function revBytes(x: bigint, nbytes: number): bigint {
  let r = 0n;
  for (let i = 0; i < nbytes; i++) {
    r = (r << 8n) | (x & 0xffn);
    x >>= 8n;
  }
  return r;
}
/** The rotation count k mod n (n a power of two up to 64), as uint(k) & (n-1) takes it: a
 *  number's low bits survive ToInt32, a bigint's asUintN. */
function rotCount(k: I64, n: number): number {
  return (typeof k === "number" ? k : Number(BigInt.asUintN(8, k))) & (n - 1);
}

/** The narrow rotations on numbers (x an n-bit unsigned value, n up to 32). */
function rotl32(x: number, k: I64, n: number): number {
  const s = rotCount(k, n);
  if (s === 0) return x;
  return n === 32 ? ((x << s) | (x >>> (32 - s))) >>> 0 : ((x << s) | (x >>> (n - s))) & ((1 << n) - 1);
}

/** Reverse32 by swapping halves, bytes, nibbles, pairs and bits (bits.go's masks). */
function reverse32(x: number): number {
  x = ((x >>> 1) & 0x55555555) | ((x & 0x55555555) << 1);
  x = ((x >>> 2) & 0x33333333) | ((x & 0x33333333) << 2);
  x = ((x >>> 4) & 0x0f0f0f0f) | ((x & 0x0f0f0f0f) << 4);
  return reverseBytes32(x);
}

function reverseBytes32(x: number): number {
  return ((x << 24) | ((x & 0xff00) << 8) | ((x >>> 8) & 0xff00) | (x >>> 24)) >>> 0;
}

/** The high and low words of the 64-bit product of two uint32s (16-bit halves: exact). */
function mul32(x: number, y: number): [number, number] {
  const lo = Math.imul(x, y) >>> 0;
  const xl = x & 0xffff, xh = x >>> 16, yl = y & 0xffff, yh = y >>> 16;
  const mid = xh * yl + ((xl * yl) >>> 16);
  const hi = xh * yh + Math.floor(mid / 65536) + Math.floor(((mid & 0xffff) + xl * yh) / 65536);
  return [hi >>> 0, lo];
}

function divPanic(y: bigint, hi: bigint): void {
  if (y === 0n) throw new GoPanic(rt.runtimeError("integer divide by zero"));
  if (y <= hi) throw new GoPanic(rt.runtimeError("integer overflow"));
}

const n32 = (x: bigint): number => Number(BigInt.asUintN(32, x));

export const natives: Record<string, Function> = {
  LeadingZeros: (x: I64) => 64 - len64(x),
  LeadingZeros8: (x: number) => 8 - len32(x),
  LeadingZeros16: (x: number) => 16 - len32(x),
  LeadingZeros32: (x: number) => 32 - len32(x),
  LeadingZeros64: (x: I64) => 64 - len64(x),
  TrailingZeros: tz64,
  TrailingZeros8: (x: number) => (x === 0 ? 8 : tz32(x)),
  TrailingZeros16: (x: number) => (x === 0 ? 16 : tz32(x)),
  TrailingZeros32: tz32,
  TrailingZeros64: tz64,
  OnesCount: ones64,
  OnesCount8: ones32,
  OnesCount16: ones32,
  OnesCount32: ones32,
  OnesCount64: ones64,
  RotateLeft: rotl64,
  RotateLeft8: (x: number, k: I64) => rotl32(x, k, 8),
  RotateLeft16: (x: number, k: I64) => rotl32(x, k, 16),
  RotateLeft32: (x: number, k: I64) => rotl32(x, k, 32),
  RotateLeft64: rotl64,
  Reverse: (x: I64) => u64(rev(big(x), 64)),
  Reverse8: (x: number) => reverse32(x) >>> 24,
  Reverse16: (x: number) => reverse32(x) >>> 16,
  Reverse32: reverse32,
  Reverse64: (x: I64) => u64(rev(big(x), 64)),
  ReverseBytes: (x: I64) => u64(revBytes(big(x), 8)),
  ReverseBytes16: (x: number) => ((x & 0xff) << 8) | (x >>> 8),
  ReverseBytes32: reverseBytes32,
  ReverseBytes64: (x: I64) => u64(revBytes(big(x), 8)),
  Len: len64,
  Len8: len32,
  Len16: len32,
  Len32: len32,
  Len64: len64,
  Add: add64,
  Add32: (x: number, y: number, c: number) => {
    const s = x + y + c;
    return [s >>> 0, s >= 2 ** 32 ? 1 : 0];
  },
  Add64: add64,
  Sub: sub64,
  Sub32: (x: number, y: number, b: number) => {
    const d = x - y - b;
    return [d >>> 0, d < 0 ? 1 : 0];
  },
  Sub64: sub64,
  Mul: mul64,
  Mul32: mul32,
  Mul64: mul64,
  Div: div64,
  Div32: (hi: number, lo: number, y: number) => {
    divPanic(BigInt(y), BigInt(hi));
    const n = (BigInt(hi) << 32n) | BigInt(lo);
    return [n32(n / BigInt(y)), n32(n % BigInt(y))];
  },
  Div64: div64,
  Rem: rem64,
  Rem32: (hi: number, lo: number, y: number) => {
    if (y === 0) throw new GoPanic(rt.runtimeError("integer divide by zero"));
    return Number(((BigInt(hi) << 32n) | BigInt(lo)) % BigInt(y));
  },
  Rem64: rem64,
};

function add64(x: I64, y: I64, c: I64): [I64, I64] {
  const s = big(x) + big(y) + big(c);
  return [u64(s), s > M64 ? 1 : 0];
}
function sub64(x: I64, y: I64, b: I64): [I64, I64] {
  const d = big(x) - big(y) - big(b);
  return [u64(d), d < 0n ? 1 : 0];
}
function mul64(x: I64, y: I64): [I64, I64] {
  const p = big(x) * big(y);
  return [u64(p >> 64n), u64(p)];
}
function div64(hi: I64, lo: I64, y: I64): [I64, I64] {
  divPanic(big(y), big(hi));
  const n = (big(hi) << 64n) | big(lo);
  return [u64(n / big(y)), u64(n % big(y))];
}
function rem64(hi: I64, lo: I64, y: I64): I64 {
  if (big(y) === 0n) throw new GoPanic(rt.runtimeError("integer divide by zero"));
  return u64(((big(hi) << 64n) | big(lo)) % big(y));
}
