// Type expressions: resolving syntax like []int, map[K]V, struct{...}, func(...) to types.
//
// Models go/types typexpr.go, signature.go, struct.go and interface.go (Go 1.19). A generic
// type's instantiation (List[int]) is made by generic.ts.
//
// Invariants:
//   - Every type expression is recorded in Info.types with mode "typexpr".
//   - An interface's allMethods is complete (sorted by name) when typInternal returns it.
//   - A function's parameter scope is Checker.sigScopes.get(sig); the body's statements are
//     checked directly in that scope (as go/types does), and Info.scopes maps the FuncType to it.

import type * as ast from "../ast.js";
import * as types from "../types.js";
import type { Checker } from "./check.js";
import { invalidType, newVar, Typ } from "./universe.js";
import { comparable, isInteger, isTyped, isUntyped, under, sameId } from "./predicates.js";
import { newOperand } from "./operand.js";
import { expr, identExpr } from "./expr.js";
import { selector } from "./call.js";
import { representableConst } from "./const.js";
import { BasicKind as K } from "../types.js";
import { hasTypeParam, instantiate, isUnionSyntax, namesTypeArg, templateString, unionTerms } from "./generic.js";

export function typ(c: Checker, e: ast.Expr): types.Type {
  return definedType(c, e, undefined);
}

/** A variable's type (go/types varType): a constraint interface is not one. */
export function varType(c: Checker, e: ast.Expr): types.Type {
  const t = typ(c, e);
  if (t.tag === "Named" && t.tparam !== undefined) return t; // a type parameter's constraint is its own
  c.later(() => {
    const u = under(t);
    if (u.tag === "Interface" && (u.terms !== undefined || u.comparable || u.embeddeds.some((x) => isConstraintIface(x)))) {
      c.error(e.pos, `cannot use type ${c.ts(t)} outside a type constraint: interface ${u.comparable && !u.terms ? "is (or embeds) comparable" : "contains type constraints"}`);
    }
  });
  return t;
}

function isConstraintIface(t: types.Type): boolean {
  const u = under(t);
  return u.tag === "Interface" && (u.terms !== undefined || u.comparable || u.embeddeds.some(isConstraintIface));
}

export function definedType(c: Checker, e: ast.Expr, def: types.Named | undefined): types.Type {
  const t = typInternal(c, e, def);
  c.recordTypeAndValue(e, "typexpr", t);
  return t;
}

function typInternal(c: Checker, e: ast.Expr, def: types.Named | undefined): types.Type {
  switch (e.kind) {
    case "Ident":
    case "SelectorExpr": {
      const x = newOperand();
      if (e.kind === "Ident") identExpr(c, x, e, true);
      else selector(c, x, e, true);
      if (x.mode === "typexpr" && isGenericType(x.type)) {
        c.error(e.pos, `cannot use generic type ${templateString(c, c.es(e), (x.type as types.Named).obj.generic!)} without instantiation`);
        return invalidType;
      }
      if (x.mode === "typexpr") return x.type;
      if (x.mode !== "invalid") c.error(e.pos, `${c.os(x)} is not a type`);
      return invalidType;
    }
    case "IndexExpr":
    case "IndexListExpr":
      return instantiatedType(c, e);
    case "ParenExpr":
      return definedType(c, e.x, def);
    case "ArrayType":
      if (!e.len) return new types.Slice(varType(c, e.elt));
      if (e.len.kind === "Ellipsis" && !e.len.elt) {
        c.error(e.len.pos, "invalid use of [...] array (outside a composite literal)");
        varType(c, e.elt);
        return invalidType;
      }
      return new types.ArrayT(varType(c, e.elt), arrayLength(c, e.len));
    case "Ellipsis":
      c.error(e.pos, "invalid use of ...");
      return invalidType;
    case "StructType":
      return structType(c, e);
    case "StarExpr":
      return new types.Pointer(typ(c, e.x));
    case "FuncType":
      return funcType(c, undefined, e, undefined);
    case "InterfaceType":
      return interfaceType(c, e, def);
    case "MapType":
      return mapType(c, e);
    case "ChanType":
      return new types.Chan(e.dir, varType(c, e.value));
    default: {
      const x = newOperand();
      expr(c, x, e);
      if (x.mode !== "invalid") c.error(e.pos, `${c.es(e)} is not a type`);
      return invalidType;
    }
  }
}

/** A generic type not instantiated (List, not List[int]). */
export function isGenericType(t: types.Type): boolean {
  return t.tag === "Named" && t.obj.generic !== undefined && t.orig === undefined && t.tparam === undefined;
}

/** List[int], Pair[K, V]: the instance of a generic type (go/types instantiatedType). */
export function instantiatedType(c: Checker, e: ast.IndexExpr | ast.IndexListExpr): types.Type {
  const x = newOperand();
  if (e.x.kind === "Ident") identExpr(c, x, e.x, true);
  else if (e.x.kind === "SelectorExpr") selector(c, x, e.x, true);
  else {
    c.error(e.x.pos, `${c.es(e.x)} is not a generic type`);
    return invalidType;
  }
  if (x.mode === "invalid") return invalidType;
  if (x.mode !== "typexpr" || !isGenericType(x.type)) {
    c.error(e.x.pos, `${c.es(e.x)} is not a generic type`);
    return invalidType;
  }
  const g = (x.type as types.Named).obj.generic!;
  const list = e.kind === "IndexExpr" ? [e.index] : e.indices;
  const targs = list.map((a) => typ(c, a));
  const name = templateString(c, c.es(e.x), g);
  const t = instantiate(c, name, g, targs, e.pos, (i) => list[i]!.pos);
  return t && t.tag === "Named" ? t : invalidType;
}

function mapType(c: Checker, e: ast.MapType): types.Type {
  const key = varType(c, e.key);
  const elem = varType(c, e.value);
  c.later(() => {
    if (key !== invalidType && !hasTypeParam(key) && !comparable(key)) {
      const u = under(key);
      c.error(e.key.pos, `invalid map key type ${c.ts(key)}${u === invalidType ? "" : ""}`);
    }
  });
  return new types.MapT(key, elem);
}

/** arrayLength evaluates an array length expression (go/types arrayLength). */
function arrayLength(c: Checker, e: ast.Expr): number {
  if (e.kind === "Ident") {
    const obj = c.ctx.scope.lookupParent(e.name);
    if (!obj) {
      c.error(e.pos, `undefined array length ${e.name} or missing type constraint`);
      return -1;
    }
    if (obj.tag !== "Const") {
      c.error(e.pos, `invalid array length ${e.name}`);
      return -1;
    }
  }
  const x = newOperand();
  expr(c, x, e);
  if (x.mode !== "constant") {
    if (x.mode !== "invalid") c.error(e.pos, `array length ${c.es(e)} (value of type ${c.ts(x.type)}) must be constant`);
    return -1;
  }
  if (isUntyped(x.type) || isInteger(x.type)) {
    const v = representableConst(x.val!, Typ[K.Int]!);
    if (v && v.kind === "int" && v.v >= 0n) {
      if (isUntyped(x.type)) {
        c.untyped.delete(e);
        c.recordTypeAndValue(e, "constant", Typ[K.Int]!, x.val);
      }
      return Number(v.v);
    }
  }
  if (isInteger(x.type) || (isUntyped(x.type) && x.val!.kind === "int")) {
    c.error(e.pos, `invalid array length ${c.os(x)}`);
  } else if (isTyped(x.type) || x.val!.kind !== "float" || (x.val as { den: bigint }).den !== 1n) {
    c.error(e.pos, `array length ${c.os(x)} must be integer`);
  } else {
    c.error(e.pos, `invalid array length ${c.os(x)}`);
  }
  return -1;
}

function structType(c: Checker, e: ast.StructType): types.Type {
  const fields: types.Var[] = [];
  const tags: string[] = [];
  const seen = new Map<string, types.Var>();
  const add = (id: ast.Ident | undefined, name: string, pos: ast.Pos, t: types.Type, embedded: boolean, tag: string) => {
    const v = newVar(name, t, pos, c.pkg);
    v.isField = true;
    v.embedded = embedded;
    if (name !== "_") {
      const alt = seen.get(name);
      if (alt) c.error(pos, `${name} redeclared\n\t${alt.pos!.file}:${alt.pos!.line}:${alt.pos!.col}: other declaration of ${name}`);
      else seen.set(name, v);
    }
    if (id) c.recordDef(id, v);
    fields.push(v);
    tags.push(tag);
  };
  for (const f of e.fields) {
    const t = varType(c, f.type);
    const tag = f.tag ?? "";
    if (f.names.length > 0) {
      for (const id of f.names) add(id, id.name, id.pos, t, false, tag);
      continue;
    }
    // Embedded field: T, *T, pkg.T or *pkg.T.
    let te = f.type;
    if (te.kind === "StarExpr") te = te.x;
    if (te.kind === "IndexExpr" || te.kind === "IndexListExpr") te = te.x; // an instance: List[T]
    const nameId = te.kind === "Ident" ? te : te.kind === "SelectorExpr" ? te.sel : undefined;
    const name = nameId ? nameId.name : "?";
    embeddedFieldCheck(c, f.type, t);
    add(undefined, name, f.type.pos, t, true, tag);
    // go/types records the embedded field's name identifier as a definition of the field
    // (the same identifier is also a use of the embedded type's name).
    if (nameId) c.recordDef(nameId, fields[fields.length - 1]!);
  }
  return new types.Struct(fields, tags);
}

function embeddedFieldCheck(c: Checker, e: ast.Expr, t: types.Type): void {
  if (t === invalidType) return;
  // gort checks each instance with the type arguments in place: a type parameter is the
  // identifier naming one (go/types: under(t) is the constraint's interface, isTypeParam).
  if (namesTypeArg(c, e.kind === "StarExpr" ? e.x : e)) {
    c.later(() => c.error(e.pos, "embedded field type cannot be a (pointer to a) type parameter"));
    return;
  }
  c.later(() => {
    const [base, isPtr] = t.tag === "Pointer" ? [t.elem, true] : [t, false];
    const u = under(base);
    if (base.tag === "Pointer" || (u.tag === "Pointer")) c.error(e.pos, "embedded field type cannot be a pointer");
    else if (isPtr && u.tag === "Interface") c.error(e.pos, "embedded field type cannot be a pointer to an interface");
  });
}

/** funcType builds a signature and its parameter scope (go/types funcType). */
export function funcType(
  c: Checker,
  recv: ast.Field | undefined,
  ft: ast.FuncType,
  fn: types.Func | undefined,
): types.Signature {
  if (ft.typeParams && ft.typeParams.length > 0 && !fn) c.notSupported(ft.typeParams[0]!.pos, "type parameters");
  const scope = new types.Scope(c.ctx.scope, "function", true);
  c.recordScope(ft, scope);
  c.funcScopes.add(scope);
  const recvVars = recv ? collectParams(c, scope, [recv], false).vars : [];
  const params = collectParams(c, scope, ft.params, true);
  const results = collectParams(c, scope, ft.results, false);
  const sig = new types.Signature(new types.Tuple(params.vars), new types.Tuple(results.vars), params.variadic);
  c.sigScopes.set(sig, scope);
  if (recv) {
    const rv = recvVars[0] ?? newVar("", invalidType, recv.pos, c.pkg);
    sig.recv = rv;
    validRecv(c, recv, rv);
  }
  for (const v of [...recvVars, ...params.vars, ...results.vars]) {
    if (v.name !== "" && v.name !== "_") c.declare(scope, undefined, v);
  }
  return sig;
}

function collectParams(
  c: Checker,
  scope: types.Scope,
  list: ast.Field[],
  variadicOk: boolean,
): { vars: types.Var[]; variadic: boolean } {
  const vars: types.Var[] = [];
  let variadic = false;
  list.forEach((f, i) => {
    let te = f.type;
    let isVariadic = false;
    if (te.kind === "Ellipsis") {
      if (variadicOk && i === list.length - 1 && f.names.length <= 1) isVariadic = true;
      else c.error(te.pos, "can only use ... with final parameter in list");
      te = te.elt ?? te;
    }
    let t = te.kind === "Ellipsis" ? invalidType : varType(c, te);
    if (isVariadic) {
      t = new types.Slice(t);
      c.recordTypeAndValue(f.type, "typexpr", t);
      variadic = true;
    }
    if (f.names.length === 0) {
      const v = newVar("", t, f.type.pos, c.pkg);
      v.isParam = true;
      vars.push(v);
      return;
    }
    for (const id of f.names) {
      const v = newVar(id.name, t, id.pos, c.pkg);
      v.isParam = true;
      c.recordDef(id, v);
      vars.push(v);
    }
  });
  void scope;
  return { vars, variadic };
}

/** types2's validRecv: reported at the receiver (its name, when it has one). */
function validRecv(c: Checker, recv: ast.Field, rv: types.Var): void {
  c.later(() => {
    const at = rv.pos ?? recv.type.pos;
    let t = rv.type;
    if (t === invalidType) return;
    if (t.tag === "Pointer") t = t.elem;
    if (t.tag === "Basic") {
      c.error(at, `cannot define new methods on non-local type ${c.ts(t)}`);
      return;
    }
    if (t.tag !== "Named") {
      c.error(at, `invalid receiver type ${c.ts(rv.type)}`);
      return;
    }
    if (t.obj.pkg !== c.pkg) {
      c.error(at, `cannot define new methods on non-local type ${c.ts(t)}`);
      return;
    }
    const u = t.underlying;
    if (u.tag === "Pointer" || u.tag === "Interface") {
      c.error(at, `invalid receiver type ${c.ts(t)} (pointer or interface type)`);
    }
  });
}

function interfaceType(c: Checker, e: ast.InterfaceType, def: types.Named | undefined): types.Type {
  const methods: types.Func[] = [];
  const embeddeds: types.Type[] = [];
  const iface = new types.Interface(methods, embeddeds);
  const recvType: types.Type = def ?? iface;
  for (const f of e.methods) {
    if (f.names.length > 0 && f.type.kind === "FuncType") {
      const id = f.names[0]!;
      const sig = funcType(c, undefined, f.type, undefined);
      sig.recv = newVar("", recvType, id.pos, c.pkg);
      const m: types.Func = { tag: "Func", name: id.name, pos: id.pos, pkg: c.pkg, type: sig };
      c.recordDef(id, m);
      if (id.name === "_") {
        c.error(id.pos, "methods must have a unique non-blank name");
        continue;
      }
      methods.push(m);
      continue;
    }
    // A union or a non-interface type makes the interface a constraint with a type set.
    if (isUnionSyntax(f.type)) {
      iface.terms = unionTerms(c, f.type);
      continue;
    }
    const t = typ(c, f.type);
    if (t === invalidType) continue;
    const ut = under(t);
    if (ut.tag !== "Interface" && ut !== invalidType) {
      iface.terms = [{ tilde: false, type: t }];
      continue;
    }
    if (ut.tag === "Interface") {
      if (ut.terms) iface.terms = ut.terms;
      if (ut.comparable) iface.comparable = true;
    }
    // An embedded type still being declared (type I interface{ I }) has no underlying type yet;
    // it is kept, so that validType finds the cycle, and contributes no methods.
    embeddeds.push(t);
  }
  computeMethodSet(c, iface, e.pos);
  return iface;
}

/** computeMethodSet fills iface.allMethods: explicit plus embedded methods, sorted by name. */
function computeMethodSet(c: Checker, iface: types.Interface, pos: ast.Pos): void {
  const all: types.Func[] = [];
  const add = (m: types.Func, explicit: boolean) => {
    const other = all.find((x) => sameId(x, m.name, m.pkg));
    if (other) {
      if (explicit || !identicalSig(other, m)) c.error(m.pos ?? pos, `duplicate method ${m.name}`);
      return;
    }
    all.push(m);
  };
  for (const m of iface.methods) add(m, true);
  for (const e of iface.embeddeds) {
    const u = under(e);
    if (u.tag !== "Interface") continue;
    for (const m of u.allMethods ?? []) add(m, false);
  }
  all.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  iface.allMethods = all;
}

import { identical } from "./predicates.js";
function identicalSig(a: types.Func, b: types.Func): boolean {
  return identical(a.type, b.type);
}
