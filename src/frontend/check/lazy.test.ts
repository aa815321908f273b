// Lazy bodies (lazy.ts): a program checks the standard library's bodies it reaches, and every
// body of gort's standard library still type-checks when all are checked.

import { test } from "node:test";
import assert from "node:assert/strict";
import { loadStd } from "../../host/node.js";
import { newGoParser } from "../../host/treesitter.js";
import { parseFile } from "../parser.js";
import { checkProgram, type ProgramResult } from "../program.js";
import { STD_PACKAGES } from "../stdlist.gen.js";
import type * as T from "../types.js";

const parser = await newGoParser();

function check(src: string, allBodies: boolean): ProgramResult {
  const r = parseFile(parser, "./main.go", src);
  assert.ok(r.file, "parse");
  return checkProgram([r.file], loadStd, (n, t) => parseFile(parser, n, t), undefined, "files", undefined, undefined, { allBodies });
}

/** The standard functions and methods with bodies, and how many of them are still pending. */
function bodies(res: ProgramResult): { all: number; pending: string[] } {
  let all = 0;
  const pending: string[] = [];
  for (const p of res.packages.slice(0, -1)) {
    for (const f of p.files) {
      for (const d of f.decls) {
        if (d.kind !== "FuncDecl" || !d.body) continue;
        all++;
        const o = p.info.defs.get(d.name) as T.Func | undefined;
        if (o?.bodyPending === true) pending.push(`${p.path}.${d.name.name}`);
      }
    }
  }
  return { all, pending };
}

test("every body of gort's standard library type-checks", () => {
  const pkgs = [...STD_PACKAGES].filter((p) => p !== "unsafe" && loadStd(p) !== undefined).sort();
  const src = `package main\n\n${pkgs.map((p) => `import _ ${JSON.stringify(p)}\n`).join("")}\nfunc main() {}\n`;
  const res = check(src, true);
  assert.deepEqual(res.diags.map((d) => `${d.pos.file}:${d.pos.line}: ${d.msg}`), []);
  assert.ok(res.packages.length > 50, `${res.packages.length} packages`);
  assert.deepEqual(bodies(res).pending, []);
});

test("a program checks the standard bodies it reaches: calls, variable initializers, methods by name", () => {
  const src = `package main

import (
	"fmt"
	"strconv"
	"strings"
)

type named int

func (n named) String() string { return "n" + strconv.Itoa(int(n)) }

func main() {
	var b strings.Builder
	b.WriteString(strings.Repeat("x", 3))
	fmt.Println(b.String(), named(2))
}
`;
  const lazy = check(src, false);
  assert.deepEqual(lazy.diags, []);
  const { all, pending } = bodies(lazy);
  // Most of strconv, strings and their imports is never reached.
  assert.ok(pending.length > all / 2, `${pending.length} of ${all} pending`);
  for (const reached of ["strconv.Itoa", "strings.Repeat", "strings.WriteString"]) {
    assert.ok(!pending.includes(reached), `${reached} was reached`);
  }
  assert.ok(pending.includes("strings.Map") && pending.includes("strings.NewReplacer"), "strings.Map and NewReplacer are never called");
  // A method named as some selector names it is checked, whatever its type.
  assert.ok(!pending.includes("strings.String"), "every method named String is reached");
});
