// Conversion of tree-sitter-c expression, statement and declarator nodes to gort's C tree.
//
// Not a model of a Go file. Follows C11's grammar as tree-sitter-c 0.24 names it (node types
// binary_expression, pointer_expression, for_statement, init_declarator, ...).
//
// Invariants: a convert function either returns a node or records a diagnostic and returns
// undefined; it never returns a partial node.
//
// Simplifications vs C11: constant expressions are evaluated by the interpreter, not folded;
// character constants with several characters and wide/UTF literals are rejected.

import type { Node } from "web-tree-sitter";
import type { CAssignOp, CBinOp, CExpr, CStmt, CVarDecl } from "./ast.js";
import { ParseCtx, utf8Bytes } from "./parse-ctx.js";
import type { CType } from "./types.js";

const BIN_OPS = new Set<string>([
  "+", "-", "*", "/", "%", "<<", ">>", "&", "|", "^", "<", ">", "<=", ">=", "==", "!=", "&&", "||",
]);
const ASSIGN_OPS = new Set<string>(["=", "+=", "-=", "*=", "/=", "%=", "<<=", ">>=", "&=", "|=", "^="]);

/** The named children of n, without comments. */
export function kids(n: Node): Node[] {
  const out: Node[] = [];
  for (const c of n.namedChildren) if (c !== null && c.type !== "comment") out.push(c);
  return out;
}

/** A type_descriptor (`unsigned long`, `char *`) to a CType. */
function typeDescriptor(cx: ParseCtx, n: Node): CType | undefined {
  let t = cx.baseType(n.childForFieldName("type"));
  let d = n.childForFieldName("declarator");
  while (t !== undefined && d !== null) {
    if (d.type !== "abstract_pointer_declarator") {
      cx.unsupported(d, "abstract declarators other than pointers");
      return undefined;
    }
    t = cx.pointer(d, t);
    d = d.childForFieldName("declarator");
  }
  return t;
}

/** Unwrap pointer declarators: the declared name's node, its type and array length. */
export function declarator(
  cx: ParseCtx, d: Node, t: CType,
): { name: Node; t: CType; arrayLen?: number } | undefined {
  let cur: Node | null = d;
  let ty: CType | undefined = t;
  let arrayLen: number | undefined;
  while (cur !== null && ty !== undefined) {
    if (cur.type === "identifier") return { name: cur, t: ty, arrayLen };
    if (cur.type === "pointer_declarator") {
      ty = cx.pointer(cur, ty);
    } else if (cur.type === "array_declarator" && arrayLen === undefined) {
      const size = cur.childForFieldName("size");
      const v = size === null ? undefined : intLiteral(cx, size);
      if (size === null || v === undefined || typeof v.v !== "number" || v.v <= 0) {
        cx.unsupported(cur, "arrays without a constant size");
        return undefined;
      }
      arrayLen = v.v;
    } else {
      cx.unsupported(cur, cur.type === "function_declarator" ? "function pointers" : cur.type.replace(/_/g, " ") + "s");
      return undefined;
    }
    cur = cur.childForFieldName("declarator");
  }
  return undefined;
}

/** A `declaration` node: one or more variables (local: inside a function). */
export function declaration(cx: ParseCtx, n: Node, local = true): CVarDecl[] | undefined {
  // A static local keeps its value between calls: gort's locals are automatic ones (the
  // declaration is read on, so that its uses report nothing more).
  const storage = local ? n.namedChildren.find((k) => k?.type === "storage_class_specifier" && k.text === "static") : undefined;
  if (storage) cx.unsupported(storage, "static local variables");
  const base = cx.baseType(n.childForFieldName("type"));
  if (base === undefined) return undefined;
  const out: CVarDecl[] = [];
  for (const d of n.childrenForFieldName("declarator")) {
    if (d === null) continue;
    const init = d.type === "init_declarator" ? d.childForFieldName("value") : null;
    const inner = d.type === "init_declarator" ? d.childForFieldName("declarator") : d;
    if (inner === null) return undefined;
    const r = declarator(cx, inner, base);
    if (r === undefined) return undefined;
    const v: CVarDecl = { pos: cx.pos(r.name), name: r.name.text, t: r.t };
    if (r.arrayLen !== undefined) v.arrayLen = r.arrayLen;
    if (init !== null) {
      if (init.type === "initializer_list") {
        cx.unsupported(init, "initializer lists");
        return undefined;
      }
      const e = expr(cx, init);
      if (e === undefined) return undefined;
      v.init = e;
    }
    if (v.arrayLen !== undefined && v.init !== undefined) {
      cx.unsupported(init!, "array initializers");
      return undefined;
    }
    out.push(v);
  }
  return out;
}

/** An integer literal (decimal, octal, hex, with u/l suffixes), typed as C11 6.4.4.1 says. */
function intLiteral(cx: ParseCtx, n: Node, text = n.text): (CExpr & { k: "int" }) | undefined {
  const m = /^(0[xX][0-9a-fA-F]+|0[bB][01]+|[0-9]+)([uUlL]*)$/.exec(text);
  if (m === null) return undefined;
  const digits = m[1]!;
  const suffix = m[2]!.toLowerCase();
  const v =
    digits.length > 1 && digits[0] === "0" && /^[0-7]+$/.test(digits)
      ? BigInt("0o" + digits.slice(1))
      : BigInt(digits);
  const decimal = /^[1-9]/.test(digits) || digits === "0";
  const u = suffix.includes("u");
  const l = suffix.includes("ll") ? 2 : suffix.includes("l") ? 1 : 0;
  const cands: CType[] = [];
  if (l === 0) cands.push(...(u ? ["uint"] : decimal ? ["int"] : ["int", "uint"]) as CType[]);
  if (l <= 1) cands.push(...(u ? ["ulong"] : decimal ? ["long"] : ["long", "ulong"]) as CType[]);
  cands.push(...(u ? ["ulonglong"] : decimal ? ["longlong"] : ["longlong", "ulonglong"]) as CType[]);
  const lim: Record<string, bigint> = {
    int: 0x7fffffffn, uint: 0xffffffffn, long: 0x7fffffffffffffffn, ulong: 0xffffffffffffffffn,
    longlong: 0x7fffffffffffffffn, ulonglong: 0xffffffffffffffffn,
  };
  const t = cands.find((c) => v <= lim[c]!);
  if (t === undefined) {
    cx.error(n, "C integer constant is too large");
    return undefined;
  }
  const num = v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
  return { k: "int", pos: cx.pos(n), v: num, t };
}

function numberLiteral(cx: ParseCtx, n: Node): CExpr | undefined {
  // tree-sitter-c folds a leading minus sign into the literal: -7 is C's unary minus on 7.
  const m0 = /^([-+])\s*/.exec(n.text);
  if (m0 !== null) {
    const x = unsignedNumber(cx, n, n.text.slice(m0[0].length));
    return x === undefined ? undefined : { k: "un", pos: cx.pos(n), op: m0[1] as "-" | "+", x };
  }
  return unsignedNumber(cx, n, n.text);
}

function unsignedNumber(cx: ParseCtx, n: Node, text: string): CExpr | undefined {
  const i = intLiteral(cx, n, text);
  if (i !== undefined) return i;
  const m = /^((?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?)([fFlL]?)$/.exec(text);
  if (m !== null && !/^[0-9]+$/.test(m[1]!)) {
    const suf = m[2]!.toLowerCase();
    if (suf === "l") {
      cx.unsupported(n, "long double constants");
      return undefined;
    }
    const v = Number(m[1]);
    return suf === "f"
      ? { k: "float", pos: cx.pos(n), v: Math.fround(v), t: "float" }
      : { k: "float", pos: cx.pos(n), v, t: "double" };
  }
  cx.unsupported(n, `number syntax ${JSON.stringify(text)}`);
  return undefined;
}

const SIMPLE_ESC: Record<string, number> = {
  n: 10, t: 9, r: 13, "0": 0, "\\": 92, "'": 39, '"': 34, "?": 63, a: 7, b: 8, f: 12, v: 11, e: 27,
};

/** Decode the escapes of a C literal body to a byte string. */
function unescapeC(cx: ParseCtx, n: Node, body: string): string | undefined {
  let out = "";
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c !== "\\") {
      out += utf8Bytes(c);
      continue;
    }
    const e = body[++i] ?? "";
    let m: RegExpExecArray | null;
    if ((m = /^[0-7]{1,3}/.exec(body.slice(i))) !== null) {
      out += String.fromCharCode(parseInt(m[0], 8) & 0xff);
      i += m[0].length - 1;
    } else if (e === "x" && (m = /^[0-9a-fA-F]+/.exec(body.slice(i + 1))) !== null) {
      out += String.fromCharCode(parseInt(m[0].slice(-2), 16) & 0xff);
      i += m[0].length;
    } else if (e in SIMPLE_ESC) {
      out += String.fromCharCode(SIMPLE_ESC[e]!);
    } else {
      cx.unsupported(n, `escape sequence \\${e}`);
      return undefined;
    }
  }
  return out;
}

function stringLiteral(cx: ParseCtx, n: Node): CExpr | undefined {
  const parts = n.type === "concatenated_string" ? kids(n) : [n];
  let bytes = "";
  for (const p of parts) {
    if (p.type !== "string_literal" || !p.text.startsWith('"')) {
      cx.unsupported(p, "wide or macro string literals");
      return undefined;
    }
    const b = unescapeC(cx, p, p.text.slice(1, -1));
    if (b === undefined) return undefined;
    bytes += b;
  }
  return { k: "str", pos: cx.pos(n), bytes };
}

function charLiteral(cx: ParseCtx, n: Node): CExpr | undefined {
  if (!n.text.startsWith("'")) {
    cx.unsupported(n, "wide character constants");
    return undefined;
  }
  const b = unescapeC(cx, n, n.text.slice(1, -1));
  if (b === undefined) return undefined;
  if (b.length !== 1) {
    cx.unsupported(n, "multi-character constants");
    return undefined;
  }
  // A plain char constant has type int and the value of the (signed) char.
  return { k: "int", pos: cx.pos(n), v: (b.charCodeAt(0) << 24) >> 24, t: "int" };
}

/** Convert an expression node. */
export function expr(cx: ParseCtx, n: Node): CExpr | undefined {
  const pos = cx.pos(n);
  const f = (name: string): CExpr | undefined => {
    const c = n.childForFieldName(name);
    return c === null ? undefined : expr(cx, c);
  };
  const opText = n.childForFieldName("operator")?.type ?? "";
  switch (n.type) {
    case "number_literal": return numberLiteral(cx, n);
    case "char_literal": return charLiteral(cx, n);
    case "string_literal": case "concatenated_string": return stringLiteral(cx, n);
    case "null": return { k: "cast", pos, t: "void*", x: { k: "int", pos, v: 0, t: "int" } };
    case "true": case "false": cx.unsupported(n, "bool constants"); return undefined;
    case "identifier": {
      const m = cx.macros.get(n.text) as CExpr | undefined;
      return m ?? { k: "id", pos, name: n.text };
    }
    case "parenthesized_expression": {
      const k = kids(n);
      if (k.length !== 1) { cx.unsupported(n, "this parenthesized form"); return undefined; }
      return expr(cx, k[0]!);
    }
    case "binary_expression": {
      const x = f("left"), y = f("right");
      if (x === undefined || y === undefined || !BIN_OPS.has(opText)) return undefined;
      return { k: "bin", pos, op: opText as CBinOp, x, y };
    }
    case "assignment_expression": {
      const x = f("left"), y = f("right");
      if (x === undefined || y === undefined || !ASSIGN_OPS.has(opText)) return undefined;
      return { k: "asg", pos, op: opText as CAssignOp, x, y };
    }
    case "unary_expression": {
      const x = f("argument");
      if (x === undefined) return undefined;
      return { k: "un", pos, op: opText as "-" | "+" | "!" | "~", x };
    }
    case "pointer_expression": {
      const x = f("argument");
      if (x === undefined) return undefined;
      return opText === "*" ? { k: "deref", pos, x } : { k: "addr", pos, x };
    }
    case "update_expression": {
      const x = f("argument");
      if (x === undefined) return undefined;
      const prefix = n.child(0)?.type === "++" || n.child(0)?.type === "--";
      return { k: "upd", pos, op: opText as "++" | "--", prefix, x };
    }
    default:
      return expr2(cx, n, pos, f);
  }
}

function expr2(
  cx: ParseCtx, n: Node, pos: CExpr["pos"], f: (name: string) => CExpr | undefined,
): CExpr | undefined {
  switch (n.type) {
    case "call_expression": {
      const fn = n.childForFieldName("function");
      if (fn === null || fn.type !== "identifier") {
        cx.unsupported(n, "calls through function pointers");
        return undefined;
      }
      const args: CExpr[] = [];
      for (const a of kids(n.childForFieldName("arguments")!)) {
        const e = expr(cx, a);
        if (e === undefined) return undefined;
        args.push(e);
      }
      return { k: "call", pos, fn: fn.text, args };
    }
    case "subscript_expression": {
      const x = f("argument"), i = f("index");
      return x === undefined || i === undefined ? undefined : { k: "index", pos, x, i };
    }
    case "cast_expression": {
      const t = typeDescriptor(cx, n.childForFieldName("type")!);
      const x = f("value");
      return t === undefined || x === undefined ? undefined : { k: "cast", pos, t, x };
    }
    case "sizeof_expression": {
      const tn = n.childForFieldName("type");
      if (tn !== null) {
        const t = typeDescriptor(cx, tn);
        return t === undefined ? undefined : { k: "sizeof", pos, t };
      }
      const x = f("value");
      return x === undefined ? undefined : { k: "sizeof", pos, x };
    }
    case "conditional_expression": {
      const c = f("condition"), a = f("consequence"), b = f("alternative");
      if (c === undefined || a === undefined || b === undefined) return undefined;
      return { k: "cond", pos, c, a, b };
    }
    case "comma_expression": {
      const x = f("left"), y = f("right");
      return x === undefined || y === undefined ? undefined : { k: "comma", pos, x, y };
    }
    case "field_expression": cx.unsupported(n, "struct field access"); return undefined;
    case "compound_literal_expression": cx.unsupported(n, "compound literals"); return undefined;
    case "initializer_list": cx.unsupported(n, "initializer lists"); return undefined;
    case "ERROR": cx.error(n, "C syntax error"); return undefined;
    default:
      cx.unsupported(n, n.type.replace(/_/g, " ") + "s");
      return undefined;
  }
}

/** Convert a statement node. */
export function stmt(cx: ParseCtx, n: Node): CStmt | undefined {
  const pos = cx.pos(n);
  const sub = (name: string): CStmt | undefined => {
    const c = n.childForFieldName(name);
    return c === null ? undefined : stmt(cx, c);
  };
  const cond = (): CExpr | undefined => {
    const c = n.childForFieldName("condition");
    return c === null ? undefined : expr(cx, c);
  };
  switch (n.type) {
    case "compound_statement": {
      const body: CStmt[] = [];
      for (const c of kids(n)) {
        const s = stmt(cx, c);
        if (s !== undefined) body.push(s);
      }
      return { k: "block", pos, body };
    }
    case "declaration": {
      const vars = declaration(cx, n);
      return vars === undefined ? undefined : { k: "decl", pos, vars };
    }
    case "expression_statement": {
      const k = kids(n);
      if (k.length === 0) return { k: "empty", pos };
      const x = expr(cx, k[0]!);
      return x === undefined ? undefined : { k: "expr", pos, x };
    }
    case "if_statement": {
      const c = cond(), then = sub("consequence");
      if (c === undefined || then === undefined) return undefined;
      const alt = n.childForFieldName("alternative");
      if (alt === null) return { k: "if", pos, c, then };
      const e = kids(alt)[0];
      const els = e === undefined ? undefined : stmt(cx, e);
      return els === undefined ? undefined : { k: "if", pos, c, then, else: els };
    }
    case "while_statement": {
      const c = cond(), body = sub("body");
      return c === undefined || body === undefined ? undefined : { k: "while", pos, c, body };
    }
    case "do_statement": {
      const c = cond(), body = sub("body");
      return c === undefined || body === undefined ? undefined : { k: "do", pos, c, body };
    }
    case "for_statement": return forStmt(cx, n);
    case "return_statement": {
      const k = kids(n);
      if (k.length === 0) return { k: "return", pos };
      const x = expr(cx, k[0]!);
      return x === undefined ? undefined : { k: "return", pos, x };
    }
    case "break_statement": return { k: "break", pos };
    case "continue_statement": return { k: "continue", pos };
    case "switch_statement": cx.unsupported(n, "switch statements"); return undefined;
    case "goto_statement": cx.unsupported(n, "goto statements"); return undefined;
    case "labeled_statement": cx.unsupported(n, "labels"); return undefined;
    case "ERROR": cx.error(n, "C syntax error"); return undefined;
    default:
      if (n.type.startsWith("preproc_")) cx.unsupported(n, "preprocessor directives inside functions");
      else cx.unsupported(n, n.type.replace(/_/g, " ") + "s");
      return undefined;
  }
}

function forStmt(cx: ParseCtx, n: Node): CStmt | undefined {
  const pos = cx.pos(n);
  const out: CStmt & { k: "for" } = { k: "for", pos, body: { k: "empty", pos } };
  const init = n.childForFieldName("initializer");
  if (init !== null) {
    if (init.type === "declaration") {
      const vars = declaration(cx, init);
      if (vars === undefined) return undefined;
      out.init = { k: "decl", pos: cx.pos(init), vars };
    } else {
      const x = expr(cx, init);
      if (x === undefined) return undefined;
      out.init = { k: "expr", pos: cx.pos(init), x };
    }
  }
  const c = n.childForFieldName("condition");
  if (c !== null) {
    const x = expr(cx, c);
    if (x === undefined) return undefined;
    out.c = x;
  }
  const u = n.childForFieldName("update");
  if (u !== null) {
    const x = expr(cx, u);
    if (x === undefined) return undefined;
    out.post = x;
  }
  const b = n.childForFieldName("body");
  const body = b === null ? undefined : stmt(cx, b);
  if (body === undefined) return undefined;
  out.body = body;
  return out;
}
