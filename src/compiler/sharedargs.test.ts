// Tests for sharedargs.ts: which struct arguments a call passes without a copy. What programs
// print either way is testdata/run/structs/argcopies.go's job.

import { test } from "node:test";
import assert from "node:assert/strict";
import { nodeToolchain } from "../host/node.js";
import { builder, fn } from "./compiled.testutil.js";

const build = builder(await nodeToolchain());

const program = `package main

import "math"

type vec struct{ x, y float64 }

var origin vec

func (v vec) dot(w vec) float64 { return v.x*w.x + v.y*w.y }
func (v vec) norm() float64     { return math.Sqrt(v.dot(v)) }
func (v vec) scaled(k float64) vec { v.x *= k; v.y *= k; return v }
func (v vec) moveOrigin() float64 { origin.x++; return v.x }
func (v vec) through(p *vec) float64 { p.y = 0; return v.y }
func far(v vec, n int) float64 {
	if n == 0 {
		return v.norm()
	}
	return far(v, n-1)
}
func keep(v vec) *vec { return &v }

func main() {
	a, b := vec{1, 2}, vec{3, 4}
	ps := []vec{a}
	m := map[int]vec{0: a}
	println(a.dot(b), ps[0].norm(), far(a, 2), m[0].norm())
	println(a.scaled(2).x, a.moveOrigin(), a.through(&a), keep(a).x)
	defer println(a.dot(b))
}
`;

test("a call passes a struct it only reads without a copy, and copies it otherwise", () => {
  const p = build(program);
  const main = fn(p, "main");
  const call = (name: string): string => new RegExp(`main\\$${name.replace(/\$/g, "\\$")}\\(([^;]*?)\\)`).exec(main)?.[1] ?? `no call of ${name}`;
  // Read only, through a call that only reads too (dot from norm, recursion, a math native).
  assert.match(main, /main\$vec\$dot\(a, b\)/);
  assert.doesNotMatch(call("vec$norm"), /clone/);
  assert.match(main, /main\$far\(a, 2\)/);
  // A map's element is copied (a map write may replace it in place).
  assert.match(main, /main\$vec\$norm\(\$S\d+\.clone\(/);
  // The callee writes its copy, a package variable, through a pointer, or keeps its address.
  for (const f of ["vec$scaled", "vec$moveOrigin", "vec$through", "keep"]) {
    assert.match(main, new RegExp(`main\\$${f.replace(/\$/g, "\\$")}\\(\\$S\\d+\\.clone\\(a\\)`), f);
  }
});

test("-race keeps every copy", () => {
  const p = build(program, true);
  assert.match(fn(p, "main"), /main\$vec\$dot\(\$S\d+\.clone\(/);
});
