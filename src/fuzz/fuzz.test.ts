// gort test -fuzz: the corpus encoding, and the driver on the fuzz targets of testdata/gotest
// (fuzzrace: a failure that needs an input and an interleaving; fuzzok: nothing fails), with
// execution budgets only (no host time), and real go test reading a corpus file gort wrote.

import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { marshalCorpusFile, unmarshalCorpusFile, type FuzzType } from "./encoding.js";
import { main, setOutput } from "../cli/main.js";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../../..");
const goBin = "/usr/lib/go-1.19/bin/go";

test("the v1 encoding reads back what it writes, in Go's forms", () => {
  const types: FuzzType[] = ["[]uint8", "string", "int", "uint8", "int32", "float64", "bool", "int32", "float32"];
  const vals = ["\xff\x00go", "a\"b\n", -7n, 97n, 0x4e16n, 1.5, true, -1n, Math.fround(0.1)];
  const data = marshalCorpusFile(types, vals);
  assert.equal(data, 'go test fuzz v1\n[]byte("\\xff\\x00go")\nstring("a\\"b\\n")\nint(-7)\nbyte(\'a\')\nrune(\'\xe4\xb8\x96\')\nfloat64(1.5)\nbool(true)\nint32(-1)\nfloat32(0.1)\n');
  assert.deepEqual(unmarshalCorpusFile(data, types), vals);
  assert.match(String(unmarshalCorpusFile("go test fuzz v1\nint(1)\n", ["string"])), /malformed line/);
});

/** Copies testdata/gotest/NAME to a fresh directory (fuzzing writes corpus files). */
function copyPkg(name: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `gort-fuzz-${name}-`));
  fs.cpSync(path.join(root, "testdata", "gotest", name), dir, { recursive: true });
  return dir;
}

async function gortTest(dir: string, args: string[]): Promise<{ exit: number; out: string }> {
  const out: Buffer[] = [];
  setOutput((fd, b) => void (fd === 1 && out.push(Buffer.from(b))));
  try {
    const exit = await main(["test", ...args], { cwd: dir, env: {} });
    return { exit, out: Buffer.concat(out).toString("latin1") };
  } finally {
    setOutput(undefined);
  }
}

test("fuzzrace: an input and an interleaving together; the corpus file and token replay it", async () => {
  const dir = copyPkg("fuzzrace");
  // Seeds 1, 2, 4, 6, 8, 9 and 10 of 1 to 10 find it within 100,000 executions, 6 the soonest
  // (after about 1,800; which seeds do moves with anything that moves a test binary's schedules
  // or its allocations, such as its main goroutine's frames or a constant's conversion to an
  // interface). Real Go 1.19's go test -fuzz found it in 5 of 8 runs of 100,000.
  const r = await gortTest(dir, ["-fuzz=FuzzPut", "-fuzztime=100000x", "--seed", "6"]);
  assert.equal(r.exit, 1, r.out);
  assert.match(r.out, /cache_test\.go:19: Put\(.*\): Len\(\) = 1, want 2/);
  const m = /Failing input written to (testdata\/fuzz\/FuzzPut\/([0-9a-f]{64}))\n {4}To re-run:\n {4}go test -run=FuzzPut\/\2\n/.exec(r.out);
  assert.ok(m, r.out);
  const token = fs.readFileSync(path.join(dir, `testdata/fuzz/FuzzPut/.gort/${m[2]}.token`), "utf8").trim();
  const again = await gortTest(dir, ["--replay", token]);
  assert.equal(again.exit, 1);
  assert.equal(again.out, r.out.slice(r.out.indexOf("--- FAIL")));
  fs.rmSync(dir, { recursive: true });
});

test("fuzzok: no false positive over a fixed budget", async () => {
  const dir = copyPkg("fuzzok");
  const r = await gortTest(dir, ["-fuzz=FuzzReverse", "-fuzztime=3000x"]);
  assert.equal(r.exit, 0, r.out);
  assert.match(r.out, /gathering baseline coverage: 3\/3 completed, now fuzzing with 1 workers\n/);
  assert.match(r.out, /fuzz: elapsed: \d+s, execs: 3000 \(\d+\/sec\), new interesting: \d+ \(total: \d+\)\nPASS\nok {2}\texample\.com\/fuzzok\t/);
  fs.rmSync(dir, { recursive: true });
});

test("fuzzinput: real go test runs the corpus file gort wrote", { skip: !fs.existsSync(goBin) }, async () => {
  const dir = copyPkg("fuzzinput");
  // The crashing input, as the driver writes it (the file name is the sha256 of its content).
  const r = await gortTest(dir, ["-fuzz=FuzzVersion", "-fuzztime=1x"]);
  assert.equal(r.exit, 0, r.out);
  const data = marshalCorpusFile(["[]uint8"], ["gort"]);
  fs.mkdirSync(path.join(dir, "testdata/fuzz/FuzzVersion"), { recursive: true });
  fs.writeFileSync(path.join(dir, "testdata/fuzz/FuzzVersion/crash1"), data);
  let out = "";
  try {
    execFileSync(goBin, ["test", "-run=FuzzVersion/crash1", "."], { cwd: dir, env: { ...process.env, GOFLAGS: "-mod=mod", GOPROXY: "off" }, encoding: "utf8" });
  } catch (e) {
    out = String((e as { stdout: string }).stdout);
  }
  assert.match(out, /--- FAIL: FuzzVersion\/crash1/);
  assert.match(out, /index out of range \[4\] with length 4/);
  const g = await gortTest(dir, ["-run=FuzzVersion/crash1"]);
  assert.equal(g.exit, 1);
  assert.match(g.out, /--- FAIL: FuzzVersion\/crash1[\s\S]*index out of range \[4\] with length 4/);
  fs.rmSync(dir, { recursive: true });
});

test("fuzzrace -race: a data race found while fuzzing is a failure", async () => {
  const dir = copyPkg("fuzzrace");
  const r = await gortTest(dir, ["-race", "-fuzz=FuzzCount", "-fuzztime=2000x"]);
  assert.equal(r.exit, 1, r.out);
  assert.match(r.out, /WARNING: DATA RACE\n[\s\S]*testing\.go:1319: race detected during execution of test\n[\s\S]*Failing input written to testdata\/fuzz\/FuzzCount\//);
  const files = fs.readdirSync(path.join(dir, "testdata/fuzz/FuzzCount")).filter((f) => f !== ".gort");
  assert.equal(fs.readFileSync(path.join(dir, "testdata/fuzz/FuzzCount", files[0]!), "utf8"), "go test fuzz v1\nint(7)\n");
  fs.rmSync(dir, { recursive: true });
});

test("fuzzinput: with -fuzztime Nx a session is a function of the package and --seed", async () => {
  const outs: string[] = [];
  const dir = copyPkg("fuzzinput");
  for (let i = 0; i < 2; i++) {
    const r = await gortTest(dir, ["-fuzz=FuzzVersion", "-fuzztime=20000x", "--seed", "3"]);
    assert.equal(r.exit, 1, r.out);
    // Progress lines depend on the host's clock; the rest does not.
    outs.push(r.out.replace(/^fuzz: elapsed: .*\n/gm, ""));
    fs.rmSync(path.join(dir, "testdata"), { recursive: true });
  }
  fs.rmSync(dir, { recursive: true });
  assert.equal(outs[0], outs[1]);
  assert.match(outs[0]!, /Failing input written to testdata\/fuzz\/FuzzVersion\/4d3584b4888145abcccd4d7a5c860f6f681e7d01067a96a099eac5dde2152628\n/);
});

test("coverage: branch counters in the user's code, scheduling counters at wake-ups", async () => {
  const { compileTest, defaultRunOptions, run } = await import("../api.js");
  const { nodeToolchain, readTestPackage } = await import("../host/node.js");
  const { BRANCH_COUNTERS, COVER_COUNTERS } = await import("../runtime/cover.js");
  const { onlyInput } = await import("./driver.js");
  const dir = path.join(root, "testdata", "gotest", "fuzzrace");
  const l = readTestPackage(dir, dir);
  assert.ok(l.ok);
  const c = compileTest(await nodeToolchain(), l.files, l.pkgName, l.importPath, { cover: true }, l.xfiles);
  assert.ok(c.ok);
  assert.ok(c.program.compiled.coverCounters > 10 && c.program.compiled.coverCounters < 200, String(c.program.compiled.coverCounters));
  const cover = new Uint8Array(COVER_COUNTERS);
  const r = run(c.program, {
    ...defaultRunOptions, seed: 1, args: ["x.test", "-test.fuzz=FuzzPut"], cover,
    fuzz: { mode: 2, next: onlyInput('go test fuzz v1\nstring("a")\nstring("b")\n'), crashPath: "", report: () => {} },
  });
  assert.equal(r.exitCode, 0, r.stdout);
  assert.ok(cover.subarray(0, c.program.compiled.coverCounters).some((x) => x > 0));
  assert.ok(cover.subarray(BRANCH_COUNTERS).some((x) => x > 0));
  // Without coverage the compiled code has no counters.
  const plain = compileTest(await nodeToolchain(), l.files, l.pkgName, l.importPath, {}, l.xfiles);
  assert.ok(plain.ok && plain.program.compiled.coverCounters === 0 && !plain.program.compiled.js.includes("$S.cv["));
});
