// encoding/json (stdlib/encoding/json, Go source): behaviour a golden program cannot pin,
// because its traceback passes through json's own functions, which are not Go's.

import { test } from "node:test";
import assert from "node:assert/strict";
import { compile, defaultRunOptions, run } from "../api.js";
import { nodeToolchain } from "../host/node.js";

const tc = await nodeToolchain();

test("a panic in MarshalJSON is recovered and panicked again, as Go's encodeState.marshal does", () => {
  const text = `package main

import "encoding/json"

type J struct{}

func (J) MarshalJSON() ([]byte, error) { panic("boom") }

func main() { json.Marshal([]J{{}}) }
`;
  const c = compile(tc, [{ name: "./main.go", path: "/home/gopher/prog/main.go", text }], "command-line-arguments");
  if (!c.ok) throw new Error(c.stderr);
  const r = run(c.program, { ...defaultRunOptions, seed: 1 });
  assert.equal(r.exitCode, 2);
  assert.match(r.stderr, /^panic: boom \[recovered\]\n\tpanic: boom\n\ngoroutine 1 \[running\]:\nencoding\/json\.\(\*encodeState\)\.marshal\.func1\(\)\n\t\/usr\/lib\/go-1\.19\/src\/encoding\/json\/encode\.go:327 \+0x0\n/);
  assert.match(r.stderr, /\nencoding\/json\.Marshal\(\.\.\.\)\n\t\/usr\/lib\/go-1\.19\/src\/encoding\/json\/encode\.go:160 \+0x0\nmain\.main\(\)\n/);
});
