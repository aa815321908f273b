#!/usr/bin/env node
// Runs every compiled test file (dist/**/*.test.js) with Node's test runner, two files at a time,
// and exits with the runner's status. `npm test` builds first, then runs this script.
// Plain JavaScript (not TypeScript) so that it works before and without a build of tools/.

import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dist = path.join(root, "dist");

/** Lists files under dir whose names end in .test.js, sorted, skipping node_modules. */
function findTests(dir) {
  if (!fs.existsSync(dir)) return [];
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== "node_modules") out.push(...findTests(full));
    else if (entry.isFile() && entry.name.endsWith(".test.js")) out.push(full);
  }
  return out.sort();
}

// The long harnesses start first, so that the many short files fill the cores around them
// instead of leaving the longest to run alone at the end.
const LONG = ["tools/conformance.test.js", "tools/differential.test.js", "tools/gccompare.test.js", "tools/fuzz.test.js"];
const rank = (f) => {
  const i = LONG.findIndex((l) => f.endsWith(l));
  return i < 0 ? LONG.length : i;
};
const files = findTests(dist).sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
if (files.length === 0) {
  console.error(`run-tests: no *.test.js files under ${dist}; run npm run build first`);
  process.exit(1);
}
console.log(`run-tests: ${files.length} test files`);
const r = spawnSync(process.execPath, ["--test", "--test-concurrency=2", ...files], {
  cwd: root,
  stdio: "inherit",
});
if (r.error) {
  console.error(`run-tests: ${r.error.message}`);
  process.exit(1);
}
process.exit(r.status ?? 1);
