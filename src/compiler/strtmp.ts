// The string(b) conversions that Go reads in place (OBYTES2STRTMP), and the concatenations
// whose result fits a stack buffer: strings that are no heap allocation.
//
// A conversion of a []byte to a string copies the bytes into a new string (runtime
// slicebytetostring): an allocation, which the collector's pacing counts. gc skips the copy
// where the string cannot outlive the statement and the bytes cannot change meanwhile, and
// uses the bytes where they are (cmd/compile/internal/walk, Go 1.19):
//   - an operand of a string comparison (==, !=, <, <=, >, >=; order.go);
//   - the key of a map read (`m[string(b)]`, `v, ok := m[string(b)]`), also inside a struct or
//     array literal key (order.go mapKeyReplaceStrConv); not a map assignment's key, which the
//     map keeps;
//   - the tag of a switch whose cases are all constants (switch.go);
//   - an operand of a concatenation that has a non-empty constant operand (order.go OADDSTR: the
//     result is then a new string; with only empty ones concatstrings could return the operand).
// gort still makes a JS string of the bytes (strings are values in JS), but records no heap
// allocation for it (runtime/ops.ts bytesToStringTmp); under -race the bytes are read as
// runtime.slicebytetostringtmp reads them. The set of such conversions joins the escape
// analysis's stack allocations (escape.ts EscapeInfo.stack), which the conversion's code
// consults (call.ts).
//
// Concatenations too: where the result cannot outlive the statement (an operand of a
// comparison, a map read's key, a switch tag, the operand of len, a range expression), escape
// analysis gives concatstrings a 32-byte stack buffer (tmpBuf), so a result that fits is no
// allocation (runtime/newobject.ts concatstringsBuf). The chain's outermost addition joins the
// same set.
//
// Not here: the same stack buffer for a string(b) or a concatenation held in a local that does
// not escape, or passed to a function whose parameter does not leak (Go's escape analysis sees
// into the callee); gort allocates those.

import type * as ast from "../frontend/ast.js";
import type { Ctx } from "./context.js";
import { unparen } from "./expr.js";
import { inspect } from "./inspect.js";
import { basicKind, isString, under } from "./typeutil.js";
import { BasicKind as K } from "../frontend/types.js";

/** Is e a conversion of a []byte (any slice of a byte kind) to a string (OBYTES2STR)? */
export function isBytesToString(ctx: Ctx, e: ast.Expr): boolean {
  e = unparen(e);
  if (e.kind !== "CallExpr" || e.args.length !== 1 || ctx.tv(e.fun)?.mode !== "typexpr") return false;
  const from = ctx.tv(e.args[0]!)?.type;
  const to = ctx.tv(e)?.type;
  if (from === undefined || to === undefined || !isString(to)) return false;
  const u = under(from);
  return u.tag === "Slice" && basicKind(u.elem) === K.Uint8;
}

function isStringExpr(ctx: Ctx, e: ast.Expr): boolean {
  const t = ctx.tv(e)?.type;
  return t !== undefined && isString(t);
}

function isMap(ctx: Ctx, e: ast.Expr): boolean {
  const t = ctx.tv(e)?.type;
  return t !== undefined && under(t).tag === "Map";
}

function isBuiltin(ctx: Ctx, fun: ast.Expr, name: string): boolean {
  const f = unparen(fun);
  return f.kind === "Ident" && f.name === name && ctx.objOf(f)?.tag === "Builtin";
}

const comparisons = new Set(["==", "!=", "<", "<=", ">", ">="]);

/** The string(b) conversions of body (function literals' included) that Go reads in place. */
export function inPlaceStrings(ctx: Ctx, body: ast.BlockStmt): Set<ast.Node> {
  const out = new Set<ast.Node>();
  const mark = (e: ast.Expr): void => {
    if (isBytesToString(ctx, e)) out.add(unparen(e));
    local(e);
  };
  // A concatenation whose result does not escape: the stack buffer.
  const local = (e: ast.Expr): void => {
    const u = unparen(e);
    if (u.kind === "BinaryExpr" && u.op === "+" && isStringExpr(ctx, u) && ctx.tv(u)?.mode !== "constant") out.add(u);
  };
  // A map's element as an assignment's target, whose key the map keeps.
  const stored = new Set<ast.Node>();
  inspect(body, (n) => {
    switch (n.kind) {
      case "AssignStmt":
        if (n.tok !== ":=") for (const l of n.lhs) stored.add(unparen(l));
        return;
      case "IncDecStmt":
        stored.add(unparen(n.x));
        return;
      case "RangeStmt":
        for (const l of [n.key, n.value]) if (l !== undefined) stored.add(unparen(l));
        local(n.x);
        return;
      case "CallExpr":
        if (n.args.length === 1 && isBuiltin(ctx, n.fun, "len")) local(n.args[0]!);
        return;
      case "BinaryExpr":
        if (comparisons.has(n.op) && isStringExpr(ctx, n.x)) {
          mark(n.x);
          mark(n.y);
        } else if (n.op === "+" && isStringExpr(ctx, n) && ctx.tv(n)?.mode !== "constant") {
          concatOperands(ctx, n, out);
        }
        return;
      case "IndexExpr":
        // (A generic type's instantiation, `atomic.Pointer[T]`, has no type recorded for x.)
        if (!stored.has(n) && isMap(ctx, n.x)) {
          mapKey(ctx, n.index, out);
          local(n.index);
        }
        return;
      case "SwitchStmt":
        if (n.tag === undefined) return;
        local(n.tag);
        if ((n.body as ast.CaseClause[]).every((c) => c.list.every((x) => ctx.tv(x)?.mode === "constant"))) mark(n.tag);
        return;
    }
  });
  return out;
}

/** mapKeyReplaceStrConv: the key, or the fields and elements of a struct or array literal key. */
function mapKey(ctx: Ctx, k: ast.Expr, out: Set<ast.Node>): void {
  k = unparen(k);
  if (isBytesToString(ctx, k)) out.add(k);
  else if (k.kind === "CompositeLit") for (const x of k.elts) mapKey(ctx, x.kind === "KeyValueExpr" ? x.value : x, out);
}

/** With a non-empty constant among a concatenation's operands, its string(b)s are read in
 *  place. Each addition inside the chain is visited again by the walk and finds the same. */
function concatOperands(ctx: Ctx, e: ast.BinaryExpr, out: Set<ast.Node>): void {
  const ops = concatList(ctx, e);
  const literal = ops.some((x) => {
    const tv = ctx.tv(x);
    return tv?.mode === "constant" && tv.value?.kind === "string" && tv.value.v.length > 0;
  });
  if (literal) for (const x of ops) if (isBytesToString(ctx, x)) out.add(x);
}

/** A concatenation's operands as gc lists them (OADDSTR): the non-constant string additions
 *  nested in it, on either side, flattened (a constant one is one operand). */
export function concatList(ctx: Ctx, e: ast.BinaryExpr): ast.Expr[] {
  const ops: ast.Expr[] = [];
  const flatten = (x: ast.Expr): void => {
    const u = unparen(x);
    if (u.kind === "BinaryExpr" && u.op === "+" && ctx.tv(u)?.mode !== "constant") {
      flatten(u.x);
      flatten(u.y);
    } else ops.push(u);
  };
  flatten(e);
  return ops;
}
