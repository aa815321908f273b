// Shared state and helpers for turning tree-sitter-go's concrete tree into gort's AST.
//
// Models nothing in Go directly; it is the glue between web-tree-sitter's node API and the
// go/ast-shaped tree of ast.ts. The conversion functions live in parse-expr.ts,
// parse-stmt.ts and parse-decl.ts; parser.ts is the entry point.
//
// Terms:
//   - TSNode: a web-tree-sitter node (only used while parsing; never stored in the AST).
//   - unit column: tree-sitter's column for a JS string, counted in UTF-16 code units.
//   - byte column: Go's column, counted in UTF-8 bytes from the start of the line, 1-based.
//
// Invariants:
//   - Every Pos handed to the AST goes through PCtx.pos, which converts unit columns to byte
//     columns. Lines holding only ASCII (the common case) convert with an addition.
//   - Comments are "extra" nodes that tree-sitter may attach anywhere; kids() drops them.

import type { Node as TSNode } from "web-tree-sitter";
import type { Expr, Ident, Pos } from "./ast.js";
import type { Diagnostic } from "./diag.js";

export type { TSNode };

/** The conversion context for one file. */
export class PCtx {
  readonly diags: Diagnostic[] = [];
  /** The type literals that tree-sitter saw as a stand-in identifier (parser.ts), by the
   *  stand-in's position ("line:col"): parseExpr converts the literal in its place. */
  readonly typeOperands = new Map<string, () => Expr>();
  private readonly lineStart: number[] = [0];
  private readonly lineAscii: (boolean | undefined)[] = [];

  /** gort's line directives (`//gort:line N` at the start of a line), which gort's standard
   *  library uses to put a function's lines at Go's (testing's tRunner): from row rows[i] on, a
   *  row's line is row + deltas[i], the directive's next line being line N, as gc reads its own
   *  `//line file:N`. Go's `//line` is not applied: it also renames the file (to the name as
   *  written, or to none), and Pos.file names the source gort reads back. A directive holds
   *  until the next one, so lines must keep increasing through every function (the compiler's
   *  analyses compare positions): a file places a function whose Go lines are lower than an
   *  earlier one's before it (stdlib/testing: Cleanup and runCleanup come before tRunner). */
  private readonly directiveRows: number[] = [];
  private readonly directiveDeltas: number[] = [];

  constructor(readonly file: string, readonly src: string) {
    for (let i = 0; i < src.length; i++) {
      if (src.charCodeAt(i) === 10) this.lineStart.push(i + 1);
    }
    if (src.includes("//gort:line ")) this.lineDirectives();
  }

  private lineDirectives(): void {
    for (let row = 0; row < this.lineStart.length; row++) {
      const start = this.lineStart[row]!;
      if (!this.src.startsWith("//gort:line ", start)) continue;
      const m = /^\/\/gort:line (\d+)[ \t\r]*$/.exec(this.lineText(row));
      if (m === null) continue;
      this.directiveRows.push(row + 1);
      this.directiveDeltas.push(Number(m[1]) - (row + 1) - 1);
    }
  }

  /** The Pos of a 0-based row and unit column. */
  at(row: number, unitCol: number): Pos {
    return { file: this.file, line: this.lineOf(row), col: this.byteCol(row, unitCol) + 1 };
  }

  /** The 1-based line of a 0-based row, after any line directive above it. */
  private lineOf(row: number): number {
    const rows = this.directiveRows;
    let i = rows.length - 1;
    while (i >= 0 && rows[i]! > row) i--;
    return row + 1 + (i < 0 ? 0 : this.directiveDeltas[i]!);
  }

  /** The Pos of a node's first character. */
  pos(n: TSNode): Pos {
    const p = n.startPosition;
    return this.at(p.row, p.column);
  }

  /** The Pos just after a node's last character. */
  end(n: TSNode): Pos {
    const p = n.endPosition;
    return this.at(p.row, p.column);
  }

  /** The Pos of a code-unit offset into the source. */
  offsetPos(off: number): Pos {
    let lo = 0;
    let hi = this.lineStart.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStart[mid]! <= off) lo = mid;
      else hi = mid - 1;
    }
    return this.at(lo, off - this.lineStart[lo]!);
  }

  /** The text of a 0-based line, without its newline. */
  lineText(row: number): string {
    const start = this.lineStart[row] ?? this.src.length;
    const next = this.lineStart[row + 1];
    return this.src.slice(start, next === undefined ? this.src.length : next - 1);
  }

  get lineCount(): number {
    return this.lineStart.length;
  }

  /** Converts a unit column to a 0-based byte column. */
  private byteCol(row: number, unitCol: number): number {
    let ascii = this.lineAscii[row];
    const start = this.lineStart[row] ?? 0;
    if (ascii === undefined) {
      ascii = !/[^\x00-\x7f]/.test(this.lineText(row));
      this.lineAscii[row] = ascii;
    }
    if (ascii) return unitCol;
    return utf8Length(this.src, start, start + unitCol);
  }

  error(pos: Pos, msg: string): void {
    this.diags.push({ pos, msg });
  }
}

/** The number of UTF-8 bytes encoding src[from:to] (a lone surrogate counts 3, as U+FFFD). */
function utf8Length(src: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = src.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
      const d = src.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}

/** The named children of n, comments dropped. */
export function kids(n: TSNode): TSNode[] {
  const out: TSNode[] = [];
  for (const k of n.namedChildren) {
    if (k && k.type !== "comment") out.push(k);
  }
  return out;
}

/** All children of n (named and anonymous), comments dropped. */
export function allKids(n: TSNode): TSNode[] {
  const out: TSNode[] = [];
  for (const k of n.children) {
    if (k && k.type !== "comment") out.push(k);
  }
  return out;
}

/** The field child, or undefined. */
export function field(n: TSNode, name: string): TSNode | undefined {
  return n.childForFieldName(name) ?? undefined;
}

/** All children in a field, anonymous tokens (such as ",") dropped. */
export function fields(n: TSNode, name: string): TSNode[] {
  const out: TSNode[] = [];
  for (const k of n.childrenForFieldName(name)) {
    if (k && k.isNamed && k.type !== "comment") out.push(k);
  }
  return out;
}

/** The first anonymous child token of the given type, or undefined. */
export function token(n: TSNode, type: string): TSNode | undefined {
  for (const k of n.children) {
    if (k && !k.isNamed && k.type === type) return k;
  }
  return undefined;
}

/** Every anonymous child token of the given type. */
export function tokens(n: TSNode, type: string): TSNode[] {
  const out: TSNode[] = [];
  for (const k of n.children) {
    if (k && !k.isNamed && k.type === type) out.push(k);
  }
  return out;
}

/** The Pos of the first token of a type inside n, falling back to n's own start. */
export function tokPos(c: PCtx, n: TSNode, type: string): Pos {
  const t = token(n, type);
  return t ? c.pos(t) : c.pos(n);
}

/** The Pos of the last token of a type inside n, falling back to n's end minus one unit. */
export function lastTokPos(c: PCtx, n: TSNode, type: string): Pos {
  const ts = tokens(n, type);
  const t = ts[ts.length - 1];
  if (t) return c.pos(t);
  const e = n.endPosition;
  return c.at(e.row, Math.max(0, e.column - 1));
}

export function ident(c: PCtx, n: TSNode): Ident {
  return { kind: "Ident", pos: c.pos(n), name: n.text };
}
