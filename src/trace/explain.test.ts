// --explain on our own racy, deadlocking, leaking and panicking programs: the explanation names
// the goroutines the run's own report names and the lines the program has the operations on,
// found in the program text here, not compared with a fixed text.

import { test } from "node:test";
import assert from "node:assert/strict";
import { compile, defaultRunOptions, explain, run, type Program, type RunOptions, type RunResult } from "../api.js";
import { nodeToolchain } from "../host/node.js";
import { cgoMapExample } from "../examples/cgo-map.js";

const tc = await nodeToolchain();

function build(text: string, race = false): Program {
  const c = compile(tc, [{ name: "./main.go", path: "/home/gopher/prog/main.go", text }], "command-line-arguments", "files", { race });
  if (!c.ok) throw new Error(c.stderr);
  return c.program;
}

function opts(seed: number, extra: Partial<RunOptions> = {}): RunOptions {
  return { ...defaultRunOptions, seed, environ: new Map(), ...extra };
}

/** The 1-based line of the first line of text matching re. */
function lineOf(text: string, re: RegExp): number {
  const i = text.split("\n").findIndex((l) => re.test(l));
  assert.ok(i >= 0, `no line matches ${re}`);
  return i + 1;
}

/** The first seed from 1 whose run ends with exit code code (at most 500 tried). */
function seedEnding(p: Program, code: number, extra: Partial<RunOptions> = {}): number {
  for (let seed = 1; seed <= 500; seed++) if (run(p, opts(seed, extra)).exitCode === code) return seed;
  throw new Error(`no seed ends with ${code}`);
}

function explained(p: Program, seed: number, extra: Partial<RunOptions> = {}): { r: RunResult; text: string } {
  const r = run(p, opts(seed, { ...extra, trace: true }));
  return { r, text: explain(r.trace!, r) };
}

/** The goroutine ids of a crash report's "goroutine N [state]:" headers, in order. */
function dumpIds(stderr: string): number[] {
  return [...stderr.matchAll(/^goroutine (\d+) \[/gm)].map((m) => Number(m[1]));
}

test("concurrent map writes (the article's example): both writers, their line, no happens-before, the retake", () => {
  const p = build(cgoMapExample);
  const { r, text } = explained(p, seedEnding(p, 2));
  assert.match(r.stderr, /fatal error: concurrent map writes/);
  const failing = dumpIds(r.stderr)[0]!;
  const line = lineOf(cgoMapExample, /m\[id\] = id/);
  const writers = [...text.matchAll(/goroutine (\d+) \(main\.main\.func1\)/g)].map((m) => Number(m[1]));
  assert.equal(writers[0], failing, text);
  assert.equal(new Set(writers).size, 2, text);
  assert.ok(text.includes(`main.go:${line}`), text);
  assert.match(text, /mapassign_fast64/);
  assert.match(text, /Nothing ordered the two writes/);
  assert.match(text, /sysmon retakes P\d from goroutine \d+'s call/);
  assert.match(text, /on different Ps/);
  assert.match(text, /Not a remedy: GOMAXPROCS=1/);
});

const mapWriters = `package main

import "fmt"

func fill(m map[string]int, key string, done chan bool) {
	for i := 0; i < 1000; i++ {
		m[key] = i
	}
	done <- true
}

func main() {
	m := map[string]int{}
	done := make(chan bool)
	go fill(m, "a", done)
	go fill(m, "b", done)
	<-done
	<-done
	fmt.Println(len(m))
}
`;

test("concurrent map writes without cgo: the two goroutines of main.fill at the map write", () => {
  const p = build(mapWriters);
  const { r, text } = explained(p, seedEnding(p, 2));
  const failing = dumpIds(r.stderr)[0]!;
  assert.ok(text.includes(`goroutine ${failing} (main.fill)`), text);
  assert.equal(new Set([...text.matchAll(/goroutine (\d+) \(main\.fill\)/g)].map((m) => m[1])).size, 2, text);
  assert.ok(text.includes(`main.go:${lineOf(mapWriters, /m\[key\] = i/)}`), text);
  assert.match(text, /Nothing ordered/);
});

test("the same writes under a mutex: nothing to explain", () => {
  const src = mapWriters.replace('import "fmt"', 'import (\n\t"fmt"\n\t"sync"\n)\n\nvar mu sync.Mutex')
    .replace("\t\tm[key] = i", "\t\tmu.Lock()\n\t\tm[key] = i\n\t\tmu.Unlock()");
  const p = build(src);
  for (let seed = 1; seed <= 5; seed++) assert.equal(explained(p, seed).text, "");
});

const abba = `package main

import (
	"sync"
	"time"
)

var a, b sync.Mutex

func one(wg *sync.WaitGroup) {
	defer wg.Done()
	a.Lock()
	time.Sleep(time.Millisecond)
	b.Lock()
	b.Unlock()
	a.Unlock()
}

func two(wg *sync.WaitGroup) {
	defer wg.Done()
	b.Lock()
	time.Sleep(time.Millisecond)
	a.Lock()
	a.Unlock()
	b.Unlock()
}

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go one(&wg)
	go two(&wg)
	wg.Wait()
}
`;

test("a lock-order deadlock: the cycle of waits, who holds which lock where, the remedy", () => {
  const p = build(abba);
  const { r, text } = explained(p, 1);
  assert.match(r.stderr, /all goroutines are asleep - deadlock!/);
  const lines = abba.split("\n");
  const lockLine = (fn: string, mu: string, nth: number): number => {
    const start = lines.findIndex((l) => l.startsWith(`func ${fn}(`));
    let seen = 0;
    for (let i = start; i < lines.length; i++) if (lines[i]!.trim() === `${mu}.Lock()` && ++seen === nth) return i + 1;
    throw new Error("no lock line");
  };
  // one waits for b at its second Lock; two holds b since its first Lock; and the other way.
  const one = /goroutine (\d+) \(main\.one\)/.exec(text)?.[1];
  const two = /goroutine (\d+) \(main\.two\)/.exec(text)?.[1];
  assert.ok(one !== undefined && two !== undefined, text);
  assert.ok(text.includes(`goroutine ${one} (main.one) waits (semacquire) on mutex`), text);
  assert.ok(text.includes(`main.go:${lockLine("one", "b", 1)}`), text);
  assert.ok(text.includes(`held by goroutine ${two}, which locked it at main.go:${lockLine("two", "b", 1)}`), text);
  assert.ok(text.includes(`held by goroutine ${one}, which locked it at main.go:${lockLine("one", "a", 1)}`), text);
  assert.match(text, /A cycle of waits: goroutine \d+ → goroutine \d+ → goroutine \d+/);
  assert.match(text, /lock-order inversion/);
  assert.match(text, /goroutine 1 \(main\.main\) waits \(semacquire\) on WaitGroup/);
});

const leak = `package main

import "fmt"

func produce(ch chan int) {
	for i := 0; i < 3; i++ {
		ch <- i
	}
}

func main() {
	ch := make(chan int)
	go produce(ch)
	fmt.Println(<-ch)
}
`;

test("a leaked sender (--leaks): the chain of waits names the send and the receiver that left", () => {
  const p = build(leak);
  const { r, text } = explained(p, 1, { leaks: true });
  assert.equal(r.exitCode, 1);
  const g = /goroutine (\d+) \(main\.produce\) waits \(chan send\) on chan 0x[0-9a-f]+ at main\.go:(\d+)/.exec(text);
  assert.ok(g !== null, text);
  assert.equal(Number(g[2]), lineOf(leak, /ch <- i/));
  assert.match(text, /used before by goroutine 1, which has ended/);
});

const racy = `package main

import (
	"fmt"
	"sync"
)

var total int

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			total++
		}()
	}
	wg.Wait()
	fmt.Println(total)
}
`;

test("a data race (-race): the two accesses, their goroutines and lines, and where they were created", () => {
  const p = build(racy, true);
  const { r, text } = explained(p, seedEnding(p, 66));
  const ids = [...r.stderr.matchAll(/by goroutine (\d+):/g)].map((m) => m[1]);
  assert.ok(ids.length === 2, r.stderr);
  const line = lineOf(racy, /total\+\+/);
  assert.ok(text.includes(`goroutine ${ids[0]} (main.main.func1) wrote it in main.main.func1 at main.go:${line}`) ||
    text.includes(`goroutine ${ids[0]} (main.main.func1) read it in main.main.func1 at main.go:${line}`), text);
  assert.ok(text.includes(`goroutine ${ids[1]} (main.main.func1) had`), text);
  assert.ok(text.includes(`created by goroutine 1 at main.go:${lineOf(racy, /go func\(\)/)}`), text);
});

const panicky = `package main

import "fmt"

func pick(xs []int, i int) int {
	return xs[i]
}

func main() {
	out := make(chan int)
	go func() {
		out <- pick([]int{1, 2}, 5)
	}()
	fmt.Println(<-out)
}
`;

test("a panic in a goroutine: the value, the line, and who created the goroutine where", () => {
  const p = build(panicky);
  const { r, text } = explained(p, 1);
  assert.equal(r.exitCode, 2);
  const g = dumpIds(r.stderr)[0]!;
  assert.match(text, /index out of range \[5\] with length 2/);
  assert.ok(text.includes(`goroutine ${g} (main.main.func1) panicked at main.go:${lineOf(panicky, /return xs\[i\]/)} (in main.pick)`), text);
  assert.ok(text.includes(`goroutine ${g} was created by goroutine 1 (main.main) at main.go:${lineOf(panicky, /go func\(\)/)}`), text);
});

const lostSignal = `package main

import "sync"

func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	done := make(chan bool)
	go func() {
		mu.Lock()
		c.Wait()
		mu.Unlock()
		done <- true
	}()
	go func() {
		c.Signal()
	}()
	<-done
}
`;

test("a Cond's Signal before the Wait: the explanation names the lost wake-up and its signaler", () => {
  const p = build(lostSignal);
  // A seed on which the Signal came first (the deadlock), else the Wait took it.
  const seed = seedEnding(p, 2);
  const { text } = explained(p, seed);
  const m = /waits \(sync\.Cond\.Wait\) on cond #\d+ at main\.go:(\d+) since [^;]+; goroutine \d+ signaled it at main\.go:(\d+) before this Wait began, and a Signal wakes only goroutines already waiting: the wake-up was lost\. Remedy: wait in a loop over the condition/.exec(text);
  assert.ok(m !== null, text);
  assert.equal(Number(m[1]), lineOf(lostSignal, /c\.Wait\(\)/));
  assert.equal(Number(m[2]), lineOf(lostSignal, /c\.Signal\(\)/));
});

const sendClosed = `package main

import "time"

func main() {
	events := make(chan int, 1)
	go func() {
		time.Sleep(time.Millisecond)
		events <- 1
	}()
	close(events)
	time.Sleep(10 * time.Millisecond)
}
`;

test("a send on a closed channel: the explanation names who closed it, where, and shows both goroutines", () => {
  const p = build(sendClosed);
  const { r, text } = explained(p, 1);
  assert.equal(r.exitCode, 2);
  const m = /chan 0x[0-9a-f]+ was closed by goroutine 1 \(main\.main\) at main\.go:(\d+) at [0-9.]+ms, before it: a channel must be closed once/.exec(text);
  assert.ok(m !== null, text);
  assert.equal(Number(m[1]), lineOf(sendClosed, /close\(events\)/));
  assert.match(text, /Their last scheduling events:/);
});

test("a WaitGroup's Wait before the goroutines' Adds shows in the story as a Wait that returned at once", () => {
  const early = `package main

import "sync"

func main() {
	var wg sync.WaitGroup
	n := 0
	var mu sync.Mutex
	for i := 0; i < 2; i++ {
		go func() {
			wg.Add(1)
			defer wg.Done()
			mu.Lock()
			n++
			mu.Unlock()
		}()
	}
	wg.Wait()
	mu.Lock()
	if n != 2 {
		panic("lost")
	}
	mu.Unlock()
}
`;
  const p = build(early);
  const { text } = explained(p, seedEnding(p, 2));
  assert.match(text, new RegExp(`goroutine 1 calls Wait on WaitGroup #\\d+ at main\\.go:${lineOf(early, /wg\.Wait\(\)/)}, whose counter is 0: it returns at once`));
  // The standard library's own map writes (package init tables) are no part of the story.
  assert.doesNotMatch(text, /date\.go/);
});

test("a close of a closed channel: the explanation names who closed it first", () => {
  const twice = `package main

func main() {
	c := make(chan int)
	done := make(chan bool)
	go func() {
		close(c)
		done <- true
	}()
	<-done
	close(c)
}
`;
  const { r, text } = explained(build(twice), 1);
  assert.equal(r.exitCode, 2);
  const m = /chan 0x[0-9a-f]+ was closed by goroutine \d+ \(main\.main\.func1\) at main\.go:(\d+) at [0-9.]+ms, before it/.exec(text);
  assert.ok(m !== null, text);
  assert.equal(Number(m[1]), 7);
});

test("goroutines leaked on channels of their own are not named as each other's wakers; waiters of one RWMutex are no cycle", () => {
  const leaks = `package main

import "time"

func leak() {
	c := make(chan int)
	go func() { c <- 1 }()
}

func main() {
	leak()
	leak()
	time.Sleep(time.Millisecond)
}
`;
  const { r, text } = explained(build(leaks), 1, { leaks: true });
  assert.equal(r.exitCode, 1);
  assert.match(text, /exit 1: goroutines were still alive when main returned \(--leaks\):/);
  assert.equal(text.match(/waits \(chan send\) on chan 0x[0-9a-f]+ at main\.go:7 since [0-9.]+ms; no other goroutine has used it\./g)?.length, 2, text);
  // A reader holds the read lock and waits for a reply; a writer waits for it; a second reader
  // queues behind the writer before it can reply. The cycle is through the channel, which the
  // trace cannot see: no cycle is claimed between the two waiters of the RWMutex.
  const rw = `package main

import "sync"

func main() {
	var mu sync.RWMutex
	reply := make(chan int)
	var wg sync.WaitGroup
	wg.Add(3)
	go func() {
		defer wg.Done()
		mu.RLock()
		<-reply
		mu.RUnlock()
	}()
	go func() {
		defer wg.Done()
		mu.RLock()
		mu.RUnlock()
		reply <- 1
	}()
	go func() {
		defer wg.Done()
		mu.Lock()
		mu.Unlock()
	}()
	wg.Wait()
}
`;
  const p = build(rw);
  let found = 0;
  for (let seed = 1; seed <= 200 && found < 3; seed++) {
    if (run(p, opts(seed)).exitCode !== 2) continue;
    found++;
    const e = explained(p, seed).text;
    assert.doesNotMatch(e, /A cycle of waits/, e);
  }
  assert.ok(found > 0, "no seed deadlocks");
});
