// Package unsafe at run time (runtime/unsafe.ts): what gort cannot give a meaning ends the run
// with a "gort: ... is not supported yet" limit (exit 3) instead of a wrong value, addresses are
// deterministic per seed, and an address converted back never names an object the collector
// freed. Programs of our own, compiled through src/api.ts; the behaviours real Go shares are in
// testdata/run/unsafe.

import { test } from "node:test";
import assert from "node:assert/strict";
import { compile, defaultRunOptions, run, type Program } from "../api.js";
import { nodeToolchain } from "../host/node.js";

const tc = await nodeToolchain();

function prog(body: string, imports = ["unsafe"]): Program {
  const imp = `import (\n${imports.map((i) => `\t"${i}"\n`).join("")})\n\n`;
  const text = `package main\n\n${imp}${body}`;
  const c = compile(tc, [{ name: "./main.go", path: "/home/gopher/prog/main.go", text }], "command-line-arguments");
  if (!c.ok) throw new Error(`compile failed:\n${c.stderr}`);
  return c.program;
}

function unsupported(body: string, what: RegExp): void {
  const r = run(prog(body), { ...defaultRunOptions, seed: 1 });
  assert.equal(r.exitCode, 3, r.stderr.slice(0, 400));
  assert.match(r.stderr.split("\n")[0]!, what);
  assert.match(r.stderr.split("\n")[0]!, / is not supported yet$/);
}

test("reinterpretations gort cannot represent are reported, not guessed", () => {
  // A string's header as words.
  unsupported(`func main() {
	s := "hello"
	println(*(*uintptr)(unsafe.Pointer(&s)))
}`, /^gort: converting an unsafe.Pointer \(a pointer to string\) to \*uintptr/);
  // A pointer's bits as an integer.
  unsupported(`func main() {
	x := 1
	p := &x
	println(*(*uint64)(unsafe.Pointer(&p)))
}`, /to \*uint64/);
  // Bytes that include a struct's padding.
  unsupported(`type T struct {
	a int8
	b int64
}

func main() {
	var t T
	println((*[16]byte)(unsafe.Pointer(&t))[0])
}`, /a pointer to struct { a int8; b int64 }\) to \*\[16\]uint8/);
});

test("arithmetic outside its object and loads or stores at made-up addresses are reported", () => {
  unsupported(`func main() {
	var a [4]int32
	p := unsafe.Add(unsafe.Pointer(&a[0]), 16) // one past the end: a pointer, not dereferenced
	q := unsafe.Add(p, 4)
	_ = q
}`, /^gort: unsafe\.Add of 4 bytes to a pointer to byte 16 of \[4\]int32, outside the 16 bytes of \[4\]int32/);
  unsupported(`func main() {
	println(*(*int)(unsafe.Pointer(uintptr(0x1234))))
}`, /^gort: a load or store at the address 0x1234, where gort has no object, is not supported yet/);
  unsupported(`type T struct{ a, b int }

func main() {
	t := (*T)(unsafe.Pointer(uintptr(0x2000)))
	println(t.b)
}`, /^gort: a load or store at the address 0x2008, where gort has no object/);
  unsupported(`func main() {
	p := (*[4]int)(unsafe.Pointer(uintptr(0x2000)))
	println(p[3])
}`, /^gort: a load or store at the address 0x2018, where gort has no object/);
  unsupported(`func main() {
	x := 3
	println(len(unsafe.Slice(&x, 2)))
}`, /^gort: unsafe\.Slice of a pointer to int, which is not an element of an array of int/);
  unsupported(`func main() {
	var a [3]int
	println(len(unsafe.Slice(&a[1], 3)))
}`, /^gort: unsafe\.Slice of 3 elements from element 1 of an array of 3/);
});

test("unsafe.Slice panics as runtime.unsafeslice does", () => {
  const r = run(prog(`func main() {
	var p *int
	n := 2
	_ = unsafe.Slice(p, n)
}`), { ...defaultRunOptions, seed: 1 });
  assert.equal(r.exitCode, 2);
  assert.match(r.stderr, /^panic: runtime error: unsafe\.Slice: ptr is nil and len is not zero\n/);
});

test("addresses are deterministic for a seed, and a dead object's address is forgotten", () => {
  const p = prog(`type node struct{ v [64]byte }

var keep []*node

func main() {
	var addrs []uintptr
	for i := 0; i < 100; i++ {
		n := &node{}
		if i%4 == 0 {
			keep = append(keep, n)
		}
		addrs = append(addrs, uintptr(unsafe.Pointer(n)))
	}
	runtime.GC()
	fmt.Println(addrs[0]%8, addrs[99]-addrs[0] != 0)
	// A kept object's address converts back to it.
	fmt.Println((*node)(unsafe.Pointer(addrs[0])) == keep[0])
	// A collected one's does not (nor is it the end of a kept one).
	_ = (*node)(unsafe.Pointer(addrs[2]))
}`, ["fmt", "runtime", "unsafe"]);
  const a = run(p, { ...defaultRunOptions, seed: 5 });
  const b = run(p, { ...defaultRunOptions, seed: 5 });
  assert.equal(a.stdout, "0 true\ntrue\n");
  assert.equal(a.exitCode, 3, a.stderr.slice(0, 300));
  assert.match(a.stderr, /^gort: converting the uintptr 0x[0-9a-f]+ to unsafe\.Pointer \(not the address of a live object/);
  assert.equal(a.stderr, b.stderr);
});
