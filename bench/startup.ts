// Start-up and throughput (issue 22's yardsticks): how long `gort run` of hello world takes,
// how many runs per second `--runs` makes of the article's example, and what `--jobs` gains.
// Writes the start-up section of docs/PERFORMANCE.md (between its markers); `npm run bench`
// runs it after the compute table.
//
// Models nothing in Go; this is a tool. Each measurement is a fresh process of bin/gort.js,
// started as `npx gort` and an installed `gort` start it (by its first line, which drops
// NODE_EXTRA_CA_CERTS: see bin/gort.js), with its own cache directory (GORT_CACHE), median of
// REPEATS:
//   1. hello world, built before (the build cache and V8's code cache warm): the usual case of
//      running a program again;
//   2. hello world, a program never built before (its text changes every run; the standard
//      library's syntax trees and the code cache stay warm): the first run of a new program;
//   3. the baselines: `node -e 0` (Node's own start-up, the floor for any gort) and the native
//      hello world binary of go build; when the environment sets NODE_EXTRA_CA_CERTS, also
//      `node bin/gort.js` and `node -e 0` with it, which pay for reading those certificates;
//   4. the example (src/examples, the cgo + map crash) over RUNS seeds with --jobs 1 and with
//      --jobs 2: runs per second of wall time, start-up included, and their ratio; and two
//      --jobs 1 processes at once over half the seeds each, which share nothing but the
//      machine: what two threads of this work can gain on this host at best;
//   5. the example's runs once V8 has warmed up: 2 * RUNS runs take longer than RUNS runs by
//      the time of RUNS runs made with the JIT warm and no start-up (the first few thousand
//      runs of a campaign run partly in V8's interpreter and baseline tiers, several times
//      slower: row 4 includes them, as a user's campaign does).
//
// Usage: node dist/bench/startup.js [--repeats N]

import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { cgoMapExample } from "../src/examples/cgo-map.js";
import { cpuModel, writeDocSection } from "../tools/docsection.js";
import { GO_BIN, repoRoot } from "../tools/golden.js";

const REPEATS = 11;
const RUNS = 20_000;
const TARGETS = { helloWall: 0.1, runsPerSec: 20_000, jobsSpeedup: 1.8 };

/** Wall seconds of one process. */
function timed(cmd: string, args: string[], env: NodeJS.ProcessEnv, cwd: string): number {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { env, cwd, encoding: "utf8" });
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.error) throw r.error;
  return s;
}

/** A word quoted for /bin/sh. */
function shq(w: string): string {
  return `'${w.replace(/'/g, "'\\''")}'`;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

export function startupSection(repeats = REPEATS): string {
  const root = repoRoot();
  const gort = path.join(root, "bin", "gort.js");
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "gort-startup-"));
  try {
    const env: NodeJS.ProcessEnv = { ...process.env, GORT_CACHE: path.join(tmp, "cache") };
    const hello = path.join(tmp, "hello.go");
    const helloText = 'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("hello, world") }\n';
    fs.writeFileSync(hello, helloText);
    timed(gort, ["run", hello], env, tmp); // fills the caches
    const warm = median(Array.from({ length: repeats }, () => timed(gort, ["run", hello], env, tmp)));
    const fresh = median(Array.from({ length: Math.max(3, Math.ceil(repeats / 2)) }, (_, i) => {
      fs.writeFileSync(hello, helloText.replace("hello, world", `hello, world ${i}`));
      return timed(gort, ["run", hello], env, tmp);
    }));
    fs.writeFileSync(hello, helloText);
    const certs = env["NODE_EXTRA_CA_CERTS"];
    const bare = { ...env };
    delete bare["NODE_EXTRA_CA_CERTS"];
    const nodeFloor = median(Array.from({ length: repeats }, () => timed(process.execPath, ["-e", "0"], bare, tmp)));
    const withCerts: string[] = [];
    if (certs !== undefined && certs !== "") {
      const viaNode = median(Array.from({ length: repeats }, () => timed(process.execPath, [gort, "run", hello], env, tmp)));
      const nodeCerts = median(Array.from({ length: repeats }, () => timed(process.execPath, ["-e", "0"], env, tmp)));
      withCerts.push(
        `| hello world, \`node bin/gort.js\` with NODE_EXTRA_CA_CERTS set | ${viaNode.toFixed(3)} s | | |`,
        `| \`node -e 0\` with NODE_EXTRA_CA_CERTS set | ${nodeCerts.toFixed(3)} s | | |`,
      );
    }
    let native = "n/a (no Go)";
    if (fs.existsSync(GO_BIN)) {
      fs.writeFileSync(hello, helloText);
      const exe = path.join(tmp, "hello");
      const b = spawnSync(GO_BIN, ["build", "-o", exe, hello], { env: { ...process.env, GO111MODULE: "off" }, encoding: "utf8" });
      if (b.status === 0) native = `${median(Array.from({ length: repeats }, () => timed(exe, [], env, tmp))).toFixed(3)} s`;
    }
    const example = path.join(tmp, "example.go");
    fs.writeFileSync(example, cgoMapExample);
    /** Wall seconds of --runs runs with --jobs jobs, median of 3 (after one short run). */
    const campaign = (runs: number, jobs: number): number => {
      timed(gort, ["run", "--runs", "100", "--jobs", String(jobs), example], env, tmp);
      return median([0, 1, 2].map(() => timed(gort, ["run", "--runs", String(runs), "--jobs", String(jobs), example], env, tmp)));
    };
    const oneSec = campaign(RUNS, 1);
    const one = RUNS / oneSec;
    const two = RUNS / campaign(RUNS, 2);
    const warmPerSec = RUNS / Math.max(1e-3, campaign(2 * RUNS, 1) - oneSec);
    // The host's own ceiling for two threads of this work: two separate --jobs 1 processes at
    // once, half the seeds each (no shared anything but the machine), runs per second together.
    const half = RUNS / 2;
    const pairCmd = [gort, "run", "--runs", String(half), "--jobs", "1"].map(shq).join(" ");
    const pair = RUNS / median([0, 1, 2].map(() => timed("/bin/sh", ["-c", `${pairCmd} ${shq(example)} >/dev/null & ${pairCmd} --seed ${half + 1} ${shq(example)} >/dev/null & wait`], env, tmp)));
    const mark = (ok: boolean): string => (ok ? "met" : "not met");
    return [
      `Measured ${new Date().toISOString().slice(0, 10)} on ${cpuModel()}, nproc ${os.availableParallelism()}, Node ${process.version}`,
      `(\`node dist/bench/startup.js\`; each a fresh process, wall seconds, median of ${repeats}; gort started as \`bin/gort.js\`).`,
      "",
      "| measurement | value | target | |",
      "|---|---|---|---|",
      `| hello world, built before (build cache warm) | ${warm.toFixed(3)} s | ≤ ${TARGETS.helloWall} s | ${mark(warm <= TARGETS.helloWall)} |`,
      `| hello world, never built before | ${fresh.toFixed(3)} s | | |`,
      `| \`node -e 0\` (Node's start-up, the floor) | ${nodeFloor.toFixed(3)} s | | |`,
      ...withCerts,
      `| native hello world (go build) | ${native} | | |`,
      `| the example, --runs ${RUNS} --jobs 1 | ${Math.round(one)} runs/s | ≥ ${TARGETS.runsPerSec} | ${mark(one >= TARGETS.runsPerSec)} |`,
      `| the example, --jobs 1, runs ${RUNS + 1} to ${2 * RUNS} (--runs ${2 * RUNS} less --runs ${RUNS}: the JIT warm, no start-up) | ${Math.round(warmPerSec)} runs/s | | |`,
      `| the example, --runs ${RUNS} --jobs 2 | ${Math.round(two)} runs/s (${(two / one).toFixed(2)}x) | ≥ ${TARGETS.jobsSpeedup}x | ${mark(two / one >= TARGETS.jobsSpeedup)} |`,
      `| the example, two --jobs 1 processes at once, ${half} runs each (the host's ceiling for two threads) | ${Math.round(pair)} runs/s (${(pair / one).toFixed(2)}x) | | |`,
      "",
    ].join("\n");
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const i = process.argv.indexOf("--repeats");
  const body = startupSection(i > 0 ? Number(process.argv[i + 1]) : REPEATS);
  writeDocSection(path.join(repoRoot(), "docs", "PERFORMANCE.md"), "startup", body);
  process.stdout.write(body);
}
