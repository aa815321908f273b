// Loops: for and range statements, lowered for Go 1.19's semantics.
//
// Part of the statement compiler (stmt.ts). Lowered from:
//   - for: loop variables live outside the JS loop (Go 1.19 has one variable per loop, which
//     closures share), `continue` runs the post statement (a labeled inner block when there is
//     one), and each back-edge counts down the preemption budget.
//   - range: over strings (runes), maps (the map model's iterator, a yield point), channels
//     (receive until closed), arrays (over a copy when the value is used) and slices (length
//     fixed at the start).

import type * as ast from "../frontend/ast.js";
import * as T from "../frontend/types.js";
import { Typ } from "../frontend/check/universe.js";
import { CompileLimit, FuncEmitter } from "./func.js";
import { isBlank, unparen } from "./expr.js";
import { ordered, snapshotLhs, withOverride } from "./stmt.js";
import { orderExpr } from "./order.js";
import { is64, isUnsigned, isValueObject, under } from "./typeutil.js";
import { inspect } from "./inspect.js";
import { loopWeight, rangeWeight } from "./weight.js";
import { emitStripped, hoistSlices, mayStrip, scanLoop, stripValue } from "./stripmine.js";
import { mayShareElement } from "./sharecopy.js";

function backEdge(f: FuncEmitter, weight: number): void {
  f.emit(budgetCheck(f, weight));
}

/**
 * The preemption check at a back-edge (or a recursive plain function's entry): it counts the
 * site's weight (its body's operations, weight.ts) off the budget, which is also what the
 * machine charges simulated time for (costs.ts opsPerNs). Once the budget is spent, a generator
 * yields; plain code calls tick, which may suspend it or start a GC cycle there
 * (Machine.suspendPlain). Either way the frame records its stack map first, so that the
 * collector and the leak check see its live locals.
 */
export function budgetCheck(f: FuncEmitter, weight: number): string {
  const dec = weight === 1 ? "--$S.b" : `($S.b -= ${weight})`;
  return f.fc.gen
    ? `if (${dec} < 0) { $f.s = ${f.stackMap()}; yield* $rt.preempt(); }`
    : `if (${dec} < 0) { $f.s = ${f.stackMap()}; $rt.tick(); }`;
}

/**
 * The deepest loop nesting in one function that gort compiles. Go has no such limit, but V8
 * compiles nested loops in time and memory that grow faster than their depth: 1,000 levels take
 * 1 s and 150 MB, 3,000 levels 7 s and 400 MB (more under load, past the fuzzer's limits).
 */
export const maxLoopNesting = 1000;

/** Check the loop nesting before compiling one more level (CompileLimit beyond it). */
function checkNesting(f: FuncEmitter, pos: ast.Pos): void {
  if ((f.loops?.length ?? 0) >= maxLoopNesting) {
    throw new CompileLimit(pos, `loops nested more than ${maxLoopNesting} deep in one function are beyond gort's limit`);
  }
}

export function forStmt(f: FuncEmitter, s: ast.ForStmt, label: string | undefined): void {
  checkNesting(f, s.pos);
  f.emit("{");
  f.indent();
  // The loop's own position: its condition's and back-edge's stack maps are computed here,
  // and a traceback of a loop without an init statement (`for {}`) shows its line.
  if (s.init) f.curPos = s.pos;
  else f.line(s.pos);
  if (s.init) f.stmt(s.init);
  const strip = mayStrip(f, s.cond, s.post, s.body);
  if (strip) f.sliceHoists = hoistSlices(f, [s.cond, s.post, s.body], [], s.cond);
  // The condition may need statements (yield temps); evaluate it inside the loop.
  const cond = s.cond ? orderExpr(f, [{ e: s.cond }], () => f.expr(s.cond!)) : "";
  const post: string[] = [];
  if (s.post) {
    const saved = f.out.length;
    const counter = plainCounter(f, s);
    if (counter !== undefined) {
      f.line(s.post.pos);
      f.emit(counter);
    } else f.stmt(s.post);
    post.push(...f.out.splice(saved).map((l) => l.trim()));
  }
  const weight = loopWeight(f.ctx, s.cond, s.post, s.body);
  // A condition that can panic or call runs at its own line, which the body's statements have
  // replaced: a traceback from it shows the loop's line, as Go's does.
  const condLine = s.cond !== undefined && mayTrace(f, s.cond) ? s.cond.pos.line : undefined;
  if (strip) {
    emitStripped(f, {
      label: label ? label + ": " : "", cond: condLine === undefined ? cond : `$ln = ${condLine}, ${cond}`,
      head: [], weight, stackMap: f.stackMap(), tail: "",
      nodes: [s.cond, s.post, s.body], body: () => loopBody(f, s.body, label, post),
    });
    f.dedent();
    f.emit("}");
    return;
  }
  f.emit(`${label ? label + ": " : ""}for (;;) {`);
  f.indent();
  if (condLine !== undefined) f.emit(`$f.l = ${condLine};`);
  if (cond) f.emit(`if (!(${cond})) break;`);
  backEdge(f, weight);
  loopBody(f, s.body, label, post);
  f.dedent();
  f.emit("}");
  f.dedent();
  f.emit("}");
}

/** Can evaluating e show its line in a traceback: a call, an index or slice expression, a
 *  dereference (explicit or a field through a pointer), a receive, a type assertion, a
 *  division? */
function mayTrace(f: FuncEmitter, e: ast.Expr): boolean {
  let found = false;
  inspect(e, (n) => {
    if (found || n.kind === "FuncLit") return false;
    switch (n.kind) {
      case "CallExpr": {
        const tv = f.ctx.tv(n.fun);
        found = !(tv?.mode === "typexpr" || (tv?.mode === "builtin" && n.fun.kind === "Ident" && (n.fun.name === "len" || n.fun.name === "cap")));
        break;
      }
      case "IndexExpr": case "SliceExpr": case "StarExpr": case "TypeAssertExpr":
        found = true;
        break;
      case "UnaryExpr":
        found = n.op === "<-";
        break;
      case "BinaryExpr":
        found = n.op === "/" || n.op === "%";
        break;
      case "SelectorExpr":
        found = f.ctx.info.selections.get(n)?.kind === "FieldVal" && under(f.typeOf(n.x)).tag === "Pointer";
        break;
    }
    return !found;
  });
  return found;
}

/** plainCounter's largest constant start and step: from |start| <= 2^31, steps of at most 16
 *  reach 2^53 only after 2^48 iterations, which no run makes (the default step limit, 5e9, ends
 *  a run long before; a loop of one-ns iterations would take three days of host time). */
const counterStartLimit = 2n ** 31n;
const counterStepLimit = 16n;

/**
 * The post statement of a counted loop as plain JS arithmetic, or undefined. A 64-bit integer
 * k declared by the init statement from a constant (`k := 0`), stepped by the post statement
 * alone (`k++`, `k--`, `k += c` or `k -= c` with a constant 1 <= c <= 16) and written nowhere
 * else in its scope (the condition and the body, closures in it included), is a number all its
 * life and never leaves the safe integers: `k = k + 1` needs neither the typeof test nor the
 * range test of the I64 fast path (expr.ts inlineAddSub). Measured: docs/ARCHITECTURE.md.
 * Not for an unsigned counter stepped down (it wraps at 0), a boxed one (its address is taken:
 * a pointer may write it), or under -race or the debugger (which watch its accesses).
 */
function plainCounter(f: FuncEmitter, s: ast.ForStmt): string | undefined {
  const init = s.init, post = s.post!;
  if (f.fc.race || f.fc.dbg || init?.kind !== "AssignStmt" || init.tok !== ":=" || init.lhs.length !== 1) return undefined;
  const id = init.lhs[0]!;
  const k = id.kind === "Ident" ? f.ctx.objOf(id) : undefined;
  if (k === undefined || k.tag !== "Var" || !is64(k.type) || f.fc.boxed.has(k)) return undefined;
  const start = f.ctx.tv(init.rhs[0]!)?.value;
  if (start?.kind !== "int" || start.v > counterStartLimit || start.v < -counterStartLimit) return undefined;
  let up: boolean, step: bigint;
  if (post.kind === "IncDecStmt") {
    if (!isIdentOf(f, post.x, k)) return undefined;
    up = post.tok === "++";
    step = 1n;
  } else if (post.kind === "AssignStmt" && (post.tok === "+=" || post.tok === "-=") && isIdentOf(f, post.lhs[0]!, k)) {
    const c = f.ctx.tv(post.rhs[0]!)?.value;
    if (c?.kind !== "int" || c.v < 1n || c.v > counterStepLimit) return undefined;
    up = post.tok === "+=";
    step = c.v;
  } else return undefined;
  // &k would have boxed it (checked above): an assignment, a step or a range is what is left.
  if ((!up && isUnsigned(k.type)) || scanLoop(f, [s.cond, s.body]).changed.has(k)) return undefined;
  const js = f.expr(id);
  if (!/^[\w$]+$/.test(js)) return undefined;
  return `${js} = ${js} ${up ? "+" : "-"} ${step};`;
}

function isIdentOf(f: FuncEmitter, e: ast.Expr, k: T.Obj): boolean {
  const u = unparen(e);
  return u.kind === "Ident" && f.ctx.objOf(u) === k;
}

/** A for loop's body and its post statement. */
function loopBody(f: FuncEmitter, body: ast.BlockStmt, label: string | undefined, post: string[]): void {
  if (post.length === 0) return withContinue(f, label, undefined, () => f.block(body.list));
  // `continue` must run the post statement: wrap the body in a labeled block.
  const inner = `$c${f.fc.labelN++}`;
  f.emit(`${inner}: {`);
  f.indent();
  withContinue(f, label, inner, () => f.block(body.list));
  f.dedent();
  f.emit("}");
  for (const l of post) f.emit(l);
}

/** Inside a for loop with a post statement, `continue` (or `continue L` for this loop) becomes
 *  `break <inner>`, so that the post statement runs. */
function withContinue(f: FuncEmitter, label: string | undefined, inner: string | undefined, body: () => void): void {
  f.loops ??= [];
  f.loops.push({ label, inner });
  body();
  f.loops.pop();
}

declare module "./func.js" {
  interface FuncEmitter {
    loops: { label: string | undefined; inner: string | undefined }[] | undefined;
  }
}

/** gort build -S: a range over a map is mapiterinit and mapiternext, over a channel chanrecv2,
 *  over a string decoderune (its non-ASCII path); a range over a slice, array or string lets
 *  Go prove x[k] in range (FuncEmitter.lowerRangeKeys). */
function lowerRange(f: FuncEmitter, s: ast.RangeStmt, xt: T.Type, key: T.Var | undefined): void {
  if (xt.tag === "Map") {
    f.lowerCall("mapiterinit", s.pos);
    f.lowerCall("mapiternext", s.pos);
    return;
  }
  if (xt.tag === "Chan") return f.lowerCall("chanrecv2", s.pos);
  if (xt.tag === "Basic" && s.value !== undefined) f.lowerCall("decoderune", s.pos);
  const x = s.x.kind === "Ident" ? f.ctx.objOf(s.x) : undefined;
  if (key !== undefined && x !== undefined) (f.lowerRangeKeys ??= new Map()).set(key, x);
}

export function rangeStmt(f: FuncEmitter, s: ast.RangeStmt, label: string | undefined): void {
  checkNesting(f, s.pos);
  const xt = under(f.typeOf(s.x));
  f.emit("{");
  f.indent();
  f.line(s.pos);
  const define = s.tok === ":=";
  const kv = (e: ast.Expr | undefined): { obj?: T.Var; e?: ast.Expr } | undefined => {
    if (!e || isBlank(e)) return undefined;
    if (define && e.kind === "Ident") return { obj: f.ctx.info.defs.get(e) as T.Var };
    return { e };
  };
  const k = kv(s.key);
  const v = kv(s.value);
  if (f.ctx.lower !== undefined) lowerRange(f, s, xt, k?.obj);
  // Go 1.19: one variable per loop, declared before it.
  if (k?.obj) f.declareVar(k.obj, undefined);
  if (v?.obj) f.declareVar(v.obj, undefined);
  // With two assigned (not declared) iteration variables the pair is a parallel assignment:
  // hold the key until the value is known, then store both after evaluating the locations.
  const both = k?.e !== undefined && v?.e !== undefined;
  let heldK: { val: string; t: T.Type } | undefined;
  const setK = (val: string, t: T.Type): void => {
    if (!both) return setVar(f, k, val, t);
    const tmp = f.fc.tmp();
    f.emit(`${tmp} = ${val};`);
    heldK = { val: tmp, t };
  };
  const setV = (val: string, t: T.Type): void => {
    if (!both || !heldK) return setVar(f, v, val, t);
    const tmp = f.fc.tmp();
    f.emit(`${tmp} = ${val};`);
    const hk = heldK;
    const snap = snapshotLhs(f, [k!.e!, v!.e!], false);
    withOverride(f, snap, () => {
      setVar(f, k, hk.val, hk.t);
      setVar(f, v, tmp, t);
    });
  };
  const x = f.fc.tmp();
  const lab = label ? label + ": " : "";
  // The range expression, its operands in gc's order (order.ts).
  const rangeX = (): string => ordered(f, [{ e: s.x }], () => f.expr(s.x));
  // A range over a string, a slice or an array whose body may be strip-mined (stripmine.ts):
  // its iteration variables are declared by the statement (the value is copied, if at all,
  // before the loop).
  const strip = xt.tag !== "Map" && xt.tag !== "Chan" && (define || (k === undefined && v === undefined)) &&
    (v === undefined || stripValue(rangeElem(xt))) && mayStrip(f, undefined, undefined, s.body);
  /** Emit the strip-mined loop: head assigns the iteration's variables, after its condition. */
  const stripped = (i: string, cond: string, head: () => void, rangeOps: number, tail: string): void => {
    f.emit(`${i} = 0;`);
    f.sliceHoists = hoistSlices(f, [s.body], [s.key, s.value]);
    const start = f.out.length;
    head();
    const lines = f.out.splice(start).map((l) => l.trim());
    emitStripped(f, {
      label: lab, cond, head: lines, weight: rangeWeight(f.ctx, rangeOps, s.body), stackMap: f.stackMap(), tail,
      nodes: [s.body], body: () => withContinue(f, label, undefined, () => f.block(s.body.list)),
    });
    f.emit(`${x} = undefined;`);
    f.dedent();
    f.emit("}");
  };
  if (xt.tag === "Basic") {
    // A string: iterate runes.
    const i = f.fc.tmp();
    const w = f.fc.tmp();
    f.emit(`${x} = ${rangeX()};`);
    if (strip) {
      return stripped(i, `${i} < ${x}.length`, () => {
        f.emit(`${w} = $rt.decodeRune(${x}, ${i});`);
        setK(i, intT);
        setV(`$rt.lastRune`, runeT);
      }, 3, `${i} += ${w}`);
    }
    f.emit(`${lab}for (${i} = 0; ${i} < ${x}.length; ${i} += ${w}) {`);
    f.indent();
    f.emit(`${w} = $rt.decodeRune(${x}, ${i});`);
    setK(i, intT);
    setV(`$rt.lastRune`, runeT);
    // The index's advance and test, and decoderune's ASCII check.
    backEdge(f, rangeWeight(f.ctx, 3, s.body));
  } else if (xt.tag === "Map") {
    const it = x;
    f.emit(`${x} = ${rangeX()};`);
    f.emit(`${it} = ${f.yn("mapiterinit", `${f.mapType(xt)}, ${x}`, true)};`);
    // mapiternext and chanrecv2 run at the range statement's line, which the body's
    // statements have replaced: a traceback from them (a concurrent map write, a deadlock)
    // shows the range's line, as Go's does.
    f.emit(`${lab}for (; ${it}.key !== undefined; $f.l = ${s.pos.line}, ${f.yn("mapiternext", it, false)}) {`);
    f.indent();
    setK(`${it}.key`, xt.key);
    setV(f.copyOf(xt.elem, f.fc.race ? `$rt.mapiterelemRace(${it})` : `${it}.elem`), xt.elem);
    // mapiternext charges its own work.
    backEdge(f, rangeWeight(f.ctx, 1, s.body));
  } else if (xt.tag === "Chan") {
    const r = f.fc.tmp();
    f.emit(`${x} = ${rangeX()};`);
    f.emit(`${lab}for (;;) {`);
    f.indent();
    f.emit(`$f.l = ${s.pos.line};`);
    f.emit(`${r} = ${f.yn("chanrecv2", x, true, true)};`);
    f.emit(`if (!${r}[1]) break;`);
    setK(`${r}[0]`, xt.elem);
  } else {
    // Arrays (ranged over a copy when the value is used), pointers to arrays, and slices.
    const n = f.fc.tmp();
    const i = f.fc.tmp();
    let elem: T.Type;
    if (xt.tag === "Slice") {
      elem = xt.elem;
      f.emit(`${x} = ${rangeX()}; ${n} = $rt.slen(${x});`);
    } else {
      const at = (xt.tag === "Pointer" ? under(xt.elem) : xt) as T.ArrayT;
      elem = at.elem;
      const src = rangeX();
      const copy = xt.tag === "Array" && v ? f.copyOf(f.typeOf(s.x), src) : src;
      f.emit(`${x} = ${copy}; ${n} = ${at.len};`);
    }
    // A struct value the body only reads fields of, while nothing can write its element, is
    // the element itself (sharecopy.ts).
    const share = v?.obj !== undefined && xt.tag === "Slice" && isValueObject(elem) && !f.fc.race &&
      mayShareElement(f.ctx, v.obj, elem, [s.body], s.value as ast.Ident);
    if (strip) {
      let ev = `${x}[${i}]`;
      if (xt.tag === "Slice" && v) {
        // The strip reads the ranged slice's array and offset once, as it does the headers of
        // the slices it indexes (stripmine.ts hoistSlices); nil ranges over nothing.
        const a = f.fc.tmp(false);
        const off = f.fc.tmp(false);
        f.emit(`${a} = ${x} !== null ? ${x}.a : null; ${off} = ${x} !== null ? ${x}.off : 0;`);
        ev = `${a}[${off} + ${i}]`;
      }
      return stripped(i, `${i} < ${n}`, () => {
        setK(i, intT);
        if (v) setV(share ? ev : f.copyOf(elem, ev), elem);
      }, v ? 3 : 2, `${i}++`);
    }
    f.emit(`${lab}for (${i} = 0; ${i} < ${n}; ${i}++) {`);
    f.indent();
    // -race: the element's read and the iteration variables' writes are the range statement's,
    // at every iteration (the body moved the line on).
    if (f.fc.race) f.emit(`$f.l = ${s.pos.line};`);
    setK(i, intT);
    if (v) {
      let ev = xt.tag === "Slice" ? `${x}.a[${x}.off + ${i}]` : `${x}[${i}]`;
      // -race: the element's read (a ranged array value is a copy: nothing shared to report).
      if (f.raceLoc(elem) && xt.tag !== "Array") {
        ev = xt.tag === "Slice" ? `$rr(${x}.a, ${x}.off + ${i})[${x}.off + ${i}]` : `$rr(${x}, ${i})[${i}]`;
      }
      setV(share ? ev : f.copyOf(elem, ev), elem);
    }
    // The index's increment and test, and the element's load when the value is used.
    backEdge(f, rangeWeight(f.ctx, v ? 3 : 2, s.body));
  }
  withContinue(f, label, undefined, () => f.block(s.body.list));
  f.dedent();
  f.emit("}");
  // The ranged value is dead after the loop: drop it from the frame (stackmap.ts scans temps).
  f.emit(`${x} = undefined;`);
  f.dedent();
  f.emit("}");
}

function setVar(f: FuncEmitter, kv: { obj?: T.Var; e?: ast.Expr } | undefined, val: string, t: T.Type): void {
  if (!kv) return;
  if (kv.obj) {
    const ref = f.varRef(kv.obj);
    // Go 1.19 has one iteration variable per loop: a struct or array one whose address is
    // taken (&v, a pointer method's value or call) keeps its storage, and each iteration's
    // value is copied into it, so pointers taken in earlier iterations see the last value.
    // -race: each iteration writes the variable (a goroutine that captured it races with the
    // next iteration, as in Go 1.19).
    if (isValueObject(kv.obj.type) && f.fc.isAddrTaken(kv.obj)) {
      f.emit(f.ctx.tt.assignInto(kv.obj.type, ref, val) + (f.fc.race ? ` $rwo(${ref});` : ""));
      return;
    }
    const loc = f.raceVar(kv.obj);
    f.emit(loc ? `${ref} = $rw(${loc[0]}, ${loc[1]}, ${val});` : `${ref} = ${val};`);
    return;
  }
  const lt = f.typeOf(kv.e!);
  f.store(kv.e!, f.convertValue(val, t, lt, true), undefined);
}

/** The element type a range over xt (a string, slice, array or pointer to an array) yields. */
function rangeElem(xt: T.Type): T.Type {
  if (xt.tag === "Basic") return runeT;
  if (xt.tag === "Slice" || xt.tag === "Array") return xt.elem;
  return (under((xt as T.Pointer).elem) as T.ArrayT).elem;
}

const intT = Typ[T.BasicKind.Int]!;
const runeT = Typ[T.BasicKind.Int32]!;
