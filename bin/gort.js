#!/usr/bin/env node
// gort's executable: runs the compiled CLI in dist/. On a fresh checkout (no dist/ yet) it
// builds first with the TypeScript compiler that `npm install` installed.
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const cli = join(root, "dist", "src", "cli", "main.js");
if (!existsSync(cli)) {
  process.stderr.write("gort: building (first run)...\n");
  const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
  const r = spawnSync(process.execPath, [tsc, "-p", join(root, "tsconfig.json")], { stdio: "inherit" });
  if (r.status !== 0 || !existsSync(cli)) {
    process.stderr.write("gort: the build failed; run `npm install` first\n");
    process.exit(1);
  }
}
const { main } = await import(cli);
main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(`gort: internal error: ${e && e.stack ? e.stack : e}\n`);
    process.exit(70);
  },
);
