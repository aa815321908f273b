// Tests for the machine (machine.ts) as a whole: determinism of runs, the scheduler's bookkeeping
// as seen from whole programs, and GODEBUG=schedtrace output (runtime/schedtrace.ts).
//
// Determinism means: the same program, options and seed give the same event stream and the
// same output; different seeds give different schedules on a racy program.

import { test } from "node:test";
import assert from "node:assert/strict";
import { compile, defaultRunOptions, run, type Program, type RunOptions } from "../api.js";
import { nodeToolchain } from "../host/node.js";
import { cgoMapExample } from "../examples/cgo-map.js";
import { godebugInt, SchedTrace } from "../runtime/schedtrace.js";

const tc = await nodeToolchain();

function build(text: string): Program {
  const c = compile(tc, [{ name: "./main.go", path: "/home/gopher/prog/main.go", text }], "command-line-arguments");
  if (!c.ok) throw new Error(`compile failed:\n${c.stderr}`);
  return c.program;
}

function opts(seed: number, env: Record<string, string> = {}): RunOptions {
  return { ...defaultRunOptions, environ: new Map(Object.entries(env)), seed, trace: true };
}

/** Goroutines that race for a channel and print in the order they win. */
const racy = `package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	ch := make(chan int, 16)
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			s := 0
			for j := 0; j < 1000*(i%3+1); j++ {
				s += j
			}
			ch <- i
		}(i)
	}
	wg.Wait()
	close(ch)
	for v := range ch {
		fmt.Print(v, " ")
	}
	fmt.Println()
}
`;

test("the same program, options and seed give the same events and output", () => {
  const p = build(racy);
  for (const seed of [1, 2, 99, 12345]) {
    const a = run(p, opts(seed));
    const b = run(p, opts(seed));
    assert.ok(a.events.length > 20);
    assert.deepEqual(a.events, b.events);
    assert.equal(a.stdout, b.stdout);
    assert.equal(a.stderr, b.stderr);
    assert.equal(a.simNs, b.simNs);
    assert.equal(a.steps, b.steps);
  }
});

test("recording events does not change the run", () => {
  const p = build(racy);
  const a = run(p, opts(5));
  const b = run(p, { ...opts(5), trace: false });
  assert.equal(b.events.length, 0);
  assert.equal(a.stdout, b.stdout);
  assert.equal(a.simNs, b.simNs);
});

test("different seeds give different schedules on a racy program", () => {
  const p = build(racy);
  const outputs = new Set<string>();
  const streams = new Set<string>();
  for (let seed = 1; seed <= 30; seed++) {
    const r = run(p, opts(seed));
    outputs.add(r.stdout);
    streams.add(JSON.stringify(r.events));
  }
  assert.equal(streams.size, 30, "every seed has its own event stream");
  assert.ok(outputs.size > 1, "and the printed order differs between seeds");
});

test("every goroutine start is on a running P and every park is by a started goroutine", () => {
  const p = build(cgoMapExample);
  for (let seed = 1; seed <= 20; seed++) {
    const r = run(p, opts(seed));
    const started = new Set<number>();
    let last = 0;
    for (const e of r.events) {
      assert.ok(e.t >= last, "events are in time order");
      last = e.t;
      if (e.ev === "GoStart") started.add(e.g);
      if (e.ev === "GoBlock" || e.ev === "GoSysCall") assert.ok(started.has(e.g), `G${e.g} ${e.ev} before it started`);
    }
    assert.ok(r.events.filter((e) => e.ev === "GoSysCall").length === 2, "both goroutines call C");
  }
});

// ---- schedtrace -----------------------------------------------------------------------------

test("GODEBUG parsing follows parsedebugvars: later valid values win, bad ones are ignored", () => {
  assert.equal(godebugInt(undefined, "schedtrace"), 0);
  assert.equal(godebugInt("schedtrace=10", "schedtrace"), 10);
  assert.equal(godebugInt("gctrace=1,schedtrace=5,scheddetail=1", "scheddetail"), 1);
  assert.equal(godebugInt("schedtrace=5,schedtrace=x", "schedtrace"), 5);
  assert.equal(godebugInt("schedtrace=5,schedtrace=7", "schedtrace"), 7);
  assert.equal(godebugInt("schedtrace", "schedtrace"), 0);
  assert.equal(godebugInt("schedtrace=99999999999", "schedtrace"), 0);
  assert.equal(SchedTrace.fromEnv(new Map([["GODEBUG", "schedtrace=0"]])), undefined);
  assert.equal(SchedTrace.fromEnv(new Map([["GODEBUG", "schedtrace=-1"]])), undefined);
});

const cpuBound = `package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int)
	for i := 0; i < 3; i++ {
		go func() {
			s := 0
			for j := 0; j < 20000000; j++ {
				s += j
			}
			ch <- s
		}()
	}
	time.Sleep(30 * time.Millisecond)
	for i := 0; i < 3; i++ {
		fmt.Println(<-ch > 0)
	}
}
`;

const schedLine = /^SCHED (\d+)ms: gomaxprocs=(\d+) idleprocs=(\d+) threads=(\d+) spinningthreads=(\d+) idlethreads=(\d+) runqueue=(\d+)/;

test("schedtrace=10 prints Go's summary line about every 10ms of simulated time", () => {
  const p = build(cpuBound);
  const r = run(p, opts(1, { GODEBUG: "schedtrace=10", GOMAXPROCS: "4" }));
  assert.equal(r.stdout, "true\ntrue\ntrue\n");
  const lines = r.stderr.trimEnd().split("\n");
  assert.ok(lines.length >= 3, r.stderr);
  let prev = -Infinity;
  for (const l of lines) {
    assert.match(l, /^SCHED \d+ms: gomaxprocs=4 idleprocs=\d+ threads=\d+ spinningthreads=\d+ idlethreads=\d+ runqueue=\d+ \[\d+ \d+ \d+ \d+\]$/);
    const ms = Number(schedLine.exec(l)![1]);
    assert.ok(ms - prev >= 10, `lines at least 10ms apart: ${prev} then ${ms}`);
    prev = ms;
  }
  assert.match(lines[0]!, /^SCHED 0ms: /);
  // The same seed without the trace runs the same program the same way.
  assert.equal(run(p, opts(1, { GOMAXPROCS: "4" })).stdout, r.stdout);
});

test("scheddetail=1 adds Go's P, M and G lines", () => {
  const p = build(cpuBound);
  const r = run(p, opts(2, { GODEBUG: "schedtrace=10,scheddetail=1", GOMAXPROCS: "2" }));
  const blocks = r.stderr.split(/(?=^SCHED )/m);
  assert.ok(blocks.length >= 2);
  for (const b of blocks) {
    const lines = b.trimEnd().split("\n");
    assert.match(lines[0]!, /^SCHED \d+ms: gomaxprocs=2 idleprocs=\d+ threads=(\d+) spinningthreads=\d+ idlethreads=\d+ runqueue=\d+ gcwaiting=0 nmidlelocked=0 stopwait=0 sysmonwait=0$/);
    const threads = Number(/threads=(\d+)/.exec(lines[0]!)![1]);
    const ps = lines.filter((l) => l.startsWith("  P"));
    const ms = lines.filter((l) => l.startsWith("  M"));
    const gs = lines.filter((l) => l.startsWith("  G"));
    assert.equal(ps.length, 2);
    assert.equal(ms.length, threads);
    assert.equal(ps.length + ms.length + gs.length + 1, lines.length);
    for (const l of ps) assert.match(l, /^ {2}P\d: status=[0-4] schedtick=\d+ syscalltick=\d+ m=-?\d+ runqsize=\d+ gfreecnt=\d+ timerslen=\d+$/);
    for (const l of ms) assert.match(l, /^ {2}M\d+: p=-?\d+ curg=-?\d+ mallocing=0 throwing=0 preemptoff= locks=\d+ dying=0 spinning=(true|false) blocked=(true|false) lockedg=-?\d+$/);
    for (const l of gs) assert.match(l, /^ {2}G\d+: status=\d+\((|[a-zA-Z. ]+( \([a-z ]+\))?)\) m=-?\d+ lockedm=-?\d+$/);
    // Ms are listed newest first, as Go walks allm; M1 is sysmon's.
    const ids = ms.map((l) => Number(/M(\d+)/.exec(l)![1]));
    assert.deepEqual(ids, [...ids].sort((a, b) => b - a));
    assert.match(ms.find((l) => l.startsWith("  M1:"))!, /p=-1 curg=-1 .* locks=2 /);
    // Go's system goroutines come first in allgs.
    assert.match(gs[1]!, /^ {2}G2: status=4\(force gc \(idle\)\)/);
    // A running P's M runs a G that says it runs on that M.
    for (const l of ps) {
      const m = /status=1 .* m=(\d+)/.exec(l);
      if (!m) continue;
      const mline = ms.find((x) => x.startsWith(`  M${m[1]}:`))!;
      const curg = /curg=(-?\d+)/.exec(mline)![1];
      if (curg !== "-1") assert.ok(gs.some((g) => g.startsWith(`  G${curg}: status=2(`) && g.includes(` m=${m[1]} `)), `${l} / ${mline}`);
    }
  }
});

test("schedtrace during a C call shows the G in a syscall on an M without a P", () => {
  const src = `package main

/*
#include <unistd.h>
void nap() { usleep(50000); }
*/
import "C"

func main() {
	C.nap()
}
`;
  const p = build(src);
  const r = run(p, opts(1, { GODEBUG: "schedtrace=20,scheddetail=1", GOMAXPROCS: "2" }));
  assert.equal(r.exitCode, 0);
  // Once sysmon retook the P, G1 sits in _Gsyscall (3) on M0, and M0 has no P.
  assert.match(r.stderr, /\n {2}M0: p=-1 curg=1 /);
  assert.match(r.stderr, /\n {2}G1: status=3\(\) m=0 lockedm=-1\n/);
  assert.match(r.stderr, /\n {2}P0: status=0 schedtick=\d+ syscalltick=2 m=-1 /);
});

test("GOTRACEBACK=crash aborts (a shell sees 134) after the panic and every goroutine's stack", () => {
  const p = build('package main\n\nfunc main() {\n\tgo func() { select {} }()\n\tpanic("boom")\n}\n');
  const r = run(p, opts(1, { GOTRACEBACK: "crash" }));
  assert.equal(r.exitCode, 134);
  assert.match(r.stderr, /^panic: boom\n\ngoroutine 1 \[running\]:\n/);
  assert.match(r.stderr, /\ngoroutine \d+ \[runnable\]:\nmain\.main\.func1\(\)\n/);
  const plain = run(p, opts(1, { GOTRACEBACK: "system" }));
  assert.equal(plain.exitCode, 2);
});

test("a panic value whose Error method panics ends in Go's throw, newest panic's method first", () => {
  // preprintpanics runs each value's Error or String, newest first; a panic there throws
  // "panic while printing panic value" with the string or the type it panicked with.
  const str = build(`package main

type E struct{}

func (E) Error() string { panic("inside Error") }

func main() { panic(E{}) }
`);
  const a = run(str, opts(1));
  assert.equal(a.exitCode, 2);
  assert.match(a.stderr, /^fatal error: panic while printing panic value: inside Error\n\ngoroutine 1 \[running\]:\n/);
  // A nil *T in an error: Error's nil dereference is a runtime.Error, with the signal line.
  const nilp = build(`package main

type Q struct{ s string }

func (q *Q) Error() string { return q.s }

func get() error {
	var q *Q
	return q
}

func main() { panic(get()) }
`);
  const b = run(nilp, opts(1));
  assert.equal(b.exitCode, 2);
  assert.match(b.stderr, /^fatal error: panic while printing panic value: type runtime\.errorString\n\[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0\]\n\ngoroutine 1 \[running\]:\n/);
  const order = build(`package main

import "fmt"

type E int

func (e E) Error() string {
	fmt.Println("Error of", int(e))
	return "e"
}

func main() {
	defer func() { panic(E(2)) }()
	panic(E(1))
}
`);
  const c = run(order, opts(1));
  assert.equal(c.stdout, "Error of 2\nError of 1\n");
  assert.match(c.stderr, /^panic: e\n\tpanic: e\n\ngoroutine 1 \[running\]:\n/);
});

test("a goroutine blocked for minutes shows them in its header only once a GC has seen it blocked", () => {
  // Go's markroot sets waitsince when a cycle first finds the goroutine blocked; execute clears it.
  const prog = (gc: string) => `package main

import (
	"runtime"
	"time"
)

func main() {
	go func() { select {} }()
	runtime.Gosched()
	${gc}
	time.Sleep(150 * time.Second)
	panic("late")
}
`;
  const header = /goroutine \d+ \[select \(no cases\)(, \d+ minutes)?\]:/;
  const without = run(build(prog("")), opts(1, { GOTRACEBACK: "all" }));
  assert.equal(without.stderr.match(header)?.[1], undefined, without.stderr);
  const seen = run(build(prog("runtime.GC()")), opts(1, { GOTRACEBACK: "all" }));
  assert.equal(seen.stderr.match(header)?.[1], ", 2 minutes", seen.stderr);
});
