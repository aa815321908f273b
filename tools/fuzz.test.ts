// The bad-input fuzzer: its classification, its case generator, and a small campaign.
//
// The campaign runs a fixed seed over the repository's own programs (Go's test suite is left
// out so that the cases are the same on every machine) and fails on any INTERNAL, NODE ABORT
// or TIMEOUT problem not listed in tools/fuzz-known.txt. A timeout not listed there is run
// again with a long timeout first, so that a busy machine is not taken for a hang. The
// campaign's summary is printed, known problems included. A larger run on demand:
// `npm run fuzz -- --count 10000`.

import { test } from "node:test";
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { classify, matchKnown, parseKnown, type RawResult } from "./fuzz-classify.js";
import { applyKnown, defaultOptions, loadCorpus, readKnown, runCampaign, summary } from "./fuzz.js";
import { BOMB_FAMILIES, makeCase } from "./fuzz-mutate.js";
import { ddmin } from "./fuzz-reduce.js";
import { InprocSlot } from "./fuzz-exec.js";
import { newGoParser } from "../src/host/treesitter.js";

const CAMPAIGN_SEED = 1;
// Most of a case's time is compiling the standard library it imports (fmt: ~0.3 s of CPU per
// case), and each known hang costs a timeout and a new worker: 50 cases (on two workers, some
// 35 s of CPU) fit the suite's 6-minute budget beside the differential and conformance
// harnesses. Raise it as those costs go away; GORT_FUZZ_CASES=N overrides it for one run.
const CAMPAIGN_CASES = Number(process.env["GORT_FUZZ_CASES"] ?? 50);

function raw(exitCode: number | null, stderr: string, extra: Partial<RawResult> = {}): RawResult {
  return { exitCode, signal: null, stdout: "", stderr, timedOut: false, phase: "run", ...extra };
}

test("classify reads gort's exit codes and texts", () => {
  const c = (r: RawResult) => classify(r, "hint").cls;
  assert.equal(c(raw(0, "")), "ok");
  assert.equal(c(raw(2, "panic: boom\n\ngoroutine 1 [running]:\n")), "program failure");
  assert.equal(c(raw(2, "some output\nfatal error: all goroutines are asleep - deadlock!\n")), "program failure");
  assert.equal(c(raw(2, "# command-line-arguments\n./a.go:3:2: undefined: x\n")), "compile error");
  assert.equal(c(raw(1, "# command-line-arguments\n./a.go:3:2: gort: type parameters are not supported yet\n")), "unsupported");
  assert.equal(c(raw(1, "package command-line-arguments is not a main package\n")), "load error");
  assert.equal(c(raw(1, "/tmp/a.go:1:1: expected 'package', found 'EOF'\n")), "load error");
  assert.equal(c(raw(3, "gort: step limit exceeded (5 steps; raise it with --max-steps)\n")), "gort limit");
  assert.equal(c(raw(1, "")), "program exit");
  assert.equal(c(raw(3, "")), "program exit");
  assert.equal(c(raw(3, "sim: strings.Repeat result too large\n")), "OTHER");
  assert.equal(c(raw(null, "", { timedOut: true })), "TIMEOUT");
  assert.equal(c(raw(null, "", { signal: "SIGABRT" })), "NODE ABORT");
  assert.equal(c(raw(null, "", { memKilled: 100 })), "NODE ABORT");
  assert.equal(c(raw(134, "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n")), "NODE ABORT");
  // os.Exit(0x7fffffff): Go's exit status is 255, with nothing from the host.
  assert.equal(c(raw(255, "")), "program exit");
});

test("an internal error's signature is its message and gort's innermost frame", () => {
  const stderr = [
    "gort: internal error: TypeError: Cannot read properties of undefined (reading 'kind')",
    "    at Array.map (<anonymous>)",
    "    at exprInternal (file:///x/dist/src/frontend/check/expr.js:120:7)",
    "    at checkFiles (file:///x/dist/src/frontend/check/package.js:30:3)",
    "",
  ].join("\n");
  const v = classify(raw(70, stderr), "hint");
  assert.equal(v.cls, "INTERNAL");
  assert.equal(v.sig, "TypeError: Cannot read properties of undefined (reading 'kind') @ exprInternal (src/frontend/check/expr.ts)");
  // Numbers vary between cases of one bug and are masked.
  const w = classify(raw(70, "gort: internal error: bad slot 12 of 40\nreplay: gort run --seed 3 a.go\n"), "hint");
  assert.equal(w.sig, "bad slot N of N");
  const t = classify(raw(null, "", { timedOut: true, phase: "compile" }), "bomb paren-nest");
  assert.equal(t.sig, "during compile (bomb paren-nest)");
});

test("known file: CLASS glob lines", () => {
  const known = parseKnown("# comment\nINTERNAL RangeError: * @ compileFuncBody *\nTIMEOUT during run (bomb noyield-loop-*)\nNODE_ABORT *\n");
  assert.ok(matchKnown(known, "INTERNAL", "RangeError: Invalid string length @ compileFuncBody (src/compiler/stmt.ts)"));
  assert.ok(!matchKnown(known, "INTERNAL", "TypeError: x @ compileFuncBody (src/compiler/stmt.ts)"));
  assert.ok(matchKnown(known, "TIMEOUT", "during run (bomb noyield-loop-incr)"));
  assert.ok(!matchKnown(known, "TIMEOUT", "during compile (bomb noyield-loop-incr)"));
  assert.ok(matchKnown(known, "NODE ABORT", "killed by SIGABRT: (no message)"));
  assert.throws(() => parseKnown("CRASH x\n"));
  // The committed file parses.
  readKnown();
});

test("ddmin keeps the lines the property needs", async () => {
  const lines = Array.from({ length: 40 }, (_, i) => `line ${i}`);
  const r = await ddmin(lines, async (ls) => ls.includes("line 7") && ls.includes("line 31"), 1000);
  assert.deepEqual(r.lines, ["line 7", "line 31"]);
  const capped = await ddmin(lines, async () => false, 5);
  assert.equal(capped.runs, 5);
  assert.equal(capped.lines.length, 40);
});

test("cases are a function of the seed and the index", async () => {
  const corpus = loadCorpus(false);
  assert.ok(corpus.length > 50, `corpus of ${corpus.length} programs`);
  const parser = await newGoParser();
  const kinds = new Set<string>();
  const ops = new Set<string>();
  for (let i = 0; i < 200; i++) {
    const a = makeCase(corpus, parser, 7, i);
    if (i % 4 === 0) assert.deepEqual(a, makeCase(corpus, parser, 7, i), `case ${i} is not reproducible`);
    kinds.add(a.kind);
    for (const op of a.ops) ops.add(op.replace(/[(:].*$/, ""));
  }
  assert.notDeepEqual(makeCase(corpus, parser, 7, 0).bytes, makeCase(corpus, parser, 8, 0).bytes);
  assert.deepEqual([...kinds].sort(), ["bomb", "mutant", "seed"]);
  for (const op of ["tok-delete", "tok-dup", "tok-swap", "ident-replace", "lit-extreme", "op-swap", "stmt-dup", "nest-expr", "truncate", "bomb"]) {
    assert.ok(ops.has(op), `no ${op} in 200 cases (got ${[...ops].join(", ")})`);
  }
  assert.ok([...ops].some((o) => o.startsWith("wrap-")), "no wrap mutation");
  assert.ok(BOMB_FAMILIES >= 15);
});

test("a worker slot kills a runaway case and serves the next one from a new process", async () => {
  const limits = { maxSteps: 1e15, maxSimNs: 1e15, maxHeapBytes: 64 << 20, maxGoroutines: 100 };
  const slot = new InprocSlot({ timeoutMs: 1000, wallFactor: 30, memMb: 1024, limits });
  const job = (text: string) => ({ name: "./a.go", path: "/tmp/a.go", bytes: Buffer.from(text), seed: 1, cpus: 2 });
  try {
    const spin = await slot.run(job("package main\n\nimport \"runtime\"\n\nfunc main() {\n\tfor {\n\t\truntime.Gosched()\n\t}\n}\n"));
    assert.equal(spin.timedOut, true);
    assert.equal(spin.phase, "run");
    const hello = await slot.run(job("package main\n\nfunc main() {\n\tprintln(\"hi\")\n}\n"));
    assert.deepEqual([hello.exitCode, hello.stderr], [0, "hi\n"]);
    assert.equal(slot.starts, 2);
  } finally {
    slot.close();
  }
});

test(`fuzz campaign: seed ${CAMPAIGN_SEED}, ${CAMPAIGN_CASES} cases, no unknown INTERNAL/ABORT/TIMEOUT`, { timeout: 10 * 60_000 }, async () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "gort-fuzz-test-"));
  try {
    const o = {
      ...defaultOptions(),
      seed: CAMPAIGN_SEED, count: CAMPAIGN_CASES, jobs: 2, goTests: false, confirm: false, out,
      timeoutMs: 2_000, retryTimeoutMs: 30_000, known: readKnown(),
      limits: { maxSteps: 200_000, maxSimNs: 200e6, maxHeapBytes: 64 << 20, maxGoroutines: 10_000 },
    };
    const camp = await runCampaign(o);
    const unknown = applyKnown(camp, o.known);
    console.log(summary(camp));
    const list = unknown.map((p) => `${p.cls}: ${p.sig}\n    e.g. ${p.example}`).join("\n");
    assert.equal(unknown.length, 0, `problems not in tools/fuzz-known.txt (their examples are kept under ${out}):\n${list}`);
    fs.rmSync(out, { recursive: true, force: true });
  } catch (e) {
    process.stderr.write(`fuzz findings kept under ${out}\n`);
    throw e;
  }
});
