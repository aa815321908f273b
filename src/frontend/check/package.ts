// Type-checking one package: the phases of go/types' checkFiles.
//
// Models go/types check.go checkFiles (Go 1.19): collect objects, check package objects,
// process delayed actions (function bodies, map key checks), compute the initialization order,
// report unused imports, and record the remaining untyped expressions.
//
// Invariant: diagnostics are returned in report order (gc counts errors in this order).

import type * as ast from "../ast.js";
import * as types from "../types.js";
import { Checker, type CheckConfig } from "./check.js";
import type { Diagnostic } from "./errors.js";
import { collectObjects, packageObjects } from "./resolver.js";
import { initOrder } from "./initorder.js";
import { universe } from "./universe.js";

export function newPackage(path: string, name: string): types.Package {
  return { path, name, scope: new types.Scope(universe, `package ${path}`), imports: [] };
}

function processDelayed(c: Checker): void {
  for (let i = 0; i < c.delayed.length; i++) c.delayed[i]!();
  c.delayed.length = 0;
}

function unusedImports(c: Checker): void {
  for (const pn of c.pkgNames) {
    if (pn.used) continue;
    const path = JSON.stringify(pn.imported.path);
    const pos = pn.pos!;
    // types2's errorUnusedPkg: a name other than the path's last element (a renamed import, or
    // a package whose clause differs from its directory) is shown.
    const spec = findSpec(c, pos);
    const name = spec?.name?.name ?? pn.imported.name;
    const elem = pn.imported.path.slice(pn.imported.path.lastIndexOf("/") + 1);
    if (name !== "." && name !== elem) c.softError(pos, `imported and not used: ${path} as ${name}`);
    else c.softError(pos, `imported and not used: ${path}`);
  }
}

function findSpec(c: Checker, pos: ast.Pos): ast.ImportSpec | undefined {
  for (const f of c.files) for (const i of f.imports) if (i.pos === pos) return i;
  return undefined;
}

function recordUntyped(c: Checker): void {
  for (const [e, u] of c.untyped) c.recordTypeAndValue(e, u.mode, u.type, u.val);
  c.untyped.clear();
}

/** checkPackage type-checks files as package pkg, filling info. */
export function checkPackage(pkg: types.Package, files: ast.File[], info: types.Info, conf: CheckConfig): Diagnostic[] {
  const c = new Checker(pkg, files, info, conf);
  collectObjects(c);
  packageObjects(c);
  processDelayed(c);
  // The bodies reached so far, in any package, before the initialization order: the ones this
  // package's variable initializers reach record their dependencies (lazy.ts).
  const lazy = conf.lazy;
  if (lazy !== undefined) while (lazy.drain() || c.delayed.length > 0) processDelayed(c);
  initOrder(c);
  // A standard package deferring its bodies may use an import only in bodies never checked.
  if (lazy === undefined || !conf.isStd) unusedImports(c);
  recordUntyped(c);
  c.finished = true;
  if (c.diags.length === 0) c.diags.push(...c.noderErrors);
  return c.diags;
}
