// Records what `go build` prints for the programs of testdata/build (`node dist/tools/record-build.js`).
//
// Models nothing in Go; this is a tool. testdata/build holds programs that do not build: load
// errors of cmd/go, compile errors that gc finds after type checking, link errors. For each
// NAME.go it runs real Go 1.19 as `go build -o /dev/null NAME.go` in testdata/build, in module
// mode with no go.mod (Go 1.19's default, as `go run NAME.go` is run), and writes
// NAME.out = `exit N` on the first line, then go build's stderr exactly. A directory NAME/ with
// a go.mod is a module: `go build -o /dev/null .` runs in it, in module mode and offline, and
// the directory's absolute path in the output becomes $DIR. src/api.test.ts compiles each
// program with gort and compares.
//
// Usage: node dist/tools/record-build.js [--check] [substring...]

import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { GO_BIN, repoRoot } from "./golden.js";

export function buildDir(): string {
  return path.join(repoRoot(), "testdata", "build");
}

/** The .out text for one program: its exit code line, then go build's stderr. */
export function formatBuildOut(exit: number, stderr: string): string {
  return `exit ${exit}\n${stderr}`;
}

/** The cases: NAME.go files, and NAME directories holding a module (a go.mod). */
export function buildCases(): string[] {
  return fs.readdirSync(buildDir()).filter((n) => n.endsWith(".go") || fs.existsSync(path.join(buildDir(), n, "go.mod"))).sort();
}

/** A module case's output with its directory shown as $DIR. */
export function maskBuildDir(text: string, dir: string): string {
  return text.split(dir + "/").join("$DIR/").split(dir + "\n").join("$DIR\n");
}

export function recordBuild(name: string): string {
  const env: Record<string, string | undefined> = { ...process.env, GOFLAGS: "", GO111MODULE: "", GOPROXY: "off", GOWORK: "off" };
  delete env["GO111MODULE"];
  const module = !name.endsWith(".go");
  const cwd = module ? path.join(buildDir(), name) : buildDir();
  const r = spawnSync(GO_BIN, ["build", "-o", "/dev/null", module ? "." : name], { cwd, env, encoding: "utf8" });
  if (r.error) throw r.error;
  if (r.status === 0) throw new Error(`${name} builds: testdata/build is for programs that do not`);
  return formatBuildOut(r.status ?? -1, module ? maskBuildDir(r.stderr, cwd) : r.stderr);
}

function main(argv: string[]): number {
  const check = argv.includes("--check");
  const filters = argv.filter((a) => !a.startsWith("--"));
  if (!fs.existsSync(GO_BIN)) {
    console.error(`record-build: ${GO_BIN} not found (apt-get install golang-1.19-go)`);
    return 1;
  }
  let bad = 0;
  for (const f of buildCases()) {
    if (filters.length > 0 && !filters.some((s) => f.includes(s))) continue;
    const out = recordBuild(f);
    const file = path.join(buildDir(), f.replace(/\.go$/, "") + ".out");
    if (check) {
      const same = fs.existsSync(file) && fs.readFileSync(file, "utf8") === out;
      console.log(`${same ? "ok   " : "STALE"} ${f}`);
      if (!same) bad++;
      continue;
    }
    fs.writeFileSync(file, out);
    console.log(`recorded ${f}: ${out.split("\n")[0]}`);
  }
  return bad === 0 ? 0 : 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === new URL(import.meta.url).pathname) {
  process.exitCode = main(process.argv.slice(2));
}
