#!/usr/bin/env -S -u NODE_EXTRA_CA_CERTS GORT_NODE_EXTRA_CA_CERTS=${NODE_EXTRA_CA_CERTS} node
// gort's executable: runs the compiled CLI in dist/. On a fresh checkout (no dist/ yet) it
// builds first with the TypeScript compiler that `npm install` installed.
//
// A CommonJS script (bin/package.json says so): an ES module entry point costs Node's module
// loader about 6 ms more to start, a twentieth of hello world's start-up.
//
// The first line starts Node without NODE_EXTRA_CA_CERTS: Node reads and parses that file of
// certificates as it starts, before any script runs (about 60 ms with Debian's whole bundle,
// more than the rest of hello world's start-up), and gort opens no TLS connection. The value
// is kept in GORT_NODE_EXTRA_CA_CERTS and put back below, so that the Go program's environment
// and any process it starts see the host's as it is (an empty value is dropped: the shebang's
// ${...} cannot tell it from an unset one). `node bin/gort.js` keeps the variable and its cost.
"use strict";
const keptCerts = process.env.GORT_NODE_EXTRA_CA_CERTS;
if (keptCerts !== undefined) {
  delete process.env.GORT_NODE_EXTRA_CA_CERTS;
  if (keptCerts !== "") process.env.NODE_EXTRA_CA_CERTS = keptCerts;
}
const { existsSync } = require("node:fs");
const { join } = require("node:path");

const root = join(__dirname, "..");
const cli = join(root, "dist", "src", "cli", "main.js");
if (!existsSync(cli)) {
  process.stderr.write("gort: building (first run)...\n");
  const { spawnSync } = require("node:child_process");
  const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
  const r = spawnSync(process.execPath, [tsc, "-p", join(root, "tsconfig.json")], { stdio: "inherit" });
  if (r.status !== 0 || !existsSync(cli)) {
    process.stderr.write("gort: the build failed; run `npm install` first\n");
    process.exit(1);
  }
  // The start-up bundle (tools/bundle.ts); without it gort runs the ES modules, just slower.
  spawnSync(process.execPath, [join(root, "dist", "tools", "bundle.js")], { stdio: "ignore" });
}
// cli-loader.cjs picks the bundle (with V8's code cache) or the ES modules of dist/.
const loaderPath = join(root, "bin", "cli-loader.cjs");
const loader = require(loaderPath);
const entry = loader.entry(root);
// Compiled Go calls are JavaScript calls, so deep Go recursion (Go allows 1 GB goroutine
// stacks) needs a deep host stack: the CLI runs on a worker thread with a 1 GB stack, where the
// simulator's own frame limit (runtime2.ts maxFrameDepth) is reached before the host's. Starting
// that worker costs about 80 ms, so `run`, `test` and `example` start on the main thread and
// move to the worker only when they need it (src/cli/bigstack.ts): when the host stack runs out
// or before the run changes a file. GORT_MAIN_THREAD=1 keeps a command on the main thread (a
// deep program then ends at a gort limit); GORT_MAIN_THREAD=0 starts every command on the worker.
const stackSizeMb = 1024;
const argv = process.argv.slice(2);
const pin = process.env.GORT_MAIN_THREAD;
const movable = pin === undefined && ["run", "test", "example"].includes(argv[0]) && !argv.some((a) => /^--?fuzz/.test(a));
const internal = (e) => {
  process.stderr.write(`gort: internal error: ${e && e.stack ? e.stack : e}\n`);
  process.exit(70);
};
if (pin === "1" || movable) {
  loader.load(entry).then(({ cli: mod, save }) =>
    (movable ? mod.mainMovable(argv) : mod.main(argv)).then((r) => {
      if (typeof r !== "number") return onWorker(r);
      save();
      process.exit(r);
    }),
  ).catch(internal);
} else {
  onWorker(undefined).catch(internal);
}

/** Runs the command on a worker thread with the big stack; moved: where the main thread left it. */
async function onWorker(moved) {
  const { Worker } = require("node:worker_threads");
  // The CLI writes with writeSync to fds 1 and 2, which a worker shares; it asks isTTY of
  // stderr (for its progress bar), which a worker's stream does not know: pass it along.
  const src =
    `const { parentPort, workerData } = require("node:worker_threads");` +
    `process.stderr.isTTY = workerData.tty;` +
    `const loader = require(workerData.loaderPath);` +
    `loader.load(workerData.entry).then((l) => (workerData.moved ? l.cli.mainMoved(workerData.argv, workerData.moved) : l.cli.main(workerData.argv)).then((code) => { l.save(); return code; })).then(` +
    `(code) => parentPort.postMessage({ code }),` +
    `(e) => parentPort.postMessage({ err: e && e.stack ? e.stack : String(e) }));`;
  const workerData = { loaderPath, entry, argv, moved, tty: process.stderr.isTTY === true };
  const w = new Worker(src, { eval: true, workerData, resourceLimits: { stackSizeMb } });
  w.on("message", (m) => {
    if (m.err !== undefined) internal(m.err);
    process.exit(m.code);
  });
  // The worker ends the process itself only through a message; a worker that stopped on its
  // own (process.exit in the worker, as the CLI does on a closed pipe) gives its exit code.
  w.on("exit", (code) => process.exit(code));
  w.on("error", internal);
}
