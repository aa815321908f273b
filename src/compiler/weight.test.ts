// Back-edge weights (weight.ts): each loop's and recursive function's budget check counts its
// body's operations, and the machine charges that work as simulated time (costs.ts opsPerNs).

import { test } from "node:test";
import assert from "node:assert/strict";
import { compile, defaultRunOptions, run } from "../api.js";
import { nodeToolchain } from "../host/node.js";
import { callOps, opsPerNs } from "../runtime/costs.js";

async function build(text: string): Promise<{ js: string; stdout: string }> {
  const c = compile(await nodeToolchain(), [{ name: "./main.go", path: "/home/gopher/main.go", text }], "command-line-arguments");
  if (!c.ok) throw new Error(c.stderr);
  const r = run(c.program, { ...defaultRunOptions, seed: 1, environ: new Map([["GOMAXPROCS", "1"]]) });
  return { js: c.program.compiled.js, stdout: r.stdout };
}

const prog = `package main

import (
	"fmt"
	"time"
)

func empty(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += i
	}
	return s
}

func xorshift(n int) uint64 {
	x := uint64(88172645463325252)
	sum := uint64(0)
	for i := 0; i < n; i++ {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		sum += x & 0xff
	}
	return sum
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	t := time.Now()
	empty(5_000_000)
	a := time.Since(t)
	t = time.Now()
	xorshift(5_000_000)
	b := time.Since(t)
	fmt.Println(a.Nanoseconds(), b.Nanoseconds())
}
`;

test("a back-edge weighs its loop's operations, a recursive entry its body's", async () => {
  const { js } = await build(prog);
  // empty: i < n, i++, s += i. xorshift: the condition, i++, three shift-and-xors (2 each) and
  // sum += x & 0xff (2). fib: n < 2 and its branch, the addition, two calls with a
  // subtraction each. (The loops run in strips, stripmine.ts, which count the budget in $lb.)
  assert.match(js, /\(\$lb -= 3\) < 0/);
  assert.match(js, /\(\$lb -= 10\) < 0/);
  assert.match(js, new RegExp(`\\(\\$S\\.b -= ${4 + 2 * (callOps + 1)}\\) < 0`));
});

test("a plain loop's time is its iterations' weight at opsPerNs", async () => {
  const { stdout } = await build(prog);
  const [a, b] = stdout.trim().split(" ").map(Number) as [number, number];
  // time.Now reads the goroutine's clock without jitter inside plain code (both loops end
  // within sysmon's 10 ms slice, so nothing suspends them); the budget's remainders round
  // down, so allow a part in a thousand.
  const near = (got: number, want: number): boolean => Math.abs(got - want) <= want / 1000;
  assert.ok(near(a, 5_000_000 * 3 / opsPerNs), `empty: ${a} ns`);
  assert.ok(near(b, 5_000_000 * 10 / opsPerNs), `xorshift: ${b} ns`);
});
