// The CLI's start-up bundle: dist/gort.cjs, every module of dist/src that `gort` loads, in one
// CommonJS file (`npm run build` writes it after tsc).
//
// Why: Node spends about 265 ms resolving, reading and compiling the ~300 ES modules of dist/src
// before gort does anything, a quarter of a small program's start-up. One script loads in about
// 70 ms, and bin/cli-loader.cjs then compiles it with V8's code cache (a CommonJS script can use
// one under Node 20; an ES module cannot), which brings it to about 35 ms. bin/gort.js uses the
// bundle only when it is at least as new as dist/src/cli/main.js, so a build with plain `tsc`
// falls back to the ES modules and never runs stale code.
//
// The npm packages stay outside the bundle (web-tree-sitter finds its .wasm next to itself), and
// Node's own modules are required. The file is written to a temporary name and renamed, so a
// gort that starts meanwhile sees the old bundle or the new one, never half of one.

import { renameSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "rolldown";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

export async function bundle(): Promise<string> {
  const out = join(root, "dist", "gort.cjs");
  const tmp = `${out}.${process.pid}.tmp`;
  await build({
    input: join(root, "dist", "src", "cli", "main.js"),
    platform: "node",
    external: [/^node:/, "web-tree-sitter", "pprof-format", /^tree-sitter-/],
    logLevel: "warn",
    output: { file: tmp, format: "cjs" },
  });
  renameSync(tmp, out);
  return out;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const out = await bundle();
  process.stdout.write(`bundle: ${out} (${(statSync(out).size / 1e6).toFixed(2)} MB)\n`);
}
