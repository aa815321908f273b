// Tests for order.ts: the -race rules of gc's order (checked against `go run -race`, which the
// differential corpus does not run), that statements whose order cannot differ compile without
// temporaries, and the interface conversions whose operand gc copies.

import { test } from "node:test";
import assert from "node:assert/strict";
import { compile, defaultRunOptions, run, type Program } from "../api.js";
import { nodeToolchain } from "../host/node.js";
import * as T from "../frontend/types.js";
import { BasicKind as K } from "../frontend/types.js";
import { Typ } from "../frontend/check/universe.js";
import { needsAddr } from "./order.js";

const tc = await nodeToolchain();

function build(text: string, race = false): Program {
  const c = compile(tc, [{ name: "./main.go", path: "/home/gopher/prog/main.go", text }], "command-line-arguments", "files", { race });
  if (!c.ok) throw new Error(c.stderr);
  return c.program;
}

const raceProgram = `package main

import "fmt"

type box struct{ n int }

func main() {
	m := map[string]int{"k": 1}
	fmt.Println("map elem:", m["k"], func() int { m["k"] = 3; return 0 }())
	var ep any = &box{1}
	fmt.Println("assert ptr:", ep.(*box).n, func() int { ep = &box{2}; return 0 }())
	x := 1
	fmt.Println("int:", x, func() int { x = 2; return 0 }())
}
`;

test("a map element and a pointer type assertion are read where they stand only under -race", () => {
  // What go1.19.8 prints with and without -race.
  const plain = run(build(raceProgram), { ...defaultRunOptions, seed: 1 });
  assert.equal(plain.stdout, "map elem: 3 0\nassert ptr: 2 0\nint: 2 0\n");
  const race = run(build(raceProgram, true), { ...defaultRunOptions, seed: 1 });
  assert.equal(race.stdout, "map elem: 1 0\nassert ptr: 1 0\nint: 2 0\n");
});

test("statements whose order cannot differ from left to right get no temporaries", () => {
  const p = build(`package main

import "fmt"

func cheap(x int, s []int, f func() int) int {
	y := f() + x
	s = append(s, f())
	fmt.Println(f(), x, s[0])
	if x+f() > 0 {
		y++
	}
	return y + f()
}

var g int

func costly(f func() int) {
	fmt.Println(g, f())
}

func main() {
	n := 0
	h := 5
	fmt.Println(cheap(1, []int{1}, func() int { n++; return n }), h)
	costly(func() int { g = 7; return 1 })
}
`);
  const js = p.compiled.js;
  const body = (name: string): string => {
    const start = js.indexOf(`function* main$${name}(`);
    assert.ok(start >= 0, `main.${name} is compiled`);
    return js.slice(start, js.indexOf("\n}", start));
  };
  // A hoisted operand is a statement of its own assigning a temporary.
  const hoisted = /^\s*\$t\d+ = /m;
  assert.doesNotMatch(body("cheap"), hoisted);
  assert.match(body("costly"), hoisted);
  assert.equal(run(p, { ...defaultRunOptions, seed: 1 }).stdout, "3 1 1\n8 5\n7 1\n");
});

test("the conversions to an interface that pass the value's address (dataWordFuncName)", () => {
  const field = (name: string, t: T.Type): T.Var => ({ tag: "Var", name, type: t } as unknown as T.Var);
  assert.equal(needsAddr(Typ[K.Int]!), false); // convT64
  assert.equal(needsAddr(Typ[K.Int32]!), false); // convT32
  assert.equal(needsAddr(Typ[K.Int16]!), false); // convT16
  assert.equal(needsAddr(Typ[K.Float64]!), false);
  assert.equal(needsAddr(Typ[K.String]!), false); // convTstring
  assert.equal(needsAddr(new T.Slice(Typ[K.Int]!)), false); // convTslice
  assert.equal(needsAddr(Typ[K.Bool]!), true);
  assert.equal(needsAddr(Typ[K.Uint8]!), true);
  assert.equal(needsAddr(Typ[K.Complex128]!), true);
  assert.equal(needsAddr(new T.Pointer(Typ[K.Int]!)), true);
  assert.equal(needsAddr(new T.ArrayT(Typ[K.Int32]!, 2)), true); // 8 bytes, 4-aligned
  assert.equal(needsAddr(new T.ArrayT(Typ[K.String]!, 1)), false); // its sole component
  assert.equal(needsAddr(new T.Struct([field("a", Typ[K.Int]!), field("b", Typ[K.Int]!)], ["", ""])), true);
});
