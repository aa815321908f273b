// Bit-level float64 helpers shared by the math natives: word access, Frexp, Ldexp, Modf.
//
// Models math/bits.go, frexp.go, ldexp.go and modf.go (Go 1.19, GOARCH=amd64, where these are
// pure Go), operation for operation, so that results are Go's bit for bit.
//
// Invariants: the scratch buffer is used only between a write and the reads that follow it in
// one function, never across a call to another function that uses it.
//
// Terms: hi and lo are the upper and lower 32 bits of a float64's IEEE 754 representation.

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const LITTLE = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
const HI = LITTLE ? 1 : 0;
const LO = LITTLE ? 0 : 1;

export const SMALLEST_NORMAL = 2.2250738585072014e-308; // 2^-1022

/** The upper 32 bits of x's representation. */
export function hiWord(x: number): number {
  f64[0] = x;
  return u32[HI]!;
}
/** The lower 32 bits of x's representation. */
export function loWord(x: number): number {
  f64[0] = x;
  return u32[LO]!;
}
/** The float64 whose representation is hi:lo. */
export function fromWords(hi: number, lo: number): number {
  u32[HI] = hi >>> 0;
  u32[LO] = lo >>> 0;
  return f64[0]!;
}
/** x with the upper 32 bits of its representation replaced by hi. */
export function withHi(x: number, hi: number): number {
  f64[0] = x;
  u32[HI] = hi >>> 0;
  return f64[0]!;
}
/** The neighbour of x (finite, nonzero) one unit in the last place farther from zero if up, else nearer. */
export function stepUlp(x: number, up: boolean): number {
  f64[0] = x;
  const lo = u32[LO]!;
  if (up) {
    u32[LO] = lo + 1;
    if (lo === 0xffffffff) u32[HI] = u32[HI]! + 1;
  } else {
    u32[LO] = lo - 1;
    if (lo === 0) u32[HI] = u32[HI]! - 1;
  }
  return f64[0]!;
}

/** Signbit and Copysign read and write the sign bit, as Go's, so a NaN's sign counts too. */
export const signbit = (x: number): boolean => hiWord(x) >>> 31 === 1;
export function copysign(x: number, y: number): number {
  const s = hiWord(y) & 0x80000000;
  return withHi(x, (hiWord(x) & 0x7fffffff) | s);
}

/** Frexp: f = frac × 2^exp with 0.5 <= |frac| < 1; (f, 0) for ±0, ±Inf and NaN. */
export function frexp(f: number): [number, number] {
  if (f === 0 || f - f !== 0) return [f, 0];
  let exp = 0;
  if (Math.abs(f) < SMALLEST_NORMAL) {
    f *= 4503599627370496; // 2^52: normalize
    exp = -52;
  }
  f64[0] = f;
  const hi = u32[HI]!;
  exp += ((hi >>> 20) & 0x7ff) - 1022;
  u32[HI] = (hi & 0x800fffff) | (1022 << 20);
  return [f64[0]!, exp];
}

/** Ldexp: frac × 2^exp, as ldexp.go (a subnormal result is rounded by one final multiply). */
export function ldexp(frac: number, exp: number): number {
  if (frac === 0 || frac - frac !== 0) return frac; // ±0, ±Inf, NaN
  if (Math.abs(frac) < SMALLEST_NORMAL) {
    frac *= 4503599627370496;
    exp -= 52;
  }
  f64[0] = frac;
  const hi = u32[HI]!;
  exp += ((hi >>> 20) & 0x7ff) - 1023;
  if (exp < -1075) return frac < 0 ? -0 : 0;
  if (exp > 1023) return frac < 0 ? -Infinity : Infinity;
  let m = 1;
  if (exp < -1022) {
    exp += 53;
    m = 1.1102230246251565e-16; // 2^-53
  }
  u32[HI] = (hi & 0x800fffff) | ((exp + 1023) << 20);
  return m * f64[0]!;
}

/** Modf: the integer and fractional parts of f, both with f's sign. */
export function modf(f: number): [number, number] {
  if (f < 1) {
    if (f < 0) {
      const [i, fr] = modf(-f);
      return [-i, -fr];
    }
    if (f === 0) return [f, f];
    return [0, f];
  }
  const i = Math.trunc(f); // clears the fraction bits, as modf.go; Inf and NaN stay
  return [i, f - i];
}
