// Shared state of one preamble parse: positions, diagnostics and type-name resolution.
//
// Not a model of a Go file; it is the glue between tree-sitter-c's concrete tree and gort's C
// syntax tree (ast.ts).
//
// Terms:
//   - Go position: where a preamble byte sits in the Go source file. The preamble's text starts at
//     `base` (line, byte column); its later lines start at column base.contCol (default 1).
//   - tree-sitter reports columns in UTF-16 code units; `go build` counts bytes, so columns are
//     converted through the line's UTF-8 length.
//
// Invariants: every diagnostic has a Go position; diagnostics are kept in the order found.

import type { Node } from "web-tree-sitter";
import type { Pos } from "../frontend/ast.js";
import { C_TYPEDEFS, isScalar, pointerTo, type CScalar, type CType } from "./types.js";

/** A positioned message, printed as `file:line:col: msg`. */
export interface CDiag {
  pos: Pos;
  msg: string;
  /** A C feature gort lacks (see frontend/diag.ts). */
  unsupported?: true;
}

export function formatDiag(d: CDiag): string {
  return `${d.pos.file}:${d.pos.line}:${d.pos.col}: ${d.msg}`;
}

/** The UTF-8 length of a JS string. */
export function utf8Len(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Encode a JS string as a byte string (one char per UTF-8 byte). */
export function utf8Bytes(s: string): string {
  return unescape(encodeURIComponent(s));
}

export class ParseCtx {
  readonly diags: CDiag[] = [];
  private readonly lines: string[];
  /** Object-like macros (`#define N 10`), by name, as parsed expressions. */
  readonly macros = new Map<string, unknown>();

  constructor(
    readonly file: string,
    text: string,
    readonly base: { line: number; col: number; contCol?: number },
  ) {
    this.lines = text.split("\n");
  }

  /** The Go position of a (row, UTF-16 column) inside the preamble. */
  posAt(row: number, col: number): Pos {
    const line = this.lines[row] ?? "";
    const bytes = utf8Len(line.slice(0, col));
    if (row === 0) return { file: this.file, line: this.base.line, col: this.base.col + bytes };
    return { file: this.file, line: this.base.line + row, col: bytes + (this.base.contCol ?? 1) };
  }

  pos(n: Node): Pos {
    return this.posAt(n.startPosition.row, n.startPosition.column);
  }

  error(n: Node | Pos, msg: string, unsupported = false): void {
    const pos = "file" in n ? n : this.pos(n);
    this.diags.push(unsupported ? { pos, msg: `gort: ${msg}`, unsupported: true as const } : { pos, msg: `gort: ${msg}` });
  }

  /** Report `C <what> not supported yet` at n. */
  unsupported(n: Node, what: string): void {
    this.error(n, `C ${what} not supported yet`, true);
  }

  /** The base (specifier) type of a declaration, or undefined after a diagnostic. */
  baseType(n: Node | null): CType | undefined {
    if (n === null) return undefined;
    switch (n.type) {
      case "primitive_type":
        return this.namedType(n, n.text);
      case "type_identifier":
        return this.namedType(n, n.text);
      case "sized_type_specifier":
        return this.sizedType(n);
      case "struct_specifier":
        this.unsupported(n, "struct types");
        return undefined;
      case "union_specifier":
        this.unsupported(n, "union types");
        return undefined;
      case "enum_specifier":
        this.unsupported(n, "enum types");
        return undefined;
      default:
        this.unsupported(n, `type ${JSON.stringify(n.text)}`);
        return undefined;
    }
  }

  private namedType(n: Node, name: string): CType | undefined {
    const map: Record<string, CScalar> = { char: "char", int: "int", float: "float" };
    if (name in map) return map[name];
    if (name === "double" || name === "void") return name;
    const td = C_TYPEDEFS.get(name);
    if (td !== undefined) return td;
    if (name === "bool" || name === "_Bool") this.unsupported(n, "type bool");
    else this.unsupported(n, `type ${name}`);
    return undefined;
  }

  /** `unsigned long`, `long long int`, `short`, `signed char`, ... */
  private sizedType(n: Node): CType | undefined {
    let longs = 0;
    let short = false;
    let unsigned = false;
    let signed = false;
    let inner = "int";
    for (const c of n.children) {
      if (c === null) continue;
      if (c.type === "long") longs++;
      else if (c.type === "short") short = true;
      else if (c.type === "unsigned") unsigned = true;
      else if (c.type === "signed") signed = true;
      else if (c.type === "primitive_type") inner = c.text;
    }
    if (inner === "char" && longs === 0 && !short) return unsigned ? "uchar" : signed ? "schar" : "char";
    if (inner !== "int") {
      this.unsupported(n, `type ${JSON.stringify(n.text)}`);
      return undefined;
    }
    let s: string = short ? "short" : longs === 0 ? "int" : longs === 1 ? "long" : "longlong";
    if (unsigned) s = "u" + s;
    return isScalar(s) ? s : undefined;
  }

  /** Apply a declarator's pointer levels to a base type. */
  pointer(n: Node, t: CType): CType | undefined {
    const p = pointerTo(t);
    if (p === undefined) this.unsupported(n, "pointers with more than two levels");
    return p;
  }
}
