// Tests for lower.ts's choice of Go's runtime entry points (the variants cmd/compile's walk picks
// from the types) and for how -m prints expressions.

import { test } from "node:test";
import assert from "node:assert/strict";
import * as T from "../frontend/types.js";
import { BasicKind as K } from "../frontend/types.js";
import { Typ } from "../frontend/check/universe.js";
import type * as ast from "../frontend/ast.js";
import { concatName, convTName, exprString, makemapName, mapName, printName } from "./lower.js";

const int64 = Typ[K.Int64]!;
const int32 = Typ[K.Int32]!;
const str = Typ[K.String]!;
const f64 = Typ[K.Float64]!;
const u8 = Typ[K.Uint8]!;

test("map operations pick Go's variant by key kind and element size", () => {
  assert.equal(mapName("mapassign", new T.MapT(int64, int64)), "mapassign_fast64");
  assert.equal(mapName("mapassign", new T.MapT(int32, str)), "mapassign_fast32");
  assert.equal(mapName("mapaccess1", new T.MapT(str, int64)), "mapaccess1_faststr");
  assert.equal(mapName("mapaccess2", new T.MapT(str, int64)), "mapaccess2_faststr");
  assert.equal(mapName("mapassign", new T.MapT(new T.Pointer(int64), int64)), "mapassign_fast64ptr");
  // Only mapassign has the ptr variants.
  assert.equal(mapName("mapaccess1", new T.MapT(new T.Pointer(int64), int64)), "mapaccess1_fast64");
  assert.equal(mapName("mapdelete", new T.MapT(int64, int64)), "mapdelete_fast64");
  // Floats hash as floats; elements over 128 bytes take the generic path.
  assert.equal(mapName("mapassign", new T.MapT(f64, int64)), "mapassign");
  assert.equal(mapName("mapassign", new T.MapT(int64, new T.ArrayT(int64, 17))), "mapassign");
});

test("make(map) and map literals: stack, makemap_small, makemap", () => {
  assert.equal(makemapName(0, false), undefined);
  assert.equal(makemapName(8, true), "makemap_small");
  assert.equal(makemapName(9, true), "makemap");
  assert.equal(makemapName(undefined, false), "makemap");
});

test("conversions to interfaces name Go's data-word helpers", () => {
  assert.equal(convTName(int64), "convT64");
  assert.equal(convTName(int32), "convT32");
  assert.equal(convTName(f64), "convT64");
  assert.equal(convTName(str), "convTstring");
  assert.equal(convTName(new T.Slice(u8)), "convTslice");
  assert.equal(convTName(u8), undefined);
  assert.equal(convTName(new T.Pointer(int64)), undefined);
  assert.equal(convTName(new T.ArrayT(int64, 3)), "convTnoptr");
  assert.equal(convTName(new T.ArrayT(str, 2)), "convT");
});

test("concatenation and println helpers", () => {
  assert.equal(concatName(2), "concatstring2");
  assert.equal(concatName(5), "concatstring5");
  assert.equal(concatName(6), "concatstrings");
  assert.equal(printName(str), "printstring");
  assert.equal(printName(Typ[K.Uint]!), "printuint");
  assert.equal(printName(new T.Slice(int64)), "printslice");
});

test("-m prints literals shortened, as cmd/compile does", () => {
  const pos: ast.Pos = { file: "x.go", line: 1, col: 1 };
  const id = (name: string): ast.Ident => ({ kind: "Ident", pos, name });
  const lit: ast.Expr = { kind: "CompositeLit", pos, type: id("T"), elts: [id("a")], lbrace: pos, rbrace: pos } as unknown as ast.Expr;
  assert.equal(exprString({ kind: "UnaryExpr", pos, op: "&", x: lit } as ast.Expr), "&T{...}");
  const call = { kind: "CallExpr", pos, fun: id("make"), args: [{ kind: "ArrayType", pos, elt: id("int") }, id("n")], hasEllipsis: false, lparen: pos, rparen: pos };
  assert.equal(exprString(call as unknown as ast.Expr), "make([]int, n)");
  assert.equal(exprString({ kind: "FuncLit", pos } as unknown as ast.Expr), "func literal");
});
