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
//
// Two rewrites of rolldown's output save start-up time:
// - The modules in `lazy` are required on first use, not when the bundle loads: a run of a
//   program built before needs none of them, and requiring them cost about 9 ms of hello
//   world's ~55 ms of start-up (web-tree-sitter 3 ms, pprof-format 2.6 ms, resolving their
//   package exports 2.7 ms, node:http 1 ms). The bundle uses such a module only as `name.member`
//   (the build checks), so a Proxy that requires it on the first member read stands in for it.
// - Characters outside ASCII (in comments and in a few strings) become \u escapes: one such
//   character makes V8 keep the whole 1.9 MB source as a two-byte string, which is slower to
//   decode from UTF-8 and to hand to the compiler.

import { readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
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
  writeFileSync(tmp, asciiOnly(lazyRequires(readFileSync(tmp, "utf8"))));
  renameSync(tmp, out);
  return out;
}

/** The modules required on first use. None may be used at the bundle's top level. */
const lazy = ["web-tree-sitter", "pprof-format", "node:http", "node:zlib", "node:worker_threads"];

/** Replaces each `let x = require("m");` of a lazy module with a Proxy that requires m when
 *  a member of x is first read. Throws if the bundle uses x other than as `x.member`. */
function lazyRequires(src: string): string {
  for (const m of lazy) {
    const decl = new RegExp(`^let (\\w+) = require\\(${JSON.stringify(m)}\\);$`, "m").exec(src);
    if (decl === null) throw new Error(`bundle: no top-level require of ${m}`);
    const x = decl[1]!;
    const uses = src.match(new RegExp(`\\b${x}\\b(?!\\.)`, "g"))?.length ?? 0;
    if (uses !== 1) throw new Error(`bundle: ${x} (${m}) is used other than as ${x}.member`);
    const proxy =
      `let ${x}$m; const ${x} = new Proxy({}, { get: (_, k) => (${x}$m ??= require(${JSON.stringify(m)}))[k] });`;
    src = src.slice(0, decl.index) + proxy + src.slice(decl.index + decl[0].length);
  }
  return src;
}

/** Writes every character outside ASCII as a \u escape. Valid in comments, strings, template
 *  and regular expression literals alike, unless it follows a backslash: the build checks. */
function asciiOnly(src: string): string {
  if (/\\[^\x00-\x7f]/.test(src)) throw new Error("bundle: a backslash before a non-ASCII character");
  return src.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const out = await bundle();
  process.stdout.write(`bundle: ${out} (${(statSync(out).size / 1e6).toFixed(2)} MB)\n`);
}
