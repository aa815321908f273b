// The race detector against real Go's (issue 12): every program under testdata/race, built with
// -race and run on RACE_SEEDS seeds.
//
// - A racy program: the signatures gort prints over the seeds contain every one real Go printed
//   (its golden), each run exits as real Go did (66 after "Found N data race(s)", or os.Exit's
//   status when it skips racefini), and its stdout is one real Go printed.
// - A race-free program (ok_*): no report and exit 0 on every seed; a false positive is a bug.
// - Reports are deduplicated as TSan does, and GORACE's exitcode and halt_on_error are honoured.

import { test } from "node:test";
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { compile, defaultRunOptions, run, type Program } from "../src/api.js";
import { nodeToolchain } from "../src/host/node.js";
import { GORT_CPUS } from "./golden.js";
import { RACE_SEEDS, discoverRace, raceReports, readRaceGolden, type RaceProgram } from "./race.js";

async function build(p: RaceProgram): Promise<Program> {
  const tc = await nodeToolchain();
  const files = [{ name: "./" + path.basename(p.file), path: p.file, text: fs.readFileSync(p.file, "utf8") }];
  const c = compile(tc, files, "command-line-arguments", "files", { race: true });
  if (!c.ok) throw new Error(`${p.name}: ${c.stderr}`);
  return c.program;
}

function runSeed(prog: Program, seed: number, environ: [string, string][] = []): ReturnType<typeof run> {
  return run(prog, {
    ...defaultRunOptions, seed, cpus: GORT_CPUS, environ: new Map([["GOMAXPROCS", String(GORT_CPUS)], ...environ]), maxSimNs: 60e9,
  });
}

for (const p of discoverRace()) {
  test(`race: ${p.name}`, async () => {
    const golden = readRaceGolden(p);
    assert.ok(golden, `${p.name}: no golden; run node dist/tools/record-race.js ${p.name}`);
    const prog = await build(p);
    const dir = path.dirname(p.file);
    const seen = new Set<string>();
    for (let seed = 1; seed <= RACE_SEEDS; seed++) {
      const r = runSeed(prog, seed);
      const reports = raceReports(r.stderr, dir);
      if (p.raceFree) {
        assert.deepEqual(reports, [], `${p.name} seed ${seed}: a false positive:\n${r.stderr}`);
        assert.equal(r.exitCode, 0, `${p.name} seed ${seed}:\n${r.stderr}`);
      } else {
        // The exit status real Go showed: 66 after racefini's count, or os.Exit's own when it
        // skips racefini (exit256).
        assert.ok(golden.exits.includes(r.exitCode), `${p.name} seed ${seed}: exit ${r.exitCode}\n${r.stderr}`);
        if (r.exitCode === 66) assert.match(r.stderr, /\nFound \d+ data race\(s\)\n$/);
        else assert.doesNotMatch(r.stderr, /Found \d+ data race/);
      }
      assert.ok(golden.stdouts.includes(r.stdout), `${p.name} seed ${seed}: stdout ${JSON.stringify(r.stdout)}`);
      for (const s of reports) seen.add(s);
    }
    const missing = golden.reports.filter((s) => !seen.has(s));
    assert.deepEqual(missing, [], `${p.name}: reports real Go printed and gort did not on ${RACE_SEEDS} seeds; gort printed:\n${[...seen].join("\n")}`);
  });
}

test("race: one report per address and per pair of stacks; GORACE exitcode and halt_on_error", async () => {
  const p = discoverRace().find((x) => x.name === "counter")!;
  const prog = await build(p);
  const r = runSeed(prog, 1);
  // Four workers race on one variable at one line: TSan reports it once.
  assert.equal(raceReports(r.stderr, path.dirname(p.file)).length, 1);
  assert.equal(runSeed(prog, 1, [["GORACE", "exitcode=5"]]).exitCode, 5);
  const halt = runSeed(prog, 1, [["GORACE", "halt_on_error=1"]]);
  assert.equal(halt.exitCode, 66);
  assert.doesNotMatch(halt.stderr, /Found/);
  assert.equal(halt.stdout, "");
});

test("race: a run without -race is unchanged (no instrumentation, no reports)", async () => {
  const p = discoverRace().find((x) => x.name === "flag_sleep")!;
  const tc = await nodeToolchain();
  const c = compile(tc, [{ name: "./flag_sleep.go", path: p.file, text: fs.readFileSync(p.file, "utf8") }], "command-line-arguments");
  assert.ok(c.ok);
  assert.doesNotMatch(c.program.compiled.js, /\$(rr|rw|rrp|rwo)\(/);
  const r = runSeed(c.program, 1);
  assert.equal(r.exitCode, 0);
  assert.equal(r.stderr, "");
});
