// Tests for gort debug: scripted sessions (--batch -x) on the built-in example and on a small
// program, run as a user runs bin/gort.js. Going back and forth must show the same stops.

import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { evalCond, parseCond } from "../debug/cond.js";
import { cgoMapExample } from "../examples/cgo-map.js";
import { compile } from "../api.js";
import { nodeToolchain } from "../host/node.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const gort = path.join(root, "bin", "gort.js");

/** Run gort debug --batch with these commands; returns the status and the stdout's transcript
 *  split at the prompts: out[i] is what command i printed. */
function session(args: string[], cmds: string[]): { status: number | null; out: string[]; stderr: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gort-debug-"));
  const script = path.join(dir, "cmds");
  fs.writeFileSync(script, cmds.join("\n") + "\n");
  const r = spawnSync(process.execPath, [gort, "debug", "--batch", "-x", script, ...args], {
    cwd: root, env: { PATH: process.env["PATH"] ?? "/usr/bin:/bin" }, encoding: "utf8",
  });
  fs.rmSync(dir, { recursive: true });
  const parts = r.stdout.split(/^\(gort\) .*\n/m).slice(1);
  assert.equal(parts.length, cmds.length, r.stdout + r.stderr);
  return { status: r.status, out: parts, stderr: r.stderr };
}

test("the built-in example: a map breakpoint, its traceback, the hmap, and back and forth", () => {
  const cmds = [
    "break runtime.mapassign_fast64", "continue", "bt", "print *m", "when",
    "continue", "print *m", "reverse-continue", "print *m", "continue", "print *m", "goroutines", "continue",
  ];
  const r = session(["--example", "--seed", "2"], cmds);
  const out = r.out;
  assert.match(out[0]!, /^Breakpoint 1 set at runtime\.mapassign_fast64\(\) \/usr\/lib\/go-1\.19\/src\/runtime\/map_fast64\.go:93\n$/);
  assert.match(out[1]!, /^> \[Breakpoint 1\] runtime\.mapassign_fast64\(\) .*\(hits total:1\) goroutine \d+, event \d+, t=1\.\d{9}s\n$/);
  assert.match(out[2]!, /^goroutine \d+ \[running\]:\nruntime\.mapassign_fast64\(\.\.\.\)\n.*\nmain\.main\.func1\(\.\.\.\)\n\t\/home\/gopher\/example\/example\.go:25 /);
  // The first writer finds the map empty and no write in progress; the second (seed 2 crashes)
  // finds one key and the first writer's hashWriting flag (4) still set.
  assert.match(out[3]!, /^runtime\.hmap \{count: 0, flags: 0, B: 0, noverflow: 0, hash0: 0x[0-9a-f]+, buckets: 0x0, oldbuckets: 0x0, nevacuate: 0, extra: nil\}\n$/);
  assert.match(out[4]!, /^event \d+, t=/);
  assert.match(out[6]!, /^runtime\.hmap \{count: 1, flags: 4, B: 0, /);
  // Back and forth: the same stops, the same state.
  assert.equal(out[7], out[1]);
  assert.equal(out[8], out[3]);
  assert.equal(out[9], out[5]);
  assert.equal(out[10], out[6]);
  assert.match(out[11]!, /^\* Goroutine \d+ - User: \/home\/gopher\/example\/example\.go:25 main\.main\.func1 \[running\]/m);
  assert.match(out[12]!, /^Process exited with status 2/);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /fatal error: concurrent map writes/);
  // A second session replays the first exactly.
  assert.deepEqual(session(["--example", "--seed", "2"], cmds).out, out);
});

test("Go function breakpoints with conditions, goto, reverse-step, delete", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gort-debug-"));
  const prog = path.join(dir, "main.go");
  fs.writeFileSync(prog, "package main\n\nimport \"fmt\"\n\nfunc worker(m map[int]int, id int) {\n\tm[id] = id\n}\n\n" +
    "func main() {\n\tm := make(map[int]int)\n\tfor i := 0; i < 3; i++ {\n\t\tworker(m, i)\n\t}\n\tfmt.Println(len(m))\n}\n");
  const cmds = [
    "break main.worker if goid == 1", "break runtime.mapassign_fast64 if count >= 2", "continue", "bt", "continue", "print *m",
    "when", "reverse-step", "when", "goto 3", "info breakpoints", "delete 2", "restart", "continue", "continue", "continue",
    "continue", "print *m", "break nosuch.func",
  ];
  const r = session([prog], cmds);
  fs.rmSync(dir, { recursive: true });
  const out = r.out;
  assert.match(out[2]!, /^> \[Breakpoint 1\] main\.worker\(\) .*main\.go:5 \(hits total:1\) goroutine 1, event (\d+)/);
  assert.match(out[3]!, /^goroutine 1 \[running\]:\nmain\.worker\(\.\.\.\)\n\t.*main\.go:5 \+0x0\nmain\.main\(\)\n\t.*main\.go:12 /);
  assert.match(out[4]!, /^> \[Breakpoint 1\] main\.worker\(\) .*\(hits total:2\)/);
  assert.match(out[5]!, /could not evaluate \*m here/);
  const e = Number(/^event (\d+)/.exec(out[6]!)![1]);
  assert.match(out[8]!, new RegExp(`^event ${e - 1},`));
  assert.match(out[9]!, /event 3, /);
  assert.match(out[10]!, /^Breakpoint 1 at main\.worker\(\) if goid == 1 \(hits total:0\)\nBreakpoint 2 at runtime\.mapassign_fast64\(\) if count >= 2 \(hits total:0\)\n$/);
  assert.match(out[13]!, /main\.worker.*hits total:1/);
  assert.match(out[16]!, /^3\nProcess exited with status 0/);
  assert.match(out[17]!, /has exited/);
  assert.match(out[18]!, /could not find function nosuch\.func/);
  assert.equal(r.status, 0);
});

test("-race and --seed pass through: the race report, the program's status", () => {
  const r = session(["--example", "-race", "--seed", "3"], ["break runtime.mapassign_fast64 if goid == 6", "continue", "print *m", "continue"]);
  assert.match(r.out[1]!, /hits total:1\) goroutine 6,/);
  assert.match(r.out[2]!, /^runtime\.hmap \{count: 1, /);
  assert.match(r.out[3]!, /Process exited with status 66/);
  assert.match(r.stderr, /WARNING: DATA RACE/);
  assert.equal(r.status, 66);
});

test("--replay: a token from gort run --explore stops where its run crashes", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gort-debug-"));
  const prog = path.join(dir, "main.go");
  fs.writeFileSync(prog, cgoMapExample);
  const x = spawnSync(process.execPath, [gort, "run", "--explore", "pct", "--budget", "50", prog], { cwd: root, encoding: "utf8" });
  const token = /replay: gort run --replay (\S+)/.exec(x.stdout + x.stderr)?.[1];
  assert.ok(token, x.stdout + x.stderr);
  const r = session(["--replay", token, prog], ["break runtime.mapassign_fast64", "continue", "continue", "print *m", "continue"]);
  fs.rmSync(dir, { recursive: true });
  assert.match(r.out[3]!, /^runtime\.hmap \{count: 1, flags: 4, /);
  assert.match(r.out[4]!, /Process exited with status 2/);
  assert.match(r.stderr, /fatal error: concurrent map writes/);
});

test("conditions: comparisons, && over ||, parentheses", () => {
  const c = parseCond("goid == 7 || count > 1 && B == 0");
  assert.notEqual(typeof c, "string");
  const ok = c as Exclude<typeof c, string>;
  assert.equal(evalCond(ok, { goid: 7, count: 0, B: 3 }), true);
  assert.equal(evalCond(ok, { goid: 1, count: 2, B: 0 }), true);
  assert.equal(evalCond(ok, { goid: 1, count: 2, B: 1 }), false);
  const p = parseCond("(goid == 1 || goid == 2) && size >= 0x10") as Exclude<typeof c, string>;
  assert.equal(evalCond(p, { goid: 2, size: 16 }), true);
  assert.equal(evalCond(p, { goid: 3, size: 16 }), false);
  assert.equal(typeof parseCond("goid =="), "string");
  assert.equal(typeof parseCond("goid == 1 &&"), "string");
  assert.equal(typeof parseCond("goid = 1"), "string");
});

test("source lines: break FILE:LINE, next over a call, step into it, finish, locals and args, reverse-step", () => {
  const prog = "testdata/debug/step.go";
  const cmds = [
    "break step.go:3", "break step.go:16", "continue", "locals", "next", "next", "print t", "next", "next", "next", "locals",
    "step", "args", "next", "print s", "finish", "print n", "reverse-step", "reverse-step", "reverse-step", "locals",
    "next", "print n", "continue",
  ];
  const r = session([prog], cmds);
  const out = r.out;
  const at = (i: number, fn: string, line: number): void =>
    assert.match(out[i]!, new RegExp(`^> (\\[Breakpoint \\d\\] )?${fn.replace(".", "\\.")}\\(\\) \\S*testdata/debug/step\\.go:${line} `), `command ${i}: ${cmds[i]}`);
  assert.match(out[0]!, /could not find statement at step\.go:3/);
  assert.match(out[1]!, /^Breakpoint 1 set at \S*testdata\/debug\/step\.go:16\n$/);
  at(2, "main.main", 16);
  assert.equal(out[3], "(no locals)\n");
  at(4, "main.main", 17);
  at(5, "main.main", 18);
  assert.equal(out[6], 'main.T {a: 1, b: "x"}\n');
  at(9, "main.main", 21);
  const locals21 = 'n = 1\nt = main.T {a: 1, b: "x"}\nxs = []int len: 3, cap: 3, [1,2,3]\nm = map[string]int ["a": 1, ]\np = *main.T {a: 1, b: "x"}\n';
  assert.equal(out[10], locals21);
  at(11, "main.add", 11);
  assert.equal(out[12], "x = 1\ny = 2\n");
  at(13, "main.add", 12);
  assert.equal(out[14], "3\n");
  at(15, "main.main", 22);
  assert.equal(out[16], "3\n");
  at(17, "main.add", 12);
  at(18, "main.add", 11);
  at(19, "main.main", 21);
  // Back at line 21: the same variables as the first time.
  assert.equal(out[20], locals21);
  at(21, "main.main", 22);
  assert.equal(out[22], "3\n");
  assert.match(out[23]!, /^4 \{1 x\} \[1 2 3\] map\[a:1\] 1\nProcess exited with status 0/);
  assert.equal(r.status, 0);
});

test("a normal run of the same program has no line hooks and prints the same", async () => {
  const tc = await nodeToolchain();
  const text = fs.readFileSync(path.join(root, "testdata/debug/step.go"), "utf8");
  const files = [{ name: "./step.go", path: "/home/gopher/prog/step.go", text }];
  const normal = compile(tc, files, "command-line-arguments");
  const debug = compile(tc, files, "command-line-arguments", "files", { debug: true });
  assert.ok(normal.ok && debug.ok);
  assert.doesNotMatch(normal.program.compiled.js, /dbg/);
  assert.equal(normal.program.compiled.dbgLines, undefined);
  assert.match(debug.program.compiled.js, /\$S\.dbg\.line\(/);
  assert.ok((debug.program.compiled.dbgLines?.length ?? 0) === 10);
  const r = spawnSync(process.execPath, [gort, "run", "testdata/debug/step.go"], { cwd: root, encoding: "utf8" });
  assert.equal(r.stdout, "4 {1 x} [1 2 3] map[a:1] 1\n");
  assert.equal(r.status, 0);
});

test("next stays on the stopped goroutine while others run; a loop's line comes back", () => {
  const cmds = ["break goroutines.go:10 if goid == 7", "continue", "next", "next", "next", "print sum", "next", "next", "print sum", "args"];
  const r = session(["testdata/debug/goroutines.go"], cmds);
  const out = r.out;
  const lines = out.slice(1, 8).filter((o) => o.startsWith(">")).map((o) => /goroutines\.go:(\d+) .*?goroutine (\d+),/.exec(o)!.slice(1).join(" "));
  assert.deepEqual(lines, ["10 7", "11 7", "12 7", "11 7", "12 7", "11 7"]);
  assert.equal(out[5], "1\n");
  assert.equal(out[8], "2\n");
  assert.match(out[9]!, /^id = 1\nwg = \*sync\.WaitGroup \{noCopy: sync\.noCopy \{\}, state1: \d+, state2: 0\}\nout = \[\]int len: 3, cap: 3, \[/);
  assert.equal(r.status, 0);
});
