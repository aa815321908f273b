// Tests for twins.ts: which functions get a plain twin, which calls use it, and what the twin
// calls its func parameters with.

import { test } from "node:test";
import assert from "node:assert/strict";
import { nodeToolchain } from "../host/node.js";
import { builder, fn } from "./compiled.testutil.js";

const build = builder(await nodeToolchain());

const program = `package main

import (
	"fmt"
	"sort"
)

func apply(xs []int, f func(int) int) (s int) {
	for _, x := range xs {
		s += f(x)
	}
	return
}

func twice(xs []int, f func(int) int) int { return apply(xs, f) + apply(xs, f) }

func reassigned(xs []int, f func(int) int) int {
	if f == nil {
		f = func(x int) int { return x }
	}
	return apply(xs, f)
}

func walk(d int, f func(int)) {
	if d > 0 {
		f(d)
		walk(d-1, f)
	}
}

func chans(c chan int, f func(int)) { f(<-c) }

func double(x int) int { return 2 * x }

func has(a []int, x int) bool {
	i := sort.SearchInts(a, x)
	return i < len(a) && a[i] == x
}

func depth(n int) int {
	r := 0
	if n > 0 {
		walk(1, func(int) { r = depth(n-1) + 1 })
	}
	return r
}

func main() {
	xs := []int{1, 2, 3}
	fmt.Println(apply(xs, func(x int) int { return x * 2 }))
	fmt.Println(twice(xs, func(x int) int { return x + 1 }))
	fmt.Println(apply(xs, func(x int) int { return len(make([]int, x)) }))
	fmt.Println(reassigned(xs, nil), apply(xs, double))
	var out []int
	walk(3, func(d int) { out = append(out, d) })
	c := make(chan int, 1)
	c <- 1
	chans(c, func(int) {})
	less := func(i int) bool { return xs[i] >= 2 }
	var pick = func(x int) int { return x }
	swapped := func(x int) int { return x }
	swapped = pick
	fmt.Println(out, has(xs, 2), depth(3), sort.Search(len(xs), less), apply(xs, pick), apply(xs, swapped))
}
`;

test("a function that calls only its func parameters has a plain twin that calls them plainly", () => {
  const p = build(program);
  assert.match(fn(p, "apply$p"), /^function main\$apply\$p\(xs, f\)/);
  assert.match(fn(p, "apply$p"), /f\.\$p\(x\)/);
  assert.doesNotMatch(fn(p, "apply$p"), /yield/);
  // A twin that passes its parameter on calls the other twin; one that recurses checks the
  // preemption budget at entry, as a recursive plain function does.
  assert.match(fn(p, "twice$p"), /main\$apply\$p\(xs, f\)/);
  assert.doesNotMatch(fn(p, "twice$p"), /\$S\.b -=/);
  assert.match(fn(p, "walk$p"), /^\s*if \(\(\$S\.b -= \d+\) < 0\)/m);
  assert.match(fn(p, "walk$p"), /main\$walk\$p\(/);
  // The generators stay, for every other call.
  assert.match(fn(p, "apply"), /^function\* main\$apply\(/);
});

test("a call uses the twin only with plain literals that cannot allocate where it loops", () => {
  const p = build(program);
  const main = fn(p, "main");
  // Through apply's twin with a literal, a declared function and a variable (below), once
  // through twice's; the allocating literal takes the generator.
  assert.equal(main.match(/main\$apply\$p\(/g)?.length, 3);
  assert.match(main, /main\$apply\$p\(xs, \$rt\.genOf\(main\$double\)\)/);
  assert.equal(main.match(/main\$twice\$p\(/g)?.length, 1);
  assert.match(main, /\$rt\.tramp\(main\$apply\(xs/);
  // A walk may append: its parameter is called once per call, not in a loop of its own.
  assert.match(main, /main\$walk\$p\(3, /);
  // A parameter that is assigned, and a function that blocks itself, have no twin.
  assert.throws(() => fn(p, "reassigned$p"), /no function/);
  assert.throws(() => fn(p, "chans$p"), /no function/);
  assert.match(main, /\$rt\.tramp\(main\$chans\(/);
});

test("a function that calls twins with plain literals is plain itself", () => {
  const p = build(program);
  // has calls sort.SearchInts, which calls sort.Search's twin with a literal: both are plain.
  assert.match(fn(p, "has"), /^function main\$has\(/);
  assert.match(p.compiled.js, /^function sort\$SearchInts\(/m);
  assert.match(p.compiled.js, /^function sort\$SearchInts\([^]*?sort\$Search\$p\(/m);
  // depth recurses through the literal it passes to walk's twin: its entry is a preemption point.
  assert.match(fn(p, "depth"), /^function main\$depth\(n\) \{\n[^\n]*\n[^\n]*\n\s*if \(\(\$S\.b -= \d+\) < 0\)/);
  assert.match(fn(p, "depth"), /main\$walk\$p\(1, /);
});

test("a variable that holds one literal for good passes it to a twin", () => {
  const main = fn(build(program), "main");
  assert.match(main, /sort\$Search\$p\(\$t\d+, less\)/);
  assert.match(main, /main\$apply\$p\(xs, pick\)/);
  // swapped is assigned again: its value is any func value.
  assert.match(main, /\$rt\.tramp\(main\$apply\(xs, swapped\)\)/);
});

test("race builds make no twins", () => {
  const p = build(program, true);
  assert.throws(() => fn(p, "apply$p"), /no function/);
});
