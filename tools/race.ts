// The race detector's yardstick: programs under testdata/race, their goldens recorded from real
// `go build -race` runs, and the comparison of race reports.
//
// Models nothing in Go; it is what gort's detector (src/runtime/race.ts) is measured against.
//
// Terms:
//   - program: testdata/race/<name>.go, one file of package main. Names starting with `ok_` are
//     race-free: no run on any seed may report a race.
//   - report: one `WARNING: DATA RACE` block. Its signature is what the comparison keeps: the
//     two accesses' kinds and stacks (function and file:line per frame, innermost first),
//     without addresses, PC offsets, goroutine ids or the creation stacks.
//   - golden: testdata/race/<name>.golden, one JSON object: the Go version stamp, the number of
//     real runs, the distinct exit codes, the distinct stdouts, and the distinct report
//     signatures over those runs (a racy program's reports vary from run to run in real Go).
//
// The differential rule (issue 12): over RACE_SEEDS seeds, the set of signatures gort prints
// contains every signature real Go printed, and every run of a racy program exits as real Go did (66, unless os.Exit skips racefini); a
// race-free program reports nothing on any seed.

import * as fs from "node:fs";
import * as path from "node:path";
import { GO_STAMP, RECORD_ENV, maskDir, repoRoot } from "./golden.js";

/** Real runs recorded per program, and gort seeds per program in the test. */
export const RACE_RUNS = 10;
export const RACE_SEEDS = 10;
/** The environment of real runs: testdata/run's (GOMAXPROCS=2); gort runs on GORT_CPUS. */
export const RACE_ENV: Record<string, string> = RECORD_ENV;

export interface RaceProgram {
  name: string;
  file: string;
  goldenPath: string;
  raceFree: boolean;
}

export interface RaceGolden {
  stamp: string;
  runs: number;
  exits: number[];
  stdouts: string[];
  reports: string[];
}

export function raceRoot(): string {
  return path.join(repoRoot(), "testdata", "race");
}

export function discoverRace(root = raceRoot()): RaceProgram[] {
  return fs.readdirSync(root).filter((f) => f.endsWith(".go")).sort().map((f) => ({
    name: f.slice(0, -3),
    file: path.join(root, f),
    goldenPath: path.join(root, f.slice(0, -3) + ".golden"),
    raceFree: f.startsWith("ok_"),
  }));
}

/** The signatures of the race reports in a run's stderr, in order. dir is masked as $DIR. */
export function raceReports(stderr: string, dir: string): string[] {
  const out: string[] = [];
  const blocks = stderr.split("==================\n");
  for (const b of blocks) {
    if (!b.startsWith("WARNING: DATA RACE\n")) continue;
    const sections = b.split("\n\n");
    const sig: string[] = [];
    for (const sec of sections.slice(0, 2)) {
      const lines = sec.split("\n").filter((l) => l !== "" && !l.startsWith("WARNING"));
      const head = lines[0]!.replace(/ at 0x[0-9a-f]+ by .*$/, "");
      const frames: string[] = [];
      for (let i = 1; i + 1 < lines.length; i += 2) {
        const fn = lines[i]!.trim();
        const pos = maskDir(lines[i + 1]!.trim().replace(/ \+0x[0-9a-f]+$/, ""), dir);
        frames.push(`${fn} ${pos}`);
      }
      sig.push(`${head}: ${frames.join(" < ")}`);
    }
    out.push(sig.join(" | "));
  }
  return out;
}

export function formatRaceGolden(g: RaceGolden): string {
  return JSON.stringify(g, null, 2) + "\n";
}

export function readRaceGolden(p: RaceProgram): RaceGolden | undefined {
  if (!fs.existsSync(p.goldenPath)) return undefined;
  const g = JSON.parse(fs.readFileSync(p.goldenPath, "utf8")) as RaceGolden;
  if (g.stamp !== GO_STAMP) throw new Error(`${p.goldenPath}: recorded with ${g.stamp}, want ${GO_STAMP}`);
  return g;
}

/** Adds x to a sorted set kept as an array. */
export function addSorted<T>(set: T[], x: T): void {
  if (!set.includes(x)) {
    set.push(x);
    set.sort();
  }
}
