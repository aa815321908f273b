// Collecting a package's objects before any of them is type-checked.
//
// Models go/types resolver.go (Go 1.19): collectObjects creates one object per package-level
// name (file scopes hold imports), remembers each object's DeclInfo, and groups methods by the
// name of their receiver base type; packageObjects then type-checks all objects in source order,
// types first.
//
// Invariants: after collectObjects every package-level object is in Checker.objMap with type
// NoType; objDecl later replaces it.

import type * as ast from "../ast.js";
import { hasBody } from "../ast.js";
import * as types from "../types.js";
import type { Checker, DeclInfo } from "./check.js";
import { newVar, universe } from "./universe.js";
import { NoType, objDecl } from "./decl.js";
import { makeInt } from "../constant.js";

export function collectObjects(c: Checker): void {
  for (const file of c.files) {
    const fileScope = new types.Scope(c.pkg.scope, `file ${file.name}`);
    c.fileScopes.push(fileScope);
    c.recordScope(file, fileScope);
    c.recordDef(file.pkgName, undefined);
    for (const imp of file.imports) collectImport(c, fileScope, imp);
    for (const d of file.decls) collectDecl(c, fileScope, d);
  }
  // Objects declared in file scopes must not conflict with package-level objects.
  for (const fs of c.fileScopes) {
    for (const [name, obj] of fs.elems) {
      const alt = c.pkg.scope.lookup(name);
      if (alt && obj.tag === "PkgName" && obj.pos) {
        c.error(alt.pos!, `${name} already declared through import of package ${obj.imported.name} (${JSON.stringify(obj.imported.path)})`);
      }
    }
  }
}

function collectImport(c: Checker, fileScope: types.Scope, imp: ast.ImportSpec): void {
  if (imp.path === "C") {
    // cgo: the pseudo-package is set up by cgo.ts; nothing to declare here.
    return;
  }
  const pkg = c.conf.importPackage(imp.path);
  if (!pkg) return; // program.ts reported the missing package
  if (!c.pkg.imports.includes(pkg)) c.pkg.imports.push(pkg);
  const name = imp.name ? imp.name.name : pkg.name;
  const pn: types.PkgName = { tag: "PkgName", name, pos: imp.pos, pkg: c.pkg, type: NoType, imported: pkg, used: false };
  if (name === "_") {
    if (imp.name) c.recordDef(imp.name, undefined);
    return;
  }
  if (imp.name) c.recordDef(imp.name, pn);
  else c.recordImplicit(imp, pn);
  if (name === ".") {
    c.pkgNames.push(pn);
    for (const [n, o] of pkg.scope.elems) {
      if (isExportedName(n)) {
        fileScope.elems.set(n, o);
        c.dotImports.set(o, pn);
      }
    }
    return;
  }
  c.pkgNames.push(pn);
  c.declare(fileScope, undefined, pn);
}

function isExportedName(n: string): boolean {
  return /^[A-Z]/.test(n) || (n.charCodeAt(0) > 127 && n[0]!.toUpperCase() === n[0] && n[0]!.toLowerCase() !== n[0]);
}

function newDecl(fileScope: types.Scope): DeclInfo {
  return { fileScope, deps: new Set() };
}

function declarePkgObj(c: Checker, id: ast.Ident, obj: types.Obj, d: DeclInfo): void {
  if (id.name === "init" || (id.name === "main" && c.pkg.name === "main")) {
    if (obj.tag !== "Func") {
      c.error(id.pos, `cannot declare ${id.name} - must be func`);
      return;
    }
  }
  c.declare(c.pkg.scope, id, obj);
  c.objMap.set(obj, d);
}

function collectDecl(c: Checker, fileScope: types.Scope, d: ast.Decl): void {
  if (d.kind === "BadDecl") return;
  if (d.kind === "FuncDecl") {
    collectFunc(c, fileScope, d);
    return;
  }
  if (d.tok === "import") return;
  let last: ast.ValueSpec | undefined;
  for (const s of d.specs) {
    if (s.kind === "ValueSpec" && d.tok === "const") {
      if (s.type || s.values.length > 0) last = s;
      collectConstSpec(c, fileScope, s, last ?? s);
    } else if (s.kind === "ValueSpec") {
      collectVarSpec(c, fileScope, s);
    } else if (s.kind === "TypeSpec") {
      const obj: types.TypeName = { tag: "TypeName", name: s.name.name, pos: s.name.pos, pkg: c.pkg, type: NoType };
      const di = newDecl(fileScope);
      di.tspec = s;
      declarePkgObj(c, s.name, obj, di);
    }
  }
}

/** collectConstSpec declares the constants of one spec; init is the spec providing type and values. */
function collectConstSpec(c: Checker, fileScope: types.Scope, s: ast.ValueSpec, init: ast.ValueSpec): DeclInfo[] {
  const out: DeclInfo[] = [];
  s.names.forEach((id, i) => {
    const obj: types.Const = { tag: "Const", name: id.name, pos: id.pos, pkg: c.pkg, type: NoType, val: makeInt(BigInt(s.iota)) };
    const di = newDecl(fileScope);
    di.vtype = init.type;
    di.init = init.values[i];
    di.iota = s.iota;
    di.inherited = init !== s;
    declarePkgObj(c, id, obj, di);
    out.push(di);
  });
  arityConst(c, s, init);
  return out;
}

/** arityConst reports missing or extra init expressions (go/types arityMatch for constants). */
export function arityConst(c: Checker, s: ast.ValueSpec, init: ast.ValueSpec): void {
  const l = s.names.length;
  const r = init.values.length;
  if (l < r && init === s) {
    c.error(init.values[l]!.pos, "extra init expr");
  } else if (l > r) {
    c.error(s.names[r]!.pos, `missing init expr for ${s.names[r]!.name}`);
  }
}

function collectVarSpec(c: Checker, fileScope: types.Scope, s: ast.ValueSpec): void {
  const lhs = s.names.map((id) => newVar(id.name, NoType, id.pos, c.pkg));
  let shared: DeclInfo | undefined;
  if (s.values.length === 1 && s.names.length > 1) {
    shared = newDecl(fileScope);
    shared.lhs = lhs;
    shared.vtype = s.type;
    shared.init = s.values[0];
  }
  s.names.forEach((id, i) => {
    let di = shared;
    if (!di) {
      di = newDecl(fileScope);
      di.vtype = s.type;
      di.init = s.values[i];
    }
    declarePkgObj(c, id, lhs[i]!, di);
  });
  arityVar(c, s);
}

export function arityVar(c: Checker, s: ast.ValueSpec): void {
  const l = s.names.length;
  const r = s.values.length;
  if (r === 0 || r === l || r === 1) return;
  if (l < r) c.error(s.values[l]!.pos, "extra init expr");
  else c.error(s.names[r]!.pos, `assignment mismatch: ${l} variables but ${r} value${r === 1 ? "" : "s"}`);
}

function collectFunc(c: Checker, fileScope: types.Scope, d: ast.FuncDecl): void {
  const name = d.name.name;
  const sig = new types.Signature(new types.Tuple([]), new types.Tuple([]), false);
  const obj: types.Func = { tag: "Func", name, pos: d.name.pos, pkg: c.pkg, type: sig, decl: d };
  c.funcPending.add(obj);
  const di = newDecl(fileScope);
  di.fdecl = d;
  if (d.recv && d.type.typeParams && d.type.typeParams.length > 0) c.error(d.type.typeParams[0]!.pos, "methods cannot have type parameters");
  if (!d.recv) {
    if (name === "init" || (name === "main" && c.pkg.name === "main")) {
      if (d.type.params.length > 0 || d.type.results.length > 0) {
        c.error(d.name.pos, `func ${name} must have no arguments and no return values`);
      }
    }
    if (name === "init") {
      c.recordDef(d.name, obj);
      if (!hasBody(d)) c.error(d.name.pos, "missing function body");
      c.objMap.set(obj, di);
      return;
    }
    declarePkgObj(c, d.name, obj, di);
    return;
  }
  c.recordDef(d.name, obj);
  c.objMap.set(obj, di);
  const base = recvBaseName(d.recv.type);
  if (base !== undefined) {
    const list = c.methods.get(base) ?? [];
    list.push(obj);
    c.methods.set(base, list);
  } else {
    c.orphanMethods.push(obj);
  }
}

function recvBaseName(e: ast.Expr): string | undefined {
  for (;;) {
    if (e.kind === "ParenExpr") e = e.x;
    else if (e.kind === "StarExpr") e = e.x;
    else break;
  }
  if (e.kind === "IndexExpr" || e.kind === "IndexListExpr") e = e.x;
  return e.kind === "Ident" ? e.name : undefined;
}

/** packageObjects type-checks all package-level objects: type declarations first. */
export function packageObjects(c: Checker): void {
  // As go/types does: defined types first, then aliases, then everything else, so that an
  // alias is rarely needed before its type is known (type F = func(T); type T interface{ m(F) }).
  const objs = [...c.objMap.keys()];
  const alias = (o: types.Obj): boolean => o.tag === "TypeName" && !!c.objMap.get(o)!.tspec?.assign;
  for (const o of objs) if (o.tag === "TypeName" && !alias(o)) objDecl(c, o);
  for (const o of objs) if (alias(o)) objDecl(c, o);
  for (const o of objs) if (o.tag !== "TypeName") objDecl(c, o);
  // Methods whose receiver base type is not a package-level type name.
  for (const m of c.orphanMethods) objDecl(c, m);
  for (const [base, ms] of c.methods) {
    const o = c.pkg.scope.lookup(base);
    if (!o || o.tag !== "TypeName") for (const m of ms) objDecl(c, m);
  }
}

export { universe };
