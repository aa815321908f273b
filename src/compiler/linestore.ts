// Line stores that nothing can read: which statements may leave out their `$f.l = N`.
//
// Every statement stores its line in the frame (`$f.l = N`, stmt.ts P.line) so that a traceback,
// a preemption's profile sample and the race detector see where the frame is. The line is read
// only at an observation point: a call (the callee's traceback shows the caller's line), a
// back-edge's or a recursive entry's budget check (tick), a panic, and the runtime helpers that
// charge or sample (allocation). A store is dead when the frame reaches no observation point
// before the next store or before the frame is popped, so leaving it out changes nothing any run
// prints. Two cases are recognised here:
//   - a `return` whose results are pure (pureExpr) in a function without deferred calls: the
//     frame is popped right after, and a popped slot's line is never read (G.push sets it again);
//   - an `if` without an init statement whose condition is pure, when the first statement of
//     each way on (the then block, the else block, or the statement after the if) begins with a
//     line store of its own or is a return (killsLine).
//
// Invariants: a pure expression compiles to code that neither calls a Go function nor a runtime
// helper that can panic, allocate, yield or read the frame (only the int64 helpers of + - * &
// | ^ &^, which compute); nothing is left out in a debug compile (its statement hooks read every
// line), under -race (its instrumentation reads the frame's line), or in a generator (kept
// simple: the hot plain code is where the stores cost).
// Simplification: only these two shapes; a store before a pure assignment is kept (measured: the
// nbody kernel's nine such stores per iteration cost about 1% of its instructions).

import type * as ast from "../frontend/ast.js";
import type { FuncEmitter } from "./func.js";
import { basic, isComplex, isFloat, isInteger, isScalar, isString, under } from "./typeutil.js";
import { unparen } from "./expr.js";

/** Whether line stores may be left out in f's function at all. */
function mayElideLines(f: FuncEmitter): boolean {
  return !f.fc.dbg && !f.fc.race && !f.fc.gen;
}

/**
 * e compiles to code that nothing can observe: a constant, a variable of a basic type, or
 * arithmetic, comparison and logic on such operands that cannot panic (no integer division or
 * remainder, no shifts, whose counts can panic; no strings, whose concatenation allocates).
 */
function pureExpr(f: FuncEmitter, e: ast.Expr): boolean {
  if (f.argOverride?.has(e)) return false;
  const tv = f.ctx.tv(e);
  if (tv && tv.mode === "constant" && tv.value !== undefined) return basic(tv.type) !== undefined && !isComplex(tv.type);
  switch (e.kind) {
    case "ParenExpr":
      return pureExpr(f, e.x);
    case "Ident": {
      const o = f.ctx.objOf(e);
      if (o === undefined || o.tag !== "Var") return false;
      const t = f.typeOf(e);
      return isScalar(t) || isString(t);
    }
    case "UnaryExpr":
      return (e.op === "-" || e.op === "+" || e.op === "^" || e.op === "!") && isScalar(f.typeOf(e)) && pureExpr(f, e.x);
    case "BinaryExpr": {
      const xt = f.typeOf(e.x);
      if (!isScalar(xt) || !isScalar(f.typeOf(e.y)) || !pureExpr(f, e.x) || !pureExpr(f, e.y)) return false;
      switch (e.op) {
        case "==": case "!=": case "<": case "<=": case ">": case ">=":
        case "&&": case "||":
        case "+": case "-": case "*":
          return true;
        case "&": case "|": case "^": case "&^":
          return isInteger(xt);
        case "/":
          return isFloat(xt);
        default:
          return false;
      }
    }
    default:
      return false;
  }
}

/** s's code begins with a line store, before anything that could read the frame, or is a
 *  return (whose store, if left out, is dead: the frame is popped). */
function killsLine(s: ast.Stmt | undefined): boolean {
  if (s === undefined) return false;
  switch (s.kind) {
    case "ExprStmt": case "AssignStmt": case "IncDecStmt": case "SendStmt":
    case "GoStmt": case "DeferStmt": case "ReturnStmt":
      return true;
    case "DeclStmt":
      return s.decl.tok === "var" && s.decl.specs.length > 0;
    default:
      return false;
  }
}

/** A block whose first statement kills the line, compiled as a plain statement list (a list
 *  with labels becomes gotostmt.ts's state machine). */
function blockKills(list: ast.Stmt[]): boolean {
  return list.length > 0 && killsLine(list[0]) && !list.some((x) => x.kind === "LabeledStmt");
}

/** The return's line store is dead: its results are pure and the frame is popped at once. */
export function returnLineDead(f: FuncEmitter, s: ast.ReturnStmt): boolean {
  if (!mayElideLines(f) || f.fc.hasDefer) return false;
  if (s.results.length === 0) return true;
  const rvars = f.fc.sig.results.vars;
  if (s.results.length !== rvars.length) return false;
  return s.results.every((r, i) => {
    const rt = rvars[i]!.type;
    return (isScalar(rt) || isString(rt)) && under(rt).tag === "Basic" && pureExpr(f, unparen(r));
  });
}

/** The if's line store is dead: its condition is pure and every way on stores its own line
 *  first. next is the statement after the if in a plain statement list (else undefined). */
export function ifLineDead(f: FuncEmitter, s: ast.IfStmt, next: ast.Stmt | undefined): boolean {
  if (!mayElideLines(f) || s.init || !pureExpr(f, s.cond) || !blockKills(s.body.list)) return false;
  if (s.else) return s.else.kind === "BlockStmt" && blockKills(s.else.list);
  return killsLine(next);
}
