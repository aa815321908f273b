// Tests for partial deadlocks and leaks (runtime/goroutineleak.ts, RunOptions.leaks): whole
// programs run in-process.
//
// What they pin down: a goroutine that nothing able to run can reach is reported, once, at the
// first quiet moment after it parks, with the line it waits at (read from the program, marked
// `// LEAK`); one that a package variable, a sleeping goroutine, a timer, a finalizer, a data
// structure or a wakeable blocked goroutine reaches is never reported, on any seed (a wrong
// report would also trip goready's assertion); and without the option nothing changes.

import { test } from "node:test";
import assert from "node:assert/strict";
import { compile, defaultRunOptions, run, runMany, type Program, type RunOptions, type RunResult } from "../api.js";
import { nodeToolchain } from "../host/node.js";

const tc = await nodeToolchain();

function build(text: string): Program {
  const c = compile(tc, [{ name: "./main.go", path: "/home/gopher/prog/main.go", text }], "command-line-arguments");
  if (!c.ok) throw new Error(`compile failed:\n${c.stderr}`);
  return c.program;
}

function runLeaks(p: Program, seed: number, more: Partial<RunOptions> = {}): RunResult {
  return run(p, { ...defaultRunOptions, environ: new Map(), seed, leaks: true, ...more });
}

/** The lines of text marked `// LEAK`, 1-based. */
function marked(text: string): number[] {
  return text.split("\n").flatMap((l, i) => (l.includes("// LEAK") ? [i + 1] : []));
}

/** The goroutine lines of the partial-deadlock reports in stderr: the line numbers they name. */
function reportedLines(stderr: string): number[] {
  const out: number[] = [];
  for (const m of stderr.matchAll(/^\tgoroutine \d+(?: \(and (\d+) more\))? \[[^\]]+\]: \S+ at \S+\/main\.go:(\d+)$/gm)) {
    for (let i = 0; i <= Number(m[1] ?? 0); i++) out.push(Number(m[2]));
  }
  return out.sort((a, b) => a - b);
}

const leaky = `package main

import (
	"fmt"
	"sync"
	"time"
)

func fetch() int {
	ch := make(chan int)
	go func() { ch <- 1 }() // LEAK: nobody receives after the timeout
	select {
	case v := <-ch:
		return v
	case <-time.After(time.Nanosecond):
		return -1
	}
}

type store struct {
	mu sync.Mutex
	n  int
}

func lockForever() {
	s := &store{}
	s.mu.Lock()
	go func() {
		s.mu.Lock() // LEAK: the lock is never released
		s.n++
		s.mu.Unlock()
	}()
}

func waitForever() {
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done() }()
	go func() { wg.Wait() }() // LEAK: one Done is missing
}

func condForever() {
	c := sync.NewCond(&sync.Mutex{})
	go func() {
		c.L.Lock()
		c.Wait() // LEAK: no Signal
		c.L.Unlock()
	}()
}

func cycle() {
	a, b := make(chan int), make(chan int)
	go func() { a <- <-b }() // LEAK: each waits for the other
	go func() { b <- <-a }() // LEAK
}

func nilAndEmpty() {
	var c chan int
	go func() { c <- 1 }() // LEAK: a nil channel
	go func() { select {} }() // LEAK: no cases
	d, e := make(chan int), make(chan int)
	go func() {
		select { // LEAK: neither channel is reachable
		case <-d:
		case e <- 1:
		}
	}()
}

func main() {
	fmt.Println(fetch())
	lockForever()
	waitForever()
	condForever()
	cycle()
	nilAndEmpty()
	time.Sleep(time.Millisecond)
	fmt.Println("done")
}
`;

test("every kind of wait that nothing can end is reported at its line, once, before main goes on", () => {
  const p = build(leaky);
  const want = marked(leaky);
  for (let seed = 1; seed <= 10; seed++) {
    const r = runLeaks(p, seed);
    assert.equal(reportedLines(r.stderr.split("gort: main returned")[0]!).join(","), want.join(","), `seed ${seed}:\n${r.stderr}`);
    assert.equal(r.leaks.length, want.length, `seed ${seed}`);
    // main then returns with them alive: goleak's list, exit 1.
    assert.match(r.stderr, /\ngort: main returned with goroutines still alive: found unexpected goroutines:\n\[Goroutine \d+ in state chan send, with main\.fetch\.func1 on top of the stack:\n/);
    assert.equal(r.exitCode, 1);
    assert.equal(r.stdout, "-1\ndone\n");
  }
  // Without the option the program runs as Go runs it.
  const plain = run(p, { ...defaultRunOptions, environ: new Map(), seed: 1 });
  assert.equal(plain.exitCode, 0);
  assert.equal(plain.stderr, "");
  assert.deepEqual(plain.leaks, []);
});

test("the report comes at the moment it is certain: while main still sleeps", () => {
  const src = `package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int)
	go func(c chan int) { c <- 1 }(ch) // LEAK
	ch = nil
	time.Sleep(time.Second)
	fmt.Println("woke")
}
`;
  const out: string[] = [];
  const r = runLeaks(build(src), 1, { write: (fd, b) => out.push(`${fd}:${b}`) });
  const text = out.join("");
  assert.match(text, /^2:gort: partial deadlock at 0\.\d+ms: a goroutine is blocked forever/);
  assert.ok(text.indexOf("partial deadlock") < text.indexOf("1:woke"), text);
  assert.equal(r.exitCode, 1);
});

const reachable = `package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

var global = make(chan int)

type node struct {
	next *node
	ch   chan int
	mu   *sync.Mutex
}

type holder struct{ x *int }

func main() {
	var wg sync.WaitGroup
	// Reached from a package variable.
	wg.Add(1)
	go func() { defer wg.Done(); <-global }()
	// Reached from a goroutine that sleeps first.
	late := make(chan int)
	wg.Add(1)
	go func() { defer wg.Done(); <-late }()
	go func(c chan int) { time.Sleep(time.Millisecond); c <- 1 }(late)
	// Reached from a timer's func only.
	byTimer := make(chan int)
	wg.Add(1)
	go func() { defer wg.Done(); byTimer <- 1 }()
	time.AfterFunc(2*time.Millisecond, func() { <-byTimer })
	// Reached through a list and an interface, held by a blocked goroutine that can be woken.
	mu := &sync.Mutex{}
	mu.Lock()
	list := &node{next: &node{ch: make(chan int), mu: mu}}
	var box any = list
	wg.Add(1)
	go func() { defer wg.Done(); mu.Lock(); mu.Unlock() }()
	wake := make(chan bool)
	wg.Add(1)
	go func() {
		defer wg.Done()
		<-wake
		n := box.(*node).next
		n.mu.Unlock()
	}()
	// Reached from a finalizer only.
	fin := make(chan int)
	wg.Add(1)
	go func() { defer wg.Done(); <-fin }()
	h := &holder{x: new(int)}
	runtime.SetFinalizer(h, func(*holder) { fin <- 1 })
	h = nil
	// Reached through a channel's buffer.
	inner := make(chan int)
	outer := make(chan chan int, 1)
	outer <- inner
	wg.Add(1)
	go func() { defer wg.Done(); <-inner }()
	go func() { time.Sleep(time.Millisecond); (<-outer) <- 1 }()
	time.Sleep(3 * time.Millisecond)
	global <- 1
	wake <- true
	for i := 0; i < 5 && !done(&wg); i++ {
		runtime.GC()
		time.Sleep(time.Millisecond)
	}
	fmt.Println("all done")
}

func done(wg *sync.WaitGroup) bool {
	c := make(chan bool)
	go func() { wg.Wait(); close(c) }()
	select {
	case <-c:
		return true
	case <-time.After(time.Millisecond):
		return false
	}
}
`;

test("a goroutine that something able to run reaches is never reported, on any seed", () => {
  const p = build(reachable);
  for (let seed = 1; seed <= 30; seed++) {
    for (const procs of ["1", "4"]) {
      const r = runLeaks(p, seed, { environ: new Map([["GOMAXPROCS", procs]]) });
      assert.equal(r.stdout, "all done\n", `seed ${seed} GOMAXPROCS=${procs}:\n${r.stderr}`);
      assert.deepEqual(r.leaks, [], `seed ${seed} GOMAXPROCS=${procs}:\n${r.stderr}`);
      assert.equal(r.exitCode, 0);
    }
  }
});

test("--runs summaries tell runs apart by the places their goroutines leaked at", () => {
  const p = build(`package main

import "time"

func main() {
	ch := make(chan int)
	for i := 0; i < 2; i++ {
		go func(i int) { ch <- i }(i)
	}
	select {
	case <-ch:
	case <-time.After(time.Nanosecond):
	}
}
`);
  const s = runMany(p, { ...defaultRunOptions, environ: new Map(), leaks: true }, 1, 20);
  for (const o of s.outcomes) {
    assert.match(o.outcome, /^exit 1  leaked: \[(chan send|runnable)\] main\.main\.func1(, \[(chan send|runnable)\] main\.main\.func1)?$/, o.outcome);
  }
});

test("values held only by the runtime for a while still reach what they hold", () => {
  // A reply channel handed to a server that has not run yet lives only in the server's sudog;
  // a function's unnamed result and a panic's value live only in the runtime while deferred
  // calls run. GOGC=1 starts cycles (and leak checks) often.
  const p = build(`package main

import (
	"fmt"
	"time"
)

type req struct{ reply chan int }

func server(reqs chan req) {
	for r := range reqs {
		buf := make([]byte, 1024)
		r.reply <- len(buf)
	}
}

func mk() chan int {
	c := make(chan int)
	go func() { <-c }()
	return c
}

func get() chan int {
	defer time.Sleep(time.Millisecond)
	return mk()
}

func fromPanic() {
	defer func() {
		time.Sleep(time.Millisecond)
		recover().(chan int) <- 1
	}()
	panic(mk())
}

func main() {
	reqs := make(chan req)
	go server(reqs)
	n := 0
	for i := 0; i < 200; i++ {
		rc := make(chan int)
		reqs <- req{reply: rc}
		n += <-rc
	}
	close(reqs)
	ch := get()
	ch <- 1
	fromPanic()
	time.Sleep(time.Millisecond) // the receivers end before main returns
	fmt.Println(n)
}
`);
  for (let seed = 1; seed <= 20; seed++) {
    const r = runLeaks(p, seed, { environ: new Map([["GOGC", "1"], ["GOMAXPROCS", String(1 + (seed % 2))]]) });
    assert.equal(r.stdout, "204800\n", `seed ${seed}: ${r.stderr}`);
    assert.deepEqual(r.leaks, [], `seed ${seed}: ${r.stderr}`);
  }
});

test("at main's return, --leaks waits as goleak's retries do: a goroutine about to end is no leak", () => {
  // The goroutine is runnable, or waits on the lock main holds until it returns: it ends within
  // the retries. The second one waits on a channel forever.
  const p = build(`package main

import (
	"fmt"
	"sync"
	"time"
)

type counter struct {
	mu sync.Mutex
	n  int
}

func (c *counter) inc() { c.mu.Lock(); c.n++; c.mu.Unlock() }

func main() {
	c := &counter{}
	go c.inc()
	go func() { time.Sleep(time.Millisecond); c.inc() }()
	fmt.Println("bye")
}
`);
  for (let seed = 1; seed <= 12; seed++) {
    const r = runLeaks(p, seed);
    assert.equal(r.exitCode, 0, `seed ${seed}:\n${r.stderr}`);
  }
  const q = build(`package main

func main() {
	ch := make(chan int)
	go func() { ch <- 1 }()
}
`);
  const r = runLeaks(q, 1);
  assert.equal(r.exitCode, 1);
  assert.match(r.stderr, /found unexpected goroutines:\n\[Goroutine \d+ in state chan send, with main\.main\.func1 on top of the stack:/);
});
