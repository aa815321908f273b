// Tests for `gort build -S` and `gort build -gcflags=-m` (compiler/lower.ts): the runtime calls
// a few constructs lower to and an escape decision, on a program of our own; and, when real Go
// 1.19 is installed, that real `go build -gcflags=-S` and `-gcflags=-m` agree on those lines.

import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const gort = path.join(root, "bin", "gort.js");
const GO = "/usr/lib/go-1.19/bin/go";

const PROGRAM = `package main

var sink *int

func f(c chan int) { c <- 1 }

func main() {
	m := map[int64]int{}
	var k int64 = 7
	m[k] = 1
	c := make(chan int)
	go f(c)
	x := 42
	sink = &x
	println(m[k], <-c, *sink)
	keep(1000)
}

var box any

func keep(v any) { box = v }
`;

/** The lines of the program the test checks, and what each must list. */
const WANT_CALLS: [number, string][] = [[10, "mapassign_fast64"], [11, "makechan"], [12, "newproc"], [15, "mapaccess1_fast64"], [15, "chanrecv1"]];
const WANT_NOTES = ["./main.go:13:2: moved to heap: x", "./main.go:16:7: 1000 escapes to heap"];

function writeProgram(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gort-build-"));
  fs.writeFileSync(path.join(dir, "main.go"), PROGRAM);
  return dir;
}

/** The runtime calls of a -S listing, as "line name", for the file main.go. */
function calls(listing: string): Set<string> {
  const out = new Set<string>();
  for (const m of listing.matchAll(/main\.go:(\d+)\)\s+CALL\s+runtime\.(\w+)\(SB\)/g)) out.add(`${m[1]} ${m[2]}`);
  return out;
}

test("gort build -S lists the runtime calls of each line, named as Go names them", () => {
  const dir = writeProgram();
  try {
    const r = spawnSync(process.execPath, [gort, "build", "-S", "main.go"], { cwd: dir, encoding: "utf8" });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /^# command-line-arguments\n/);
    assert.match(r.stderr, /^main\.main STEXT$/m);
    const got = calls(r.stderr);
    for (const [line, name] of WANT_CALLS) assert.ok(got.has(`${line} ${name}`), `line ${line}: ${name} in\n${r.stderr}`);
    assert.ok(got.has("5 chansend1"), r.stderr);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("gort build -gcflags=-m words gort's escape decisions as Go does", () => {
  const dir = writeProgram();
  try {
    const r = spawnSync(process.execPath, [gort, "build", "-gcflags=-m", "main.go"], { cwd: dir, encoding: "utf8" });
    assert.equal(r.status, 0, r.stderr);
    for (const note of WANT_NOTES) assert.ok(r.stderr.split("\n").includes(note), r.stderr);
    assert.doesNotMatch(r.stderr, /CALL/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("a build without -S or -m prints nothing", () => {
  const dir = writeProgram();
  try {
    const r = spawnSync(process.execPath, [gort, "build", "main.go"], { cwd: dir, encoding: "utf8" });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr + r.stdout, "");
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("real go build agrees on these lines", { skip: !fs.existsSync(GO) && "Go 1.19 is not installed" }, () => {
  const dir = writeProgram();
  try {
    const env = { ...process.env, GO111MODULE: "off", CGO_ENABLED: "0" };
    const go = (flags: string): string => {
      const r = spawnSync(GO, ["build", `-gcflags=${flags}`, "-o", "/dev/null", "main.go"], { cwd: dir, env, encoding: "utf8" });
      assert.equal(r.status, 0, r.stderr);
      return r.stderr;
    };
    const asm = calls(go("-S"));
    for (const [line, name] of WANT_CALLS) assert.ok(asm.has(`${line} ${name}`), `go: line ${line}: ${name}`);
    const notes = go("-m").split("\n");
    for (const note of WANT_NOTES) assert.ok(notes.includes(note), note);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
