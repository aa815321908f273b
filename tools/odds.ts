// Outcome rates of racy programs: native Go 1.19 against gort over seeds.
//
// Models nothing in Go; this is a tool. A racy program ends differently from run to run (a
// fatal "concurrent map writes" in some, a clean exit in the others; a deadlock in some; its
// lines in another order). How often each outcome happens is part of what gort claims to
// model. Steps:
//   1. The programs: testdata/odds/*.go (written for this), testdata/run/sched/*.go (the
//      scheduling-dependent goldens) and the built-in example (src/examples/cgo-map.ts).
//   2. Build each once with /usr/lib/go-1.19/bin/go and run it --runs times (default 200) at
//      GOMAXPROCS=--procs (default 4), each with a timeout (default 10 s; a run that times out
//      is the outcome "timeout"), one at a time.
//   3. Run gort over --runs seeds (`gort run --runs N --cpus C`, GOMAXPROCS in the environment,
//      C = min(GOMAXPROCS, the host's CPUs): the same machine as the native runs), and re-run
//      one seed of each distinct ending to read its output.
//   4. Classify both sides' runs alike (classify below: a fatal error or panic by its first
//      line, else the exit status and stdout) and write a table (program, outcome, real %,
//      gort %, gort/real) into docs/FIDELITY.md between `<!-- odds:begin -->` and
//      `<!-- odds:end -->`.
//
// Usage: node dist/tools/odds.js [--runs N] [--procs P] [--timeout SECONDS] [--no-write] [name...]
// Not run by the test suite (it takes minutes and its numbers depend on the host).

import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { GO_BIN, gortCli, repoRoot } from "./golden.js";
import { cpuModel, writeDocSection } from "./docsection.js";
import { cgoMapExample } from "../src/examples/cgo-map.js";


interface Prog {
  name: string;
  file: string;
}

interface Result {
  prog: Prog;
  real: Map<string, number>;
  gort: Map<string, number>;
  realRuns: number;
  gortRuns: number;
}

/** One run's outcome: a fatal error or panic by its first line, a timeout, or the exit status
 *  and what it printed. */
export function classify(exit: number | null, stdout: string, stderr: string, timedOut: boolean): string {
  if (timedOut) return "timeout";
  const fatal = /^fatal error: (.*)$/m.exec(stderr);
  if (fatal) return `exit ${exit}: fatal error: ${fatal[1]}`;
  const panic = /^panic: (.*)$/m.exec(stderr);
  if (panic) return `exit ${exit}: panic: ${panic[1]!.replace(/ \[recovered\]$/, "")}`;
  let out = stdout.trim().split("\n").join(" / ");
  if (out.length > 70) out = out.slice(0, 67) + "...";
  return `exit ${exit}: ${out === "" ? "(no output)" : `\`${out}\``}`;
}

function bump(m: Map<string, number>, k: string, n = 1): void {
  m.set(k, (m.get(k) ?? 0) + n);
}

function main(): void {
  const argv = process.argv.slice(2);
  let runs = 200;
  let procs = 4;
  let timeout = 10;
  let write = true;
  const names: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--runs") runs = Number(argv[++i]);
    else if (a === "--procs") procs = Number(argv[++i]);
    else if (a === "--timeout") timeout = Number(argv[++i]);
    else if (a === "--no-write") write = false;
    else names.push(a);
  }
  const root = repoRoot();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "gort-odds-"));
  const progs: Prog[] = [];
  for (const d of ["testdata/odds", "testdata/run/sched"]) {
    for (const f of fs.readdirSync(path.join(root, d)).filter((x) => x.endsWith(".go")).sort()) {
      progs.push({ name: `${d.replace(/^testdata\//, "")}/${f}`, file: path.join(root, d, f) });
    }
  }
  const cgoDir = path.join(tmp, "cgomap");
  fs.mkdirSync(cgoDir);
  fs.writeFileSync(path.join(cgoDir, "main.go"), cgoMapExample);
  progs.push({ name: "gort example (cgo-map)", file: path.join(cgoDir, "main.go") });
  const selected = progs.filter((p) => names.length === 0 || names.some((n) => p.name.includes(n)));
  const cpus = Math.min(procs, os.cpus().length);
  const env = { ...process.env, GOMAXPROCS: String(procs), LANG: "C", TZ: "UTC" };
  const { node, script } = gortCli();
  const results: Result[] = [];
  try {
    for (const prog of selected) {
      const bin = path.join(tmp, `bin-${results.length}`);
      const b = spawnSync(GO_BIN, ["build", "-o", bin, prog.file], { encoding: "utf8", cwd: path.dirname(prog.file) });
      if (b.status !== 0) throw new Error(`go build ${prog.name}: ${b.stderr}`);
      const res: Result = { prog, real: new Map(), gort: new Map(), realRuns: runs, gortRuns: runs };
      for (let r = 0; r < runs; r++) {
        const p = spawnSync(bin, [], { encoding: "utf8", env, timeout: timeout * 1000, killSignal: "SIGKILL", maxBuffer: 1 << 24 });
        const timedOut = p.error !== undefined && (p.error as NodeJS.ErrnoException).code === "ETIMEDOUT";
        bump(res.real, classify(p.status, p.stdout ?? "", p.stderr ?? "", timedOut));
      }
      // gort: the summary groups the seeds by ending and stdout hash, with one seed of each;
      // that seed's run gives the ending's output to classify.
      const s = spawnSync(node, [script, "run", "--runs", String(runs), "--cpus", String(cpus), prog.file], {
        encoding: "utf8", env, maxBuffer: 1 << 26,
      });
      const lines = [...`${s.stdout}\n${s.stderr}`.matchAll(/^\s+(\d+) \(\s*[\d.]+%\)\s.*e\.g\. gort run --seed (\d+) /gm)];
      if (lines.length === 0) throw new Error(`${prog.name}: no gort summary: ${s.stderr.slice(-500)}`);
      for (const m of lines) {
        const one = spawnSync(node, [script, "run", "--seed", m[2]!, "--cpus", String(cpus), prog.file], {
          encoding: "utf8", env, maxBuffer: 1 << 26,
        });
        bump(res.gort, classify(one.status, one.stdout, one.stderr, false), Number(m[1]));
      }
      results.push(res);
      console.log(prog.name, "real", Object.fromEntries(res.real), "gort", Object.fromEntries(res.gort));
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  const table = render(results, runs, procs, cpus, timeout);
  if (!write) {
    console.log(table);
    return;
  }
  writeDocSection(path.join(root, "docs", "FIDELITY.md"), "odds", table);
  console.log("wrote docs/FIDELITY.md");
}

function render(results: Result[], runs: number, procs: number, cpus: number, timeout: number): string {
  const cpu = cpuModel();
  const goVersion = spawnSync(GO_BIN, ["version"], { encoding: "utf8" }).stdout.trim();
  const pct = (n: number, of: number): string => `${((100 * n) / of).toFixed(1)}%`;
  const out: string[] = [];
  out.push(`Machine: ${cpu}, ${os.cpus().length} CPUs, ${goVersion}. Real: ${runs} runs of the native ` +
    `binary at GOMAXPROCS=${procs}, one at a time, ${timeout} s timeout each; gort: seeds 1..${runs} with ` +
    `\`--cpus ${cpus}\` and GOMAXPROCS=${procs}. Regenerate with \`node dist/tools/odds.js\`.`, "");
  out.push("| program | outcome | real | gort | gort/real |", "|---|---|---|---|---|");
  for (const r of results) {
    const keys = [...new Set([...r.real.keys(), ...r.gort.keys()])]
      .sort((a, b) => (r.real.get(b) ?? 0) - (r.real.get(a) ?? 0) || (r.gort.get(b) ?? 0) - (r.gort.get(a) ?? 0));
    let first = true;
    for (const k of keys) {
      const re = r.real.get(k) ?? 0;
      const go = r.gort.get(k) ?? 0;
      const ratio = re === 0 ? (go === 0 ? "" : "only gort") : go === 0 ? "only real" : `${((go / r.gortRuns) / (re / r.realRuns)).toFixed(2)}x`;
      out.push(`| ${first ? `\`${r.prog.name}\`` : ""} | ${k.replace(/\|/g, "\\|")} | ${pct(re, r.realRuns)} | ${pct(go, r.gortRuns)} | ${ratio} |`);
      first = false;
    }
  }
  out.push("");
  return out.join("\n");
}

main();
