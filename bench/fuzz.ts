// The fuzzer's yardstick (issue 18): time to find the bugs of the fuzz targets of testdata/gotest
// (fuzzinput: an input alone; fuzzrace: an input and an interleaving), and executions per second
// on a target where nothing fails (fuzzok), for `gort test -fuzz` and for real `go test -fuzz`
// (Go 1.19) on this machine. Writes docs/FUZZ.md.
//
// Models nothing in Go; this is a tool. gort runs in-process (compiled once, as gort test
// compiles with coverage; compiling is not timed) with seeds 1..SEEDS; Go runs `go test -fuzz`
// in a fresh copy of the package with one worker (-parallel=1) and with GOMAXPROCS workers, its
// time to find read from its "--- FAIL: FuzzX (Ts)" line (the fuzzing time, build excluded), its
// throughput from the executions its last progress line counts over -fuzztime.
//
// Usage: node dist/bench/fuzz.js [--no-go] [--seeds N] [--secs S]

import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { compileTest, defaultRunOptions, type Program, type RunOptions } from "../src/api.js";
import { nodeToolchain, readTestPackage } from "../src/host/node.js";
import { NodeFS } from "../src/host/nodefs.js";
import { fuzz, listCorpus } from "../src/fuzz/driver.js";
import { dictionary } from "../src/fuzz/mutator.js";
import { COVER_COUNTERS } from "../src/runtime/cover.js";
import { GO_BIN, repoRoot } from "../tools/golden.js";

const TARGETS = [
  { pkg: "fuzzinput", target: "FuzzVersion", fails: true },
  { pkg: "fuzzrace", target: "FuzzPut", fails: true },
  { pkg: "fuzzok", target: "FuzzReverse", fails: false },
];

function arg(name: string, def: number): number {
  const i = process.argv.indexOf(name);
  return i < 0 ? def : Number(process.argv[i + 1]);
}

function copyPkg(pkg: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `gort-fuzzbench-${pkg}-`));
  fs.cpSync(path.join(repoRoot(), "testdata", "gotest", pkg), dir, { recursive: true });
  return dir;
}

async function gortProgram(dir: string, target: string): Promise<{ p: Program; opts: Omit<RunOptions, "seed">; dict: ReturnType<typeof dictionary> }> {
  const tc = await nodeToolchain();
  const l = readTestPackage(dir, dir);
  if (!l.ok) throw new Error(l.stderr);
  const c = compileTest(tc, l.files, l.pkgName, l.importPath, { cover: true, ...(l.module ? { module: l.module } : {}) }, l.xfiles);
  if (!c.ok) throw new Error(c.stderr);
  const opts = {
    ...defaultRunOptions, args: [`${l.pkgName}.test`, "-test.paniconexit0", "-test.timeout=10m0s", `-test.fuzz=${target}`],
    leaks: true, cover: new Uint8Array(COVER_COUNTERS), newFS: () => new NodeFS(dir),
  };
  return { p: c.program, opts, dict: dictionary([...l.files, ...l.xfiles]) };
}

/** gort: seconds until the driver found a failure (before minimizing), or undefined. */
async function gortFind(pkg: string, target: string, seed: number, secs: number): Promise<{ secs: number | undefined; execs: number }> {
  const dir = copyPkg(pkg);
  const { p, opts, dict } = await gortProgram(dir, target);
  const listed = listCorpus(p, opts);
  const t0 = performance.now();
  let found: number | undefined;
  const res = fuzz(p, opts, listed.corpus!, {
    seed, maxMs: secs * 1000, clock: () => performance.now(), dict, minimizeExecs: 0,
    log: (l) => {
      if (l.includes("minimizing") && found === undefined) found = (performance.now() - t0) / 1000;
    },
  });
  fs.rmSync(dir, { recursive: true });
  return { secs: res.crash ? found : undefined, execs: res.execs };
}

/** gort: executions per second over execs executions. */
async function gortRate(pkg: string, target: string, execs: number): Promise<number> {
  const dir = copyPkg(pkg);
  const { p, opts, dict } = await gortProgram(dir, target);
  const listed = listCorpus(p, opts);
  const t0 = performance.now();
  const res = fuzz(p, opts, listed.corpus!, { seed: 1, maxExecs: execs, clock: () => performance.now(), dict, log: () => {} });
  fs.rmSync(dir, { recursive: true });
  return res.execs / ((performance.now() - t0) / 1000);
}

/** go test -fuzz: the fuzzing time of its failure line, and the executions it counted. */
function goFuzz(pkg: string, target: string, secs: number, parallel: number | undefined): { secs: number | undefined; execs: number } {
  const dir = copyPkg(pkg);
  const args = ["test", `-fuzz=${target}`, `-fuzztime=${secs}s`, ...(parallel ? [`-parallel=${parallel}`] : []), "."];
  const r = spawnSync(GO_BIN, args, { cwd: dir, env: { ...process.env, GOFLAGS: "-mod=mod", GOPROXY: "off" }, encoding: "utf8", timeout: (secs + 120) * 1000 });
  fs.rmSync(dir, { recursive: true });
  const fail = new RegExp(`--- FAIL: ${target} \\(([0-9.]+)s\\)`).exec(r.stdout);
  const execs = [...r.stdout.matchAll(/execs: (\d+)/g)].map((m) => Number(m[1]));
  return { secs: fail ? Number(fail[1]) : undefined, execs: execs[execs.length - 1] ?? 0 };
}

function median(xs: (number | undefined)[]): string {
  const ok = xs.filter((x): x is number => x !== undefined).sort((a, b) => a - b);
  if (ok.length === 0) return "not found";
  const m = ok[Math.floor(ok.length / 2)]!;
  return `${m.toFixed(2)} s${ok.length < xs.length ? ` (${ok.length} of ${xs.length} found)` : ""}`;
}

async function main(): Promise<void> {
  const noGo = process.argv.includes("--no-go") || !fs.existsSync(GO_BIN);
  const seeds = arg("--seeds", 3);
  const secs = arg("--secs", 60);
  const rows: string[] = [];
  for (const t of TARGETS) {
    let gort: string;
    if (t.fails) {
      const runs = [];
      for (let s = 1; s <= seeds; s++) runs.push((await gortFind(t.pkg, t.target, s, secs)).secs);
      gort = `find: ${median(runs)}`;
    } else gort = `${Math.round(await gortRate(t.pkg, t.target, 2000))} execs/s`;
    let go1 = "-";
    let goN = "-";
    if (!noGo) {
      if (t.fails) {
        // Go's fuzzer has no seed: it runs as many times as gort's seeds.
        const reps = Array.from({ length: seeds }, (_, i) => i);
        go1 = `find: ${median(reps.map(() => goFuzz(t.pkg, t.target, secs, 1).secs))}`;
        goN = `find: ${median(reps.map(() => goFuzz(t.pkg, t.target, secs, undefined).secs))}`;
      } else {
        go1 = `${Math.round(goFuzz(t.pkg, t.target, 10, 1).execs / 10)} execs/s`;
        goN = `${Math.round(goFuzz(t.pkg, t.target, 10, undefined).execs / 10)} execs/s`;
      }
    }
    rows.push(`| ${t.pkg} (${t.target}) | ${gort} | ${go1} | ${goN} |`);
    console.log(rows[rows.length - 1]);
  }
  const doc = `# Fuzzing: gort test -fuzz against go test -fuzz

Generated by \`node dist/bench/fuzz.js\` (bench/fuzz.ts) on ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? "?"}), Node ${process.version}, ${new Date().toISOString().slice(0, 10)}.
Time to find: host seconds from the start of fuzzing to the first failing execution, the median
of ${seeds} runs (gort: seeds 1..${seeds}; go: its \`--- FAIL: FuzzX (T)\` line), at most ${secs} s. Throughput:
executions per host second on a target where nothing fails. Go runs with one worker
(\`-parallel=1\`) and with its default, one per CPU.

| target | gort (1 worker) | go test -fuzz -parallel=1 | go test -fuzz |
|---|---|---|---|
${rows.join("\n")}

gort runs the test binary on the simulated runtime for each batch of 64 inputs (package
initialization included) under a fresh schedule, and a failing input again alone until a
schedule fails it (so that its token replays it); Go's workers run inputs in a loop in one
process on the host's scheduler. fuzzrace fails only when two keys of one shard meet an
interleaving that loses an update: gort's schedules find it as inputs change; Go relies on its
real threads. The host is shared (load about 10 on 2 CPUs when measured): the numbers are
rough, and Go's times to find vary several-fold between runs.
`;
  fs.writeFileSync(path.join(repoRoot(), "docs", "FUZZ.md"), doc);
}

void main();
