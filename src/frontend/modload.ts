// Module mode: the main module's go.mod, and the user packages a program imports from it.
//
// Models the parts of Go 1.19's cmd/go that find and load the packages of a program in module
// mode: modfile's go.mod syntax (module, go, require, replace; exclude and retract accepted),
// modload's importFromModules and dirInModule (the main module by path prefix, a nested go.mod
// ending it, required modules, local replacements, -mod=vendor and its consistency check, the
// missing-go.sum error), load's loadImport and PackageError (import stacks, positions, cycles,
// "use of internal package", "is a program"), go/build's NoGoError and MultiplePackageError, and
// CheckPackageErrors' order (the root's error, then its dependencies' sorted by import path).
//
// Terms:
//   - main module: the directory of the nearest go.mod above the package named on the command
//     line (cmd/go uses the current directory's; gort the target's, which coincide when
//     `go run .` works), its module path and its requirements.
//   - user package: a package of the main module (or of a local replacement or vendor/ inside
//     it), parsed and checked like package main and named by its import path.
//   - rel: a path relative to the main module's root, "/"-separated, "" for the root itself,
//     never with "." or ".." elements. The host's ModuleFS reads only such paths.
//
// Invariants:
//   - Pure: every file read goes through ModuleFS, with a rel inside the module root, so no
//     import ever names a host directory outside it (a replacement outside the root is gort's
//     "not supported yet").
//   - A package is loaded once; packages come out in dependency order.
//
// Simplifications: no module cache, so a required module that is neither vendored nor replaced
// by a directory inside the main module is gort's "not supported yet" once go.sum has its
// entry (Go would download it); no ambiguous-import check; go.mod's go version does not
// restrict the language; vendor/modules.txt's replacement lines are not checked.

import type * as ast from "./ast.js";
import type { Diagnostic } from "./diag.js";
import { importError, isStandardImportPath, validImportLiteral, type ImportMode } from "./imports.js";
import { decodeSource, displayName, goodOSArchFile, packageClause, shouldBuild, type BuildTags } from "./source.js";

export const GOROOT = "/usr/lib/go-1.19";

// ---- go.mod ----------------------------------------------------------------------------------

interface ModVersion {
  path: string;
  version: string;
}

export interface Replace {
  old: string;
  oldVersion?: string;
  new: string;
  newVersion?: string;
}

interface GoMod {
  module: string;
  go?: string;
  require: ModVersion[];
  replace: Replace[];
}

/** The tokens of one go.mod line: words and quoted strings, without its // comment. */
function modTokens(line: string): string[] | undefined {
  const out: string[] = [];
  const re = /\s*(?:(\/\/.*$)|("(?:[^"\\]|\\.)*")|(`[^`]*`)|(=>|\(|\))|([^\s"`()]+?)(?==>|[\s()]|\/\/|$))/y;
  let i = 0;
  while (i < line.length) {
    re.lastIndex = i;
    const m = re.exec(line);
    if (!m) return /^\s*$/.test(line.slice(i)) ? out : undefined;
    i = re.lastIndex;
    if (m[1] !== undefined) break;
    if (m[2] !== undefined) {
      try {
        out.push(JSON.parse(m[2]) as string);
      } catch {
        return undefined;
      }
    } else out.push(m[3] !== undefined ? m[3].slice(1, -1) : m[4] ?? m[5]!);
  }
  return out;
}

/**
 * Parses a go.mod as modfile does for the directives gort uses. The error is cmd/go's whole
 * message (newline-terminated): "go: errors parsing go.mod:\n<file>:<line>: <why>".
 */
export function parseGoMod(absFile: string, text: string): { mod: GoMod } | { error: string } {
  const mod: GoMod = { module: "", require: [], replace: [] };
  let haveModule = false;
  const errs: string[] = [];
  const lines = text.split("\n");
  let block: string | undefined;
  for (let n = 0; n < lines.length; n++) {
    const toks = modTokens(lines[n]!.replace(/\r$/, ""));
    const at = `${absFile}:${n + 1}`;
    if (toks === undefined) {
      errs.push(`${at}: malformed line`);
      continue;
    }
    if (toks.length === 0) continue;
    let verb: string;
    let args: string[];
    if (block !== undefined) {
      if (toks.length === 1 && toks[0] === ")") {
        block = undefined;
        continue;
      }
      verb = block;
      args = toks;
    } else {
      verb = toks[0]!;
      args = toks.slice(1);
      if (args.length === 1 && args[0] === "(") {
        block = verb;
        if (!["require", "replace", "exclude", "retract"].includes(verb)) errs.push(`${at}: unknown block type: ${verb}`);
        continue;
      }
    }
    switch (verb) {
      case "module":
        if (args.length !== 1) errs.push(`${at}: usage: module module/path`);
        else {
          mod.module = args[0]!;
          haveModule = true;
        }
        break;
      case "go":
        if (args.length !== 1 || !/^[1-9][0-9]*\.(0|[1-9][0-9]*)$/.test(args[0]!)) errs.push(`${at}: usage: go 1.23`);
        else mod.go = args[0]!;
        break;
      case "require":
        if (args.length !== 2) errs.push(`${at}: usage: require module/path v1.2.3`);
        else mod.require.push({ path: args[0]!, version: args[1]! });
        break;
      case "replace": {
        const arrow = args.indexOf("=>");
        const left = args.slice(0, arrow);
        const right = args.slice(arrow + 1);
        if (arrow < 1 || left.length > 2 || right.length < 1 || right.length > 2) {
          errs.push(`${at}: usage: replace module/path [v1.2.3] => other/module v1.4\n\t or replace module/path [v1.2.3] => ../local/directory`);
        } else {
          mod.replace.push({
            old: left[0]!, ...(left[1] !== undefined ? { oldVersion: left[1] } : {}),
            new: right[0]!, ...(right[1] !== undefined ? { newVersion: right[1] } : {}),
          });
        }
        break;
      }
      case "exclude":
      case "retract":
        break;
      default:
        errs.push(`${at}: unknown directive: ${verb}`);
    }
  }
  if (errs.length > 0) return { error: `go: errors parsing go.mod:\n${errs.join("\n")}\n` };
  if (!haveModule) {
    return { error: "go: no module declaration in go.mod. To specify the module path:\n\tgo mod edit -module=example.com/mod\n" };
  }
  return { mod };
}

/** semver.Compare over go.mod's "1.N" versions: is v at least 1.min? */
function goAtLeast(v: string | undefined, min: number): boolean {
  const m = v === undefined ? null : /^1\.(\d+)$/.exec(v);
  return m !== null && Number(m[1]) >= min;
}

// ---- The host's view of the module -----------------------------------------------------------

/** The main module's files as the host gives them. rel is relative to the module root (see the
 *  header); the host refuses anything that would leave the root (a symbolic link out of it). */
export interface ModuleFS {
  /** The entries of directory rel, or undefined when it is not a directory of the module. */
  readDir(rel: string): { name: string; dir: boolean }[] | undefined;
  /** The bytes of file rel, or undefined when it is not a file of the module. */
  readFile(rel: string): Uint8Array | undefined;
}

export interface MainModule {
  /** The absolute directory holding go.mod: files are shown and traced under it. */
  root: string;
  mod: GoMod;
  fs: ModuleFS;
  /** The current directory, for cmd/go's short file names (base.ShortPath). */
  cwd: string;
}

/** The import path of directory rel of the main module. */
function dirImportPath(mm: MainModule, rel: string): string {
  return rel === "" ? mm.mod.module : `${mm.mod.module}/${rel}`;
}

/** rel of an absolute directory inside the main module, or undefined when it is outside. */
function relInModule(mm: MainModule, abs: string): string | undefined {
  if (abs === mm.root) return "";
  return abs.startsWith(mm.root + "/") ? abs.slice(mm.root.length + 1) : undefined;
}

/** path.Join of a rel and a relative path, or undefined when the result leaves the root. */
function joinRel(rel: string, more: string): string | undefined {
  const parts = rel === "" ? [] : rel.split("/");
  for (const p of more.split("/")) {
    if (p === "" || p === ".") continue;
    if (p === "..") {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else parts.push(p);
  }
  return parts.join("/");
}

// ---- Loading the user packages -----------------------------------------------------------------

export type ParseFn = (name: string, text: string) => { file?: ast.File; diags: Diagnostic[] };

interface UserPackage {
  /** The import path. */
  path: string;
  name: string;
  /** Absolute directory. */
  dir: string;
  files: ast.File[];
  /** Display name → absolute path of each file. */
  abs: Map<string, string>;
  /** The sources, for hashing the program (replay tokens). */
  texts: { name: string; text: string }[];
  /** Syntax errors: reported as this package's compile errors. */
  parseDiags: Diagnostic[];
}

/** A package given with its files rather than read from a directory: gort test's package under
 *  test, with its internal _test.go files, imported by its external tests. */
export interface OverlayPackage {
  files: { name: string; path: string; text: string }[];
}

interface LoadInput {
  /** The package named on the command line: its import path as cmd/go labels it
   *  (command-line-arguments for files), its absolute directory and its parsed files. */
  entry: { path: string; dir: string; files: ast.File[] };
  mode: ImportMode;
  /** Whether a standard-like path is a package of Go's standard library. */
  isStd: (path: string) => boolean;
  parse: ParseFn;
  module?: MainModule;
  overlay?: ReadonlyMap<string, OverlayPackage>;
  /** The build's extra tags (source.ts BuildTags). */
  tags?: BuildTags;
}

interface LoadOutput {
  /** The user packages other than the entry, in dependency order. */
  packages: UserPackage[];
  /** cmd/go's errors, printed as they are, exit 1. */
  error?: string;
}

/** One PackageError: rendered as load.PackageError.Error does. */
interface PkgErr {
  stack: string[];
  pos?: string;
  msg: string;
  alwaysPrintStack?: boolean;
}

function renderErr(e: PkgErr): string {
  if (e.pos !== undefined && (e.stack.length === 0 || e.alwaysPrintStack !== true)) return `${e.pos}: ${e.msg}`;
  if (e.stack.length === 0) return e.msg;
  return `package ${e.stack.join("\n\timports ")}${e.pos !== undefined ? `\n\t${e.pos}` : ""}: ${e.msg}`;
}

/** Where an imported package lives: the standard library, a directory of the module (rel),
 *  an overlay, or Go's error (placed at the import). */
type Resolved =
  | { kind: "std" }
  | { kind: "dir"; rel: string }
  | { kind: "overlay"; pkg: OverlayPackage }
  | { kind: "error"; msg: string };

/**
 * Loads the user packages the entry imports, transitively, as cmd/go does before compiling;
 * the standard library is left to the caller. The result lists them in dependency order.
 */
export function loadUserPackages(input: LoadInput): LoadOutput {
  const mm = input.module;
  const vendor = mm !== undefined && goAtLeast(mm.mod.go, 14) && mm.fs.readDir("vendor") !== undefined;
  if (mm !== undefined && vendor) {
    const bad = vendorConsistency(mm);
    if (bad !== undefined) return { packages: [], error: bad };
  }
  const errs = new Map<string, PkgErr>();
  const setErr = (path: string, e: PkgErr): void => {
    const old = errs.get(path);
    if (old === undefined || old.stack.length > e.stack.length) errs.set(path, e);
  };
  const loaded = new Map<string, UserPackage | null>();
  // A directory of _test.go files only loads, and then fails to build (work.Builder).
  let noNonTest: string | undefined;
  const stack: string[] = [];
  const order: UserPackage[] = [];
  const entryRel = mm !== undefined ? relInModule(mm, input.entry.dir) : undefined;
  // The import path the internal rule sees for the entry (load.disallowInternal: command-line
  // files count as their directory's package).
  const entryDirPath = mm !== undefined && entryRel !== undefined ? dirImportPath(mm, entryRel) : input.entry.path;
  const short = (abs: string): string => displayName(abs, mm?.cwd ?? input.entry.dir).replace(/^\.\//, "");

  const visit = (path: string, internalPath: string, files: ast.File[], mode: ImportMode): void => {
    stack.push(path);
    // go/parser rejects a malformed import literal while cmd/go reads the imports.
    for (const f of files) {
      for (const s of f.imports) {
        if (!validImportLiteral(s.path)) {
          setErr(path, { stack: [...stack], pos: where(s.pathPos), msg: `invalid import path: ${JSON.stringify(s.path)}` });
          stack.pop();
          return;
        }
      }
    }
    const first = new Map<string, ast.ImportSpec>();
    for (const f of files) for (const s of f.imports) if (!first.has(s.path)) first.set(s.path, s);
    for (const imp of [...first.keys()].sort(byBytes)) importOne(imp, where(first.get(imp)!.pos), internalPath, mode);
    stack.pop();
  };

  const importOne = (path: string, pos: string, importerPath: string, mode: ImportMode): void => {
    if (path.includes("@")) {
      // Found by the module loader before any file position is known.
      setErr(path, { stack: [...stack, path], msg: "can only use path@version syntax with 'go get' and 'go install' in module-aware mode" });
      return;
    }
    if (path === "C") return;
    const r = resolve(path, importerPath, mode);
    if (r.kind === "std") return;
    if (r.kind === "error") {
      setErr(path, { stack: [...stack], pos, msg: r.msg });
      return;
    }
    if (stack.includes(path)) {
      setErr(path, { stack: [...stack, path], msg: "import cycle not allowed" });
      return;
    }
    let p = loaded.get(path);
    if (p === undefined) {
      const got = r.kind === "overlay" ? fromOverlay(path, r.pkg) : readPackage(path, r.rel);
      if ("error" in got) {
        // Placed at the import (pos ""), at its own position (a file's package clause), or
        // below the import stack with the path pushed (no Go files: load.NoGoError).
        const e = got.error;
        if (e.pos === "") setErr(path, { stack: [...stack], pos, msg: e.msg });
        else setErr(path, { ...e, stack: [...stack, path] });
        loaded.set(path, null);
        return;
      }
      p = got.pkg;
      loaded.set(path, p);
      if (got.noNonTest) noNonTest ??= `go build ${path}: no non-test Go files in ${p.dir}\n`;
      visit(path, path, p.files, "dir");
      order.push(p);
    }
    if (p === null || errs.has(path)) return;
    // load.disallowInternal: a path with an internal element is importable only from the tree
    // rooted at the internal element's parent.
    const i = findInternal(path);
    if (i >= 0) {
      const parent = path.slice(0, Math.max(0, i - 1));
      if (!hasPathPrefix(importerPath, parent)) {
        setErr(path, { stack: [...stack], pos, msg: `use of internal package ${path} not allowed`, alwaysPrintStack: true });
        return;
      }
    }
    if (p.name === "main") setErr(path, { stack: [...stack], pos, msg: `import ${JSON.stringify(path)} is a program, not an importable package` });
  };

  /** modload.importFromModules for a path that is not the standard library's. */
  const resolve = (path: string, _importerPath: string, mode: ImportMode): Resolved => {
    const bad = importError(path, mode, () => true);
    if (bad !== undefined) return { kind: "error", msg: bad };
    const ov = input.overlay?.get(path);
    if (ov !== undefined) return { kind: "overlay", pkg: ov };
    const std = isStandardImportPath(path);
    if (std && input.isStd(path)) return { kind: "std" };
    if (mm === undefined) {
      const msg = importError(path, mode, (p) => input.isStd(p));
      return msg !== undefined ? { kind: "error", msg } : { kind: "std" };
    }
    if (vendor) {
      const main = dirInModule(mm, path, mm.mod.module, "", true);
      const ven = dirInModule(mm, path, "", "vendor", false);
      if (ven === undefined || !ven.ok) {
        if (main !== undefined) return { kind: "dir", rel: main.rel };
      }
      return { kind: "dir", rel: ven?.rel ?? `vendor/${path}` };
    }
    const found: { rel: string }[] = [];
    const sumMissing: string[] = [];
    for (let prefix = path; prefix !== "."; prefix = pathDir(prefix)) {
      if (prefix === mm.mod.module) {
        const d = dirInModule(mm, path, prefix, "", true);
        if (d !== undefined && d.ok) found.push({ rel: d.rel });
        continue;
      }
      const req = mm.mod.require.find((r) => r.path === prefix);
      if (req === undefined) continue;
      const rep = mm.mod.replace.find((r) => r.old === prefix && (r.oldVersion === undefined || r.oldVersion === req.version));
      if (rep !== undefined && rep.newVersion === undefined) {
        // A replacement by a directory: loaded when it lies inside the main module.
        const rootRel = rep.new.startsWith("/") ? relInModule(mm, rep.new.replace(/\/+$/, "")) : joinRel("", rep.new);
        if (rootRel === undefined) {
          return { kind: "error", msg: `gort: package ${path} from ${rep.new} (a replacement outside the main module) is not supported yet` };
        }
        if (mm.fs.readDir(rootRel) === undefined) {
          return { kind: "error", msg: `${prefix}@${req.version}: replacement directory ${rep.new} does not exist` };
        }
        if (mm.fs.readFile(joinRel(rootRel, "go.mod")!) === undefined) {
          const abs = rootRel === "" ? mm.root : `${mm.root}/${rootRel}`;
          return { kind: "error", msg: `${prefix}@${req.version} (replaced by ${rep.new}): reading ${rep.new.startsWith("/") ? abs + "/" : rootRel === "" ? "" : rootRel + "/"}go.mod: open ${abs}/go.mod: no such file or directory` };
        }
        const d = dirInModule(mm, path, prefix, rootRel, true);
        if (d !== undefined && d.ok) found.push({ rel: d.rel });
        continue;
      }
      const m = rep !== undefined ? { path: rep.new, version: rep.newVersion! } : req;
      if (!hasSum(mm, m)) {
        sumMissing.push(prefix);
        continue;
      }
      return { kind: "error", msg: `gort: package ${path} from module ${m.path}@${m.version} is not supported yet (gort reads no module cache)` };
    }
    if (sumMissing.length > 0) {
      // modload.ImportMissingSumError: command-line files have no importer to `go get`.
      const importer = stack.length === 1 && mode === "files" ? "" : stack[stack.length - 1]!;
      const by = importer === "" ? "" : ` (imported by ${importer})`;
      const what = found.length > 0
        ? `missing go.sum entry needed to verify package ${path}${by} is provided by exactly one module`
        : `missing go.sum entry for module providing package ${path}${by}`;
      const hint = importer === "" ? `go mod download ${sumMissing.reverse().join(" ")}` : `go get ${importer}`;
      return { kind: "error", msg: `${what}; to add:\n\t${hint}` };
    }
    if (found.length > 0) return { kind: "dir", rel: found[0]!.rel };
    // Not among the root requirements: cmd/go loads the whole module graph, which needs each
    // required module's go.mod (from go.sum and the module cache) before it gives up.
    for (const r of mm.mod.require) {
      const rep = mm.mod.replace.find((x) => x.old === r.path && (x.oldVersion === undefined || x.oldVersion === r.version));
      if (rep !== undefined && rep.newVersion === undefined) continue;
      const m = rep !== undefined ? { path: rep.new, version: rep.newVersion! } : r;
      if (!hasSum(mm, m, "/go.mod")) return { kind: "error", msg: `${m.path}@${m.version}: missing go.sum entry; to add it:\n\tgo mod download ${m.path}` };
      return { kind: "error", msg: `gort: package ${path}: loading the module graph (${m.path}@${m.version}'s go.mod) is not supported yet (gort reads no module cache)` };
    }
    if (std) return { kind: "error", msg: `package ${path} is not in GOROOT (${GOROOT}/src/${path})` };
    return { kind: "error", msg: `no required module provides package ${path}; to add it:\n\tgo get ${path}` };
  };

  const fromOverlay = (path: string, ov: OverlayPackage): { pkg: UserPackage; noNonTest?: boolean } => {
    const pkg: UserPackage = {
      path, name: "", dir: ov.files[0]?.path.replace(/\/[^/]*$/, "") ?? "", files: [], abs: new Map(), texts: [], parseDiags: [],
    };
    for (const f of ov.files) addFile(pkg, f.name, f.path, f.text);
    pkg.name = pkg.files[0]?.pkgName.name ?? path.split("/").pop()!;
    return { pkg };
  };

  const addFile = (pkg: UserPackage, name: string, abs: string, text: string): void => {
    const r = input.parse(name, text);
    pkg.parseDiags.push(...r.diags);
    if (r.file) pkg.files.push(r.file);
    pkg.abs.set(name, abs);
    pkg.texts.push({ name, text });
  };

  /** go/build.Import of directory rel: its Go files for linux/amd64, or Go's error. An error
   *  with pos "" is placed at the import; one with neither pos nor stack gets the stack. */
  const readPackage = (path: string, rel: string): { pkg: UserPackage; noNonTest?: boolean } | { error: PkgErr } => {
    const fs = mm!.fs;
    const abs = rel === "" ? mm!.root : `${mm!.root}/${rel}`;
    const entries = fs.readDir(rel);
    if (entries === undefined) return { error: { stack: [], pos: "", msg: `cannot find package "." in:\n\t${abs}` } };
    const pkg: UserPackage = { path, name: "", dir: abs, files: [], abs: new Map(), texts: [], parseDiags: [] };
    let ignored = 0;
    let tests = 0;
    const names: { pkg: string; base: string }[] = [];
    for (const e of entries.filter((x) => !x.dir && x.name.endsWith(".go")).map((x) => x.name).sort(byBytes)) {
      if (e.endsWith("_test.go")) {
        tests++;
        continue;
      }
      if (e.startsWith("_") || e.startsWith(".")) continue;
      if (!goodOSArchFile(e)) {
        ignored++;
        continue;
      }
      const bytes = fs.readFile(rel === "" ? e : `${rel}/${e}`);
      if (bytes === undefined) continue;
      const fileAbs = `${abs}/${e}`;
      const name = displayName(fileAbs, mm!.cwd);
      const { text, diag } = decodeSource(name, bytes);
      if (!shouldBuild(text, input.tags)) {
        ignored++;
        continue;
      }
      const pc = packageClause(short(fileAbs), text);
      if (pc.error !== undefined) {
        const k = pc.error.indexOf(": ");
        return { error: { stack: [], pos: pc.error.slice(0, k), msg: pc.error.slice(k + 2) } };
      }
      names.push({ pkg: pc.pkg!, base: e });
      addFile(pkg, name, fileAbs, text);
      if (diag) pkg.parseDiags.unshift(diag);
    }
    if (names.length === 0) {
      if (ignored > 0) return { error: { stack: [], msg: `build constraints exclude all Go files in ${abs}` } };
      if (tests > 0) return { pkg, noNonTest: true };
      return { error: { stack: [], msg: `no Go files in ${abs}` } };
    }
    const other = names.find((n) => n.pkg !== names[0]!.pkg);
    if (other !== undefined) {
      return { error: { stack: [], pos: "", msg: `found packages ${names[0]!.pkg} (${names[0]!.base}) and ${other.pkg} (${other.base}) in ${abs}` } };
    }
    pkg.name = names[0]!.pkg;
    return { pkg };
  };

  visit(input.entry.path, entryDirPath, input.entry.files, input.mode);
  if (errs.size > 0) {
    const root = errs.get(input.entry.path);
    const rest = [...errs.entries()].filter(([p]) => p !== input.entry.path).sort((a, b) => byBytes(a[0], b[0]));
    const all = [...(root !== undefined ? [root] : []), ...rest.map(([, e]) => e)];
    return { packages: [], error: all.map((e) => renderErr(e) + "\n").join("") };
  }
  if (noNonTest !== undefined) return { packages: [], error: noNonTest };
  return { packages: order };
}

/** modload.dirInModule: where path lies in module mpath rooted at rootRel (mpath "" for
 *  vendor/), undefined when it is not there or a nested go.mod ends the module first; ok when
 *  the directory has .go files (build constraints aside). */
function dirInModule(mm: MainModule, path: string, mpath: string, rootRel: string, local: boolean): { rel: string; ok: boolean } | undefined {
  let sub: string;
  if (path === mpath) sub = "";
  else if (mpath === "") sub = path;
  else if (path.startsWith(mpath + "/")) sub = path.slice(mpath.length + 1);
  else return undefined;
  const rel = joinRel(rootRel, sub);
  if (rel === undefined) return undefined;
  if (local && sub !== "") {
    const parts = sub.split("/");
    for (let k = parts.length; k >= 1; k--) {
      const d = joinRel(rootRel, parts.slice(0, k).join("/"))!;
      if (mm.fs.readFile(`${d}/go.mod`) !== undefined) return undefined;
    }
  }
  const entries = mm.fs.readDir(rel);
  return { rel, ok: entries !== undefined && entries.some((e) => !e.dir && e.name.endsWith(".go")) };
}

/** Whether go.sum has the module's zip hash (what fetch needs to use a module), or with suffix
 *  "/go.mod" its go.mod's (what loading the module graph needs). */
function hasSum(mm: MainModule, m: ModVersion, suffix = ""): boolean {
  const bytes = mm.fs.readFile("go.sum");
  if (bytes === undefined) return false;
  const text = new TextDecoder().decode(bytes);
  return text.split("\n").some((l) => {
    const w = l.trim().split(/\s+/);
    return w[0] === m.path && w[1] === m.version + suffix;
  });
}

/** modload.checkVendorConsistency (go.mod at go 1.14 or later): vendor/modules.txt must mark
 *  each requirement explicit and each replacement replaced, as go.mod has them. */
function vendorConsistency(mm: MainModule): string | undefined {
  const bytes = mm.fs.readFile("vendor/modules.txt");
  const text = bytes === undefined ? "" : new TextDecoder().decode(bytes);
  const key = (path: string, version = ""): string => `${path}@${version}`;
  const meta = new Map<string, { explicit: boolean; replacement?: string }>();
  const list: ModVersion[] = [];
  const replaced: ModVersion[] = [];
  const seen = new Set<string>();
  let mod: ModVersion | undefined;
  const isSemver = (v: string): boolean => /^v\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/.test(v);
  for (const line of text.split("\n")) {
    if (line.startsWith("# ")) {
      let f = line.trim().split(/\s+/);
      if (f.length < 3) continue;
      if (isSemver(f[2]!)) {
        mod = { path: f[1]!, version: f[2]! };
        f = f.slice(3);
      } else if (f[2] === "=>") {
        mod = { path: f[1]!, version: "" };
        f = f.slice(2);
      } else {
        mod = undefined;
        continue;
      }
      if (f.length >= 2 && f[0] === "=>" && (f.length === 2 || (f.length === 3 && isSemver(f[2]!)))) {
        const m = meta.get(key(mod.path, mod.version)) ?? { explicit: false };
        m.replacement = f.length === 2 ? f[1]! : `${f[1]}@${f[2]}`;
        meta.set(key(mod.path, mod.version), m);
        replaced.push(mod);
      }
      continue;
    }
    if (mod === undefined) continue;
    if (line.startsWith("## ")) {
      const m = meta.get(key(mod.path, mod.version)) ?? { explicit: false };
      for (const e of line.slice(3).split(";")) if (e.trim() === "explicit") m.explicit = true;
      meta.set(key(mod.path, mod.version), m);
      continue;
    }
    const f = line.trim().split(/\s+/);
    if (f.length === 1 && f[0] !== "" && !seen.has(mod.path)) {
      seen.add(mod.path);
      list.push(mod);
    }
  }
  const errs: string[] = [];
  const desc = (m: ModVersion): string => (m.version === "" ? m.path : `${m.path}@${m.version}`);
  for (const r of mm.mod.require) {
    if (meta.get(key(r.path, r.version))?.explicit !== true) errs.push(`\n\t${desc(r)}: is explicitly required in go.mod, but not marked as explicit in vendor/modules.txt`);
  }
  const goRep = (r: Replace): string => (r.newVersion === undefined ? r.new : `${r.new}@${r.newVersion}`);
  for (const r of mm.mod.replace) {
    const vr = meta.get(key(r.old, r.oldVersion))?.replacement;
    const old = { path: r.old, version: r.oldVersion ?? "" };
    if (vr === undefined) errs.push(`\n\t${desc(old)}: is replaced in go.mod, but not marked as replaced in vendor/modules.txt`);
    else if (vr !== goRep(r)) errs.push(`\n\t${desc(old)}: is replaced by ${goRep(r)} in go.mod, but marked as replaced by ${vr} in vendor/modules.txt`);
  }
  for (const m of list) {
    if (meta.get(key(m.path, m.version))?.explicit === true && !mm.mod.require.some((r) => r.path === m.path && r.version === m.version)) {
      errs.push(`\n\t${desc(m)}: is marked as explicit in vendor/modules.txt, but not explicitly required in go.mod`);
    }
  }
  for (const m of replaced) {
    const r = mm.mod.replace.find((x) => x.old === m.path && x.oldVersion === m.version) ?? mm.mod.replace.find((x) => x.old === m.path && x.oldVersion === undefined);
    if (r === undefined) errs.push(`\n\t${desc(m)}: is marked as replaced in vendor/modules.txt, but not replaced in go.mod`);
    else if (meta.get(key(m.path, m.version))?.replacement !== goRep(r)) {
      errs.push(`\n\t${desc(m)}: is marked as replaced by ${meta.get(key(m.path, m.version))?.replacement} in vendor/modules.txt, but replaced by ${goRep(r)} in go.mod`);
    }
  }
  if (errs.length === 0) return undefined;
  return `go: inconsistent vendoring in ${mm.root}:${errs.join("")}\n\n\tTo ignore the vendor directory, use -mod=readonly or -mod=mod.\n\tTo sync the vendor directory, run:\n\t\tgo mod vendor\n`;
}

/** load.findInternal: the index of the last "internal" element of path, or -1. */
function findInternal(path: string): number {
  if (path.endsWith("/internal")) return path.length - "internal".length;
  const k = path.lastIndexOf("/internal/");
  if (k >= 0) return k + 1;
  if (path.startsWith("internal/") || path === "internal") return 0;
  return -1;
}

/** str.HasPathPrefix. */
function hasPathPrefix(s: string, prefix: string): boolean {
  if (prefix === "") return true;
  return s === prefix || s.startsWith(prefix.endsWith("/") ? prefix : prefix + "/");
}

/** path.Dir for import paths ("." at the top). */
function pathDir(p: string): string {
  const i = p.lastIndexOf("/");
  return i < 0 ? "." : p.slice(0, i);
}

/** Strings in Go's order (bytes of UTF-8, which for these paths is code point order). */
function byBytes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** cmd/go prints a file as it was named, without a leading "./". */
function where(p: ast.Pos): string {
  return `${p.file.replace(/^\.\//, "")}:${p.line}:${p.col}`;
}
