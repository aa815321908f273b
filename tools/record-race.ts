// Records goldens for testdata/race from real Go 1.19 (`node dist/tools/record-race.js`).
//
// For every program (or those whose names contain an argument): `go build -race` once, then
// RACE_RUNS runs with RACE_ENV, and testdata/race/<name>.golden gets the distinct exit codes,
// stdouts and race-report signatures (tools/race.ts).

import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { GO_BIN, GO_STAMP } from "./golden.js";
import {
  RACE_ENV, RACE_RUNS, addSorted, discoverRace, formatRaceGolden, raceReports, type RaceGolden,
} from "./race.js";

function main(): number {
  const filters = process.argv.slice(2);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "gort-race-"));
  let failed = 0;
  for (const p of discoverRace()) {
    if (filters.length > 0 && !filters.some((f) => p.name.includes(f))) continue;
    const exe = path.join(tmp, p.name);
    const dir = path.dirname(p.file);
    const env = { ...process.env, GO111MODULE: "off", GOFLAGS: "" };
    const b = spawnSync(GO_BIN, ["build", "-race", "-o", exe, path.basename(p.file)], { cwd: dir, env, encoding: "utf8" });
    if (b.status !== 0) {
      console.error(`go build -race ${p.name} failed:\n${b.stderr}`);
      failed++;
      continue;
    }
    const g: RaceGolden = { stamp: GO_STAMP, runs: RACE_RUNS, exits: [], stdouts: [], reports: [] };
    for (let i = 0; i < RACE_RUNS; i++) {
      const r = spawnSync(exe, [], { cwd: dir, env: RACE_ENV, encoding: "utf8", timeout: 60_000 });
      addSorted(g.exits, r.status ?? -1);
      addSorted(g.stdouts, r.stdout);
      for (const s of raceReports(r.stderr, dir)) addSorted(g.reports, s);
    }
    fs.writeFileSync(p.goldenPath, formatRaceGolden(g));
    console.log(`${p.name}: exits ${g.exits.join(",")}, ${g.reports.length} distinct reports`);
  }
  fs.rmSync(tmp, { recursive: true, force: true });
  return failed > 0 ? 1 : 0;
}

process.exit(main());
