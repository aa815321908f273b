// Calibration of the cost model (src/runtime/costs.ts) against native Go 1.19.
//
// Models nothing in Go; this is a tool. Each program in testdata/calibrate/ times its own work
// with time.Now/time.Since (so process start-up is excluded) and prints `elapsed_ns=N` last.
// Steps:
//   1. Build every testdata/calibrate/*.go once with /usr/lib/go-1.19/bin/go.
//   2. For each GOMAXPROCS in --procs (default 1,4): run the native binary --runs times
//      (default 15) and take the median elapsed_ns; run gort (`gort run --cpus C`, GOMAXPROCS
//      in the environment, C = min(GOMAXPROCS, the host's CPUs) so both sides have the same
//      machine) over --seeds seeds (default 3; its time is simulated, so a seed is a run) and
//      take the median. The other output lines must be equal (the work is the same).
//   3. Report simulated/real per program and whether it is within 0.5x–2x, and write the
//      table into docs/FIDELITY.md between `<!-- calibrate:begin -->` and
//      `<!-- calibrate:end -->`, headed by the machine (CPU model, CPUs, Go version), no date.
//
// Usage: node dist/tools/calibrate.js [--runs N] [--seeds N] [--procs 1,4] [--no-write] [name...]
// Not run by the test suite (it takes a minute and its numbers depend on the host).

import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { GO_BIN, gortCli, repoRoot } from "./golden.js";
import { cpuModel, writeDocSection } from "./docsection.js";


interface Row {
  name: string;
  what: string;
  procs: number;
  real: number[];
  gort: number[];
  /** Per-operation figures (`op=NAME ns=N` lines): the best real run's and gort's (median). */
  realOps: Map<string, number[]>;
  gortOps: Map<string, number[]>;
  mismatch?: string;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  return n === 0 ? NaN : n % 2 === 1 ? s[(n - 1) / 2]! : (s[n / 2 - 1]! + s[n / 2]!) / 2;
}

/** Splits a program's stdout into its elapsed time, its per-operation figures and the rest
 *  (which must be the same under Go and gort). */
function parse(stdout: string, ops?: Map<string, number[]>): { ns: number; rest: string } {
  const m = /^elapsed_ns=(\d+)$/m.exec(stdout);
  for (const o of stdout.matchAll(/^op=(\S+) ns=([\d.]+)$/gm)) {
    if (ops === undefined) continue;
    const xs = ops.get(o[1]!) ?? [];
    xs.push(Number(o[2]));
    ops.set(o[1]!, xs);
  }
  return { ns: m ? Number(m[1]) : NaN, rest: stdout.replace(/^elapsed_ns=\d+\n?/m, "").replace(/^op=.*\n?/gm, "") };
}

/** The program's first comment sentence after "Calibration:". */
function describe(file: string): string {
  const text = fs.readFileSync(file, "utf8");
  const m = /^\/\/ Calibration: ([^]*?)(?:\.\s|\n(?!\/\/))/m.exec(text);
  return (m?.[1] ?? "").replace(/\n\/\/ /g, " ").trim();
}

function main(): void {
  const argv = process.argv.slice(2);
  let runs = 15;
  let seeds = 3;
  let procsList = [1, 4];
  let write = true;
  const names: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--runs") runs = Number(argv[++i]);
    else if (a === "--seeds") seeds = Number(argv[++i]);
    else if (a === "--procs") procsList = argv[++i]!.split(",").map(Number);
    else if (a === "--no-write") write = false;
    else names.push(a);
  }
  const root = repoRoot();
  const dir = path.join(root, "testdata", "calibrate");
  const files = fs.readdirSync(dir).filter((f) => f.endsWith(".go")).sort()
    .filter((f) => names.length === 0 || names.includes(f.replace(/\.go$/, "")));
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "gort-calibrate-"));
  const hostCpus = os.cpus().length;
  const { node, script } = gortCli();
  const rows: Row[] = [];
  try {
    for (const f of files) {
      const name = f.replace(/\.go$/, "");
      const src = path.join(dir, f);
      const bin = path.join(tmp, name);
      const b = spawnSync(GO_BIN, ["build", "-o", bin, src], { encoding: "utf8" });
      if (b.status !== 0) throw new Error(`go build ${f}: ${b.stderr}`);
      // ops.go times single operations: one machine size is enough.
      for (const procs of name === "ops" ? procsList.slice(0, 1) : procsList) {
        const row: Row = { name, what: describe(src), procs, real: [], gort: [], realOps: new Map(), gortOps: new Map() };
        let realRest: string | undefined;
        for (let r = 0; r < runs; r++) {
          const p = spawnSync(bin, [], { encoding: "utf8", env: { ...process.env, GOMAXPROCS: String(procs) } });
          const { ns, rest } = parse(p.stdout, row.realOps);
          if (p.status !== 0 || Number.isNaN(ns)) throw new Error(`${name}: native run failed: ${p.stderr}`);
          row.real.push(ns);
          realRest = rest;
        }
        const cpus = Math.min(procs, hostCpus);
        for (let s = 1; s <= seeds; s++) {
          const p = spawnSync(node, [script, "run", "--cpus", String(cpus), "--seed", String(s), src], {
            encoding: "utf8", env: { ...process.env, GOMAXPROCS: String(procs) }, maxBuffer: 1 << 26,
          });
          const { ns, rest } = parse(p.stdout, row.gortOps);
          if (p.status !== 0 || Number.isNaN(ns)) throw new Error(`${name}: gort run failed (${p.status}): ${p.stderr.slice(0, 500)}`);
          if (rest !== realRest) row.mismatch = `output differs: ${JSON.stringify(rest)} vs ${JSON.stringify(realRest)}`;
          row.gort.push(ns);
        }
        rows.push(row);
        const ratio = median(row.gort) / median(row.real);
        console.log(`${name} GOMAXPROCS=${procs}: real ${(median(row.real) / 1e6).toFixed(2)} ms, gort ${(median(row.gort) / 1e6).toFixed(2)} ms, ratio ${ratio.toFixed(2)}${row.mismatch ? " " + row.mismatch : ""}`);
      }
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  const table = render(rows, runs, seeds, hostCpus);
  if (!write) {
    console.log(table);
    return;
  }
  writeDocSection(path.join(root, "docs", "FIDELITY.md"), "calibrate", table);
  console.log("wrote docs/FIDELITY.md");
}

function render(rows: Row[], runs: number, seeds: number, hostCpus: number): string {
  const cpu = cpuModel();
  const goVersion = spawnSync(GO_BIN, ["version"], { encoding: "utf8" }).stdout.trim();
  const ms = (ns: number): string => (ns / 1e6).toFixed(ns < 1e7 ? 2 : 1);
  const out: string[] = [];
  out.push(`Machine: ${cpu}, ${hostCpus} CPUs, ${goVersion}. Real: ${runs} runs of the native binary ` +
    `(median, and the fastest run: other work on the host only ever adds time); gort: median of ${seeds} ` +
    `seeds with \`--cpus min(GOMAXPROCS, ${hostCpus})\`. Times are each program's own \`time.Since\` ` +
    "around its work. Regenerate with `node dist/tools/calibrate.js`.", "");
  const outside: string[] = [];
  for (const p of [...new Set(rows.map((r) => r.procs))]) {
    out.push(`GOMAXPROCS=${p}:`, "");
    out.push("| program | work | real ms (median) | real ms (fastest) | gort ms | gort/real (median) | gort/real (fastest) |");
    out.push("|---|---|---|---|---|---|---|");
    for (const r of rows.filter((x) => x.procs === p)) {
      const g = median(r.gort);
      const rm = median(r.real);
      const rf = Math.min(...r.real);
      const band = (x: number): string => `${x.toFixed(2)}x${x < 0.5 || x > 2 ? " ✗" : ""}`;
      if (p === 1 && (g / rm < 0.5 || g / rm > 2)) outside.push(r.name);
      out.push(`| \`${r.name}\` | ${r.what} | ${ms(rm)} | ${ms(rf)} | ${ms(g)} | ${band(g / rm)} | ${band(g / rf)}` +
        `${r.mismatch ? " (output differs)" : ""} |`);
    }
    out.push("");
  }
  out.push(outside.length === 0
    ? "At GOMAXPROCS=1 every program is within 0.5x–2x of real Go's median (✗ marks a ratio outside)."
    : `Outside 0.5x–2x of real Go's median at GOMAXPROCS=1 (✗): ${outside.map((n) => `\`${n}\``).join(", ")}.`, "");
  for (const r of rows.filter((x) => x.realOps.size > 0)) {
    out.push(`Per operation (\`${r.name}\`, GOMAXPROCS=${r.procs}; ns per operation, each the best of 3 ` +
      "rounds in a run; real: the fastest run; the model's costs.ts constants are fitted to these):", "");
    out.push("| operation | real ns | gort ns | gort/real |", "|---|---|---|---|");
    for (const [op, xs] of r.realOps) {
      const re = Math.min(...xs);
      const go = median(r.gortOps.get(op) ?? []);
      out.push(`| ${op} | ${re.toFixed(1)} | ${go.toFixed(1)} | ${(go / re).toFixed(2)}x |`);
    }
    out.push("");
  }
  return out.join("\n");
}

main();
