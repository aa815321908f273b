// The build cache: compiled programs on disk, so that running a program again skips parsing,
// type-checking and compiling it and the standard library it imports.
//
// Models the role of go build's cache (cmd/go/internal/cache), not its format: a build is keyed
// by everything it reads, and reused only while all of it is unchanged. The key is a hash of
// gort's version (its build), the compile options, and the user's files (names, paths, texts).
// The standard library is read through loadStd while compiling; the record lists each package
// read with a hash of its files, and a hit reads those packages again and compares, so editing
// stdlib/ without rebuilding gort never serves a stale build.
//
// Measured (hello world, 2-core host): compiling takes 660 ms in a fresh process (330 ms of it
// type-checking the standard library), a hit a few ms: reading the record, and a stat of each
// file of fmt's 19 packages (stdStamp), whose texts are read and hashed again only when a file's
// size or time differs from when they were compiled (reading and hashing them all took 2.5 ms).
//
// In a module, the packages come from the user's tree through the module's fs: the record also
// lists every directory listing and file the compile read there, with hashes, and a hit reads
// them again.
//
// Not cached: programs that fail to compile (their errors are quick to find again), listings
// and debug compiles, and builds with an overlay. Records are written atomically (a temporary file
// renamed); any failure to read or write one just means compiling. A compile (a miss) also
// trims gort's caches, at most once an hour, of what was not used for 5 days (node.ts).

import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { threadId } from "node:worker_threads";
import {
  cacheableOptions, compile, compileTest, programFromRecord, programRecord,
  type CompileOptions, type CompileOutcome, type ProgramRecord, type SourceFile, type Toolchain,
} from "../api.js";
import type { ImportMode } from "../frontend/imports.js";
import type { MainModule } from "../frontend/modload.js";
import { cacheDir, gortVersion, loadStd, markUsed, nodeToolchain, stdStamp, trimCaches } from "./node.js";
import { cachedJsLoader, jsHash } from "./codecache.js";
import { loadCLanguage } from "./treesitter.js";

/** Bump when ProgramRecord's shape changes. */
const recordFormat = 3;

interface BuildRecord {
  format: number;
  /** What the compile read, each with a hash of what it was: a standard-library package
   *  ("std", its import path), and in a module a directory listing ("dir") or a file ("file"),
   *  by its path in the module. */
  deps: Dep[];
  program: ProgramRecord;
  /** codecache.ts's jsHash of program.compiled.js: the name of its V8 code cache entry. */
  jsHash: string;
}

/** A dependency: its kind, its name, a hash of what it read; for "std", also stdStamp's stamp of
 *  its files then, which a hit compares first (a stat of each file instead of a read and a hash). */
type Dep = ["std" | "dir" | "file", string, string] | ["std", string, string, string];

/** compile(), through the build cache when the options allow one. */
export function compileCached(files: SourceFile[], pkgLabel: string, mode: ImportMode, opts: CompileOptions = {}): Promise<CompileOutcome> {
  return cached(["run", pkgLabel, mode, opts], files, opts, (tc, o) => compile(tc, files, pkgLabel, mode, o));
}

/** compileTest() (gort test's binary), through the build cache when the options allow one. */
export function compileTestCached(
  files: SourceFile[], pkgName: string, pkgLabel: string, opts: CompileOptions, xfiles: SourceFile[],
): Promise<CompileOutcome> {
  return cached(["test", pkgName, pkgLabel, opts, xfiles.length], [...files, ...xfiles], opts, (tc, o) => compileTest(tc, files, pkgName, pkgLabel, o, xfiles));
}

/** The build `make` makes, from the cache if it holds one for these inputs (params, as JSON,
 *  and files), else made and stored. */
async function cached(
  params: unknown[], files: SourceFile[], opts: CompileOptions, make: (tc: Toolchain, opts: CompileOptions) => CompileOutcome,
): Promise<CompileOutcome> {
  const dir = cacheableOptions(opts) ? cacheDir("builds") : undefined;
  if (dir === undefined) return make(await nodeToolchain(), opts);
  // The module's files are read through its fs: the key names the module, the deps its files.
  const mm = opts.module;
  const keyed = params.map((p) => (p === opts && mm !== undefined ? { ...opts, module: { root: mm.root, mod: mm.mod, cwd: mm.cwd } } : p));
  const path = join(dir, `${buildKey(keyed, files)}.json`);
  const hit = await lookup(path, mm);
  if (hit !== undefined) return hit;
  const tc = await nodeToolchain();
  const deps = new Map<string, Dep>();
  const recording: Toolchain = {
    ...tc,
    loadStd: (p) => {
      // The stamp is taken before the read: a file changed in between then fails the quick
      // check and is compared by its text.
      const stamp = stdStamp(p);
      const srcs = tc.loadStd(p);
      if (srcs !== undefined) deps.set(`std\0${p}`, ["std", p, srcsHash(srcs), stamp]);
      return srcs;
    },
  };
  const recOpts: CompileOptions = mm === undefined ? opts : {
    ...opts,
    module: {
      ...mm,
      fs: {
        readDir: (rel) => {
          const r = mm.fs.readDir(rel);
          deps.set(`dir\0${rel}`, ["dir", rel, dirHash(r)]);
          return r;
        },
        readFile: (rel) => {
          const r = mm.fs.readFile(rel);
          deps.set(`file\0${rel}`, ["file", rel, bytesHash(r)]);
          return r;
        },
      },
    },
  };
  const c = make(recording, recOpts);
  trimCaches();
  if (c.ok) {
    // A cached build also links through V8's code cache (codecache.ts): both are what a second
    // process running the program would otherwise redo.
    const hash = jsHash(c.program.compiled.js);
    c.program.loadJs = cachedJsLoader(hash);
    const sorted = [...deps.values()].sort((a, b) => (a[0] + a[1] < b[0] + b[1] ? -1 : 1));
    store(dir, path, { format: recordFormat, deps: sorted, program: programRecord(c.program), jsHash: hash });
  }
  return c;
}

function dirHash(entries: { name: string; dir: boolean }[] | undefined): string {
  return createHash("sha256").update(JSON.stringify(entries ?? null)).digest("hex").slice(0, 32);
}

function bytesHash(b: Uint8Array | undefined): string {
  return b === undefined ? "none" : createHash("sha256").update(b).digest("hex").slice(0, 32);
}

/** Whether a dependency still reads as it did. */
function unchanged(d: Dep, mm: MainModule | undefined): boolean {
  const [kind, name, hash] = d;
  if (kind === "std") {
    if (d[3] !== undefined && stdStamp(name) === d[3]) return true;
    const srcs = loadStd(name);
    return srcs !== undefined && srcsHash(srcs) === hash;
  }
  if (mm === undefined) return false;
  return (kind === "dir" ? dirHash(mm.fs.readDir(name)) : bytesHash(mm.fs.readFile(name))) === hash;
}

function buildKey(params: unknown[], files: SourceFile[]): string {
  const h = createHash("sha256");
  h.update(JSON.stringify([recordFormat, gortVersion(), ...params]));
  for (const f of files) h.update(`\0${f.name}\0${f.path}\0${f.text.length}\0${f.text}`);
  return h.digest("hex").slice(0, 40);
}

function srcsHash(srcs: { name: string; text: string }[]): string {
  const h = createHash("sha256");
  for (const s of srcs) h.update(`${s.name}\0${s.text.length}\0${s.text}`);
  return h.digest("hex").slice(0, 32);
}

async function lookup(path: string, mm: MainModule | undefined): Promise<CompileOutcome | undefined> {
  let rec: BuildRecord;
  try {
    rec = JSON.parse(readFileSync(path, "utf8")) as BuildRecord;
  } catch {
    return undefined;
  }
  if (rec.format !== recordFormat) return undefined;
  markUsed(path);
  for (const d of rec.deps) if (!unchanged(d, mm)) return undefined;
  const cLanguage = rec.program.cgoPreamble !== undefined ? await loadCLanguage() : undefined;
  const program = programFromRecord(rec.program, cLanguage);
  if (program === undefined) return undefined;
  program.loadJs = cachedJsLoader(rec.jsHash);
  return { ok: true, program };
}

function store(dir: string, path: string, rec: BuildRecord): void {
  try {
    mkdirSync(dir, { recursive: true });
    const tmp = `${path}.${process.pid}.${threadId}.tmp`;
    writeFileSync(tmp, JSON.stringify(rec));
    renameSync(tmp, path);
  } catch {
    // An unwritable cache: the next run compiles again.
  }
}
