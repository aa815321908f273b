// Type parameters: generic declarations, instantiation, and type argument inference.
//
// Models go/types decl.go (collectTypeParams), instantiate.go, infer.go, unify.go and the type
// set parts of typeset.go/union.go (Go 1.19), with one deliberate difference in strategy,
// measured and explained in docs/ARCHITECTURE.md ("Generics"):
//
//   An instance is checked, and later compiled, as a copy of the generic declaration whose type
//   parameter names denote the type arguments (stenciling per instantiation, checked per
//   instance). The generic body itself is not checked with type parameters.
//
// Terms:
//   - template: the generic declaration (a Func or TypeName with `generic` set); never compiled.
//   - instance: a Func (inst set) or Named (orig, targs set) made for one list of type arguments;
//     unique per template and type arguments (identical types), kept in the template's cache.
//   - shallow instance: a generic type instantiated with arguments that contain type parameters
//     (List[T] in a generic signature); it has no methods and no underlying type, and serves
//     inference only.
//
// Invariants:
//   - An instance is in its template's cache before its signature or body is checked, so a
//     recursive generic function or a self-referential generic type finds itself.
//   - Instances are checked by the checker of the package that declares the template (Generic
//     .instantiate closes over it), so a body sees its own package's scope.
//   - At most MAX_INSTANCES instances of one template: past it, an instantiation cycle (F[T]
//     calling F[[]T]) is reported, as Go reports it, instead of recursing forever.
//
// Simplifications (docs/FIDELITY.md): a generic body with an error that no instance exercises is
// not reported, and an error in a body is reported at each instance (once per position); inside
// instances, type switch cases that coincide after substitution are allowed, as Go allows them.

import type * as ast from "../ast.js";
import * as types from "../types.js";
import type { Checker, DeclInfo } from "./check.js";
import { anyType, invalidType, Typ } from "./universe.js";
import { validType } from "./decl.js";
import { comparable, defaultType, identical, isTyped, under } from "./predicates.js";
import { definedType, funcType, typ } from "./typexpr.js";
import { funcBody } from "./stmt.js";
import { missingMethod } from "./lookup.js";
import type { Operand } from "./operand.js";
import { startPos } from "./errors.js";
import { finishLate } from "./late.js";

/** Past this many instances of one template, instantiation is a cycle (Go: "instantiation cycle"). */
const MAX_INSTANCES = 500;

/** What the checker keeps about a generic type: where it is declared and its method templates. */
interface TypeTemplate {
  fileScope: types.Scope;
  spec: ast.TypeSpec;
  methods: types.Func[];
  cache: { targs: types.Type[]; named: types.Named }[];
  /** An instance was found to be an invalid recursive type (reported once). */
  invalid?: boolean;
}

const typeTemplates = new WeakMap<types.TypeName, TypeTemplate>();

// ---- Declarations ----

/** declareTypeParams declares a type parameter list in a new scope (types2 collectTypeParams):
 *  first the names, then the constraints, which may refer to any of them. */
function declareTypeParams(c: Checker, list: ast.Field[], owner: object): { scope: types.Scope; tparams: types.Named[] } {
  const scope = new types.Scope(c.ctx.scope, "type parameters");
  const tparams: types.Named[] = [];
  for (const f of list) {
    for (const id of f.names) {
      const obj: types.TypeName = { tag: "TypeName", name: id.name, pos: id.pos, pkg: c.pkg, type: invalidType };
      const tp = new types.Named(obj);
      tp.tparam = { index: tparams.length, owner };
      tp.underlying = anyType;
      obj.type = tp;
      tparams.push(tp);
      c.declare(scope, id, obj);
    }
  }
  const saved = c.ctx.scope;
  c.ctx.scope = scope;
  let i = 0;
  for (const f of list) {
    const bound = constraintType(c, f.type);
    for (let k = 0; k < f.names.length; k++) tparams[i++]!.underlying = bound;
  }
  c.ctx.scope = saved;
  return { scope, tparams };
}

/** The interface a constraint denotes: `~int | string` and `int` are interfaces of those terms. */
function constraintType(c: Checker, e: ast.Expr): types.Type {
  if (isUnionSyntax(e)) {
    const iface = termsInterface(unionTerms(c, e));
    c.recordTypeAndValue(e, "typexpr", iface);
    return iface;
  }
  const t = typ(c, e);
  const u = under(t);
  if (u.tag === "Interface" || t === invalidType) return t;
  return termsInterface([{ tilde: false, type: t }]);
}

export function isUnionSyntax(e: ast.Expr): boolean {
  return (e.kind === "BinaryExpr" && e.op === "|") || (e.kind === "UnaryExpr" && e.op === "~");
}

function termsInterface(terms: types.Term[]): types.Interface {
  const iface = new types.Interface([], []);
  iface.allMethods = [];
  iface.terms = terms;
  return iface;
}

/** The terms of a union, flattening embedded constraint interfaces (Integer | Float). */
export function unionTerms(c: Checker, e: ast.Expr): types.Term[] {
  if (e.kind === "BinaryExpr" && e.op === "|") return [...unionTerms(c, e.x), ...unionTerms(c, e.y)];
  if (e.kind === "UnaryExpr" && e.op === "~") return [{ tilde: true, type: typ(c, e.x) }];
  const t = typ(c, e);
  const u = under(t);
  if (u.tag === "Interface" && u.terms) return u.terms;
  return [{ tilde: false, type: t }];
}

/** A generic function: its type parameters and its signature over them. The body is checked
 *  per instance. */
export function genericFuncDecl(c: Checker, obj: types.Func, d: DeclInfo): void {
  const fd = d.fdecl!;
  const g: types.Generic = { tparams: [], ready: false, instantiate: (targs, pos) => instFunc(c, obj, d, targs, pos) };
  obj.generic = g;
  const cache: { targs: types.Type[]; fn: types.Func }[] = [];
  funcCaches.set(obj, cache);
  const { scope, tparams } = declareTypeParams(c, fd.type.typeParams!, g);
  g.tparams = tparams;
  const saved = c.ctx.scope;
  c.ctx.scope = scope;
  obj.type = funcType(c, undefined, fd.type, obj);
  c.ctx.scope = saved;
  g.ready = true;
  if (fd.body) checkTemplateBody(c, d.fileScope, fd.body);
}

const funcCaches = new WeakMap<types.Func, { targs: types.Type[]; fn: types.Func }[]>();

/** A generic type: its type parameters; its right side and methods are checked per instance. */
export function genericTypeDecl(c: Checker, obj: types.TypeName, s: ast.TypeSpec): void {
  const g: types.Generic = { tparams: [], ready: false, instantiate: (targs, pos) => instType(c, obj, targs, pos) };
  obj.generic = g;
  const tmpl = new types.Named(obj);
  tmpl.underlying = invalidType;
  obj.type = tmpl;
  typeTemplates.set(obj, { fileScope: c.ctx.scope, spec: s, methods: [], cache: [] });
  g.tparams = declareTypeParams(c, s.typeParams!, g).tparams;
  g.ready = true;
  // Its right side is checked once with its own type parameters too, as types2 checks a generic
  // declaration: an invalid recursive instance in it is reported where it is written.
  c.later(() => {
    const self = new types.Named(obj);
    self.orig = tmpl;
    self.targs = g.tparams;
    self.underlying = invalidType;
    const scope = bindTypeParams(c, typeTemplates.get(obj)!.fileScope, paramNames(s.typeParams), g.tparams);
    inScope(c, scope, () => definedType(c, cloneSyntax(s.type), self));
  });
}

/** collectMethods for a generic type: its methods are templates, instantiated with the type. */
export function genericMethods(c: Checker, obj: types.TypeName, ms: types.Func[]): void {
  const t = typeTemplates.get(obj)!;
  for (const m of ms) {
    m.generic = obj.generic;
    t.methods.push(m);
    const body = c.objMap.get(m)?.fdecl?.body;
    if (body) checkTemplateBody(c, c.objMap.get(m)!.fileScope, body);
  }
}

/** Whether a method's receiver names a generic type (func (l *List[T]) ...). */
export function hasGenericRecv(fd: ast.FuncDecl): boolean {
  if (!fd.recv) return false;
  let e = fd.recv.type;
  while (e.kind === "ParenExpr" || e.kind === "StarExpr") e = e.x;
  return e.kind === "IndexExpr" || e.kind === "IndexListExpr";
}

/**
 * What is checked of a template body before any instance: a body is checked only per instance,
 * so the imports it uses are marked used here (a generic helper nobody instantiates must not
 * make its imports "not used"; only a package name in selector position counts, which is all
 * a body can do with one), and a type declaration in it is Go 1.19's error.
 */
function checkTemplateBody(c: Checker, fileScope: types.Scope, body: ast.BlockStmt): void {
  const walk = (n: unknown): void => {
    if (Array.isArray(n)) {
      for (const x of n) walk(x);
      return;
    }
    if (n === null || typeof n !== "object") return;
    const o = n as { kind?: string; x?: ast.Expr; decl?: ast.GenDecl; pos: ast.Pos };
    if (o.kind === "SelectorExpr" && o.x && o.x.kind === "Ident") {
      const pn = fileScope.lookup(o.x.name);
      if (pn && pn.tag === "PkgName") pn.used = true;
    }
    if (o.kind === "DeclStmt" && o.decl?.tok === "type") {
      // gc's noder reports it, after a type check without errors.
      c.noderErrors.push({ pos: o.pos, msg: "type declarations inside generic functions are not currently supported" });
    }
    for (const k in o) if (k !== "pos") walk((o as Record<string, unknown>)[k]);
  };
  walk(body);
}

// ---- Instantiation ----

/** A fresh copy of a declaration's syntax (positions shared), for one instance to own. */
function cloneSyntax<N>(n: N): N {
  if (Array.isArray(n)) return n.map((x) => cloneSyntax(x)) as N;
  if (n === null || typeof n !== "object") return n;
  const o = n as Record<string, unknown>;
  if (!("kind" in o) && "line" in o && "col" in o) return n; // a Pos
  const out: Record<string, unknown> = {};
  for (const k in o) out[k] = k === "pos" ? o[k] : cloneSyntax(o[k]);
  return out as N;
}

/** A scope in which a type parameter list's names denote the type arguments. */
function bindTypeParams(c: Checker, parent: types.Scope, names: (ast.Ident | undefined)[], targs: types.Type[]): types.Scope {
  const scope = new types.Scope(parent, "instance");
  names.forEach((id, i) => {
    if (!id || id.name === "_") return;
    const obj: types.TypeName = { tag: "TypeName", name: id.name, pos: id.pos, pkg: c.pkg, type: targs[i] ?? invalidType, typeArg: true };
    scope.elems.set(id.name, obj);
    c.recordDef(id, obj);
  });
  return scope;
}

function paramNames(list: ast.Field[] | undefined): ast.Ident[] {
  return (list ?? []).flatMap((f) => f.names);
}

/** Runs f with the checker's context at scope (an instance is checked outside any expression). */
function inScope<R>(c: Checker, scope: types.Scope, f: () => R): R {
  const saved = c.ctx;
  const savedErrpos = c.errpos;
  c.ctx = { decl: undefined, scope, iota: undefined, sig: undefined, hasLabel: false, hasCallOrRecv: false };
  c.errpos = undefined;
  try {
    return f();
  } finally {
    c.ctx = saved;
    c.errpos = savedErrpos;
  }
}

function tooMany(c: Checker, pos: ast.Pos, name: string): void {
  c.error(pos, `instantiation cycle: ${name} is instantiated more than ${MAX_INSTANCES} times`);
}

/** Checks an instance's body once the package's objects are done (or now, if they are). */
function checkBodyLater(c: Checker, d: DeclInfo, fn: types.Func): void {
  const body = fn.decl!.body;
  if (!body) return;
  const sig = fn.type;
  c.later(() => {
    const saved = c.inInstance;
    c.inInstance = true;
    try {
      funcBody(c, d, fn.name, sig, body, undefined);
    } finally {
      c.inInstance = saved;
    }
  });
  finishLate(c);
}

function instFunc(c: Checker, obj: types.Func, d: DeclInfo, targs: types.Type[], pos: ast.Pos): types.Func {
  const cache = funcCaches.get(obj)!;
  const hit = cache.find((e) => sameTypes(e.targs, targs));
  if (hit) return hit.fn;
  if (cache.length >= MAX_INSTANCES) {
    tooMany(c, pos, obj.name);
    return cache[0]!.fn;
  }
  const decl = cloneSyntax(d.fdecl!);
  const inst: types.Func = { tag: "Func", name: obj.name, pos: obj.pos, pkg: obj.pkg, type: obj.type, decl, inst: { orig: obj, targs } };
  cache.push({ targs, fn: inst });
  const scope = bindTypeParams(c, d.fileScope, paramNames(decl.type.typeParams), targs);
  inst.type = inScope(c, scope, () => funcType(c, undefined, decl.type, inst));
  c.recordDef(decl.name, inst);
  c.info.instances.push({ obj: inst, decl, file: decl.pos.file });
  checkBodyLater(c, { ...d, fdecl: decl }, inst);
  return inst;
}

function instType(c: Checker, obj: types.TypeName, targs: types.Type[], pos: ast.Pos): types.Named {
  const t = typeTemplates.get(obj)!;
  const shallow = targs.some((a) => hasTypeParam(a));
  const hit = t.cache.find((e) => sameTypes(e.targs, targs));
  if (hit) return hit.named;
  const named = new types.Named(obj);
  named.orig = obj.type as types.Named;
  named.targs = targs;
  named.instPos = pos;
  named.underlying = invalidType;
  if (t.cache.length >= MAX_INSTANCES) {
    tooMany(c, pos, obj.name);
    return named;
  }
  t.cache.push({ targs, named });
  const scope = bindTypeParams(c, t.fileScope, paramNames(t.spec.typeParams), targs);
  inScope(c, scope, () => {
    const rhs = definedType(c, cloneSyntax(t.spec.type), named);
    named.fromRHS = rhs;
    named.underlying = rhs.tag === "Named" ? rhs.underlying : rhs;
  });
  // An instance that embeds itself (type U[X any] struct{ u U[X] }) is an invalid recursive
  // type, as its declaration is (types2 validType follows instances): reported once, for the
  // first instance found so (the declaration's own, genericTypeDecl), the others made invalid.
  c.later(() => {
    if (t.invalid) {
      named.underlying = invalidType;
      return;
    }
    validType(c, named);
    if (named.underlying === invalidType) t.invalid = true;
  });
  if (!shallow) for (const m of t.methods) instMethod(c, m, named, targs);
  return named;
}

/** The receiver's type parameter names: func (l *List[E]) binds E. A blank one (List[_]) is
 *  renamed in the instance's copy, so that the receiver type can name what it stands for. */
function recvTypeParams(recv: ast.Field): (ast.Ident | undefined)[] {
  let e = recv.type;
  while (e.kind === "ParenExpr" || e.kind === "StarExpr") e = e.x;
  const list = e.kind === "IndexExpr" ? [e.index] : e.kind === "IndexListExpr" ? e.indices : [];
  return list.map((x, i) => {
    if (x.kind !== "Ident") return undefined;
    if (x.name === "_") (x as { name: string }).name = `_${i}`;
    return x;
  });
}

function instMethod(c: Checker, m: types.Func, named: types.Named, targs: types.Type[]): void {
  const d = c.objMap.get(m);
  if (!d || !d.fdecl) return;
  const decl = cloneSyntax(d.fdecl);
  const inst: types.Func = { tag: "Func", name: m.name, pos: m.pos, pkg: m.pkg, type: m.type, decl, inst: { orig: m, targs, recv: named } };
  if (m.name !== "_") named.methods.push(inst);
  const scope = bindTypeParams(c, d.fileScope, recvTypeParams(decl.recv!), targs);
  inst.type = inScope(c, scope, () => funcType(c, decl.recv, decl.type, inst));
  c.recordDef(decl.name, inst);
  c.info.instances.push({ obj: inst, decl, file: decl.pos.file });
  checkBodyLater(c, { ...d, fdecl: decl }, inst);
}

function sameTypes(a: types.Type[], b: types.Type[]): boolean {
  return a.length === b.length && a.every((t, i) => identical(t, b[i]!));
}

/** Whether t mentions a type parameter (a signature of a generic function does). */
export function hasTypeParam(t: types.Type, seen = new Set<types.Type>()): boolean {
  if (seen.has(t)) return false;
  seen.add(t);
  switch (t.tag) {
    case "Named":
      return t.tparam !== undefined || (t.targs ?? []).some((a) => hasTypeParam(a, seen));
    case "Pointer": case "Slice": case "Array": case "Chan":
      return hasTypeParam(t.elem, seen);
    case "Map":
      return hasTypeParam(t.key, seen) || hasTypeParam(t.elem, seen);
    case "Signature":
      return [...t.params.vars, ...t.results.vars].some((v) => hasTypeParam(v.type, seen));
    case "Struct":
      return t.fields.some((f) => hasTypeParam(f.type, seen));
    case "Tuple":
      return t.vars.some((v) => hasTypeParam(v.type, seen));
    case "Interface":
      return (t.terms ?? []).some((x) => hasTypeParam(x.type, seen)) ||
        (t.allMethods ?? t.methods).some((m) => hasTypeParam(m.type, seen)) ||
        t.embeddeds.some((e) => hasTypeParam(e, seen));
    default:
      return false;
  }
}

/** `List[T any]`, `Map[K comparable, V any]`: a template's name with its type parameters. */
export function templateString(c: Checker, name: string, g: types.Generic): string {
  const ps = g.tparams.map((tp) => `${tp.obj.name} ${c.ts(tp.underlying)}`);
  return `${name}[${ps.join(", ")}]`;
}

/**
 * Instantiates a template after checking the number of type arguments and their constraints.
 * at: where a constraint failure is reported, per type argument (its expression when written,
 * the call's parenthesis when inferred, as types2 reports them).
 */
export function instantiate(c: Checker, name: string, g: types.Generic, targs: types.Type[], pos: ast.Pos, at?: (i: number) => ast.Pos): types.Func | types.Named | undefined {
  if (targs.length !== g.tparams.length) {
    c.error(pos, `got ${targs.length} arguments but ${g.tparams.length} type parameters`);
    return undefined;
  }
  if (targs.some((t) => t === invalidType)) return undefined;
  if (!targs.some((a) => hasTypeParam(a)) && !satisfies(c, g, targs, at ?? (() => pos))) return undefined;
  void name;
  return g.instantiate(targs, pos);
}

// ---- Constraints ----

/** Whether each type argument satisfies its constraint (types2 Checker.implements). */
function satisfies(c: Checker, g: types.Generic, targs: types.Type[], posOf: (i: number) => ast.Pos): boolean {
  return g.tparams.every((tp, i) => {
    const why = unsatisfied(c, tp.underlying, targs[i]!);
    if (why === undefined) return true;
    c.error(posOf(i), why);
    return false;
  });
}

/** Why t does not satisfy constraint bound, in types2's words (implements), or undefined. */
function unsatisfied(c: Checker, bound: types.Type, t: types.Type): string | undefined {
  const iface = under(bound);
  if (iface.tag !== "Interface" || hasTypeParam(iface)) return undefined;
  const head = `${c.ts(t)} does not implement ${c.ts(bound)}`;
  const m = missingMethod(t, iface, true);
  if (m) return `${head} (missing ${m.method.name} method)`;
  if (isComparableConstraint(iface) && !strictlyComparable(t)) return `${c.ts(t)} does not implement comparable`;
  const terms = iface.terms ?? embeddedTerms(iface);
  if (terms && !terms.some((term) => (term.tilde ? identical(under(t), under(term.type)) : identical(t, term.type)))) {
    return `${head} (${c.ts(t)} missing in ${c.ts(termsInterface(terms))})`;
  }
  return undefined;
}

function embeddedTerms(iface: types.Interface): types.Term[] | undefined {
  for (const e of iface.embeddeds) {
    const u = under(e);
    if (u.tag === "Interface" && u.terms) return u.terms;
  }
  return undefined;
}

function isComparableConstraint(iface: types.Interface): boolean {
  return iface.comparable || iface.embeddeds.some((e) => {
    const u = under(e);
    return u.tag === "Interface" && isComparableConstraint(u);
  });
}

/** Go 1.19's comparable: interfaces (and what holds one) are not strictly comparable. */
function strictlyComparable(t: types.Type): boolean {
  const u = under(t);
  if (u.tag === "Interface") return false;
  if (u.tag === "Struct") return u.fields.every((f) => strictlyComparable(f.type));
  if (u.tag === "Array") return strictlyComparable(u.elem);
  return comparable(t);
}

/** A constraint's core type: the one underlying type all its terms share, if any. */
function coreTerm(bound: types.Type): types.Term | undefined {
  const iface = under(bound);
  if (iface.tag !== "Interface") return undefined;
  const terms = iface.terms ?? embeddedTerms(iface);
  if (!terms || terms.length === 0) return undefined;
  const u = under(terms[0]!.type);
  if (!terms.every((t) => identical(under(t.type), u))) return undefined;
  return terms.length === 1 ? terms[0] : { tilde: true, type: u };
}

// ---- Inference ----

/**
 * infer finds the type arguments of a call to a generic function (types2 infer): function
 * argument inference from the typed arguments, then from the default types of untyped constant
 * arguments, then constraint type inference from core types. Reports and returns undefined
 * when a type argument is left unknown or an argument does not match.
 */
export function infer(c: Checker, call: ast.CallExpr, fn: types.Func, given: types.Type[], args: Operand[]): types.Type[] | undefined {
  const g = fn.generic!;
  const bind: (types.Type | undefined)[] = g.tparams.map((_, i) => given[i]);
  const u = new Unifier(g, bind);
  const params = paramTypes(fn.type, args.length, call.hasEllipsis);
  const untyped: number[] = [];
  for (let i = 0; i < args.length && i < params.length; i++) {
    const a = args[i]!;
    if (a.mode === "invalid") return undefined;
    if (!hasTypeParam(params[i]!)) continue;
    if (!isTyped(a.type)) {
      untyped.push(i);
      continue;
    }
    if (!u.unify(params[i]!, a.type)) {
      mismatch(c, a, params[i]!, bind, g);
      return undefined;
    }
  }
  // As Go 1.19's infer: constraint type inference, then untyped constants' default types, then
  // constraint type inference again.
  coreInference(u, g, bind);
  // A parameter still unknown takes the first untyped argument's default type; a later untyped
  // argument for it must have the same default type (Go 1.19).
  const byDefault = new Set<number>();
  for (const i of untyped) {
    const p = params[i]!;
    if (p.tag !== "Named" || p.tparam?.owner !== g) continue;
    const k = p.tparam.index;
    const d = defaultType(args[i]!.type);
    if (!isTyped(d)) continue;
    if (bind[k] === undefined) {
      bind[k] = d;
      byDefault.add(k);
    } else if (byDefault.has(k) && !identical(bind[k]!, d)) {
      c.error(startPos(args[i]!.expr!), `default type ${c.ts(d)} of ${c.es(args[i]!.expr!)} does not match inferred type ${c.ts(bind[k]!)} for ${p.obj.name}`);
      return undefined;
    }
  }
  coreInference(u, g, bind);
  const out: types.Type[] = [];
  for (let i = 0; i < bind.length; i++) {
    const b = bind[i] === undefined ? undefined : u.subst(bind[i]!);
    if (b === undefined || hasTypeParam(b)) {
      const at = g.tparams[i]!.obj.pos!;
      const file = c.conf.absPath ? c.conf.absPath(at.file) : at.file;
      c.error(call.lparen, `cannot infer ${g.tparams[i]!.obj.name} (${file}:${at.line}:${at.col})`);
      return undefined;
    }
    out.push(b);
  }
  return out;
}

/** The type arguments of a generic function given some of them, completed by constraint type
 *  inference alone (First[[]int] of First[S ~[]E, E any]); undefined if some stay unknown. */
export function inferFromConstraints(fn: types.Func, given: types.Type[]): types.Type[] | undefined {
  const g = fn.generic!;
  const bind: (types.Type | undefined)[] = g.tparams.map((_, i) => given[i]);
  const u = new Unifier(g, bind);
  coreInference(u, g, bind);
  const out = bind.map((b) => (b === undefined ? undefined : u.subst(b)));
  return out.every((b) => b !== undefined && !hasTypeParam(b)) ? (out as types.Type[]) : undefined;
}

/** Whether a conversion's type names a type parameter in an instance: T(100) is not a constant
 *  there, as in the generic body Go checks (the type set may hold several types). */
export function namesTypeArg(c: Checker, e: ast.Expr): boolean {
  while (e.kind === "ParenExpr") e = e.x;
  if (e.kind !== "Ident") return false;
  const o = c.info.uses.get(e);
  return o !== undefined && o.tag === "TypeName" && o.typeArg === true;
}

/** The parameter type each argument is passed to (a variadic tail repeats the element type). */
function paramTypes(sig: types.Signature, nargs: number, ddd: boolean): types.Type[] {
  const ps = sig.params.vars.map((v) => v.type);
  if (!sig.variadic || ddd) return ps;
  const last = ps.pop() as types.Slice;
  while (ps.length < nargs) ps.push(last.elem);
  return ps;
}

function mismatch(c: Checker, a: Operand, p: types.Type, bind: (types.Type | undefined)[], g: types.Generic): void {
  const at = startPos(a.expr!);
  if (p.tag === "Named" && p.tparam?.owner === g && bind[p.tparam.index]) {
    c.error(at, `type ${c.ts(a.type)} of ${c.es(a.expr!)} does not match inferred type ${c.ts(bind[p.tparam.index]!)} for ${c.ts(p)}`);
  } else {
    c.error(at, `type ${c.ts(a.type)} of ${c.es(a.expr!)} does not match ${c.ts(p)}`);
  }
}

/** Constraint type inference: a parameter with a core type (S ~[]E) both gives and takes. */
function coreInference(u: Unifier, g: types.Generic, bind: (types.Type | undefined)[]): void {
  for (let round = 0; round < g.tparams.length + 1; round++) {
    let changed = false;
    g.tparams.forEach((tp, i) => {
      const core = coreTerm(tp.underlying);
      if (!core) return;
      const before = bind.filter((b) => b !== undefined).length;
      const b = bind[i];
      if (b !== undefined) u.unify(core.type, core.tilde ? under(b) : b);
      else if (!hasTypeParam(u.subst(core.type)) || !core.tilde) bind[i] = u.subst(core.type);
      if (bind.filter((x) => x !== undefined).length !== before) changed = true;
    });
    if (!changed) return;
  }
}

/** Unification of a parameter type (with type parameters) and an argument type (types2 unifier,
 *  inexact: a defined type unifies with a type literal through its underlying type). */
class Unifier {
  constructor(readonly g: types.Generic, readonly bind: (types.Type | undefined)[]) {}

  private index(t: types.Type): number | undefined {
    return t.tag === "Named" && t.tparam?.owner === this.g ? t.tparam.index : undefined;
  }

  unify(x: types.Type, y: types.Type, depth = 0): boolean {
    if (depth > 64) return false;
    const i = this.index(x);
    if (i !== undefined) {
      const b = this.bind[i];
      if (b === undefined) {
        this.bind[i] = y;
        return true;
      }
      if (identical(b, y)) return true;
      if (hasTypeParam(b)) return this.unify(b, y, depth + 1);
      // A defined type and a type literal with the same underlying type unify (inexact).
      if (b.tag === "Named" && y.tag !== "Named") return identical(under(b), y);
      if (y.tag === "Named" && b.tag !== "Named" && identical(b, under(y))) {
        this.bind[i] = y;
        return true;
      }
      return false;
    }
    if (!hasTypeParam(x)) return identical(x, y) || (x.tag !== "Named" && y.tag === "Named" && identical(x, under(y))) || (x.tag === "Named" && y.tag !== "Named" && identical(under(x), y));
    if (x.tag === "Named" && x.orig) {
      // A generic defined type unifies with a type literal through its underlying type.
      if (y.tag !== "Named") return x.underlying !== invalidType && this.unify(x.underlying, y, depth + 1);
      if (y.orig !== x.orig) return false;
      const yargs = y.targs!;
      return x.targs!.every((a, k) => this.unify(a, yargs[k]!, depth + 1));
    }
    if (y.tag === "Named") y = under(y);
    switch (x.tag) {
      case "Pointer":
        return y.tag === "Pointer" && this.unify(x.elem, y.elem, depth + 1);
      case "Slice":
        return y.tag === "Slice" && this.unify(x.elem, y.elem, depth + 1);
      case "Array":
        return y.tag === "Array" && x.len === y.len && this.unify(x.elem, y.elem, depth + 1);
      case "Chan":
        return y.tag === "Chan" && this.unify(x.elem, y.elem, depth + 1);
      case "Map":
        return y.tag === "Map" && this.unify(x.key, y.key, depth + 1) && this.unify(x.elem, y.elem, depth + 1);
      case "Signature":
        return y.tag === "Signature" && x.variadic === y.variadic &&
          x.params.vars.length === y.params.vars.length && x.results.vars.length === y.results.vars.length &&
          x.params.vars.every((v, k) => this.unify(v.type, y.params.vars[k]!.type, depth + 1)) &&
          x.results.vars.every((v, k) => this.unify(v.type, y.results.vars[k]!.type, depth + 1));
      case "Struct":
        return y.tag === "Struct" && x.fields.length === y.fields.length &&
          x.fields.every((f, k) => f.name === y.fields[k]!.name && this.unify(f.type, y.fields[k]!.type, depth + 1));
      default:
        return false;
    }
  }

  /** t with the bound type parameters replaced by their types. */
  subst(t: types.Type, depth = 0): types.Type {
    if (depth > 64 || !hasTypeParam(t)) return t;
    const i = this.index(t);
    if (i !== undefined) {
      const b = this.bind[i];
      return b === undefined || b === t ? t : this.subst(b, depth + 1);
    }
    const s = (x: types.Type): types.Type => this.subst(x, depth + 1);
    switch (t.tag) {
      case "Named": {
        if (!t.orig || !t.targs) return t;
        const targs = t.targs.map(s);
        if (targs.some((a) => hasTypeParam(a))) return t;
        return t.orig.obj.generic!.instantiate(targs, t.obj.pos!) as types.Named;
      }
      case "Pointer": return new types.Pointer(s(t.elem));
      case "Slice": return new types.Slice(s(t.elem));
      case "Array": return new types.ArrayT(s(t.elem), t.len);
      case "Chan": return new types.Chan(t.dir, s(t.elem));
      case "Map": return new types.MapT(s(t.key), s(t.elem));
      case "Signature": {
        const vars = (vs: types.Var[]) => new types.Tuple(vs.map((v) => ({ ...v, type: s(v.type) })));
        return new types.Signature(vars(t.params.vars), vars(t.results.vars), t.variadic);
      }
      case "Struct":
        return new types.Struct(t.fields.map((f) => ({ ...f, type: s(f.type) })), t.tags);
      default:
        return t;
    }
  }
}

/** The generic function an expression names, if it names one not yet instantiated. */
export function genericFuncOf(c: Checker, e: ast.Expr): types.Func | undefined {
  while (e.kind === "ParenExpr") e = e.x;
  const id = e.kind === "Ident" ? e : e.kind === "SelectorExpr" ? e.sel : undefined;
  const o = id ? c.info.uses.get(id) : undefined;
  return o && o.tag === "Func" && o.generic && !o.inst && !o.decl?.recv ? o : undefined;
}

/** Records that e (the function of a call, or an index expression) denotes instance inst. */
export function recordInstance(c: Checker, e: ast.Expr, inst: types.Func): void {
  const tv: types.TypeAndValue = { mode: "value", type: inst.type };
  switch (e.kind) {
    case "ParenExpr":
      c.info.types.set(e, tv);
      recordInstance(c, e.x, inst);
      return;
    case "Ident":
      c.info.uses.set(e, inst);
      c.info.types.set(e, tv);
      return;
    case "SelectorExpr":
      c.info.uses.set(e.sel, inst);
      c.info.types.set(e, tv);
      return;
    case "IndexExpr":
    case "IndexListExpr":
      c.info.instExprs.add(e);
      c.info.types.set(e, tv);
      recordInstance(c, e.x, inst);
      return;
    default:
      return;
  }
}

export { Typ };
