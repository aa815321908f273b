// Tests for frameless.ts: which functions are compiled without a frame, and that a frameless
// function's code reads no frame.

import { test } from "node:test";
import assert from "node:assert/strict";
import { nodeToolchain } from "../host/node.js";
import { builder, fn } from "./compiled.testutil.js";

const build = builder(await nodeToolchain());

const program = `package main

import (
	"fmt"
	"math"
)

type vec struct{ x, y float64 }

func (v vec) dot(w vec) float64  { return v.x*w.x + v.y*w.y }
func (v vec) norm() float64      { return math.Sqrt(v.dot(v)) }
func (v *vec) scale(k float64)    { v.x *= k }
func (v vec) sum(xs []float64) float64 { return xs[0] + v.x }

var total int

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
func half(x int) int          { return x / 2 }
func div(x, y int) int        { return x / y }
func shl(x int, s uint) int   { return x << s }
func shlSigned(x, s int) int  { return x << s }
func concat(a, b string) string { return a + b }
func count() int             { total++; return total }
func loop(n int) (s int) {
	for i := 0; i < n; i++ {
		s += i
	}
	return
}
func callsLoop(n int) int    { return abs(loop(n)) }
func callsAbs(n int) int     { return abs(n) + abs(-n) }
func rec(n int) int {
	if n == 0 {
		return 0
	}
	return rec(n - 1)
}
func variadic(xs ...int) int { return 1 }
func none(p *vec, xs []int) bool { return p == nil || xs == nil }

var sink any

func toI(x int) any            { return x }
func store(x int)              { sink = x }
func wrap(x int) struct{ v any } { return struct{ v any }{x} }
func pass(x int) bool          { return isNil(x) }
func isNil(v any) bool         { return v == nil }
func check(err error) {
	if err != nil {
		panic(err)
	}
}
func must(ok bool) {
	if !ok {
		panic("must")
	}
}
func big(i int) int {
	var b [64]int
	b[i&63] = i
	return b[0]
}
func sign(x int) int {
	switch {
	case x < 0:
		return -1
	case x > 0:
		return 1
	}
	return 0
}
func printer(x int) int      { fmt.Println(x); return x }

func main() {
	v := vec{1, 2}
	v.scale(2)
	fmt.Println(v.norm(), v.sum([]float64{1}), half(3), div(7, 2), shl(1, 3), shlSigned(1, 2), concat("a", "b"))
	fmt.Println(count(), callsLoop(3), callsAbs(2), rec(3), variadic(), printer(1), sign(-2), none(nil, nil))
	store(1)
	fmt.Println(toI(1), wrap(2), pass(3), big(4))
	check(nil)
	must(true)
}
`;

test("leaves that cannot allocate, loop or call a function with a frame have no frame", () => {
  const p = build(program);
  const framed = (name: string): boolean => fn(p, name).includes("$g.push(");
  for (const name of ["vec$dot", "vec$norm", "abs", "half", "shl", "count", "callsAbs", "sign", "none"]) {
    assert.ok(!framed(name), `${name} should be frameless:\n${fn(p, name)}`);
    assert.doesNotMatch(fn(p, name), /\$[fg]\b|leafPanic/, name);
  }
  // A pointer receiver's field, an index, a division or a signed shift by a variable, and
  // panic(err) may panic: the leaf keeps its line in a local, for the frame it adds to the panic.
  for (const name of ["vec$scale", "vec$sum", "div", "shlSigned", "check"]) {
    assert.ok(!framed(name), `${name} should be frameless:\n${fn(p, name)}`);
    assert.match(fn(p, name), /\$l = \d+;[^]*\$rt\.leafPanic\(\$e, \d+, \$l\)/, name);
    assert.doesNotMatch(fn(p, name), /\$[fg]\b/, name);
  }
  // A string concatenation, a loop, a call of a function with a frame, recursion, a variadic
  // parameter, a call of fmt, a conversion to an interface (convT allocates: a memory profile
  // shows the frame; panic("must") converts too) and a frame larger than Go's NOSPLIT leaves'
  // all keep the frame.
  for (const name of ["concat", "loop", "callsLoop", "rec", "variadic", "printer", "toI", "store", "wrap", "pass", "big", "must"]) {
    assert.ok(framed(name), `${name} should have a frame`);
  }
});

test("a plain func literal is a leaf by the same rules", () => {
  const p = build(`package main

import (
	"fmt"
	"sort"
)

func main() {
	xs := []int{3, 1, 2}
	n := 0
	add := func(d int) int { n += d; return n }
	sort.Slice(xs, func(i, j int) bool { return xs[i] < xs[j] })
	show := func(x int) { fmt.Println(x) }
	show(add(2))
}
`);
  const main = fn(p, "main");
  // main's own push and show's (it calls fmt); add and the less func have none, and the less
  // func, which indexes, adds its frame to a panic.
  assert.equal(main.split("$g.push(").length - 1, 2, main);
  assert.equal(main.split("$rt.leafPanic(").length - 1, 1, main);
});

test("a debug or -race compile keeps every frame", () => {
  const p = build(program, true);
  assert.ok(fn(p, "abs").includes("$g.push("));
});
