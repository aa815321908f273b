// Tests for the race detector (runtime/race.ts) on whole programs run in-process.
//
// What they pin down, beyond tools/race.test.ts (which compares with real go run -race): the
// happens-before edges one by one (each synchronizing program is race-free, and the same program
// with the edge removed reports), concurrent reads are not a race but a write after them is, a
// race far apart in time is still found (TSan's history window would forget it), and a -race run
// replays byte for byte.

import { test } from "node:test";
import assert from "node:assert/strict";
import { compile, defaultRunOptions, run, type Program } from "../api.js";
import { nodeToolchain } from "../host/node.js";
import { cgoMapExample } from "../examples/cgo-map.js";
import { parseGORACE } from "../runtime/race.js";

const tc = await nodeToolchain();

function build(body: string, imports = `"sync"; "time"`): Program {
  const text = `package main\n\nimport (${imports})\n\nvar _ = sync.Mutex{}\nvar _ = time.Second\n\n${body}`;
  const c = compile(tc, [{ name: "./main.go", path: "/home/gopher/race/main.go", text }], "command-line-arguments", "files", { race: true });
  if (!c.ok) throw new Error(`compile failed:\n${c.stderr}`);
  return c.program;
}

/** The number of races reported over seeds 1..n (0 means race-free on all of them). */
function races(p: Program, n = 8): number {
  let total = 0;
  for (let seed = 1; seed <= n; seed++) {
    const r = run(p, { ...defaultRunOptions, seed, cpus: 2 });
    total += r.races.length;
  }
  return total;
}

test("GORACE: exitcode, halt_on_error and atexit_sleep_ms are read, others ignored", () => {
  assert.deepEqual(parseGORACE(undefined), { exitcode: 66, haltOnError: false, atexitSleepMs: 1000 });
  assert.deepEqual(parseGORACE("exitcode=3 halt_on_error=1 history_size=7 atexit_sleep_ms=0"), { exitcode: 3, haltOnError: true, atexitSleepMs: 0 });
  assert.deepEqual(parseGORACE("exitcode=x atexit_sleep_ms=-1"), { exitcode: 66, haltOnError: false, atexitSleepMs: 1000 });
});

// Each edge: a writer goroutine, then main reads after the edge. With `sync` replaced by
// nothing (the edge removed, a sleep instead), the same read races.
const edges: Record<string, { setup: string; signal: string; wait: string }> = {
  "unbuffered send → receive": { setup: "c := make(chan int)", signal: "c <- 1", wait: "<-c" },
  "buffered send → receive": { setup: "c := make(chan int, 3)", signal: "c <- 1", wait: "<-c" },
  "close → receive": { setup: "c := make(chan int)", signal: "close(c)", wait: "<-c" },
  "Unlock → Lock": {
    setup: "var mu sync.Mutex; mu.Lock()",
    signal: "mu.Unlock()",
    wait: "time.Sleep(time.Millisecond); mu.Lock()",
  },
  "WaitGroup Done → Wait": { setup: "var wg sync.WaitGroup; wg.Add(1)", signal: "wg.Done()", wait: "wg.Wait()" },
  "RWMutex Unlock → RLock": {
    setup: "var mu sync.RWMutex; mu.Lock()",
    signal: "mu.Unlock()",
    wait: "time.Sleep(time.Millisecond); mu.RLock()",
  },
};

for (const [name, e] of Object.entries(edges)) {
  test(`happens-before: ${name}`, () => {
    const prog = (signal: string, wait: string): string => `var x int

func main() {
	${e.setup}
	go func() {
		x = 1
		${signal}
	}()
	${wait}
	_ = x
	time.Sleep(time.Millisecond)
}
`;
    assert.equal(races(build(prog(e.signal, e.wait))), 0, "race-free with the edge");
    // Without the edge: the signal happens, but main does not wait for it.
    const without = build(prog(e.signal, "time.Sleep(time.Millisecond)"));
    assert.ok(races(without) > 0, "a race without the edge");
  });
}

test("a receive from an unbuffered channel happens before the send completes", () => {
  const p = build(`var x int

func main() {
	c := make(chan int)
	go func() {
		x = 1
		<-c
	}()
	c <- 0
	_ = x
}
`);
  assert.equal(races(p), 0);
});

test("concurrent reads are no race; a write after them races with a read", () => {
  const reads = build(`var x = 5

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() { _ = x; wg.Done() }()
	}
	wg.Wait()
}
`);
  assert.equal(races(reads), 0);
  const write = build(`var x = 5

func main() {
	for i := 0; i < 3; i++ {
		go func() { _ = x }()
	}
	time.Sleep(time.Millisecond)
	x = 6
}
`);
  const r = run(write, { ...defaultRunOptions, seed: 1, cpus: 2 });
  assert.equal(r.exitCode, 66);
  assert.match(r.stderr, /Write at 0x[0-9a-f]{12} by main goroutine:\n  main\.main\(\)\n/);
  assert.match(r.stderr, /Previous read at 0x[0-9a-f]{12} by goroutine \d+:\n  main\.main\.func1\(\)\n/);
});

test("a race between accesses far apart is still reported (no history window)", () => {
  const p = build(`var x int
var sink [1 << 12]int

func main() {
	go func() { x = 1 }()
	time.Sleep(time.Millisecond)
	// Many accesses by main in between: TSan's history would roll over.
	for r := 0; r < 8; r++ {
		for i := range sink {
			sink[i] += i
		}
	}
	_ = x
}
`);
  assert.equal(run(p, { ...defaultRunOptions, seed: 1 }).races.length, 1);
});

test("a -race run replays byte for byte", () => {
  const p = build(`var x int

func main() {
	for i := 0; i < 4; i++ {
		go func(i int) { x = i }(i)
	}
	time.Sleep(time.Millisecond)
	println(x >= 0)
}
`);
  const a = run(p, { ...defaultRunOptions, seed: 7 });
  const b = run(p, { ...defaultRunOptions, seed: 7 });
  assert.equal(a.stderr, b.stderr);
  assert.equal(a.exitCode, 66);
  assert.match(a.stderr, /\nFound 1 data race\(s\)\n$/);
});

test("racefini: the exit sleeps (atexit_sleep_ms) until sysmon preempts main's P, and others run meanwhile", () => {
  // The goroutine starts as main returns: it runs only in racefini's sleep.
  const p = build(`var x int

func main() {
	go func() { x = 1 }()
	_ = x
}
`);
  const env = (kv: [string, string][]) => ({ ...defaultRunOptions, cpus: 2, environ: new Map(kv) });
  for (let seed = 1; seed <= 8; seed++) {
    const r = run(p, { ...env([]), seed });
    assert.equal(r.races.length, 1, `seed ${seed}:\n${r.stderr}`);
    assert.equal(r.exitCode, 66);
    // Cut short by the preemption signal: sysmon's forcePreemptNS after main's last schedule.
    assert.ok(r.simNs >= 10e6 && r.simNs < 40e6, `seed ${seed}: exit at ${r.simNs} ns`);
  }
  // No preemption signal: the whole second.
  const slow = run(p, { ...env([["GODEBUG", "asyncpreemptoff=1"]]), seed: 1 });
  assert.ok(slow.simNs >= 1e9, `exit at ${slow.simNs} ns`);
  // No sleep: main's exit comes first on most seeds.
  let quiet = 0;
  for (let seed = 1; seed <= 8; seed++) {
    const r = run(p, { ...env([["GORACE", "atexit_sleep_ms=0"]]), seed });
    if (r.races.length === 0) quiet++;
    assert.ok(r.simNs < 1e6);
  }
  assert.ok(quiet >= 4, `${quiet} of 8 seeds without the race`);
});

test("a race report takes its goroutine time: the example's second write finds the first one done", () => {
  // The built-in example: two goroutines return from a 1 s C sleep together and write one map.
  // Without -race their write windows overlap on many seeds ("concurrent map writes"); under
  // it the second's report (the process's first) outlasts the first write's window, as in
  // go run -race, which reported the race and exited 66 in 30 runs of 30.
  const c = compile(tc, [{ name: "./example.go", path: "/home/gopher/race/example.go", text: cgoMapExample }], "command-line-arguments", "files", { race: true });
  if (!c.ok) throw new Error(c.stderr);
  for (let seed = 1; seed <= 12; seed++) {
    const r = run(c.program, { ...defaultRunOptions, seed });
    assert.equal(r.exitCode, 66, `seed ${seed}:\n${r.stderr}`);
  }
});

test("a go statement steps after racegostart: a spinning M may start the goroutine before main's next access", () => {
  // go run -race: main's read came first on 37 of 40 runs, the goroutine's write on 3.
  const p = build(`type stats struct{ hits int }

func (s *stats) record() { s.hits++ }

func main() {
	s := &stats{}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		s.record()
	}()
	_ = s.hits
	wg.Wait()
}
`);
  const firsts = new Set<string>();
  for (let seed = 1; seed <= 40; seed++) {
    const r = run(p, { ...defaultRunOptions, seed, cpus: 2 });
    assert.equal(r.races.length, 1);
    // The report names the second access first: a read by main means the write came before it.
    firsts.add(r.races[0]!.startsWith("read") ? "goroutine first" : "main first");
  }
  assert.deepEqual([...firsts].sort(), ["goroutine first", "main first"]);
});
