// Acceptance checks for the scheduler and map issues: whole Go programs compiled through
// src/api.ts and run over many seeds.
//
// The programs: the article's two cgo programs (one goroutine, then two goroutines, block in C
// and then write a map), the three concurrent-misuse failures of Go maps (write/write,
// read/write, iterate/write), the same accesses under a sync.Mutex, and a deadlock whose
// goroutine dump must show Go's wait reasons. Expected outputs come from running the programs
// under real Go 1.19 (go1.19.8 linux/amd64); tracebacks are compared after removing what gort
// does not model (argument words and PC offsets).
//
// Throughput on the development machine (Node 20): 3,000–4,500 runs per second for these
// programs, so the 10,000-seed checks take a few seconds each.

import { test } from "node:test";
import assert from "node:assert/strict";
import { compile, defaultRunOptions, run, runMany, type Program, type RunOptions } from "../api.js";
import { nodeToolchain } from "../host/node.js";
import { cgoMapExample } from "../examples/cgo-map.js";

const tc = await nodeToolchain();
const path = "/home/gopher/prog/main.go";

function build(text: string): Program {
  const c = compile(tc, [{ name: "./main.go", path, text }], "command-line-arguments");
  if (!c.ok) throw new Error(`compile failed:\n${c.stderr}`);
  return c.program;
}

function opts(env: Record<string, string> = {}): Omit<RunOptions, "seed"> {
  return { ...defaultRunOptions, environ: new Map(Object.entries(env)) };
}

/** outcome -> count over seeds from..to. */
function outcomes(p: Program, o: Omit<RunOptions, "seed">, from: number, to: number): Map<string, number> {
  const s = runMany(p, o, from, to);
  return new Map(s.outcomes.map((x) => [`${x.exitCode} ${x.outcome}`, x.count]));
}

// ---- the article's programs ---------------------------------------------------------------------

/** The article's first program, with the `package main` it lacks and its C file as a preamble. */
const articleExample1 = `package main

/*
#include <unistd.h>
void block_in_cgo() {
    sleep(1); // the M blocks in a system call; sysmon hands its P off
}
*/
import "C"

func main() {
	m := make(map[int]int)
	C.block_in_cgo()
	m[42] = 1
}
`;

test("article example 1: one goroutine blocks in C, then writes a map: no failure in 10,000 seeds", () => {
  const p = build(articleExample1);
  const got = outcomes(p, opts(), 1, 10_000);
  assert.deepEqual([...got], [["0 exit 0", 10_000]]);
  // The P is handed off while the M sleeps in C: the run shows the retake and an exit through
  // an idle P (the P was retaken, so the fast path cannot take it back).
  const r = run(p, { ...opts(), seed: 1, trace: true });
  assert.ok(r.events.some((e) => e.ev === "Retake"), "sysmon retook the P");
  const exit = r.events.find((e) => e.ev === "GoSysExit");
  assert.ok(exit && exit.ev === "GoSysExit" && !exit.fast);
  assert.ok(r.simNs >= 1e9 && r.simNs < 1.001e9, `simulated time ${r.simNs}`);
});

test("article example 2: some seeds crash with concurrent map writes, others finish", () => {
  const p = build(cgoMapExample);
  const got = outcomes(p, opts(), 1, 1000);
  const crashes = got.get("2 fatal error: concurrent map writes") ?? 0;
  const ok = got.get("0 exit 0") ?? 0;
  assert.equal(crashes + ok, 1000, `only the two outcomes: ${[...got]}`);
  assert.ok(crashes >= 50 && ok >= 50, `both outcomes are common: ${crashes} crashes`);
  // Real Go crashed in 31.5% (the fact sheet's 4-core machine) to 62% (the calibration host) of
  // its runs: the rate is within 2x of each of those (docs/FIDELITY.md, "Outcome rates").
  assert.ok(crashes >= 310 && crashes <= 630, `within 2x of real Go's 31.5%-62%: ${crashes} of 1000`);
});

test("article example 2 with GOMAXPROCS=1 never crashes (2,000 seeds)", () => {
  const p = build(cgoMapExample);
  assert.deepEqual([...outcomes(p, opts({ GOMAXPROCS: "1" }), 1, 2000)], [["0 exit 0", 2000]]);
});

test("article example 2: a crashing seed replays byte for byte, with Go's crash report", () => {
  const p = build(cgoMapExample);
  let seed = 1;
  while (run(p, { ...opts(), seed }).exitCode === 0) seed++;
  const a = run(p, { ...opts(), seed, trace: true });
  const b = run(p, { ...opts(), seed, trace: true });
  assert.equal(a.stderr, b.stderr);
  assert.equal(a.stdout, b.stdout);
  assert.deepEqual(a.events, b.events);
  assert.equal(a.exitCode, 2);
  assert.equal(a.stdout, "");
  assert.match(a.stderr, /^fatal error: concurrent map writes\n\ngoroutine \d+ \[running\]:\nmain\.main\.func1\(/);
  assert.match(a.stderr, /\ngoroutine 1 \[semacquire\]:\nsync\.runtime_Semacquire\(/);
  // A successful seed prints what Go prints.
  let okSeed = 1;
  while (run(p, { ...opts(), seed: okSeed }).exitCode !== 0) okSeed++;
  assert.equal(run(p, { ...opts(), seed: okSeed }).stdout, "done 2\n");
});

// ---- the three concurrent-misuse failures of maps -------------------------------------------

const writeWrite = `package main

import (
	"fmt"
	"sync"
)

func main() {
	m := make(map[int]int)
	var wg sync.WaitGroup
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 20; i++ {
				m[w*100+i] = i
			}
		}(w)
	}
	wg.Wait()
	fmt.Println(len(m))
}
`;

const readWrite = `package main

import (
	"fmt"
	"sync"
)

func main() {
	m := map[int]int{1: 1, 2: 2}
	var wg sync.WaitGroup
	wg.Add(2)
	sum := 0
	go func() {
		defer wg.Done()
		for i := 0; i < 20; i++ {
			sum += m[i%3]
		}
	}()
	go func() {
		defer wg.Done()
		for i := 0; i < 20; i++ {
			m[i] = i
		}
	}()
	wg.Wait()
	fmt.Println(len(m), sum >= 0)
}
`;

const iterateWrite = `package main

import (
	"fmt"
	"sync"
)

func main() {
	m := map[int]int{1: 1, 2: 2, 3: 3}
	var wg sync.WaitGroup
	wg.Add(2)
	n := 0
	go func() {
		defer wg.Done()
		for r := 0; r < 5; r++ {
			for k := range m {
				n += k
			}
		}
	}()
	go func() {
		defer wg.Done()
		for i := 0; i < 20; i++ {
			m[i] = i
		}
	}()
	wg.Wait()
	fmt.Println(len(m), n >= 0)
}
`;

const misuse: [name: string, src: string, fatal: string, okOut: string][] = [
  ["two goroutines write", writeWrite, "concurrent map writes", "40\n"],
  ["one reads while another writes", readWrite, "concurrent map read and map write", "20 true\n"],
  ["one iterates while another writes", iterateWrite, "concurrent map iteration and map write", "20 true\n"],
];

for (const [name, src, fatal, okOut] of misuse) {
  test(`map misuse, ${name}: "fatal error: ${fatal}" in some seeds (1,000 seeds)`, () => {
    const p = build(src);
    const got = outcomes(p, opts(), 1, 1000);
    const crashes = got.get(`2 fatal error: ${fatal}`) ?? 0;
    assert.ok(crashes > 0, `no seed crashed: ${[...got]}`);
    assert.equal(crashes + (got.get("0 exit 0") ?? 0), 1000, `unexpected outcomes: ${[...got]}`);
    let seed = 1;
    let r = run(p, { ...opts(), seed });
    while (r.exitCode !== 0) r = run(p, { ...opts(), seed: ++seed });
    assert.equal(r.stdout, okOut);
    seed = 1;
    while ((r = run(p, { ...opts(), seed })).exitCode === 0) seed++;
    assert.match(r.stderr, new RegExp(`^fatal error: ${fatal}\\n\\ngoroutine \\d+ \\[running\\]:\\n`));
  });
}

const mutexed = `package main

import (
	"fmt"
	"sync"
)

func main() {
	m := map[int]int{1: 1, 2: 2, 3: 3}
	var mu sync.Mutex
	var wg sync.WaitGroup
	wg.Add(3)
	go func() {
		defer wg.Done()
		for i := 0; i < 20; i++ {
			mu.Lock()
			m[i] = i
			mu.Unlock()
		}
	}()
	go func() {
		defer wg.Done()
		for i := 0; i < 20; i++ {
			mu.Lock()
			m[100+i] = m[i]
			mu.Unlock()
		}
	}()
	n := 0
	go func() {
		defer wg.Done()
		for r := 0; r < 5; r++ {
			mu.Lock()
			for k := range m {
				n += k
			}
			mu.Unlock()
		}
	}()
	wg.Wait()
	mu.Lock()
	fmt.Println(len(m) >= 23, n > 0)
	mu.Unlock()
}
`;

test("map accesses under a sync.Mutex never fail (10,000 seeds), and the mutex is contended", () => {
  const p = build(mutexed);
  assert.deepEqual([...outcomes(p, opts(), 1, 10_000)], [["0 exit 0", 10_000]]);
  assert.equal(run(p, { ...opts(), seed: 1 }).stdout, "true true\n");
  // The check means something only if goroutines really wait for the lock in some runs.
  let contended = 0;
  for (let seed = 1; seed <= 200; seed++) {
    const r = run(p, { ...opts(), seed, trace: true });
    if (r.events.some((e) => e.ev === "GoBlock" && e.reason === "semacquire" && e.g !== 1)) contended++;
  }
  assert.ok(contended > 0, "no seed had a goroutine wait on the mutex");
});

// ---- deadlock ---------------------------------------------------------------------------------

const deadlock = `package main

import (
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	ch := make(chan int)
	var nilch chan int
	mu.Lock()
	wg.Add(1)
	go func() { <-ch }()
	go func() { ch2 := make(chan int); ch2 <- 1 }()
	go func() { mu.Lock() }()
	go func() {
		select {
		case <-ch:
		case <-nilch:
		}
	}()
	go func() { select {} }()
	go func() { nilch <- 1 }()
	go func() { time.Sleep(time.Millisecond) }()
	time.Sleep(10 * time.Millisecond)
	wg.Wait()
}
`;

/** Real Go 1.19's output for the program above, with argument words and PC offsets removed. */
const deadlockGo = `fatal error: all goroutines are asleep - deadlock!

goroutine 1 [semacquire]:
sync.runtime_Semacquire()
	/usr/lib/go-1.19/src/runtime/sema.go:62
sync.(*WaitGroup).Wait()
	/usr/lib/go-1.19/src/sync/waitgroup.go:139
main.main()
	${path}:28

goroutine 5 [chan receive]:
main.main.func1()
	${path}:15
created by main.main
	${path}:15

goroutine 6 [chan send]:
main.main.func2()
	${path}:16
created by main.main
	${path}:16

goroutine 7 [semacquire]:
sync.runtime_SemacquireMutex()
	/usr/lib/go-1.19/src/runtime/sema.go:77
sync.(*Mutex).lockSlow()
	/usr/lib/go-1.19/src/sync/mutex.go:171
sync.(*Mutex).Lock()
	/usr/lib/go-1.19/src/sync/mutex.go:90
main.main.func3()
	${path}:17
created by main.main
	${path}:17

goroutine 8 [select]:
main.main.func4()
	${path}:19
created by main.main
	${path}:18

goroutine 9 [select (no cases)]:
main.main.func5()
	${path}:24
created by main.main
	${path}:24

goroutine 10 [chan send (nil chan)]:
main.main.func6()
	${path}:25
created by main.main
	${path}:25
`;

function normalizeTraceback(s: string): string {
  return s.replace(/\([^()]*\)$/gm, "()").replace(/ \+0x[0-9a-f]+$/gm, "");
}

test("a deadlock prints Go's message and a dump with Go's wait reasons, on every seed", () => {
  const p = build(deadlock);
  for (let seed = 1; seed <= 50; seed++) {
    const r = run(p, { ...opts(), seed });
    assert.equal(r.exitCode, 2);
    assert.equal(r.outcome, "fatal error: all goroutines are asleep - deadlock!");
    assert.equal(normalizeTraceback(r.stderr), deadlockGo, `seed ${seed}`);
  }
});

test("a deadlock with GOMAXPROCS=1 is found too", () => {
  const p = build(deadlock);
  const r = run(p, { ...opts({ GOMAXPROCS: "1" }), seed: 3 });
  assert.equal(normalizeTraceback(r.stderr), deadlockGo);
});

test("a cgo program whose goroutines all block ends as a hang (Go's checkdead is silent under cgo)", () => {
  const p = build(`package main

// int id(int x) { return x; }
import "C"

import "sync"

func main() {
	var mu sync.Mutex
	println(C.id(3))
	mu.Lock()
	mu.Lock()
}
`);
  const r = run(p, { ...opts(), seed: 1 });
  assert.equal(r.exitCode, 3);
  assert.match(r.stderr, /^3\ngort: every goroutine is blocked and nothing can wake one; Go 1\.19 reports no deadlock in a cgo program/);
  assert.match(r.stderr, /\n\ngoroutine 1 \[semacquire\]:\nsync\.runtime_SemacquireMutex\(/);
  assert.doesNotMatch(r.stderr, /fatal error/);
});

test("a C function used as a value is not supported yet, at its position", () => {
  const c = compile(tc, [{ name: "./main.go", path, text: `package main

// int twice(int x) { return 2 * x; }
import "C"

func main() {
	f := C.twice
	_ = f
}
` }], "command-line-arguments");
  assert.equal(c.ok, false);
  if (c.ok) return;
  assert.match(c.stderr, /:7:7: gort: C\.twice as a value \(a C function's address\) is not supported yet\n/);
});

test("a time.AfterFunc goroutine was created by time.goFunc, in a traceback and in a race report", () => {
  const text = `package main

import "time"

var counter int

func bump() { counter++ }

type C struct{ m map[string]int }

func (c *C) expire() { c.m["b"] = 0 }

func main() {
	time.AfterFunc(time.Millisecond, bump)
	counter++
	time.Sleep(10 * time.Millisecond)
	println(counter)
	c := &C{}
	time.AfterFunc(time.Millisecond, c.expire)
	time.Sleep(time.Second)
}
`;
  const r = run(build(text), { ...opts(), seed: 1 });
  assert.equal(r.exitCode, 2);
  assert.match(r.stderr, /main\.\(\*C\)\.expire\(\.\.\.\)\n\t[^\n]*:11 \+0x0\ncreated by time\.goFunc\n\t\/usr\/lib\/go-1\.19\/src\/time\/sleep\.go:176 \+0x0\n/);
  const c = compile(tc, [{ name: "./main.go", path, text }], "command-line-arguments", "files", { race: true });
  assert.ok(c.ok);
  const rr = run(c.program, { ...opts(), seed: 1 });
  assert.match(rr.stderr, /Goroutine \d+ \(finished\) created at:\n  time\.goFunc\(\)\n      \/usr\/lib\/go-1\.19\/src\/time\/sleep\.go:176 \+0x0\n/);
});

test("a frame Go inlines (a frameless leaf) has no PC offset in a traceback; its caller's has", () => {
  const r = run(build(`package main

import "fmt"

func div(a, b int) int { return a / b }

func main() {
	fmt.Println(div(1, 0))
}
`), { ...opts(), seed: 1 });
  assert.equal(r.exitCode, 2);
  assert.match(r.stderr, /\nmain\.div\(\.\.\.\)\n\t[^\n]*main\.go:5\nmain\.main\(\)\n\t[^\n]*main\.go:8 \+0x0\n/);
});
