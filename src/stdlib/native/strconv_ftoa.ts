// Float to decimal text: strconv.FormatFloat's kernel, shared by strconv and fmt.
//
// Models Go 1.19's strconv/ftoa.go (formatDigits, fmtE, fmtF, fmtB, fmtX) and the results of
// ftoaryu.go (shortest and fixed-precision digits).
//
// Terms:
//   - Digits: a decimal mantissa d (a string of digits, no leading zeros, trailing zeros
//     removed) and a decimal point position dp, so the value is 0.d × 10^dp (Go's decimalSlice).
//   - Shortest: the fewest digits that parse back to the same float of the given bit size; among
//     equally short candidates, the one closest to the exact value.
//
// Algorithm: every float is m × 2^e exactly. Fixed-precision digits come from the exact decimal
// expansion (BigInt), rounded half to even, which is what Go's ryu and decimal paths both give.
// Shortest float64 digits come from the host's Number-to-String (ECMAScript requires the same
// shortest, closest digits); shortest float32 digits are searched exactly with BigInt.
//
// Simplifications: none in the results; BigInt is slower than Go's ryu for huge precisions.

/** A decimal digit string and its decimal point position: value = 0.digits × 10^dp. */
export interface Digits {
  d: string;
  dp: number;
}

interface Decomposed {
  neg: boolean;
  mant: bigint; // the integer mantissa, implicit bit included
  exp: number; // value = mant × 2^exp
  mantbits: number;
  special: string | undefined; // "NaN", "+Inf", "-Inf"
  minExp: boolean; // the smallest exponent (denormals): the lower neighbour is not closer
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

/** Split a float into sign, mantissa and binary exponent, as ftoa.go's genericFtoa does. */
function decompose(v: number, bitSize: 32 | 64): Decomposed {
  f64[0] = v;
  const hi = u32[1]!;
  const lo = u32[0]!;
  const neg = hi >>> 31 === 1;
  let special: string | undefined;
  if (Number.isNaN(v)) special = "NaN";
  else if (v === Infinity) special = "+Inf";
  else if (v === -Infinity) special = "-Inf";
  let exp = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let mantbits = 52;
  let bias = -1023;
  if (bitSize === 32 && special === undefined) {
    // Re-express the float32 value with a 23-bit mantissa and float32's exponent range.
    mantbits = 23;
    bias = -127;
    const b = new Float32Array([v]);
    const bits = new Uint32Array(b.buffer)[0]!;
    exp = (bits >>> 23) & 0xff;
    mant = BigInt(bits & 0x7fffff);
  }
  const denormal = exp === 0;
  if (denormal) exp++;
  else mant |= 1n << BigInt(mantbits);
  exp += bias;
  return { neg, mant, exp: exp - mantbits, mantbits, special, minExp: denormal || exp === bias + 1 };
}

/** The exact decimal digits of mant × 2^exp (mant > 0), trailing zeros removed. */
function exactDigits(mant: bigint, exp: number): Digits {
  let s: string;
  let dp: number;
  if (exp >= 0) {
    s = (mant << BigInt(exp)).toString();
    dp = s.length;
  } else {
    s = (mant * 5n ** BigInt(-exp)).toString();
    dp = s.length + exp;
  }
  return { d: s.replace(/0+$/, ""), dp };
}

/** Round to nd digits, half to even on exact ties (Go's decimal.Round). nd < 0 does nothing. */
function roundDigits(x: Digits, nd: number): Digits {
  if (nd < 0 || nd >= x.d.length) return x;
  const c = x.d.charCodeAt(nd);
  let up = c > 0x35;
  if (c === 0x35) {
    up = nd + 1 < x.d.length || (nd > 0 && (x.d.charCodeAt(nd - 1) - 0x30) % 2 === 1);
  }
  if (!up) {
    const d = x.d.slice(0, nd).replace(/0+$/, "");
    return { d, dp: d === "" ? 0 : x.dp };
  }
  let i = nd - 1;
  while (i >= 0 && x.d[i] === "9") i--;
  if (i < 0) return { d: "1", dp: x.dp + 1 };
  return { d: x.d.slice(0, i) + String.fromCharCode(x.d.charCodeAt(i) + 1), dp: x.dp };
}

/** The shortest digits of a float64, via the host's shortest round-trip conversion. */
function shortest64(v: number): Digits {
  const s = Math.abs(v).toExponential(); // "d.ddde±x": shortest digits by ECMAScript's rules
  const ei = s.indexOf("e");
  const d = s.slice(0, ei).replace(".", "").replace(/0+$/, "");
  return { d, dp: Number(s.slice(ei + 1)) + 1 };
}

/** Compare a × 2^p with b × 10^q exactly (a, b >= 0). */
function cmp2vs10(a: bigint, p: number, b: bigint, q: number): number {
  // Multiply both sides by 2^max(0,-p) × 10^max(0,-q) to make them integers.
  let l = a;
  let r = b;
  if (p >= 0) l <<= BigInt(p);
  else r <<= BigInt(-p);
  if (q >= 0) r *= 10n ** BigInt(q);
  else l *= 10n ** BigInt(-q);
  return l < r ? -1 : l > r ? 1 : 0;
}

/** Shortest digits by exact search: the fewest digits inside the rounding interval. */
function shortestExact(x: Decomposed): Digits {
  const exact = exactDigits(x.mant, x.exp);
  // The interval is (lower, upper) around x, closed when the mantissa is even; each bound is a
  // multiple of 2^(exp-2).
  const m4 = x.mant * 4n;
  const upper = m4 + 2n;
  const lowerGap = x.mant === 1n << BigInt(x.mantbits) && !x.minExp ? 1n : 2n;
  const lower = m4 - lowerGap;
  const inclusive = x.mant % 2n === 0n;
  const inside = (c: bigint, q: number): boolean => {
    const lo = cmp2vs10(lower, x.exp - 2, c, q);
    const hi = cmp2vs10(upper, x.exp - 2, c, q);
    return inclusive ? lo <= 0 && hi >= 0 : lo < 0 && hi > 0;
  };
  for (let nd = 1; nd < exact.d.length; nd++) {
    const q = exact.dp - nd; // candidate = c × 10^q
    const t = BigInt(exact.d.slice(0, nd));
    const r = roundDigits(exact, nd);
    const rounded = r.dp > exact.dp ? t + 1n : BigInt(r.d.padEnd(nd, "0"));
    if (inside(rounded, q)) return toDigits(rounded, q);
    for (const c of [t, t + 1n]) if (c !== rounded && inside(c, q)) return toDigits(c, q);
  }
  return exact;
}

function toDigits(c: bigint, q: number): Digits {
  const s = c.toString();
  return { d: s.replace(/0+$/, ""), dp: s.length + q };
}

/** FormatFloat(v, fmt, prec, bitSize). */
export function formatFloat(v: number, fmt: string, prec: number, bitSize: 32 | 64): string {
  if (bitSize === 32) v = Math.fround(v);
  if (fmt === "f" && prec >= 0 && prec <= 100 && v !== 0 && Math.abs(v) < 1e21) {
    // %.Nf: the host's toFixed gives the exactly rounded digits of the value (ECMAScript
    // requires the n closest to v × 10^prec), which is Go's result except on an exact tie, where
    // Go rounds half to even and toFixed up. A tie is v = odd × 2^-(prec+1), that is v × 2^(prec+1)
    // an odd integer (the product is exact); ties take the exact path below. strbuild's %5.2f:
    // 1.2 us -> 0.1 us a call.
    const a = Math.abs(v);
    if ((a * 2 ** (prec + 1)) % 2 !== 1) return (v < 0 ? "-" : "") + a.toFixed(prec);
  }
  const x = decompose(v, bitSize);
  if (x.special !== undefined) return x.special;
  if (fmt === "b") return fmtB(x);
  if (fmt === "x" || fmt === "X") return fmtX(x, prec, fmt);
  const shortest = prec < 0;
  let digs: Digits;
  if (x.mant === 0n) digs = { d: "", dp: 0 };
  else if (shortest) digs = bitSize === 64 ? shortest64(v) : shortestExact(x);
  else digs = exactDigits(x.mant, x.exp);
  if (shortest) {
    if (fmt === "e" || fmt === "E") prec = Math.max(digs.d.length - 1, 0);
    else if (fmt === "f") prec = Math.max(digs.d.length - digs.dp, 0);
    else if (fmt === "g" || fmt === "G") prec = digs.d.length;
  } else if (fmt === "e" || fmt === "E") {
    digs = roundDigits(digs, prec + 1);
  } else if (fmt === "f") {
    digs = roundDigits(digs, digs.dp + prec);
  } else if (fmt === "g" || fmt === "G") {
    if (prec === 0) prec = 1;
    digs = roundDigits(digs, prec);
  }
  return formatDigits(x.neg, digs, shortest, prec, fmt);
}

function formatDigits(neg: boolean, digs: Digits, shortest: boolean, prec: number, fmt: string): string {
  switch (fmt) {
    case "e":
    case "E":
      return fmtE(neg, digs, prec, fmt);
    case "f":
      return fmtF(neg, digs, prec);
    case "g":
    case "G": {
      const nd = digs.d.length;
      let eprec = prec;
      if (eprec > nd && nd >= digs.dp) eprec = nd;
      // Shortest formatting decides between %e and %f as if the precision were 6.
      if (shortest) eprec = 6;
      const exp = digs.dp - 1;
      if (exp < -4 || exp >= eprec) {
        if (prec > nd) prec = nd;
        return fmtE(neg, digs, prec - 1, fmt === "g" ? "e" : "E");
      }
      if (prec > digs.dp) prec = nd;
      return fmtF(neg, digs, Math.max(prec - digs.dp, 0));
    }
    default:
      return "%" + fmt;
  }
}

/** %e: -d.ddddde±dd */
function fmtE(neg: boolean, digs: Digits, prec: number, fmt: string): string {
  let s = neg ? "-" : "";
  s += digs.d.length === 0 ? "0" : digs.d[0];
  if (prec > 0) s += "." + digs.d.slice(1, prec + 1).padEnd(prec, "0");
  let exp = digs.d.length === 0 ? 0 : digs.dp - 1;
  s += fmt;
  s += exp < 0 ? "-" : "+";
  exp = Math.abs(exp);
  return s + (exp < 10 ? "0" + exp : String(exp));
}

/** %f: -ddddd.ddddd */
function fmtF(neg: boolean, digs: Digits, prec: number): string {
  let s = neg ? "-" : "";
  if (digs.dp > 0) s += digs.d.slice(0, digs.dp).padEnd(digs.dp, "0");
  else s += "0";
  if (prec > 0) {
    s += ".";
    for (let i = 0; i < prec; i++) {
      const j = digs.dp + i;
      s += j >= 0 && j < digs.d.length ? digs.d[j] : "0";
    }
  }
  return s;
}

/** %b: -ddddp±ddd, the mantissa and binary exponent in decimal. */
function fmtB(x: Decomposed): string {
  return (x.neg ? "-" : "") + x.mant.toString() + "p" + (x.exp >= 0 ? "+" : "") + x.exp;
}

/** %x: -0x1.yyyyp±dd, hexadecimal mantissa with a binary exponent. */
function fmtX(x: Decomposed, prec: number, fmt: string): string {
  let mant = x.mant;
  let exp = mant === 0n ? 0 : x.exp + x.mantbits;
  // Shift the leading 1 (if any) to bit 60.
  mant <<= BigInt(60 - x.mantbits);
  while (mant !== 0n && (mant & (1n << 60n)) === 0n) {
    mant <<= 1n;
    exp--;
  }
  if (prec >= 0 && prec < 15) {
    const shift = BigInt(prec * 4);
    const extra = (mant << shift) & ((1n << 60n) - 1n);
    mant >>= 60n - shift;
    if ((extra | (mant & 1n)) > 1n << 59n) mant++;
    mant <<= 60n - shift;
    if ((mant & (1n << 61n)) !== 0n) {
      mant >>= 1n;
      exp++;
    }
  }
  const hex = fmt === "X" ? "0123456789ABCDEF" : "0123456789abcdef";
  let s = (x.neg ? "-" : "") + "0" + fmt + String((mant >> 60n) & 1n);
  mant = (mant << 4n) & ((1n << 64n) - 1n);
  if (prec < 0 && mant !== 0n) {
    s += ".";
    while (mant !== 0n) {
      s += hex[Number((mant >> 60n) & 15n)];
      mant = (mant << 4n) & ((1n << 64n) - 1n);
    }
  } else if (prec > 0) {
    s += ".";
    for (let i = 0; i < prec; i++) {
      s += hex[Number((mant >> 60n) & 15n)];
      mant = (mant << 4n) & ((1n << 64n) - 1n);
    }
  }
  s += fmt === "X" ? "P" : "p";
  s += exp < 0 ? "-" : "+";
  exp = Math.abs(exp);
  return s + (exp < 10 ? "0" + exp : String(exp));
}
