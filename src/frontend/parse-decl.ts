// Declarations, specs and field lists: tree-sitter-go nodes → go/ast-shaped Decl/Spec/Field.
//
// Models the declaration half of go/parser (Go 1.19): parseGenDecl, parseImportSpec,
// parseValueSpec (with its iota counter), parseTypeSpec, parseFuncDecl, parseFieldDecl,
// parseParameters and parseResult.
//
// Terms:
//   - byte string: a JS string whose char codes are bytes 0..255 (gort's Go string form, see
//     runtime/value.ts). Struct tags are handed over in this form, already unquoted, so that
//     reflect.StructTag sees exactly Go's bytes.
//
// Invariants:
//   - ValueSpec.iota counts specs inside one const group from 0; var specs have iota 0.
//   - Implicit repetition in const groups is not done here (values stay empty): the checker
//     repeats the previous spec's type and values, as go/types does.
//   - A receiver list holding more than one parameter keeps its first field; the error
//     ("method has multiple receivers") comes from parse-syntax.ts, as from gc's parser.

import type * as ast from "./ast.js";
import { parseExpr, parseFuncType } from "./parse-expr.js";
import { parseBlock } from "./parse-stmt.js";
import { type PCtx, type TSNode, field, fields, ident, kids, token, tokPos } from "./parse-ctx.js";

/** A top-level or local declaration. Returns undefined for nodes that are not declarations. */
export function parseDecl(c: PCtx, n: TSNode): ast.Decl | undefined {
  switch (n.type) {
    case "function_declaration":
    case "method_declaration":
      return parseFuncDecl(c, n);
    case "import_declaration":
    case "const_declaration":
    case "var_declaration":
    case "type_declaration":
      return parseGenDecl(c, n);
    default:
      return undefined;
  }
}

export function parseGenDecl(c: PCtx, n: TSNode): ast.GenDecl {
  const pos = c.pos(n);
  switch (n.type) {
    case "import_declaration":
      return { kind: "GenDecl", pos, tok: "import", specs: flatten(n, "import_spec_list").map((s) => parseImportSpec(c, s)) };
    case "const_declaration":
      return { kind: "GenDecl", pos, tok: "const", specs: kidsOf(n, "const_spec").map((s, i) => parseValueSpec(c, s, i)) };
    case "var_declaration":
      return { kind: "GenDecl", pos, tok: "var", specs: flatten(n, "var_spec_list").map((s) => parseValueSpec(c, s, 0)) };
    default:
      return { kind: "GenDecl", pos, tok: "type", specs: kids(n).filter((k) => k.type === "type_spec" || k.type === "type_alias").map((s) => parseTypeSpec(c, s)) };
  }
}

function kidsOf(n: TSNode, type: string): TSNode[] {
  return kids(n).filter((k) => k.type === type);
}

/** The specs of a declaration, looking inside a parenthesized list node if there is one. */
function flatten(n: TSNode, listType: string): TSNode[] {
  const out: TSNode[] = [];
  for (const k of kids(n)) {
    if (k.type === listType) out.push(...kids(k));
    else out.push(k);
  }
  return out;
}

function parseImportSpec(c: PCtx, n: TSNode): ast.ImportSpec {
  const nameNode = field(n, "name");
  const pathNode = field(n, "path");
  const name = nameNode ? ident(c, nameNode) : undefined;
  const path = pathNode ? decodeUtf8(unquoteBytes(pathNode.text) ?? "") : "";
  return { kind: "ImportSpec", pos: c.pos(n), name, path, pathPos: pathNode ? c.pos(pathNode) : c.pos(n) };
}

function parseValueSpec(c: PCtx, n: TSNode, iota: number): ast.ValueSpec {
  const ty = field(n, "type");
  const vals = field(n, "value");
  return {
    kind: "ValueSpec",
    pos: c.pos(n),
    names: fields(n, "name").map((k) => ident(c, k)),
    type: ty ? parseExpr(c, ty) : undefined,
    values: vals ? kids(vals).map((v) => parseExpr(c, v)) : [],
    iota,
  };
}

function parseTypeSpec(c: PCtx, n: TSNode): ast.TypeSpec {
  const tps = field(n, "type_parameters");
  return {
    kind: "TypeSpec",
    pos: c.pos(n),
    name: ident(c, field(n, "name") ?? n),
    typeParams: tps ? parseTypeParams(c, tps) : undefined,
    assign: n.type === "type_alias",
    type: parseExpr(c, field(n, "type")),
  };
}

function parseFuncDecl(c: PCtx, n: TSNode): ast.FuncDecl {
  const pos = c.pos(n);
  const tps = field(n, "type_parameters");
  const type = parseFuncType(c, n, pos);
  if (tps) type.typeParams = parseTypeParams(c, tps);
  const body = field(n, "body");
  const decl: ast.FuncDecl = {
    kind: "FuncDecl",
    pos,
    name: ident(c, field(n, "name") ?? n),
    type,
    body: body ? parseBlock(c, body) : undefined,
  };
  const recvList = field(n, "receiver");
  if (recvList) decl.recv = parseReceiver(c, recvList);
  return decl;
}

/** The receiver: the first field of the list (parse-syntax.ts reports a wrong count). */
function parseReceiver(c: PCtx, n: TSNode): ast.Field | undefined {
  const first = parseParams(c, n)[0];
  if (!first) return undefined;
  return { pos: first.pos, names: first.names.slice(0, 1), type: first.type };
}

/** A parameter_list → Fields. `...T` becomes an Ellipsis type, as in go/ast. */
export function parseParams(c: PCtx, n: TSNode | undefined): ast.Field[] {
  if (!n) return [];
  const out: ast.Field[] = [];
  for (const p of kids(n)) {
    if (p.type !== "parameter_declaration" && p.type !== "variadic_parameter_declaration") continue;
    const names = fields(p, "name").map((k) => ident(c, k));
    let type = parseExpr(c, field(p, "type"));
    if (p.type === "variadic_parameter_declaration") {
      type = { kind: "Ellipsis", pos: tokPos(c, p, "..."), elt: type };
    }
    out.push({ pos: names[0]?.pos ?? type.pos, names, type });
  }
  return groupParamNames(out);
}

/**
 * go/parser's rule for a parameter list: when any parameter is named, all are, and a lone
 * identifier is a name that shares the type of the group after it. tree-sitter-go may split a
 * long group (p0, p1, ..., p9 int) into a "type" p0 and a group p1...p9; this puts p0 back.
 * A lone identifier with no group after it stays a type: the syntax check reports it.
 */
function groupParamNames(list: ast.Field[]): ast.Field[] {
  if (!list.some((f) => f.names.length > 0)) return list;
  const out: ast.Field[] = [];
  let pending: ast.Field[] = [];
  for (const f of list) {
    if (f.names.length === 0 && f.type.kind === "Ident") {
      pending.push(f);
      continue;
    }
    if (f.names.length > 0 && pending.length > 0) {
      const names = [...pending.map((p) => p.type as ast.Ident), ...f.names];
      out.push({ ...f, pos: names[0]!.pos, names });
    } else {
      out.push(...pending, f);
    }
    pending = [];
  }
  out.push(...pending);
  return out;
}

/** A function's result: a parameter_list, a single type, or nothing. */
export function parseResults(c: PCtx, n: TSNode | undefined): ast.Field[] {
  if (!n) return [];
  if (n.type === "parameter_list") return parseParams(c, n);
  const type = parseExpr(c, n);
  return [{ pos: type.pos, names: [], type }];
}

/** A type_parameter_list → Fields whose types are the constraints. */
function parseTypeParams(c: PCtx, n: TSNode): ast.Field[] {
  const out: ast.Field[] = [];
  for (const p of kids(n)) {
    const names = fields(p, "name").map((k) => ident(c, k));
    const type = parseExpr(c, field(p, "type"));
    out.push({ pos: names[0]?.pos ?? type.pos, names, type });
  }
  return out;
}

/** A struct's field_declaration_list → Fields. An embedded `*T` keeps its star. */
export function parseFieldList(c: PCtx, n: TSNode | undefined): ast.Field[] {
  if (!n) return [];
  const out: ast.Field[] = [];
  for (const f of kids(n)) {
    if (f.type !== "field_declaration") continue;
    const names = fields(f, "name").map((k) => ident(c, k));
    let type = parseExpr(c, field(f, "type"));
    const star = names.length === 0 ? token(f, "*") : undefined;
    if (star) type = { kind: "StarExpr", pos: c.pos(star), x: type };
    const tagNode = field(f, "tag");
    const fld: ast.Field = { pos: names[0]?.pos ?? type.pos, names, type };
    if (tagNode) fld.tag = unquoteBytes(tagNode.text) ?? "";
    out.push(fld);
  }
  return out;
}

const SIMPLE_ESCAPES: Record<string, number> = {
  a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11, "\\": 92, "'": 39, '"': 34,
};

/**
 * Unquotes a Go string literal's source text to a byte string (strconv.Unquote's result as
 * bytes). Returns undefined for malformed text; the scanner reports those.
 */
function unquoteBytes(raw: string): string | undefined {
  if (raw.length < 2) return undefined;
  const q = raw[0];
  const body = raw.slice(1, -1);
  if (q === "`") return utf8Bytes(body.replace(/\r/g, ""));
  if (q !== '"') return undefined;
  let out = "";
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch !== "\\") {
      const cp = body.codePointAt(i)!;
      if (cp > 0xffff) i++;
      out += utf8Bytes(String.fromCodePoint(cp));
      continue;
    }
    const e = body[++i];
    if (e === undefined) return undefined;
    if (e in SIMPLE_ESCAPES) out += String.fromCharCode(SIMPLE_ESCAPES[e]!);
    else if (e >= "0" && e <= "7") {
      out += String.fromCharCode(parseInt(body.slice(i, i + 3), 8) & 0xff);
      i += 2;
    } else {
      const len = e === "x" ? 2 : e === "u" ? 4 : e === "U" ? 8 : 0;
      if (len === 0) return undefined;
      const v = parseInt(body.slice(i + 1, i + 1 + len), 16);
      if (Number.isNaN(v)) return undefined;
      out += e === "x" ? String.fromCharCode(v) : utf8Bytes(String.fromCodePoint(Math.min(v, 0x10ffff)));
      i += len;
    }
  }
  return out;
}

/** UTF-8 encodes a JS string into a byte string. */
export function utf8Bytes(s: string): string {
  if (!/[^\x00-\x7f]/.test(s)) return s;
  let out = "";
  for (const b of new TextEncoder().encode(s)) out += String.fromCharCode(b);
  return out;
}

function decodeUtf8(bytes: string): string {
  if (!/[^\x00-\x7f]/.test(bytes)) return bytes;
  const arr = new Uint8Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) arr[i] = bytes.charCodeAt(i);
  return new TextDecoder().decode(arr);
}
