// Benchmark harness: native Go 1.19 versus gort on the programs in bench/ (`npm run bench`).
//
// Models nothing in Go; this is a tool. Steps:
//   1. Build every bench/*.go once with /usr/lib/go-1.19/bin/go into a temporary directory.
//   2. Run each native binary RUNS times and gort (`node bin/gort.js run FILE -- ARG`) RUNS times,
//      measuring wall time with the host clock, and peak RSS and user+sys CPU time with
//      /usr/bin/time -f "%M %U %S" when present (otherwise they are reported as n/a).
//   3. Report the median wall time, the peak RSS, the wall ratio gort/native and the CPU ratio
//      (steadier than wall time when other work shares the machine); gort's stdout must
//      equal native stdout, otherwise the row reports the first differing line.
//   4. Write docs/PERFORMANCE.md with the table, the machine (nproc, CPU model, node and go
//      versions) and the date.
// Each program takes its problem size as os.Args[1]. By default both sides run the full size
// (native ~0.2–1 s); --quick runs both sides at the smaller QUICK size, so that gort finishes
// in reasonable time while the ratio still compares like with like.
//
// Usage: node dist/bench/bench.js [--quick] [--runs N] [--timeout SECONDS] [name...]
//        node dist/bench/bench.js --race [--quick] [--runs N]
// --race measures the race detector instead (issue 12): on RACE_BENCHES, plain gort against
// gort -race, and native Go against go -race for scale, into docs/PERFORMANCE-RACE.md.
// A gort failure (non-zero exit, timeout, wrong output) is reported in the table by its first
// line; it never stops the harness.

import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { startupSection } from "./startup.js";
import { GO_BIN, gortCli, repoRoot } from "../tools/golden.js";

interface Bench {
  name: string;
  /** The full size: the program's own default, passed explicitly. */
  full: string;
  quick: string;
}

const BENCHES: Bench[] = [
  { name: "fib", full: "39", quick: "27" },
  { name: "nbody", full: "5000000", quick: "50000" },
  { name: "fannkuch", full: "10", quick: "8" },
  { name: "binarytrees", full: "16", quick: "10" },
  { name: "map_int", full: "1200000", quick: "20000" },
  { name: "map_string", full: "500000", quick: "10000" },
  { name: "map_mixed", full: "300000", quick: "6000" },
  { name: "strbuild", full: "500000", quick: "5000" },
  { name: "pingpong", full: "1000000", quick: "10000" },
  { name: "workerpool", full: "4000000", quick: "20000" },
  { name: "spawn", full: "100000", quick: "2000" },
  { name: "gcchurn", full: "3000000", quick: "20000" },
  { name: "hash64", full: "20000000", quick: "200000" },
];

/** The -race benchmarks: goroutines sharing maps (map-heavy) and slices (CPU-bound), so that
 *  the detector is active (it records nothing before a second goroutine exists). */
const RACE_BENCHES: Bench[] = [
  { name: "race_map", full: "200000", quick: "40000" },
  { name: "race_cpu", full: "200", quick: "80" },
];

interface Sample {
  ok: boolean;
  seconds: number;
  /** User plus system CPU seconds (from /usr/bin/time); robust when the machine is loaded. */
  cpu?: number;
  rssKb?: number;
  stdout: string;
  error: string;
}

interface Row {
  bench: Bench;
  arg: string;
  native: Sample[];
  gort: Sample[];
  gortError: string;
}

const TIME_BIN = "/usr/bin/time";

/** Runs a command once, measuring wall time (and peak RSS and CPU via /usr/bin/time when present). */
function measure(cmd: string, args: string[], timeoutMs: number): Sample {
  const haveTime = fs.existsSync(TIME_BIN);
  const rssFile = path.join(os.tmpdir(), `gort-bench-rss-${process.pid}.txt`);
  const argv = haveTime ? [TIME_BIN, "-f", "%M %U %S", "-o", rssFile, cmd, ...args] : [cmd, ...args];
  const t0 = process.hrtime.bigint();
  const r = spawnSync(argv[0] as string, argv.slice(1), {
    encoding: "utf8", timeout: timeoutMs, maxBuffer: 256 << 20,
  });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  let rssKb: number | undefined;
  let cpu: number | undefined;
  if (haveTime && fs.existsSync(rssFile)) {
    const last = fs.readFileSync(rssFile, "utf8").trim().split("\n").pop() ?? "";
    const m = /^(\d+) ([\d.]+) ([\d.]+)$/.exec(last);
    rssKb = m ? Number(m[1]) : undefined;
    cpu = m ? Number(m[2]) + Number(m[3]) : undefined;
    fs.rmSync(rssFile, { force: true });
  }
  if (r.error) {
    const what = (r.error as NodeJS.ErrnoException).code === "ETIMEDOUT" ? `timeout after ${timeoutMs / 1000} s` : r.error.message;
    return { ok: false, seconds, cpu, rssKb, stdout: r.stdout ?? "", error: what };
  }
  const firstErr = (r.stderr ?? "").split("\n").find((l) => l.trim() !== "" && !/^Command exited/.test(l)) ?? "";
  const ok = r.status === 0;
  return { ok, seconds, cpu, rssKb, stdout: r.stdout, error: ok ? "" : `exit ${r.status}: ${firstErr}` };
}

function median(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

function benchOne(b: Bench, exe: string, arg: string, runs: number, timeoutMs: number, gortFlags: string[] = []): Row {
  const native: Sample[] = [];
  for (let i = 0; i < runs; i++) native.push(measure(exe, [arg], 120_000));
  const cli = gortCli();
  const src = path.join(repoRoot(), "bench", `${b.name}.go`);
  const gort: Sample[] = [];
  let gortError = "";
  if (!fs.existsSync(cli.script)) gortError = `gort CLI missing: ${cli.script}`;
  for (let i = 0; i < runs && gortError === ""; i++) {
    const s = measure(cli.node, [cli.script, "run", ...gortFlags, src, "--", arg], timeoutMs);
    gort.push(s);
    if (!s.ok) gortError = s.error;
    else if (s.stdout !== native[0]?.stdout) gortError = `wrong output: ${firstDiff(native[0]?.stdout ?? "", s.stdout)}`;
  }
  return { bench: b, arg, native, gort, gortError };
}

function firstDiff(want: string, got: string): string {
  const a = want.split("\n");
  const g = got.split("\n");
  const i = a.findIndex((l, k) => l !== g[k]);
  return `line ${i + 1}: want ${JSON.stringify(a[i])}, got ${JSON.stringify(g[i] ?? "<eof>")}`;
}

function mb(kb: number | undefined): string {
  return kb === undefined ? "n/a" : (kb / 1024).toFixed(1);
}

function peak(samples: Sample[]): number | undefined {
  const ks = samples.map((s) => s.rssKb).filter((k): k is number => k !== undefined);
  return ks.length ? Math.max(...ks) : undefined;
}

function tableRow(r: Row): string {
  const nOk = r.native.every((s) => s.ok);
  const nMed = median(r.native.map((s) => s.seconds));
  const native = nOk ? `${nMed.toFixed(3)} | ${mb(peak(r.native))}` : `failed: ${r.native[0]?.error ?? ""} | n/a`;
  if (r.gortError !== "") {
    return `| ${r.bench.name} | ${r.arg} | ${native} | ${r.gortError.replace(/\|/g, "\\|").slice(0, 100)} | | | |`;
  }
  const gMed = median(r.gort.map((s) => s.seconds));
  return `| ${r.bench.name} | ${r.arg} | ${native} | ${gMed.toFixed(3)} | ${mb(peak(r.gort))} | ${(gMed / nMed).toFixed(1)}x | ${cpuRatio(r)} |`;
}

/** The ratio of median CPU seconds (user+sys), or n/a without /usr/bin/time. */
function cpuRatio(r: Row): string {
  const n = r.native.map((s) => s.cpu).filter((c): c is number => c !== undefined);
  const g = r.gort.map((s) => s.cpu).filter((c): c is number => c !== undefined);
  if (n.length === 0 || g.length === 0) return "n/a";
  const nc = Math.max(median(n), 0.005); // /usr/bin/time reports 10 ms ticks
  return `${median(g).toFixed(2)} / ${median(n).toFixed(2)} = ${(median(g) / nc).toFixed(1)}x`;
}

function machine(): string[] {
  const cpuinfo = fs.existsSync("/proc/cpuinfo") ? fs.readFileSync("/proc/cpuinfo", "utf8") : "";
  const model = /^model name\s*:\s*(.*)$/m.exec(cpuinfo)?.[1] ?? os.cpus()[0]?.model ?? "unknown";
  const gov = spawnSync(GO_BIN, ["version"], { encoding: "utf8" }).stdout?.trim() ?? "unknown";
  return [
    `- Date: ${new Date().toISOString().slice(0, 10)}`,
    `- CPU: ${model}, nproc ${os.availableParallelism()}`,
    `- Node: ${process.version}`,
    `- Go: ${gov}`,
  ];
}

/** The start-up section (startup.ts) now in PERFORMANCE.md, kept when this run skips it. */
function oldStartup(file: string): string {
  const text = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
  const m = /<!-- startup:begin -->\n([\s\S]*?)<!-- startup:end -->/.exec(text);
  return m?.[1] ?? "(not measured yet: `node dist/bench/startup.js`)\n";
}

function writeReport(rows: Row[], quick: boolean, runs: number, startup: string | undefined): string {
  const file = path.join(repoRoot(), "docs", "PERFORMANCE.md");
  const lines = [
    "# Performance: gort versus native Go 1.19",
    "",
    "Generated by `npm run bench` (bench/bench.ts); do not edit by hand.",
    `Mode: ${quick ? "--quick (reduced problem sizes on both sides)" : "full problem sizes"};`,
    `median of ${runs} runs each; peak RSS is the maximum over the runs (MB).`,
    "Wall times inflate when the machine is shared; the CPU column (user+sys, /usr/bin/time) is the",
    "steadier comparison. gort's times include its start-up (see the last section).",
    "",
    ...machine(),
    "",
    "| benchmark | arg | native s | native RSS MB | gort s | gort RSS MB | gort/native (wall) | CPU s gort / native |",
    "|---|---|---|---|---|---|---|---|",
    ...rows.map(tableRow),
    "",
    "## Start-up and throughput",
    "",
    "<!-- startup:begin -->",
    (startup ?? oldStartup(file)) + "<!-- startup:end -->",
    "",
  ];
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, lines.join("\n"));
  return lines.join("\n");
}

function flag(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

/** Builds bench/NAME.go with go build [flag] into dir; returns the executable's path. */
function goBuild(name: string, dir: string, flag: "" | "-race"): string {
  const exe = path.join(dir, name + flag);
  const src = path.join(repoRoot(), "bench", `${name}.go`);
  const args = ["build", ...(flag ? [flag] : []), "-o", exe, src];
  const built = spawnSync(GO_BIN, args, { encoding: "utf8", env: { ...process.env, GO111MODULE: "off" } });
  if (built.status !== 0) throw new Error(`go build ${flag} ${name}: ${built.stderr}`);
  return exe;
}

/** --race: for each RACE_BENCHES program, native and go -race, gort and gort -race. */
function raceMain(quick: boolean, runs: number, timeoutMs: number, tmp: string): string[] {
  const lines = [
    "# Performance of the race detector: gort -race versus gort, go -race versus go",
    "",
    "Generated by `node dist/bench/bench.js --race` (bench/bench.ts); do not edit by hand.",
    `Mode: ${quick ? "--quick" : "full problem sizes"}; median of ${runs} runs; CPU s are user+sys`,
    "(/usr/bin/time), gort's including its start-up (~1 s). The programs run several goroutines,",
    "so gort's detector is active (it records nothing while only main exists).",
    "",
    ...machine(),
    "",
    "| benchmark | arg | go s | go -race s | go ratio | gort CPU s | gort -race CPU s | gort ratio |",
    "|---|---|---|---|---|---|---|---|",
  ];
  for (const b of RACE_BENCHES) {
    const exes = (["", "-race"] as const).map((flag) => goBuild(b.name, tmp, flag));
    const arg = quick ? b.quick : b.full;
    const plain = benchOne(b, exes[0]!, arg, runs, timeoutMs);
    const race = benchOne(b, exes[1]!, arg, runs, timeoutMs, ["-race"]);
    const cpu = (xs: Sample[]): number => median(xs.map((x) => x.cpu ?? x.seconds));
    const err = plain.gortError || race.gortError;
    const row = err !== ""
      ? `| ${b.name} | ${arg} | ${cpu(plain.native).toFixed(3)} | ${cpu(race.native).toFixed(3)} | | ${err.replace(/\|/g, "\\|").slice(0, 80)} | | |`
      : `| ${b.name} | ${arg} | ${cpu(plain.native).toFixed(3)} | ${cpu(race.native).toFixed(3)} | ${(cpu(race.native) / Math.max(cpu(plain.native), 0.005)).toFixed(1)}x | ` +
        `${cpu(plain.gort).toFixed(2)} | ${cpu(race.gort).toFixed(2)} | ${(cpu(race.gort) / cpu(plain.gort)).toFixed(2)}x |`;
    console.log(row);
    lines.push(row);
  }
  lines.push("");
  fs.writeFileSync(path.join(repoRoot(), "docs", "PERFORMANCE-RACE.md"), lines.join("\n"));
  return lines;
}

function main(argv: string[]): number {
  const quick = argv.includes("--quick");
  const runs = Math.max(3, Number(flag(argv, "--runs") ?? 3));
  const timeoutMs = 1000 * Number(flag(argv, "--timeout") ?? (quick ? 120 : 600));
  const names = argv.filter((a, i) => !a.startsWith("--") && !["--runs", "--timeout"].includes(argv[i - 1] ?? ""));
  if (!fs.existsSync(GO_BIN)) {
    console.error(`bench: ${GO_BIN} not found (apt-get install golang-1.19-go)`);
    return 1;
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "gort-bench-"));
  if (argv.includes("--race")) {
    try {
      console.log("\n" + raceMain(quick, runs, timeoutMs, tmp).join("\n"));
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
    return 0;
  }
  const rows: Row[] = [];
  try {
    for (const b of BENCHES.filter((x) => names.length === 0 || names.includes(x.name))) {
      const exe = goBuild(b.name, tmp, "");
      const row = benchOne(b, exe, quick ? b.quick : b.full, runs, timeoutMs);
      console.log(tableRow(row));
      rows.push(row);
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  // Start-up and throughput, measured after the compute table (bench/startup.ts).
  const startup = names.length === 0 ? startupSection() : undefined;
  console.log("\n" + writeReport(rows, quick, runs, startup));
  return 0;
}

process.exitCode = main(process.argv.slice(2));
