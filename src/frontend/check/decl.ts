// Type-checking declarations: constants, variables, types, functions and methods.
//
// Models go/types decl.go (Go 1.19): objDecl with white/grey/black colouring and cycle
// detection (validCycle, cycleError), constDecl, varDecl, typeDecl (+ collectMethods),
// funcDecl and declStmt for local declarations; validType's check for invalid recursive types.
//
// Invariants:
//   - NoType marks an object whose type is not determined yet (go/types uses nil).
//   - Cycles among constants and variables only are left to initorder.ts, which reports them
//     as "initialization loop".

import type * as ast from "../ast.js";
import { hasBody } from "../ast.js";
import { startPos } from "./errors.js";
import * as types from "../types.js";
import { BasicKind as K } from "../types.js";
import type { Checker, DeclInfo } from "./check.js";
import { posString } from "./check.js";
import { invalidType, newVar } from "./universe.js";
import { definedType, funcType, typ, varType } from "./typexpr.js";
import { expr, exprWithHint } from "./expr.js";
import { newOperand, type Operand } from "./operand.js";
import { bad } from "./operand.js";
import { assignment, initVar, initVars } from "./assignments.js";
import { funcBody } from "./stmt.js";
import { finishLate } from "./late.js";
import { isConstType, under } from "./predicates.js";
import { makeInt, unknown } from "../constant.js";
import { arityConst, arityVar } from "./resolver.js";
import { genericFuncDecl, genericMethods, genericTypeDecl, hasGenericRecv } from "./generic.js";

/** The type of an object whose declaration has not been checked yet. */
export const NoType = new types.Basic(K.Invalid, 0, "invalid type");

export function objDecl(c: Checker, obj: types.Obj): void {
  const col = c.color.get(obj) ?? "white";
  if (col === "black") return;
  if (col === "grey") {
    handleCycle(c, obj);
    return;
  }
  const d = c.objMap.get(obj);
  if (!d) {
    c.color.set(obj, "black");
    return;
  }
  c.color.set(obj, "grey");
  c.objPath.push(obj);
  const saved = c.ctx;
  const savedErrpos = c.errpos;
  c.ctx = { decl: undefined, scope: d.fileScope, iota: undefined, sig: undefined, hasLabel: false, hasCallOrRecv: false };
  c.errpos = undefined;
  try {
    switch (obj.tag) {
      case "Const":
        c.ctx.decl = d;
        constDecl(c, obj, d.vtype, d.init, !!d.inherited, d.iota ?? 0);
        break;
      case "Var":
        c.ctx.decl = d;
        varDecl(c, obj, d.lhs, d.vtype, d.init);
        break;
      case "TypeName":
        typeDecl(c, obj, d.tspec!);
        collectMethods(c, obj);
        break;
      case "Func":
        funcDecl(c, obj, d);
        break;
      default:
        break;
    }
  } finally {
    c.ctx = saved;
    c.errpos = savedErrpos;
    c.objPath.pop();
    c.color.set(obj, "black");
  }
}

function handleCycle(c: Checker, obj: types.Obj): void {
  const valid = validCycle(c, obj);
  if (obj.tag === "Const" || obj.tag === "Var") {
    if (!valid || obj.type === NoType) obj.type = invalidType;
  } else if (obj.tag === "TypeName" && !valid) {
    obj.type = invalidType;
  }
}

/**
 * validCycle reports whether the cycle that reaches obj again is allowed (types2 validCycle):
 * one of constants and variables only (initorder.ts reports those), or one of types with at
 * least one type definition. Aliases alone would expand forever (type A = []A).
 */
function validCycle(c: Checker, obj: types.Obj): boolean {
  const start = c.objPath.indexOf(obj);
  const cycle = c.objPath.slice(start);
  let nval = 0;
  let ndef = 0;
  for (const o of cycle) {
    if (o.tag === "Const" || o.tag === "Var") nval++;
    else if (o.tag === "TypeName" && !isAlias(c, o)) ndef++;
  }
  if (nval === cycle.length) return true;
  if (nval === 0 && ndef > 0) return true;
  cycleError(c, cycle);
  return false;
}

/** Whether a type name is an alias: by its declaration at package level (its type may still be
 *  undetermined), by its type otherwise (types2 TypeName.IsAlias). */
function isAlias(c: Checker, o: types.TypeName): boolean {
  const d = c.objMap.get(o);
  if (d && d.tspec) return d.tspec.assign;
  return !(o.type.tag === "Named" && o.type.obj === o);
}

/** types2 cycleError (with gc's wording): the cycle from its first object in source order. */
export function cycleError(c: Checker, cycle: types.Obj[]): void {
  let i = firstInSrc(cycle);
  let obj = cycle[i]!;
  const isType = obj.tag === "TypeName";
  // An alias in the cycle is settled as invalid, so that its uses report nothing more.
  if (obj.tag === "TypeName" && c.brokenAliases.delete(obj)) obj.type = invalidType;
  let msg = isType ? `invalid recursive type ${obj.name}` : `illegal cycle in declaration of ${obj.name}`;
  const first = obj;
  for (let k = 0; k < cycle.length; k++) {
    msg += `\n\t${posString(obj.pos!)}: ${obj.name} refers to`;
    i = (i + 1) % cycle.length;
    obj = cycle[i]!;
  }
  msg += `\n\t${posString(obj.pos!)}: ${obj.name}`;
  c.error(first.pos!, msg);
}

function firstInSrc(objs: types.Obj[]): number {
  let best = 0;
  objs.forEach((o, i) => {
    const b = objs[best]!.pos!;
    const p = o.pos!;
    if (p.file < b.file || (p.file === b.file && (p.line < b.line || (p.line === b.line && p.col < b.col)))) best = i;
  });
  return best;
}

// ---- Constants and variables ----

export function constDecl(
  c: Checker,
  obj: types.Const,
  vtype: ast.Expr | undefined,
  init: ast.Expr | undefined,
  inherited: boolean,
  iota: number,
): void {
  c.ctx.iota = makeInt(BigInt(iota));
  obj.val = unknown;
  let declType: types.Type | undefined;
  if (vtype) {
    const t = typ(c, vtype);
    if (!isConstType(t)) {
      if (under(t) !== invalidType) c.error(vtype.pos, `invalid constant type ${c.ts(t)}`);
      obj.type = invalidType;
      return;
    }
    declType = t;
    obj.type = t;
  }
  const x = newOperand();
  if (init) {
    if (inherited) c.errpos = obj.pos;
    expr(c, x, init);
  }
  initConst(c, obj, x, declType);
  c.errpos = undefined;
}

function initConst(c: Checker, lhs: types.Const, x: Operand, declType: types.Type | undefined): void {
  if (x.mode === "invalid" || x.type === invalidType || lhs.type === invalidType) {
    if (lhs.type === NoType) lhs.type = invalidType;
    return;
  }
  if (x.mode !== "constant") {
    c.error(startPos(x.expr!), `${c.os(x)} is not constant`);
    if (lhs.type === NoType) lhs.type = invalidType;
    return;
  }
  if (!declType) lhs.type = x.type;
  assignment(c, x, lhs.type, "constant declaration");
  if (bad(x)) return;
  lhs.val = x.val!;
}

export function varDecl(
  c: Checker,
  obj: types.Var,
  lhs: types.Var[] | undefined,
  vtype: ast.Expr | undefined,
  init: ast.Expr | undefined,
): void {
  if (vtype) obj.type = varType(c, vtype);
  if (!init) {
    if (!vtype) obj.type = invalidType;
    return;
  }
  if (!lhs || lhs.length === 1) {
    const x = newOperand();
    exprWithHint(c, x, init, obj.type === NoType ? undefined : obj.type);
    initVar(c, obj, x, "variable declaration");
    return;
  }
  if (vtype) for (const v of lhs) v.type = obj.type;
  initVars(c, lhs, [init], undefined);
}

// ---- Types ----

export function typeDecl(c: Checker, obj: types.TypeName, s: ast.TypeSpec): void {
  if (s.typeParams && s.typeParams.length > 0) {
    if (s.assign) c.error(s.pos, "generic type cannot be alias");
    else {
      genericTypeDecl(c, obj, s);
      return;
    }
  }
  if (s.assign) {
    // While its right side is checked the alias is broken: a use of it reports an error.
    obj.type = invalidType;
    c.brokenAliases.add(obj);
    const t = typ(c, s.type);
    c.brokenAliases.delete(obj);
    obj.type = t;
    return;
  }
  const named = new types.Named(obj);
  named.underlying = invalidType;
  obj.type = named;
  // As in types2, a defined type is checked for invalid recursion once every declaration it
  // may reach has its right side (the delayed actions run after the package's objects).
  c.later(() => validType(c, named));
  const rhs = definedType(c, s.type, named);
  named.fromRHS = rhs;
  named.underlying = rhs.tag === "Named" ? rhs.underlying : rhs;
  if (named.underlying === undefined) named.underlying = invalidType;
  if (rhs.tag === "Named" && named.underlying === invalidType) {
    // A chain of defined types that comes back to this one (type A B; type B A) is invalid
    // (types2 Named.under)...
    const chain = namedChain(named, rhs);
    if (chain) cycleError(c, chain.map((n) => n.obj));
    else {
      // ...otherwise rhs's own resolution is in progress further up: when it succeeds, its
      // underlying type is copied here.
      const w = c.pendingUnder.get(rhs) ?? [];
      w.push(named);
      c.pendingUnder.set(rhs, w);
    }
  }
  settlePending(c, named);
}

/** The defined types from named through rhs and their right sides back to named, when the
 *  chain (all without an underlying type yet) is a cycle; undefined otherwise. */
function namedChain(named: types.Named, rhs: types.Named): types.Named[] | undefined {
  const path = [named];
  let n: types.Type | undefined = rhs;
  while (n && n.tag === "Named" && n !== named && n.underlying === invalidType && !path.includes(n)) {
    path.push(n);
    n = n.fromRHS;
  }
  return n === named ? path : undefined;
}

/** Give the types waiting on named's underlying type (see Checker.pendingUnder) their own. */
function settlePending(c: Checker, named: types.Named): void {
  const w = c.pendingUnder.get(named);
  if (!w || named.underlying === invalidType) return;
  c.pendingUnder.delete(named);
  for (const n of w) {
    n.underlying = named.underlying;
    settlePending(c, n);
  }
}

/**
 * validType reports a defined type that contains itself by value: through array elements,
 * struct fields and embedded interfaces, following each defined type's right side (types2
 * validType0). The first type found twice on the path is made invalid, so that a cycle is
 * reported once.
 */
export function validType(c: Checker, start: types.Named): void {
  const path: types.Named[] = [];
  const visit = (t: types.Type | undefined): boolean => {
    if (t === undefined) return true;
    switch (t.tag) {
      case "Array":
        return visit(t.elem);
      case "Struct":
        return t.fields.every((f) => visit(f.type));
      case "Interface":
        return t.embeddeds.every((e) => visit(e));
      case "Named": {
        if (c.validTypes.has(t) || t.obj.pkg !== c.pkg) return true;
        if (t.underlying === invalidType) return false;
        const at = path.indexOf(t);
        if (at >= 0) {
          t.underlying = invalidType;
          cycleError(c, path.slice(at).map((n) => (n.instPos !== undefined ? { ...n.obj, pos: n.instPos } : n.obj)));
          return false;
        }
        path.push(t);
        // An instance (U[X] in U's own declaration) has no right side of its own: its
        // substituted underlying type is what it embeds.
        const ok = visit(t.fromRHS ?? (t.orig !== undefined ? t.underlying : undefined));
        path.pop();
        if (ok) c.validTypes.add(t);
        return ok;
      }
      default:
        return true;
    }
  };
  visit(start);
}

/** collectMethods attaches the methods declared for type name obj to its Named type. */
function collectMethods(c: Checker, obj: types.TypeName): void {
  const ms = c.methods.get(obj.name);
  if (!ms || c.pkg.scope.lookup(obj.name) !== obj) return;
  c.methods.delete(obj.name);
  if (obj.generic) {
    genericMethods(c, obj, ms);
    return;
  }
  const named = obj.type.tag === "Named" ? obj.type : undefined;
  const u = named ? named.underlying : undefined;
  for (const m of ms) {
    if (!named) {
      objDecl(c, m);
      continue;
    }
    if (m.name !== "_") {
      if (u && u.tag === "Struct") {
        const f = u.fields.find((fl) => fl.name === m.name);
        if (f) {
          c.error(m.pos!, `field and method with the same name ${m.name}\n\t${posString(f.pos!)}: other declaration of ${m.name}`);
          objDecl(c, m);
          continue;
        }
      }
      const alt = named.methods.find((x) => x.name === m.name);
      if (alt) {
        c.error(m.pos!, `${obj.name}.${m.name} redeclared in this block\n\t${posString(alt.pos!)}: other declaration of ${m.name}`);
        objDecl(c, m);
        continue;
      }
      named.methods.push(m);
    }
  }
  for (const m of ms) objDecl(c, m);
}

// ---- Functions ----

function funcDecl(c: Checker, obj: types.Func, d: DeclInfo): void {
  const fd = d.fdecl!;
  c.funcPending.delete(obj);
  if (obj.generic || hasGenericRecv(fd)) return; // a method template: checked per instance
  if (fd.type.typeParams && fd.type.typeParams.length > 0 && !fd.recv) {
    genericFuncDecl(c, obj, d);
    return;
  }
  const sig = funcType(c, fd.recv, fd.type, obj);
  obj.type = sig;
  const has = hasBody(fd);
  if (!has && !c.conf.isStd && fd.name.name !== "init") c.error(fd.name.pos, "missing function body");
  if (has) {
    const lazy = c.conf.isStd ? c.conf.lazy : undefined;
    // A standard package's body waits until the program reaches it (lazy.ts); init functions
    // always run. The body is read then: a cached tree parses it on first read.
    if (lazy !== undefined && (fd.recv || fd.name.name !== "init")) {
      lazy.defer(obj, !!fd.recv, () => {
        c.later(() => funcBody(c, d, obj.name, sig, fd.body!, undefined));
        finishLate(c);
      });
    } else {
      const body = fd.body!;
      c.later(() => funcBody(c, d, obj.name, sig, body, undefined));
    }
  }
}

// ---- Local declarations ----

export function declStmt(c: Checker, d: ast.GenDecl): void {
  let last: ast.ValueSpec | undefined;
  for (const s of d.specs) {
    if (s.kind === "ValueSpec" && d.tok === "const") {
      if (s.type || s.values.length > 0) last = s;
      const init = last ?? s;
      const objs = s.names.map((id): types.Const => ({
        tag: "Const", name: id.name, pos: id.pos, pkg: c.pkg, type: NoType, val: unknown,
      }));
      objs.forEach((obj, i) => {
        constDecl(c, obj, init.type, init.values[i], init !== s, s.iota);
      });
      arityConst(c, s, init);
      objs.forEach((obj, i) => c.declare(c.ctx.scope, s.names[i], obj));
    } else if (s.kind === "ValueSpec") {
      localVarSpec(c, s);
    } else if (s.kind === "TypeSpec") {
      const obj: types.TypeName = { tag: "TypeName", name: s.name.name, pos: s.name.pos, pkg: c.pkg, type: NoType };
      c.declare(c.ctx.scope, s.name, obj);
      // Grey and on the object path while its right side is checked, as a package-level type
      // is in objDecl: a use of it inside is a cycle that validCycle judges (type L = []L).
      c.color.set(obj, "grey");
      c.objPath.push(obj);
      try {
        typeDecl(c, obj, s);
      } finally {
        c.objPath.pop();
        c.color.set(obj, "black");
      }
    }
  }
}

function localVarSpec(c: Checker, s: ast.ValueSpec): void {
  const lhs = s.names.map((id) => newVar(id.name, NoType, id.pos, c.pkg));
  if (s.values.length === 1 && s.names.length > 1) {
    varDecl(c, lhs[0]!, lhs, s.type, s.values[0]);
  } else {
    lhs.forEach((v, i) => varDecl(c, v, undefined, s.type, s.values[i]));
    if (s.values.length === 0 && !s.type) for (const v of lhs) v.type = invalidType;
  }
  arityVar(c, s);
  for (const v of lhs) if (v.type === NoType) v.type = invalidType;
  lhs.forEach((v, i) => c.declare(c.ctx.scope, s.names[i], v));
}
