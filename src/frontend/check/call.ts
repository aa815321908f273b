// Calls, conversions dispatch, argument passing and selectors.
//
// Models go/types call.go (Go 1.19): callExpr, arguments (with variadic adjustment and the
// "have/want" summary), exprList, and selector (qualified identifiers, fields, method values,
// method expressions, with lookup failures reported as types2 reports them).
//
// Invariants: every selector except a qualified identifier gets a Selection in Info.selections.

import type * as ast from "../ast.js";
import { startPos } from "./errors.js";
import * as types from "../types.js";
import type { Checker } from "./check.js";
import { newOperand, type Operand } from "./operand.js";
import { bad } from "./operand.js";
import { exprOrType, expr, multiExpr } from "./expr.js";
import { isNumeric, isUntyped, under, isExported } from "./predicates.js";
import { invalidType, newVar } from "./universe.js";
import { assignment } from "./assignments.js";
import { lookupFieldOrMethod } from "./lookup.js";
import { objDecl, cycleError } from "./decl.js";
import { conversion } from "./conversions.js";
import { builtin } from "./builtins.js";
import { cgoSelector, isCgoPackage } from "./cgo.js";
import { stdAPI } from "../stdapi.gen.js";
import { genericFuncOf, infer, instantiate, namesTypeArg, recordInstance, templateString } from "./generic.js";

export function callExpr(c: Checker, x: Operand, call: ast.CallExpr): void {
  exprOrType(c, x, call.fun, true);
  switch (x.mode) {
    case "invalid":
      for (const a of call.args) expr(c, newOperand(), a);
      x.expr = call;
      return;
    case "typexpr": {
      const T = x.type;
      x.mode = "invalid";
      const n = call.args.length;
      if (n === 0) {
        c.error(call.rparen, `missing argument in conversion to ${c.ts(T)}`);
      } else if (n === 1) {
        expr(c, x, call.args[0]!);
        if (x.mode !== "invalid") {
          if (call.hasEllipsis) c.error(call.args[0]!.pos, `invalid use of ... in conversion to ${c.ts(T)}`);
          else conversion(c, x, T);
          if (x.mode === "constant" && namesTypeArg(c, call.fun)) {
            x.mode = "value";
            x.val = undefined;
          }
        }
      } else {
        for (const a of call.args) expr(c, newOperand(), a);
        c.error(call.args[n - 1]!.pos, `too many arguments in conversion to ${c.ts(T)}`);
      }
      x.expr = call;
      return;
    }
    case "builtin": {
      const id = x.builtinName!;
      if (!builtin(c, x, call, id)) x.mode = "invalid";
      x.expr = call;
      if (!bad(x) && (x.mode as string) !== "constant") c.ctx.hasCallOrRecv = true;
      return;
    }
    default:
      break;
  }
  const gf = x.mode === "value" ? x.partial?.fn ?? genericFuncOf(c, call.fun) : undefined;
  let sig = under(x.type);
  if (sig.tag !== "Signature") {
    c.error(startPos(x.expr!), `invalid operation: cannot call non-function ${c.os(x)}`);
    x.mode = "invalid";
    x.expr = call;
    return;
  }
  const args = exprList(c, call.args);
  if (gf) {
    // A generic function: infer the type arguments the call does not give, instantiate.
    const targs = infer(c, call, gf, x.partial?.targs ?? [], args);
    x.partial = undefined;
    const given = call.fun.kind === "IndexExpr" ? [call.fun.index] : call.fun.kind === "IndexListExpr" ? call.fun.indices : [];
    const at = (i: number) => given[i]?.pos ?? call.lparen;
    const inst = targs ? instantiate(c, templateString(c, gf.name, gf.generic!), gf.generic!, targs, call.pos, at) : undefined;
    if (!inst || inst.tag !== "Func") {
      x.mode = "invalid";
      x.expr = call;
      return;
    }
    recordInstance(c, call.fun, inst);
    sig = inst.type;
  }
  arguments_(c, call, sig, args);
  const n = sig.results.vars.length;
  if (n === 0) {
    x.mode = "novalue";
  } else if (n === 1) {
    x.mode = "value";
    x.type = sig.results.vars[0]!.type;
  } else {
    x.mode = "value";
    x.type = sig.results;
  }
  x.expr = call;
  c.ctx.hasCallOrRecv = true;
}

/** exprList evaluates call arguments; a single multi-value call expands to its results. */
export function exprList(c: Checker, elist: ast.Expr[]): Operand[] {
  if (elist.length === 1) return multiExpr(c, elist[0]!);
  return elist.map((e) => {
    const x = newOperand();
    expr(c, x, e);
    return x;
  });
}

function typesSummary(c: Checker, list: types.Type[], variadic: boolean): string {
  const res = list.map((t, i) => {
    if (t === invalidType) return "unknown type";
    if (isUntyped(t)) return isNumeric(t) ? "number" : (t as types.Basic).name.replace("untyped ", "");
    if (variadic && i === list.length - 1 && t.tag === "Slice") return "..." + c.ts(t.elem);
    return c.ts(t);
  });
  return "(" + res.join(", ") + ")";
}

export function arguments_(c: Checker, call: ast.CallExpr, sig: types.Signature, args: Operand[]): void {
  for (const a of args) if (a.mode === "invalid") return;
  const nargs = args.length;
  let npars = sig.params.vars.length;
  const ddd = call.hasEllipsis;
  let params = sig.params.vars;
  if (sig.variadic) {
    if (ddd) {
      if (call.args.length === 1 && nargs > 1) {
        c.error(call.pos, `cannot use ... with ${nargs}-valued ${c.es(call.args[0]!)}`);
        return;
      }
    } else if (nargs >= npars - 1) {
      const last = params[npars - 1]!;
      const elem = (last.type as types.Slice).elem;
      params = params.slice(0, npars - 1);
      while (params.length < nargs) params.push(newVar(last.name, elem, last.pos, last.pkg));
      npars = nargs;
    } else {
      npars--;
    }
  } else if (ddd) {
    c.error(call.pos, `cannot use ... in call to non-variadic ${c.es(call.fun)}`);
    return;
  }
  if (nargs !== npars) {
    let at = startPos(call);
    let q = "not enough";
    if (nargs > npars) {
      at = startPos(args[npars]!.expr!);
      q = "too many";
    } else if (nargs > 0) {
      at = startPos(args[nargs - 1]!.expr!);
    }
    const have = typesSummary(c, args.map((a) => a.type), false);
    const want = typesSummary(c, sig.params.vars.map((v) => v.type), sig.variadic);
    c.error(at, `${q} arguments in call to ${c.es(call.fun)}\n\thave ${have}\n\twant ${want}`);
    return;
  }
  const context = `argument to ${c.es(call.fun)}`;
  args.forEach((a, i) => assignment(c, a, params[i]!.type, context));
}

// ---- Selectors ----

export function selector(c: Checker, x: Operand, e: ast.SelectorExpr, wantType: boolean): void {
  const sel = e.sel.name;
  if (e.x.kind === "Ident") {
    const obj = c.ctx.scope.lookupParent(e.x.name);
    if (obj && obj.tag === "PkgName") {
      qualified(c, x, e, obj);
      return;
    }
    if (!obj && isCgoPackage(c, e.x)) {
      cgoSelector(c, x, e);
      return;
    }
  }
  exprOrType(c, x, e.x);
  if (x.mode === "invalid") {
    x.expr = e;
    return;
  }
  if (x.mode === "builtin") {
    c.error(e.pos, `cannot select on ${c.os(x)}`);
    x.mode = "invalid";
    x.expr = e;
    return;
  }
  const r = lookupFieldOrMethod(x.type, x.mode === "variable", c.pkg, sel);
  if (!r.obj) {
    selectorError(c, x, e, r.index !== undefined, r.indirect);
    x.mode = "invalid";
    x.expr = e;
    return;
  }
  const obj = r.obj;
  if (obj.tag === "Func" && c.funcPending.has(obj)) objDecl(c, obj);
  if (x.mode === "typexpr") {
    if (obj.tag !== "Func") {
      c.error(e.sel.pos, `${c.es(e.x)}.${sel} undefined (type ${c.ts(x.type)} has no method ${sel})`);
      x.mode = "invalid";
      x.expr = e;
      return;
    }
    c.recordSelection(e, { kind: "MethodExpr", recv: x.type, obj, index: r.index!, indirect: r.indirect });
    const sig = obj.type;
    const params = sig.params.vars;
    let name = "";
    if (params.length > 0 && params[0]!.name !== "") name = sig.recv?.name || "_";
    const recvParam = newVar(name, x.type, sig.recv?.pos, sig.recv?.pkg);
    recvParam.isParam = true;
    x.mode = "value";
    x.type = new types.Signature(new types.Tuple([recvParam, ...params]), sig.results, sig.variadic);
    c.addDep(obj);
  } else if (obj.tag === "Var") {
    c.recordSelection(e, { kind: "FieldVal", recv: x.type, obj, index: r.index!, indirect: r.indirect });
    x.mode = x.mode === "variable" || r.indirect ? "variable" : "value";
    x.type = obj.type;
  } else {
    c.recordSelection(e, { kind: "MethodVal", recv: x.type, obj, index: r.index!, indirect: r.indirect });
    x.mode = "value";
    x.type = new types.Signature(obj.type.params, obj.type.results, obj.type.variadic);
    c.addDep(obj);
  }
  x.expr = e;
  void wantType;
}

function qualified(c: Checker, x: Operand, e: ast.SelectorExpr, pname: types.PkgName): void {
  const sel = e.sel.name;
  c.recordUse(e.x as ast.Ident, pname);
  pname.used = true;
  const pkg = pname.imported;
  const exp = pkg.scope.lookup(sel);
  x.expr = e;
  if (!exp) {
    // A name Go's package exports but gort's source of it lacks is gort's limitation.
    if (stdAPI(pkg.path)?.has(sel)) c.notSupported(e.sel.pos, `${pkg.path}.${sel}`);
    else c.error(e.sel.pos, `undefined: ${c.es(e)}`);
    x.mode = "invalid";
    return;
  }
  if (!isExported(sel)) c.error(e.sel.pos, `name ${sel} not exported by package ${pkg.name}`);
  c.recordUse(e.sel, exp);
  x.type = exp.type;
  switch (exp.tag) {
    case "Const":
      x.mode = "constant";
      x.val = exp.val;
      break;
    case "TypeName":
      x.mode = "typexpr";
      break;
    case "Var":
      x.mode = "variable";
      break;
    case "Func":
      x.mode = "value";
      break;
    case "Builtin": // package unsafe's functions
      x.mode = "builtin";
      x.builtinName = exp.name;
      x.type = invalidType;
      break;
    default:
      x.mode = "invalid";
  }
}

/** "time.Time.Round" when t is a standard type (or a pointer to one) whose member sel Go
 *  exports but gort's source of the package lacks. */
function stdMember(t: types.Type, sel: string): string | undefined {
  const named = t.tag === "Pointer" ? t.elem : t;
  if (named.tag !== "Named") return undefined;
  const pkg = named.obj.pkg;
  if (pkg === undefined || !stdAPI(pkg.path)?.has(`${named.obj.name}.${sel}`)) return undefined;
  return `${pkg.path}.${named.obj.name}.${sel}`;
}

function selectorError(c: Checker, x: Operand, e: ast.SelectorExpr, ambiguous: boolean, indirect: boolean): void {
  const sel = e.sel.name;
  if (under(x.type) === invalidType) return;
  if (ambiguous) {
    c.error(e.sel.pos, `ambiguous selector ${c.es(e.x)}.${sel}`);
    return;
  }
  if (indirect) {
    // types2's for a method expression T.M too (go/types says "invalid method expression").
    c.error(e.sel.pos, `cannot call pointer method ${sel} on ${c.ts(x.type)}`);
    return;
  }
  const std = stdMember(x.type, sel);
  if (std !== undefined) {
    c.notSupported(e.sel.pos, std);
    return;
  }
  let why: string;
  if (x.type.tag === "Pointer" && under(x.type.elem).tag === "Interface") {
    why = `type ${c.ts(x.type)} is pointer to interface, not interface`;
  } else {
    why = `type ${c.ts(x.type)} has no field or method ${sel}`;
    const first = sel[0]!;
    const changed = (first === first.toUpperCase() ? first.toLowerCase() : first.toUpperCase()) + sel.slice(1);
    if (changed !== sel && lookupFieldOrMethod(x.type, x.mode === "variable", c.pkg, changed).obj) {
      why += `, but does have ${changed}`;
    }
  }
  c.error(e.sel.pos, `${c.es(e.x)}.${sel} undefined (${why})`);
}

export { cycleError };
