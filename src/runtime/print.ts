// The print and println builtins, and the value printing of panic messages.
//
// Models Go 1.19's runtime/print.go: printfloat's "+1.500000e+000" format (seven digits, done
// with the same float64 operations so the digits match), printcomplex, printbool, integers in
// decimal, and printpanicval's forms for custom types: `main.T(5)`, `main.S("x")`,
// `(main.T) 0xADDR`.
//
// Simplification: pointers, slices, maps and funcs print a simulated address (gort has no real
// one); Go prints real addresses, which differ per run anyway.

import { S, machine } from "./state.js";
import { Complex, Iface, Kind, Slice } from "./value.js";

export function printfloat(v: number): string {
  if (v !== v) return "NaN";
  if (v + v === v && v > 0) return "+Inf";
  if (v + v === v && v < 0) return "-Inf";
  const n = 7;
  const buf: string[] = new Array(n + 7).fill("0");
  buf[0] = "+";
  let e = 0;
  if (v === 0) {
    if (1 / v < 0) buf[0] = "-";
  } else {
    if (v < 0) {
      v = -v;
      buf[0] = "-";
    }
    while (v >= 10) {
      e++;
      v /= 10;
    }
    while (v < 1) {
      e--;
      v *= 10;
    }
    let h = 5.0;
    for (let i = 0; i < n; i++) h /= 10;
    v += h;
    if (v >= 10) {
      e++;
      v /= 10;
    }
  }
  for (let i = 0; i < n; i++) {
    const s = Math.trunc(v);
    buf[i + 2] = String.fromCharCode(s + 48);
    v -= s;
    v *= 10;
  }
  buf[1] = buf[2]!;
  buf[2] = ".";
  buf[n + 2] = "e";
  buf[n + 3] = "+";
  if (e < 0) {
    e = -e;
    buf[n + 3] = "-";
  }
  buf[n + 4] = String.fromCharCode(Math.floor(e / 100) + 48);
  buf[n + 5] = String.fromCharCode((Math.floor(e / 10) % 10) + 48);
  buf[n + 6] = String.fromCharCode((e % 10) + 48);
  return buf.join("");
}

export function printcomplex(c: Complex): string {
  return "(" + printfloat(c.re) + printfloat(c.im) + "i)";
}

export { addrOf } from "./addr.js";
import { addrOf } from "./addr.js";

function hex(n: number): string {
  return "0x" + n.toString(16);
}

/** One argument of print/println, by its static kind. */
function printOne(kind: string, v: any): string {
  switch (kind) {
    case "string": return v;
    case "bool": return v ? "true" : "false";
    case "int": case "uint": return String(v);
    case "float": return printfloat(v);
    case "complex": return printcomplex(v);
    case "nil": return "nil";
    case "eface": case "iface":
      return v === null ? "(0x0,0x0)" : `(${hex(addrOf(v.t))},${hex(addrOf(v))})`;
    case "slice":
      return v === null ? "[0/0]0x0" : `[${v.len}/${v.cap}]${hex(addrOf(v.a))}`;
    default:
      return hex(addrOf(v));
  }
}

export function printArgs(parts: [string, any][], ln: boolean): void {
  let s = "";
  parts.forEach(([k, v], i) => {
    if (ln && i > 0) s += " ";
    s += printOne(k, v);
  });
  if (ln) s += "\n";
  machine.write(2, s);
  void S;
}

/** printpanicval for a value that is neither an error nor a Stringer. */
export function printValue(v: Iface): string {
  const t = v.t;
  const x = v.v;
  const plain = !t.named || (t.pkgPath === "" && t.name !== "");
  switch (t.kind) {
    case Kind.Bool:
      return plain ? String(x) : `${t.str}(${x})`;
    case Kind.Int: case Kind.Int8: case Kind.Int16: case Kind.Int32: case Kind.Int64:
    case Kind.Uint: case Kind.Uint8: case Kind.Uint16: case Kind.Uint32: case Kind.Uint64:
    case Kind.Uintptr:
      return plain ? String(x) : `${t.str}(${x})`;
    case Kind.Float32: case Kind.Float64:
      return plain ? printfloat(x as number) : `${t.str}(${printfloat(x as number)})`;
    case Kind.Complex64: case Kind.Complex128:
      return plain ? printcomplex(x as Complex) : `${t.str}${printcomplex(x as Complex)}`;
    case Kind.String:
      return plain ? (x as string) : `${t.str}("${x}")`;
    default:
      return `(${t.str}) ${hex(addrOf(x instanceof Slice ? x.a : x))}`;
  }
}
