// Tests for loops.ts's counted loops: which post statements become plain JS arithmetic.

import { test } from "node:test";
import assert from "node:assert/strict";
import { nodeToolchain } from "../host/node.js";
import { builder, fn } from "./compiled.testutil.js";

const build = builder(await nodeToolchain());

const program = `package main

var sink int

func up(n int) (s int) {
	for i := 0; i < n; i++ {
		sink += i
	}
	for k := -5; k < n; k += 3 {
		sink += k
	}
	return
}

func down(n int) {
	for i := 10; i > n; i-- {
		sink += i
	}
	for u := uint(10); u > 0; u-- {
		sink++
	}
	for w := uint64(0); w < 10; w++ {
		sink++
	}
}

func written(n int) {
	for i := 0; i < n; i++ {
		if i == 3 {
			i = 7
		}
	}
	for j := 0; j < n; j++ {
		p := &j
		sink += *p
	}
	for c := 0; c < n; c++ {
		func() { c += 2 }()
	}
	for b := 0; b < n; b += 17 {
		sink++
	}
	for big := 1 << 40; big < n; big++ {
		sink++
	}
	for v := n; v < 10; v++ {
		sink++
	}
}

func main() {
	up(3)
	down(3)
	written(3)
}
`;

test("a counter stepped only by its post statement from a constant start is plain arithmetic", () => {
  const p = build(program);
  const u = fn(p, "up");
  assert.match(u, /\bi = i \+ 1;/);
  assert.match(u, /\bk = k \+ 3;/);
  const d = fn(p, "down");
  assert.match(d, /\bi = i - 1;/);
  assert.match(d, /\bw = w \+ 1;/);
  // An unsigned counter stepped down wraps at zero: it keeps the checked path.
  assert.doesNotMatch(d, /\bu = u - 1;/);
});

test("a counter written elsewhere, boxed, stepped far or started anywhere keeps the I64 fast path", () => {
  const w = fn(build(program), "written");
  for (const name of ["i", "j", "c", "b", "big", "v"]) {
    assert.doesNotMatch(w, new RegExp(`\\b${name} = ${name} \\+ \\d+;`), name);
  }
});
