// Loading and type-checking a whole program: package main plus the standard-library packages
// it imports, in dependency order.
//
// Models the part of cmd/go's package loading that gort needs (Go 1.19): import paths are
// resolved against gort's own Go sources under stdlib/<importpath>/*.go (supplied by the host
// through loadStd); each package is parsed and checked once (cached); import cycles and
// unknown packages are reported with go build's wording.
//
// Invariants:
//   - The result lists packages in dependency order, main last.
//   - Packages loaded from stdlib/ may declare functions without bodies (natives).
//
// Package unsafe has no source: every importer gets go/types' Unsafe (check/universe.ts), which
// is never compiled and is not listed in the result.
//
// Simplification: no modules, vendoring or build tags beyond what the parser reports; main may
// import only the standard library (imports.ts gives Go's errors for every other path).

import type * as ast from "./ast.js";
import * as types from "./types.js";
import type { Diagnostic } from "./diag.js";
import { checkPackage, newPackage } from "./check/package.js";
import { STD_PACKAGES } from "./stdlist.gen.js";
import { unsafePkg } from "./check/universe.js";
import { checkImports, type ImportMode } from "./imports.js";

export interface CheckedPackage {
  path: string;
  pkg: types.Package;
  files: ast.File[];
  info: types.Info;
}

export interface ProgramResult {
  packages: CheckedPackage[];
  diags: Diagnostic[];
  /** cmd/go's error about main's imports (imports.ts): printed as is, exit 1, nothing checked. */
  loadError?: string;
}

export type LoadStd = (importPath: string) => { name: string; text: string }[] | undefined;
export type ParseFn = (name: string, text: string) => { file?: ast.File; diags: Diagnostic[] };
export type CgoDeclsFn = (file: ast.File) => { name: string; params: string[]; result: string }[];

const GOROOT = "/usr/lib/go-1.19";

/** checkProgram loads, parses and type-checks entryFiles (package main) and its imports. */
export function checkProgram(
  entryFiles: ast.File[],
  loadStd: LoadStd,
  parseFile: ParseFn,
  cgoDecls?: CgoDeclsFn,
  mode: ImportMode = "files",
  absPath?: (file: string) => string,
): ProgramResult {
  // Only paths of packages gort has (or Go's own errors): no import names a host directory.
  const loadError = checkImports(entryFiles, mode, (p) => STD_PACKAGES.has(p) || loadStd(p) !== undefined);
  if (loadError !== undefined) return { packages: [], diags: [], loadError };
  const diags: Diagnostic[] = [];
  const done = new Map<string, CheckedPackage | null>();
  const inProgress: string[] = [];
  const order: CheckedPackage[] = [];
  let loadFailed = false;

  const load = (path: string, importPos: ast.Pos): types.Package | undefined => {
    const cached = done.get(path);
    if (cached !== undefined) return cached?.pkg;
    if (inProgress.includes(path)) {
      const chain = [...inProgress.slice(inProgress.indexOf(path)), path];
      loadFailed = true;
      diags.push({ pos: importPos, msg: `import cycle not allowed\n\timports ${chain.join("\n\timports ")}` });
      return undefined;
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
      diags.push({ pos, msg });
      loadFailed = true;
      done.set(path, null);
      return undefined;
    }
    inProgress.push(path);
    const files: ast.File[] = [];
    for (const s of srcs) {
      // A user package a test imports (gort test's package under test) comes with its paths.
      const r = parseFile(s.name.startsWith("/") ? s.name : `${GOROOT}/src/${path}/${s.name}`, s.text);
      diags.push(...r.diags);
      if (r.file) files.push(r.file);
    }
    const cp = checkOne(path, files, true);
    inProgress.pop();
    done.set(path, cp);
    return cp.pkg;
  };

  const checkOne = (path: string, files: ast.File[], isStd: boolean): CheckedPackage => {
    const name = files[0]?.pkgName.name ?? path.split("/").pop()!;
    const pkg = newPackage(path, name);
    // Load imports first so that dependency order holds.
    for (const f of files) {
      for (const imp of f.imports) {
        if (imp.path === "C" || imp.path === "unsafe" || done.has(imp.path)) continue;
        load(imp.path, imp.pathPos);
      }
    }
    const info = types.newInfo();
    if (loadFailed) return { path, pkg, files, info };
    const cgo = cgoDecls ? files.flatMap((f) => (f.imports.some((i) => i.path === "C") ? cgoDecls(f) : [])) : undefined;
    const ds = checkPackage(pkg, files, info, {
      isStd,
      absPath,
      importPackage: (p) => (p === "unsafe" ? unsafePkg : done.get(p)?.pkg ?? undefined),
      cgoDecls: cgo,
    });
    diags.push(...ds);
    const cp: CheckedPackage = { path, pkg, files, info };
    order.push(cp);
    return cp;
  };

  if (entryFiles.length > 0) checkOne("main", entryFiles, false);
  return { packages: order, diags };
}
