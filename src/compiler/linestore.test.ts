// Tests for linestore.ts: which line stores are left out, and that tracebacks still show the
// right lines where a panic or a preemption comes after one that was left out.

import { test } from "node:test";
import assert from "node:assert/strict";
import { defaultRunOptions, run } from "../api.js";
import { nodeToolchain } from "../host/node.js";
import { builder, fn } from "./compiled.testutil.js";

const build = builder(await nodeToolchain());

const program = `package main

import "fmt"

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func idx(xs []int, i int) int {
	if i > 1 {
		i = i * 2
	}
	return xs[i]
}

func deferred(n int) (r int) {
	defer func() { r++ }()
	if n < 2 {
		return n
	}
	return 7
}

func callIf(n int) int {
	if n < 0 {
		fmt.Println("neg")
	}
	return n + 1
}

func spin(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		if s < 100 {
			s += i
		}
	}
	return s
}

func main() {
	fmt.Println(fib(15), deferred(1), deferred(5), callIf(3), spin(1000000))
	fmt.Println(idx([]int{1, 2, 3}, 2))
}
`;

test("pure ifs and returns leave out their dead line stores", () => {
  const p = build(program);
  const fib = fn(p, "fib");
  // fib's if (line 6) and its return n (line 7) store no line; the recursive return (9) does.
  assert.doesNotMatch(fib, /\$f\.l = [67];/);
  assert.match(fib, /\$f\.l = 9;/);
  // A function with deferred calls keeps its return stores (the deferred call reads the line).
  assert.match(fn(p, "deferred"), /\$f\.l = 22;/);
  // idx's if is followed by a statement with its own store: left out; the return's index can
  // panic, so its store stays (idx is a frameless leaf: its line is a local, frameless.ts).
  const idx = fn(p, "idx");
  assert.doesNotMatch(idx, /\$(f\.)?l = 13;/);
  assert.match(idx, /\$l = 16;/);
  // An if whose body begins with a call keeps nothing it needs out: the call's statement stores.
  assert.match(fn(p, "callIf"), /\$f\.l = 29;/);
  // -race builds keep every store.
  assert.match(fn(build(program, true), "fib"), /\$f\.l = 6;/);
});

test("tracebacks and results are unchanged where stores are left out", () => {
  const r = run(build(program), { ...defaultRunOptions, seed: 1 });
  assert.equal(r.stdout, "610 2 8 4 105\n");
  // The index panic in idx reports idx's line 16 and main's call line.
  assert.match(r.stderr, /panic: runtime error: index out of range \[4\] with length 3/);
  // idx is a frameless leaf, which Go inlines: its line has no PC offset.
  assert.match(r.stderr, /main\.idx\(.*\)\n\t\/home\/gopher\/prog\/main\.go:16\n/);
  assert.match(r.stderr, /main\.main\(\)\n\t\/home\/gopher\/prog\/main\.go:46 /);
});
