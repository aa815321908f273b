// Tests for preemption in plain code (Machine.suspendPlain, procrt.ts tick) and for segmented
// goroutine stacks (runtime/stack.ts): whole programs run in-process.
//
// What they pin down: a loop or a recursion with no yield point is suspended and resumed in
// place, however the suspensions nest; the run's end (exit, panic, limit) while goroutines are
// suspended is reported once and unwinds their frames without running their defers; a GC cycle
// never starts while a goroutine is suspended in plain code, and waits for a safe point unless
// it is overdue, when it starts at a plain back-edge (each plain check records its frame's
// stack map); and panics, recover and Goexit cross stack segments as they cross frames.

import { test } from "node:test";
import assert from "node:assert/strict";
import { compile, defaultRunOptions, run, type Program, type RunOptions } from "../api.js";
import { nodeToolchain } from "../host/node.js";
import { opsPerNs } from "../runtime/costs.js";

const tc = await nodeToolchain();

function build(text: string): Program {
  const c = compile(tc, [{ name: "./main.go", path: "/home/gopher/prog/main.go", text }], "command-line-arguments");
  if (!c.ok) throw new Error(`compile failed:\n${c.stderr}`);
  return c.program;
}

function opts(seed: number, more: Partial<RunOptions> = {}, env: Record<string, string> = {}): RunOptions {
  return { ...defaultRunOptions, environ: new Map(Object.entries(env)), seed, ...more };
}

/** Plain goroutines (no yield point in their functions) that print as they go, and main. */
const plainPrinters = `package main

import "time"

func spin(id int, shift int) {
	for i := 1; i < 1<<62; i++ {
		if i&(1<<shift-1) == 0 {
			println("spin", id, i>>shift)
		}
	}
}

func main() {
	go spin(1, 15)
	go spin(2, 16)
	time.Sleep(300 * time.Microsecond)
	println("main wakes")
	time.Sleep(200 * time.Microsecond)
	println("main done")
}
`;

test("plain loops are suspended and resumed in place, deterministically", () => {
  const p = build(plainPrinters);
  for (const procs of ["1"]) {
    const env = { GOMAXPROCS: procs };
    const a = run(p, opts(3, {}, env));
    assert.equal(a.exitCode, 0, a.stderr);
    const lines = a.stderr.trim().split("\n");
    assert.equal(lines[lines.length - 1], "main done");
    const wake = lines.indexOf("main wakes");
    assert.ok(wake > 0, "the spinners ran before main woke");
    // Each spinner's counts go up by one: its loop went on where it was suspended.
    for (const id of ["1", "2"]) {
      const ns = lines.filter((l) => l.startsWith(`spin ${id} `)).map((l) => Number(l.split(" ")[2]));
      assert.ok(ns.length >= 2, `spinner ${id} printed ${ns.length} times`);
      ns.forEach((n, i) => assert.equal(n, i + 1));
    }
    // Sysmon's slice: the first spinner ran 10 ms before main's 300 µs sleep could end.
    assert.ok(lines.slice(wake).some((l) => l.startsWith("spin")), lines.join("\n"));
    // The loop's iteration weighs 9 operations (compiler/weight.ts: the condition, i++, the
    // if's four operators and branch, println's argument), charged at opsPerNs.
    const nsPerIteration = 9 / opsPerNs;
    assert.ok(wake * 65536 * nsPerIteration >= 9_000_000, `main woke after ${wake} lines`);
    const b = run(p, opts(3, {}, env));
    assert.equal(b.stderr, a.stderr, "same seed, same output");
  }
});

test("parallel plain work stays parallel: suspensions do not serialize it", () => {
  const p = build(`package main

import (
	"sync"
	"time"
)

func work(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += i & 7
	}
	return s
}

func main() {
	var wg sync.WaitGroup
	start := time.Now()
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			work(15_000_000)
		}()
	}
	wg.Wait()
	println(time.Since(start) < 20*time.Millisecond)
}
`);
  const r = run(p, opts(1, {}, { GOMAXPROCS: "4" }));
  assert.equal(r.exitCode, 0, r.stderr);
  assert.equal(r.stderr, "true\n", "four 15 ms workers on four Ps end within 20 ms");
});

test("a loop that only another goroutine can end is a generator, not plain code", () => {
  // Suspended plain code resumes innermost first; a spin-wait there could wait forever on a
  // goroutine suspended further out. blocking.ts makes such loops (and loops that never end)
  // generators; loops that make their own progress stay plain.
  const p = build(`package main

var flagA, flagB bool
var n int
var xs []int

func waitA() {
	for !flagA {
	}
	flagB = true
}

func waitB() {
	for {
		if flagB {
			break
		}
	}
}

func waitC() {
	for i := 0; !flagA; i++ {
		n = i
	}
}

func forever() {
	for {
		n++
	}
}

func count() {
	for i := 0; i < 1<<62; i++ {
		n = i
	}
}

func walk() int {
	s := 0
	for i := len(xs) - 1; i >= 0; i-- {
		s += xs[i]
	}
	return s
}

func collatz(x int) int {
	steps := 0
	for x != 1 {
		if x%2 == 0 {
			x /= 2
		} else {
			x = 3*x + 1
		}
		steps++
	}
	return steps
}

func main() {
	go waitA()
	go waitB()
	go waitC()
	go forever()
	go count()
	println(walk(), collatz(27))
}
`);
  const js = p.compiled.js;
  for (const f of ["waitA", "waitB", "waitC", "forever"]) assert.match(js, new RegExp(`function\\* main\\$${f}\\(`), f);
  for (const f of ["count", "walk", "collatz"]) assert.match(js, new RegExp(`function main\\$${f}\\(`), f);
});

test("a recursion with no loop is preempted at function entry", () => {
  const p = build(`package main

import "time"

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	go fib(200)
	go fib(200)
	time.Sleep(time.Millisecond)
	println("main done")
}
`);
  const r = run(p, opts(1, {}, { GOMAXPROCS: "1" }));
  assert.equal(r.exitCode, 0, r.stderr);
  assert.equal(r.stderr, "main done\n");
});

test("limits stop loops with no yield point, and print where the goroutines stood", () => {
  const p = build(`package main

func main() {
	for {
	}
}
`);
  const t = run(p, opts(1, { maxSimNs: 2e6 }));
  assert.equal(t.exitCode, 3);
  assert.match(t.stderr, /^gort: simulated time limit exceeded \(2ms; raise it with --max-time\)\n\ngoroutine 1 \[running\]:\nmain\.main\(\)\n\t\/home\/gopher\/prog\/main\.go:4 \+0x0\n/);
  const q = build(`package main

func count(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += i
	}
	return s
}

func main() {
	println(count(1 << 60))
}
`);
  const s = run(q, opts(1, { maxSteps: 3e6 }));
  assert.equal(s.exitCode, 3);
  assert.match(s.stderr, /^gort: step limit exceeded \(3000000 steps/);
  assert.match(s.stderr, /main\.count\(\.\.\.\)\n\t\/home\/gopher\/prog\/main\.go:[56] \+0x0\nmain\.main\(\)/);
});

test("a panic, a fatal error or os.Exit while goroutines are suspended ends the run once, without their defers", () => {
  const src = (end: string) => `package main

import (
	"os"
	"sync"
	"time"
)

var x int

func busy() {
	defer println("busy's defer must not run")
	for i := 0; i >= 0; i++ {
		x += i & 1
	}
}

func main() {
	go busy()
	go busy()
	time.Sleep(100 * time.Microsecond)
	_ = os.Args
	var mu sync.Mutex
	_ = &mu
	${end}
}
`;
  const cases: [string, number, RegExp][] = [
    [`panic("stop")`, 2, /^panic: stop\n\ngoroutine 1 \[running\]:\nmain\.main\(\)/],
    [`mu.Unlock()`, 2, /^fatal error: sync: unlock of unlocked mutex\n/],
    [`os.Exit(5)`, 5, /^$/],
  ];
  for (const [end, code, want] of cases) {
    const p = build(src(end));
    for (const procs of ["1"]) {
      const r = run(p, opts(7, {}, { GOMAXPROCS: procs }));
      assert.equal(r.exitCode, code, `${end}: ${r.stderr}`);
      assert.match(r.stderr, want, end);
      assert.ok(!r.stderr.includes("must not run"), r.stderr);
      assert.equal(r.stderr.split("\n").filter((l) => l.startsWith("panic:") || l.startsWith("fatal error:")).length, code === 5 ? 0 : 1);
    }
  }
});

test("no GC cycle starts while a goroutine is suspended in plain code, and cycles resume after", () => {
  const p = build(`package main

import (
	"fmt"
	"runtime"
	"time"
)

var sink int

func crunch(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s ^= i * 31
	}
	return s
}

type node struct {
	next *node
	pad  [62]int
}

func main() {
	done := make(chan int)
	go func() { done <- crunch(3_000_000) }()
	var keep *node
	for i := 0; i < 30000; i++ {
		keep = &node{next: keep}
		if i%1000 == 0 {
			keep = nil
		}
	}
	time.Sleep(time.Millisecond)
	fmt.Println(<-done)
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println(ms.NumGC > 1)
}
`);
  for (const seed of [1, 2]) {
    const r = run(p, { ...opts(seed), check: true });
    assert.equal(r.exitCode, 0, r.stderr);
    assert.equal(r.stdout, `${crunchGo(3_000_000)}\ntrue\n`);
  }
});

test("plain code that allocates millions of objects is collected as it runs, keeping what it holds", () => {
  // work is plain (no yield point): no safe point comes until it returns, so the cycles start
  // once overdue (without them the host's limit on objects, then 4 Mi, ended the run).
  const p = build(`package main

import (
	"fmt"
	"runtime"
	"strings"
)

type node struct {
	next *node
	v    int
}

func work(n int) (int, int) {
	parts := []string{"a", "b", "c"}
	var keep *node
	t := 0
	for i := 0; i < n; i++ {
		t += len(strings.Join(parts, ","))
		if i%1000 == 0 {
			keep = &node{next: keep, v: i}
		}
		_ = &node{v: i}
	}
	s := 0
	for k := keep; k != nil; k = k.next {
		s += k.v / 1000
	}
	return t, s
}

func main() {
	t, s := work(3_000_000)
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println(t, s, ms.NumGC > 10, ms.HeapAlloc < 64<<20)
}
`);
  const r = run(p, { ...opts(1), check: true });
  assert.equal(r.exitCode, 0, r.stderr);
  assert.equal(r.stdout, `15000000 ${(2999 * 3000) / 2} true true\n`);
});

/** crunch from the program above, in JS (the result fits a double exactly). */
function crunchGo(n: number): number {
  let s = 0n;
  for (let i = 0n; i < BigInt(n); i++) s ^= i * 31n;
  return Number(s);
}

test("panics, recover and Goexit cross stack segments as they cross frames", () => {
  const p = build(`package main

import (
	"fmt"
	"runtime"
)

var m = map[int]int{}

func down(n int, at int) int {
	m[n%8] = n
	if n == at {
		panic(fmt.Sprint("bottom ", n))
	}
	if n == 0 {
		return 0
	}
	return down(n-1, at) + 1
}

func catch(depth, at int) (r string) {
	defer func() { r = fmt.Sprint(recover()) }()
	down(depth, at)
	return "no panic"
}

func exiting(n int, done chan bool) {
	defer func() { done <- true }()
	m[n%8] = n
	if n == 0 {
		runtime.Goexit()
	}
	exiting(n-1, done)
	println("never")
}

func main() {
	for _, d := range []int{7, 8, 9, 63, 64, 65, 1000} {
		fmt.Println(catch(d, 0), catch(d, d/2), down(d, -1))
	}
	done := make(chan bool, 2000)
	go exiting(500, done)
	for i := 0; i <= 500; i++ {
		<-done
	}
	fmt.Println("goexit unwound 501 frames")
	var z map[int]int
	defer func() { fmt.Println("recovered:", recover()) }()
	var rec func(n int)
	rec = func(n int) {
		m[n] = n
		if n == 0 {
			z[0] = 1
		}
		rec(n - 1)
	}
	rec(300)
}
`);
  const r = run(p, opts(1));
  assert.equal(r.exitCode, 0, r.stderr);
  const want = [7, 8, 9, 63, 64, 65, 1000].map((d) => `bottom 0 bottom ${Math.floor(d / 2)} ${d}`);
  assert.equal(r.stdout, [...want, "goexit unwound 501 frames", "recovered: assignment to entry in nil map", ""].join("\n"));
});

test("a recursion that blocks at every level reaches Go's stack limit", () => {
  const p = build(`package main

var m = map[int]int{}

func f(n int) int {
	var pad [4096]int64
	pad[n%4096] = int64(n)
	m[n%10] = n
	return f(n+1) + int(pad[0])
}

func main() {
	println(f(0))
}
`);
  const r = run(p, opts(1));
  assert.equal(r.exitCode, 2, r.stderr.slice(0, 500));
  assert.match(r.stderr, /^runtime: goroutine stack exceeds 1000000000-byte limit\n/);
  assert.match(r.stderr, /\nfatal error: stack overflow\n/);
});

test("time.Now counts a plain loop's work, and a Sleep after it still lasts its duration", () => {
  const p = build(`package main

import (
	"fmt"
	"time"
)

func spin(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s ^= i
	}
	return s
}

func main() {
	go func() {
		spin(3_000_000)
		_ = time.Now() // read far ahead of the other P's clock
	}()
	time.Sleep(time.Microsecond)
	t0 := time.Now()
	spin(1_000_000)
	plain := time.Since(t0)
	start := time.Now()
	time.Sleep(time.Millisecond)
	fmt.Println(plain >= 250*time.Microsecond, time.Since(start) >= time.Millisecond)
}
`);
  // spin's iteration weighs 3 operations (i < n, i++, s ^= i): 1e6 of them are 3e6 / opsPerNs
  // ns of loop work (~430 µs), at least three quarters of that with the jitter.
  for (const seed of [1, 2, 3]) {
    for (const procs of ["1", "2"]) {
      const r = run(p, opts(seed, {}, { GOMAXPROCS: procs }));
      assert.equal(r.stdout, "true true\n", `seed ${seed} GOMAXPROCS=${procs}: ${r.stderr}`);
    }
  }
});

test("a goroutine preempted in plain code does not run on two Ps at once: its time is the same at any GOMAXPROCS", () => {
  const p = build(`package main

import (
	"fmt"
	"time"
)

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	done := make(chan time.Duration)
	go func() {
		t := time.Now()
		s := 0
		for i := 0; i < 1000; i++ {
			s += fib(20)
		}
		done <- time.Since(t)
	}()
	fmt.Println(<-done)
}
`);
  // About 30 ms of work: sysmon preempts it every 10 ms, and an idle P could take it from the
  // global queue before the slice it had just run had ended (it measured 60% at 2 Ps, 30% at 4).
  const ms = (procs: number) => Number.parseFloat(run(p, opts(1, {}, { GOMAXPROCS: String(procs) })).stdout);
  const one = ms(1);
  assert.ok(one > 20, `1 P: ${one} ms`);
  // More Ps may add a little (the idle P's wake-up after each preemption), never take time away.
  for (const procs of [2, 4]) {
    const t = ms(procs);
    assert.ok(t >= one * 0.98 && t < one * 1.3, `${procs} Ps: ${t} ms, 1 P: ${one} ms`);
  }
});
