// Strip-mined back-edges: an innermost loop counts its budget, and its line, in locals.
//
// Every back-edge counts its weight off the goroutine's budget S.b and, once the budget is
// spent, calls tick (plain code) or yields to preempt (a generator) (loops.ts budgetCheck). In
// a tight loop that costs more than the load, the subtraction and the store: the call, though
// rarely made, is on the loop's path, and V8 must assume that it changes any object, so it
// reloads every slice's array, offset and length after it on every iteration; and each
// statement's line store (`$f.l = N`) is a store to memory. A loop whose body reads nothing the
// budget feeds (no call, no allocation, no clock) is therefore run in strips:
//
//     $sN: for (;; tail) {
//       { let $lb = $S.b, $ln = $f.l; coerce; try { for (;; tail) {
//         if (!(cond)) break $sN;          // a range loop: its index test, then its variables
//         if (($lb -= w) < 0) break;       // this iteration's check would call tick
//         body; post;                      // line stores to $ln; the loop's `break` is break $sN
//       } } finally { $S.b = $lb; $f.l = $ln; } }
//       $f.s = <stack map>; $rt.tick();    // the iteration whose check ran out, as before
//       body; post;                        // (yield* $rt.preempt() in a generator)
//     }
//
// tail is a range loop's index increment (in both headers, so that `continue` runs it), else
// empty. The strip has no call on its path. It counts the same weights off the same budget in
// the same order, and the frame holds the budget and the line whenever anything can read them:
// tick runs after `finally` has stored both, and every other way out of the strip goes through
// `finally` too: the condition, break, return, and a panic in the body (an index out of range,
// a nil dereference, a division by zero), which is caught, and its stack read, only outside the
// strip. So a run is the same event for event, and its tracebacks line for line: the strip
// changes host time only.
//
// What may be strip-mined (mayStrip): an innermost loop, in a function compiled without the
// debugger's hooks, -race's instrumentation or unsafe's views, whose condition, post statement
// and body are assignments, ++/--, ifs, blocks, the loop's own break and continue, and returns,
// over values that assigning copies without the model (scalars, strings, pointers, structs and
// arrays): arithmetic and comparisons of scalars, strings and pointers, variables, fields,
// index expressions of slices, arrays and strings, derefs, the address of a struct or an array
// (the object itself), len and cap, numeric conversions and
// the math and math/bits natives (pure host functions). Nothing in it calls a Go function (whose
// own back-edges count off S.b, and whose traceback reads this frame's line), allocates
// (mallocgc may start a GC cycle, which reads the budget), converts to an interface, reads the
// clock, makes a closure or a composite value, or jumps by label or goto.
//
// A local slice that the loop indexes and never assigns has its header read once, before the
// loop (hoistSlices): its array, offset and length go to temporaries, which the loop's index
// expressions and len read instead of the Slice's fields. V8 hoists no field load out of a
// loop, so without them each iteration reloads, and map-checks, every header it indexes. The
// hoist holds in the tick iteration's copy too: only this function's code can assign a local
// that is not shared (FnCtx.isShared: boxed, address taken or captured by a closure), and the
// loop does not, so whatever runs in tick cannot change it. A nil slice is read as nilSlice's
// header (length 0), so its indexes fail the same bounds checks with the same panics. A strip's
// range over a slice reads the ranged slice's array and offset once too (loops.ts), for its
// value's loads.
//
// Rows and fields the strip reads are read once per strip too (hoistRows, hoistFields): a row
// a[i] of a hoisted slice of slices at an index the loop does not change, and a number or
// slice field x.f of a local struct or of the struct a local pointer points to, when nothing in
// the loop can store them. Unlike a local's header they are memory others can write: they are
// read at each strip's entry and again after tick, where other goroutines may have run, and
// only a loop that stores no possible alias (hoistRows, hoistFields) keeps them. A read that
// would fault (an index out of range, a nil pointer) gives undefined, and the use then takes
// the expression's own path, which faults where it did.
//
// In a generator, a strip first assigns each number local it uses (a float, or an integer of
// at most 32 bits, never a bigint) to itself with unary plus (numberCoercions). V8 gives a
// local that a resume reloads from the generator object no type, so the phis of a loop inside
// one are tagged: a float local was boxed in a new heap number on every iteration. `x = +x`
// changes no value and tells V8 that x is a number: the strip's loop then keeps it unboxed.
// Measured on a Mandelbrot kernel in main: 2.6x fewer instructions in the loop, as in a plain
// function.
//
// Costs: the body is emitted twice (the strip's copy and the tick iteration's), so only
// innermost loops qualify, whose bodies are small. Entering a loop costs two loads and two
// stores: a loop of one or two iterations gains nothing. Measured: docs/ARCHITECTURE.md,
// "an innermost loop counts its budget and its line in locals".

import type * as ast from "../frontend/ast.js";
import type * as T from "../frontend/types.js";
import type { FuncEmitter } from "./func.js";
import { callee, isBlank, unparen } from "./expr.js";
import { inspect } from "./inspect.js";
import { identical } from "../frontend/check/predicates.js";
import { holdsByValue, is64, isComplex, isFloat, isInteger, isScalar, isString, isValueObject, under } from "./typeutil.js";

/** Whether a loop with this condition, post statement and body may be strip-mined. */
export function mayStrip(f: FuncEmitter, cond: ast.Expr | undefined, post: ast.Stmt | undefined, body: ast.BlockStmt): boolean {
  const fc = f.fc;
  if (fc.dbg || fc.race || fc.unsafeElems) return false;
  const ok = new StripCheck(f);
  return (cond === undefined || ok.expr(cond)) && (post === undefined || ok.stmt(post)) && ok.block(body.list);
}

/** A hoisted slice header: the JS temporaries holding its array, offset and length. */
export interface SliceHoist {
  readonly a: string;
  readonly off: string;
  readonly len: string;
}

/**
 * The local slices that a strip-mined loop's condition, post statement and body (nodes) index
 * or take len of, and never assign, with their headers read into temporaries by statements
 * emitted here, before the loop (the file header). The caller sets them as f.sliceHoists
 * while it compiles the loop; emitStripped unsets them.
 */
export function hoistSlices(f: FuncEmitter, nodes: unknown[], loopVars: (ast.Expr | undefined)[] = [], cond?: ast.Expr): Map<T.Var, SliceHoist> | undefined {
  const scan = scanLoop(f, nodes, loopVars);
  const used = new Set<T.Var>();
  for (const e of [...scan.indexes.map((n) => n.x), ...scan.lens.map((n) => n.args[0]!)]) {
    const u = unparen(e);
    const v = u.kind === "Ident" ? f.ctx.objOf(u) : undefined;
    if (v?.tag === "Var" && under(v.type).tag === "Slice") used.add(v);
  }
  let hoists: Map<T.Var, SliceHoist> | undefined;
  for (const v of used) {
    const n = f.fc.names.get(v);
    if (scan.changed.has(v) || n === undefined || f.fc.isShared(v)) continue;
    const s = f.fc.tmp(false);
    const h = { a: f.fc.tmp(false), off: f.fc.tmp(false), len: f.fc.tmp(false) };
    f.emit(`${s} = ${n} !== null ? ${n} : $rt.nilSlice; ${h.a} = ${s}.a; ${h.off} = ${s}.off; ${h.len} = ${s}.len;`);
    (hoists ??= new Map()).set(v, h);
  }
  if (hoists !== undefined) f.rowHoists = hoistRows(f, scan, hoists);
  f.fieldHoists = hoistFields(f, scan, cond);
  return hoists;
}

/** What a loop's condition, post statement and body write and read, from one walk (closures
 *  in them included): hoistSlices, hoistRows, hoistFields and loops.ts's counted loops judge
 *  by it. */
interface LoopScan {
  /** The variables the loop assigns, steps or ranges into, and its range head's (loopVars). */
  readonly changed: Set<T.Obj>;
  /** Every location the loop assigns or steps (the left sides and ++/-- operands, not blank). */
  readonly stores: ast.Expr[];
  readonly indexes: ast.IndexExpr[];
  readonly selectors: ast.SelectorExpr[];
  /** Its len(x) calls. */
  readonly lens: ast.CallExpr[];
}

export function scanLoop(f: FuncEmitter, nodes: unknown[], loopVars: (ast.Expr | undefined)[] = []): LoopScan {
  const scan: LoopScan = { changed: new Set(), stores: [], indexes: [], selectors: [], lens: [] };
  const write = (e: ast.Expr | undefined, store: boolean): void => {
    if (e === undefined) return;
    const u = unparen(e);
    const o = u.kind === "Ident" ? f.ctx.objOf(u) : undefined;
    if (o !== undefined) scan.changed.add(o);
    if (store && !isBlank(u)) scan.stores.push(u);
  };
  for (const v of loopVars) write(v, false);
  inspect(nodes, (n) => {
    switch (n.kind) {
      case "AssignStmt": for (const l of n.lhs as ast.Expr[]) write(l, true); break;
      case "IncDecStmt": write(n.x, true); break;
      case "RangeStmt": write(n.key, false); write(n.value, false); break;
      case "IndexExpr": scan.indexes.push(n); break;
      case "SelectorExpr": scan.selectors.push(n); break;
      case "CallExpr": if (isLen(f, n)) scan.lens.push(n); break;
    }
  });
  return scan;
}

/** A field x.f of a local struct, or of the struct a local pointer points to, read once per
 *  strip (hoistFields): the JS temporary that holds it (undefined when x is a nil pointer), the
 *  statement that reads it, and for a slice field its header's temporaries (hoisted index
 *  expressions read them, as a local slice's). */
export interface FieldHoist {
  readonly v: string;
  readonly read: string;
  readonly slice: SliceHoist | undefined;
  /** x is a pointer: a use tests v for undefined (nil x) and takes the field's own path. */
  readonly viaPointer: boolean;
}

/**
 * The fields x.f, of number or slice type, that a strip-mined loop reads (nodes) through a
 * local x (a struct, or a pointer to one) that the loop does not change and no other code can
 * (not shared), when nothing in the loop can store into that field: no assignment selects the
 * field f itself, and none stores a value holding the struct type by value (`*p = T{}`, an
 * element of a []T). `m.data[i*m.cols+k]` in a method of a matrix type: V8 reloads (and
 * map-checks) m.data, its header and m.cols on every iteration, since it hoists no field load
 * out of a loop. Each is read once per strip, at its entry and again after tick (where other
 * goroutines may have run), as rows are (hoistRows); a nil pointer x reads as undefined, and
 * each use then takes the field's own path, which panics where it did.
 */
function hoistFields(f: FuncEmitter, scan: LoopScan, cond: ast.Expr | undefined): Map<ast.SelectorExpr, FieldHoist> | undefined {
  const checked = condChecks(f, cond);
  // The fields stored, as (the struct's underlying type, the field's index): a pointer converted
  // to another struct type of the same layout stores the same memory through another field.
  const storedFields: { st: T.Type; i: number }[] = [];
  let storesThroughPointer = false;
  for (const u of scan.stores) {
    const sel = u.kind === "SelectorExpr" ? f.ctx.info.selections.get(u) : undefined;
    if (u.kind === "SelectorExpr" && sel?.kind === "FieldVal") {
      // The struct that holds the field, down the embedding path.
      let st = under(f.typeOf(u.x));
      for (let k = 0; ; k++) {
        if (st.tag === "Pointer") st = under(st.elem);
        if (k === sel.index.length - 1 || st.tag !== "Struct") break;
        st = under(st.fields[sel.index[k]!]!.type);
      }
      storedFields.push({ st, i: sel.index[sel.index.length - 1]! });
    }
    // *p = v may store into any field (p := &x.f): no field stays hoisted.
    if (u.kind === "StarExpr") storesThroughPointer = true;
  }
  const storedTypes = scan.stores.map((u) => f.typeOf(u));
  if (storesThroughPointer) return undefined;
  let out: Map<ast.SelectorExpr, FieldHoist> | undefined;
  const byField = new Map<string, FieldHoist>();
  for (const e of scan.selectors) {
    const sel = f.ctx.info.selections.get(e);
    const x = unparen(e.x);
    const xv = x.kind === "Ident" ? f.ctx.objOf(x) : undefined;
    if (sel?.kind !== "FieldVal" || sel.index.length !== 1 || xv?.tag !== "Var") continue;
    const name = f.fc.names.get(xv);
    if (name === undefined || scan.changed.has(xv) || f.fc.isShared(xv)) continue;
    const xt = under(xv.type);
    const viaPointer = xt.tag === "Pointer" && checked !== xv;
    const st = xt.tag === "Pointer" ? under(xt.elem) : xt;
    const ft = under(f.typeOf(e));
    const isSlice = ft.tag === "Slice";
    if (st.tag !== "Struct" || !(isSlice || isNumber(ft))) continue;
    const field = sel.obj as T.Var;
    const fi = sel.index[0]!;
    if (storedFields.some((x) => x.i === fi && identical(x.st, st)) ||
      storedTypes.some((t) => holdsByValue(t, (u) => u.tag === "Struct" && identical(u, st)))) continue;
    const key = `${name}.${field.name}`;
    let h = byField.get(key);
    if (h === undefined) {
      const v = f.fc.tmp(false);
      // The field's own JS (its nil check passes: x is not null where it is read).
      const load = f.expr(e);
      let read = viaPointer ? `${v} = ${name} !== null ? ${load} : undefined;` : `${v} = ${load};`;
      let slice: SliceHoist | undefined;
      if (isSlice) {
        const s = f.fc.tmp(false);
        slice = { a: f.fc.tmp(false), off: f.fc.tmp(false), len: f.fc.tmp(false) };
        read += ` ${s} = ${v} != null ? ${v} : $rt.nilSlice; ${slice.a} = ${s}.a; ${slice.off} = ${s}.off; ${slice.len} = ${s}.len;`;
      }
      h = { v, read, slice, viaPointer };
      byField.set(key, h);
    }
    (out ??= new Map()).set(e, h);
  }
  return out;
}

/**
 * The pointer x whose nil check the loop's condition makes first on every iteration (`k <
 * x.f`, `k < len(x.f)`, or the other way round, with k a local or a constant): a strip reads
 * x's fields at its entry, where the condition's first evaluation would fault anyway, with the
 * field's own nil check, and its uses need no test. Else undefined.
 */
function condChecks(f: FuncEmitter, cond: ast.Expr | undefined): T.Var | undefined {
  const c = cond === undefined ? undefined : unparen(cond);
  if (c?.kind !== "BinaryExpr" || !["<", "<=", ">", ">=", "==", "!="].includes(c.op)) return undefined;
  // The fault at the strip's entry shows the line the frame holds there: the condition's only
  // when it is on that line (a for header over several lines keeps the uses' own checks).
  if (f.curPos?.line !== c.pos.line) return undefined;
  const pure = (e: ast.Expr): boolean => {
    const u = unparen(e);
    return u.kind === "BasicLit" || (u.kind === "Ident" && f.ctx.objOf(u)?.tag !== "Func");
  };
  const ptrOf = (e: ast.Expr): T.Var | undefined => {
    let u = unparen(e);
    if (u.kind === "CallExpr" && u.args.length === 1 && isLen(f, u)) u = unparen(u.args[0]!);
    if (u.kind !== "SelectorExpr" || f.ctx.info.selections.get(u)?.kind !== "FieldVal") return undefined;
    const x = unparen(u.x);
    const o = x.kind === "Ident" ? f.ctx.objOf(x) : undefined;
    return o?.tag === "Var" && under(o.type).tag === "Pointer" ? o : undefined;
  };
  if (pure(c.x)) return ptrOf(c.y);
  if (pure(c.y)) return ptrOf(c.x);
  return undefined;
}

/** An integer or float type (not a complex, a bool or a string). */
function isNumber(t: T.Type): boolean {
  return isInteger(t) || isFloat(t);
}

/** A row of a hoisted slice of slices, x[i] with i fixed in the loop: the JS temporary that
 *  holds it (undefined when i is out of range), its header's temporaries (a nil or missing
 *  row's length reads as 0), and the statement that reads them. */
export interface RowHoist extends SliceHoist {
  readonly v: string;
  readonly read: string;
}

/**
 * The rows x[i] that a strip-mined loop reads (nodes) of a hoisted local slice of slices x
 * (hoists), at an index i that the loop does not change (a constant, or a local that is not
 * shared and that nothing in the loop assigns or steps, nor its range head, loopVars), when
 * nothing in the loop stores a slice through an index or a pointer (which could be x's row):
 * `s += a[i][k] * b[k][j]`, `row[y][x]`, `dp[i-1][j]` with the index in a local. Each row is
 * read once per strip (emitStripped), not per iteration: within a strip nothing else runs and
 * the loop stores no slice, so the row read at the strip's entry is the one each iteration
 * would read; after tick, where other goroutines may have run, it is read again. An index out
 * of range reads as undefined, and the use then takes the index expression's own path, which
 * panics where it did. The row's own header is read with it, so that `a[i][k]` costs what
 * `row[k]` of a hoisted local slice does.
 */
function hoistRows(f: FuncEmitter, scan: LoopScan, hoists: Map<T.Var, SliceHoist>): Map<ast.IndexExpr, RowHoist> | undefined {
  if (scan.stores.some((l) => mayStoreRow(f, l))) return undefined;
  let out: Map<ast.IndexExpr, RowHoist> | undefined;
  const byKey = new Map<string, RowHoist>();
  for (const e of scan.indexes) {
    const x = unparen(e.x);
    const xv = x.kind === "Ident" ? f.ctx.objOf(x) : undefined;
    const h = xv?.tag === "Var" ? hoists.get(xv) : undefined;
    const st = under(f.typeOf(e.x));
    if (h === undefined || st.tag !== "Slice" || under(st.elem).tag !== "Slice") continue;
    const i = invariantIndex(f, e.index, scan.changed);
    if (i === undefined) continue;
    // One temporary per distinct row: a[i] read twice in the body is read once.
    const key = `${h.a}[${i}]`;
    let r = byKey.get(key);
    if (r === undefined) {
      const v = f.fc.tmp(false), s = f.fc.tmp(false);
      const a = f.fc.tmp(false), off = f.fc.tmp(false), len = f.fc.tmp(false);
      // Slice objects are never changed once made (an assignment makes a new one), so the
      // row's header holds as long as the row does.
      const read = `${v} = ${i} >= 0 && ${i} < ${h.len} ? ${h.a}[${h.off} + ${i}] : undefined; ` +
        `${s} = ${v} != null ? ${v} : $rt.nilSlice; ${a} = ${s}.a; ${off} = ${s}.off; ${len} = ${s}.len;`;
      r = { v, a, off, len, read };
      byKey.set(key, r);
    }
    (out ??= new Map()).set(e, r);
  }
  return out;
}

/**
 * Might assigning to l write a row of some slice of slices? A slice stored anywhere but in a
 * local variable (an element, a field, through a pointer) might be one, and so might an array
 * or a struct holding slices, which assignment copies into its storage in place (an array a
 * slice of slices may be a view of). Assigning a local slice variable rebinds it.
 */
function mayStoreRow(f: FuncEmitter, l: ast.Expr): boolean {
  const t = under(f.typeOf(l));
  if (t.tag === "Slice") return l.kind !== "Ident";
  return holdsByValue(t, (u) => u.tag === "Slice");
}

/** The JS of an index the loop cannot change (a constant, or a local no statement of the loop
 *  changes and no other code can), else undefined. */
function invariantIndex(f: FuncEmitter, index: ast.Expr, changed: Set<T.Obj>): string | undefined {
  const c = f.ctx.tv(index)?.value;
  if (c?.kind === "int") return c.v >= 0n && c.v < 2n ** 31n ? String(c.v) : undefined;
  const u = unparen(index);
  const o = u.kind === "Ident" ? f.ctx.objOf(u) : undefined;
  // A pair (pairs.ts) has no JS variable of its own name to read.
  if (o?.tag !== "Var" || changed.has(o) || f.fc.isShared(o) || f.fc.pairs.has(o)) return undefined;
  return f.fc.names.get(o);
}

/**
 * In a generator, the statements `x = +x;` for the number locals (floats, integers of at most
 * 32 bits) that a strip-mined loop's condition, post statement and body (nodes) use and that
 * were declared before it, other than shared ones (FnCtx.isShared: their storage is not a JS
 * local): its header runs them (the file header). "" elsewhere: V8 knows the types in a plain
 * function.
 */
function numberCoercions(f: FuncEmitter, nodes: unknown[]): string {
  if (!f.fc.gen) return "";
  const used = new Set<T.Var>();
  const declared = new Set<T.Var>();
  inspect(nodes, (n) => {
    if (n.kind === "Ident") {
      const o = f.ctx.objOf(n);
      if (o?.tag === "Var") used.add(o);
    } else if (n.kind === "AssignStmt" && n.tok === ":=") {
      for (const l of n.lhs) {
        const o = l.kind === "Ident" ? f.ctx.objOf(l) : undefined;
        if (o?.tag === "Var") declared.add(o);
      }
    }
  });
  let out = "";
  for (const v of used) {
    const n = f.fc.names.get(v);
    const number = isFloat(v.type) || (isInteger(v.type) && !is64(v.type));
    if (n === undefined || declared.has(v) || !number || f.fc.isShared(v)) continue;
    out += `${n} = +${n}; `;
  }
  return out;
}

/** Is a call len(x)? */
function isLen(f: FuncEmitter, e: ast.CallExpr): boolean {
  const fun = unparen(e.fun);
  const o = fun.kind === "Ident" ? f.ctx.objOf(fun) : undefined;
  return o?.tag === "Builtin" && o.name === "len" && e.args.length === 1;
}

/** The parts of a strip-mined loop, compiled: see the file header. */
interface StripParts {
  /** The Go label's JS prefix ("L: ") or "". */
  label: string;
  /** The JS condition, or "" for none. */
  cond: string;
  /** Statements that start each iteration after its condition (a range's index and value). */
  head: string[];
  /** The loop's condition, post statement and body, whose number locals a strip in a
   *  generator types first (numberCoercions). */
  nodes: unknown[];
  /** The back-edge's weight (weight.ts). */
  weight: number;
  /** The stack map tick records, computed where the back-edge check stood. */
  stackMap: string;
  /** Compiles the body and the post statement, emitting them once. */
  body: () => void;
  /** The expression that advances a range's index (`$t2++`), in both loops' headers so that
   *  `continue` runs it, or "". */
  tail: string;
}

/** Emit a strip-mined loop (the file header's shape), and end the slice hoists the caller
 *  set for it (hoistSlices). */
export function emitStripped(f: FuncEmitter, p: StripParts): void {
  const coerce = numberCoercions(f, p.nodes);
  const outer = `$s${f.fc.labelN++}`;
  const dec = p.weight === 1 ? "--$lb" : `($lb -= ${p.weight})`;
  f.emit(`${p.label}${outer}: for (;; ${p.tail}) {`);
  f.indent();
  const rows = hoistedReads(f);
  f.emit(`{ let $lb = $S.b, $ln = $f.l; ${coerce}${rows}try { for (;; ${p.tail}) {`);
  f.indent();
  if (p.cond !== "") f.emit(`if (!(${p.cond})) break ${outer};`);
  for (const l of p.head) f.emit(l);
  f.emit(`if (${dec} < 0) break;`);
  const start = f.out.length;
  // A strip's lines go to its local $ln (below): its calls (pure natives) store none.
  const outerLine = f.callLine;
  f.inStrip = true;
  f.callLine = undefined;
  try {
    p.body();
  } finally {
    f.inStrip = false;
    f.callLine = outerLine;
  }
  const copy = f.out.slice(start);
  // In the strip, a line store goes to a local, which `finally` stores in the frame, and the
  // loop's `break` leaves both loops (the tick iteration's copy keeps both as they are).
  for (let i = start; i < f.out.length; i++) {
    f.out[i] = f.out[i]!.replace(lineStore, "$1$$ln = $2;").replace(loopBreak, `$1break ${outer};`);
  }
  f.dedent();
  f.emit("} } finally { $S.b = $lb; $f.l = $ln; } }");
  f.emit(`$f.s = ${p.stackMap}; ${f.fc.gen ? "yield* $rt.preempt();" : "$rt.tick();"}${rows === "" ? "" : " " + rows.trimEnd()}`);
  // The second copy's lines as the first's: nothing in an eligible body declares a stack map's
  // cache on its own line (FuncEmitter.stackMap), so the first copy's line numbers stay true.
  f.out.push(...copy);
  f.dedent();
  f.emit("}");
  f.sliceHoists = undefined;
  f.rowHoists = undefined;
  f.fieldHoists = undefined;
}

/** The statements that read the strip's hoisted fields and rows (hoistFields, hoistRows),
 *  each once. */
function hoistedReads(f: FuncEmitter): string {
  let out = "";
  if (f.fieldHoists !== undefined) for (const h of new Set(f.fieldHoists.values())) out += h.read + " ";
  if (f.rowHoists !== undefined) for (const r of new Set(f.rowHoists.values())) out += r.read + " ";
  return out;
}

/** A statement's line store (stmt.ts FuncEmitter.line), alone on its line. */
const lineStore = /^(\s*)\$f\.l = (\d+);$/;
/** An unlabeled `break` (switch.ts branchStmt): in an eligible body, always the loop's own. */
const loopBreak = /^(\s*)break;$/;

/** The packages whose natives are pure host functions of their scalar arguments (frameless.ts
 *  calls them too). */
export const purePkgs: ReadonlySet<string> = new Set(["math", "math/bits"]);

/** mayStrip's walk: true when a statement or expression is one the file header allows. */
class StripCheck {
  constructor(private readonly f: FuncEmitter) {}

  block(list: ast.Stmt[]): boolean {
    return list.every((s) => this.stmt(s));
  }

  stmt(s: ast.Stmt): boolean {
    switch (s.kind) {
      case "AssignStmt":
        // s += t concatenates.
        if (s.tok === "+=" && isString(this.f.typeOf(s.lhs[0]!))) return false;
        return s.lhs.every((e) => this.target(e)) && s.rhs.every((e) => this.expr(e));
      case "IncDecStmt":
        return this.target(s.x);
      case "IfStmt":
        return (s.init === undefined || this.stmt(s.init)) && this.expr(s.cond) && this.block(s.body.list) &&
          (s.else === undefined || this.stmt(s.else));
      case "BlockStmt":
        return this.block(s.list);
      case "ExprStmt":
        return this.expr(s.x);
      case "EmptyStmt":
        return true;
      case "BranchStmt":
        // The loop's own break and continue. A labeled one is left to the plain loop, and so
        // is goto (a state machine's jump, gotostmt.ts).
        return s.label === undefined && (s.tok === "break" || s.tok === "continue");
      case "ReturnStmt":
        // `finally` stores the budget and the line as the frame is left.
        return s.results.every((e) => this.expr(e) && stripValue(this.f.typeOf(e)));
      default:
        return false;
    }
  }

  /** An assignment's target, of a type stripValue allows. */
  private target(e: ast.Expr): boolean {
    const u = unparen(e);
    if (u.kind === "Ident" && u.name === "_") return true;
    return stripValue(this.f.typeOf(e)) && this.expr(e);
  }

  expr(e: ast.Expr): boolean {
    const f = this.f;
    const tv = f.ctx.tv(e);
    if (tv !== undefined && tv.mode === "constant") return !isComplex(tv.type);
    switch (e.kind) {
      case "BasicLit":
        return true;
      case "ParenExpr":
        return this.expr(e.x);
      case "Ident": {
        const o = f.ctx.objOf(e);
        return o !== undefined && (o.tag === "Var" || o.tag === "Const" || o.tag === "Nil");
      }
      case "SelectorExpr": {
        if (e.x.kind === "Ident" && f.ctx.objOf(e.x)?.tag === "PkgName") return f.ctx.objOf(e.sel)?.tag === "Var";
        const sel = f.ctx.info.selections.get(e);
        return sel !== undefined && sel.kind === "FieldVal" && this.expr(e.x);
      }
      case "IndexExpr": {
        const xt = under(f.typeOf(e.x));
        const indexable = xt.tag === "Slice" || xt.tag === "Array" || isString(xt) ||
          (xt.tag === "Pointer" && under(xt.elem).tag === "Array");
        return indexable && this.expr(e.x) && this.expr(e.index);
      }
      case "StarExpr":
        return this.expr(e.x);
      case "UnaryExpr":
        // &x of a struct or an array is the storage object itself (FuncEmitter.addressOf); a
        // pointer to anything else is a new Ptr, and &T{...} allocates.
        if (e.op === "&") return isValueObject(f.typeOf(e.x)) && unparen(e.x).kind !== "CompositeLit" && this.expr(e.x);
        return e.op !== "<-" && this.expr(e.x);
      case "BinaryExpr": {
        const xt = f.typeOf(e.x);
        if (!operand(xt) || !operand(f.typeOf(e.y))) return false;
        // Concatenation allocates.
        if (e.op === "+" && isString(xt)) return false;
        return this.expr(e.x) && this.expr(e.y);
      }
      case "CallExpr":
        return this.call(e);
      default:
        return false;
    }
  }

  /** A numeric conversion, len or cap, or a pure native of scalars. */
  private call(e: ast.CallExpr): boolean {
    const f = this.f;
    const fun = callee(f.ctx, e.fun);
    const ft = f.ctx.tv(fun);
    if (e.args.length === 0 || !e.args.every((a) => this.expr(a))) return false;
    const result = f.typeOf(e);
    if (ft?.mode === "typexpr") {
      return isScalar(f.typeOf(e.args[0]!)) && isScalar(result);
    }
    const id = fun.kind === "Ident" ? fun : fun.kind === "SelectorExpr" ? fun.sel : undefined;
    const o = id !== undefined ? f.ctx.objOf(id) : undefined;
    if (o?.tag === "Builtin") {
      if (o.name !== "len" && o.name !== "cap") return false;
      const at = under(f.typeOf(e.args[0]!));
      return at.tag === "Slice" || at.tag === "Array" || isString(at) || (at.tag === "Pointer" && under(at.elem).tag === "Array");
    }
    if (o?.tag !== "Func" || fun.kind !== "SelectorExpr") return false;
    // peek: a check is not a use (a use queues the function for compilation, FuncTable.onUse).
    const meta = f.ctx.funcs.peek(o);
    if (meta === undefined || meta.native === undefined || meta.gen || !purePkgs.has(meta.pkgPath)) return false;
    return isScalar(result) && e.args.every((a) => isScalar(f.typeOf(a)));
  }
}

/** A value a strip-mined loop may assign, return or range over: a scalar, a string, a pointer,
 *  or a struct or an array, whose copy is a host object (typetable.ts clone), not an
 *  allocation the model charges. Not an interface: assigning to one may box (convT). */
export function stripValue(t: T.Type): boolean {
  if (isScalar(t) || isString(t)) return true;
  const tag = under(t).tag;
  return tag === "Pointer" || tag === "Struct" || tag === "Array";
}

/** A binary operator's operand: a scalar, a string or a pointer (compared with nil or another). */
function operand(t: T.Type): boolean {
  return isScalar(t) || isString(t) || under(t).tag === "Pointer";
}
