// Loads gort's CLI module for bin/gort.js, on whichever thread runs it.
//
// The fast way is the bundle dist/gort.cjs (tools/bundle.ts), compiled with V8's code cache:
// the cache holds the machine code of every function the last run compiled, so the next run
// neither parses nor compiles them again (about 265 ms of module loading becomes 35–50 ms). The
// bundle is used only when it is at least as new as dist/src/cli/main.js (tsc rewrites every
// file it emits), so a build that skipped the bundle step runs the ES modules of dist/, never
// stale code. The cache lives with gort's other caches ($GORT_CACHE, else
// $XDG_CACHE_HOME/gort, else ~/.cache/gort; GORT_CACHE=off keeps none), keyed by Node's
// version and the bundle's size and time; V8 itself rejects a cache made by another V8 or with
// other flags, which then just means compiling. Any failure to read or write it means the same.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const os = require("node:os");
const vm = require("node:vm");
const crypto = require("node:crypto");

/** Which module to load: { bundle, cache } or { esm }. */
function entry(root) {
  const esm = path.join(root, "dist", "src", "cli", "main.js");
  const bundle = path.join(root, "dist", "gort.cjs");
  try {
    const b = fs.statSync(bundle);
    if (b.mtimeMs >= fs.statSync(esm).mtimeMs) return { bundle, cache: cachePath(b) };
  } catch {
    // No bundle: the ES modules.
  }
  return { esm };
}

function cachePath(stat) {
  const env = process.env;
  if (env.GORT_CACHE === "off") return undefined;
  const dir = env.GORT_CACHE ? path.join(env.GORT_CACHE, "v8") :
    path.join(env.XDG_CACHE_HOME || path.join(os.homedir(), ".cache"), "gort", "v8");
  const key = crypto.createHash("sha256").update(`${process.version}\0${process.arch}\0${stat.size}\0${stat.mtimeMs}`).digest("hex").slice(0, 24);
  return path.join(dir, `gort-${key}.bin`);
}

/** Loads the CLI module; returns it with save(), which writes the code cache if it had none. */
async function load(e) {
  if (e.esm !== undefined) return { cli: await import(e.esm), save() {} };
  let cachedData;
  if (e.cache !== undefined) {
    try {
      cachedData = fs.readFileSync(e.cache);
      // Its time says when it was last used (src/host/node.ts trimCaches deletes old entries).
      const now = Date.now();
      if (now - fs.statSync(e.cache).mtimeMs > 3600e3) fs.utimesSync(e.cache, now / 1000, now / 1000);
    } catch {
      // No cache yet.
    }
  }
  // The bundle is ASCII only (tools/bundle.ts), so latin1 reads it exactly, without decoding UTF-8.
  const src = fs.readFileSync(e.bundle, "latin1");
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${src}\n})`;
  const script = new vm.Script(wrapped, { filename: e.bundle, cachedData });
  const module = { exports: {} };
  const req = require("node:module").createRequire(e.bundle);
  script.runInThisContext()(module.exports, req, module, e.bundle, path.dirname(e.bundle));
  const fresh = cachedData === undefined || script.cachedDataRejected === true;
  return {
    cli: module.exports,
    save() {
      if (!fresh || e.cache === undefined) return;
      try {
        fs.mkdirSync(path.dirname(e.cache), { recursive: true });
        const tmp = `${e.cache}.${process.pid}.${require("node:worker_threads").threadId}.tmp`;
        fs.writeFileSync(tmp, script.createCachedData());
        fs.renameSync(tmp, e.cache);
      } catch {
        // An unwritable cache: the next run compiles again.
      }
    },
  };
}

module.exports = { entry, load };
