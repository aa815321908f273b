// The C syntax tree gort builds from tree-sitter-c's concrete tree of a cgo preamble.
//
// Not modelled on a Go file: this is the subset of C (C11, as gcc compiles a cgo preamble) that
// gort's C interpreter runs. Every node carries `pos`, a position in the *Go* file that holds the
// preamble, so diagnostics and faults point where `go build` would.
//
// Terms:
//   - CUnit: one preamble: its functions, its file-scope variables and its includes.
//   - Decl'd types are canonical CType strings (see types.ts); typedef names are resolved by the
//     parser.
//
// Invariants: the tree holds no tree-sitter objects; every construct outside the supported subset
// was rejected by the parser with a diagnostic, so the compiler never sees one.

import type { Pos } from "../frontend/ast.js";
import type { CType } from "./types.js";

export type CBinOp =
  | "+" | "-" | "*" | "/" | "%" | "<<" | ">>" | "&" | "|" | "^"
  | "<" | ">" | "<=" | ">=" | "==" | "!=" | "&&" | "||";
export type CAssignOp =
  | "=" | "+=" | "-=" | "*=" | "/=" | "%=" | "<<=" | ">>=" | "&=" | "|=" | "^=";

export type CExpr =
  | { k: "int"; pos: Pos; v: number | bigint; t: CType } // integer or character constant
  | { k: "float"; pos: Pos; v: number; t: "float" | "double" }
  | { k: "str"; pos: Pos; bytes: string } // a string literal, without its NUL
  | { k: "id"; pos: Pos; name: string }
  | { k: "bin"; pos: Pos; op: CBinOp; x: CExpr; y: CExpr }
  | { k: "un"; pos: Pos; op: "-" | "+" | "!" | "~"; x: CExpr }
  | { k: "deref"; pos: Pos; x: CExpr }
  | { k: "addr"; pos: Pos; x: CExpr }
  | { k: "upd"; pos: Pos; op: "++" | "--"; prefix: boolean; x: CExpr }
  | { k: "asg"; pos: Pos; op: CAssignOp; x: CExpr; y: CExpr }
  | { k: "call"; pos: Pos; fn: string; args: CExpr[] }
  | { k: "index"; pos: Pos; x: CExpr; i: CExpr }
  | { k: "cast"; pos: Pos; t: CType; x: CExpr }
  | { k: "sizeof"; pos: Pos; t?: CType; x?: CExpr }
  | { k: "cond"; pos: Pos; c: CExpr; a: CExpr; b: CExpr }
  | { k: "comma"; pos: Pos; x: CExpr; y: CExpr };

/** One declared variable. arrayLen is set for `T name[N]` (a local array of N elements). */
export interface CVarDecl {
  pos: Pos;
  name: string;
  t: CType;
  arrayLen?: number;
  init?: CExpr;
}

export type CStmt =
  | { k: "decl"; pos: Pos; vars: CVarDecl[] }
  | { k: "expr"; pos: Pos; x: CExpr }
  | { k: "if"; pos: Pos; c: CExpr; then: CStmt; else?: CStmt }
  | { k: "for"; pos: Pos; init?: CStmt; c?: CExpr; post?: CExpr; body: CStmt }
  | { k: "while"; pos: Pos; c: CExpr; body: CStmt }
  | { k: "do"; pos: Pos; body: CStmt; c: CExpr }
  | { k: "return"; pos: Pos; x?: CExpr }
  | { k: "break"; pos: Pos }
  | { k: "continue"; pos: Pos }
  | { k: "block"; pos: Pos; body: CStmt[] }
  | { k: "empty"; pos: Pos };

export interface CParam {
  pos: Pos;
  name: string; // "" for an unnamed parameter
  t: CType;
}

/** A function definition, or a prototype when body is undefined. */
export interface CFunc {
  pos: Pos;
  name: string;
  params: CParam[];
  result: CType;
  variadic: boolean;
  body?: CStmt & { k: "block" };
}

/** One cgo preamble, parsed. */
export interface CUnit {
  funcs: CFunc[];
  /** File-scope variables, in source order (`static int counter = 0;`). */
  globals: CVarDecl[];
  /** The standard headers it includes ("stdio.h", ...). */
  includes: string[];
  /** Object-like macros with an expression body (`#define N 10`), by name, in definition
   *  order, with their body's text: Go code may name them (C.N) when they are constants. */
  macros: Map<string, { e: CExpr; text: string }>;
}
