// Parse a cgo preamble (the comment just before `import "C"`) into gort's C tree.
//
// Models the part of cmd/cgo (Go 1.19) that reads the preamble: `#cgo` directives are taken out
// (gort has no compiler flags to apply), `#include`s of the supported standard headers are
// accepted, and the rest is C that gcc would compile. Here tree-sitter-c parses it instead.
//
// Terms:
//   - preamble source: the comment's text, without markers, and the Go position of its first
//     character (ast.File.cgoPreamble, whose parser blanks the markers in place so that
//     columns do not move).
//   - supported headers: SUPPORTED_HEADERS. Any other `<header>` gets a diagnostic. A local
//     `#include "file.c"` is read through ParseOptions.includeFile when the host gives one.
//
// Invariants: parsePreamble is synchronous and takes an already loaded Language (Parser.init and
// Language.load are async and belong to the host layer). It never throws for bad C; it returns
// diagnostics, each positioned in the Go file (or in the included file).
//
// Simplifications vs cgo + gcc: no real preprocessor. Object-like `#define NAME expr` is
// supported as a named expression; function-like macros, #if/#ifdef and other directives get a
// diagnostic. Diagnostics are gort's own text, not gcc's.

import { Parser, type Language, type Node } from "web-tree-sitter";
import type { Pos } from "../frontend/ast.js";
import type { CFunc, CParam, CUnit, CVarDecl } from "./ast.js";
import { ParseCtx, type CDiag } from "./parse-ctx.js";
import { declaration, expr, kids, stmt } from "./parse-expr.js";
import type { CType } from "./types.js";

/** The standard headers a preamble may include. Their contents are built in (libc.ts). */
const SUPPORTED_HEADERS: readonly string[] = [
  "stdio.h", "stdlib.h", "unistd.h", "time.h", "string.h", "stdint.h", "poll.h",
  "sys/types.h", "errno.h", "stddef.h",
];

export interface PreambleSource {
  /** The comment's text, without its markers (as ast.File.cgoPreamble holds it). */
  text: string;
  /** The Go-file position of text's first character. */
  pos: Pos;
  /** The Go-file byte column where the text's later lines start: 1 for a block comment (the
   *  default); for a group of `//` comments, the column just after the `//`. */
  contCol?: number;
}

export interface ParseOptions {
  /** Read a local `#include "name"` (relative to the Go file); undefined if it does not exist. */
  includeFile?: (name: string) => { file: string; text: string } | undefined;
}

export interface ParseResult {
  unit: CUnit;
  diags: CDiag[];
}

/** Parse a preamble. Synchronous; lang must already be loaded. */
export function parsePreamble(lang: Language, src: PreambleSource, opts: ParseOptions = {}): ParseResult {
  const unit: CUnit = { funcs: [], globals: [], includes: [], macros: new Map() };
  const diags: CDiag[] = [];
  const parser = new Parser();
  try {
    parser.setLanguage(lang);
    const base = { line: src.pos.line, col: src.pos.col, contCol: src.contCol ?? 1 };
    parseInto(parser, unit, diags, src.pos.file, src.text, base, opts, 0);
  } finally {
    parser.delete();
  }
  return { unit, diags };
}

function parseInto(
  parser: Parser, unit: CUnit, diags: CDiag[], file: string, text: string,
  base: { line: number; col: number; contCol?: number }, opts: ParseOptions, depth: number,
): void {
  const cx = new ParseCtx(file, text, base);
  const tree = parser.parse(text);
  if (tree === null) throw new Error("cgo: tree-sitter-c returned no tree");
  try {
    const bad = tree.rootNode.hasError ? firstError(tree.rootNode) : undefined;
    if (bad !== undefined) {
      const what = bad.isMissing ? `missing ${JSON.stringify(bad.type)}` : `near ${JSON.stringify(bad.text.slice(0, 20))}`;
      cx.error(bad, `C syntax error (${what})`);
    } else {
      for (const n of kids(tree.rootNode)) topLevel(cx, parser, unit, diags, n, opts, depth);
    }
  } finally {
    tree.delete();
  }
  diags.push(...cx.diags);
}

/** The first ERROR or MISSING node in source order. */
function firstError(n: Node): Node | undefined {
  if (n.isError || n.isMissing) return n;
  for (const c of n.children) {
    if (c !== null && (c.hasError || c.isMissing)) {
      const e = firstError(c);
      if (e !== undefined) return e;
    }
  }
  return undefined;
}

function topLevel(
  cx: ParseCtx, parser: Parser, unit: CUnit, diags: CDiag[], n: Node, opts: ParseOptions,
  depth: number,
): void {
  switch (n.type) {
    case "preproc_include":
      return include(cx, parser, unit, diags, n, opts, depth);
    case "preproc_call": {
      const d = n.childForFieldName("directive")?.text ?? "";
      if (d !== "#cgo") cx.unsupported(n, `preprocessor directive ${d}`);
      else cgoDirective(cx, parser, unit, n);
      return;
    }
    case "preproc_def":
      return define(cx, parser, unit, n);
    case "preproc_function_def":
      return cx.unsupported(n, "function-like macros");
    case "preproc_if": case "preproc_ifdef": case "preproc_else": case "preproc_elif":
      return cx.unsupported(n, "conditional compilation (#if, #ifdef)");
    case "function_definition": {
      const f = funcDef(cx, n);
      if (f !== undefined) unit.funcs.push(f);
      return;
    }
    case "declaration":
      return topDeclaration(cx, unit, n);
    case "type_definition":
      return cx.unsupported(n, "typedefs");
    case "struct_specifier": case "union_specifier": case "enum_specifier":
      return void cx.baseType(n);
    case "ERROR":
      return cx.error(n, "C syntax error");
    default:
      return cx.unsupported(n, `top-level ${n.type.replace(/_/g, " ")}`);
  }
}

function include(
  cx: ParseCtx, parser: Parser, unit: CUnit, diags: CDiag[], n: Node, opts: ParseOptions,
  depth: number,
): void {
  const p = n.childForFieldName("path");
  if (p === null) return cx.error(n, "C syntax error");
  const name = p.text.slice(1, -1);
  if (p.type === "system_lib_string") {
    if (SUPPORTED_HEADERS.includes(name)) unit.includes.push(name);
    else cx.unsupported(p, `header <${name}>`);
    return;
  }
  const got = depth < 4 ? opts.includeFile?.(name) : undefined;
  if (got === undefined) {
    return cx.error(p, `C #include "${name}": file not found or not supported yet`, true);
  }
  parseInto(parser, unit, diags, got.file, got.text, { line: 1, col: 1 }, opts, depth + 1);
}

/** `#define NAME expr`: parse expr as C, positioned at the macro's text. */
function define(cx: ParseCtx, parser: Parser, unit: CUnit, n: Node): void {
  const name = n.childForFieldName("name")!.text;
  const value = n.childForFieldName("value");
  if (value === null) {
    cx.macros.set(name, undefined);
    return;
  }
  defineText(cx, parser, unit, n, name, value.text, cx.pos(value));
}

/** `#cgo [GOOS...] CFLAGS: ... -DNAME[=value] ...`: the -D options define macros (value 1 by
 *  default), as gcc's command line does, for the rest of the preamble. Other flags, and the
 *  other variables (LDFLAGS, pkg-config), change nothing gort runs. */
function cgoDirective(cx: ParseCtx, parser: Parser, unit: CUnit, n: Node): void {
  const m = /\bCFLAGS:(.*)$/s.exec(n.childForFieldName("argument")?.text ?? "");
  if (m === null) return;
  for (const flag of m[1]!.trim().split(/\s+/)) {
    const d = /^-D([A-Za-z_][A-Za-z0-9_]*)(?:=(.*))?$/.exec(flag);
    if (d !== null) defineText(cx, parser, unit, n, d[1]!, d[2] ?? "1", cx.pos(n));
  }
}

/** Define the macro name as the C expression text at vpos. */
function defineText(cx: ParseCtx, parser: Parser, unit: CUnit, n: Node, name: string, text: string, vpos: Pos): void {
  if (text.trim() === "") {
    cx.macros.set(name, undefined);
    return;
  }
  const prefix = "void __gort_m(void){(";
  const sub = new ParseCtx(vpos.file, prefix + text, {
    line: vpos.line, col: vpos.col - prefix.length,
  });
  for (const [k, v] of cx.macros) sub.macros.set(k, v);
  const tree = parser.parse(prefix + text.trimEnd() + ");}");
  try {
    const body = tree?.rootNode.namedChild(0)?.childForFieldName("body");
    const es = body === null || body === undefined ? undefined : kids(body)[0];
    const e = es === undefined || tree!.rootNode.hasError ? undefined : kids(es)[0];
    const x = e === undefined ? undefined : expr(sub, e);
    if (x === undefined && sub.diags.length === 0) {
      cx.unsupported(n, "macros whose body is not an expression");
    }
    cx.diags.push(...sub.diags);
    if (x !== undefined) {
      cx.macros.set(name, x);
      unit.macros.set(name, { e: x, text: text.trim() });
    }
  } finally {
    tree?.delete();
  }
}

/** A file-scope declaration: function prototypes and global variables. */
function topDeclaration(cx: ParseCtx, unit: CUnit, n: Node): void {
  const ds = n.childrenForFieldName("declarator");
  const isProto = ds.some((d) => d !== null && unwrapPointers(d).node.type === "function_declarator");
  if (isProto) {
    if (ds.length !== 1) return cx.unsupported(n, "several prototypes in one declaration");
    const f = funcHeader(cx, n, ds[0]!);
    if (f !== undefined) unit.funcs.push(f);
    return;
  }
  const vars: CVarDecl[] | undefined = declaration(cx, n, false);
  if (vars === undefined) return;
  for (const v of vars) {
    if (v.arrayLen !== undefined) {
      cx.error(v.pos, "C global arrays not supported yet", true);
      continue;
    }
    unit.globals.push(v);
  }
}

function unwrapPointers(d: Node): { node: Node; levels: Node[] } {
  const levels: Node[] = [];
  let cur = d;
  while (cur.type === "pointer_declarator") {
    levels.push(cur);
    const next = cur.childForFieldName("declarator");
    if (next === null) break;
    cur = next;
  }
  return { node: cur, levels };
}

function funcDef(cx: ParseCtx, n: Node): CFunc | undefined {
  const f = funcHeader(cx, n, n.childForFieldName("declarator")!);
  const b = n.childForFieldName("body");
  if (f === undefined || b === null) return undefined;
  const body = stmt(cx, b);
  if (body === undefined || body.k !== "block") return undefined;
  f.body = body;
  return f;
}

/** The name, result and parameters of a function definition or prototype. */
function funcHeader(cx: ParseCtx, n: Node, d: Node): CFunc | undefined {
  let result: CType | undefined = cx.baseType(n.childForFieldName("type"));
  const { node: fd, levels } = unwrapPointers(d);
  for (const l of levels) if (result !== undefined) result = cx.pointer(l, result);
  if (result === undefined) return undefined;
  const nameNode = fd.childForFieldName("declarator");
  if (fd.type !== "function_declarator" || nameNode === null || nameNode.type !== "identifier") {
    cx.unsupported(d, "this kind of function declarator");
    return undefined;
  }
  const params: CParam[] = [];
  let variadic = false;
  for (const p of kids(fd.childForFieldName("parameters")!)) {
    if (p.type === "variadic_parameter") {
      variadic = true;
      continue;
    }
    const prm = param(cx, p);
    if (prm === undefined) return undefined;
    params.push(prm);
  }
  // `f(void)` declares no parameters.
  if (params.length === 1 && params[0]!.t === "void" && params[0]!.name === "") params.length = 0;
  return { pos: cx.pos(nameNode), name: nameNode.text, params, result, variadic };
}

function param(cx: ParseCtx, p: Node): CParam | undefined {
  if (p.type !== "parameter_declaration") {
    cx.unsupported(p, p.type.replace(/_/g, " ") + "s");
    return undefined;
  }
  let t: CType | undefined = cx.baseType(p.childForFieldName("type"));
  let d = p.childForFieldName("declarator");
  let name = "";
  const pos = cx.pos(p);
  while (t !== undefined && d !== null) {
    if (d.type === "identifier") {
      name = d.text;
      break;
    }
    if (d.type === "pointer_declarator" || d.type === "abstract_pointer_declarator") {
      t = cx.pointer(d, t);
    } else if (d.type === "array_declarator" || d.type === "abstract_array_declarator") {
      t = cx.pointer(d, t); // an array parameter is a pointer (C11 6.7.6.3p7)
    } else {
      cx.unsupported(d, d.type === "function_declarator" ? "function pointers" : "this parameter form");
      return undefined;
    }
    d = d.childForFieldName("declarator");
  }
  return t === undefined ? undefined : { pos, name, t };
}
