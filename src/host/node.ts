// The Node host: files, the standard library's Go sources, the grammars, the process.
//
// Everything gort needs from outside the simulator core, for a Node process. The browser host
// (web/) provides the same Toolchain from bundled files. A program in a module also gets its
// MainModule (findModule): the go.mod above the package and a ModuleFS confined to its root.

import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, readdirSync, realpathSync, renameSync, rmSync, statSync, existsSync, utimesSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { SourceFile, Toolchain } from "../api.js";
import type * as ast from "../frontend/ast.js";
import { displayName, loadProgram, type BuildTags, type SourceInput } from "../frontend/source.js";
import { parseGoMod, type MainModule, type ModuleFS } from "../frontend/modload.js";
import { loadCLanguage, newGoParser } from "./treesitter.js";

/** The repository root: the nearest directory above this module with gort's package.json and
 *  stdlib/ (dist/src/host/node.js is three levels down; the bundle dist/gort.cjs, one). */
export const gortRoot = findRoot(dirname(fileURLToPath(import.meta.url)));

function findRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "stdlib"))) return dir;
    if (dirname(dir) === dir) return resolve(from, "../../..");
  }
}
const stdRoot = join(gortRoot, "stdlib");

export function loadStd(importPath: string): { name: string; text: string }[] | undefined {
  const s = stdFiles(importPath);
  return s === undefined ? undefined : s.files.map((f) => ({ name: f, text: readFileSync(join(s.dir, f), "utf8") }));
}

/** The directory of a standard package and its Go files (not tests), or undefined if gort has
 *  none. Only directories under stdlib/: an import path never names another directory of the host. */
function stdFiles(importPath: string): { dir: string; files: string[] } | undefined {
  const dir = resolve(stdRoot, importPath);
  if (!dir.startsWith(stdRoot + "/")) return undefined;
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return undefined;
  const files = readdirSync(dir).filter((f) => f.endsWith(".go") && !f.endsWith("_test.go")).sort();
  return files.length === 0 ? undefined : { dir, files };
}

/** The names, sizes and modification times of a standard package's files, as one string: the
 *  build cache's quick check that they are as it read them (a file edited in place changes its
 *  time); "none" for a package gort has no sources for. */
export function stdStamp(importPath: string): string {
  const s = stdFiles(importPath);
  if (s === undefined) return "none";
  return s.files.map((f) => {
    const st = statSync(join(s.dir, f));
    return `${f}:${st.size}:${st.mtimeMs}`;
  }).join("/");
}

/** Loaded once per thread: a process that runs many programs (tools/cli-worker.ts) shares it. */
let toolchain: Promise<Toolchain> | undefined;

export function nodeToolchain(): Promise<Toolchain> {
  toolchain ??= Promise.all([newGoParser(), loadCLanguage()]).then(([goParser, cLanguage]) => ({
    goParser, cLanguage, loadStd, stdParses: new Map(), stdTrees: new TreeStore(cacheDir("trees")),
  }));
  return toolchain;
}

/**
 * The standard library's syntax trees on disk, one JSON file per source file, named by a hash of
 * the parser's code (parserVersion), the file's name and its text: parsing a file (tree-sitter, gc's scanner, the
 * tree conversion) costs some 15 times what reading its tree back does, and start-up parses the
 * whole of fmt's imports. A tree is written once, atomically (a temporary file renamed), so
 * processes that run at once share it; any failure to read or write just means parsing.
 */
class TreeStore {
  constructor(private readonly dir: string | undefined) {}

  private path(name: string, text: string): string | undefined {
    if (this.dir === undefined) return undefined;
    const h = createHash("sha256").update(`${treeFormat}\0${parserVersion()}\0${name}\0${text}`).digest("hex").slice(0, 32);
    return join(this.dir, `${h}.json`);
  }

  get(name: string, text: string): ast.File | undefined {
    const p = this.path(name, text);
    if (p === undefined) return undefined;
    try {
      const s = readFileSync(p, "utf8");
      const file = readTree(s);
      markUsed(p);
      // The parser shares each import spec between its declaration and file.imports.
      file.imports = [];
      for (const d of file.decls) {
        if (d.kind === "GenDecl" && d.tok === "import") for (const sp of d.specs) if (sp.kind === "ImportSpec") file.imports.push(sp);
      }
      return file;
    } catch {
      return undefined;
    }
  }

  put(name: string, text: string, file: ast.File): void {
    const p = this.path(name, text);
    if (p === undefined) return;
    try {
      mkdirSync(this.dir!, { recursive: true });
      const tmp = `${p}.${process.pid}.tmp`;
      writeFileSync(tmp, writeTree(file));
      renameSync(tmp, p);
    } catch {
      // An unwritable cache: the next process parses again.
    }
  }
}

/** Bump when the syntax tree's shape (frontend/ast.ts) changes. */
const treeFormat = 3; // 2: `~T` in constraints is a UnaryExpr (was a BadExpr); 3: bodies on lines of their own

/** Where gort's caches live: $GORT_CACHE/<sub>, else $XDG_CACHE_HOME/gort/<sub>, else
 *  ~/.cache/gort/<sub>; GORT_CACHE=off keeps none. The trees are in trees/, the build cache
 *  (buildcache.ts) in builds/, V8's code cache of the CLI (bin/cli-loader.cjs) in v8/. */
export function cacheDir(sub: string): string | undefined {
  const env = process.env;
  if (env["GORT_CACHE"] === "off") return undefined;
  if (env["GORT_CACHE"]) return join(env["GORT_CACHE"], sub);
  const base = env["XDG_CACHE_HOME"] || join(homedir(), ".cache");
  return join(base, "gort", sub);
}

/** How long an unused cache entry lives, and how often the caches are trimmed: entries unused
 *  for 5 days go, as in go build's cache (cmd/go/internal/cache). A rebuilt gort keys its trees
 *  and builds anew, so without trimming every build would leave a full set behind. The check
 *  is hourly, not daily as Go's: a day of test runs and fuzzing on one machine wrote 14 GB of
 *  builds, far past the 1 GB cap, and a trim at the cap (about 4,400 files) took 22 ms. */
const trimUnusedMs = 5 * 24 * 3600e3;
const trimIntervalMs = 3600e3;
/**
 * A tree file: the file's JSON with each function's body left out, on the first line, then one
 * line of JSON per body, in order. Three quarters of a tree's bytes are bodies, and a program
 * checks few of the standard library's (frontend/check/lazy.ts), so a body is parsed when it is
 * first read (a getter that replaces itself with the value); ast.hasBody asks without reading.
 */
function writeTree(file: ast.File): string {
  const bodies: string[] = [];
  const decls = file.decls.map((d) => {
    if (d.kind !== "FuncDecl" || d.body === undefined || d.body === null) return d;
    bodies.push(JSON.stringify(d.body));
    return { ...d, body: undefined, lazyBody: bodies.length - 1 };
  });
  return [JSON.stringify({ ...file, decls }), ...bodies].join("\n");
}

function readTree(s: string): ast.File {
  const first = s.indexOf("\n");
  const file = JSON.parse(first < 0 ? s : s.slice(0, first)) as ast.File;
  const starts: number[] = [];
  for (let at = first; at >= 0; at = s.indexOf("\n", at + 1)) starts.push(at + 1);
  starts.push(s.length + 1);
  for (const d of file.decls) {
    const lazy = d as ast.FuncDecl & { lazyBody?: number };
    if (d.kind !== "FuncDecl" || lazy.lazyBody === undefined) continue;
    const from = starts[lazy.lazyBody]!;
    const to = starts[lazy.lazyBody + 1]! - 1;
    delete lazy.lazyBody;
    Object.defineProperty(d, "body", {
      configurable: true,
      enumerable: true,
      get(): ast.BlockStmt {
        const body = JSON.parse(s.slice(from, to)) as ast.BlockStmt;
        Object.defineProperty(d, "body", { value: body, writable: true, enumerable: true, configurable: true });
        return body;
      },
    });
  }
  return file;
}

/** An entry's time is refreshed on use when older than this (not on every use: one write). */
const markUsedAfterMs = 3600e3;

/** Records that a cache entry was used (its time is what trimming goes by). */
export function markUsed(path: string): void {
  try {
    const now = Date.now();
    if (now - statSync(path).mtimeMs > markUsedAfterMs) utimesSync(path, now / 1000, now / 1000);
  } catch {
    // Gone meanwhile: nothing to mark.
  }
}

/** How many bytes each cache may keep after a trim: the least recently used entries beyond it
 *  go. Every build of gort (and every program the fuzzer makes up) adds entries, so age alone
 *  let a developer's caches reach gigabytes within days. */
const cacheCapBytes: Record<string, number> = { trees: 1 << 30, builds: 1 << 30, v8: 128 << 20 };

/** Deletes the entries of gort's caches that were not used for trimUnusedMs, then the least
 *  recently used ones beyond cacheCapBytes, at most once per trimIntervalMs (the time of the
 *  last trim is the mtime of trim.txt in the cache root). */
export function trimCaches(): void {
  const trees = cacheDir("trees");
  if (trees === undefined) return;
  const root = dirname(trees);
  const marker = join(root, "trim.txt");
  const now = Date.now();
  try {
    if (now - statSync(marker).mtimeMs < trimIntervalMs) return;
  } catch {
    // Never trimmed.
  }
  try {
    mkdirSync(root, { recursive: true });
    writeFileSync(marker, `${now}\n`);
    for (const sub of ["trees", "builds", "v8"]) {
      const dir = join(root, sub);
      if (existsSync(dir)) trimDir(dir, now, cacheCapBytes[sub]!);
    }
  } catch {
    // An unwritable cache root: nothing to trim.
  }
}

/** trimCaches for one cache directory. */
export function trimDir(dir: string, now: number, cap: number): void {
  const kept: { p: string; used: number; size: number }[] = [];
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    try {
      const st = statSync(p);
      if (now - st.mtimeMs > trimUnusedMs) rmSync(p, { force: true });
      else kept.push({ p, used: st.mtimeMs, size: st.size });
    } catch {
      // Removed by another process meanwhile.
    }
  }
  let total = kept.reduce((n, e) => n + e.size, 0);
  kept.sort((a, b) => a.used - b.used);
  for (const e of kept) {
    if (total <= cap) break;
    rmSync(e.p, { force: true });
    total -= e.size;
  }
}

let parserHash: string | undefined;
/** What a syntax tree depends on: the parser's compiled code (the front end's parse*.js,
 *  ast.js, constant.js and diag.js in dist/) and the grammar packages' versions. A rebuild that
 *  leaves the parser alone keeps the trees (the first run after a build then parses nothing);
 *  without dist/ (the bundle only) it falls back to gortVersion. */
function parserVersion(): string {
  if (parserHash === undefined) {
    const h = createHash("sha256");
    try {
      const dir = join(gortRoot, "dist", "src", "frontend");
      for (const f of readdirSync(dir).sort()) {
        if (/^(parse.*|ast|constant|diag)\.js$/.test(f)) h.update(`${f}\0`).update(readFileSync(join(dir, f)));
      }
      for (const pkg of ["tree-sitter-go", "web-tree-sitter"]) {
        h.update(readFileSync(join(gortRoot, "node_modules", pkg, "package.json")));
      }
      parserHash = h.digest("hex").slice(0, 24);
    } catch {
      parserHash = gortVersion();
    }
  }
  return parserHash;
}

let version: string | undefined;
/** package.json's version and the build's time: a rebuilt gort never reads an older gort's trees
 *  or builds. */
export function gortVersion(): string {
  if (version === undefined) {
    let v = "?";
    try {
      v = (JSON.parse(readFileSync(join(gortRoot, "package.json"), "utf8")) as { version: string }).version;
      v += "@" + statSync(join(gortRoot, "dist", "src", "frontend", "parser.js")).mtimeMs;
    } catch {
      // No package.json or build: the hash of the text still keys the tree.
    }
    version = v;
  }
  return version;
}

type Loaded =
  | { ok: true; files: SourceFile[]; pkgLabel: string; mode: "files" | "dir"; module?: MainModule }
  | { ok: false; stderr: string; exitCode: number };

/** What `gort test` reads: a package's files with its _test.go files, its name, and its import
 *  path as go test prints it (the module path of the nearest go.mod and the directory below it,
 *  else command-line-arguments). */
type LoadedTest =
  | { ok: true; files: SourceFile[]; xfiles: SourceFile[]; pkgName: string; importPath: string; module?: MainModule }
  | { ok: false; stderr: string; exitCode: number };

export function readTestPackage(target: string, cwd: string, tags?: BuildTags): LoadedTest {
  const r = readTarget(target, cwd, true, tags);
  if (!r.ok) return r;
  const xfiles = (r.loaded.xfiles ?? []).map(sourceFile);
  return { ok: true, files: r.files, xfiles, pkgName: r.loaded.pkgName ?? "main", importPath: r.importPath, ...(r.module ? { module: r.module } : {}) };
}

/** What readProgram and readTestPackage share: the target's .go files (one file, or a
 *  directory's), loaded as go build or go test loads them, and the module they belong to. A
 *  package directory of a module is named by its import path; files, command-line-arguments. */
function readTarget(target: string, cwd: string, test: boolean, tags?: BuildTags):
  | { ok: true; loaded: ReturnType<typeof loadProgram>; files: SourceFile[]; isDir: boolean; importPath: string; module?: MainModule }
  | { ok: false; stderr: string; exitCode: number } {
  const abs = resolve(cwd, target);
  if (!existsSync(abs)) return { ok: false, stderr: `stat ${target}: no such file or directory\n`, exitCode: 1 };
  const isDir = statSync(abs).isDirectory();
  const paths = isDir ? readdirSync(abs).filter((f) => f.endsWith(".go")).sort().map((f) => join(abs, f)) : [abs];
  const inputs: SourceInput[] = paths.map((p) => ({ path: p, bytes: readFileSync(p) }));
  const found = findModule(isDir ? abs : dirname(abs), cwd);
  if (found !== undefined && "error" in found) return { ok: false, stderr: found.error, exitCode: 1 };
  const module = found?.module;
  const importPath = isDir && module ? module.mod.module + (abs === module.root ? "" : abs.slice(module.root.length)) : "command-line-arguments";
  const loaded = loadProgram(inputs, {
    mode: isDir ? "dir" : "files",
    names: paths.map((p) => displayName(p, cwd)),
    dirLabel: isDir ? displayName(abs, cwd) : ".",
    importPath,
    test,
    ...(tags ? { tags } : {}),
  });
  if (loaded.loadError) return { ok: false, stderr: loaded.loadError, exitCode: 1 };
  return { ok: true, loaded, files: loaded.files.map(sourceFile), isDir, importPath, ...(module ? { module } : {}) };
}

function sourceFile(f: { name: string; path: string; text: string }): SourceFile {
  return { name: f.name, path: f.path, text: f.text };
}

/**
 * The main module of a package directory: the nearest go.mod at or above it, parsed (cmd/go's
 * error when it does not parse), or undefined when there is none. Only go.mod files are read on
 * the way up; the module's other files are read through moduleFS, inside its root.
 */
export function findModule(dir: string, cwd: string): { module: MainModule } | { error: string } | undefined {
  for (let d = dir; ; ) {
    const mod = join(d, "go.mod");
    if (existsSync(mod) && statSync(mod).isFile()) {
      const r = parseGoMod(mod, readFileSync(mod, "utf8"));
      if ("error" in r) return r;
      return { module: { root: d, mod: r.mod, fs: moduleFS(d), cwd } };
    }
    const up = dirname(d);
    if (up === d) return undefined;
    d = up;
  }
}

/**
 * The files of a module as modload.ts reads them: paths relative to root, confined to it. A
 * path with "." or ".." elements is refused, and so is one that a symbolic link takes out of the
 * root (its real path must lie under the root's real path).
 */
export function moduleFS(root: string): ModuleFS {
  let realRoot: string | undefined;
  const inside = (rel: string): string | undefined => {
    if (rel.startsWith("/") || rel.split("/").some((p) => p === "." || p === "..")) return undefined;
    const p = rel === "" ? root : join(root, rel);
    try {
      realRoot ??= realpathSync(root);
      const real = realpathSync(p);
      return real === realRoot || real.startsWith(realRoot + "/") ? real : undefined;
    } catch {
      return undefined;
    }
  };
  return {
    readDir(rel) {
      const p = inside(rel);
      if (p === undefined) return undefined;
      try {
        if (!statSync(p).isDirectory()) return undefined;
        return readdirSync(p, { withFileTypes: true }).map((e) => {
          let dir = e.isDirectory();
          if (e.isSymbolicLink()) {
            try {
              dir = statSync(join(p, e.name)).isDirectory();
            } catch {
              dir = false;
            }
          }
          return { name: e.name, dir };
        });
      } catch {
        return undefined;
      }
    },
    readFile(rel) {
      const p = inside(rel);
      if (p === undefined) return undefined;
      try {
        return statSync(p).isFile() ? readFileSync(p) : undefined;
      } catch {
        return undefined;
      }
    },
  };
}

/** Read a program: one .go file (or several), or a directory holding one package main. */
export function readProgram(target: string, cwd: string, tags?: BuildTags): Loaded {
  const r = readTarget(target, cwd, false, tags);
  if (!r.ok) return r;
  return { ok: true, files: r.files, pkgLabel: r.loaded.pkgLabel, mode: r.isDir ? "dir" : "files", ...(r.module ? { module: r.module } : {}) };
}
