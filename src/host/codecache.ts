// V8's code cache for compiled Go programs: the second run of a program neither parses nor
// compiles its JavaScript again.
//
// Models nothing in Go. link() (runtime/link.ts) turns a program's compiled JS into a function;
// by default with `new Function`, which V8 must parse and compile in every process. Here the JS
// is compiled as a vm.Script with the cached data of an earlier process: hello world's program
// (fmt and its imports, about 250 KB of JS) then loads in about 1 ms instead of 4–8 ms, and the
// functions the last run compiled lazily (its inits, fmt's printing) come compiled too.
//
// The cache entry is named by a hash of the JS itself, never by the build's key: V8 checks only
// the source's length against the cached data, so data made from other source of the same length
// would be used for the wrong code. The build cache computes the hash once, when it stores the
// build, and keeps it in the build's record (hashing the JS took 2 ms of every run). A missing or rejected entry (another V8, other flags) is
// written when the process exits, after the run, so that it holds what the run compiled. Entries
// live in gort's v8 cache, beside the bundle's (bin/cli-loader.cjs), which trimCaches bounds. Any
// failure to read or write an entry just means compiling.

import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Script } from "node:vm";
import { threadId } from "node:worker_threads";
import type { JsLoader } from "../runtime/link.js";
import { cacheDir, markUsed } from "./node.js";

/** The name of the cache entry of a program's JS. */
export function jsHash(js: string): string {
  return createHash("sha256").update(js).digest("hex").slice(0, 32);
}

/** link's JsLoader through V8's code cache (new Function's semantics: a function of `$rt`), for
 *  JS whose jsHash is hash. */
export const cachedJsLoader = (hash: string): JsLoader => (js) => {
  const dir = cacheDir("v8");
  const source = `(function ($rt) {${js}\n})`;
  if (dir === undefined) return new Script(source).runInThisContext() as ($rt: unknown) => unknown;
  const path = join(dir, `prog-${hash}.bin`);
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(path);
    markUsed(path);
  } catch {
    // Not cached yet.
  }
  const script = new Script(source, { filename: "gort-program.js", cachedData });
  if (cachedData === undefined || script.cachedDataRejected === true) process.once("exit", () => save(script, dir, path));
  return script.runInThisContext() as ($rt: unknown) => unknown;
};

function save(script: Script, dir: string, path: string): void {
  try {
    mkdirSync(dir, { recursive: true });
    const tmp = `${path}.${process.pid}.${threadId}.tmp`;
    writeFileSync(tmp, script.createCachedData());
    renameSync(tmp, path);
  } catch {
    // An unwritable cache: the next run compiles again.
  }
}
