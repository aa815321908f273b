// Bit-exactness of the math natives against Go 1.19 on linux/amd64.
//
// Goal: every function of package math returns the float64 that real Go returns, bit for bit.
// Method: testdata/math_exact.txt holds, per function, the results real Go 1.19.8 printed (as
// Float64bits in hex, 16 digits per result, concatenated) for a deterministic sweep of inputs:
// special values (zeros, infinities, NaN, each algorithm's thresholds), uniform values in the
// function's main range, log-uniform magnitudes over the whole exponent range (subnormals and
// huge arguments included), random bit patterns, and values near multiples of a step (Pi/4 for
// the trigonometric functions). The inputs are not stored: inputs() regenerates them with the
// generator of the Go program that printed the file (splitmix64 seeded by FNV-1a of the name),
// which is kept at testdata/math_exact_gen.go. A NaN result only has to be a NaN (JS engines
// canonicalise NaN payloads). GORT_MATH_GOLDEN=<file> checks another file printed by that
// program (e.g. `go run math_exact_gen.go 50 7`: fifty times the inputs, another seed).

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { natives } from "./math.js";

const M64 = (1n << 64n) - 1n;
const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);
const fromBits = (b: bigint): number => {
  u64[0] = b & M64;
  return f64[0]!;
};
const bitsOf = (x: number): bigint => {
  f64[0] = x;
  return u64[0]!;
};
const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

interface ArgSpec {
  lo: number;
  hi: number;
  elo: number;
  ehi: number;
  step: number;
  pos: boolean;
}
const sp = (lo: number, hi: number, elo: number, ehi: number, step: number): ArgSpec => ({ lo, hi, elo, ehi, step, pos: false });
const pp = (lo: number, hi: number, elo: number, ehi: number, step: number): ArgSpec => ({ lo, hi, elo, ehi, step, pos: true });

const trig = sp(-10, 10, -40, 1023, Math.PI / 4);
const unit = sp(-1.1, 1.1, -60, 0, 0.125);
const wide = sp(-10, 10, -1074, 1023, 0.5);
const hyper = sp(-30, 30, -60, 10, 0.5);
const logs = pp(0, 10, -1074, 1023, 0.5);
const none = sp(0, 0, 0, 0, 0);
const bessel = sp(-60, 60, -1074, 1023, Math.PI / 4);

// Name -> argument specs, as fns in math_exact_gen.go (the counts are in the data file).
const specs: Record<string, ArgSpec[]> = {
  Sin: [trig], Cos: [trig], Tan: [trig], Asin: [unit], Acos: [unit], Atan: [sp(-10, 10, -60, 1023, 0.5)],
  Sinh: [hyper], Cosh: [hyper], Tanh: [hyper], Exp: [sp(-750, 712, -60, 11, 0.5)], Exp2: [sp(-1080, 1030, -60, 11, 0.5)],
  Log: [logs], Log10: [logs], Log2: [logs], Cbrt: [wide], Acosh: [pp(1, 10, 0, 1023, 0.5)],
  Pow: [sp(-10, 10, -30, 30, 0.5), sp(-20, 20, -20, 10, 0.5)], Atan2: [wide, wide], Expm1: [sp(-40, 712, -60, 11, 0.5)],
  Log1p: [sp(-1, 10, -60, 1023, 0.25)], Asinh: [sp(-10, 10, -60, 1023, 0.5)], Atanh: [unit], Hypot: [wide, wide],
  FMA: [sp(-10, 10, -600, 600, 0.5), sp(-10, 10, -600, 600, 0.5), sp(-100, 100, -1074, 1023, 0.5)],
  Mod: [sp(-100, 100, -1074, 1023, 0.5), sp(-10, 10, -1074, 1023, 0.5)],
  Sqrt: [pp(0, 100, -1074, 1023, 1)], Floor: [wide], Ceil: [wide], Trunc: [wide], Round: [wide], RoundToEven: [wide],
  Abs: [wide], Frexp: [wide], Modf: [wide], Ldexp: [wide, none], Max: [wide, wide], Min: [wide, wide], Dim: [wide, wide],
  Copysign: [wide, wide], Nextafter: [wide, wide], Nextafter32: [sp(-10, 10, -150, 127, 0.5), sp(-10, 10, -150, 127, 0.5)],
  Erf: [sp(-7, 7, -1074, 10, 0.125)], Erfc: [sp(-7, 30, -1074, 10, 0.125)], Erfinv: [unit], Erfcinv: [sp(0, 2, -60, 1, 0.125)],
  Gamma: [sp(-180, 180, -1074, 10, 0.5)], Lgamma: [sp(-200, 200, -1074, 1023, 0.5)], J0: [bessel], J1: [bessel],
  Y0: [pp(0, 60, -1074, 1023, Math.PI / 4)], Y1: [pp(0, 60, -1074, 1023, Math.PI / 4)],
  Jn: [none, sp(-80, 80, -1074, 1023, 0.5)], Yn: [none, pp(0, 80, -1074, 1023, 0.5)],
};

const specials = [
  0, -0, Infinity, -Infinity, NaN, 1, -1, 0.5, -0.5, 2, -2, 3, 0.25, 0.7, 0.66, 0.625, 2.414213562373095,
  0.4142135623730951, -0.2928932188134524, Math.PI, -Math.PI, Math.PI / 2, Math.PI / 4, 2.356194490192345, 1e-300,
  -1e-300, 5e-324, -5e-324, 2.2250738585072014e-308, 2.225073858507201e-308, Number.MAX_VALUE, -Number.MAX_VALUE,
  2 ** 28, 2 ** -28, 2 ** 29, 2 ** 29 - 1, 21, 22, 44.01484596555653, 709.782712893384, 709.7827128933841,
  -745.1332191019411, -745.1332191019412, 1023.9999999999999, 1024, -1074, -1075, 1e22, 1e300, 3.337311630366261e-308,
  38.816242111356935, 1.0397207708399179, 0.34657359027997264, 2 ** 53, 2 ** 63, 1e-20, 100, 10, 0.1, 7,
  1.0000000000000002, 0.9999999999999999, -0.9999999999999999, 1e-8, -709.5, 0.7071067811865476,
];
const intSpecials = [0, 1, -1, 1023, 1024, -1022, -1074, -1075, -1076, 2000, -2000, 52, 53, -53, 2 ** 40, -(2 ** 40)];

let state = 0n;
function next(): bigint {
  state = (state + 0x9e3779b97f4a7c15n) & M64;
  let z = state;
  z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & M64;
  z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & M64;
  return z ^ (z >> 31n);
}
function seed(name: string, salt: bigint): void {
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < name.length; i++) h = ((h ^ BigInt(name.charCodeAt(i))) * 0x100000001b3n) & M64;
  state = h ^ salt;
}

function gen(s: ArgSpec): number {
  const r = next() % 20n;
  if (r < 8n) {
    const u = Number(next() >> 11n) * 2 ** -53;
    return s.lo + (s.hi - s.lo) * u;
  }
  if (r < 15n) {
    const e = s.elo + Number(next() % BigInt(s.ehi - s.elo + 1));
    const m = next() & ((1n << 52n) - 1n);
    let b = e >= -1022 ? (BigInt(e + 1023) << 52n) | m : (m | (1n << 52n)) >> BigInt(-1022 - e);
    if ((next() & 1n) === 1n && !s.pos) b |= 1n << 63n;
    return fromBits(b);
  }
  if (r < 17n) {
    let b = next();
    if (s.pos) b &= ~(1n << 63n) & M64;
    return fromBits(b);
  }
  const k = Number(next() % 81n) - 40;
  let v = k * s.step;
  if (s.pos) v = Math.abs(v);
  return fromBits(bitsOf(v) + next() % 5n - 2n);
}

/** The i-th argument list of function name, as inputs() in math_exact_gen.go. */
function inputs(name: string, i: number): number[] {
  const args = specs[name]!;
  const n = specials.length;
  const a: number[] = [];
  if (i < n * args.length) {
    for (let k = 0; k < args.length; k++) a.push(specials[(i * (1 + 2 * k) + Math.floor(i / n) * (k * 17)) % n]!);
  } else {
    for (const s of args) a.push(gen(s));
    if (name === "FMA" && i % 4 === 0) a[2] = fromBits(bitsOf(-(a[0]! * a[1]!)) + next() % 5n - 2n);
  }
  if (name === "Ldexp") a[1] = i < intSpecials.length ? intSpecials[i]! : Number(next() % 2400n) - 1200;
  if (name === "Jn" || name === "Yn") a[0] = Number(next() % 80n) - 10; // the order n
  if (name === "Nextafter32") {
    a[0] = Math.fround(a[0]!);
    a[1] = Math.fround(a[1]!);
  }
  return a;
}

const hex = (b: bigint): string => b.toString(16).padStart(16, "0");
const isNaNHex = (h: string): boolean => {
  const b = BigInt("0x" + h);
  return ((b >> 52n) & 0x7ffn) === 0x7ffn && (b & ((1n << 52n) - 1n)) !== 0n;
};

/** Results of natives[name](...a) as hex words, as call() in math_exact_gen.go prints them. */
function call(name: string, a: number[]): string[] {
  const r = (natives[name] as Function)(...a);
  switch (name) {
    case "Frexp":
      return [hex(bitsOf(r[0])), hex(BigInt.asUintN(64, BigInt(r[1])))];
    case "Modf":
      return [hex(bitsOf(r[0])), hex(bitsOf(r[1]))];
    case "Lgamma":
      return [hex(bitsOf(r[0])), hex(BigInt.asUintN(64, BigInt(r[1])))];
    case "Nextafter32":
      f32[0] = r;
      return [hex(BigInt(u32[0]!))];
    default:
      return [hex(bitsOf(r))];
  }
}

const goldenPath = process.env["GORT_MATH_GOLDEN"] ?? new URL("../../../../src/stdlib/native/testdata/math_exact.txt", import.meta.url);
const lines = readFileSync(goldenPath, "latin1").split("\n").filter((l) => l);
const salt = BigInt(lines[0]!.split(" ")[1]!);

for (const line of lines.slice(1)) {
  const [name, count, data] = line.split(" ") as [string, string, string];
  test(`math.${name} matches Go 1.19 bit for bit`, () => {
    const n = Number(count);
    const words = data.length / 16 / n;
    seed(name, salt);
    const bad: string[] = [];
    let nbad = 0;
    for (let i = 0; i < n; i++) {
      const a = inputs(name, i);
      const got = call(name, a);
      for (let w = 0; w < words; w++) {
        const want = data.slice((i * words + w) * 16, (i * words + w + 1) * 16);
        if (got[w] === want || (isNaNHex(want) && isNaNHex(got[w]!))) continue;
        nbad++;
        if (bad.length < 10) bad.push(`${name}(${a.map((x) => `${x} [${hex(bitsOf(x))}]`).join(", ")}): want ${want} got ${got[w]}`);
      }
    }
    assert.deepEqual(bad, [], `${nbad} of ${n} differ`);
  });
}

test("the data file covers every function", () => {
  assert.equal(lines.length - 1, Object.keys(specs).length);
});
