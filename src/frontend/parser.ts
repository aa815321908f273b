// The parser entry point: one Go source file → one ast.File, or Go-style syntax errors.
//
// Models go/parser.ParseFile and the gc syntax package's file-level rules (Go 1.19).
// tree-sitter-go does the actual parsing; parse-expr.ts, parse-stmt.ts and parse-decl.ts map
// its concrete tree onto go/ast's shapes. The diagnostics do not come from tree-sitter: gc's
// scanner (parse-scan.ts) and a replay of gc's parser (parse-syntax.ts) produce gc's exact
// messages; tree-sitter's ERROR nodes are only a backstop (parse-error.ts).
//
// Terms:
//   - text: the file's contents decoded from UTF-8 into a JS string. tree-sitter reports
//     columns in UTF-16 code units; PCtx converts them to Go's byte columns.
//   - cgo preamble: the comment group that ends on the line just before `import "C"`
//     (cmd/cgo's rule: the ImportSpec's doc comment, or the GenDecl's for a lone spec).
//   - build constraints: `//go:build` and `// +build` lines in the comments before the
//     package clause.
//
// Invariants:
//   - parseFile is synchronous and pure: the same text gives the same AST and diagnostics.
//   - If diags holds an error whose message starts with "syntax error", or a lexical error,
//     the file must not be compiled; the AST is still returned when a package clause exists,
//     as a best effort.
//
// Simplifications vs gc: gc recovers from a syntax error and keeps reporting (one error per
// line); gort reports the first syntax error of each file, plus every lexical error and gc's
// non-syntax parser errors found before it.

import type { Language, Parser } from "web-tree-sitter";
import type * as ast from "./ast.js";
import type { Diagnostic } from "./diag.js";
import { PCtx, type TSNode, allKids, field, ident } from "./parse-ctx.js";
import { parseDecl } from "./parse-decl.js";
import { parseExpr } from "./parse-expr.js";
import { comparePos } from "./diag.js";
import { findSyntaxErrors } from "./parse-error.js";
import { Scanner } from "./parse-scan.js";
import { SyntaxChecker } from "./parse-syntax.js";

export type { Language, Parser };

export interface ParseResult {
  file?: ast.File;
  diags: Diagnostic[];
}

/** Parses one file. name is the display name used in every Pos (e.g. "./main.go"). */
export function parseFile(parser: Parser, name: string, text: string): ParseResult {
  const c = new PCtx(name, text);
  const scan = new Scanner(c);
  scan.scanAll();
  const checker = new SyntaxChecker(c, scan.toks);
  checker.run();
  const tree = parser.parse(standIns(parser, c, text, checker));
  if (!tree) {
    c.error(c.at(0, 0), "syntax error: parser failed");
    return { diags: c.diags };
  }
  try {
    const root = tree.rootNode;
    const errs = [...scan.errors, ...findSyntaxErrors(c, checker, root, scan.toks, scan.errors.length)];
    // gc finds lexical and parser errors in one left-to-right pass: report them in that order.
    errs.sort((a, b) => comparePos(a.pos, b.pos));
    const file = buildFile(c, root);
    if (!file && errs.length === 0) c.error(c.at(0, 0), "syntax error: package statement must be first");
    return { file, diags: [...errs, ...c.diags] };
  } finally {
    tree.delete();
  }
}

/** The text tree-sitter parses: withoutEmptyInits's, and each type literal that is the operand
 *  of a selector (a method expression such as `interface{ M() }.M`, which tree-sitter-go
 *  cannot parse) replaced by a stand-in identifier `_` of the same length (the rest blanked, or
 *  a comment `_/* ... *\/` when it spans lines, so that every line and column holds). c's
 *  typeOperands then gives the literal, parsed on its own, in the stand-in's place. */
function standIns(parser: Parser, c: PCtx, text: string, checker: SyntaxChecker): string {
  const out = withoutEmptyInits(text, checker.emptyInits);
  if (checker.typeOperands.length === 0) return out;
  const chars = out.split("");
  for (const { off, end } of checker.typeOperands) {
    const lit = text.slice(off, end);
    const multiline = lit.includes("\n");
    for (let i = off; i < end; i++) if (chars[i] !== "\n") chars[i] = " ";
    chars[off] = "_";
    if (multiline) {
      chars[off + 1] = "/";
      chars[off + 2] = "*";
      chars[end - 2] = "*";
      chars[end - 1] = "/";
    }
    const row = countLines(text, off);
    const col = off - (text.lastIndexOf("\n", off - 1) + 1);
    c.typeOperands.set(`${c.offsetPos(off).line}:${c.offsetPos(off).col}`, () => parseTypeLiteral(parser, c, lit, row, col));
  }
  return chars.join("");
}

function countLines(text: string, off: number): number {
  let n = 0;
  for (let i = text.indexOf("\n"); i >= 0 && i < off; i = text.indexOf("\n", i + 1)) n++;
  return n;
}

/** The prefix that makes a type literal a file of its own for tree-sitter. */
const typeLitPrefix = "package p\ntype _ ";

/** A type literal of c's file at (row, col), parsed alone: its positions are c's. */
function parseTypeLiteral(parser: Parser, c: PCtx, lit: string, row: number, col: number): ast.Expr {
  const sub = new ShiftedPCtx(c, typeLitPrefix + lit, row, col);
  const tree = parser.parse(sub.src);
  if (!tree) return { kind: "BadExpr", pos: c.offsetPos(0) };
  try {
    const decl = allKids(tree.rootNode).find((k) => k.type === "type_declaration");
    const spec = decl?.namedChildren.find((k) => k?.type === "type_spec") ?? undefined;
    return parseExpr(sub, spec ? field(spec, "type") : undefined);
  } finally {
    tree.delete();
  }
}

/** A PCtx for a type literal parsed alone: its positions map back to where it is in c's file,
 *  and its errors are c's. */
class ShiftedPCtx extends PCtx {
  constructor(private readonly orig: PCtx, src: string, private readonly row0: number, private readonly col0: number) {
    super(orig.file, src);
  }
  override at(row: number, unitCol: number): ast.Pos {
    if (row <= 1) return this.orig.at(this.row0, this.col0 + Math.max(0, unitCol - (typeLitPrefix.length - "package p\n".length)));
    return this.orig.at(this.row0 + row - 1, unitCol);
  }
  override error(pos: ast.Pos, msg: string): void {
    this.orig.error(pos, msg);
  }
}

/** text with the ";" of empty init statements blanked (same length, so every position holds):
 *  `switch ; x {` means `switch x {`, which tree-sitter-go parses. */
function withoutEmptyInits(text: string, offs: readonly number[]): string {
  if (offs.length === 0) return text;
  const chars = text.split("");
  for (const o of offs) if (chars[o] === ";") chars[o] = " ";
  return chars.join("");
}

function buildFile(c: PCtx, root: TSNode): ast.File | undefined {
  const top = allKids(root).filter((k) => k.isNamed);
  const pkg = top[0];
  if (!pkg || pkg.type !== "package_clause") return undefined;
  const pkgIdent = pkg.namedChildren.find((k) => k?.type === "package_identifier");
  const file: ast.File = {
    kind: "File",
    pos: c.pos(pkg),
    name: c.file,
    pkgName: pkgIdent ? ident(c, pkgIdent) : { kind: "Ident", pos: c.end(pkg), name: "_" },
    imports: [],
    decls: [],
    buildConstraints: buildConstraints(root, pkg),
  };
  for (const n of top.slice(1)) {
    const d = parseDecl(c, n);
    if (!d) continue;
    file.decls.push(d);
    if (d.kind !== "GenDecl" || d.tok !== "import") continue;
    for (const s of d.specs) if (s.kind === "ImportSpec") file.imports.push(s);
    const pre = cgoPreamble(c, n);
    if (pre) file.cgoPreamble = pre;
  }
  return file;
}

/** The `//go:build` and `// +build` lines among the comments before the package clause. */
function buildConstraints(root: TSNode, pkg: TSNode): string[] {
  const out: string[] = [];
  for (const k of root.children) {
    if (!k || k.startIndex >= pkg.startIndex) break;
    if (k.type !== "comment" || !k.text.startsWith("//")) continue;
    const t = k.text.trimEnd();
    if (/^\/\/go:build( |\t|$)/.test(t) || /^\/\/[ \t]*\+build( |\t|$)/.test(t)) out.push(t);
  }
  return out;
}

/**
 * The preamble for an import declaration that imports "C": the doc comment group of the spec
 * (or of the declaration when it holds a single spec), per cmd/cgo. Returns undefined when the
 * declaration does not import "C" or has no doc comment.
 */
function cgoPreamble(c: PCtx, decl: TSNode): ast.File["cgoPreamble"] {
  const specs = decl.descendantsOfType("import_spec");
  for (const s of specs) {
    if (!s || field(s, "path")?.text !== '"C"') continue;
    let group = docComments(s);
    if (group.length === 0 && specs.length === 1) group = docComments(decl);
    if (group.length === 0) return undefined;
    const first = group[0]!;
    const p = c.pos(first);
    const text = group.map((g) => commentText(g.text)).join("");
    return { text, pos: { ...p, col: p.col + 2 } };
  }
  return undefined;
}

/**
 * The comment group that is the doc comment of n, as go/parser defines lead comments:
 * consecutive comments, each starting at most one line after the previous one ended, with the
 * last ending on the line just before n.
 */
function docComments(n: TSNode): TSNode[] {
  const group: TSNode[] = [];
  let start = n.startPosition.row;
  for (let p = n.previousSibling; p && p.type === "comment"; p = p.previousSibling) {
    const end = p.endPosition.row;
    if (end !== start - 1 && !(group.length > 0 && end === start)) break;
    group.unshift(p);
    start = p.startPosition.row;
  }
  return group;
}

/** cmd/cgo's commentText: strip the comment markers; `//` comments end with a newline. */
function commentText(t: string): string {
  if (t.startsWith("//")) return t.slice(2).replace(/\r$/, "") + "\n";
  return t.slice(2, -2);
}
