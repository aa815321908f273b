// Statements, and the frame of a compiled function: prologue, returns, defers.
//
// Part of FuncEmitter (see func.ts). Lowerings, with the Go construct each serves:
//   - for/range (loops.ts): loop variables are declared once outside the JS loop, because Go
//     1.19 has one variable per loop (closures see the last value), while JS `for (let ...)`
//     makes one per iteration. Each back-edge counts down the step budget.
//   - switch, type switch, select (switch.ts): an if-chain computes the index of the chosen
//     clause, and a JS switch over that index runs the bodies, which gives fallthrough and
//     break their Go meaning.
//   - goto: a statement list holding goto targets becomes a state machine (gotostmt.ts).
//   - defer: the function body runs in `$body: try {...} catch`, a return assigns the results and
//     breaks out of $body, and $rt.rundefers runs the deferred calls (and recover) after it.

import { frameSize } from "./framesize.js";
import { textToBytes } from "../base/utf8.js";
import { analyzeEscape } from "./escape.js";
import { analyzeClosures } from "./closures.js";
import { inspect } from "./inspect.js";
import { Liveness } from "./stackmap.js";
import type * as ast from "../frontend/ast.js";
import * as T from "../frontend/types.js";
import { Typ } from "../frontend/check/universe.js";
import type { Ctx, DbgLine, FnCtx } from "./context.js";
import { cgoCallee, ckInline, isBlank, isFresh, unparen } from "./expr.js";
import { FuncEmitter, Unsupported } from "./func.js";
import { BRANCH_COUNTERS } from "../runtime/cover.js";
import { cgoCallCode } from "./call.js";
import { emitRegion, gotoLabels, inBreakable } from "./gotostmt.js";
import { isInteger, isString, isUnsigned, isValueObject, under } from "./typeutil.js";
import { concatName, mapName } from "./lower.js";
import { concatList } from "./strtmp.js";
import { mayShareElement } from "./sharecopy.js";
import { budgetCheck, forStmt, rangeStmt } from "./loops.js";
import { ifLineDead, returnLineDead } from "./linestore.js";
import { bodyWeight } from "./weight.js";
import { branchStmt, labeledStmt, selectStmt, switchStmt, typeSwitchStmt } from "./switch.js";
import { hasEffects, mayPanicQuietly, orderOperand, orderStmt, type Root } from "./order.js";
import { findPairs, pairAssign, pairOpAssign, splitInto } from "./pairs.js";

declare module "./func.js" {
  interface FuncEmitter {
    stmt(s: ast.Stmt): void;
    block(list: ast.Stmt[]): void;
    store(lhs: ast.Expr, v: string, vt: T.Type | undefined): void;
    declareVar(o: T.Var, init: string | undefined): void;
    /** gort build -m: `moved to heap: x` for a variable gort boxes or allocates. */
    lowerMoved(o: T.Var): void;
    line(p: ast.Pos): void;
    /** The statement block() compiles after the current one (read once by stmt). */
    nextStmt: ast.Stmt | undefined;
    /** The block list block() is compiling, and the index of its current statement. */
    blockAt: { list: ast.Stmt[]; k: number } | undefined;
    labelFor: Map<ast.Stmt, string>;
    breakLabel: string | undefined;
  }
}

const P = FuncEmitter.prototype;

/** Mark locals whose address is taken: they are boxed (or, for structs and arrays, assigned in
 *  place) so that pointers see every later assignment. Closures share the marks. */
function scanAddrTaken(ctx: Ctx, fc: FnCtx, root: ast.Node): void {
  const mark = (x: ast.Expr): void => {
    x = storageRoot(ctx, x);
    if (x.kind !== "Ident") return;
    const o = ctx.objOf(x);
    if (!o || o.tag !== "Var" || ctx.pkgVars.has(o)) return;
    if (isValueObject(o.type)) fc.addrTaken.add(o);
    else fc.boxed.add(o);
  };
  walk(root, (n) => {
    if (n.kind === "UnaryExpr" && n.op === "&") mark(n.x);
    // Slicing an array variable (or an array in one) makes a slice of its storage.
    if (n.kind === "SliceExpr" && under(ctx.typeOf(n.x)).tag === "Array") mark(n.x);
    if (n.kind === "SelectorExpr") {
      const sel = ctx.info.selections.get(n);
      if (sel && sel.kind === "MethodVal" && sel.index.length === 1) {
        const m = sel.obj as T.Func;
        const recv = m.type.recv;
        if (recv && under(recv.type).tag === "Pointer" && under(ctx.typeOf(n.x)).tag !== "Pointer") {
          mark(n.x);
        }
      }
    }
  });
}

/** The variable whose storage an addressable expression lies in: x for x, x.f, x[i] of an
 *  array x, and so on down; the expression itself where its storage is behind a pointer or a
 *  slice (x.p.f with a pointer p, s[i] of a slice s). */
function storageRoot(ctx: Ctx, x: ast.Expr): ast.Expr {
  for (;;) {
    x = unparen(x);
    if (x.kind === "SelectorExpr" && ctx.info.selections.get(x)?.kind === "FieldVal" && under(ctx.typeOf(x.x)).tag !== "Pointer") x = x.x;
    else if (x.kind === "IndexExpr" && under(ctx.typeOf(x.x)).tag === "Array") x = x.x;
    else return x;
  }
}

/** Visit every node below root (including nested function literals). */
export function walk(root: any, f: (n: any) => void): void {
  const seen = new Set<any>();
  const go = (n: any): void => {
    if (n === null || typeof n !== "object" || seen.has(n)) return;
    if (Array.isArray(n)) {
      for (const x of n) go(x);
      return;
    }
    if (typeof n.kind !== "string" && !("names" in n && "type" in n)) return;
    seen.add(n);
    if (typeof n.kind === "string") f(n);
    for (const k in n) {
      if (k === "pos" || k === "opPos" || k === "tokPos" || k === "lparen" || k === "rparen") continue;
      const v = n[k];
      if (v && typeof v === "object") go(v);
    }
  };
  go(root);
}

/**
 * Compile a function body. Returns the JS function expression: `function* name(params) {...}`
 * (or `function name...` for a plain function).
 */
export function compileFuncBody(
  ctx: Ctx,
  fc: FnCtx,
  file: string,
  fi: number,
  type: ast.FuncType,
  body: ast.BlockStmt,
  recv: ast.Field | undefined,
  jsName: string,
): string {
  const f = new FuncEmitter(ctx, fc, file);
  f.labelFor = new Map();
  if (fc.parent === undefined || fc.parent.tree !== fc.tree) {
    // Once per declaration, over the literals nested in it too (context.ts FnTree).
    scanAddrTaken(ctx, fc, body);
    fc.tree.esc = analyzeEscape(ctx, body);
    fc.tree.captures = analyzeClosures(ctx, body);
    // -race: a variable a closure captures may be shared with another goroutine, so it gets a
    // location the detector can name: a box (structs and arrays are their own storage).
    if (fc.race) {
      for (const vars of fc.tree.captures.values()) {
        for (const v of vars) if (isValueObject(v.type)) fc.addrTaken.add(v); else fc.boxed.add(v);
      }
    }
  }
  fc.hasDefer = containsDefer(body);
  if (fc.hasDefer) {
    fc.openDefers = !fc.race && openCodedDefers(body);
    // A panic runs the others by d.fn(), at panic.go:890 (panicking.ts rundefer).
    if (!fc.openDefers) ctx.funcInfos[fi]!.deferproc = true;
  }
  if (ctx.lower !== undefined) lowerFunc(ctx, fc, fi, body);
  if (fc.race) fc.litCount = countLits(body);
  fc.esc = fc.tree.esc;
  fc.pairs = findPairs(ctx, fc, type, recv, body);
  // Plain code needs a stack map only where it calls tick: its liveness is made on first use.
  if (fc.gen) fc.live = new Liveness(ctx, body, fc.sig.results.vars, fc.tree.captures);
  else fc.lazyLive = () => new Liveness(ctx, body, fc.sig.results.vars, fc.tree.captures);
  ctx.funcInfos[fi]!.frameSize = frameSize(ctx, fc, fc.sig, body);
  const params: string[] = [];
  const prologue: string[] = [];
  const declParam = (id: ast.Ident | undefined, t: T.Type, i: number): void => {
    const o = id ? (ctx.info.defs.get(id) as T.Var | undefined) : undefined;
    if (!o || o.name === "_") {
      params.push(`$p${i}`);
      return;
    }
    const n = fc.declare(o);
    if (fc.boxed.has(o)) {
      f.lowerMoved(o);
      params.push(`${n}$a`);
      prologue.push(`const ${n} = ${f.box(`${n}$a`, t)};`);
    } else params.push(n);
    if (fc.pairs.has(o)) prologue.push(splitInto(n, n, true));
    void t;
  };
  let pi = 0;
  if (recv) {
    const id = recv.names[0];
    declParam(id, ctx.typeOf(recv.type), pi++);
  }
  for (const fld of type.params) {
    if (fld.names.length === 0) declParam(undefined, ctx.typeOf(fld.type), pi++);
    for (const id of fld.names) declParam(id, ctx.typeOf(fld.type), pi++);
  }
  // Results: named ones are variables; unnamed ones get synthesized names when defers need them.
  const results: string[] = [];
  let named = false;
  for (const fld of type.results) {
    for (const id of fld.names) {
      named = true;
      const o = ctx.info.defs.get(id) as T.Var;
      const n = fc.declare(o);
      const z = ctx.tt.zero(o.type);
      if (fc.boxed.has(o)) f.lowerMoved(o);
      prologue.push(fc.boxed.has(o) ? `let ${n} = ${f.box(z, o.type)};` : `let ${n} = ${z};`);
      results.push(fc.boxed.has(o) ? `${n}.v` : n);
    }
  }
  if (!named && fc.hasDefer) {
    fc.sig.results.vars.forEach((v, i) => {
      const n = `$r${i}`;
      prologue.push(`let ${n} = ${ctx.tt.zero(v.type)};`);
      results.push(n);
    });
  }
  fc.results = results;
  fc.namedResults = named;
  // What a return reads of the named results: a struct or array whose address is taken is
  // copied out, so that a pointer to the variable does not alias the caller's value.
  const reads = named ? resultReads(f, results) : results;

  f.indent();
  if (fc.hasDefer) {
    f.emit("let $p = null;");
    f.emit("$body: try {");
    f.indent();
    f.block(body.list);
    // Falling off the end returns at the closing brace: the deferred calls run there (a
    // traceback from one shows that line, as Go's deferreturn does).
    if (body.list[body.list.length - 1]?.kind !== "ReturnStmt") f.emit(`$f.l = ${body.rbrace.line};`);
    f.dedent();
    f.emit("} catch ($e) { $p = $rt.catchPanic($g, $e); }");
    // Without a panic, the deferred calls run without generators until one yields or panics.
    // The deferred calls may run long: the results (unnamed ones are $rN) and the panic stay live.
    const held = [...(named ? [] : results), "$p"];
    f.emit(`$f.s = ${f.stackMap(held)}; if ($p !== null || ($p = $rt.rundefersFast($g, $f)) !== undefined) yield* $rt.rundefers($g, $f, $p);`);
    f.emit(`return $g.pop(${resultValue(reads)});`);
  } else {
    // A frameless leaf that may panic keeps its line in $l, for the frame its catch adds to
    // the panic (frameless.ts).
    if (fc.leafPanics) f.emit("let $l = 0; try {");
    f.block(body.list);
    const missing = fc.sig.results.vars.length !== 0 && !terminates(body.list);
    if (fc.frameless) {
      if (missing) f.emit("$rt.missingReturn();");
    } else if (fc.sig.results.vars.length === 0) f.emit("$g.d--;");
    else if (missing) f.emit(`$g.pop(${resultValue(reads)}); $rt.missingReturn();`);
    if (fc.leafPanics) f.emit(`} catch ($e) { throw $rt.leafPanic($e, ${fi}, $l); }`);
  }
  f.dedent();

  const head = `${fc.gen ? "function*" : "function"} ${jsName}(${params.join(", ")})`;
  // A recursive plain function checks the preemption budget at entry, as its loops would at
  // their back-edges: its running time is not bounded by its size (blocking.ts). (Before the
  // lets: its stack map may be a cached one.)
  let check = "";
  if (fc.entryCheck && !fc.gen) {
    f.curPos = body.pos;
    check = " " + budgetCheck(f, bodyWeight(f.ctx, body));
  }
  const lets = [...fc.temps, ...fc.stackMaps.values()];
  const temps = lets.length ? `  let ${lets.join(", ")};\n` : "";
  // The entry check comes after the prologue, which boxes parameters: its stack map reads them.
  const push = fc.frameless ? "" : `  const $g = $S.g, $f = $g.push(${fi});${fc.hasDefer ? " $f.defers = [];" : ""}\n`;
  const pro = push +
    prologue.map((l) => "  " + l + "\n").join("") + (check === "" ? "" : ` ${check}\n`);
  // Concatenated, not joined: a line may hold a nested literal's whole text, which join would
  // copy once per level of nesting; concatenation shares it, and the program's text is made
  // flat once, at the end.
  let text = `${head} {\n${temps}${pro}`;
  for (let i = 0; i < f.out.length; i++) text += i === 0 ? f.out[i]! : "\n" + f.out[i]!;
  return text + "\n}";
}

/** The JS reads of the named results (results): a struct or array that a pointer or a closure
 *  can reach is cloned, so that the caller's value is its own. */
function resultReads(f: FuncEmitter, results: string[]): string[] {
  return f.fc.sig.results.vars.map((o, i) =>
    isValueObject(o.type) && f.fc.isShared(o) ? f.ctx.tt.clone(o.type, results[i]!) : results[i]!);
}

/** Store a returned value (converted, fresh) into the named result o: in place when it is a
 *  struct or array whose address is taken, a copy when a closure shares it (the value itself
 *  goes back to the caller). */
function storeResult(f: FuncEmitter, o: T.Var, v: string): void {
  const ref = f.varRef(o);
  if (isValueObject(o.type) && f.fc.isAddrTaken(o)) f.emit(f.ctx.tt.assignInto(o.type, ref, v));
  else if (isValueObject(o.type) && f.fc.isShared(o)) f.emit(`${ref} = ${f.ctx.tt.clone(o.type, v)};`);
  else f.emit(`${ref} = ${v};`);
}

function resultValue(results: string[]): string {
  if (results.length === 0) return "undefined";
  if (results.length === 1) return results[0]!;
  return `[${results.join(", ")}]`;
}

/** gort build -S: how a function's defers lower: open-coded (FnCtx.openDefers), with only a
 *  deferreturn at the exit (the closing brace, or the last statement when it is a return);
 *  otherwise each defer is deferprocStack (deferproc in a loop) and a deferreturn for its
 *  recovery path. */
function lowerFunc(ctx: Ctx, fc: FnCtx, fi: number, body: ast.BlockStmt): void {
  const info = ctx.funcInfos[fi]!;
  ctx.lower!.func(fc.goName, body.pos.file, info.line);
  if (!fc.hasDefer) return;
  ctx.lower!.call(fc.goName, exitPos(body), "deferreturn");
}

/** Go 1.19's ssagen open-codes a function's defers when there are at most 8, none in a loop and
 *  returns × defers is at most 15 (and not under -race, whose function exit instrumentation
 *  rules them out). A panic runs them from gopanic's runOpenDeferFrame (panic.go:884), the
 *  others by d.fn() (panic.go:890): the line of the panic frame under a deferred call. */
function openCodedDefers(body: ast.BlockStmt): boolean {
  let defers = 0;
  let returns = 0;
  let looped = false;
  const loops: ast.Node[] = [];
  inspect(body, (n) => {
    if (n.kind === "FuncLit") return false;
    if (n.kind === "ForStmt" || n.kind === "RangeStmt") loops.push(n);
    if (n.kind === "DeferStmt") {
      defers++;
      if (loops.length > 0) looped = true;
    }
    if (n.kind === "ReturnStmt") returns++;
    return true;
  }, (n) => {
    if (n.kind === "ForStmt" || n.kind === "RangeStmt") loops.pop();
  });
  return defers <= 8 && !looped && returns * defers <= 15;
}

/** Where Go's exit path (and its deferreturn) is positioned: at a final return statement, else
 *  at the closing brace. (SSA's exit block takes its position from the last instruction
 *  before it, which this approximates: right on about 60% of testdata/run's lines.) */
function exitPos(body: ast.BlockStmt): ast.Pos {
  const end = body.list[body.list.length - 1];
  return end?.kind === "ReturnStmt" ? end.pos : body.rbrace;
}

/** Does the body itself (not a nested func literal) contain a defer statement? */
function containsDefer(body: ast.BlockStmt): boolean {
  let found = false;
  inspect(body, (n) => {
    if (found || n.kind === "FuncLit") return false;
    if (n.kind === "DeferStmt") found = true;
    return true;
  });
  return found;
}

/** A conservative terminating-statement check (the checker has already proven it). */
function terminates(list: ast.Stmt[]): boolean {
  return list.length > 0;
}

P.line = function (this: FuncEmitter, p: ast.Pos): void {
  this.curPos = p;
  if (this.fc.frameless) {
    if (this.fc.leafPanics) this.emit(`$l = ${p.line};`);
    this.callLine = this.fc.leafPanics ? p.line : undefined;
    return;
  }
  this.emit(`$f.l = ${p.line};`);
  this.callLine = this.inStrip ? undefined : p.line;
  if (this.fc.dbg) dbgLine(this, p);
};

/** gort debug's line hook: the statement's id in the line table, and a reader of the locals
 *  declared so far (by index, as the code reads them; one out of scope throws ReferenceError).
 *  The locals are those of the whole declaration (FnTree): a function literal's hooks read what
 *  it captures from the enclosing functions, whose JS scopes enclose its own. */
function dbgLine(f: FuncEmitter, p: ast.Pos): void {
  const vars: DbgLine["vars"] = [];
  const reads: string[] = [];
  for (const [o, n] of f.fc.tree.names) {
    if (o.tag !== "Var" || o.name === "_") continue;
    reads.push(`case ${vars.length}: return ${f.fc.isBoxed(o) ? `${n}.v` : n};`);
    vars.push({ name: o.name, type: o.type, arg: o.isParam && f.fc.names.has(o) });
  }
  const id = f.ctx.dbgLines.length;
  f.ctx.dbgLines.push({ file: f.ctx.absPath(f.file), line: p.line, vars });
  f.emit(`if ($S.dbg !== null) $S.dbg.line(${id}, (i) => { switch (i) { ${reads.join(" ")} } });`);
}

P.block = function (this: FuncEmitter, list: ast.Stmt[]): void {
  coverCounter(this);
  const labels = gotoLabels(list);
  if (labels.size > 0) {
    this.blockAt = undefined;
    return emitRegion(this, list, labels);
  }
  for (let k = 0; k < list.length; k++) {
    // The statement after this one, for an if whose line store may be dead (linestore.ts).
    this.nextStmt = list[k + 1];
    this.blockAt = { list, k };
    this.stmt(list[k]!);
  }
};

P.lowerMoved = function (this: FuncEmitter, o: T.Var): void {
  if (this.ctx.lower === undefined) return;
  this.ctx.lower.escape(o.pos, `moved to heap: ${o.name}`);
  this.lowerCall("newobject", o.pos);
};

P.declareVar = function (this: FuncEmitter, o: T.Var, init: string | undefined): void {
  if (this.fc.boxed.has(o) || this.fc.esc?.heapVars.has(o) && isValueObject(o.type)) this.lowerMoved(o);
  let v = init ?? this.ctx.tt.zero(o.type);
  // A struct or array whose address escapes lives on the heap (escape.ts, rule 4).
  if (this.fc.esc?.heapVars.has(o) && isValueObject(o.type)) v = this.newObj(v, o.type, false);
  if (o.name === "_") {
    if (init !== undefined) this.emit(`(${init});`);
    return;
  }
  if (this.fc.pairs.has(o)) return this.emit(splitInto(this.fc.declare(o), v, true));
  // A variable of a goto region is declared before the region (gotostmt.ts).
  const h = this.hoisted?.get(o);
  const n = h ?? this.fc.declare(o);
  const decl = h ? "" : "let ";
  this.emit(this.fc.boxed.has(o) ? `${decl}${n} = ${this.box(v, o.type)};` : `${decl}${n} = ${v};`);
  if (!h) this.declLine.set(o, this.out.length - 1);
};

P.stmt = function (this: FuncEmitter, s: ast.Stmt): void {
  const scopes = this.fc.tempScopes;
  // Only the statement block() compiles next has a known successor.
  const next = this.nextStmt;
  this.nextStmt = undefined;
  scopes.push([]);
  try {
    stmtKind.call(this, s, next);
  } finally {
    scopes.pop();
  }
};

/** One statement, by kind (stmt wraps it in a scope of temporaries). */
const stmtKind = function (this: FuncEmitter, s: ast.Stmt, next: ast.Stmt | undefined): void {
  switch (s.kind) {
    case "EmptyStmt":
      return;
    case "ExprStmt":
      this.line(s.pos);
      return ordered(this, [{ e: s.x }], () => this.emit(`${this.expr(s.x)};`));
    case "DeclStmt":
      return declStmt(this, s);
    case "AssignStmt":
      this.line(s.pos);
      return assignStmt(this, s);
    case "IncDecStmt": {
      this.line(s.pos);
      const t = this.typeOf(s.x);
      const one: ast.Expr = s.x;
      void one;
      return opAssign(this, s.x, s.tok === "++" ? "+" : "-", undefined, t);
    }
    case "SendStmt": {
      this.line(s.pos);
      const ct = under(this.typeOf(s.chan)) as T.Chan;
      this.lowerCall("chansend1", s.pos);
      return ordered(this, [{ e: s.chan }, { e: s.value, target: ct.elem }], () =>
        this.emit(`${this.yn("chansend", `${this.expr(s.chan)}, ${this.exprTo(s.value, ct.elem)}`, false)};`));
    }
    case "GoStmt":
      this.line(s.pos);
      return goStmt(this, s);
    case "DeferStmt":
      this.line(s.pos);
      return deferStmt(this, s);
    case "ReturnStmt":
      if (returnLineDead(this, s)) this.curPos = s.pos;
      else this.line(s.pos);
      return returnStmt(this, s);
    case "BlockStmt":
      this.emit("{");
      this.indent();
      this.block(s.list);
      this.dedent();
      this.emit("}");
      return;
    case "IfStmt":
      return ifStmt(this, s, next);
    case "ForStmt":
      return inBreakable(this, () => forStmt(this, s, undefined));
    case "RangeStmt":
      return inBreakable(this, () => rangeStmt(this, s, undefined));
    case "SwitchStmt":
      return inBreakable(this, () => switchStmt(this, s, undefined));
    case "TypeSwitchStmt":
      return inBreakable(this, () => typeSwitchStmt(this, s, undefined));
    case "SelectStmt":
      return inBreakable(this, () => selectStmt(this, s, undefined));
    case "LabeledStmt":
      return labeledStmt(this, s);
    case "BranchStmt":
      return branchStmt(this, s);
    default:
      throw new Unsupported(s.pos, `statement ${s.kind}`);
  }
};

function declStmt(f: FuncEmitter, s: ast.DeclStmt): void {
  if (s.decl.tok !== "var") return; // const and type declarations emit nothing
  for (const spec of s.decl.specs) {
    const vs = spec as ast.ValueSpec;
    f.line(vs.pos);
    const objs = vs.names.map((id) => f.ctx.info.defs.get(id) as T.Var);
    if (objs.length === 1 && f.fc.pairs.has(objs[0]!)) {
      const v = vs.values[0];
      ordered(f, v === undefined ? [] : [{ e: v }], () => pairAssign(f, objs[0]!, v, true));
    } else if (vs.values.length === 0) {
      for (const o of objs) f.declareVar(o, undefined);
    } else if (vs.values.length === objs.length) {
      // gc assigns the values one at a time, left to right: each is a statement of its own.
      const value = (i: number): string =>
        ordered(f, [{ e: vs.values[i]!, target: objs[i]!.type }], () => f.exprTo(vs.values[i]!, objs[i]!.type));
      if (objs.length === 1) f.declareVar(objs[0]!, value(0));
      else {
        const tmps = objs.map((_, i) => {
          const t = f.fc.tmp();
          f.emit(`${t} = ${value(i)};`);
          return t;
        });
        objs.forEach((o, i) => f.declareVar(o, tmps[i]));
      }
    } else {
      const tup = f.typeOf(vs.values[0]!) as T.Tuple;
      const t = f.fc.tmp();
      f.emit(`${t} = ${ordered(f, [{ e: vs.values[0]! }], () => f.expr(vs.values[0]!))};`);
      // A call's results are its own; a map's element or an interface's struct or array is a copy.
      const fresh = isFresh(f.fc, vs.values[0]!);
      objs.forEach((o, i) => f.declareVar(o, f.convertValue(`${t}[${i}]`, tup.vars[i]!.type, o.type, fresh)));
    }
  }
}

// ---- Assignment ------------------------------------------------------------------------------

function assignStmt(f: FuncEmitter, s: ast.AssignStmt): void {
  const define = s.tok === ":=";
  if (define && sharedDefine(f, s)) return;
  const roots: Root[] = [];
  if (s.tok !== "=" && !define) roots.push({ e: s.lhs[0]! }, { e: s.rhs[0]! });
  else {
    for (const l of s.lhs) if (!isBlank(l) && !(define && unparen(l).kind === "Ident")) roots.push({ e: l, loc: true });
    s.rhs.forEach((r, i) => roots.push({ e: r, target: s.lhs.length === s.rhs.length ? assignTarget(f, s.lhs[i]!, define) : undefined }));
  }
  ordered(f, roots, () => assignOrdered(f, s));
}

/**
 * `v := s[i]` of a struct or array element that v may hold itself, the copy being unobservable
 * in the rest of v's block (sharecopy.ts): compiled without the copy. Returns whether it was.
 */
function sharedDefine(f: FuncEmitter, s: ast.AssignStmt): boolean {
  const at = f.blockAt;
  if (at === undefined || at.list[at.k] !== s || s.lhs.length !== 1 || s.rhs.length !== 1 || f.fc.race) return false;
  const l = s.lhs[0]!;
  const r = unparen(s.rhs[0]!);
  if (l.kind !== "Ident" || r.kind !== "IndexExpr") return false;
  const o = f.ctx.info.defs.get(l);
  const st = under(f.typeOf(r.x));
  if (o === undefined || o.tag !== "Var" || st.tag !== "Slice" || !isValueObject(o.type)) return false;
  if (f.fc.isAddrTaken(o) || f.fc.boxed.has(o) || f.fc.esc?.heapVars.has(o)) return false;
  if (!mayShareElement(f.ctx, o, o.type, at.list.slice(at.k + 1), l)) return false;
  ordered(f, [{ e: r }], () => assignOne(f, l, f.expr(r), true));
  return true;
}

/** The type an assignment's left side x stores (a new variable's declared type). */
function assignTarget(f: FuncEmitter, x: ast.Expr, define: boolean): T.Type | undefined {
  if (isBlank(x)) return undefined;
  if (define && x.kind === "Ident") {
    const d = f.ctx.info.defs.get(x);
    if (d) return d.type;
  }
  return f.typeOf(x);
}

function assignOrdered(f: FuncEmitter, s: ast.AssignStmt): void {
  if (s.tok !== "=" && s.tok !== ":=") {
    const op = s.tok.slice(0, -1);
    return opAssign(f, s.lhs[0]!, op, s.rhs[0]!, f.typeOf(s.lhs[0]!));
  }
  const define = s.tok === ":=";
  // The type each left side has (new variables get their declared type).
  const lhsType = (x: ast.Expr): T.Type | undefined => {
    if (isBlank(x)) return undefined;
    if (define && x.kind === "Ident") {
      const d = f.ctx.info.defs.get(x);
      if (d) return d.type;
    }
    return f.typeOf(x);
  };
  if (s.lhs.length === s.rhs.length) {
    const pair = s.lhs.length === 1 ? pairVar(f, s.lhs[0]!) : undefined;
    if (pair !== undefined) return pairAssign(f, pair, s.rhs[0]!, define);
    if (s.lhs.length === 1) {
      const t = lhsType(s.lhs[0]!);
      let v = t ? f.exprTo(s.rhs[0]!, t) : f.expr(s.rhs[0]!);
      // gc evaluates the right side before the left side's bounds and nil checks, and before
      // a map key's plain operations: of dst[i] = src[i], both out of range, src's index
      // panics, and so does s[k] of m[1/z] = s[k]. A right side without calls or receives,
      // moved first, changes nothing else.
      if (!define && checksLocation(f, s.lhs[0]!) && mayPanicQuietly(f, s.rhs[0]!)) {
        const tmp = f.fc.tmp();
        f.emit(`${tmp} = ${v};`);
        v = tmp;
      }
      return assignOne(f, s.lhs[0]!, v, define);
    }
    // Parallel assignment, in the spec's two phases: the left sides' index and indirection
    // operands and then every right side are evaluated first; the stores follow in order.
    const snap = snapshotLhs(f, s.lhs, define);
    const rhsOf = (i: number): string => {
      const t = lhsType(s.lhs[i]!);
      return t ? f.exprTo(s.rhs[i]!, t) : f.expr(s.rhs[i]!);
    };
    // (Not with named results: with a defer, a store to one becomes visible early if a later
    // right side panics, and gc then evaluates every right side first, as below.)
    if (!define && !f.fc.namedResults && s.rhs.every((r) => quietRhs(f, r))) {
      // gc's order (walk/assign.go ascompatee) where the right sides have no calls: a right
      // side that reads memory an earlier store may write is copied first; then each pair in
      // turn, its right side (unless copied) before its left side's checks and store. Of
      // s[i], s[j] = s[j], s[i] on an empty slice, the early copy of s[i] panics.
      const tmps: (string | undefined)[] = [];
      let memWrite = false;
      const assigned = new Set<T.Var>();
      s.lhs.forEach((l, i) => {
        if (i > 0 && ((memWrite && readsMemory(f, s.rhs[i]!)) || mentions(f, s.rhs[i]!, assigned))) {
          tmps[i] = f.fc.tmp();
          f.emit(`${tmps[i]} = ${rhsOf(i)};`);
        }
        const v = storedVariable(f, l);
        if (v === undefined) memWrite = true;
        else if (v !== null) assigned.add(v);
      });
      withOverride(f, snap, () => s.lhs.forEach((l, i) => {
        let v = tmps[i];
        if (v === undefined) {
          v = f.fc.tmp();
          f.emit(`${v} = ${rhsOf(i)};`);
        }
        assignOne(f, l, v, define);
      }));
      return;
    }
    const tmps = s.rhs.map((_, i) => {
      const tmp = f.fc.tmp();
      f.emit(`${tmp} = ${rhsOf(i)};`);
      return tmp;
    });
    withOverride(f, snap, () => s.lhs.forEach((l, i) => assignOne(f, l, tmps[i]!, define)));
    return;
  }
  const snap = snapshotLhs(f, s.lhs, define);
  // v1, v2 = f() / m[k] / x.(T) / <-ch
  const r = unparen(s.rhs[0]!);
  const tmp = f.fc.tmp();
  let rv: string;
  let types: T.Type[];
  const hoisted = f.argOverride?.get(r);
  if (r.kind === "TypeAssertExpr") {
    rv = hoisted ?? f.typeAssert(r, true);
    types = [f.ctx.tv(r)!.type, T.underlying(f.ctx.tv(r)!.type)];
    const tt = f.typeOf(r);
    types = tt.tag === "Tuple" ? tt.vars.map((v) => v.type) : [tt, boolT];
  } else {
    rv = f.expr(r);
    const tt = f.typeOf(r);
    types = tt.tag === "Tuple" ? tt.vars.map((v) => v.type) : [tt, boolT];
  }
  f.emit(`${tmp} = ${rv};`);
  withOverride(f, snap, () =>
    s.lhs.forEach((l, i) => {
      const lt = lhsType(l);
      // A call's results are its own; a map's element or an interface's struct or array is a copy.
      const v = lt ? f.convertValue(`${tmp}[${i}]`, types[i]!, lt, isFresh(f.fc, r)) : `${tmp}[${i}]`;
      assignOne(f, l, v, define);
    }),
  );
}

/** Has e no call, receive, function literal or map index? */
function quietRhs(f: FuncEmitter, e: ast.Expr): boolean {
  return !hasEffects(f, e, true);
}

/** Does evaluating e read memory a store may write (gc's ReadsMemory): an element, a
 *  dereference, a field through a pointer, a package variable or an address-taken one? */
function readsMemory(f: FuncEmitter, e: ast.Expr): boolean {
  let reads = false;
  inspect(e, (n) => {
    if (n.kind === "IndexExpr" || n.kind === "StarExpr" || n.kind === "SliceExpr") reads = true;
    else if (n.kind === "SelectorExpr" && f.ctx.info.selections.get(n)?.indirect === true) reads = true;
    else if (n.kind === "Ident") {
      const o = f.ctx.objOf(n);
      if (o?.tag === "Var" && (f.ctx.pkgVars.has(o) || f.fc.isAddrTaken(o) || f.fc.boxed.has(o))) reads = true;
    }
    return !reads;
  });
  return reads;
}

/** The local variable a store to x writes (through its fields and array elements, as gc's
 *  ascompatee drills), null for the blank identifier, or undefined when the store writes
 *  memory: an element of a slice, a dereference, a field through a pointer, a package or an
 *  address-taken variable. */
function storedVariable(f: FuncEmitter, x: ast.Expr): T.Var | null | undefined {
  for (;;) {
    x = unparen(x);
    if (x.kind === "SelectorExpr" && f.ctx.info.selections.get(x)?.indirect === false) x = x.x;
    else if (x.kind === "IndexExpr" && under(f.typeOf(x.x)).tag === "Array") x = x.x;
    else break;
  }
  if (x.kind !== "Ident") return undefined;
  if (x.name === "_") return null;
  const o = f.ctx.objOf(x);
  if (o?.tag !== "Var" || f.ctx.pkgVars.has(o) || f.fc.isAddrTaken(o) || f.fc.boxed.has(o)) return undefined;
  return o;
}

/** Does e mention one of vars? */
function mentions(f: FuncEmitter, e: ast.Expr, vars: Set<T.Var>): boolean {
  if (vars.size === 0) return false;
  let found = false;
  inspect(e, (n) => {
    if (n.kind === "Ident") {
      const o = f.ctx.objOf(n);
      if (o?.tag === "Var" && vars.has(o)) found = true;
    }
    return !found;
  });
  return found;
}

/** Does storing to x check its location (an index's bounds, a nil pointer), or may a map
 *  key's plain operations panic (m[1/z], m[*p]: gc passes the key of a map with a fast routine
 *  by value, computed as the store runs; order.go copies any other key first)? */
function checksLocation(f: FuncEmitter, x: ast.Expr): boolean {
  x = unparen(x);
  if (x.kind === "IndexExpr") {
    const m = under(f.typeOf(x.x));
    if (m.tag === "Map") return mapName("mapassign", m) !== "mapassign" && (mayPanicQuietly(f, x.index) || mayPanicQuietly(f, x.x));
  }
  if (x.kind === "IndexExpr") return true;
  if (x.kind === "StarExpr") return true;
  if (x.kind === "SelectorExpr") return f.ctx.info.selections.get(x)?.indirect === true;
  return false;
}

/**
 * Phase one of a multi-assignment (spec: Assignment statements): evaluate the operands of the
 * left sides' index expressions, pointer indirections and field selectors into temporaries, so
 * that an earlier store (i, x[i] = 1, 2) cannot change which location a later one writes.
 */
export function snapshotLhs(f: FuncEmitter, lhs: ast.Expr[], define: boolean): Map<ast.Expr, string> {
  const snap = new Map<ast.Expr, string>();
  const take = (e: ast.Expr): void => {
    const tv = f.ctx.tv(e);
    if (tv && tv.mode === "constant") return;
    const tmp = f.fc.tmp();
    f.emit(`${tmp} = ${f.expr(e)};`);
    snap.set(e, tmp);
  };
  // pin fixes the storage a location expression denotes: it evaluates the pointers (explicit or
  // implicit in selectors) and indices on the way, leaving variables and in-place values alone.
  const pin = (e: ast.Expr): void => {
    e = unparen(e);
    if (e.kind === "Ident" && !f.ctx.tv(e)) return; // a package name
    const u = under(f.typeOf(e));
    if (u.tag === "Pointer" || u.tag === "Slice" || u.tag === "Map") return take(e);
    if (e.kind === "SelectorExpr") {
      const sel = f.ctx.info.selections.get(e);
      if (sel && sel.kind === "FieldVal") pin(e.x);
    } else if (e.kind === "IndexExpr") {
      pinIndex(e);
    } else if (e.kind === "StarExpr") {
      take(e.x);
    }
  };
  const pinIndex = (e: ast.IndexExpr): void => {
    // An array indexed in place must stay the variable itself (not a copy).
    if (under(f.typeOf(e.x)).tag === "Array") pin(e.x);
    else take(e.x);
    take(e.index);
  };
  for (let l of lhs) {
    l = unparen(l);
    if (define && l.kind === "Ident") continue;
    if (l.kind === "IndexExpr") pinIndex(l);
    else if (l.kind === "StarExpr") take(l.x);
    else if (l.kind === "SelectorExpr") {
      const sel = f.ctx.info.selections.get(l);
      if (sel && sel.kind === "FieldVal") pin(l.x);
    }
  }
  return snap;
}

/** Compile a statement's operands (roots) in gc's evaluation order (order.ts): the hoisted
 *  ones are emitted first, and emit compiles the statement reading their temporaries. */
export function ordered<R>(f: FuncEmitter, roots: Root[], emit: () => R): R {
  const hoisted = orderStmt(f, roots);
  return hoisted === undefined ? emit() : withOverride(f, hoisted, emit);
}

/** Run emit with some expressions replaced by already evaluated temporaries. */
export function withOverride<R>(f: FuncEmitter, snap: Map<ast.Expr, string>, emit: () => R): R {
  if (snap.size === 0) return emit();
  const saved = f.argOverride;
  f.argOverride = new Map([...(saved ?? []), ...snap]);
  try {
    return emit();
  } finally {
    f.argOverride = saved;
  }
}

export const boolT = Typ[T.BasicKind.Bool]!;

export function assignOne(f: FuncEmitter, lhs: ast.Expr, v: string, define: boolean): void {
  lhs = unparen(lhs);
  if (lhs.kind === "Ident" && lhs.name === "_") {
    // Parenthesized: `_ = func() {...}` must not read as a JS function declaration.
    f.emit(`(${v});`);
    return;
  }
  if (define && lhs.kind === "Ident") {
    const d = f.ctx.info.defs.get(lhs);
    if (d && d.tag === "Var") {
      f.declareVar(d, v);
      return;
    }
  }
  f.store(lhs, v, undefined);
}

/** Store an already converted value into an addressable location. */
P.store = function (this: FuncEmitter, lhs: ast.Expr, v: string): void {
  lhs = unparen(lhs);
  const t = this.typeOf(lhs);
  const race = this.fc.race;
  // -race: an assignment into a struct or array reports a write of each of its fields or
  // elements (the location is evaluated once, into a temporary).
  const inPlace = (dst: string): void => {
    if (!race) return this.emit(this.ctx.tt.assignInto(t, dst, v));
    const d = this.fc.tmp();
    this.emit(`${d} = ${dst}; ${this.ctx.tt.assignInto(t, d, v)} $rwo(${d});`);
  };
  // -race: a variable's write, reported after the value is computed (racewrite returns it).
  const storeVar = (o: T.Var, ref: string): void => {
    const loc = this.raceVar(o);
    this.emit(loc ? `${ref} = $rw(${loc[0]}, ${loc[1]}, ${v});` : `${ref} = ${v};`);
  };
  switch (lhs.kind) {
    case "Ident": {
      const o = this.ctx.objOf(lhs) as T.Var;
      if (this.fc.pairs.has(o)) return this.emit(splitInto(this.fc.nameOf(o)!, v, false));
      const ref = this.varRef(o);
      if (isValueObject(t) && (this.ctx.pkgVars.has(o) || this.fc.isAddrTaken(o))) return inPlace(ref);
      storeVar(o, ref);
      return;
    }
    case "SelectorExpr": {
      const sel = this.ctx.info.selections.get(lhs);
      if (!sel) {
        const o = this.ctx.objOf(lhs.sel) as T.Var;
        const ref = this.varRef(o);
        if (isValueObject(t)) return inPlace(ref);
        storeVar(o, ref);
        return;
      }
      const [base, prop] = this.fieldBase(lhs, sel);
      if (isValueObject(t)) return inPlace(`${base}.${prop}`);
      if (race) {
        const b = this.fc.tmp();
        this.emit(`(${b} = ${base}).${prop} = $rw(${b}, ${this.raceField(sel)}, ${v});`);
        return;
      }
      this.emit(`${base}.${prop} = ${v};`);
      return;
    }
    case "IndexExpr": {
      const xt = under(this.typeOf(lhs.x));
      if (xt.tag === "Map") {
        const k = this.exprTo(lhs.index, xt.key);
        this.ctx.lower?.call(this.fc.goName, lhs.pos, mapName("mapassign", xt));
        this.emit(`${this.yn("mapassign", `${this.mapType(xt)}, ${this.expr(lhs.x)}, ${k}, ${v}`, false)};`);
        return;
      }
      if (this.ctx.lower !== undefined) this.lowerIndex(lhs, xt);
      const x = this.expr(lhs.x);
      const i = this.expr(lhs.index);
      let dst: string;
      if (race && !isValueObject(t)) return this.emit(raceElemStore(this, xt, x, i, v));
      if (xt.tag === "Slice") {
        // A strip-mined loop's hoisted header (stripmine.ts hoistSlices), else the slice's own.
        const h = this.hoistOf(lhs.x);
        if (h !== undefined) dst = `${h.a}[${h.off} + ${ckInline(i, h.len, () => this.fc.tmp(false))}]`;
        else {
          const tmp = this.fc.tmp();
          dst = `${storeSlice(tmp, x)}.a[${tmp}.off + ${ckInline(i, `${tmp}.len`, () => this.fc.tmp())}]`;
        }
        if (isValueObject(t)) {
          // Evaluate the element's location once, then copy into it in place.
          const el = this.fc.tmp();
          this.emit(`${el} = ${dst};`);
          return inPlace(el);
        }
      } else if (xt.tag === "Pointer") {
        const at = under(xt.elem) as T.ArrayT;
        dst = `$rt.nilck(${x})[${ckInline(i, String(at.len), () => this.fc.tmp())}]`;
      } else {
        dst = `${x}[${ckInline(i, String((xt as T.ArrayT).len), () => this.fc.tmp())}]`;
      }
      if (isValueObject(t)) return inPlace(dst);
      this.emit(`${dst} = ${v};`);
      return;
    }
    case "StarExpr": {
      const p = this.expr(lhs.x);
      if (isValueObject(t)) return inPlace(`$rt.nilck(${p})`);
      if (race) {
        const q = this.fc.tmp();
        this.emit(`(${q} = ${p}).set($rwp(${q}, ${v}));`);
        return;
      }
      this.emit(`${p}.set(${v});`);
      return;
    }
    default:
      throw new Unsupported(lhs.pos, `assignment to ${lhs.kind}`);
  }
};

/** The pair variable (pairs.ts) that x names, if it names one. */
function pairVar(f: FuncEmitter, x: ast.Expr): T.Var | undefined {
  const u = unparen(x);
  if (u.kind !== "Ident") return undefined;
  const o = f.ctx.objOf(u);
  return o?.tag === "Var" && f.fc.pairs.has(o) ? o : undefined;
}

/** x op= y, x++ and x--: read, compute, store, evaluating the location's operands once. */
function opAssign(f: FuncEmitter, lhs: ast.Expr, op: string, rhs: ast.Expr | undefined, t: T.Type): void {
  lhs = unparen(lhs);
  const pair = pairVar(f, lhs);
  if (pair !== undefined) return pairOpAssign(f, pair, op, rhs);
  // A map element's x op= y is a mapassign of its own (below).
  const mapElem = lhs.kind === "IndexExpr" && under(f.typeOf(lhs.x)).tag === "Map" ? lhs : undefined;
  // s += a + b: gc makes it s = s + a + b, one concatenation of all three (typecheck's OADDSTR
  // merges the chains); not for a map element, whose right side order.go copies first.
  const chain = op === "+" && rhs !== undefined && isString(t) && mapElem === undefined ? concatChain(f, rhs) : undefined;
  if (chain !== undefined) {
    if (f.ctx.lower !== undefined) f.lowerCall(concatName(chain.length + 1), lhs.pos);
    return opAssignWith(f, lhs, (cur) => `$rt.concatstringsN(${cur}, ${chain.join(", ")})`);
  }
  let rv = rhs ? (op === "<<" || op === ">>" ? f.expr(rhs) : f.exprTo(rhs, t)) : oneOf(t);
  // As of m[k] = v, a right side that may panic goes before a fast map's key (checksLocation);
  // an element's or a pointer's checks come first (order.go makes an op= of those safeExpr).
  if (rhs !== undefined && mapElem !== undefined && checksLocation(f, mapElem) && mayPanicQuietly(f, rhs)) {
    const tmp = f.fc.tmp();
    f.emit(`${tmp} = ${rv};`);
    rv = tmp;
  }
  if (f.ctx.lower !== undefined) lowerOp(f, lhs, op, rhs, t);
  const compute = (cur: string): string => {
    if (op === "<<" || op === ">>") {
      return shiftWith(op, t, cur, rv, rhs ? f.typeOf(rhs) : t, (l) => f.fc.tmp(l));
    }
    return arithWith(op, t, cur, rv, () => f.fc.tmp());
  };
  if (mapElem !== undefined) {
    const mt = under(f.typeOf(mapElem.x)) as T.MapT;
    const m = f.fc.tmp();
    const k = f.fc.tmp();
    f.emit(`${m} = ${f.expr(mapElem.x)}; ${k} = ${f.exprTo(mapElem.index, mt.key)};`);
    f.ctx.lower?.call(f.fc.goName, lhs.pos, mapName("mapassign", mt));
    // Go updates the element in place through the pointer mapassign returns (mapassign's
    // elemRef): one mapassign, no read before it. The right side is evaluated before it, an
    // integer divisor checked for zero before it too (order.go), a negative shift count found
    // after it (the key is then in the map, as in Go). Under -race gort reads before mapassign
    // (mapaccessOp, a yield point that charges nothing): Go's compiler makes the statement
    // m[k] = m[k] op v there.
    if (!f.fc.race) {
      const v = f.fc.tmp();
      const divisor = (op === "/" || op === "%") && isInteger(t) && f.ctx.tv(rhs!)?.mode !== "constant";
      f.emit(`${v} = ${divisor ? `$rt.divck(${rv})` : rv};`);
      f.emit(`${f.yn("mapassign", `${f.mapType(mt)}, ${m}, ${k}, $rt.elemRef`, false)};`);
      const b = f.fc.tmp();
      const i = f.fc.tmp();
      const cur = f.fc.tmp();
      f.emit(`${b} = $rt.mapRefBucket(); ${i} = $rt.mapRefIndex(); ${cur} = ${b}[${i}];`);
      rv = v; // compute reads the right side, evaluated above
      f.emit(`${b}[${i}] = ${compute(cur)};`);
      return;
    }
    const cur = f.yn("mapaccessOp", `${f.mapType(mt)}, ${m}, ${k}`, true);
    f.emit(`${f.yn("mapassign", `${f.mapType(mt)}, ${m}, ${k}, ${compute(cur)}`, false)};`);
    return;
  }
  opAssignWith(f, lhs, compute);
}

/** lhs = compute(lhs) for a variable, field, element or pointer target (not a map element):
 *  the location evaluated once, its read and write reported under -race. */
function opAssignWith(f: FuncEmitter, lhs: ast.Expr, compute: (cur: string) => string): void {
  // -race: the read and the write of the location, each reported (o and k evaluated once).
  const rmw = (o: string, k: string, ref: string): void => {
    if (!f.fc.race) return f.emit(`${ref} = ${compute(ref)};`);
    f.emit(`${ref} = $rw(${o}, ${k}, ${compute(`($rr(${o}, ${k}), ${ref})`)});`);
  };
  if (lhs.kind === "Ident") {
    const o = f.ctx.objOf(lhs) as T.Var;
    const ref = f.varRef(o);
    const loc = f.raceVar(o);
    if (loc) return rmw(loc[0], loc[1], ref);
    f.emit(`${ref} = ${compute(ref)};`);
    return;
  }
  if (lhs.kind === "SelectorExpr") {
    const sel = f.ctx.info.selections.get(lhs);
    if (!sel) {
      const o = f.ctx.objOf(lhs.sel) as T.Var;
      const ref = f.varRef(o);
      const loc = f.raceVar(o);
      if (loc) return rmw(loc[0], loc[1], ref);
      f.emit(`${ref} = ${compute(ref)};`);
      return;
    }
    const [base, prop] = f.fieldBase(lhs, sel);
    const b = f.fc.tmp();
    f.emit(`${b} = ${base};`);
    rmw(b, String(f.raceField(sel)), `${b}.${prop}`);
    return;
  }
  if (lhs.kind === "IndexExpr") {
    const xt = under(f.typeOf(lhs.x));
    const h = xt.tag === "Slice" ? f.hoistOf(lhs.x) : undefined;
    if (h !== undefined) {
      const k = f.fc.tmp();
      f.emit(`${k} = ${h.off} + ${ckInline(f.expr(lhs.index), h.len, () => f.fc.tmp())};`);
      rmw(h.a, k, `${h.a}[${k}]`);
      return;
    }
    const a = f.fc.tmp();
    const i = f.fc.tmp();
    if (xt.tag === "Slice") {
      const arr = f.fc.tmp();
      f.emit(`${storeSlice(a, f.expr(lhs.x))}; ${i} = ${a}.off + ${ckInline(f.expr(lhs.index), `${a}.len`, () => f.fc.tmp())}; ${arr} = ${a}.a;`);
      rmw(arr, i, `${arr}[${i}]`);
      return;
    }
    const arr = xt.tag === "Pointer" ? `$rt.nilck(${f.expr(lhs.x)})` : f.expr(lhs.x);
    f.emit(`${a} = ${arr}; ${i} = ${ckInline(f.expr(lhs.index), `${a}.length`, () => f.fc.tmp())};`);
    rmw(a, i, `${a}[${i}]`);
    return;
  }
  if (lhs.kind === "StarExpr") {
    const p = f.fc.tmp();
    f.emit(`${p} = ${f.expr(lhs.x)};`);
    if (f.fc.race) {
      f.emit(`${p}.set($rwp(${p}, ${compute(`$rrp(${p})`)}));`);
      return;
    }
    f.emit(`${p}.set(${compute(`${p}.get()`)});`);
    return;
  }
  throw new Unsupported(lhs.pos, `assignment operator on ${lhs.kind}`);
}

/** The compiled operands of rhs when it is a concatenation (strtmp.ts concatList), else
 *  undefined. */
function concatChain(f: FuncEmitter, rhs: ast.Expr): string[] | undefined {
  const u = unparen(rhs);
  if (u.kind !== "BinaryExpr" || u.op !== "+" || f.ctx.tv(u)?.mode === "constant") return undefined;
  return concatList(f.ctx, u).map((x) => f.expr(x));
}

import { arith as arithWith, shiftOp as shiftWith } from "./expr.js";
import { isComplex, isFloat } from "./typeutil.js";

function oneOf(t: T.Type): string {
  if (isComplex(t)) return "new $rt.Complex(1, 0)";
  void isFloat;
  return "1";
}

// ---- go, defer, return -------------------------------------------------------------------------

/**
 * The callee and arguments of a go or defer statement, evaluated now (vals, in order), and
 * what the statement makes of them. For a defer statement, code is the thunk to call when the
 * frame returns, over the parameters params that hold vals, with its captures roots (the
 * frame's roots: Frame.defers). For a go statement, code is the goroutine's bottom generator,
 * made now (a generator function runs none of its body until resumed), and roots the callee
 * and arguments, which the collector scans as the goroutine's roots (G.startRoots) as it
 * scanned a thunk's captures; with no params, code and roots read temporaries that vals set.
 */
interface Bound {
  params: string[];
  vals: string[];
  code: string;
  roots: string[];
  /** A defer's thunk is a plain function (rundefersFast calls it). */
  plain?: boolean;
}

function thunk(f: FuncEmitter, call: ast.CallExpr, deferred: boolean): Bound {
  // gc assigns each argument to a temporary in turn (escape/call.go goDeferStmt): each is
  // ordered as a statement of its own (order.ts).
  const pre = new Map<ast.Expr, string>();
  for (const a of call.args) {
    const v = orderOperand(f, a);
    if (v !== undefined) pre.set(a, v);
  }
  return withOverride(f, pre, () => thunkOrdered(f, call, deferred));
}

/** A generator function of the bound parameters: a defer's thunk, or a go statement's
 *  generator (the function called). */
function genOf(fn: string, deferred: boolean): string {
  return deferred ? fn : `(${fn})()`;
}

function thunkOrdered(f: FuncEmitter, call: ast.CallExpr, deferred: boolean): Bound {
  const fun = unparen(call.fun);
  const ftv = f.ctx.tv(call.fun);
  const isBuiltin = fun.kind === "Ident" && f.ctx.objOf(fun)?.tag === "Builtin";
  if ((ftv && ftv.mode === "typexpr") || isBuiltin) {
    // A builtin (or conversion) runs later, but its arguments are evaluated now: bind each
    // argument's value to a parameter of the thunk.
    const params = call.args.map((_, i) => `$a${i}`);
    const vals = call.args.map((a) => f.expr(a));
    const body = withArgNames(f, call, params);
    return { params, vals, code: genOf(`function* () { ${body}; }`, deferred), roots: params };
  }
  const cname = cgoCallee(f, fun);
  if (cname !== undefined) {
    // go C.f(x) / defer C.f(x): cgo makes C.f a Go function (_Cfunc_f); its arguments are
    // evaluated now and the call into C runs later, in the thunk's own generator.
    const params = call.args.map((_, i) => `$a${i}`);
    const vals = call.args.map((a) => f.expr(a));
    const c = cgoCallCode(cname, params);
    const body = c.yields ? `yield* ${c.code}` : c.code;
    return { params, vals, code: genOf(`function* () { return ${body}; }`, deferred), roots: params };
  }
  const parts = f.callParts(call);
  const { gen, args } = parts;
  // The callee and arguments are evaluated now and bound by value (each go or defer statement
  // executed in a loop gets its own thunk with its own values). A deferred nil func value
  // panics only when the deferred call runs (Go 1.19, issue 8047), so its check moves inside.
  // A go statement's nil func value: with no arguments or results Go calls it directly, and
  // newproc throws "go of nil func value"; otherwise Go's wrapper closure calls it in the new
  // goroutine, which faults there.
  const wrapped = !deferred && parts.fnval !== undefined && (call.args.length > 0 || fun.kind === "SelectorExpr" ||
    (under(f.typeOf(call.fun)) as T.Signature).results.vars.length > 0);
  const late = (deferred || wrapped) && parts.fnval !== undefined;
  const fn = late ? parts.fnval! : !deferred && parts.fnval !== undefined ? `$rt.gofnck(${parts.fnval})` : parts.fn;
  const params = ["$fn", ...args.map((_, i) => `$a${i}`)];
  const vals = [fn, ...args];
  const inner = `${late ? "$rt.fnck($fn)" : "$fn"}(${params.slice(1).join(", ")})`;
  // A deferred call of a generator is a thunk that returns the callee's generator (no
  // generator of its own); of a plain function, a plain thunk (rundefersFast calls it); of a
  // native with a plain entry (runtime/yield.ts), a thunk that calls the entry and returns the
  // rest of the call if it must yield, else a finished iterator: no generator on most calls
  // (`defer mu.Unlock()`, `defer wg.Done()`).
  if (deferred && parts.entry !== undefined && !late) {
    const call = `${parts.entry}(${params.slice(1).join(", ")})`;
    return { params, vals, code: `() => ${call} === $rt.PENDING ? $rt.pending() : $rt.doneIter`, roots: params };
  }
  if (deferred) return { params, vals, code: `() => ${inner}`, roots: params, plain: !gen };
  // go of a compiled Go function or func literal (a JS generator function, which runs none of
  // its body until resumed): the callee's generator is the goroutine's bottom generator, made
  // at once; a wrapper generator around it would cost a generator and a yield* on every resume
  // (spawn: 2.59 -> 1.72 s CPU). The callee and arguments are held in temporaries made after
  // their expressions were compiled, so that no stack map of the statement lists them (none
  // listed the parameters of the arrow function that bound them before), and no closure is made.
  if (gen && (parts.goBody === true || fun.kind === "FuncLit")) {
    const ts = params.map(() => f.fc.tmp(false));
    return { params: [], vals: vals.map((v, i) => `${ts[i]} = ${v}`), code: `${ts[0]}(${ts.slice(1).join(", ")})`, roots: ts };
  }
  // Natives, methods and func values keep the wrapper, which calls them at the goroutine's
  // first turn whatever they are.
  return { params, vals, code: genOf(`function* () { return ${gen ? "yield* " : ""}${inner}; }`, false), roots: params };
}

/** A builtin call whose arguments are already evaluated into the named parameters. */
function withArgNames(f: FuncEmitter, call: ast.CallExpr, names: string[]): string {
  const fake = call.args.map((a, i) => ({ a, n: names[i]! }));
  const saved = f.argOverride;
  const savedThunk = f.inThunk;
  f.argOverride = new Map(fake.map(({ a, n }) => [a, n]));
  f.inThunk = true;
  try {
    return f.expr(call);
  } finally {
    f.argOverride = saved;
    f.inThunk = savedThunk;
  }
}

declare module "./func.js" {
  interface FuncEmitter {
    /** While compiling a deferred builtin: arguments already evaluated into thunk parameters. */
    argOverride: Map<ast.Expr, string> | undefined;
  }
}

/** gort build -S: what x op= y calls besides the map access (expr.ts lowerBinary's cases). */
function lowerOp(f: FuncEmitter, lhs: ast.Expr, op: string, rhs: ast.Expr | undefined, t: T.Type): void {
  if (op === "+" && isString(t)) return f.lowerCall("concatstring2", lhs.pos);
  if (rhs !== undefined && f.ctx.tv(rhs)?.mode !== "constant" && isInteger(t)) {
    if (op === "/" || op === "%") f.lowerCall("panicdivide", lhs.pos);
    if ((op === "<<" || op === ">>") && !isUnsigned(f.typeOf(rhs))) f.lowerCall("panicshift", lhs.pos);
  }
}

function goStmt(f: FuncEmitter, s: ast.GoStmt): void {
  if (f.ctx.lower !== undefined) {
    // Go 1.19 wraps a call with arguments in a closure (order.go wrapGoDefer): a heap object.
    const fun = unparen(s.call.fun);
    if (fun.kind !== "FuncLit" && (s.call.args.length > 0 || fun.kind === "SelectorExpr")) f.lowerCall("newobject", s.pos);
    f.lowerCall("newproc", s.pos);
  }
  const before = f.ctx.funcInfos.length;
  const b = thunk(f, s.call, false);
  const wrap = goDeferWrapper(f, s.call);
  const extra = wrap === undefined ? "" : `, ${JSON.stringify(wrap)}, ${s.call.lparen.line}`;
  const np = `$rt.newproc(${b.code}, [${b.roots.join(", ")}], ${JSON.stringify(calleeName(f, s.call, before))}${extra})`;
  if (b.params.length === 0) f.emit(b.vals.length === 0 ? `${np};` : `(${b.vals.join(", ")}, ${np});`);
  else f.emit(`((${b.params.join(", ")}) => ${np})(${b.vals.join(", ")});`);
  // -race: the parent steps after racegostart (procrt.ts gostep), where it can.
  if (f.fc.race && f.fc.gen && !f.inThunk) f.emit(`${f.yn("gostep", "", false)};`);
}

/**
 * -race: the name of the closure Go 1.19 wraps a go or defer call in (order.go's wrapGoDefer),
 * or undefined when the call needs none: a call of a function or func value without parameters
 * and results is left alone; any other (arguments, results, a method call) becomes
 * `func() { f(args) }()`, numbered after the function's own literals (f.funcN, in source
 * order). Only race reports show the wrapper's frame; tracebacks hide it. Every package has
 * them under -race, instrumented or not (testing's `go tRunner(t, f)` is testing.(*T).Run.func1).
 */
function goDeferWrapper(f: FuncEmitter, call: ast.CallExpr): string | undefined {
  if (f.ctx.racePkgs.size === 0) return undefined;
  const fun = unparen(call.fun);
  const tv = f.ctx.tv(fun);
  if (tv && (tv.mode === "builtin" || tv.mode === "typexpr")) return undefined;
  const sel = fun.kind === "SelectorExpr" ? f.ctx.info.selections.get(fun) : undefined;
  const sig = under(f.typeOf(fun));
  if (!sel && sig.tag === "Signature" && sig.params.vars.length === 0 && sig.results.vars.length === 0) return undefined;
  const n = f.fc.litCount + ++f.fc.wrapperN;
  return f.fc.parent ? `${f.fc.goName}.${n}` : `${f.fc.goName}.func${n}`;
}

/** The Go name of a go statement's callee, as bytes (a traceback names it for a G that never
 *  ran). */
function calleeName(f: FuncEmitter, call: ast.CallExpr, before: number): string {
  const fun = unparen(call.fun);
  if (fun.kind === "FuncLit") return f.ctx.funcInfos[before]?.name ?? "";
  const id = fun.kind === "Ident" ? fun : fun.kind === "SelectorExpr" ? fun.sel : undefined;
  const o = id ? f.ctx.objOf(id) : undefined;
  if (o && o.tag === "Func") return textToBytes(f.ctx.funcs.get(o)?.goName ?? "");
  return "";
}

function deferStmt(f: FuncEmitter, s: ast.DeferStmt): void {
  goDeferWrapper(f, s.call); // -race: a wrapped defer takes a closure number too
  const b = thunk(f, s.call, true);
  const th = `((${b.params.join(", ")}) => ${b.plain === true ? "$rt.plaindefer" : "$rt.stackfuncval"}(${b.code}, () => [${b.roots.join(", ")}]))(${b.vals.join(", ")})`;
  // A defer in a loop gets a heap _defer record (deferproc's newdefer); others are open-coded
  // or stack-allocated in Go, and cost the heap nothing.
  const inLoop = (f.loops?.length ?? 0) > 0;
  if (f.ctx.lower !== undefined && !f.fc.openDefers) {
    // A deferred call with arguments is wrapped in a closure (order.go wrapGoDefer), on the
    // heap for a defer in a loop.
    if (inLoop && (s.call.args.length > 0 || unparen(s.call.fun).kind === "SelectorExpr")) f.lowerCall("newobject", s.pos);
    f.lowerCall(inLoop ? "deferproc" : "deferprocStack", s.pos);
    f.lowerCall("deferreturn", s.pos);
  }
  f.emit(`$f.defers.push(${inLoop ? `$rt.newdefer(${th})` : th});`);
}

function returnStmt(f: FuncEmitter, s: ast.ReturnStmt): void {
  const rvars = f.fc.sig.results.vars;
  const roots = s.results.map((e, i) => ({ e, target: s.results.length === rvars.length ? rvars[i]!.type : undefined }));
  ordered(f, roots, () => returnOrdered(f, s));
}

function returnOrdered(f: FuncEmitter, s: ast.ReturnStmt): void {
  const fc = f.fc;
  const rvars = fc.sig.results.vars;
  let vals: string[] = [];
  if (s.results.length === 1 && rvars.length > 1) {
    const t = f.fc.tmp();
    f.emit(`${t} = ${f.expr(s.results[0]!)};`);
    vals = rvars.map((_, i) => `${t}[${i}]`);
  } else {
    vals = s.results.map((r, i) => f.exprTo(r, rvars[i]!.type));
  }
  // Every value is computed before any result is set (`return b, a` swaps named results).
  const intoTemps = (): string[] => vals.map((v) => {
    const t = f.fc.tmp();
    f.emit(`${t} = ${v};`);
    return t;
  });
  if (fc.hasDefer) {
    if (vals.length > 0) {
      (vals.length === 1 ? vals : intoTemps()).forEach((t, i) => fc.namedResults ? storeResult(f, rvars[i]!, t) : f.emit(`${fc.results[i]} = ${t};`));
    }
    f.emit("break $body;");
    return;
  }
  if (vals.length === 0 && fc.namedResults) vals = resultReads(f, fc.results);
  else if (fc.namedResults && rvars.some((o) => fc.isShared(o))) {
    // A pointer or a closure may read a named result after the return: the return sets them
    // (each value computed once, into a temporary both the result and the return read).
    const ts = intoTemps();
    rvars.forEach((o, i) => { if (fc.isShared(o)) storeResult(f, o, ts[i]!); });
    vals = ts;
  }
  if (fc.frameless) f.emit(vals.length === 0 ? "return;" : `return ${vals.length === 1 ? vals[0] : `[${vals.join(", ")}]`};`);
  else if (vals.length === 0) f.emit("return void $g.d--;");
  else if (vals.length === 1) f.emit(`return $g.pop(${vals[0]});`);
  else f.emit(`return $g.pop([${vals.join(", ")}]);`);
}

// ---- Control flow -------------------------------------------------------------------------------

/**
 * A condition without its redundant outer parentheses: `if ((x > 0))` becomes `if (x > 0)`.
 * V8's parser pays for each parenthesized expression in proportion to the depth of the blocks
 * around it, so in deeply nested ifs every pair saved counts. Long conditions keep theirs (the
 * scan would then cost more than it saves).
 */
function bare(cond: string): string {
  if (cond.length > 4096 || cond[0] !== "(" || cond[cond.length - 1] !== ")") return cond;
  let depth = 0;
  for (let i = 0; i < cond.length - 1; i++) {
    const ch = cond[i];
    if (ch === '"' || ch === "'") {
      for (i++; i < cond.length && cond[i] !== ch; i++) if (cond[i] === "\\") i++;
    } else if (ch === "(") depth++;
    else if (ch === ")" && --depth === 0) return cond; // the first "(" closes before the end
  }
  return cond.slice(1, -1);
}

/** gort test -fuzz: count the block about to start (runtime/cover.ts). */
function coverCounter(f: FuncEmitter): void {
  if (f.fc.cover) f.emit(`$S.cv[${f.ctx.coverN++ % BRANCH_COUNTERS}]++;`);
}

function ifStmt(f: FuncEmitter, s: ast.IfStmt, next: ast.Stmt | undefined): void {
  // A block only for the init statement's scope: V8 compiles `if (c) { { if (c) { {` in time
  // quadratic in the nesting depth, `if (c) { if (c) {` in linear time.
  if (s.init) {
    f.emit("{");
    f.indent();
    f.stmt(s.init);
  }
  if (ifLineDead(f, s, next)) f.curPos = s.pos;
  else f.line(s.pos);
  f.emit(`if (${bare(ordered(f, [{ e: s.cond }], () => f.expr(s.cond)))}) {`);
  f.indent();
  f.block(s.body.list);
  f.dedent();
  if (s.else) {
    f.emit("} else {");
    f.indent();
    f.stmt(s.else);
    f.dedent();
  } else if (f.fc.cover) {
    // The edge around the then block counts too.
    f.emit("} else {");
    coverCounter(f);
  }
  f.emit("}");
  if (s.init) {
    f.dedent();
    f.emit("}");
  }
}

/** The slice whose element a store indexes, in tmp: x, or for a nil x the header with length 0
 *  ($rt.nilSlice), so that the store's bounds check panics as Go's does (index out of range)
 *  rather than `null.a` as a nil dereference. A test of null, not `??`: measured on fannkuch
 *  9, +0.7% instructions against +1.5%. */
function storeSlice(tmp: string, x: string): string {
  return `((${tmp} = ${x}) !== null ? ${tmp} : ${tmp} = $rt.nilSlice)`;
}

/** -race: x[i] = v for a slice or an array (or a pointer to one) element that is not itself a
 *  struct or array: the element's index is fixed before v is computed, and its write is
 *  reported after. */
function raceElemStore(f: FuncEmitter, xt: T.Type, x: string, i: string, v: string): string {
  const a = f.fc.tmp();
  const k = f.fc.tmp();
  if (xt.tag === "Slice") {
    const s = f.fc.tmp();
    return `${storeSlice(s, x)}; ${k} = ${s}.off + $rt.ck(${i}, ${s}.len); (${a} = ${s}.a)[${k}] = $rw(${a}, ${k}, ${v});`;
  }
  const arr = xt.tag === "Pointer" ? `$rt.nilck(${x})` : x;
  const len = ((xt.tag === "Pointer" ? under((xt as T.Pointer).elem) : xt) as T.ArrayT).len;
  return `${a} = ${arr}; ${k} = $rt.ck(${i}, ${len}); ${a}[${k}] = $rw(${a}, ${k}, ${v});`;
}

/** The function literals directly in body (not inside another literal): Go numbers them
 *  f.func1, f.func2... before the wrappers of go and defer calls (goDeferWrapper). */
function countLits(body: ast.BlockStmt): number {
  let n = 0;
  inspect(body, (x) => {
    if (x.kind !== "FuncLit") return true;
    n++;
    return false;
  });
  return n;
}
