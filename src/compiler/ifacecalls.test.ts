// Tests for ifacecalls.ts: which interface method calls are plain, and what that makes of the
// functions that contain them.

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

type shape interface{ area() int }
type sq struct{ s int }
type rect struct{ w, h int }

func (q sq) area() int    { return q.s * q.s }
func (r *rect) area() int { return r.w * r.h }

// weigh only calls area through the interface: every area method is plain.
func weigh(s shape) int { return s.area() * 2 }

type waiter interface{ wait() int }
type ch struct{ c chan int }
type num int

func (c ch) wait() int  { return <-c.c }
func (n num) wait() int { return int(n) }

// block calls wait, which ch's method blocks in.
func block(w waiter) int { return w.wait() + 1 }

// Swap(i, j int) is sort's; sync/atomic's Swap methods (other signatures) are scheduler steps.
type ints []int

func (a ints) Len() int           { return len(a) }
func (a ints) Less(i, j int) bool { return a[i] < a[j] }
func (a ints) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func swapFirst(s sort.Interface) { s.Swap(0, 1) }

type maker interface{ make() []int }
type mk struct{}

func (mk) make() []int { return make([]int, 4) }

// fill calls make once: plain. fillAll calls it in a loop: its garbage needs safe points.
func fill(m maker) int { return len(m.make()) }
func fillAll(m maker, n int) (t int) {
	for i := 0; i < n; i++ {
		t += len(m.make())
	}
	return
}

// wrapped promotes area from an embedded interface: its entry dispatches plainly too.
type wrapped struct{ shape }

func main() {
	c := make(chan int, 1)
	c <- 5
	x := ints{2, 1}
	swapFirst(x)
	fmt.Println(weigh(sq{3}), weigh(&rect{2, 3}), weigh(wrapped{sq{2}}), block(ch{c}), block(num(1)), x, fill(mk{}), fillAll(mk{}, 3))
}
`;

test("a function that calls an interface method no implementation of which yields is plain", () => {
  const p = build(program);
  assert.match(fn(p, "weigh"), /^function main\$weigh\(s\)/);
  assert.match(fn(p, "weigh"), /\(\$t(\d+) = s, \$rt\.ptab\(\$t\1\)\["area"\] \?\? \$rt\.nopfn\(/);
  assert.doesNotMatch(fn(p, "weigh"), /yield/);
  assert.match(fn(p, "swapFirst"), /^function main\$swapFirst\(s\)/);
  assert.match(fn(p, "fill"), /^function main\$fill\(m\)/);
});

test("an interface call stays a generator call when some method of its name and signature yields", () => {
  const p = build(program);
  assert.match(fn(p, "block"), /^function\* main\$block\(w\)/);
  assert.match(fn(p, "block"), /\$rt\.icall\(/);
});

test("an interface method that allocates, called in a loop, makes the loop's function a generator", () => {
  const p = build(program);
  assert.match(fn(p, "fillAll"), /^function\* main\$fillAll\(/);
});

test("a method promoted from an embedded interface has a plain entry when its calls are plain", () => {
  const p = build(program);
  const recv = String.raw`const i = \$rt\.ifaceck\(\$rt\.nilck\(r\)\.shape\);`;
  assert.match(p.compiled.js, new RegExp(String.raw`name: "area", [^\n]*fn: function\* \(r\) \{ ${recv}[^\n]*pfn: function \(r\) \{ ${recv} return \(\$rt\.ptab\(i\)\["area"\]`));
});
