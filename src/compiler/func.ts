// One Go function (a declaration or a literal) → one JavaScript function.
//
// This file holds the emitter state and the expression side; stmt.ts holds the statements and
// call.ts the calls, builtins and conversions. They are split by concept but share the
// FuncEmitter class (declaration merging), like go/types splits Checker across files.
//
// The emitted function keeps Go's frame model visible to tracebacks: its prologue pushes a frame
// on the goroutine's frame stack ($g.push(FI)), each statement records its line in the frame
// ($f.l = N), and each return pops it ($g.pop(value)). A panic does not pop frames, so the
// stack at the moment of a panic is still there when a traceback is printed.
//
// Simplifications: goto reaches only labels at the top level of a statement list (gotostmt.ts).

import { BRANCH_COUNTERS } from "../runtime/cover.js";
import type * as ast from "../frontend/ast.js";
import * as C from "../frontend/constant.js";
import * as T from "../frontend/types.js";
import { type Ctx, type FnCtx, type FuncMeta } from "./context.js";
import { textToBytes } from "../base/utf8.js";
import {
  arith, cgoCallee, ckInline, compare, constLit, isFresh, shiftOp, unparen, wrapNarrow,
} from "./expr.js";
import { fieldProp, typedArrayName } from "./typetable.js";
import { pkgTypedSize } from "./pkgtyped.js";
import {
  is64, isComplex, isFloat, isFloat32, isInteger, isInterface, isObjectPointer, isString,
  isValueObject, under, basicKind,
} from "./typeutil.js";
import { BasicKind as K } from "../frontend/types.js";
import { hasPointers } from "./stackmap.js";
import { sizeof } from "../frontend/check/sizes.js";
import { concatName, convTName, exprString, makemapName, mapName } from "./lower.js";
import { concatList } from "./strtmp.js";
import { identical, isUntyped } from "../frontend/check/predicates.js";
import { mayPanicQuietly, orderExpr } from "./order.js";
import type { FieldHoist, RowHoist, SliceHoist } from "./stripmine.js";
import { Typ } from "../frontend/check/universe.js";
import { joinPair, pairValue } from "./pairs.js";

const MAX_INDENT = 40;
const INDENTS = Array.from({ length: MAX_INDENT + 1 }, (_, i) => "  ".repeat(i));

/** newobject.ts's maxImplicitStackVarSize. */
const maxImplicitStackVarSize = 64 * 1024;

/** The longest sparse array literal of constants written out as one JS array literal (a
 *  longer one fills its zero values at run time). */
const constArrayMax = 4096;
/** A zero value that is a JS primitive literal: a string, number, boolean or bigint zero. */
const primitiveZero = /^(""|0|false|0n)$/;

/** A program beyond one of gort's explicit limits on what it compiles (the run ends with
 *  LIMIT_EXIT, as a simulator limit does). */
export class CompileLimit extends Error {
  constructor(
    readonly pos: ast.Pos,
    what: string,
  ) {
    super(`gort: ${what}`);
  }
}

export class Unsupported extends Error {
  constructor(
    readonly pos: ast.Pos,
    what: string,
  ) {
    super(`gort: ${what} is not supported yet`);
  }
}

export class FuncEmitter {
  readonly out: string[] = [];
  private ind = 1;
  /** The line of out on which declareVar declared each local with its own `let` statement
   *  (stackMap caches a map of locals declared in blocks there). */
  readonly declLine = new Map<T.Obj, number>();
  /** Stack maps cached per block: their declaring line and text → a `let` name on that line. */
  private readonly blockMaps = new Map<string, string>();

  constructor(
    readonly ctx: Ctx,
    readonly fc: FnCtx,
    readonly file: string,
  ) {}

  /** One line at the current indentation. Indentation stops growing at MAX_INDENT levels, so
   *  that the text stays linear in the program's size however deep its blocks nest. */
  emit(s: string): void {
    this.out.push(INDENTS[Math.min(this.ind, MAX_INDENT)] + s);
  }
  indent(): void {
    this.ind++;
  }
  dedent(): void {
    this.ind--;
  }

  typeOf(e: ast.Expr): T.Type {
    return this.ctx.typeOf(e);
  }

  /** `(yield* x)` — legal only in generators; the blocking analysis makes sure of it. The
   *  frame records its stack map first (stackmap.ts): x's arguments are already evaluated
   *  when the yield happens, so setting it before x is the same as at the yield. */
  y(x: string): string {
    if (!this.fc.gen) throw new Error(`compiler: yield in a plain function (${this.fc.goName})`);
    // A go or defer thunk of a builtin runs later, maybe on another goroutine: $f is not its
    // frame then, so it records no stack map (its arguments are the thunk's captures).
    if (this.inThunk) return `(yield* ${x})`;
    return `(yield* ($f.s = ${this.stackMap()}, ${x}))`;
  }

  /**
   * A call of a runtime operation's plain entry (runtime/yield.ts), the name with an n
   * (`mapassignn` for `mapassign`): no generator is made unless one of its steps must yield, and then the
   * rest of the operation runs as one (`yield* $rt.pending()`). The stack map is recorded as
   * y records it. value: the operation's result is used (it takes a temporary). once: that
   * temporary is the function's once-temporary, which no stack map lists (the channel
   * operations, whose results the generator forms passed on without a temporary); else a
   * temporary the statement's later yields list (the map operations).
   */
  yn(name: string, args: string, value: boolean, once = false): string {
    if (!this.fc.gen) throw new Error(`compiler: yield in a plain function (${this.fc.goName})`);
    const call = this.inThunk ? `$rt.${name}n(${args})` : `($f.s = ${this.stackMap()}, $rt.${name}n(${args}))`;
    if (!value) return `(${call} === $rt.PENDING && (yield* $rt.pending()))`;
    if (this.inThunk) return this.y(`$rt.${name}(${args})`);
    const t = once ? this.fc.onceTmp() : this.fc.tmp();
    return `((${t} = ${call}) === $rt.PENDING ? (yield* $rt.pending()) : ${t})`;
  }

  /** A call of a native's plain entry (runtime/yield.ts), where the native's generator would be
   *  called with y: the same stack map, recorded before the arguments are evaluated, and the
   *  rest of the native run with `yield* $rt.pending()` when a step must yield. */
  ye(entry: string, args: string): string {
    if (!this.fc.gen) throw new Error(`compiler: yield in a plain function (${this.fc.goName})`);
    const t = this.fc.onceTmp();
    return `((${t} = ($f.s = ${this.stackMap()}, ${entry}(${args}))) === $rt.PENDING ? (yield* $rt.pending()) : ${t})`;
  }

  /** The box of an address-taken variable holding v: Go moves such a variable to the heap
   *  when its address escapes, which gort assumes (escape.ts does not follow &x). */
  box(v: string, t: T.Type): string {
    return `$rt.newobject({ v: ${v} }, ${this.ctx.tt.rtype(t)})`;
  }

  /** Compiling the body of a go or defer thunk (stmt.ts). */
  inThunk = false;

  /** The position of the statement being compiled (for stack maps). */
  curPos: ast.Pos | undefined;

  /** The line the frame holds where the expression being compiled runs: the statement's (its
   *  line store), or that of the call whose arguments these are (call.ts). Undefined where no
   *  line is stored (a strip's body keeps its line in a local; a frameless leaf that cannot
   *  panic keeps none). */
  callLine: number | undefined;
  /** Compiling a strip's body (stripmine.ts emitStripped). */
  inStrip = false;

  /** While a strip-mined loop is compiled: the local slices whose headers it read before it
   *  (stripmine.ts hoistSlices), which its index expressions and len read instead. */
  sliceHoists: Map<T.Var, SliceHoist> | undefined;

  /** While a strip-mined loop is compiled: the rows of hoisted slices of slices read once per
   *  strip (stripmine.ts hoistRows), which their index expressions read instead. */
  rowHoists: Map<ast.IndexExpr, RowHoist> | undefined;

  /** While a strip-mined loop is compiled: the fields of local structs (or of the structs
   *  local pointers point to) read once per strip (stripmine.ts hoistFields). */
  fieldHoists: Map<ast.SelectorExpr, FieldHoist> | undefined;

  /** The hoisted header of a slice expression that is such a local, or undefined. */
  hoistOf(e: ast.Expr): SliceHoist | undefined {
    if (this.sliceHoists === undefined) return undefined;
    const u = unparen(e);
    if (u.kind !== "Ident") return undefined;
    const o = this.ctx.objOf(u);
    return o?.tag === "Var" ? this.sliceHoists.get(o) : undefined;
  }

  /** While the yield of a call of a Go function is compiled: its arguments' span, whose uses
   *  are over at the yield (stackmap.ts liveAt). */
  liveSkip: [number, number] | undefined;

  /** This point's stack map: a closure returning thunks that read the live locals that may
   *  hold references or that other code may reach (FnCtx.isShared: a pointer-free struct whose
   *  address is taken or that a closure captures, such as a sync.Mutex, is an object the
   *  collector must keep and goroutineleak.ts must see), and the function's temporaries. null
   *  when there are none. */
  stackMap(extra: readonly string[] = []): string {
    // Every reader of the frame records a stack map first: a frameless leaf has none to read.
    if (this.fc.frameless) throw new Error(`compiler: a frameless function reads its frame (${this.fc.goName})`);
    const parts: string[] = extra.map((n) => `() => ${n}`);
    const live = (this.fc.live ??= this.fc.lazyLive?.());
    // A closure over bindings that exist once per call can be made once and reused by every
    // execution of this yield point (yields in loops are the common case).
    let once = live !== undefined && !live.hasGoto;
    // Otherwise, when every binding that is made again inside the body was declared by a `let`
    // statement of its own (declLine), the closure can be made once per binding of the last of
    // them: its cache is a `let` declared on that statement's line, in the same block (an inner
    // loop's yield point in the body of an outer loop: once per outer iteration, not per inner
    // one; map_string's lookups made one closure each). A map may name a variable whose block
    // has ended (a boxed one is always listed; its thunk then throws, and the collector reads
    // nothing from it): where the cache's block has ended too, the cache is not declared, and
    // the `typeof` test makes the closure afresh as before. Cache names carry the function's
    // nesting depth, so that a literal's never resolves to its enclosing function's.
    let perBlock = once;
    let line = -1;
    for (const [o, name] of this.fc.names) {
      if (o.tag !== "Var" || !(hasPointers(o.type) || this.fc.isShared(o))) continue;
      if (live && !this.fc.boxed.has(o) && !live.liveAt(o, this.curPos, this.liveSkip)) continue;
      parts.push(`() => ${name}`);
      if ((this.fc.declDepth.get(o) ?? Infinity) > 2) {
        once = false;
        const l = this.declLine.get(o);
        if (l === undefined) perBlock = false;
        else if (l > line) line = l;
      }
    }
    for (const sc of this.fc.tempScopes) for (const t of sc) parts.push(`() => ${t}`);
    if (parts.length === 0) return "null";
    const sm = `() => [${parts.join(", ")}]`;
    if (!once && perBlock && line >= 0) {
      const key = `${line} ${sm}`;
      let b = this.blockMaps.get(key);
      if (b === undefined) {
        let depth = 0;
        for (let p = this.fc.parent; p !== undefined; p = p.parent) depth++;
        this.blockMaps.set(key, (b = `$sb${depth}_${this.blockMaps.size}`));
        this.out[line] += ` let ${b} = null;`;
      }
      return `(typeof ${b} === "undefined" ? ${sm} : ${b} || (${b} = ${sm}))`;
    }
    if (!once) return sm;
    let v = this.fc.stackMaps.get(sm);
    if (v === undefined) this.fc.stackMaps.set(sm, (v = `$sm${this.fc.stackMaps.size}`));
    return `(${v} || (${v} = ${sm}))`;
  }

  // ---- Expressions -----------------------------------------------------------------------

  /** The value of e, of its recorded type. */
  expr(e: ast.Expr): string {
    const ov = this.argOverride?.get(e);
    if (ov !== undefined) return ov;
    const tv = this.ctx.tv(e);
    if (tv && tv.mode === "constant" && tv.value) {
      if (isInterface(tv.type)) return this.boxConst(e, tv);
      return constLit(tv.value, tv.type);
    }
    switch (e.kind) {
      case "ParenExpr": return this.expr(e.x);
      case "Ident": return this.ident(e);
      case "BasicLit": throw new Error("non-constant literal");
      case "FuncLit": return this.funcLit(e);
      case "CompositeLit": return this.compositeLit(e);
      case "SelectorExpr": return this.selector(e);
      case "IndexExpr": return this.ctx.info.instExprs.has(e) ? this.expr(e.x) : this.index(e);
      case "SliceExpr": return this.sliceExpr(e);
      case "TypeAssertExpr": return this.typeAssert(e, isTupleUse(this, e));
      case "CallExpr": return this.call(e);
      case "StarExpr": return this.deref(e);
      case "UnaryExpr": return this.unary(e);
      case "BinaryExpr": return this.binary(e);
      case "KeyValueExpr": throw new Error("KeyValueExpr outside a composite literal");
      case "IndexListExpr": return this.expr(e.x); // an instantiated generic function
      default:
        throw new Unsupported(e.pos, `expression ${e.kind}`);
    }
  }

  /** gort build -S and -m: the conversion of e, of type st, to an interface. Go converts a
   *  constant from static data (no call); every conversion's value escapes in gort. */
  lowerConv(e: ast.Expr, st: T.Type, target: T.Type): void {
    const l = this.ctx.lower!;
    if (isInterface(st)) {
      // To another non-empty interface: the itab is looked up (convI2I).
      const tu = under(target) as T.Interface;
      if ((tu.allMethods ?? tu.methods).length > 0 && !identical(st, target)) l.call(this.fc.goName, e.pos, "convI2I");
      return;
    }
    const tv = this.ctx.tv(e);
    const name = convTName(st);
    if (name !== undefined && !(tv && tv.mode === "constant")) l.call(this.fc.goName, e.pos, name);
    // A pointer-shaped value is the interface's data word itself: nothing escapes by it.
    if (name !== undefined || sizeof(st) === 1) l.escape(e.pos, `${exprString(e)} escapes to heap`);
  }

  /** gort build -S: a runtime call at pos (the statement's line without one). */
  lowerCall(name: string | undefined, pos?: ast.Pos): void {
    if (name !== undefined && name !== "") this.ctx.lower?.call(this.fc.goName, pos ?? this.curPos, name);
  }

  private boxConst(_e: ast.Expr, tv: T.TypeAndValue): string {
    // go/types records the default type for a constant converted to an interface only on the
    // conversion; here the constant itself has interface type: box with the default type.
    const dt = defaultType(tv.value!);
    return `new $rt.Iface(${this.ctx.tt.rtype(dt)}, ${constLit(tv.value!, dt)})`;
  }

  /** The value of e converted for storing in a location of type target: interface boxing,
   *  nil, and a copy for struct and array values. */
  exprTo(e: ast.Expr, target: T.Type): string {
    const tv = this.ctx.tv(e);
    const st = tv ? tv.type : target;
    if (tv && tv.mode === "constant" && tv.value && !isInterface(target)) return constLit(tv.value, target);
    if (isNilType(st)) return "null";
    if (this.ctx.lower !== undefined && isInterface(target)) this.lowerConv(e, st, target);
    if (tv && tv.mode === "constant" && tv.value) {
      // A constant in an interface points at read-only data gc lays out: no convT, no
      // allocation (walk's OCONVIFACE of a constant).
      const ct = isUntyped(st) ? defaultType(tv.value) : st;
      return `new $rt.Iface(${this.ctx.tt.rtype(ct)}, ${constLit(tv.value, ct)})`;
    }
    const v = this.expr(e);
    return this.convertValue(v, st, target, isFresh(this.fc, e), true);
  }

  /** A copy of the struct or array value v of type t; under -race the copy reads it first, each
   *  top-level field or element (runtime/race.ts racereadobj), as Go's racereadrange does. */
  copyOf(t: T.Type, v: string, via?: 1 | 2): string {
    // Only a struct or array is read whole: a pointer's copy reads no pointee.
    if (!isValueObject(t)) return v;
    return this.ctx.tt.clone(t, this.fc.race ? `$rro(${v}${via === undefined ? "" : `, ${via}`})` : v);
  }

  /** Convert a compiled value of type st for a location of type target (assignability). */
  convertValue(v: string, st: T.Type, target: T.Type, fresh: boolean, noted = false): string {
    if (isInterface(target) && !isInterface(st)) {
      if (isNilType(st)) return "null";
      const conv = convTName(st);
      if (!noted) this.ctx.lower?.call(this.fc.goName, this.curPos, conv ?? "");
      // -race: convT and convTnoptr read the value they copy in (a frame of their own); the
      // other conversions' loads are the caller's.
      const via = conv === "convT" ? 1 : conv === "convTnoptr" ? 2 : undefined;
      const c = isValueObject(st) && !fresh ? this.copyOf(st, v, via) : v;
      return `$rt.convT(${this.ctx.tt.rtype(st)}, ${c})`;
    }
    if (isValueObject(target) && !fresh) return this.copyOf(target, v);
    return v;
  }

  private ident(e: ast.Ident): string {
    const o = this.ctx.objOf(e);
    if (!o) throw new Error(`compiler: unresolved identifier ${e.name}`);
    switch (o.tag) {
      case "Var": {
        const loc = this.raceVar(o);
        return loc ? `($rr(${loc[0]}, ${loc[1]}), ${this.varRef(o)})` : this.varRef(o);
      }
      case "Func":
        return this.funcValue(o);
      case "Nil":
        return "null";
      case "Const":
        return constLit(o.val, o.type);
      default:
        throw new Error(`compiler: identifier ${e.name} of kind ${o.tag} as a value`);
    }
  }

  /** A read of a variable (boxed variables live in .v). */
  varRef(v: T.Var): string {
    const pkgName = this.ctx.pkgVars.get(v);
    if (pkgName) return pkgName;
    const n = this.fc.nameOf(v);
    if (!n) throw new Error(`compiler: variable ${v.name} has no JS name`);
    if (this.fc.pairs.has(v)) return joinPair(n, v.type);
    return this.fc.isBoxed(v) ? `${n}.v` : n;
  }

  /** -race: the object and key (JS expressions, both names or literals) of a variable whose
   *  accesses are reported: a package variable ($P and its name) or a boxed local (its box and
   *  0, the box's only field; every variable a closure captures is boxed under -race). Structs
   *  and arrays are reported field by field, element by element, so not as a whole. */
  raceVar(v: T.Var): [string, string] | undefined {
    if (!this.fc.race || isValueObject(v.type)) return undefined;
    const pkg = this.ctx.pkgVars.get(v);
    if (pkg) return ["$P", JSON.stringify(pkg.slice("$P.".length))];
    if (this.fc.isBoxed(v)) return [this.fc.nameOf(v)!, "0"];
    return undefined;
  }

  /** -race: a struct field's key, its index in the struct (the position of its property in
   *  the object, as race.ts keys a pointer's field). */
  raceField(sel: T.Selection): number {
    return sel.index[sel.index.length - 1]!;
  }

  /** -race: is a location of type t reported (fields and elements that are not themselves
   *  structs or arrays)? */
  raceLoc(t: T.Type): boolean {
    return this.fc.race && !isValueObject(t);
  }

  /** A declared function used as a value: always a generator function (value.ts). */
  funcValue(f: T.Func): string {
    const m = this.ctx.funcs.get(f);
    if (!m) throw new Error(`compiler: function ${f.name} not compiled`);
    m.asValue = true;
    if (m.declAt !== undefined && m.goName !== undefined) return this.nativeValue(m, f);
    return m.gen ? m.js : `$rt.genOf(${m.js})`;
  }

  /** A native standard function as a value: the program's own function object (natives are
   *  shared by every program), made once, which names it for reflect's Value.Pointer and
   *  runtime.FuncForPC (strings.ToUpper) by a FuncInfo of its own. */
  private nativeValue(m: FuncMeta, f: T.Func): string {
    if (m.valueFi === undefined) {
      const sig = f.type;
      m.valueFi = this.ctx.addFuncInfo({ name: textToBytes(m.goName!), file: m.declAt!.file, line: m.declAt!.line, hasArgs: sig.params.vars.length > 0 || sig.recv !== undefined });
      this.ctx.hoisted.push(`var $fv${m.valueFi};`);
    }
    const v = `$fv${m.valueFi}`;
    return `(${v} || (${v} = $rt.fitag($rt.nativeValue(${m.js}, ${m.gen}), ${m.valueFi})))`;
  }

  private unary(e: ast.UnaryExpr): string {
    const t = this.typeOf(e);
    // -x and ^x of a value that reads a 64-bit pair: on its halves (pairs.ts).
    const pv = e.op === "-" || e.op === "^" ? pairValue(this, e) : undefined;
    if (pv !== undefined) return pv;
    switch (e.op) {
      case "+": return this.expr(e.x);
      case "!": return `!${this.expr(e.x)}`;
      case "-": {
        const x = this.expr(e.x);
        if (isComplex(t)) return `$rt.cneg(${x})`;
        if (isFloat(t)) return `(-${x})`;
        if (is64(t)) return basicIsUnsigned(t) ? `$i.negU(${x})` : `$i.neg(${x})`;
        return wrapNarrow(t, `0 - ${x}`);
      }
      case "^": {
        const x = this.expr(e.x);
        if (is64(t)) return basicIsUnsigned(t) ? `$i.notU(${x})` : `$i.not(${x})`;
        return wrapNarrow(t, `~${x}`);
      }
      case "&": {
        const onStack = this.fc.esc?.stack.has(e) === true;
        const lit = unparen(e.x);
        if (this.ctx.lower !== undefined && lit.kind === "CompositeLit") {
          this.lowerAlloc(e, (t as T.Pointer).elem, onStack);
          this.lowerAddrLit = lit;
        }
        return this.addressOf(e.x, onStack);
      }
      case "<-": {
        this.ctx.lower?.call(this.fc.goName, e.pos, isTupleUse(this, e) ? "chanrecv2" : "chanrecv1");
        const ch = this.expr(e.x);
        return this.yn(isTupleUse(this, e) ? "chanrecv2" : "chanrecv1", ch, true, true);
      }
      case "*": throw new Error("unary * is a StarExpr");
      case "~": throw new Error("~ outside a constraint");
    }
  }

  /** &x: the pointer value (value.ts: the object itself for structs and arrays). */
  addressOf(x: ast.Expr, onStack = false): string {
    x = unparen(x);
    const t = this.typeOf(x);
    if (x.kind === "CompositeLit") {
      // &T{...}: a struct or array literal is its own storage; a slice or map literal gets a
      // fresh variable to point at. Either is a new object (escape.ts decides where).
      return this.newLit(this.compositeLit(x), t, onStack);
    }
    if (isValueObject(t)) {
      // The storage object itself; where unsafe may do arithmetic on it, with where it lies.
      if (this.fc.unsafeElems && isElemOrField(this, x)) {
        return `$rt.unsafeElem(${this.slotOf(x)}, ${this.ctx.tt.rtype(t)})`;
      }
      return this.expr(x);
    }
    switch (x.kind) {
      case "Ident": {
        const o = this.ctx.objOf(x) as T.Var;
        const pkg = this.ctx.pkgVars.get(o);
        // pkgVars holds the full access path "$P.name"; the Ptr key is the property name alone.
        if (pkg) return `new $rt.Ptr($P, ${JSON.stringify(pkg.slice("$P.".length))})`;
        const n = this.fc.nameOf(o)!;
        if (!this.fc.isBoxed(o)) throw new Error(`compiler: &${o.name} of an unboxed variable`);
        return `new $rt.Ptr(${n}, "v")`;
      }
      case "SelectorExpr":
      case "IndexExpr":
        return this.slotOf(x);
      case "StarExpr":
        // &*p is p, but it still dereferences p: a nil p panics.
        return `$rt.nilck(${this.expr(x.x)})`;
      default:
        throw new Unsupported(x.pos, `taking the address of ${x.kind}`);
    }
  }

  /** A Ptr to the field x.f or the element x[i] as its container's slot (what &x.f is when the
   *  field is not itself a struct or an array). */
  slotOf(x: ast.SelectorExpr | ast.IndexExpr): string {
    if (x.kind === "SelectorExpr") {
      const sel = this.ctx.info.selections.get(x);
      if (!sel || sel.kind !== "FieldVal") throw new Error("compiler: & of a non-field selector");
      const [base, prop] = this.fieldBase(x, sel);
      return `new $rt.Ptr(${base}, ${JSON.stringify(prop)})`;
    }
    const xt = under(this.typeOf(x.x));
    const base = this.expr(x.x);
    const i = this.expr(x.index);
    if (xt.tag === "Slice") return `$rt.slicePtr(${base}, ${i})`;
    return `new $rt.Ptr(${base}, $rt.ck(${i}, ${base}.length))`;
  }

  private deref(e: ast.StarExpr): string {
    const p = this.expr(e.x);
    if (isObjectPointer(this.typeOf(e.x))) return `$rt.nilck(${p})`;
    if (this.raceLoc(this.typeOf(e))) return `$rrp(${p})`;
    return `${p}.get()`;
  }

  /**
   * A non-constant shift. A constant operand may have kept an untyped float or complex type
   * (1.<<s, x<<(1+0i)): it is emitted with the integer value it represents.
   */
  private shift(op: "<<" | ">>", t: T.Type, e: ast.BinaryExpr): string {
    const xv = this.ctx.tv(unparen(e.x));
    const x = xv && xv.mode === "constant" && xv.value ? constLit(C.toInt(C.realPart(xv.value)), t) : this.expr(e.x);
    const yv = this.ctx.tv(unparen(e.y));
    if (yv && yv.mode === "constant" && yv.value) {
      const n = C.int64Val(C.toInt(yv.value)) ?? 64n; // the checker has made sure n >= 0
      return shiftOp(op, t, x, String(n > 64n ? 64 : Number(n)), uintT, (l) => this.fc.tmp(l));
    }
    return shiftOp(op, t, x, this.expr(e.y), this.typeOf(e.y));
  }

  private binary(e: ast.BinaryExpr): string {
    const op = e.op;
    if (this.ctx.lower !== undefined) this.lowerBinary(e);
    if (op === "&&" || op === "||") {
      // gort test -fuzz: reaching the right operand is a branch of its own, as in Go's
      // libFuzzer instrumentation (runtime/cover.ts).
      const cv = this.fc.cover ? `($S.cv[${this.ctx.coverN++ % BRANCH_COUNTERS}]++, ${this.expr(e.y)})` : this.expr(e.y);
      return `(${this.expr(e.x)} ${op} ${cv})`;
    }
    const t = this.typeOf(e);
    // a + b + c: one concatenation of all the operands, one allocation, as gc's OADDSTR
    // (concatstring3..5, concatstrings), not one per +; a result that does not escape
    // (strtmp.ts) uses Go's 32-byte stack buffer.
    if (op === "+" && isString(t)) {
      const ops = concatList(this.ctx, e);
      const onStack = this.fc.esc?.stack.has(e) === true;
      const fn = onStack ? "$rt.concatstringsBuf" : "$rt.concatstringsN";
      if (onStack || ops.length > 2) return `${fn}(${ops.map((x) => this.expr(x)).join(", ")})`;
    }
    const pv = pairValue(this, e);
    if (pv !== undefined) return pv;
    if (op === "<<" || op === ">>") return this.shift(op, t, e);
    if (op === "==" || op === "!=" || op === "<" || op === "<=" || op === ">" || op === ">=") {
      return this.comparison(e);
    }
    return arith(op, t, this.expr(e.x), this.expr(e.y), (listed?: boolean) => this.fc.tmp(listed));
  }

  /** gort build -S: what a binary operation calls in Go: concatstringN for a chain of string
   *  additions (one call for a + b + c), memequal or cmpstring for strings, efaceeq or ifaceeq
   *  for interfaces, panicdivide and panicshift for a variable divisor or signed shift count. */
  private lowerBinary(e: ast.BinaryExpr): void {
    const op = e.op;
    const xt = this.typeOf(e.x);
    const yConst = this.ctx.tv(e.y)?.mode === "constant";
    // A chain's inner additions are never compiled on their own (binary() takes its operands).
    if (op === "+" && isString(xt)) return this.lowerCall(concatName(concatList(this.ctx, e).length), e.pos);
    if (op === "==" || op === "!=" || op === "<" || op === "<=" || op === ">" || op === ">=") {
      const xConst = this.ctx.tv(e.x)?.mode === "constant";
      if (isString(xt) && !xConst && !yConst) this.lowerCall(op === "==" || op === "!=" ? "memequal" : "cmpstring", e.pos);
      const yt = this.typeOf(e.y);
      if (isInterface(xt) && isInterface(yt) && !this.isNilExpr(e.x) && !this.isNilExpr(e.y)) {
        const u = under(xt) as T.Interface;
        this.lowerCall((u.allMethods ?? u.methods).length === 0 ? "efaceeq" : "ifaceeq", e.pos);
      }
      return;
    }
    if ((op === "/" || op === "%") && isInteger(xt) && !yConst) return this.lowerCall("panicdivide", e.pos);
    if (op === "/" && isComplex(xt)) return this.lowerCall("complex128div", e.pos);
    if ((op === "<<" || op === ">>") && !yConst && !basicIsUnsigned(this.typeOf(e.y)) && !isUnsignedNarrow(this.typeOf(e.y))) {
      this.lowerCall("panicshift", e.pos);
    }
  }

  /** Is e the predeclared nil (whose recorded type is the other operand's)? */
  private isNilExpr(e: ast.Expr): boolean {
    const u = unparen(e);
    return u.kind === "Ident" && this.ctx.objOf(u)?.tag === "Nil";
  }

  private comparison(e: ast.BinaryExpr): string {
    const xt = this.typeOf(e.x);
    const yt = this.typeOf(e.y);
    // Mixed interface/concrete comparisons compare as interfaces; nil compares by identity.
    if (isNilType(xt) || isNilType(yt)) {
      const other = isNilType(xt) ? e.y : e.x;
      const v = this.expr(other);
      const ot = this.typeOf(other);
      const nilv = under(ot).tag === "Slice" ? `$rt.isNilSlice(${v})` : `(${v} === null)`;
      return e.op === "==" ? nilv : `!${nilv}`;
    }
    // Interface against concrete (walkCompare): the type word, then the data, with no boxing.
    // The operands are evaluated left to right.
    if (isInterface(xt) !== isInterface(yt)) {
      const ifaceLeft = isInterface(xt);
      const ct = ifaceLeft ? yt : xt;
      const x = ifaceLeft ? this.expr(e.x) : this.exprTo(e.x, ct);
      const y = ifaceLeft ? this.exprTo(e.y, ct) : this.expr(e.y);
      const neg = e.op === "!=" ? "!" : "";
      const t = this.ctx.tt.rtype(ct);
      if (ifaceLeft) return `${neg}$rt.ifaceEqT(${x}, ${t}, ${y})`;
      const v = this.fc.tmp(false);
      return `${neg}(${v} = ${x}, $rt.ifaceEqT(${y}, ${t}, ${v}))`;
    }
    return compare(this, e.op, xt, this.expr(e.x), this.expr(e.y));
  }

  // ---- Selectors and indexing --------------------------------------------------------------

  private selector(e: ast.SelectorExpr): string {
    const sel = this.ctx.info.selections.get(e);
    if (!sel) {
      // A C function is only called (cgo makes C.f as a value an unsafe.Pointer to it).
      if (cgoCallee(this, e) !== undefined) throw new Unsupported(e.pos, `C.${e.sel.name} as a value (a C function's address)`);
      // A qualified identifier: pkg.Name.
      return this.ident(e.sel);
    }
    switch (sel.kind) {
      case "FieldVal": {
        const fh = this.fieldHoists?.get(e);
        if (fh !== undefined && !fh.viaPointer) return fh.v;
        const [base, prop] = this.fieldBase(e, sel);
        if (fh !== undefined) return `(${fh.v} !== undefined ? ${fh.v} : ${base}.${prop})`;
        if (this.raceLoc(this.typeOf(e))) return `$rr(${base}, ${this.raceField(sel)}).${prop}`;
        return `${base}.${prop}`;
      }
      case "MethodVal":
        return this.methodValue(e, sel);
      case "MethodExpr":
        return this.methodExpr(e, sel);
    }
  }

  /** The object holding a selected field, and the field's JS property. Walks embedded fields;
   *  pointers to structs are the structs themselves, so no explicit dereference is needed, but a
   *  nil pointer must still panic: $rt.nilck does that where the path goes through a pointer. */
  fieldBase(e: ast.SelectorExpr, sel: T.Selection): [string, string] {
    let base = this.expr(e.x);
    let t = this.typeOf(e.x);
    const path = sel.index;
    for (let i = 0; i < path.length; i++) {
      let u = under(t);
      if (u.tag === "Pointer") {
        base = `$rt.nilck(${base})`;
        t = u.elem;
        u = under(t);
      }
      if (u.tag !== "Struct") throw new Error("compiler: field of a non-struct");
      const f = u.fields[path[i]!]!;
      const prop = fieldProp(f.name, path[i]!);
      if (i === path.length - 1) return [base, prop];
      base = `${base}.${prop}`;
      t = f.type;
    }
    throw new Error("compiler: empty selection path");
  }

  private index(e: ast.IndexExpr): string {
    const xt = under(this.typeOf(e.x));
    if (this.ctx.lower !== undefined) this.lowerIndex(e, xt);
    if (xt.tag === "Map") {
      const mt = this.mapType(xt);
      const k = this.exprTo(e.index, xt.key);
      const m = this.expr(e.x);
      return this.yn(isTupleUse(this, e) ? "mapaccess2" : "mapaccess1", `${mt}, ${m}, ${k}`, true);
    }
    const x = this.expr(e.x);
    const i = this.expr(e.index);
    if (xt.tag === "Basic") {
      // Inline the in-range case, as for slices: the helper was a call per byte of a string loop.
      const s = this.fc.tmp();
      const k = this.fc.tmp(false);
      return `((${s} = ${x}), (${k} = ${i}), ${k} >= 0 && ${k} < ${s}.length ? ${s}.charCodeAt(${k}) : $rt.strIndex(${s}, ${k}))`;
    }
    if (xt.tag === "Slice") {
      // Inline the in-range case (measured 6x on nbody: one shared helper for every element
      // kind is megamorphic and exhausts V8's inlining budget); the helper panics otherwise.
      const row = this.rowHoists?.get(e);
      if (row !== undefined) return `(${row.v} !== undefined ? ${row.v} : $rt.sliceIndex(${x}, ${i}))`;
      const h = this.hoistOf(e.x) ?? this.rowHoists?.get(unparen(e.x) as ast.IndexExpr) ??
        this.fieldHoists?.get(unparen(e.x) as ast.SelectorExpr)?.slice;
      if (h !== undefined) {
        const k = /^[\w$]+$/.test(i) ? i : this.fc.tmp(false);
        const pre = k === i ? "" : `(${k} = ${i}), `;
        return `(${pre}${k} >= 0 && ${k} < ${h.len} ? ${h.a}[${h.off} + ${k}] : $rt.sliceIndex(${x}, ${k}))`;
      }
      const s = this.fc.tmp();
      const k = this.fc.tmp();
      if (this.raceLoc(xt.elem)) {
        // sliceIndex panics: past the check, k is the element's index in the backing array.
        return `((${s} = ${x}), (${k} = ${i}), (${k} = ${s} !== null && ${k} >= 0 && ${k} < ${s}.len ? ${s}.off + ${k} : $rt.sliceIndex(${s}, ${k})), $rr(${s}.a, ${k})[${k}])`;
      }
      return `((${s} = ${x}), (${k} = ${i}), ${s} !== null && ${k} >= 0 && ${k} < ${s}.len ? ${s}.a[${s}.off + ${k}] : $rt.sliceIndex(${s}, ${k}))`;
    }
    if (xt.tag === "Array" || xt.tag === "Pointer") {
      const at = (xt.tag === "Array" ? xt : under(xt.elem)) as T.ArrayT;
      const arr = xt.tag === "Array" ? x : `$rt.nilck(${x})`;
      if (this.raceLoc(at.elem)) {
        const k = this.fc.tmp();
        return `$rr(${arr}, (${k} = $rt.ck(${i}, ${at.len})))[${k}]`;
      }
      return `${arr}[${ckInline(i, String(at.len), () => this.fc.tmp())}]`;
    }
    throw new Unsupported(e.pos, "indexing of " + xt.tag);
  }

  /** gort build -S: a map read, or the bounds check of a non-constant index (Go proves some in
   *  range, gort does not: its one elimination is `s[i]` with i the key of a range over s). */
  lowerIndex(e: ast.IndexExpr, xt: T.Type): void {
    if (xt.tag === "Map") return this.lowerCall(mapName(isTupleUse(this, e) ? "mapaccess2" : "mapaccess1", xt), e.pos);
    const constIndex = this.ctx.tv(e.index)?.mode === "constant";
    if (constIndex && (xt.tag === "Array" || xt.tag === "Pointer" || this.ctx.tv(e.x)?.mode === "constant")) return;
    const x = unparen(e.x);
    const i = unparen(e.index);
    if (x.kind === "Ident" && i.kind === "Ident") {
      const io = this.ctx.objOf(i);
      if (io !== undefined && this.lowerRangeKeys?.get(io) === this.ctx.objOf(x)) return;
    }
    // An unsigned index cannot be negative: Go reports it with panicIndexU.
    const it = basicKind(this.typeOf(e.index));
    const unsigned = it === K.Uint || it === K.Uint8 || it === K.Uint16 || it === K.Uint32 || it === K.Uint64 || it === K.Uintptr;
    this.lowerCall(unsigned ? "panicIndexU" : "panicIndex", e.pos);
  }

  /** gort build -S: the keys of `for i := range x`, with their x, whose x[i] Go proves in range. */
  lowerRangeKeys: Map<T.Obj, T.Obj | undefined> | undefined;

  /** gort build -S and -m: new(T), &T{...} or a slice literal, on the heap or not. */
  lowerAlloc(e: ast.Expr, t: T.Type, onStack: boolean): void {
    const l = this.ctx.lower!;
    l.escape(e.pos, `${exprString(e, 0, (x) => this.typeOf(x))} ${onStack ? "does not escape" : "escapes to heap"}`);
    if (!onStack && sizeof(t) > 0) l.call(this.fc.goName, e.pos, "newobject");
  }

  /** The map model's descriptor for a map type, declared once per program. */
  mapType(t: T.MapT): string {
    const kt = this.ctx.tt.rtype(t.key);
    const et = this.ctx.tt.rtype(t.elem);
    return `$rt.mapType(${kt}, ${et})`;
  }

  private sliceExpr(e: ast.SliceExpr): string {
    const xt = under(this.typeOf(e.x));
    const x = this.expr(e.x);
    const lo = e.low ? this.expr(e.low) : "undefined";
    const hi = e.high ? this.expr(e.high) : "undefined";
    const mx = e.max ? this.expr(e.max) : "undefined";
    if (this.ctx.lower !== undefined) this.lowerSlice(e, xt);
    if (xt.tag === "Basic") return `$rt.sliceString(${x}, ${lo}, ${hi})`;
    if (xt.tag === "Slice") return `$rt.sliceSlice(${x}, ${lo}, ${hi}, ${mx})`;
    if (xt.tag === "Array") return `$rt.sliceArray(${x}, ${lo}, ${hi}, ${mx})`;
    if (xt.tag === "Pointer") return `$rt.sliceArray($rt.nilck(${x}), ${lo}, ${hi}, ${mx})`;
    throw new Unsupported(e.pos, "slicing of " + xt.tag);
  }

  /** gort build -S: the bounds checks of s[lo:hi:max] (ssagen's panicSlice* calls), for the
   *  bounds that are not constants. */
  private lowerSlice(e: ast.SliceExpr, xt: T.Type): void {
    const isConst = (x: ast.Expr | undefined): boolean => x === undefined || this.ctx.tv(x)?.mode === "constant";
    const isArr = xt.tag === "Array" || xt.tag === "Pointer";
    const bound = xt.tag === "Slice" ? "Acap" : "Alen";
    if (e.max !== undefined) {
      if (!(isArr && isConst(e.max))) this.lowerCall(`panicSlice3${bound}`, e.pos);
      if (!isConst(e.high) || !isConst(e.max)) this.lowerCall("panicSlice3B", e.pos);
      if (!isConst(e.low)) this.lowerCall("panicSlice3C", e.pos);
      return;
    }
    if (e.high !== undefined && !(isArr && isConst(e.high))) this.lowerCall(`panicSlice${bound}`, e.pos);
    // lo <= hi for a variable lo (Go's prove pass drops most checks of a constant one).
    if (!isConst(e.low)) this.lowerCall("panicSliceB", e.pos);
  }

  typeAssert(e: ast.TypeAssertExpr, commaOk: boolean): string {
    const t = this.typeOf(e);
    const target = commaOk ? (t as T.Tuple).vars[0]!.type : t;
    if (this.ctx.lower !== undefined) this.lowerAssert(e, this.typeOf(e.x), target, commaOk);
    const x = this.expr(e.x);
    const st = this.ctx.tt.rtype(this.typeOf(e.x));
    const rt = this.ctx.tt.rtype(target);
    const fn = isInterface(target) ? "assertI" : "assertE";
    return `$rt.${fn}${commaOk ? "2" : ""}(${x}, ${rt}, ${st})`;
  }

  /** gort build -S: Go 1.19's assertions (runtime/iface.go): to an interface, assertE2I or
   *  assertI2I (…2 for the comma-ok form); to a concrete type, an inline type-word compare that
   *  calls panicdottypeE or panicdottypeI when it fails. */
  private lowerAssert(e: ast.TypeAssertExpr, src: T.Type, target: T.Type, commaOk: boolean): void {
    const su = under(src) as T.Interface;
    const from = (su.allMethods ?? su.methods).length === 0 ? "E" : "I";
    if (isInterface(target)) {
      const tu = under(target) as T.Interface;
      if ((tu.allMethods ?? tu.methods).length === 0) return;
      return this.lowerCall(`assert${from}2I${commaOk ? "2" : ""}`, e.pos);
    }
    if (!commaOk) this.lowerCall(`panicdottype${from}`, e.pos);
  }

  // ---- Composite literals -------------------------------------------------------------------

  compositeLit(e: ast.CompositeLit): string {
    const t = this.typeOf(e);
    const u = under(t);
    // &T{...} elided inside an outer literal: a new object like any &T{...}.
    if (u.tag === "Pointer" && this.ctx.lower !== undefined) this.lowerAlloc(e, u.elem, false);
    if (u.tag === "Pointer") return this.newLit(this.literal(e, under(u.elem)), u.elem, false);
    return this.literal(e, u);
  }

  /** &lit: the literal value lit of type t as a new object (newobject.ts). */
  private newLit(lit: string, t: T.Type, onStack: boolean): string {
    return this.newObj(lit, t, onStack);
  }

  /** new(T) holding the value v: the object itself for a struct or an array, else a box. An
   *  array goes by its size (frontend/check/sizes.ts): its RType may not be declared yet. */
  newObj(v: string, t: T.Type, onStack: boolean): string {
    const u = under(t);
    if (u.tag === "Array") {
      const size = sizeof(t);
      if (onStack && size <= maxImplicitStackVarSize) return v;
      return `$rt.newsized(${v}, ${size}, ${!hasPointers(t)})`;
    }
    const fn = onStack ? "$rt.stackobject" : "$rt.newobject";
    const rt = this.ctx.tt.rtype(t);
    return isValueObject(t) ? `${fn}(${v}, ${rt})` : `new $rt.Ptr(${fn}({ v: ${v} }, ${rt}), "v")`;
  }

  private literal(e: ast.CompositeLit, u: T.Type): string {
    switch (u.tag) {
      case "Struct": return this.structLit(e, u);
      case "Array": return this.arrayLit(e, u.elem, u.len, false);
      case "Slice": return this.arrayLit(e, u.elem, -1, true);
      case "Map": return this.mapLit(e, u);
      default: throw new Unsupported(e.pos, "composite literal of " + u.tag);
    }
  }

  private structLit(e: ast.CompositeLit, s: T.Struct): string {
    const cls = this.ctx.tt.structClass(s);
    const vals: string[] = s.fields.map((f) => this.ctx.tt.zero(f.type));
    // Elements are evaluated in source order: when keyed ones are out of field order
    // (S{b: f(), a: g()} calls f before g), their values go through temporaries first.
    const fieldOf = (el: ast.Expr, i: number): number =>
      el.kind === "KeyValueExpr" ? s.fields.findIndex((f) => f.name === (el.key as ast.Ident).name) : i;
    const order = e.elts.map((el, i) => fieldOf(el, i));
    const ordered = order.every((fi, i) => i === 0 || fi > order[i - 1]!);
    const pre: string[] = [];
    e.elts.forEach((el, i) => {
      const fi = order[i]!;
      const x = el.kind === "KeyValueExpr" ? el.value : el;
      let v = this.exprTo(x, s.fields[fi]!.type);
      const tv = this.ctx.tv(x);
      // A blank field keeps its zero value; its element is still evaluated (in order).
      if (s.fields[fi]!.name === "_") v = tv && tv.mode === "constant" ? vals[fi]! : `(${v}, ${vals[fi]!})`;
      if (ordered || (tv && tv.mode === "constant")) vals[fi] = v;
      else {
        const t = this.fc.tmp();
        pre.push(`${t} = ${v}`);
        vals[fi] = t;
      }
    });
    if (pre.length === 0) return `new ${cls}(${vals.join(", ")})`;
    return `(${pre.join(", ")}, new ${cls}(${vals.join(", ")}))`;
  }

  private arrayLit(e: ast.CompositeLit, elem: T.Type, len: number, slice: boolean): string {
    const items: [number, string][] = [];
    let idx = 0;
    let max = 0;
    let constant = true;
    for (const el of e.elts) {
      let v = el;
      if (el.kind === "KeyValueExpr") {
        const ktv = this.ctx.tv(el.key);
        idx = Number((ktv!.value as { v: bigint }).v);
        v = el.value;
      }
      if (this.ctx.tv(v)?.mode !== "constant") constant = false;
      items.push([idx, this.exprTo(v, elem)]);
      idx++;
      max = Math.max(max, idx);
    }
    const n = slice ? max : len;
    const dense = items.every(([i], j) => i === j) && items.length === n;
    let arr: string;
    const ta = slice ? undefined : typedArrayName(elem);
    if (ta !== undefined && dense && constant && this.fc.pkgInit && pkgTypedSize(ta, n)) {
      // A package variable's table of constants (math's powers of ten): a copy of one made when
      // the program is linked, in memory from runtime/ops.ts pkgTyped (see compile.ts pkgZero).
      const k = `$K${this.ctx.hoisted.length}`;
      this.ctx.hoisted.push(`const ${k} = ${ta}.of(${items.map(([, v]) => v).join(", ")});`);
      arr = `$rt.pkgTypedOf(${ta}, ${k})`;
    } else if (ta !== undefined) {
      arr = dense ? `${ta}.of(${items.map(([, v]) => v).join(", ")})` : `$rt.fillTyped(new ${ta}(${n}), [${items.map(([i, v]) => `[${i}, ${v}]`).join(", ")}])`;
    } else if (dense) arr = `[${items.map(([, v]) => v).join(", ")}]`;
    else if (constant && n <= constArrayMax && primitiveZero.test(this.ctx.tt.zero(elem))) {
      // A table of constants (syscall's errors, signal names): one JS array literal of
      // constants, which V8 copies from its boilerplate, as gc lays the table out as static data
      // (was a closure call per element and a pair per item on every run's init).
      const all = new Array<string>(n).fill(this.ctx.tt.zero(elem));
      for (const [i, v] of items) all[i] = v;
      arr = `[${all.join(", ")}]`;
    } else {
      const z = this.ctx.tt.zero(elem);
      arr = `$rt.fillArray(${n}, () => ${z}, [${items.map(([i, v]) => `[${i}, ${v}]`).join(", ")}])`;
    }
    if (!slice) return arr;
    const esc = this.fc.esc?.stack.has(e) !== true;
    if (this.ctx.lower !== undefined && !this.lowerInAddr(e)) this.lowerAlloc(e, elem, !esc);
    return `$rt.mkslicelit(${arr}, ${this.ctx.tt.rtype(elem)}, ${esc})`;
  }

  private mapLit(e: ast.CompositeLit, m: T.MapT): string {
    const mt = this.mapType(m);
    if (this.ctx.lower !== undefined) this.lowerMapLit(e, m);
    // Each entry is an assignment m[k] = v of its own, its operands in gc's order (order.ts);
    // as of any such assignment, a value that may panic is computed before a fast map's key
    // (stmt.ts checksLocation).
    const fast = mapName("mapassign", m) !== "mapassign";
    const kvs = e.elts.map((el) => {
      const kv = el as ast.KeyValueExpr;
      return orderExpr(this, [{ e: kv.key, mapKey: m }, { e: kv.value, target: m.elem }], () => {
        if (!fast || !mayPanicQuietly(this, kv.key) || !mayPanicQuietly(this, kv.value)) {
          return `[${this.exprTo(kv.key, m.key)}, ${this.exprTo(kv.value, m.elem)}]`;
        }
        const v = this.fc.tmp();
        return `(${v} = ${this.exprTo(kv.value, m.elem)}, [${this.exprTo(kv.key, m.key)}, ${v}])`;
      });
    });
    const esc = this.fc.esc?.stack.has(e) !== true;
    if (kvs.length === 0) return `$rt.makemap(${mt}, 0, ${esc})`;
    return this.y(`$rt.maplit(${mt}, [${kvs.join(", ")}]${esc ? "" : ", false"})`);
  }

  /** Is the literal the operand of an &, which lowerAlloc has already reported? */
  private lowerInAddr(e: ast.CompositeLit): boolean {
    return this.lowerAddrLit === e;
  }
  lowerAddrLit: ast.CompositeLit | undefined;

  /** gort build -S and -m: a map literal is a make and one mapassign per entry (Go's walk
   *  fills literals of more than 25 entries from arrays in a loop: one mapassign then too). */
  private lowerMapLit(e: ast.CompositeLit, m: T.MapT): void {
    const onStack = e.elts.length === 0 && this.fc.esc?.stack.has(e) === true;
    this.ctx.lower!.escape(e.pos, `${exprString(e)} ${onStack ? "does not escape" : "escapes to heap"}`);
    this.lowerCall(makemapName(e.elts.length, !onStack), e.pos);
    for (let i = 0; i < Math.min(e.elts.length, 26); i++) this.lowerCall(mapName("mapassign", m), e.pos);
  }

  // The remaining expression kinds (calls, func literals, method values) live in call.ts.
  declare call: (e: ast.CallExpr) => string;
  declare funcLit: (e: ast.FuncLit) => string;
  declare methodValue: (e: ast.SelectorExpr, sel: T.Selection) => string;
  declare methodExpr: (e: ast.SelectorExpr, sel: T.Selection) => string;
}

/** A comma-ok expression used for two values: go/types records a (T, bool) tuple for it. */
/** x is a field x.f or an element a[i] of an array, a pointer to one or a slice: what &x
 *  takes from a container (FuncEmitter.slotOf). */
export function isElemOrField(f: FuncEmitter, x: ast.Expr): x is ast.SelectorExpr | ast.IndexExpr {
  if (x.kind === "SelectorExpr") return f.ctx.info.selections.get(x)?.kind === "FieldVal";
  if (x.kind !== "IndexExpr" || f.ctx.info.instExprs.has(x)) return false;
  const xt = under(f.typeOf(x.x));
  return xt.tag === "Array" || xt.tag === "Slice" || xt.tag === "Pointer";
}

function isTupleUse(f: FuncEmitter, e: ast.Expr): boolean {
  const tv = f.ctx.tv(e);
  return !!tv && tv.type.tag === "Tuple";
}

export function isNilType(t: T.Type): boolean {
  return t.tag === "Basic" && t.kind === K.UntypedNil;
}

function isUnsignedNarrow(t: T.Type): boolean {
  const k = basicKind(t);
  return k === K.Uint8 || k === K.Uint16 || k === K.Uint32;
}

function basicIsUnsigned(t: T.Type): boolean {
  const k = basicKind(t);
  return k === K.Uint || k === K.Uint64 || k === K.Uintptr;
}

/** The default type of an untyped constant (go/types Default). */
export function defaultType(v: import("../frontend/constant.js").ConstValue): T.Type {
  switch (v.kind) {
    case "bool": return Typ[K.Bool]!;
    case "string": return Typ[K.String]!;
    case "float": return Typ[K.Float64]!;
    case "complex": return Typ[K.Complex128]!;
    default: return Typ[K.Int]!;
  }
}

export { isInteger, isString, isFloat32, arith };

const uintT = Typ[K.Uint32]!;
