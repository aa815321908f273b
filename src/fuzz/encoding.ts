// The corpus file format of `go test -fuzz`: "go test fuzz v1", then one Go conversion per line.
//
// Models Go 1.19's internal/fuzz/encoding.go: marshalCorpusFile writes each value as Go's fmt
// prints it (`[]byte("...")`, `string("...")`, `int(5)`, `rune('x')`, `byte('a')`,
// `float64(1.5)`, `math.Float64frombits(0x...)` for an unusual NaN), and unmarshalCorpusFile
// reads it back. stdlib/testing/fuzz.go has the same code in Go, for the test binary; this copy
// is the driver's, which mutates values and names the files it writes.
//
// Terms: a value's type is its reflect name ("uint8" for byte, "int32" for rune); []byte and
// string values are byte strings (one char per byte), integers bigints, floats numbers (a
// float32 rounded with Math.fround), bools booleans.
//
// Simplification: a line is parsed as a conversion of one literal (optionally negated), not as
// any Go expression go/parser accepts.

import { quote, quoteRune, unquote, unquoteChar, validRune } from "../stdlib/native/strconv_quote.js";
import { formatFloat } from "../stdlib/native/strconv_ftoa.js";

export type FuzzType =
  | "[]uint8" | "string" | "bool" | "float32" | "float64"
  | "int" | "int8" | "int16" | "int32" | "int64" | "uint" | "uint8" | "uint16" | "uint32" | "uint64";

export type FuzzValue = string | bigint | number | boolean;

const encVersion1 = "go test fuzz v1";

/** The bits and signedness of each integer type. */
export const intTypes: Record<string, { bits: number; signed: boolean }> = {
  int: { bits: 64, signed: true }, int8: { bits: 8, signed: true }, int16: { bits: 16, signed: true },
  int32: { bits: 32, signed: true }, int64: { bits: 64, signed: true }, uint: { bits: 64, signed: false },
  uint8: { bits: 8, signed: false }, uint16: { bits: 16, signed: false }, uint32: { bits: 32, signed: false },
  uint64: { bits: 64, signed: false },
};

/** An integer wrapped to its type's width, as a Go conversion does. */
export function wrapInt(t: string, v: bigint): bigint {
  const it = intTypes[t]!;
  return it.signed ? BigInt.asIntN(it.bits, v) : BigInt.asUintN(it.bits, v);
}

const nan64 = 0x7ff8000000000001n;
const nan32 = 0x7fc00000;

function f64bits(v: number): bigint {
  const dv = new DataView(new ArrayBuffer(8));
  dv.setFloat64(0, v);
  return dv.getBigUint64(0);
}

function f32bits(v: number): number {
  const dv = new DataView(new ArrayBuffer(4));
  dv.setFloat32(0, v);
  return dv.getUint32(0);
}

/** One value's line, as Go's marshalCorpusFile prints it. */
function marshalValue(t: FuzzType, v: FuzzValue): string {
  switch (t) {
    case "[]uint8": return `[]byte(${quote(v as string)})`;
    case "string": return `string(${quote(v as string)})`;
    case "bool": return `bool(${String(v)})`;
    case "uint8": return `byte(${quoteRune(Number(v))})`;
    case "int32": {
      const r = Number(v);
      return validRune(r) ? `rune(${quoteRune(r)})` : `int32(${r})`;
    }
    case "float32": {
      const bits = f32bits(v as number);
      if (Number.isNaN(v) && bits !== nan32) return `math.Float32frombits(0x${bits.toString(16)})`;
      return `float32(${formatFloat(v as number, "g", -1, 32)})`;
    }
    case "float64": {
      const bits = f64bits(v as number);
      if (Number.isNaN(v) && bits !== nan64) return `math.Float64frombits(0x${bits.toString(16)})`;
      return `float64(${formatFloat(v as number, "g", -1, 64)})`;
    }
    default: return `${t}(${String(v)})`;
  }
}

/** The corpus file of vals (a byte string). */
export function marshalCorpusFile(types: readonly FuzzType[], vals: readonly FuzzValue[]): string {
  return encVersion1 + "\n" + vals.map((v, i) => marshalValue(types[i]!, v) + "\n").join("");
}

/** The values of a corpus file, checked against types, or the reason it is malformed. */
export function unmarshalCorpusFile(b: string, types: readonly FuzzType[]): FuzzValue[] | string {
  const lines = b.split("\n");
  if (b === "") return "cannot unmarshal empty string";
  if (lines.length < 2) return "must include version and at least one value";
  if (lines[0]!.replace(/\r$/, "") !== encVersion1) return `unknown encoding version: ${lines[0]}`;
  const vals: FuzzValue[] = [];
  for (const raw of lines.slice(1)) {
    const line = raw.trim();
    if (line === "") continue;
    const t = types[vals.length];
    if (t === undefined) return `wrong number of values in corpus entry`;
    const v = parseValue(line, t);
    if (typeof v === "object") return `malformed line ${JSON.stringify(line)}: ${v.err}`;
    vals.push(v);
  }
  if (vals.length !== types.length) return `wrong number of values in corpus entry: ${vals.length}, want ${types.length}`;
  return vals;
}

/** The names a line may convert to each type (byte and rune are aliases). */
const typeNames: Record<FuzzType, string[]> = {
  "[]uint8": ["[]byte", "[]uint8"], string: ["string"], bool: ["bool"], float32: ["float32", "math.Float32frombits"],
  float64: ["float64", "math.Float64frombits"], int: ["int"], int8: ["int8"], int16: ["int16"],
  int32: ["int32", "rune"], int64: ["int64"], uint: ["uint"], uint8: ["uint8", "byte"], uint16: ["uint16"],
  uint32: ["uint32"], uint64: ["uint64"],
};

function parseValue(line: string, t: FuzzType): FuzzValue | { err: string } {
  const open = line.indexOf("(");
  if (open < 0 || !line.endsWith(")")) return { err: "expected call expression" };
  const name = line.slice(0, open);
  const lit = line.slice(open + 1, -1).trim();
  if (!typeNames[t].includes(name)) return { err: `mismatched type ${name}, want ${t}` };
  if (t === "[]uint8" || t === "string") {
    const s = unquote(lit);
    return s === undefined ? { err: `string literal value required for type ${name}` } : s;
  }
  if (t === "bool") return lit === "true" || lit === "false" ? lit === "true" : { err: "bool literal value required for type bool" };
  if (name.startsWith("math.")) {
    if (!/^0[xX][0-9a-fA-F]+$/.test(lit)) return { err: "invalid uint literal" };
    const bits = BigInt(lit);
    const dv = new DataView(new ArrayBuffer(8));
    if (t === "float32") {
      dv.setUint32(0, Number(bits));
      return dv.getFloat32(0);
    }
    dv.setBigUint64(0, bits);
    return dv.getFloat64(0);
  }
  if (t === "float32" || t === "float64") {
    const v = /^[+-]?Inf$/.test(lit) ? (lit.startsWith("-") ? -Infinity : Infinity) : lit === "NaN" ? NaN : Number(lit);
    if (Number.isNaN(v) && lit !== "NaN") return { err: `invalid float literal ${lit}` };
    return t === "float32" ? Math.fround(v) : v;
  }
  return parseInteger(lit, t);
}

function parseInteger(lit: string, t: FuzzType): bigint | { err: string } {
  let neg = false;
  let s = lit;
  if (s.startsWith("-")) {
    neg = true;
    s = s.slice(1).trim();
  }
  let v: bigint;
  if (s.startsWith("'")) {
    const r = unquoteChar(s.slice(1, -1), 0x27);
    if (r === undefined || r[2] !== "" || !s.endsWith("'")) return { err: `invalid character literal ${lit}` };
    v = BigInt(r[0]);
  } else if (/^(0[xX][0-9a-fA-F_]+|0[bB][01_]+|0[oO]?[0-7_]*|[1-9][0-9_]*)$/.test(s)) {
    const d = s.replace(/_/g, "");
    v = /^0[0-7]+$/.test(d) ? BigInt("0o" + d.slice(1)) : BigInt(d);
  } else return { err: `invalid integer literal ${lit}` };
  if (neg) v = -v;
  if (wrapInt(t, v) !== v) return { err: `value ${lit} out of range for ${t}` };
  return v;
}
