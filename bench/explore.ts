// The explorer's yardstick (issue 13): which strategy finds which kernel's bug, after how many
// runs, at how many runs per second; and what `go test -count` and `go test -race -count` find
// on the same kernels with real Go 1.19. Writes docs/EXPLORE.md.
//
// Models nothing in Go; this is a tool. Steps:
//   1. Each kernel of testdata/gotest (tools/explore.test.ts names them) is compiled once as
//      gort test compiles it, and explored in-process with every strategy (api.ts explore) up
//      to BUDGET runs (RANDOM_BUDGET for random, the baseline): the run that first failed, or
//      "-", and the runs per second of host wall time.
//   2. Real Go: `go test -count=GO_COUNT` and the same with -race in the kernel's directory
//      (GOMAXPROCS=2, -timeout 60s): how many of its iterations failed, or "hung" when the
//      binary ended at its timeout (a deadlock: go test then shows nothing else).
//   3. Throughput: the two-goroutine kernel bench/explore_two.go under each strategy, each in a
//      fresh node process pinned to one core (taskset), so earlier kernels do not leave the JIT
//      and the host heap in another shape: THROUGHPUT_RUNS runs cold, then as many warm.
//
// Usage: node dist/bench/explore.js [--no-go]

import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { compile, compileTest, defaultRunOptions, explore, type Program } from "../src/api.js";
import { nodeToolchain, readTestPackage } from "../src/host/node.js";
import { parseStrategy, type StrategySpec } from "../src/explore/steer.js";
import { GO_BIN, repoRoot } from "../tools/golden.js";

const KERNELS = ["doublelock", "lockorder", "leakysend", "wgmisuse", "condsignal", "selectorder", "depth3"];
const STRATEGIES = ["random", "pct:3", "pbound:2", "dfs", "select", "starve"];
const BUDGET = 2000;
const RANDOM_BUDGET = 10_000;
const GO_COUNT = 1000;
const THROUGHPUT_RUNS = 5000;

function spec(s: string): StrategySpec {
  const v = parseStrategy(s);
  if (typeof v === "string") throw new Error(v);
  return v;
}

/** The run options; leaks: a test binary's, whose leak check is on as under gort test. */
function options(args: string[], leaks = false): typeof defaultRunOptions {
  return { ...defaultRunOptions, cpus: 2, args, environ: new Map([["GOMAXPROCS", "2"]]), leaks };
}

/** Runs to the first failure ("-" if none within the budget) and runs per second. */
function measure(p: Program, args: string[], s: string, budget: number): { found: string; rate: number; runs: number } {
  const t0 = performance.now();
  const r = explore(p, options(args, true), { spec: spec(s), base: 1, maxRuns: budget, keepGoing: false });
  const secs = (performance.now() - t0) / 1000;
  return { found: r.failure ? String(r.failure.run + 1) : "-", rate: r.runs / secs, runs: r.runs };
}

/** go test -count=N [-race] in dir: failed iterations, or "hung" at the timeout. */
function goTest(dir: string, race: boolean): string {
  const args = ["test", `-count=${GO_COUNT}`, "-timeout", "60s", ...(race ? ["-race"] : [])];
  const env = { PATH: `${path.dirname(GO_BIN)}:/usr/bin:/bin`, HOME: process.env["HOME"] ?? "/root", GOMAXPROCS: "2", GOFLAGS: "-count=1" };
  const r = spawnSync(GO_BIN, args, { cwd: dir, env, encoding: "utf8", timeout: 180_000, maxBuffer: 1 << 28 });
  const out = (r.stdout ?? "") + (r.stderr ?? "");
  if (/test timed out/.test(out)) return "hung";
  const fails = (out.match(/^--- FAIL/gm) ?? []).length;
  const races = /WARNING: DATA RACE/.test(out) ? " (race reported)" : "";
  return `${fails}/${GO_COUNT}${races}`;
}

/** taskset, when the host has it: the throughput figure is for one core. */
const TASKSET = fs.existsSync("/usr/bin/taskset") ? "/usr/bin/taskset" : undefined;

/** The throughput of strategy s on explore_two.go, measured in a fresh process (see main). */
function throughputChild(s: string): { cold: number; warm: number; distinct: string } {
  const self = fileURLToPath(import.meta.url);
  const cmd = TASKSET ?? process.execPath;
  const args = TASKSET ? ["-c", "0", process.execPath, self, "--throughput", s] : [self, "--throughput", s];
  const r = spawnSync(cmd, args, { encoding: "utf8", timeout: 600_000 });
  if (r.status !== 0) throw new Error(`throughput ${s}: ${r.stderr}`);
  return JSON.parse(r.stdout) as { cold: number; warm: number; distinct: string };
}

/** Child mode: THROUGHPUT_RUNS runs twice over (cold, then warm), repeating a completed exploration. */
async function throughput(s: string): Promise<number> {
  const tc = await nodeToolchain();
  const two = path.join(repoRoot(), "bench", "explore_two.go");
  const c = compile(tc, [{ name: "./explore_two.go", path: two, text: fs.readFileSync(two, "utf8") }], "command-line-arguments");
  if (!c.ok) throw new Error(c.stderr);
  let distinct = "";
  const timed = (): number => {
    const t0 = performance.now();
    let runs = 0;
    while (runs < THROUGHPUT_RUNS) {
      const r = explore(c.program, options(["explore_two"]), { spec: spec(s), base: 1, maxRuns: THROUGHPUT_RUNS - runs, keepGoing: true });
      runs += r.runs;
      distinct ||= `${r.distinct} of ${r.runs}${r.complete ? " (complete)" : ""}`;
    }
    return Math.round(runs / ((performance.now() - t0) / 1000));
  };
  const cold = timed();
  const warm = timed();
  process.stdout.write(JSON.stringify({ cold, warm, distinct }));
  return 0;
}

async function main(): Promise<number> {
  const withGo = !process.argv.includes("--no-go") && fs.existsSync(GO_BIN);
  const tc = await nodeToolchain();
  const root = path.join(repoRoot(), "testdata", "gotest");
  const lines = [
    "# The explorer on our bug kernels",
    "",
    "Generated by `node dist/bench/explore.js` (bench/explore.ts); do not edit by hand.",
    "",
    `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "?"}, node ${process.version}; gort runs in-process on one core.`,
    "",
    `Each cell: the run (1-based) of \`gort test --explore S\` that first failed, from seed 1, or "-" when none did`,
    `within ${BUDGET} runs (${RANDOM_BUDGET} for random); below it, runs per second. \`go test -count=${GO_COUNT}\`: iterations`,
    `that failed in one real Go 1.19 run (GOMAXPROCS=2), or "hung" when the binary ended at its -timeout (a deadlock).`,
    "",
    "goleak and go-deadlock are not measured here (neither is vendored, and gort does not run them yet).",
    "",
    `| kernel | ${STRATEGIES.join(" | ")} |${withGo ? " go test -count | go test -race -count |" : ""}`,
    `|---|${STRATEGIES.map(() => "---:").join("|")}|${withGo ? "---:|---:|" : ""}`,
  ];
  for (const k of KERNELS) {
    const pkg = readTestPackage(path.join(root, k), root);
    if (!pkg.ok) throw new Error(pkg.stderr);
    const c = compileTest(tc, pkg.files, pkg.pkgName, pkg.importPath, {}, pkg.xfiles);
    if (!c.ok) throw new Error(c.stderr);
    const args = [`/tmp/go-build/b001/${k}.test`, "-test.paniconexit0", "-test.timeout=10m0s"];
    const cells = STRATEGIES.map((s) => {
      const m = measure(c.program, args, s, s === "random" ? RANDOM_BUDGET : BUDGET);
      return `${m.found}<br>${Math.round(m.rate)}/s`;
    });
    const go = withGo ? ` ${goTest(path.join(root, k), false)} | ${goTest(path.join(root, k), true)} |` : "";
    lines.push(`| ${k} | ${cells.join(" | ")} |${go}`);
    console.log(lines[lines.length - 1]);
  }
  lines.push("", `Throughput on bench/explore_two.go (two goroutines, a mutex and a channel): each strategy in a fresh`,
    `node process${TASKSET ? " pinned to one core (taskset -c 0)" : ""}; "cold" is the first ${THROUGHPUT_RUNS} runs (the JIT still warming),`,
    `"warm" the next ${THROUGHPUT_RUNS}. A strategy that completes (pbound, dfs) is explored again until the runs are spent.`, "");
  lines.push("| strategy | cold schedules/s | warm schedules/s | distinct schedules |", "|---|---:|---:|---:|");
  for (const s of STRATEGIES) {
    const r = throughputChild(s);
    lines.push(`| ${s} | ${r.cold} | ${r.warm} | ${r.distinct} |`);
    console.log(lines[lines.length - 1]);
  }
  fs.writeFileSync(path.join(repoRoot(), "docs", "EXPLORE.md"), lines.join("\n") + "\n");
  return 0;
}

const at = process.argv.indexOf("--throughput");
process.exit(at > 0 ? await throughput(process.argv[at + 1] ?? "random") : await main());
