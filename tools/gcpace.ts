// GC pacing yardstick: how many cycles gort's collector runs, and how far the heap overshoots
// during the mark, against real Go 1.19 on the programs of testdata/gcpace.
//
// Models nothing in Go; it judges the timing side of the collector model (src/runtime/mgc.ts:
// mark work and workers, assists, allocation during the mark) and the pacer (mgcpacer.ts).
// Each program of testdata/gcpace/*.go prints, as its last stdout line,
//     gcpace numgc=<MemStats.NumGC after a final runtime.GC()>
// For every program and every GOMAXPROCS of --procs this tool
//   1. builds it with real Go and runs it --runs times with GODEBUG=gctrace=1 (GOGC removed
//      from the environment), reading numgc and, from each gctrace line that is not
//      " (forced)", the heap at mark termination (the middle figure of "A->B->C MB");
//   2. runs gort (`node bin/gort.js run --seed S --cpus C`) the same way for each seed of
//      --seeds, with --cpus the host's CPU count (the machine real Go ran on: with GOMAXPROCS
//      above it, the mark workers share the CPUs, as real Go's do here);
//   3. takes medians: real Go's NumGC over its runs, its heap-after-mark over all cycles of all
//      runs; gort's likewise over the seeds;
//   4. prints a table (program, GOMAXPROCS, real NumGC, gort NumGC, ratio, real heap-after-mark
//      MB, gort's, ratio; ratio = gort/real) and, unless --no-write, puts it into
//      docs/FIDELITY.md between the markers <!-- gcpace:begin --> and <!-- gcpace:end -->.
// Not run by the test suite (it runs real Go). The target: ratios within 1/1.3..1.3 for NumGC
// and 1/1.5..1.5 for heap-after-mark.
//
// --calibrate instead runs testdata/gcpace/calibrate/markcost.go under real Go with
// GOMAXPROCS=1 for each heap it builds and prints the mark clock of its forced cycles (the
// medians), the figures mgc.ts's mark cost constants were fitted to (on a quiet machine: other
// load stretches them).
//
// Usage: node dist/tools/gcpace.js [--runs N] [--seeds 1,2,3] [--procs 4,1] [--cpus N]
//                                  [--no-write] [--calibrate] [name...]

import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { GO_BIN } from "./golden.js";
import { writeDocSection } from "./docsection.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const DIR = path.join(root, "testdata", "gcpace");
const FIDELITY = path.join(root, "docs", "FIDELITY.md");

/** What one run printed: NumGC, and the heap at mark termination of each unforced cycle. */
interface RunFigures {
  numgc: number;
  heap1: number[];
}

const GCLINE = /^gc \d+ @[\d.]+s \d+%: .* ms cpu, (\d+)->(\d+)->(\d+) MB, .* P( \(forced\))?$/;

export function parseRun(stdout: string, stderr: string): RunFigures | null {
  const m = /gcpace numgc=(\d+)\s*$/.exec(stdout);
  if (m === null) return null;
  const heap1: number[] = [];
  for (const line of stderr.split("\n")) {
    const g = GCLINE.exec(line);
    if (g !== null && g[4] === undefined) heap1.push(Number(g[2]));
  }
  return { numgc: Number(m[1]), heap1 };
}

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const h = s.length >> 1;
  return s.length % 2 === 1 ? s[h]! : (s[h - 1]! + s[h]!) / 2;
}

function env(procs: number): NodeJS.ProcessEnv {
  const e: NodeJS.ProcessEnv = { ...process.env, GOMAXPROCS: String(procs), GODEBUG: "gctrace=1" };
  delete e.GOGC;
  delete e.GOMEMLIMIT;
  return e;
}

function run(cmd: string, args: string[], e: NodeJS.ProcessEnv): { stdout: string; stderr: string } {
  const r = spawnSync(cmd, args, { env: e, encoding: "utf8", maxBuffer: 64 << 20, timeout: 600_000 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")}: exit ${r.status}\n${r.stderr}`);
  return { stdout: r.stdout, stderr: r.stderr };
}

function buildGo(src: string, out: string): void {
  run(GO_BIN, ["build", "-o", out, src], { ...process.env, GOFLAGS: "", GO111MODULE: "off" });
}

interface Row {
  name: string;
  procs: number;
  realNumgc: number;
  gortNumgc: number;
  realHeap1: number;
  gortHeap1: number;
}

function fmtRatio(a: number, b: number): string {
  return b === 0 ? "-" : (a / b).toFixed(2);
}

export function table(rows: readonly Row[], runs: number, seeds: readonly number[], cpus: number): string {
  const out = [
    `Real Go 1.19: median of ${runs} runs on ${cpus} CPUs; gort: median over seeds ${seeds.join(", ")} with ` +
      `\`--cpus ${cpus}\`. heap1 is the heap at mark termination (the middle figure of gctrace's ` +
      "`A->B->C MB`), median over the cycles not forced. Ratio: gort / real.",
    "",
    "| program | GOMAXPROCS | real NumGC | gort NumGC | ratio | real heap1 MB | gort heap1 MB | ratio |",
    "|---|---|---|---|---|---|---|---|",
  ];
  for (const r of rows) {
    out.push(
      `| ${r.name} | ${r.procs} | ${r.realNumgc} | ${r.gortNumgc} | ${fmtRatio(r.gortNumgc, r.realNumgc)} | ` +
        `${r.realHeap1} | ${r.gortHeap1} | ${fmtRatio(r.gortHeap1, r.realHeap1)} |`,
    );
  }
  return out.join("\n");
}

function writeFidelity(text: string): void {
  writeDocSection(FIDELITY, "gcpace", text + "\n");
}

function calibrate(tmp: string): void {
  const bin = path.join(tmp, "markcost");
  buildGo(path.join(DIR, "calibrate", "markcost.go"), bin);
  for (const kind of ["none", "bufs", "nodes", "bigs"]) {
    const { stderr } = run(bin, [kind], env(1));
    const clocks: number[] = [];
    for (const line of stderr.split("\n")) {
      const m = /^gc \d+ @[\d.]+s \d+%: [\d.]+\+([\d.]+)\+[\d.]+ ms clock.* \(forced\)$/.exec(line);
      if (m !== null) clocks.push(Number(m[1]));
    }
    // The first forced cycles may still sweep and settle the heap: the last four count.
    console.log(`${kind}: mark ${Number(median(clocks.slice(-4)).toPrecision(3))} ms (GOMAXPROCS=1, one idle worker)`);
  }
}

function main(): void {
  const argv = process.argv.slice(2);
  let runs = 11;
  let seeds = [1, 2, 3];
  let procsList = [4, 1];
  let cpus = os.cpus().length;
  let write = true;
  let cal = false;
  const names: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const next = (): string => argv[++i] ?? "";
    if (a === "--runs") runs = Number(next());
    else if (a === "--seeds") seeds = next().split(",").map(Number);
    else if (a === "--procs") procsList = next().split(",").map(Number);
    else if (a === "--cpus") cpus = Number(next());
    else if (a === "--no-write") write = false;
    else if (a === "--calibrate") cal = true;
    else names.push(a);
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "gcpace-"));
  try {
    if (cal) return calibrate(tmp);
    const progs = fs.readdirSync(DIR).filter((f) => f.endsWith(".go")).sort()
      .map((f) => f.slice(0, -3)).filter((n) => names.length === 0 || names.includes(n));
    const rows: Row[] = [];
    for (const name of progs) {
      const src = path.join(DIR, `${name}.go`);
      const bin = path.join(tmp, name);
      buildGo(src, bin);
      for (const procs of procsList) {
        const real: RunFigures[] = [];
        for (let i = 0; i < runs; i++) {
          const o = run(bin, [], env(procs));
          const f = parseRun(o.stdout, o.stderr);
          if (f === null) throw new Error(`${name}: real Go printed no gcpace line`);
          real.push(f);
        }
        const gort: RunFigures[] = [];
        for (const seed of seeds) {
          const o = run(process.execPath, [path.join(root, "bin", "gort.js"), "run", "--seed", String(seed), "--cpus", String(cpus), src], env(procs));
          const f = parseRun(o.stdout, o.stderr);
          if (f === null) throw new Error(`${name}: gort printed no gcpace line`);
          gort.push(f);
        }
        const row: Row = {
          name, procs,
          realNumgc: median(real.map((f) => f.numgc)), gortNumgc: median(gort.map((f) => f.numgc)),
          realHeap1: median(real.flatMap((f) => f.heap1)), gortHeap1: median(gort.flatMap((f) => f.heap1)),
        };
        rows.push(row);
        console.error(`${name} P=${procs}: real numgc ${real.map((f) => f.numgc).join(" ")}; gort ${gort.map((f) => f.numgc).join(" ")}`);
      }
    }
    const text = table(rows, runs, seeds, cpus);
    console.log(text);
    if (write) writeFidelity(text);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) main();
