// Tests for the goto lowering (gotostmt.ts): which lists become regions, the generated state
// machine's behaviour on whole programs, and the precise "not supported yet" report.

import { test } from "node:test";
import assert from "node:assert/strict";
import { compile, defaultRunOptions, run } from "../api.js";
import { nodeToolchain } from "../host/node.js";

const tc = await nodeToolchain();

function build(text: string): ReturnType<typeof compile> {
  return compile(tc, [{ name: "./main.go", path: "/home/gopher/prog/main.go", text }], "command-line-arguments");
}

/** The program's stdout and stderr together (it must exit 0). */
function stdout(text: string): string {
  const c = build(text);
  if (!c.ok) throw new Error(`compile failed:\n${c.stderr}`);
  const r = run(c.program, { ...defaultRunOptions, environ: new Map(), seed: 1 });
  assert.equal(r.exitCode, 0, r.stderr);
  return r.stdout + r.stderr;
}

test("a backward goto re-runs the statements after its label", () => {
  const out = stdout(`package main

func main() {
	n := 0
again:
	m := n * 2
	n++
	if n < 4 {
		goto again
	}
	println(n, m)
}
`);
  assert.equal(out, "4 6\n");
});

test("unlabeled break and continue inside a region still leave or continue the loop", () => {
  const out = stdout(`package main

import "fmt"

func main() {
	s := ""
	for i := 0; i < 6; i++ {
		if i == 1 {
			continue
		}
		if i == 4 {
			break
		}
		tries := 0
	retry:
		tries++
		if tries < 2 {
			goto retry
		}
		s += fmt.Sprint(i, tries, ";")
	}
	fmt.Println(s)
}
`);
  assert.equal(out, "0 2;2 2;3 2;\n");
});

test("a forward goto out of nested loops and switches", () => {
  const out = stdout(`package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			switch {
			case i*j == 2:
				goto done
			}
		}
	}
	fmt.Println("not reached")
done:
	fmt.Println("done")
}
`);
  assert.equal(out, "done\n");
});
