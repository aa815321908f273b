// Formatting helpers for the checker's messages: type strings, expression strings, operands.
//
// Models go/types (Go 1.19, types2 flavour as used by gc): typestring.go (TypeString with a
// qualifier), syntax.String via types2's ExprString (composite and function literal bodies are
// shortened to "{…}"), and operand.go's operandString.
//
// Invariants: the functions here never fail; an unexpected node prints as "?" rather than throw.

import type * as ast from "../ast.js";
import * as types from "../types.js";
import { constString } from "../constant.js";

/** A diagnostic, shaped like src/frontend/diag.ts's Diagnostic. soft: an "unused" kind of error. */
export interface Diagnostic {
  pos: ast.Pos;
  msg: string;
  soft?: boolean;
  /** gort's "X is not supported yet" (see diag.ts). */
  unsupported?: true;
}

/** A Qualifier decides how a package is named in a type string ("" omits the qualifier). */
export type Qualifier = (pkg: types.Package) => string;

/** The universe's `any`, set by universe.ts; printed as "any". */
export const anyHolder: { type: types.Interface | undefined } = { type: undefined };

/** go/types' Unsafe package, set by universe.ts: unsafe.Pointer is printed qualified by it. */
export const unsafeHolder: { pkg: types.Package | undefined } = { pkg: undefined };

export function typeString(t: types.Type, qf?: Qualifier): string {
  const parts: string[] = [];
  writeType(parts, t, qf, new Set());
  return parts.join("");
}

function writeType(w: string[], t: types.Type, qf: Qualifier | undefined, seen: Set<types.Type>): void {
  switch (t.tag) {
    case "Basic":
      // typestring.go: the exported Basic (unsafe.Pointer) is named by its package.
      if (t.kind === types.BasicKind.UnsafePointer) {
        const q = qf ? qf(unsafeHolder.pkg!) : "unsafe";
        if (q) w.push(q, ".");
      }
      w.push(t.name);
      return;
    case "Named": {
      const obj = t.obj;
      if (obj.pkg) {
        const q = qf ? qf(obj.pkg) : obj.pkg.path;
        if (q) w.push(q, ".");
      }
      w.push(obj.name);
      if (t.targs) {
        w.push("[");
        t.targs.forEach((a, i) => {
          if (i > 0) w.push(",");
          writeType(w, a, qf, seen);
        });
        w.push("]");
      }
      return;
    }
    case "Pointer":
      w.push("*");
      writeType(w, t.elem, qf, seen);
      return;
    case "Array":
      w.push(`[${BigInt(t.len)}]`);
      writeType(w, t.elem, qf, seen);
      return;
    case "Slice":
      w.push("[]");
      writeType(w, t.elem, qf, seen);
      return;
    case "Map":
      w.push("map[");
      writeType(w, t.key, qf, seen);
      w.push("]");
      writeType(w, t.elem, qf, seen);
      return;
    case "Chan":
      writeChan(w, t, qf, seen);
      return;
    case "Struct":
      writeStruct(w, t, qf, seen);
      return;
    case "Tuple":
      writeTuple(w, t, false, qf, seen);
      return;
    case "Signature":
      w.push("func");
      writeSignature(w, t, qf, seen);
      return;
    case "Interface":
      writeInterface(w, t, qf, seen);
      return;
  }
}

function writeChan(w: string[], t: types.Chan, qf: Qualifier | undefined, seen: Set<types.Type>): void {
  let parens = false;
  if (t.dir === "send") w.push("chan<- ");
  else if (t.dir === "recv") w.push("<-chan ");
  else {
    w.push("chan ");
    parens = t.elem.tag === "Chan" && t.elem.dir === "recv";
  }
  if (parens) w.push("(");
  writeType(w, t.elem, qf, seen);
  if (parens) w.push(")");
}

function writeStruct(w: string[], t: types.Struct, qf: Qualifier | undefined, seen: Set<types.Type>): void {
  w.push("struct{");
  t.fields.forEach((f, i) => {
    if (i > 0) w.push("; ");
    if (!f.embedded) w.push(f.name, " ");
    writeType(w, f.type, qf, seen);
    const tag = t.tags[i];
    if (tag) w.push(" ", JSON.stringify(tag));
  });
  w.push("}");
}

function writeTuple(
  w: string[],
  t: types.Tuple,
  variadic: boolean,
  qf: Qualifier | undefined,
  seen: Set<types.Type>,
): void {
  w.push("(");
  t.vars.forEach((v, i) => {
    if (i > 0) w.push(", ");
    if (v.name !== "") w.push(v.name, " ");
    if (variadic && i === t.vars.length - 1 && v.type.tag === "Slice") {
      w.push("...");
      writeType(w, v.type.elem, qf, seen);
    } else if (variadic && i === t.vars.length - 1) {
      // append([]byte, string...) has the signature func([]byte, string...) []byte.
      writeType(w, v.type, qf, seen);
      w.push("...");
    } else {
      writeType(w, v.type, qf, seen);
    }
  });
  w.push(")");
}

export function writeSignature(
  w: string[],
  s: types.Signature,
  qf: Qualifier | undefined,
  seen: Set<types.Type> = new Set(),
): void {
  writeTuple(w, s.params, s.variadic, qf, seen);
  const n = s.results.vars.length;
  if (n === 0) return;
  w.push(" ");
  if (n === 1 && s.results.vars[0]!.name === "") {
    writeType(w, s.results.vars[0]!.type, qf, seen);
    return;
  }
  writeTuple(w, s.results, false, qf, seen);
}

function writeInterface(w: string[], t: types.Interface, qf: Qualifier | undefined, seen: Set<types.Type>): void {
  if (t === anyHolder.type) {
    w.push("any");
    return;
  }
  if (seen.has(t)) {
    w.push("interface{...}");
    return;
  }
  const terms = (): void => {
    t.terms!.forEach((term, i) => {
      if (i > 0) w.push(" | ");
      if (term.tilde) w.push("~");
      writeType(w, term.type, qf, seen);
    });
  };
  if (t.terms && t.methods.length === 0 && t.embeddeds.length === 0) {
    // An implicit constraint interface ([T ~int | string]) prints as its union.
    seen.add(t);
    terms();
    seen.delete(t);
    return;
  }
  seen.add(t);
  w.push("interface{");
  let first = true;
  // comparable prints once: as the embedded interface that brought it, if one did.
  if (t.comparable && !t.embeddeds.some((e) => e.tag === "Named" && e.obj.name === "comparable" && e.obj.pkg === undefined)) {
    w.push("comparable");
    first = false;
  }
  if (t.terms) {
    if (!first) w.push("; ");
    first = false;
    terms();
  }
  for (const m of t.methods) {
    if (!first) w.push("; ");
    first = false;
    w.push(m.name);
    writeSignature(w, m.type, qf, seen);
  }
  for (const e of t.embeddeds) {
    if (!first) w.push("; ");
    first = false;
    writeType(w, e, qf, seen);
  }
  w.push("}");
  seen.delete(t);
}

// ---- Expressions ---------------------------------------------------------------------------------

const binPrec: Record<string, number> = {
  "||": 1, "&&": 2,
  "==": 3, "!=": 3, "<": 3, "<=": 3, ">": 3, ">=": 3,
  "+": 4, "-": 4, "|": 4, "^": 4,
  "*": 5, "/": 5, "%": 5, "<<": 5, ">>": 5, "&": 5, "&^": 5,
};

/** exprString formats an expression as types2's ExprString (syntax.String, short form). */
export function exprString(e: ast.Expr): string {
  switch (e.kind) {
    case "BadExpr": return "BadExpr";
    case "Ident": return e.name;
    case "Ellipsis": return e.elt ? "..." + exprString(e.elt) : "...";
    case "BasicLit": return e.value;
    case "FuncLit": return exprString(e.type) + " {…}";
    case "CompositeLit":
      return (e.type ? exprString(e.type) : "") + (e.elts.length > 0 ? "{…}" : "{}");
    case "ParenExpr": return "(" + exprString(e.x) + ")";
    case "SelectorExpr": return exprString(e.x) + "." + e.sel.name;
    case "IndexExpr": return exprString(e.x) + "[" + exprString(e.index) + "]";
    case "IndexListExpr": return exprString(e.x) + "[" + e.indices.map(exprString).join(", ") + "]";
    case "SliceExpr": {
      let s = exprString(e.x) + "[";
      if (e.low) s += exprString(e.low);
      s += ":";
      if (e.high) s += exprString(e.high);
      if (e.slice3) s += ":" + (e.max ? exprString(e.max) : "");
      return s + "]";
    }
    case "TypeAssertExpr": return exprString(e.x) + ".(" + (e.type ? exprString(e.type) : "type") + ")";
    case "CallExpr":
      return exprString(e.fun) + "(" + e.args.map(exprString).join(", ") + (e.hasEllipsis ? "..." : "") + ")";
    case "StarExpr": return "*" + exprString(e.x);
    case "UnaryExpr": return e.op + exprString(e.x);
    case "BinaryExpr": return binaryString(e);
    case "KeyValueExpr": return exprString(e.key) + ": " + exprString(e.value);
    case "ArrayType": return "[" + (e.len ? exprString(e.len) : "") + "]" + exprString(e.elt);
    case "StructType": return "struct{" + fieldsString(e.fields, "; ") + "}";
    case "FuncType": return "func" + sigString(e);
    case "InterfaceType": return interfaceString(e);
    case "MapType": return "map[" + exprString(e.key) + "]" + exprString(e.value);
    case "ChanType": {
      const p = e.dir === "send" ? "chan<- " : e.dir === "recv" ? "<-chan " : "chan ";
      const inner = exprString(e.value);
      return p + (e.dir === "both" && e.value.kind === "ChanType" && e.value.dir === "recv" ? `(${inner})` : inner);
    }
  }
}

function binaryString(e: ast.BinaryExpr): string {
  const p = binPrec[e.op]!;
  const side = (x: ast.Expr, right: boolean) => {
    const s = exprString(x);
    if (x.kind === "BinaryExpr") {
      const q = binPrec[x.op]!;
      if (q < p || (right && q === p)) return "(" + s + ")";
    }
    return s;
  };
  return side(e.x, false) + " " + e.op + " " + side(e.y, true);
}

function fieldsString(fields: ast.Field[], sep: string): string {
  return fields
    .map((f) => {
      const names = f.names.map((n) => n.name).join(", ");
      let s = names ? names + " " + exprString(f.type) : exprString(f.type);
      if (f.tag !== undefined) s += " " + JSON.stringify(f.tag);
      return s;
    })
    .join(sep);
}

function sigString(t: ast.FuncType): string {
  let s = "(" + fieldsString(t.params, ", ") + ")";
  if (t.results.length === 0) return s;
  const r = t.results;
  if (r.length === 1 && r[0]!.names.length === 0) return s + " " + exprString(r[0]!.type);
  return s + " (" + fieldsString(r, ", ") + ")";
}

function interfaceString(e: ast.InterfaceType): string {
  const parts = e.methods.map((m) => {
    if (m.names.length > 0 && m.type.kind === "FuncType") return m.names[0]!.name + sigString(m.type);
    return exprString(m.type);
  });
  return "interface{" + parts.join("; ") + "}";
}

// ---- Operands ------------------------------------------------------------------------------------

export type OperandMode =
  | "invalid"
  | "novalue"
  | "builtin"
  | "typexpr"
  | "constant"
  | "variable"
  | "mapindex"
  | "value"
  | "commaok";

const modeString: Record<OperandMode, string> = {
  invalid: "invalid operand",
  novalue: "no value",
  builtin: "built-in",
  typexpr: "type",
  constant: "constant",
  variable: "variable",
  mapindex: "map index expression",
  value: "value",
  commaok: "comma, ok expression",
};

interface OperandLike {
  mode: OperandMode;
  expr: ast.Expr | undefined;
  type: types.Type;
  val?: import("../constant.js").ConstValue;
  builtinName?: string;
}

function isUntypedType(t: types.Type): boolean {
  return t.tag === "Basic" && (t.info & types.BasicInfo.IsUntyped) !== 0;
}

/** operandString formats an operand as types2's operandString. */
export function operandString(x: OperandLike, qf?: Qualifier): string {
  if (x.mode === "value" && x.type.tag === "Basic" && x.type.kind === types.BasicKind.UntypedNil) {
    return "nil";
  }
  let expr = "";
  if (x.expr) expr = exprString(x.expr);
  else if (x.mode === "builtin") expr = x.builtinName ?? "";
  else if (x.mode === "typexpr") expr = typeString(x.type, qf);
  else if (x.mode === "constant" && x.val) expr = constString(x.val);
  const w: string[] = [];
  if (expr !== "") w.push(expr, " (");
  let hasType = false;
  if (!["invalid", "novalue", "builtin", "typexpr"].includes(x.mode)) {
    if (isUntypedType(x.type)) w.push((x.type as types.Basic).name, " ");
    else hasType = true;
  }
  w.push(modeString[x.mode]);
  if (x.mode === "constant" && x.val) {
    const s = constString(x.val);
    if (s !== expr) w.push(" ", s);
  }
  if (hasType) {
    if (x.type.tag === "Basic" && x.type.kind === types.BasicKind.Invalid) w.push(" with invalid type");
    else w.push(" of type ", typeString(x.type, qf));
  }
  if (expr !== "") w.push(")");
  return w.join("");
}

/**
 * startPos returns where gc reports an error about expression e: syntax.StartPos of Go 1.19,
 * which descends into the leftmost operand but stops at a slice expression (reported at its
 * '[', as Go 1.19's StartPos lacks a SliceExpr case).
 */
export function startPos(e: ast.Expr): ast.Pos {
  for (;;) {
    switch (e.kind) {
      case "SliceExpr": return e.lbrack;
      case "BinaryExpr": e = e.x; continue;
      case "CallExpr": e = e.fun; continue;
      case "SelectorExpr": e = e.x; continue;
      case "IndexExpr": e = e.x; continue;
      case "TypeAssertExpr": e = e.x; continue;
      case "KeyValueExpr": return kvColon(e);
      case "CompositeLit": if (e.type) { e = e.type; continue; } return e.pos;
      default: return e.pos;
    }
  }
}

/** kvColon approximates the position of a key:value's colon (gc reports there): right after
 *  the key, as gofmt writes it. The AST does not record the colon. */
export function kvColon(e: ast.KeyValueExpr): ast.Pos {
  const k = startPos(e.key);
  const text = exprString(e.key);
  return { file: k.file, line: k.line, col: k.col + text.length };
}
