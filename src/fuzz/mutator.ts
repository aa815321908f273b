// Mutating fuzz inputs.
//
// Models Go 1.19's internal/fuzz/mutator.go in spirit: an input's values are mutated one at a
// time; integers get a small addition or subtraction, a bit flip or an interesting value; floats
// an addition or a multiplication; bools are flipped; byte slices and strings get one of Go's
// byte mutators (remove, insert, duplicate or copy a range, flip a bit, set a byte to a random or
// interesting value, swap bytes, add to a byte), and are kept within maxBytes.
//
// gort's addition: a dictionary of the program's constants (its string, character and integer
// literals, dictionary()), which byte mutators insert or write over a range and integer
// mutators use as values, as libFuzzer's dictionaries do: Go 1.19 has no such hints, and gort
// runs far fewer executions per second than Go, so it needs them to reach guarded branches.
//
// Invariant: every draw comes from the driver's Prng, so a seed gives the same sequence of
// inputs. Simplification: fewer byte mutators than Go's (no multi-byte arithmetic).

import { Prng } from "../base/prng.js";
import { intTypes, wrapInt, type FuzzType, type FuzzValue } from "./encoding.js";
import { unquote, unquoteChar } from "../stdlib/native/strconv_quote.js";

/** The literals of Go source files: strings and characters as byte strings, integers. */
export interface Dictionary {
  tokens: string[];
  ints: bigint[];
}

/** The dictionary of files' literals (at most maxTokens of each kind, in source order). */
export function dictionary(files: readonly { text: string }[]): Dictionary {
  const tokens = new Set<string>();
  const ints = new Set<bigint>();
  const re = /"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)+'|\b(?:0[xX][0-9a-fA-F]+|[0-9]+)\b/g;
  for (const f of files) {
    for (const m of f.text.matchAll(re)) {
      const lit = m[0];
      if (lit.startsWith('"')) {
        const s = unquote(lit);
        if (s !== undefined && s.length > 0 && s.length <= 64) tokens.add(s);
      } else if (lit.startsWith("'")) {
        const r = unquoteChar(lit.slice(1, -1), 0x27);
        if (r !== undefined && r[2] === "" && r[0] < 0x100) {
          tokens.add(String.fromCharCode(r[0]));
          ints.add(BigInt(r[0]));
        }
      } else ints.add(BigInt(lit));
    }
  }
  return { tokens: [...tokens].slice(0, maxTokens), ints: [...ints].slice(0, maxTokens) };
}

/** The most tokens and integers a dictionary keeps. */
const maxTokens = 256;

const noDict: Dictionary = { tokens: [], ints: [] };

/** Go's maxFuzzInputSize for a []byte or string value: 1 MiB; gort keeps inputs small. */
const maxBytes = 4096;

const interesting8 = [-128, -1, 0, 1, 16, 32, 64, 100, 127];
const interesting16 = [...interesting8, -32768, -129, 128, 255, 256, 512, 1000, 1024, 4096, 32767];
const interesting32 = [...interesting16, -2147483648, -100663046, -32769, 32768, 65535, 65536, 100663045, 2147483647];

/** Mutates one value of vals (a copy): Go's mutate picks one argument at random. */
export function mutate(prng: Prng, types: readonly FuzzType[], vals: readonly FuzzValue[], dict: Dictionary = noDict): FuzzValue[] {
  const out = [...vals];
  const i = prng.intn(types.length);
  out[i] = mutateValue(prng, types[i]!, vals[i]!, dict);
  return out;
}

function mutateValue(prng: Prng, t: FuzzType, v: FuzzValue, dict: Dictionary): FuzzValue {
  const useDict = prng.intn(4) === 0;
  if (useDict && (t === "[]uint8" || t === "string") && dict.tokens.length > 0) return dictBytes(prng, v as string, dict);
  if (useDict && intTypes[t] !== undefined && dict.ints.length > 0) return wrapInt(t, dict.ints[prng.intn(dict.ints.length)]!);
  switch (t) {
    case "[]uint8": case "string": return mutateBytes(prng, v as string);
    case "bool": return !(v as boolean);
    case "float32": return Math.fround(mutateFloat(prng, v as number));
    case "float64": return mutateFloat(prng, v as number);
    default: return mutateInt(prng, t, v as bigint);
  }
}

function mutateInt(prng: Prng, t: FuzzType, v: bigint): bigint {
  const bits = intTypes[t]!.bits;
  switch (prng.intn(4)) {
    case 0: return wrapInt(t, v + BigInt(1 + prng.intn(16)));
    case 1: return wrapInt(t, v - BigInt(1 + prng.intn(16)));
    case 2: return wrapInt(t, v ^ (1n << BigInt(prng.intn(bits))));
    default: {
      const pool = bits === 8 ? interesting8 : bits === 16 ? interesting16 : interesting32;
      return wrapInt(t, BigInt(pool[prng.intn(pool.length)]!));
    }
  }
}

function mutateFloat(prng: Prng, v: number): number {
  switch (prng.intn(4)) {
    case 0: return v + (prng.intn(2001) - 1000);
    case 1: return v * (prng.intn(4) === 0 ? -1 : 1 + prng.intn(10));
    case 2: return v / (1 + prng.intn(10));
    default: return [0, 1, -1, 0.5, 1e308, -1e-308, Infinity, NaN][prng.intn(8)]!;
  }
}

/** One of Go's byte-slice mutators, applied to the byte string b. */
function mutateBytes(prng: Prng, b: string): string {
  const n = b.length;
  const byte = (): string => String.fromCharCode(prng.intn(256));
  const pos = (k = n): number => prng.intn(k + 1);
  for (;;) {
    switch (prng.intn(10)) {
      case 0: { // remove a range
        if (n === 0) continue;
        const i = prng.intn(n);
        const m = 1 + prng.intn(Math.min(8, n - i));
        return b.slice(0, i) + b.slice(i + m);
      }
      case 1: { // insert random bytes
        const i = pos();
        let ins = "";
        for (let k = 1 + prng.intn(4); k > 0; k--) ins += byte();
        return cap(b.slice(0, i) + ins + b.slice(i));
      }
      case 2: { // duplicate a range
        if (n === 0) continue;
        const i = prng.intn(n);
        const m = 1 + prng.intn(Math.min(16, n - i));
        const j = pos();
        return cap(b.slice(0, j) + b.slice(i, i + m) + b.slice(j));
      }
      case 3: { // flip a bit
        if (n === 0) continue;
        const i = prng.intn(n);
        return set(b, i, b.charCodeAt(i) ^ (1 << prng.intn(8)));
      }
      case 4: case 5: { // set a byte to a random value
        if (n === 0) continue;
        return set(b, prng.intn(n), prng.intn(256));
      }
      case 6: { // set a byte to an interesting value
        if (n === 0) continue;
        return set(b, prng.intn(n), interesting8[prng.intn(interesting8.length)]! & 0xff);
      }
      case 7: { // swap two bytes
        if (n < 2) continue;
        const i = prng.intn(n);
        const j = prng.intn(n);
        return set(set(b, i, b.charCodeAt(j)), j, b.charCodeAt(i));
      }
      case 8: { // add to a byte
        if (n === 0) continue;
        const i = prng.intn(n);
        return set(b, i, (b.charCodeAt(i) + 1 + prng.intn(35) - 17) & 0xff);
      }
      default: { // append a printable byte (ASCII inputs grow quickly this way)
        return cap(b + String.fromCharCode(0x20 + prng.intn(95)));
      }
    }
  }
}

/** Inserts a dictionary token into b, or writes it over b's bytes. */
function dictBytes(prng: Prng, b: string, dict: Dictionary): string {
  const tok = dict.tokens[prng.intn(dict.tokens.length)]!;
  const i = prng.intn(b.length + 1);
  if (prng.intn(2) === 0) return cap(b.slice(0, i) + tok + b.slice(i));
  return cap(b.slice(0, i) + tok + b.slice(i + tok.length));
}

function set(b: string, i: number, c: number): string {
  return b.slice(0, i) + String.fromCharCode(c) + b.slice(i + 1);
}

function cap(b: string): string {
  return b.length > maxBytes ? b.slice(0, maxBytes) : b;
}
