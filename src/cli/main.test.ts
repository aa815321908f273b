// Tests for the command line: flag bounds (a usage error, exit 2, never an internal error), the
// program's environment, and the bytes it writes (program output as bytes, gort's text as
// UTF-8). The end-to-end cases run bin/gort.js as a user would.

import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { gunzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { parseFlags, programEnv, UsageError } from "./main.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const gort = path.join(root, "bin", "gort.js");

function gortRun(args: string[], env: Record<string, string> = {}): { status: number | null; stdout: Buffer; stderr: Buffer } {
  const base: Record<string, string> = { PATH: process.env["PATH"] ?? "/usr/bin:/bin" };
  const r = spawnSync(process.execPath, [gort, ...args], { cwd: root, env: { ...base, ...env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

test("absurd flag values are usage errors", () => {
  const bad = [
    ["--cpus", "1e9"], ["--cpus", "0"], ["--cpus", "1.5"], ["--cpus", "abc"], ["--max-goroutines", "0"],
    ["--seed", "-1"], ["--seed", "1.5"], ["--seed", "4294967296"], ["--max-time", "0s"], ["--max-time", "1e300h"],
    ["--max-time", "2401h"], ["--heap-limit", "0"], ["--heap-limit", "2TiB"], ["--max-steps", "0"],
    ["--runs", "0"], ["--runs", "1e12"], ["--env", "NOEQUALS"], ["--env", "=v"], ["--host-env=1"], ["--cpus"],
    ["--seed", "4294967295", "--runs", "2"], ["--bogus"], ["--cpuprofile", "c.pprof", "--runs", "2"],
    ["--flamegraph", "f.html", "--explore", "pct"],
  ];
  for (const args of bad) assert.throws(() => parseFlags([...args, "x.go"]), UsageError, args.join(" "));
});

test("Go's single-dash spellings are the same flags", () => {
  const f = parseFlags(["-seed", "42", "-runs=3", "-cpus", "2", "-explain", "-no-fs", "x.go", "-seed", "arg"]);
  assert.equal(f.seed, 42);
  assert.equal(f.runs, 3);
  assert.equal(f.cpus, 2);
  assert.equal(f.explain, true);
  assert.equal(f.noFS, true);
  assert.deepEqual(f.progArgs, ["-seed", "arg"]);
  assert.throws(() => parseFlags(["-nope", "x.go"]), UsageError);
});

test("sane flag values are accepted, in both spellings", () => {
  const f = parseFlags([
    "--cpus=256", "--seed", "4294967295", "--max-time", "1.5h", "--heap-limit=1MiB", "--max-goroutines", "1",
    "--max-steps", "5e9", "--env", "A=1=2", "--env=B=", "--host-env", "x.go", "--", "arg",
  ]);
  assert.equal(f.cpus, 256);
  assert.equal(f.seed, 4294967295);
  assert.equal(f.maxSimNs, 1.5 * 3600e9);
  assert.equal(f.maxHeapBytes, 1 << 20);
  assert.equal(f.maxSteps, 5e9);
  assert.deepEqual(f.env, [["A", "1=2"], ["B", ""]]);
  assert.equal(f.hostEnv, true);
  assert.deepEqual(f.rest, ["x.go"]);
  assert.deepEqual(f.progArgs, ["arg"]);
});

test("the program's environment: a fixed base, Go's runtime variables, --env; the host's only on request", () => {
  const host = { HOME: "/root", SECRET: "s", GOTRACEBACK: "all", GOGC: "50", PATH: "/host/bin" };
  assert.deepEqual([...programEnv(host, false, [["A", "1"], ["GOGC", "off"]])], [
    ["HOME", "/home/gopher"], ["PATH", "/usr/local/go/bin:/usr/bin:/bin"], ["GOGC", "off"], ["GOTRACEBACK", "all"], ["A", "1"],
  ]);
  assert.deepEqual([...programEnv(host, true, [["HOME", "/h"]])], [
    ["HOME", "/h"], ["SECRET", "s"], ["GOTRACEBACK", "all"], ["GOGC", "50"], ["PATH", "/host/bin"],
  ]);
});

test("a bad go test flag of gort test is a usage error, not an internal one", () => {
  for (const args of [["-count", "-1"], ["-run"]]) {
    const r = gortRun(["test", ...args]);
    assert.equal(r.status, 2, args.join(" "));
    assert.match(r.stderr.toString(), /^gort: (invalid value "-1" for flag -count: want an integer from 0 to 1000000|flag needs an argument: -run)\nrun 'gort help' for usage\n$/);
  }
});

test("a flag out of range ends with a one-line message, a pointer to the usage, and exit 2", () => {
  const r = gortRun(["run", "--cpus", "1e9", "testdata/build/nomain.go"]);
  assert.equal(r.status, 2);
  assert.equal(r.stderr.toString("utf8"), `gort: invalid value "1e9" for flag --cpus: want an integer from 1 to 256\nrun 'gort help' for usage\n`);
  const v = gortRun(["version"]);
  assert.equal(v.status, 0);
  const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as { version: string };
  assert.ok(v.stdout.toString().startsWith(`gort version ${pkg.version}: the Go 1.19 runtime`), "the version is package.json's");
  assert.match(gortRun(["help", "run"]).stdout.toString(), /^usage: gort run/);
});

test("compile errors are written as UTF-8, byte for byte as go build writes them", () => {
  for (const name of ["unicode", "nomain"]) {
    const r = gortRun(["run", `testdata/build/${name}.go`]);
    const out = fs.readFileSync(path.join(root, "testdata", "build", `${name}.out`));
    const nl = out.indexOf(10);
    assert.equal(r.status, Number(out.subarray(0, nl).toString().slice("exit ".length)));
    const stderr = r.stderr.toString("latin1").replaceAll("./testdata/build/", "./").replaceAll("testdata/build/", "./");
    assert.equal(stderr, out.subarray(nl + 1).toString("latin1"));
  }
});

test("the program sees --env and Go's runtime variables, not the rest of the host's environment", () => {
  const prog = path.join(fs.mkdtempSync("/tmp/gort-cli-"), "env.go");
  fs.writeFileSync(prog, `package main

import (
	"fmt"
	"os"
)

func main() {
	for _, k := range []string{"HOME", "SECRET", "GOTRACEBACK", "Ä"} {
		v, ok := os.LookupEnv(k)
		fmt.Printf("%s=%q %v %d\\n", k, v, ok, len(v))
	}
}
`);
  const host = { SECRET: "s", GOTRACEBACK: "all", HOME: "/root" };
  const r = gortRun(["run", "--env", "Ä=é", prog], host);
  assert.equal(r.stdout.toString("utf8"), `HOME="/home/gopher" true 12\nSECRET="" false 0\nGOTRACEBACK="all" true 3\nÄ="é" true 2\n`);
  const h = gortRun(["run", "--host-env", prog], host);
  assert.match(h.stdout.toString("utf8"), /^HOME="\/root" true 5\nSECRET="s" true 1\n/);
  fs.rmSync(path.dirname(prog), { recursive: true });
});

test("a program nested deeper than the host stack allows is a gort limit, not a crash", () => {
  const dir = fs.mkdtempSync("/tmp/gort-cli-");
  const prog = path.join(dir, "deep.go");
  fs.writeFileSync(prog, `package main\n\nfunc main() {\n\tx := ${"(".repeat(50000)}1${")".repeat(50000)}\n\tprintln(x)\n}\n`);
  const r = gortRun(["run", prog], { GORT_MAIN_THREAD: "1" });
  assert.equal(r.status, 3);
  assert.match(r.stderr.toString(), /^gort: the program is nested too deeply to compile on this host stack/);
  fs.rmSync(dir, { recursive: true });
});

test("--trace, --timeline and --explain: the files, the text timeline and the explanation after the program's output", () => {
  const dir = fs.mkdtempSync(path.join(fs.realpathSync("/tmp"), "gort-cli-trace-"));
  try {
    const trace = path.join(dir, "t.json");
    const html = path.join(dir, "t.html");
    const prog = path.join(root, "testdata/run/sched/mapwrites.go");
    const a = gortRun(["run", "--seed", "5", "--trace", trace, "--timeline", html, "--explain", prog]);
    const plain = gortRun(["run", "--seed", "5", prog]);
    assert.equal(a.status, plain.status);
    assert.deepEqual(a.stdout, plain.stdout);
    const err = a.stderr.toString();
    // The program's own report first, unchanged; then gort's lines.
    assert.ok(err.startsWith(plain.stderr.toString()), err.slice(0, 400));
    assert.match(err, /gort: trace written to .*t\.json/);
    assert.match(err, /\nexplanation:\n  fatal error: concurrent map writes:/);
    const doc = JSON.parse(fs.readFileSync(trace, "utf8")) as { traceEvents: unknown[] };
    assert.ok(doc.traceEvents.length > 10);
    assert.match(fs.readFileSync(html, "utf8"), /^<!doctype html>[\s\S]*window\.gortTimeline/);
    const t = gortRun(["run", "--seed", "5", "--timeline", "-", prog]);
    assert.match(t.stderr.toString(), /\ntimeline: the last 40 of \d+ events \(simulated time\)\n[\s\S]*fatal error: concurrent map writes \(goroutine \d+ at mapwrites\.go:\d+\)\n$/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("--runs with --explain explains each failing ending's example seed", () => {
  const r = gortRun(["run", "--runs", "20", "--explain", path.join(root, "testdata/run/sched/mapwrites.go")]);
  const out = r.stdout.toString();
  assert.equal(r.status, 0);
  assert.match(out, /\n--- seed \d+: exit 2 +fatal error: concurrent map writes\nexplanation:\n/);
});

test("--cpuprofile, --memprofile and --flamegraph write gzipped profiles and a self-contained page", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gort-prof-"));
  const [cpu, mem, html] = ["cpu.pprof", "mem.pprof", "cpu.html"].map((n) => path.join(dir, n));
  const r = gortRun(["run", "--cpuprofile", cpu!, "-memprofile", mem!, "--flamegraph", html!, "testdata/pprof/mapheavy.go", "8"]);
  assert.equal(r.status, 0, r.stderr.toString());
  for (const f of [cpu!, mem!]) {
    const b = fs.readFileSync(f);
    assert.deepEqual([b[0], b[1]], [0x1f, 0x8b], `${f} is gzipped`);
    assert.ok(gunzipSync(b).length > 0);
  }
  const page = fs.readFileSync(html!, "utf8");
  assert.match(page, /^<!DOCTYPE html>/);
  assert.match(page, /main\.main/);
  assert.doesNotMatch(page, /<script[^>]*\ssrc=|<link[^>]*href=|https?:\/\//);
  fs.rmSync(dir, { recursive: true, force: true });
});

test("gort test -cpuprofile profiles the test binary: the top function is the package's, as go test's", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gort-prof-"));
  const cpu = path.join(dir, "cpu.pprof");
  const r = spawnSync(process.execPath, [gort, "test", "-cpuprofile", cpu], { cwd: path.join(root, "testdata/pprof/hashpkg"), env: { PATH: process.env["PATH"] ?? "/usr/bin:/bin" } });
  assert.equal(r.status, 0, r.stderr.toString());
  assert.match(r.stdout.toString(), /^PASS\nok  \texample\.com\/hashpkg\t/);
  const text = gunzipSync(fs.readFileSync(cpu)).toString("latin1");
  assert.ok(text.includes("example.com/hashpkg.Sum") && text.includes("testing.tRunner"));
  fs.rmSync(dir, { recursive: true, force: true });
});

test("bin/gort.js started by its first line gives the program the host's NODE_EXTRA_CA_CERTS", () => {
  // The shebang starts Node without the variable (reading those certificates costs Node's
  // start-up about 60 ms) and bin/gort.js puts it back, so --host-env sees the host's value.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gort-certs-"));
  try {
    const prog = path.join(dir, "env.go");
    fs.writeFileSync(prog, 'package main\n\nimport (\n\t"fmt"\n\t"os"\n)\n\nfunc main() {\n' +
      '\tv, ok := os.LookupEnv("NODE_EXTRA_CA_CERTS")\n\t_, kept := os.LookupEnv("GORT_NODE_EXTRA_CA_CERTS")\n' +
      '\tfmt.Println(v, ok, kept)\n}\n');
    const base = { PATH: process.env["PATH"] ?? "/usr/bin:/bin" };
    const certs = path.join(dir, "no-such-certs.pem");
    const set = spawnSync(gort, ["run", "--host-env", prog], { cwd: dir, env: { ...base, NODE_EXTRA_CA_CERTS: certs }, encoding: "utf8" });
    assert.equal(set.stderr, "");
    assert.equal(set.stdout, `${certs} true false\n`);
    const unset = spawnSync(gort, ["run", "--host-env", prog], { cwd: dir, env: base, encoding: "utf8" });
    assert.equal(unset.stdout, " false false\n");
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("the program's arguments are go run's, but for one -- right after the file; -h is gort's only before it", () => {
  assert.deepEqual(parseFlags(["x.go", "--", "a", "--", "b"]).progArgs, ["a", "--", "b"]);
  assert.deepEqual(parseFlags(["x.go", "a", "--", "b"]).progArgs, ["a", "--", "b"]);
  assert.deepEqual(parseFlags(["x.go", "a", "-h", "--help"]).progArgs, ["a", "-h", "--help"]);
  assert.equal(parseFlags(["x.go", "-h"]).help, false);
  assert.equal(parseFlags(["--seed", "3", "-h", "x.go"]).help, true);
  assert.equal(parseFlags(["--help"]).help, true);
  assert.deepEqual(parseFlags(["--", "x.go"]).progArgs, ["x.go"]);
});

test("-h ends gort's flags, as flag's ErrHelp does", () => {
  assert.equal(parseFlags(["-h", "--bogus", "x.go"]).help, true);
});

test("the program's standard fds are the host's: a pipe or a file for Stat and Sync, /dev/full fails writes", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gort-stdio-"));
  const prog = path.join(dir, "stdio.go");
  fs.writeFileSync(prog, `package main

import (
	"fmt"
	"os"
)

func main() {
	st, _ := os.Stdin.Stat()
	fmt.Fprintln(os.Stderr, st.Mode(), st.Mode()&os.ModeCharDevice != 0, st.Size())
	fmt.Fprintln(os.Stderr, os.Stderr.Sync())
	if _, err := fmt.Println("out"); err != nil {
		fmt.Fprintln(os.Stderr, "write error:", err)
		os.Exit(5)
	}
}
`);
  const env = { PATH: process.env["PATH"] ?? "/usr/bin:/bin", GORT_CACHE: path.join(dir, "cache") };
  const piped = spawnSync(process.execPath, [gort, "run", prog], { input: "abc\n", env, encoding: "utf8" });
  // spawnSync's input is a socket (a shell's would be a pipe, prw-------): not a terminal.
  assert.match(piped.stderr, /^[Sp]rw[-rwx]{7} false 0\nsync \/dev\/stderr: invalid argument\n$/);
  assert.equal(piped.stdout, "out\n");
  const file = fs.openSync(prog, "r");
  const full = fs.openSync("/dev/full", "w");
  try {
    const r = spawnSync(process.execPath, [gort, "run", prog], { stdio: [file, full, "pipe"], env, encoding: "utf8" });
    assert.equal(r.status, 5);
    assert.equal(r.stderr, `-rw-r--r-- false ${fs.statSync(prog).size}\nsync /dev/stderr: invalid argument\nwrite error: write /dev/stdout: no space left on device\n`);
  } finally {
    fs.closeSync(file);
    fs.closeSync(full);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
