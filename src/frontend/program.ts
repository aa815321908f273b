// Loading and type-checking a whole program: the entry package, the user packages it imports
// from its module, and the standard-library packages, in dependency order.
//
// Models the part of cmd/go's package loading that gort needs (Go 1.19): first every user
// package is found and loaded as cmd/go loads them before compiling (modload.ts: the main
// module's packages, import stacks, cycles, the internal rule, Go's load errors); then each
// package is parsed and checked once, dependencies first, standard-library paths resolved
// against gort's own Go sources under stdlib/<importpath>/*.go (supplied by the host through
// loadStd). As go build, compiling stops at the first user package with errors, which are
// reported under its own "# importpath" header.
//
// Invariants:
//   - The result lists packages in dependency order, the entry last (named "main").
//   - Packages loaded from stdlib/ may declare functions without bodies (natives); user
//     packages may not, and only package main may use cgo.
//
// Package unsafe has no source: every importer gets go/types' Unsafe (check/universe.ts), which
// is never compiled and is not listed in the result.
//
// Simplification: build tags beyond what source.ts applies are not modelled; a program outside
// any module imports only the standard library (imports.ts gives Go's errors for every other
// path).

import type * as ast from "./ast.js";
import * as types from "./types.js";
import type { Diagnostic } from "./diag.js";
import { checkPackage, newPackage } from "./check/package.js";
import { STD_PACKAGES } from "./stdlist.gen.js";
import type { ImportMode } from "./imports.js";
import { loadUserPackages, type MainModule, type OverlayPackage } from "./modload.js";
import type { BuildTags } from "./source.js";
import { unsafePkg } from "./check/universe.js";
import { LazyBodies } from "./check/lazy.js";
import type { CgoConstValue } from "./check/cgo.js";

export interface CheckedPackage {
  path: string;
  pkg: types.Package;
  files: ast.File[];
  info: types.Info;
  /** A package of the user's module (not the entry, not the standard library): named by its
   *  import path, instrumented by -race. */
  user?: boolean;
}

export interface ProgramResult {
  packages: CheckedPackage[];
  diags: Diagnostic[];
  /** The package the diagnostics belong to (go build's "# label" header), when it is not the
   *  entry package: a user package that failed to compile first. */
  diagLabel?: string;
  /** cmd/go's error about the imports (modload.ts): printed as is, exit 1, nothing checked. */
  loadError?: string;
  /** Display name → absolute path of the user packages' files. */
  userAbs: Map<string, string>;
  /** The user packages' sources (replay tokens hash them with the entry's). */
  userFiles: { name: string; text: string }[];
}

type LoadStd = (importPath: string) => { name: string; text: string }[] | undefined;
export type ParseFn = (name: string, text: string) => { file?: ast.File; diags: Diagnostic[] };
type CgoDeclsFn = (file: ast.File) => { name: string; params: string[]; result: string; value?: CgoConstValue; unsupported?: string }[];

/** What the entry package is and where its imports come from (modload.ts). */
interface UserContext {
  /** The entry's import path as cmd/go labels it (command-line-arguments for files). */
  entryPath: string;
  /** The entry's absolute directory. */
  entryDir: string;
  module?: MainModule;
  overlay?: ReadonlyMap<string, OverlayPackage>;
  /** The build's extra tags ("race" under -race). */
  tags?: BuildTags;
  /** Parses a user package's file (not cached as the standard library's are). */
  parse: ParseFn;
}

const GOROOT = "/usr/lib/go-1.19";

/** checkProgram loads, parses and type-checks entryFiles (package main) and its imports. */
export function checkProgram(
  entryFiles: ast.File[],
  loadStd: LoadStd,
  parseFile: ParseFn,
  cgoDecls?: CgoDeclsFn,
  mode: ImportMode = "files",
  absPath?: (file: string) => string,
  ctx?: UserContext,
  /** allBodies: check every body of the standard library too, not only those the program
   *  reaches (check/lazy.ts). */
  opts: { allBodies?: boolean } = {},
): ProgramResult {
  const lazy = opts.allBodies === true ? undefined : new LazyBodies();
  const stdDiags: { ds: Diagnostic[]; seen: number }[] = [];
  const isStd = (p: string): boolean => STD_PACKAGES.has(p) || loadStd(p) !== undefined;
  // Only the standard library's paths and the user's module (or Go's own errors): no import
  // names a host directory outside the module.
  const entryDir = ctx?.entryDir ?? (entryFiles[0] ? dirOf(absPath?.(entryFiles[0].name) ?? entryFiles[0].name) : ".");
  const users = loadUserPackages({
    entry: { path: ctx?.entryPath ?? "command-line-arguments", dir: entryDir, files: entryFiles },
    mode, isStd, parse: ctx?.parse ?? parseFile,
    ...(ctx?.module ? { module: ctx.module } : {}),
    ...(ctx?.overlay ? { overlay: ctx.overlay } : {}),
    ...(ctx?.tags ? { tags: ctx.tags } : {}),
  });
  const userAbs = new Map<string, string>();
  const userFiles: { name: string; text: string }[] = [];
  for (const u of users.packages) {
    for (const [k, v] of u.abs) userAbs.set(k, v);
    userFiles.push(...u.texts);
  }
  if (users.error !== undefined) return { packages: [], diags: [], loadError: users.error, userAbs, userFiles };
  const userByPath = new Map(users.packages.map((u) => [u.path, u]));
  const absOf = (f: string): string => userAbs.get(f) ?? absPath?.(f) ?? f;
  let diags: Diagnostic[] = [];
  let diagLabel: string | undefined;
  const done = new Map<string, CheckedPackage | null>();
  // Every package of the program records into the same maps (their keys are syntax nodes, which
  // no two packages share), so that the compiler reads them without merging: copying every
  // package's entries took 84 ms of a first run of hello world (1.9 s of CPU profile, loaded
  // host). Each package keeps its own initOrder and instances.
  const shared = types.newInfo();
  const inProgress: string[] = [];
  const order: CheckedPackage[] = [];
  let loadFailed = false;
  /** Where package main first used cgo's errno form, if it did. */
  let cgoErrnoAt: ast.Pos | undefined;

  const load = (path: string, importPos: ast.Pos): types.Package | undefined => {
    if (diagLabel !== undefined) return undefined;
    const cached = done.get(path);
    if (cached !== undefined) return cached?.pkg;
    if (inProgress.includes(path)) {
      const chain = [...inProgress.slice(inProgress.indexOf(path)), path];
      loadFailed = true;
      diags.push({ pos: importPos, msg: `import cycle not allowed\n\timports ${chain.join("\n\timports ")}` });
      return undefined;
    }
    const user = userByPath.get(path);
    if (user !== undefined) {
      // A package of the user's module: its syntax errors are its compile errors.
      inProgress.push(path);
      if (user.parseDiags.length > 0) {
        loadFailed = true;
        diags = [...user.parseDiags];
        diagLabel = path;
        inProgress.pop();
        done.set(path, null);
        return undefined;
      }
      const cp = checkOne(path, user.name, user.files, false, true);
      inProgress.pop();
      done.set(path, cp);
      return cp.pkg;
    }
    const srcs = loadStd(path);
    if (!srcs || srcs.length === 0) {
      // cmd/go reports loading errors with the file name as given, without a "./" prefix, and
      // stops before compiling anything.
      const pos = { ...importPos, file: importPos.file.replace(/^\.\//, "") };
      // A real standard package that gort has no source for is gort's limitation, not the
      // program's error; anything else is reported with go build's wording.
      const msg = STD_PACKAGES.has(path)
        ? `gort: package ${path} is not supported yet`
        : `package ${path} is not in GOROOT (${GOROOT}/src/${path})`;
      diags.push(STD_PACKAGES.has(path) ? { pos, msg, unsupported: true } : { pos, msg });
      loadFailed = true;
      done.set(path, null);
      return undefined;
    }
    inProgress.push(path);
    const files: ast.File[] = [];
    for (const s of srcs) {
      const r = parseFile(s.name.startsWith("/") ? s.name : `${GOROOT}/src/${path}/${s.name}`, s.text);
      diags.push(...r.diags);
      if (r.file) files.push(r.file);
    }
    const cp = checkOne(path, files[0]?.pkgName.name ?? path.split("/").pop()!, files, true, false);
    inProgress.pop();
    done.set(path, cp);
    return cp.pkg;
  };

  const checkOne = (path: string, name: string, files: ast.File[], isStd: boolean, user: boolean): CheckedPackage => {
    const pkg = newPackage(path, name);
    const info: types.Info = { ...shared, initOrder: [], instances: [] };
    const cp: CheckedPackage = { path, pkg, files, info, ...(user ? { user: true } : {}) };
    // Load imports first so that dependency order holds.
    const start = diags.length;
    for (const f of files) {
      for (const imp of f.imports) {
        if (diagLabel !== undefined) return cp;
        if (imp.path === "C" || imp.path === "unsafe" || done.has(imp.path)) continue;
        load(imp.path, imp.pathPos);
      }
    }
    if (loadFailed) {
      // A standard package gort lacks, imported by a user package: that package's error.
      if (user && diagLabel === undefined && diags.length > start) {
        diags = diags.slice(start);
        diagLabel = path;
      }
      return cp;
    }
    const before = diags.length;
    if (user) {
      // gort's cgo (cgo/) serves package main's preamble only.
      const c = files.flatMap((f) => f.imports.filter((i) => i.path === "C"));
      if (c.length > 0) diags.push({ pos: c[0]!.pos, msg: `gort: cgo in package ${path} (not main) is not supported yet`, unsupported: true });
    }
    const cgo = cgoDecls && !user ? files.flatMap((f) => (f.imports.some((i) => i.path === "C") ? cgoDecls(f) : [])) : undefined;
    if (diags.length === before) {
      const ds = checkPackage(pkg, files, info, {
        isStd,
        absPath: absOf,
        importPackage: (p) => (p === "unsafe" ? unsafePkg : done.get(p)?.pkg ?? undefined),
        cgoDecls: cgo,
        cgoErrnoUsed: () => void (cgoErrnoAt ??= files[0]!.pkgName.pos),
        ...(lazy !== undefined ? { lazy } : {}),
      });
      diags.push(...ds);
      if (lazy !== undefined && isStd) stdDiags.push({ ds, seen: ds.length });
    }
    if (user && diags.length > before) {
      // go build stops at the first package that fails to compile: its errors alone.
      diags = diags.slice(before);
      diagLabel = path;
      loadFailed = true;
      return cp;
    }
    order.push(cp);
    return cp;
  };

  if (entryFiles.length > 0) checkOne("main", entryFiles[0]!.pkgName.name, entryFiles, false, false);
  if (cgoErrnoAt !== undefined && !done.has("syscall") && diagLabel === undefined) {
    // cgo's errno form (r, err := C.f()) makes a syscall.Errno: cgo's generated code imports
    // syscall. Loaded only then, before main, so that other cgo programs link what they did.
    const main = order.pop()!;
    load("syscall", cgoErrnoAt);
    order.push(main);
  }
  // A standard body checked after its package (lazy.ts) reports into that package's list.
  for (const { ds, seen } of stdDiags) diags.push(...ds.slice(seen));
  return { packages: order, diags, ...(diagLabel !== undefined ? { diagLabel } : {}), userAbs, userFiles };
}

function dirOf(p: string): string {
  const i = p.lastIndexOf("/");
  return i <= 0 ? (i === 0 ? "/" : ".") : p.slice(0, i);
}
