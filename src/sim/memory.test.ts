// Memory bombs: every program that exhausts memory ends with a named error within its limit,
// as Go ends it (runtime: out of memory ... / fatal error: out of memory) or as a `gort:` limit,
// and the run's own output is bounded. Programs of our own, compiled through src/api.ts, with
// small --heap-limit values so that they are quick. No timing assertions.
//
// Go's texts were checked against real Go 1.19 under `ulimit -v` (docs/ARCHITECTURE.md, "Host
// memory"): a failed heap growth prints "runtime: out of memory: cannot allocate N-byte block
// (M in use)", then "fatal error: out of memory" and a traceback with runtime frames.

import { test } from "node:test";
import assert from "node:assert/strict";
import { compile, defaultRunOptions, run, type Program, type RunOptions } from "../api.js";
import { nodeToolchain } from "../host/node.js";

const tc = await nodeToolchain();

function build(text: string): Program {
  const c = compile(tc, [{ name: "./main.go", path: "/home/gopher/prog/main.go", text }], "command-line-arguments");
  if (!c.ok) throw new Error(`compile failed:\n${c.stderr}`);
  return c.program;
}

function go(body: string, imports: string[] = []): Program {
  const imp = imports.length === 0 ? "" : `import (\n${imports.map((i) => `\t"${i}"\n`).join("")})\n\n`;
  return build(`package main\n\n${imp}${body}`);
}

function opts(extra: Partial<RunOptions> = {}): RunOptions {
  return { ...defaultRunOptions, seed: 1, maxHeapBytes: 32 << 20, ...extra };
}

const OOM = /^runtime: out of memory: cannot allocate \d+-byte block \(\d+ in use\)\nfatal error: out of memory\n\ngoroutine 1 \[running\]:\nruntime\.throw\(\.\.\.\)\n/;

function assertOOM(p: Program, o: Partial<RunOptions> = {}, site = "runtime.mallocgc"): void {
  const r = run(p, opts(o));
  assert.equal(r.exitCode, 2, r.stderr.slice(0, 500));
  assert.match(r.stderr, OOM);
  assert.ok(r.stderr.includes(`\n${site}(...)\n`), r.stderr.slice(0, 800));
  assert.equal(r.outcome, "fatal error: out of memory");
}

test("a huge make is Go's out of memory before the host allocates", () => {
  assertOOM(go(`func main() {
	b := make([]int64, 1e9)
	println(len(b))
}`), { maxHeapBytes: 1 << 30 });
});

test("make beyond maxAlloc panics as Go does: len out of range, cap out of range", () => {
  const r = run(go(`func main() {
	n := 1 << 60
	_ = make([]int64, n)
}`), opts());
  assert.equal(r.exitCode, 2);
  assert.match(r.stderr, /^panic: runtime error: makeslice: len out of range\n/);
  const c = run(go(`func main() {
	n := 1 << 60
	_ = make([]int64, 1, n)
}`), opts());
  assert.match(c.stderr, /^panic: runtime error: makeslice: cap out of range\n/);
});

test("a 256 MiB []byte is a typed array: it fits a 512 MiB machine", () => {
  const r = run(go(`func main() {
	b := make([]byte, 1<<28)
	b[len(b)-1] = 7
	c := append(b[:10:10], 1, 2, 3)
	println(len(b), b[len(b)-1], len(c), c[12])
}`), opts({ maxHeapBytes: 512 << 20 }));
  assert.equal(r.stderr, "268435456 7 13 3\n");
  assert.equal(r.exitCode, 0);
});

test("string doubling ends in Go's out of memory, not a stack overflow", () => {
  assertOOM(go(`func main() {
	s := "ab"
	for {
		s += s
	}
}`));
});

test("append growth of a byte slice ends in Go's out of memory", () => {
  assertOOM(go(`func main() {
	var b []byte
	for {
		b = append(b, "0123456789abcdef0123456789abcdef"...)
	}
}`));
});

test("strings.Repeat beyond the machine is Go's out of memory", () => {
  assertOOM(go(`func main() {
	s := strings.Repeat("x", 1<<40)
	println(len(s))
}`, ["strings"]));
});

test("a string the heap allows but the host cannot hold is a named gort limit", () => {
  const r = run(go(`func main() {
	s := strings.Repeat("x", 1<<30)
	println(len(s))
}`, ["strings"]), opts({ maxHeapBytes: 2 * 2 ** 30 }));
  assert.equal(r.exitCode, 3);
  assert.match(r.stderr, /^gort: a string of 1073741824 bytes is longer than gort can hold/);
  assert.ok(r.stderr.includes("\ngoroutine 1 [running]:\n"));
});

test("a goroutine bomb runs out of stack memory as Go does (stackalloc)", () => {
  assertOOM(go(`func main() {
	for {
		go func() { select {} }()
	}
}`), {}, "runtime.throw");
});

test("a String method that formats its own receiver grows the stack by fmt's frames too", () => {
  // Go 1.19 takes 1,160 bytes of stack per level here (fmt's Sprintf, doPrintf, printArg and
  // handleMethods, and the method); gort's fmt pushes no frames of its own but charges theirs.
  const p = go(`type T struct{ x int }

var n int

func (t T) String() string {
	n++
	if n%1000 == 0 {
		println(n)
	}
	return fmt.Sprintf("%v", t)
}

func main() {
	fmt.Println(T{1})
}`, ["fmt"]);
  const r = run(p, opts());
  assert.equal(r.outcome, "fatal error: out of memory");
  const levels = Number(/(\d+)\nruntime: out of memory/.exec(r.stderr)?.[1]);
  // The stack cannot double past 8 MiB in a 32 MiB machine: about 7,000 levels at 1,160 bytes
  // (400,000 when fmt was charged nothing).
  assert.ok(levels >= 5000 && levels <= 16000, `levels ${levels}`);
});

test("a defer bomb: heap-allocated defer records count", () => {
  assertOOM(go(`func f(n int) {
	for i := 0; i < n; i++ {
		defer func() {}()
	}
}

func main() {
	f(1 << 40)
}`));
});

test("a timer bomb: runtime timers count", () => {
  assertOOM(go(`func main() {
	for {
		time.AfterFunc(time.Hour, func() {})
	}
}`, ["time"]));
});

test("a huge map ends in Go's out of memory", () => {
  assertOOM(go(`func main() {
	m := map[int]int{}
	for i := 0; ; i++ {
		m[i] = i
	}
}`), { maxHeapBytes: 8 << 20 });
});

test("goroutine stacks and G structs show in MemStats, and dead Gs are reused", () => {
  const r = run(go(`func main() {
	var a, b runtime.MemStats
	runtime.ReadMemStats(&a)
	done := make(chan bool)
	for i := 0; i < 1000; i++ {
		go func() { done <- true }()
		<-done
	}
	block := make(chan bool)
	for i := 0; i < 100; i++ {
		go func() { <-block }()
	}
	runtime.ReadMemStats(&b)
	d := b.StackInuse - a.StackInuse
	// 100 more stacks (2 KiB each, in 32 KiB spans), not 1100: the exited goroutines were reused.
	fmt.Println(d >= 80*2048, d <= 120*2048)
}`, ["fmt", "runtime"]), opts());
  assert.equal(r.stdout, "true true\n");
});

test("output without a sink is capped, with a line saying how much was dropped", () => {
  const r = run(go(`func main() {
	for i := 0; i < 1000; i++ {
		println("0123456789")
	}
	fmt.Println("done")
}`, ["fmt"]), opts({ maxOutputBytes: 100 }));
  assert.equal(r.exitCode, 0);
  assert.equal(r.stderr, "0123456789\n".repeat(10).slice(0, 100) + "\n[gort: stderr truncated: kept the first 100 bytes, dropped 10900 more]\n");
  assert.equal(r.stdout, "done\n");
});

test("a sink receives the output as the program writes it, in order across fds", () => {
  const got: string[] = [];
  const r = run(go(`func main() {
	fmt.Println("a")
	println("b")
	fmt.Fprintln(os.Stderr, "c")
	fmt.Print("d\\n")
	panic("e")
}`, ["fmt", "os"]), opts({ write: (fd, s) => got.push(`${fd}:${s}`) }));
  assert.equal(r.stdout, "");
  assert.equal(r.stderr, "");
  assert.deepEqual(got.slice(0, 5), ["1:a\n", "2:b\n", "2:c\n", "1:d\n", "2:panic: e\n"]);
  assert.equal(r.exitCode, 2);
});
