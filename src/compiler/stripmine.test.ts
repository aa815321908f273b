// Tests for stripmine.ts: which loops run in strips, and that a strip's budget and line reach
// the frame wherever something reads them (a tick, a panic that is recovered or printed).

import { test } from "node:test";
import assert from "node:assert/strict";
import { defaultRunOptions, run } from "../api.js";
import { nodeToolchain } from "../host/node.js";
import { builder, fn } from "./compiled.testutil.js";

const build = builder(await nodeToolchain());

const program = `package main

import (
	"fmt"
	"math"
)

var sink []int

func sum(xs []int, n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += xs[i] * 3
	}
	return s
}

func ranges(xs []float64, a *[4]int, str string) float64 {
	t := 0.0
	for i, v := range xs {
		t += v * math.Sqrt(float64(i))
	}
	for i := range a {
		a[i] = i
	}
	for _, r := range str {
		t += float64(r)
	}
	return t
}

func calls(xs []int) int {
	s := 0
	for i := range xs {
		s += sum(xs, i)
	}
	return s
}

func allocs(n int) {
	for i := 0; i < n; i++ {
		sink = append(sink, i)
	}
}

func breaks(xs []int) int {
	for i, x := range xs {
		if x < 0 {
			return i
		}
	}
	return -1
}

func labeled(xs [][]int) int {
	n := 0
outer:
	for _, row := range xs {
		for _, x := range row {
			if x < 0 {
				continue outer
			}
			n += x
		}
	}
	return n
}

func search(xs []int, t int) int {
	at := -1
	for i := 0; i < len(xs); i++ {
		if xs[i] == 0 {
			continue
		}
		if xs[i] == t {
			at = i
			break
		}
	}
	return at
}

type pt struct {
	x, y int
	next *pt
}

func structs(ps []pt) (int, pt) {
	var last pt
	n := 0
	for _, p := range ps {
		n += p.x
		last = p
	}
	return n, last
}

func boxes(xs []int) []interface{} {
	out := make([]interface{}, len(xs))
	for i, x := range xs {
		out[i] = x
	}
	return out
}

func nested(xs []int) int {
	s := 0
	for i := range xs {
		for j := 0; j < i; j++ {
			s += xs[j]
		}
	}
	return s
}

func concat(n int) string {
	s := ""
	for i := 0; i < n; i++ {
		s += "x"
	}
	return s
}

func pointers(ps []pt, xs []int) *int {
	for i := range ps {
		p := &ps[i]
		p.x += p.y
	}
	var q *int
	for i := range xs {
		q = &xs[i]
	}
	return q
}

func recovered(xs []int, n int) (s int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	return sum(xs, n), nil
}

func main() {
	xs := []int{1, 2, 3, 4, 5}
	fmt.Println(sum(xs, 5), ranges([]float64{1, 2, 3}, &[4]int{}, "héllo"), calls(xs), breaks(xs), nested(xs), len(concat(3)), labeled([][]int{{1, -1, 5}, {2}}), search(xs, 4))
	n, last := structs([]pt{{1, 2, nil}, {3, 4, nil}})
	fmt.Println(n, last.y, len(boxes(xs)))
	_ = pointers([]pt{{1, 2, nil}}, xs)
	allocs(3)
	fmt.Println(recovered(xs, 6))
	fmt.Println(sum(xs, 7))
}
`;

test("innermost loops of scalar work run in strips; loops with calls, allocation, exits or inner loops do not", () => {
  const p = build(program);
  const stripped = (name: string): number => fn(p, name).split("let $lb = $S.b").length - 1;
  assert.equal(stripped("sum"), 1);
  assert.equal(stripped("ranges"), 3, "a range over a slice, a pointer to an array and a string");
  assert.equal(stripped("calls"), 0, "a call to a Go function counts its own budget");
  assert.equal(stripped("allocs"), 0, "append may allocate");
  assert.equal(stripped("breaks"), 1, "a return leaves the strip through finally");
  assert.equal(stripped("labeled"), 0, "a labeled continue");
  assert.equal(stripped("search"), 1, "break and continue");
  assert.equal(stripped("nested"), 1, "only the inner loop");
  assert.equal(stripped("concat"), 0, "concatenation allocates");
  assert.equal(stripped("structs"), 1, "a struct's copy is a host object");
  assert.equal(stripped("boxes"), 0, "a conversion to an interface may allocate");
  assert.equal(stripped("pointers"), 1, "&ps[i] of a struct is the element itself; &xs[i] of an int is a new Ptr");
  // In a strip, the line goes to a local, and `finally` stores it and the budget.
  const sum = fn(p, "sum");
  assert.match(sum, /\$ln = 13;/);
  assert.match(sum, /finally \{ \$S\.b = \$lb; \$f\.l = \$ln; \}/);
  assert.match(sum, /\$f\.l = 13;/, "the tick iteration's copy stores the line in the frame");
});

test("a strip reads the header of a local slice it indexes once, before the loop, unless it assigns it or a closure shares it", () => {
  const src = `package main

import "fmt"

func axpy(k int, x, y []int) {
	for i := 0; i < len(y); i++ {
		y[i] += k * x[i]
	}
}

func grows(a []int) int {
	t := 0
	for i := 0; i < 4; i++ {
		t += a[0]
		a = a[1:]
	}
	return t
}

func main() {
	x, y := []int{1, 2, 3}, []int{4, 5, 6}
	axpy(2, x, y)
	shared := []int{7, 8}
	f := func() { shared = nil }
	t := 0
	for i := 0; i < len(shared); i++ {
		t += shared[i]
	}
	f()
	fmt.Println(y, grows([]int{1, 2, 3, 4}), t)
}
`;
  const p = build(src);
  const axpy = fn(p, "axpy");
  // One header read per slice, before the loop; the condition's len and every index use it.
  assert.equal(axpy.split("$rt.nilSlice;").length - 1, 2);
  assert.match(axpy, /(\$t\d+) = y !== null \? y : \$rt\.nilSlice; \$t\d+ = \1\.a; \$t\d+ = \1\.off; \$t\d+ = \1\.len;\n/);
  assert.ok(axpy.lastIndexOf("$rt.nilSlice;") < axpy.indexOf("$s0: for"), "the reads come before the loop");
  assert.doesNotMatch(axpy, /\$rt\.slen|\.len \?|\.a\[/, "no header field is read in the loop");
  assert.doesNotMatch(fn(p, "grows"), /nilSlice/, "a slice the loop assigns");
  // A range's value reads the ranged slice's array and offset, read once before the loop.
  assert.match(fn(build(program), "ranges"), /(\$t\d+) = (\$t\d+) !== null \? \2\.a : null; (\$t\d+) = \2 !== null \? \2\.off : 0;[^]*v = \1\[\3 \+ /);
  assert.doesNotMatch(fn(p, "main"), /nilSlice/, "a slice a closure captures");
  const r = run(p, { ...defaultRunOptions, seed: 1 });
  assert.equal(r.stdout, "[6 9 12] 10 15\n");
});

test("a strip reads a row a[i] of a slice of slices once per strip when i is fixed and no slice is stored", () => {
  const src = `package main

import "fmt"

func dot(a, b [][]float64, i, j, n int) float64 {
	s := 0.0
	for k := 0; k < n; k++ {
		s += a[i][k] * b[k][j]
	}
	return s
}

func moving(a [][]int, n int) (t int) {
	for i := 0; i < n; i++ {
		t += a[i][0]
	}
	return
}

func stores(a [][]int, i int) (t int) {
	for k := 0; k < 2; k++ {
		t += a[i][0]
		a[1] = []int{t}
	}
	return
}

func main() {
	a := [][]float64{{1, 2}, {3, 4}}
	b := [][]int{{1}, {2}}
	fmt.Println(dot(a, a, 1, 0, 2), moving(b, 2), stores(b, 1))
}
`;
  const p = build(src);
  const dot = fn(p, "dot");
  // a[i] and its header are read at the strip's entry and again after tick; b[k] is not fixed.
  assert.equal(dot.split("i >= 0 && i < ").length - 1, 2);
  assert.match(dot, /\$rt\.tick\(\); (\$t\d+) = i >= 0/);
  assert.match(dot, /k >= 0 && k < (\$t\d+) \? (\$t\d+)\[(\$t\d+) \+ k\] : \$rt\.sliceIndex\(\((\$t\d+) !== undefined \? \4 : \$rt\.sliceIndex\(a, i\)\), k\)/);
  assert.doesNotMatch(fn(p, "moving"), /undefined;/, "an index the loop changes");
  assert.doesNotMatch(fn(p, "stores"), /undefined;/, "a loop that stores a slice");
  const r = run(p, { ...defaultRunOptions, seed: 1 });
  assert.equal(r.stdout, "15 3 4\n");
});

test("a strip reads the fields it uses of a local struct or pointer once per strip, unless the loop may store them", () => {
  const src = `package main

import "fmt"

type M struct {
	cols int
	data []float64
}

func rowSum(m *M, i int) (s float64) {
	for k := 0; k < m.cols; k++ {
		s += m.data[i*m.cols+k]
	}
	return
}

func other(m *M, n int) (s float64) {
	for k := 0; k < n; k++ {
		s += m.data[k]
	}
	return
}

func stores(m *M, n int) (s float64) {
	for k := 0; k < n; k++ {
		s += float64(m.cols)
		m.cols++
	}
	return
}

func main() {
	m := &M{2, []float64{1, 2, 3, 4}}
	fmt.Println(rowSum(m, 1), other(m, 3), stores(m, 2))
}
`;
  const p = build(src);
  // The condition reads m.cols first: m's nil check moves to the strip's entry, uses are plain.
  const rs = fn(p, "rowSum");
  assert.match(rs, /let \$lb = \$S\.b, \$ln = \$f\.l; (\$t\d+) = \$rt\.nilck\(m\)\.cols; /);
  assert.match(rs, /k < \$t\d+\)\)\) break/);
  // Elsewhere a nil m reads as undefined, and a use takes the field's own path.
  assert.match(fn(p, "other"), /(\$t\d+) = m !== null \? \$rt\.nilck\(m\)\.data : undefined;/);
  assert.doesNotMatch(fn(p, "stores"), /m !== null|= \$rt\.nilck\(m\)\.cols;/, "a field the loop stores");
  const r = run(p, { ...defaultRunOptions, seed: 1 });
  assert.equal(r.stdout, "7 6 5\n");
});

test("in a generator, a strip first tells V8 that the number locals it uses are numbers", () => {
  const src = `package main

import "fmt"

func main() {
	cr, n := 0.25, int32(3)
	zr, k := 0.0, 0
	var big int64 = 1
	for ; k < 50 && zr < 4; k++ {
		t := zr*zr + cr
		zr = t + float64(n)
		big++
	}
	fmt.Println(zr > 4, k, big)
}
`;
  const p = build(src);
  const main = fn(p, "main");
  // Floats and narrow integers declared before the loop; not the int64s (a bigint past 2^53)
  // nor t, which the body declares.
  const header = /let \$lb = \$S\.b, \$ln = \$f\.l; ([^\n]*)try \{/.exec(main);
  assert.ok(header, "a strip");
  assert.deepEqual(header[1]!.split("; ").filter((x) => x !== "").sort(), ["cr = +cr", "n = +n", "zr = +zr"]);
  assert.doesNotMatch(fn(build(program), "sum"), /= \+/, "nothing in a plain function");
  assert.equal(run(p, { ...defaultRunOptions, seed: 1 }).stdout, "true 2 3\n");
});

test("a -race compile does not strip-mine", () => {
  assert.doesNotMatch(fn(build(program, true), "sum"), /\$lb/);
});

test("a panic in a strip shows the statement's line, recovered or not", () => {
  const r = run(build(program), { ...defaultRunOptions, seed: 1 });
  assert.equal(r.exitCode, 2);
  assert.match(r.stdout, /^45 .*\n4 4 5\n0 runtime error: index out of range \[5\] with length 5\n$/);
  assert.match(r.stderr, /^panic: runtime error: index out of range \[5\] with length 5\n/);
  assert.match(r.stderr, /main\.sum\(.*\)\n\t\/home\/gopher\/prog\/main\.go:13 /);
});

test("a strip-mined loop charges the same time: a long kernel is preempted as before", () => {
  // Two goroutines spin in strip-mined kernels on one P; main reads the clock between them.
  // A strip that lost its budget's count would never be preempted (or always): each worker's
  // progress at main's wake-up shows the 10 ms slices.
  const src = `package main

import (
	"fmt"
	"runtime"
	"time"
)

var progress [2]int

func kernel(id, n int) {
	for i := 0; i < n; i++ {
		progress[id]++
	}
}

func main() {
	runtime.GOMAXPROCS(1)
	for id := 0; id < 2; id++ {
		go kernel(id, 50000000)
	}
	time.Sleep(15 * time.Millisecond)
	a, b := progress[0], progress[1]
	fmt.Println(a > 0, b > 0, a < 50000000, b < 50000000)
}
`;
  const p = build(src);
  assert.match(fn(p, "kernel"), /let \$lb = \$S\.b/);
  const r = run(p, { ...defaultRunOptions, seed: 1 });
  assert.equal(r.stdout, "true true true true\n");
});
