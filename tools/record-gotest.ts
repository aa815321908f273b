// Records testdata/gotest/golden.json from real Go 1.19: every GOTEST_CASES command line run as
// `go test ARGS` in its package directory (GOMAXPROCS=2, GOFLAGS=-count=1 so nothing is cached).
// Usage: node dist/tools/record-gotest.js

import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { GO_BIN, GO_STAMP } from "./golden.js";
import { GOTEST_CASES, GOTEST_GOLDEN, gotestRoot, normalizeGotest, type GotestGolden } from "./gotest.js";

function main(): number {
  const root = gotestRoot();
  const golden: GotestGolden = { stamp: GO_STAMP, cases: [] };
  for (const c of GOTEST_CASES) {
    const dir = path.join(root, c.pkg);
    const env = { PATH: `${path.dirname(GO_BIN)}:/usr/bin:/bin`, HOME: process.env["HOME"] ?? "/root", GOMAXPROCS: "2", GOFLAGS: "-count=1", LANG: "C" };
    const r = spawnSync(GO_BIN, ["test", ...c.args], { cwd: dir, env, encoding: "utf8", timeout: 120_000 });
    if (r.error) throw r.error;
    const stdout = normalizeGotest(r.stdout, dir);
    golden.cases.push({ pkg: c.pkg, args: c.args, exit: r.status ?? -1, stdout });
    console.log(`${c.pkg} ${c.args.join(" ")}: exit ${r.status}`);
  }
  fs.writeFileSync(path.join(root, GOTEST_GOLDEN), JSON.stringify(golden, null, 2) + "\n");
  return 0;
}

process.exit(main());
