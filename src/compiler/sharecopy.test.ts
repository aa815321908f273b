// Tests for sharecopy.ts: which struct copies out of a slice are compiled without the copy.
// What the program prints either way is testdata/run/structs/valuecopies.go's job.

import { test } from "node:test";
import assert from "node:assert/strict";
import { nodeToolchain } from "../host/node.js";
import { builder, fn } from "./compiled.testutil.js";

const build = builder(await nodeToolchain());

const program = `package main

type inner struct{ a, b int }
type point struct {
	x, y int
	in   inner
	arr  [2]int
}

func touch(p *point) { p.x++ }

func readOnly(ps []point, out []float64) int {
	t := 0
	for _, p := range ps {
		t += p.x + p.in.b + p.arr[1]
		out = append(out, float64(p.y))
	}
	return t
}

func defined(ps []point, i int) int {
	p := ps[i]
	ps[0].arr[0] = 1 // an array field of an element: may be p's
	return p.x
}

func definedOK(ps []point, i int, acc point) int {
	p := ps[i]
	acc.x += p.x
	return p.x + acc.x
}

func sliceStore(ps []point) int {
	t := 0
	for i, p := range ps {
		ps[i].y = 0
		t += p.y
	}
	return t
}

func pointerStore(ps []point, q *inner) int {
	t := 0
	for _, p := range ps {
		q.a = 1
		t += p.in.a
	}
	return t
}

func calls(ps []point) int {
	t := 0
	for i, p := range ps {
		touch(&ps[i])
		t += p.x
	}
	return t
}

func whole(ps []point) []point {
	var out []point
	for _, p := range ps {
		out = append(out, p)
	}
	return out
}

func part(ps []point) inner {
	for _, p := range ps {
		return p.in
	}
	return inner{}
}

func intStores(ps []point, xs []int, n *int) int {
	t := 0
	for _, p := range ps {
		xs[0] = p.x
		t += p.y
	}
	for _, p := range ps {
		*n = 1 // an int may be a field of the element
		t += p.y
	}
	return t
}

func main() {
	ps := []point{{x: 1}}
	var n int
	println(readOnly(ps, nil), defined(ps, 0), definedOK(ps, 0, point{}), sliceStore(ps), pointerStore(ps, &ps[0].in),
		calls(ps), len(whole(ps)), part(ps).a, intStores(ps, []int{0}, &n))
}
`;

test("a struct copied out of a slice shares the element only while nothing can observe it", () => {
  const p = build(program);
  const shares = (name: string): boolean => !/\$S\d+\.clone\(/.test(fn(p, name));
  assert.equal(shares("readOnly"), true, fn(p, "readOnly"));
  assert.equal(shares("definedOK"), true, fn(p, "definedOK"));
  assert.equal(shares("defined"), false);
  assert.equal(shares("sliceStore"), false);
  assert.equal(shares("pointerStore"), false);
  assert.equal(shares("calls"), false);
  assert.equal(shares("whole"), false);
  assert.equal(shares("part"), false);
  // The first loop stores into an []int, which may be a slice of an element's arr [2]int; the
  // second through an *int, which may point at an element's field: both loops copy.
  assert.equal(shares("intStores"), false);
});

test("-race keeps the copy, where its reads of the fields are", () => {
  const p = build(program, true);
  assert.match(fn(p, "readOnly"), /\$S\d+\.clone\(/);
});
