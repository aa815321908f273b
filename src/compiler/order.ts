// The order in which one statement evaluates its operands, as gc's order.go fixes it.
//
// The spec orders only the calls, method calls, receives and logical operations of a statement
// (left to right); gc (cmd/compile/internal/walk/order.go, Go 1.19) evaluates those first, each
// into a temporary, in source order, and reads the plain operands (variables, fields, elements,
// dereferences, map elements) afterwards, when the statement itself runs. So with x == 1 and f
// setting x to 2, `fmt.Println(x, f())` prints 2, and `a[i] = f()` stores at the index f leaves
// in i. gort's expressions evaluate left to right: this pass finds the statements where that
// differs from gc's order and evaluates their hoisted operands into temporaries first
// (FuncEmitter.argOverride then reads them in place).
//
// What order.go hoists (copyExpr), each after the operands inside it:
//   - calls of functions, methods and func values; receives; the builtins len, cap, append,
//     make, new, copy, complex, real, imag, recover; conversions of a string to []byte or []rune;
//     slice expressions; type assertions to a type that is not pointer-shaped;
//   - && and || (order.go evaluates the left side into a temporary, the right side under an if);
//   - a map literal (its entries become one assignment each, in order);
//   - the operand of a conversion to an interface when the runtime needs its address
//     (dataWordFuncName's needsaddr: not a 2-, 4- or 8-byte pointer-free value, a string or a
//     slice) and it is not addressable in place (a local variable is copied, a package variable
//     or a field is not): so `fmt.Println(b, f())` reads a bool b before f, an int after it;
//   - a struct or array comparison's operands (addrTemp), once both are evaluated;
//   - a map key when the map has no fast access routine (mapfast), for the same reason, and a
//     map element read whose key is string(b) of a []byte (mapKeyReplaceStrConv);
//   - under -race, a map element read and any type assertion (the race detector needs the copy).
// Everything else (constants, variables, field and element reads, dereferences, arithmetic,
// conversions, string concatenation, composite literals other than maps, method values) is read
// when the statement runs, after every hoisted operand; so are its panics (an index out of range
// comes after the calls of the statement).
//
// Statements this applies to: expression statements, assignments (including op= and the left
// sides' index and pointer operands), return, send, a var declaration's each value (gc assigns
// `var a, b = x, f()` one value at a time, left to right), if, for and case conditions, switch
// tags and range expressions. Units evaluated in turn, each ordered on its own: a map literal's
// entries (order.go makes each an assignment `m[k] = v`), and a go or defer statement's
// arguments (escape/call.go goDeferStmt assigns each to a temporary in turn). Not ordered: a
// package variable's initializer (gc initializes some statically, out of any order) and a go or
// defer statement's receiver.
//
// Cost: a statement compiles as before, with no temporary, unless a read that can change or
// panic precedes, in source order, a hoisted operation with an effect (a call, a receive, a
// possible panic) in the same evaluation. A read of a local that no closure captures, whose
// address is never taken and that holds no array cannot change.

import type * as ast from "../frontend/ast.js";
import * as T from "../frontend/types.js";
import { alignof, sizeof } from "../frontend/check/sizes.js";
import type { FuncEmitter } from "./func.js";
import { isFresh, unparen } from "./expr.js";
import { mapName, soleComponent } from "./lower.js";
import { holdsByValue, isInterface, isString, isValueObject, under } from "./typeutil.js";
import { inspect } from "./inspect.js";
import { isBytesToString } from "./strtmp.js";

/** One operand of a statement, in evaluation order: an expression (converted to target when
 *  that is an interface), or the location an assignment stores to (loc). */
export interface Root {
  e: ast.Expr;
  target?: T.Type | undefined;
  loc?: boolean;
  /** The key of an entry of a map literal of this type (copied first for a slow map). */
  mapKey?: T.MapT;
}

/** Where the reads of an evaluation happen: at the end of the hoisted operation around them
 *  (or of the statement). pending: a read that can change or panic has been seen so far. */
interface Scope {
  pending: boolean;
}

/**
 * Order a statement's operands as gc does: when that differs from left to right, emit the
 * hoisted operands into temporaries and return them, for the statement to be compiled with
 * (stmt.ts withOverride); else emit nothing and return undefined.
 */
export function orderStmt(f: FuncEmitter, roots: Root[]): Map<ast.Expr, string> | undefined {
  const h = hoist(f, roots);
  if (h === undefined) return undefined;
  for (const a of h.assigns) f.emit(`${a};`);
  return h.temps;
}

/**
 * An expression evaluated where a statement cannot be emitted (a for loop's condition, a case,
 * a map literal's entry, a go or defer statement's argument), its operands (roots) in gc's
 * order: `(t1 = f(), x == t1)` when that differs from left to right, else compile() alone.
 */
export function orderExpr(f: FuncEmitter, roots: Root[], compile: () => string): string {
  const h = hoist(f, roots);
  return h === undefined ? compile() : commaForm(f, h, compile);
}

/** An operand evaluated as a statement of its own (a go or defer statement's argument), as
 *  `(t1 = f(), x + t1)` when its order differs from left to right, else undefined. */
export function orderOperand(f: FuncEmitter, e: ast.Expr): string | undefined {
  const h = hoist(f, [{ e }]);
  return h === undefined ? undefined : commaForm(f, h, () => f.expr(e));
}

/** The hoisted assignments, then compile's value (compiled reading the temporaries). */
function commaForm(f: FuncEmitter, h: Hoisted, compile: () => string): string {
  const saved = f.argOverride;
  f.argOverride = new Map([...(saved ?? []), ...h.temps]);
  try {
    return `(${h.assigns.join(", ")}, ${compile()})`;
  } finally {
    f.argOverride = saved;
  }
}

interface Hoisted {
  temps: Map<ast.Expr, string>;
  assigns: string[];
}

/** The hoisted operands of roots as assignments to temporaries (their JS text, in order), when
 *  gc's order differs from left to right. */
function hoist(f: FuncEmitter, roots: Root[]): Hoisted | undefined {
  if (!roots.some((r) => mayHoist(r.e))) return undefined;
  const o = new Order(f);
  const s: Scope = { pending: false };
  for (const r of roots) {
    if (r.loc) o.loc(r.e, s);
    else if (r.mapKey) o.mapKey(r.mapKey, r.e, s);
    else o.expr(r.e, r.target, s);
  }
  if (!o.need) return undefined;
  // A lone root is evaluated last anyway: it stays in place.
  const only = roots.length === 1 ? unparen(roots[0]!.e) : undefined;
  const out = new Map<ast.Expr, string>();
  const assigns: string[] = [];
  const saved = f.argOverride;
  try {
    for (const h of o.hoisted) {
      if (h === only) continue;
      f.argOverride = new Map([...(saved ?? []), ...out]);
      const t = f.typeOf(h);
      let v = f.expr(h);
      if (isValueObject(t) && !isFresh(f.fc, h)) v = f.ctx.tt.clone(t, v);
      const tmp = f.fc.tmp();
      assigns.push(`${tmp} = ${v}`);
      out.set(h, tmp);
    }
  } finally {
    f.argOverride = saved;
  }
  return { temps: out, assigns };
}

/** Whether e holds something order.go hoists with an effect (a call or a receive): without
 *  one, left to right is gc's order. A cheap scan that stops at function literals. */
function mayHoist(e: unknown): boolean {
  // any: a walk over every kind of syntax node, as inspect.ts's is.
  const go = (n: any): boolean => {
    if (n === null || typeof n !== "object") return false;
    if (Array.isArray(n)) return n.some(go);
    switch (n.kind) {
      case "CallExpr":
        return true;
      case "UnaryExpr":
        return n.op === "<-" || go(n.x);
      case "FuncLit":
      case "Ident":
      case "BasicLit":
        return false;
      case "ParenExpr":
      case "StarExpr":
        return go(n.x);
      case "SelectorExpr":
        return go(n.x);
      case "IndexExpr":
        return go(n.x) || go(n.index);
      case "SliceExpr":
        return go(n.x) || go(n.low) || go(n.high) || go(n.max);
      case "TypeAssertExpr":
        return go(n.x);
      case "BinaryExpr":
        return go(n.x) || go(n.y);
      case "CompositeLit":
        return go(n.elts);
      case "KeyValueExpr":
        return go(n.key) || go(n.value);
    }
    return false;
  };
  return go(e);
}

class Order {
  /** The operands to evaluate first, in order (each after the ones inside it). */
  readonly hoisted: ast.Expr[] = [];
  /** Left to right differs from gc's order somewhere in the statement. */
  need = false;

  constructor(readonly f: FuncEmitter) {}

  private get ctx() {
    return this.f.ctx;
  }

  /** A read that can change or panic, made when scope s is evaluated. */
  private read(s: Scope): void {
    s.pending = true;
  }

  /** Hoist e: its operands (visited by inner) are read when it is evaluated. Returns whether
   *  its evaluation has an effect; one after a pending read of s is where orders differ. */
  private hoist(e: ast.Expr, s: Scope, inner: (s: Scope) => boolean, effect: boolean): boolean {
    const eff = inner({ pending: false }) || effect;
    this.hoisted.push(e);
    if (eff && s.pending) this.need = true;
    return eff;
  }

  /** Visit the value e (converted to target, for an interface target), evaluated in scope s.
   *  Returns whether it has an effect. */
  expr(e: ast.Expr, target: T.Type | undefined, s: Scope): boolean {
    const tv = this.ctx.tv(e);
    if (tv && (tv.mode === "constant" || tv.mode === "typexpr" || tv.mode === "builtin")) return false;
    if (e.kind === "ParenExpr") return this.expr(e.x, target, s);
    if (target !== undefined && tv && this.copied(e, tv.type, target)) {
      // The runtime's conversion takes the operand's address: order.go copies it here.
      return this.hoist(e, s, (inner) => this.value(e, inner), false);
    }
    return this.value(e, s);
  }

  /** The operand of a conversion to target that order.go copies into a temporary (addrTemp). */
  private copied(e: ast.Expr, t: T.Type, target: T.Type): boolean {
    if (!isInterface(target) || isInterface(t) || t.tag === "Tuple") return false;
    if (t.tag === "Basic" && t.kind === T.BasicKind.UntypedNil) return false;
    if (!needsAddr(t) || this.addrOkay(e)) return false;
    return !this.isTemp(e);
  }

  /** order.go's isaddrokay: an addressable operand other than a local variable. */
  private addrOkay(e: ast.Expr): boolean {
    e = unparen(e);
    switch (e.kind) {
      case "Ident": {
        const o = this.ctx.objOf(e);
        return o !== undefined && o.tag === "Var" && this.ctx.pkgVars.has(o);
      }
      case "SelectorExpr": {
        const sel = this.ctx.info.selections.get(e);
        if (!sel) {
          const o = this.ctx.objOf(e.sel);
          return o !== undefined && o.tag === "Var";
        }
        return sel.kind === "FieldVal" && (sel.indirect || under(this.f.typeOf(e.x)).tag === "Pointer" || this.addressable(e.x));
      }
      case "IndexExpr": {
        const xt = under(this.f.typeOf(e.x));
        return xt.tag === "Slice" || xt.tag === "Pointer" || (xt.tag === "Array" && this.addressable(e.x));
      }
      case "StarExpr":
        return true;
    }
    return false;
  }

  private addressable(e: ast.Expr): boolean {
    e = unparen(e);
    if (e.kind === "Ident") {
      const o = this.ctx.objOf(e);
      return o !== undefined && o.tag === "Var";
    }
    return this.addrOkay(e);
  }

  /** An operand order.go has already put in a temporary (the result of a hoisted operation). */
  private isTemp(e: ast.Expr): boolean {
    e = unparen(e);
    switch (e.kind) {
      case "CallExpr": {
        const ftv = this.ctx.tv(e.fun);
        if (ftv && ftv.mode === "typexpr") {
          const u = under(this.f.typeOf(e));
          return u.tag === "Slice" && isString(this.f.typeOf(e.args[0]!));
        }
        return true;
      }
      case "UnaryExpr":
        return e.op === "<-";
      case "SliceExpr":
        return true;
      case "TypeAssertExpr":
        return true;
      case "BinaryExpr":
        return e.op === "&&" || e.op === "||";
      case "CompositeLit":
        return under(this.f.typeOf(e)).tag === "Map";
    }
    return false;
  }

  /** Whether a variable's value can change during the statement: a package variable, a local
   *  a closure captures or whose address is taken, or one holding an array (a slice of it may
   *  write it). */
  private volatile(o: T.Obj): boolean {
    return o.tag === "Var" && (this.ctx.pkgVars.has(o) || this.f.fc.isShared(o) || !this.f.fc.names.has(o) || holdsByValue(o.type, (u) => u.tag === "Array"));
  }

  private value(e: ast.Expr, s: Scope): boolean {
    switch (e.kind) {
      case "ParenExpr":
        return this.value(e.x, s);
      case "Ident": {
        const o = this.ctx.objOf(e);
        if (o && this.volatile(o)) this.read(s);
        return false;
      }
      case "FuncLit":
        return false;
      case "CompositeLit":
        return this.compositeLit(e, s);
      case "SelectorExpr": {
        const sel = this.ctx.info.selections.get(e);
        if (!sel) {
          const o = this.ctx.objOf(e.sel);
          if (o && o.tag === "Var") this.read(s);
          return false;
        }
        if (sel.kind === "MethodExpr") return false;
        const eff = this.expr(e.x, undefined, s);
        if (sel.indirect || under(this.f.typeOf(e.x)).tag === "Pointer") this.read(s);
        return eff;
      }
      case "IndexExpr":
        return this.index(e, s, false);
      case "SliceExpr":
        return this.hoist(e, s, (inner) => {
          let eff = this.expr(e.x, undefined, inner);
          for (const x of [e.low, e.high, e.max]) if (x) eff = this.expr(x, undefined, inner) || eff;
          return eff;
        }, true);
      case "TypeAssertExpr": {
        const t = this.f.typeOf(e);
        // -race copies every assertion's result (order.go: Instrumenting).
        if (t.tag !== "Tuple" && pointerShaped(t) && !this.f.fc.race) {
          const eff = this.expr(e.x, undefined, s);
          this.read(s); // it may panic
          return eff;
        }
        return this.hoist(e, s, (inner) => this.expr(e.x, undefined, inner), true);
      }
      case "CallExpr":
        return this.call(e, s);
      case "StarExpr": {
        const eff = this.expr(e.x, undefined, s);
        this.read(s);
        return eff;
      }
      case "UnaryExpr":
        if (e.op === "<-") return this.hoist(e, s, (inner) => this.expr(e.x, undefined, inner), true);
        if (e.op === "&") {
          const x = unparen(e.x);
          return x.kind === "CompositeLit" ? this.expr(x, undefined, s) : this.loc(x, s);
        }
        return this.expr(e.x, undefined, s);
      case "BinaryExpr":
        return this.binary(e, s);
    }
    return false;
  }

  private compositeLit(e: ast.CompositeLit, s: Scope): boolean {
    const u = under(this.f.typeOf(e));
    if (u.tag === "Map") {
      // Each entry is an assignment of its own, evaluated in turn (FuncEmitter.mapLit).
      return this.hoist(e, s, () => mayHoist(e.elts), false);
    }
    let eff = false;
    e.elts.forEach((el, i) => {
      let t: T.Type | undefined;
      let v = el;
      if (el.kind === "KeyValueExpr") {
        v = el.value;
        if (u.tag === "Struct") {
          const name = el.key.kind === "Ident" ? el.key.name : "";
          t = u.fields.find((fl) => fl.name === name)?.type;
        } else {
          eff = this.expr(el.key, undefined, s) || eff;
        }
      } else if (u.tag === "Struct") t = u.fields[i]?.type;
      if (u.tag === "Array" || u.tag === "Slice") t = u.elem;
      eff = this.expr(v, t, s) || eff;
    });
    return eff;
  }

  private index(e: ast.IndexExpr, s: Scope, loc: boolean): boolean {
    if (this.ctx.info.instExprs.has(e)) return false;
    const xt = under(this.f.typeOf(e.x));
    if (xt.tag === "Map") {
      let eff = this.expr(e.x, undefined, s);
      eff = this.mapKey(xt, e.index, s) || eff;
      // The element read is copied into a temporary where it stands under -race, and when the
      // key is string(b) of a []byte b, which Go reads in place (order.go mapKeyReplaceStrConv).
      if (!loc && (this.f.fc.race || isBytesToString(this.ctx, e.index))) return this.hoist(e, s, () => eff, false);
      this.read(s);
      return eff;
    }
    let eff = xt.tag === "Array" ? (loc ? this.loc(e.x, s) : this.expr(e.x, undefined, s)) : this.expr(e.x, undefined, s);
    eff = this.expr(e.index, undefined, s) || eff;
    // An element can change (a local array too, through a slice of it) or be out of range.
    this.read(s);
    return eff;
  }

  /** A map key: copied where it stands when the map has no fast routine (mapKeyTemp). */
  mapKey(mt: T.MapT, k: ast.Expr, s: Scope): boolean {
    const tv = this.ctx.tv(k);
    if (tv && tv.mode !== "constant" && mapName("mapassign", mt) === "mapassign" && !this.addrOkay(k) && !this.isTemp(k)) {
      return this.hoist(k, s, (inner) => this.expr(k, mt.key, inner), false);
    }
    return this.expr(k, mt.key, s);
  }

  private call(e: ast.CallExpr, s: Scope): boolean {
    const ftv = this.ctx.tv(e.fun);
    if (ftv && ftv.mode === "typexpr") {
      const t = this.f.typeOf(e);
      const a = e.args[0]!;
      if (under(t).tag === "Slice" && isString(this.f.typeOf(a))) {
        return this.hoist(e, s, (inner) => this.expr(a, undefined, inner), false);
      }
      const eff = this.expr(a, isInterface(t) ? t : undefined, s);
      // string(b) of a []byte or []rune reads the slice's elements where it stands, after the
      // statement's calls (which may write them), as any element read does.
      if (isString(under(t)) && under(this.f.typeOf(a)).tag === "Slice") this.read(s);
      return eff;
    }
    const fun = unparen(e.fun);
    if (ftv && ftv.mode === "builtin" && fun.kind === "Ident") {
      const b = this.ctx.objOf(fun);
      const name = b && b.tag === "Builtin" ? b.name : "";
      const args = (inner: Scope): boolean => {
        let eff = false;
        e.args.forEach((a, i) => {
          let t: T.Type | undefined;
          if (name === "append" && i > 0 && !e.hasEllipsis) t = (under(this.f.typeOf(e.args[0]!)) as T.Slice).elem;
          if (name === "panic") t = this.f.typeOf(a).tag === "Interface" ? undefined : anyT;
          eff = this.expr(a, t, inner) || eff;
        });
        return eff;
      };
      switch (name) {
        case "len": case "cap": case "append": case "complex": case "real": case "imag": case "new":
          return this.hoist(e, s, args, false);
        case "make": case "copy": case "recover":
          return this.hoist(e, s, args, true);
        case "Add": case "Slice": case "Alignof": case "Offsetof": case "Sizeof":
          args(s);
          this.read(s);
          return false;
      }
      // panic, print, println, close, delete: statements (the lone root).
      args(s);
      return true;
    }
    return this.hoist(e, s, (inner) => {
      let eff = false;
      const sel = fun.kind === "SelectorExpr" ? this.ctx.info.selections.get(fun) : undefined;
      if (sel && sel.kind === "MethodVal") {
        eff = this.expr((fun as ast.SelectorExpr).x, undefined, inner);
        // The receiver's embedded pointers (and a value method's *p) are read when the call
        // runs, after the arguments' calls: a nil one faults then.
        if (sel.indirect) this.read(inner);
      }
      else if (!(fun.kind === "Ident" || fun.kind === "SelectorExpr") || this.funcValue(fun)) eff = this.expr(fun, undefined, inner);
      const sig = under(this.f.typeOf(e.fun));
      const params = sig.tag === "Signature" ? sig.params.vars : [];
      const variadic = sig.tag === "Signature" && sig.variadic && !e.hasEllipsis;
      e.args.forEach((a, i) => {
        let t: T.Type | undefined;
        if (variadic && i >= params.length - 1) t = (under(params[params.length - 1]!.type) as T.Slice).elem;
        else t = params[i]?.type;
        eff = this.expr(a, e.args.length === 1 && this.f.typeOf(a).tag === "Tuple" ? undefined : t, inner) || eff;
      });
      return eff;
    }, true);
  }

  /** A callee named by an identifier or a qualified identifier that is a variable. */
  private funcValue(fun: ast.Expr): boolean {
    const id = fun.kind === "Ident" ? fun : fun.kind === "SelectorExpr" ? fun.sel : undefined;
    const o = id ? this.ctx.objOf(id) : undefined;
    return o === undefined || o.tag !== "Func";
  }

  private binary(e: ast.BinaryExpr, s: Scope): boolean {
    const op = e.op;
    if (op === "&&" || op === "||") return this.hoist(e, s, () => mayHoist(e), false);
    const xt = this.f.typeOf(e.x);
    const yt = this.f.typeOf(e.y);
    if (op === "==" || op === "!=") {
      const xi = isInterface(xt);
      const yi = isInterface(yt);
      const u = under(xt);
      if (!xi && !yi && (u.tag === "Struct" || u.tag === "Array")) {
        // Both operands are copied once both are evaluated (addrTemp).
        return this.hoist(e, s, (inner) => this.expr(e.x, undefined, inner) || this.expr(e.y, undefined, inner), false);
      }
      const ex = this.expr(e.x, yi && !xi ? yt : undefined, s);
      return this.expr(e.y, xi && !yi ? xt : undefined, s) || ex;
    }
    const ex = this.expr(e.x, undefined, s);
    const ey = this.expr(e.y, undefined, s);
    const yConst = this.ctx.tv(e.y)?.mode === "constant";
    // A division by a variable, or a shift by one, may panic when the statement runs.
    if (!yConst && (op === "/" || op === "%" || op === "<<" || op === ">>")) this.read(s);
    return ex || ey;
  }

  /** Visit the location an assignment stores to (or whose address & takes): the operands that
   *  select it are read when the statement runs, after the hoisted operands. */
  loc(e: ast.Expr, s: Scope): boolean {
    e = unparen(e);
    switch (e.kind) {
      case "Ident":
        return false;
      case "SelectorExpr": {
        const sel = this.ctx.info.selections.get(e);
        if (!sel || sel.kind !== "FieldVal") return false;
        if (sel.indirect || under(this.f.typeOf(e.x)).tag === "Pointer") {
          const eff = this.expr(e.x, undefined, s);
          this.read(s);
          return eff;
        }
        return this.loc(e.x, s);
      }
      case "IndexExpr":
        return this.index(e, s, true);
      case "StarExpr": {
        const eff = this.expr(e.x, undefined, s);
        this.read(s);
        return eff;
      }
    }
    return this.expr(e, undefined, s);
  }
}

const anyT = new T.Interface([], []);

/** Whether a value of type t is the data word of an interface itself (types.IsDirectIface). */
function pointerShaped(t: T.Type): boolean {
  const u = under(t);
  switch (u.tag) {
    case "Pointer": case "Map": case "Chan": case "Signature":
      return true;
    case "Basic":
      return u.kind === T.BasicKind.UnsafePointer;
    case "Struct":
      return u.fields.length === 1 && pointerShaped(u.fields[0]!.type);
    case "Array":
      return u.len === 1 && pointerShaped(u.elem);
  }
  return false;
}

/** Go's types.HasPointers. */
function goHasPointers(t: T.Type): boolean {
  const u = under(t);
  switch (u.tag) {
    case "Basic":
      return isString(u) || u.kind === T.BasicKind.UnsafePointer;
    case "Struct":
      return u.fields.some((fl) => goHasPointers(fl.type));
    case "Array":
      return u.len > 0 && goHasPointers(u.elem);
  }
  return true;
}

/** walk's dataWordFuncName(t).needsaddr: the conversion of a t to an interface passes the
 *  value's address to the runtime (convT, convTnoptr) rather than the value (convT16, convT32,
 *  convT64, convTstring, convTslice). */
export function needsAddr(t: T.Type): boolean {
  const size = sizeof(t);
  const align = alignof(t);
  const ptrs = goHasPointers(t);
  if (size === 2 && align === 2) return false;
  if (size === 4 && align === 4 && !ptrs) return false;
  if (size === 8 && align === 8 && !ptrs) return false;
  const sc = under(soleComponent(t));
  return !(isString(sc) || sc.tag === "Slice");
}

/** Has e a call (but for len, cap and conversions), a receive or a function literal, whose order
 *  against the statement's other operands is observable; with mapReads, a map index too (whose
 *  order gc fixes apart)? */
export function hasEffects(f: FuncEmitter, e: ast.Expr, mapReads: boolean): boolean {
  let effects = false;
  inspect(e, (n) => {
    if (n.kind === "CallExpr") {
      const tv = f.ctx.tv(n.fun);
      const fun = unparen(n.fun);
      if (tv?.mode !== "typexpr" && !(tv?.mode === "builtin" && fun.kind === "Ident" && (fun.name === "len" || fun.name === "cap"))) effects = true;
    } else if (n.kind === "FuncLit" || (n.kind === "UnaryExpr" && n.op === "<-")) effects = true;
    else if (mapReads && n.kind === "IndexExpr" && under(f.typeOf(n.x)).tag === "Map") effects = true;
    return !effects;
  });
  return effects;
}

/** May evaluating e panic (an index, a slice expression, a dereference, a division, a type
 *  assertion) while it has no call, receive or function literal, whose order is observable? */
export function mayPanicQuietly(f: FuncEmitter, e: ast.Expr): boolean {
  if (hasEffects(f, e, false)) return false;
  let panics = false;
  inspect(e, (n) => {
    if (n.kind === "IndexExpr") panics ||= under(f.typeOf(n.x)).tag !== "Map";
    else if (n.kind === "SliceExpr" || n.kind === "StarExpr" || n.kind === "TypeAssertExpr") panics = true;
    else if (n.kind === "BinaryExpr") panics ||= n.op === "/" || n.op === "%";
    else if (n.kind === "SelectorExpr") panics ||= f.ctx.info.selections.get(n)?.indirect === true;
    return !panics;
  });
  return panics;
}
