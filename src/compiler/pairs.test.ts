// Tests for pairs.ts: which 64-bit locals are held as two int32 halves, and that a pair's
// operations run on the halves without a bigint. (What they compute is checked against real Go
// by testdata/run/ints/pairs.go.)

import { test } from "node:test";
import assert from "node:assert/strict";
import { nodeToolchain } from "../host/node.js";
import { builder, fn } from "./compiled.testutil.js";

const build = builder(await nodeToolchain());

const program = `package main

import "fmt"

func hash(b []byte) uint64 {
	h := uint64(14695981039346656037)
	for _, c := range b {
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}

func lcg(seed int64) int64 {
	x := seed
	for i := 0; i < 10; i++ {
		x = x*6364136223846793005 + 1
	}
	return x
}

func small(xs []int) int {
	s := 0
	p := 1
	for _, x := range xs {
		s += x
		p = p * 3 % 1000
	}
	return s + p
}

func sum(xs []uint64) uint64 {
	var t uint64
	for _, x := range xs {
		t += x
	}
	return t
}

func elem(xs []uint64, i int) uint64 {
	v := xs[i*7%len(xs)]
	v += xs[0]
	return v
}

func captured(v uint64) uint64 {
	h := v * 31
	func() { h ^= h >> 7 }()
	return h
}

func loopVar(n int) uint64 {
	var last uint64
	for x := uint64(1); x < uint64(n); x *= 3 {
		last = x
	}
	for x := range []uint64{1} {
		last += uint64(x)
	}
	return last
}

func withGoto(v uint64) uint64 {
	h := v * 31
	if h == 0 {
		goto out
	}
	h ^= h >> 3
out:
	return h
}

func main() {
	fmt.Println(hash([]byte("x")), lcg(1), small(nil), sum(nil), elem([]uint64{1}, 0), captured(1), loopVar(9), withGoto(2))
}
`;

/** The pair variables of a compiled function: the names of their high halves, without $h. */
function pairsOf(js: string): string[] {
  return [...new Set([...js.matchAll(/\b([A-Za-z_]\w*)\$h\b/g)].map((m) => m[1]!))].sort();
}

test("mixing variables, parameters among them, are pairs; counters and sums are not", () => {
  const p = build(program);
  assert.deepEqual(pairsOf(fn(p, "hash")), ["h"]);
  assert.deepEqual(pairsOf(fn(p, "lcg")), ["x"]);
  assert.deepEqual(pairsOf(fn(p, "small")), []);
  assert.deepEqual(pairsOf(fn(p, "sum")), []);
  // The * is the index's, not the value's.
  assert.deepEqual(pairsOf(fn(p, "elem")), []);
});

test("a captured variable, a for or range statement's, and any in a function with a goto are not pairs", () => {
  const p = build(program);
  assert.deepEqual(pairsOf(fn(p, "captured")), []);
  assert.deepEqual(pairsOf(fn(p, "loopVar")), []);
  assert.deepEqual(pairsOf(fn(p, "withGoto")), []);
});

test("a pair's loop makes no bigint: the halves are joined once, at the return", () => {
  const js = fn(build(program), "hash");
  assert.equal(js.match(/\$i\.join\(/g)?.length, 1);
  assert.doesNotMatch(js, /\$i\.(xorU|mulU)\(|\d+n\b/);
});

test("-race compiles no pairs (the detector names variables)", () => {
  assert.deepEqual(pairsOf(fn(build(program, true), "hash")), []);
});
