// Golden tests for the type checker: every testdata/check/*.go program is parsed and checked;
// each diagnostic must match an `// ERROR "regexp"` comment on its line (Go's errorcheck
// convention: one quoted regexp per expected error), every such comment must be matched, and
// when a <name>.out file exists (real `go build -gcflags=-e` output of go1.19, recorded by
// /tmp tooling from the same source) the sorted output must equal it byte for byte.

import { test } from "node:test";
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { newGoParser } from "../../host/treesitter.js";
import { parseFile } from "../parser.js";
import { checkProgram } from "../program.js";
import { comparePos, formatPos, type Diagnostic } from "../diag.js";

const parser = await newGoParser();
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../../../..");
const dir = path.join(root, "testdata/check");

function loadStd(p: string): { name: string; text: string }[] | undefined {
  const d = path.join(root, "stdlib", p);
  if (!fs.existsSync(d)) return undefined;
  return fs
    .readdirSync(d)
    .filter((n) => n.endsWith(".go") && !n.endsWith("_test.go"))
    .sort()
    .map((n) => ({ name: n, text: fs.readFileSync(path.join(d, n), "utf8") }));
}

function expectations(text: string): Map<number, RegExp[]> {
  const m = new Map<number, RegExp[]>();
  text.split("\n").forEach((line, i) => {
    const k = line.indexOf("// ERROR ");
    if (k < 0) return;
    const rest = line.slice(k + "// ERROR ".length);
    const pats = [...rest.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((q) => new RegExp(JSON.parse(`"${q[1]}"`) as string));
    m.set(i + 1, pats);
  });
  return m;
}

export function checkSource(name: string, text: string): Diagnostic[] {
  const r = parseFile(parser, `./${name}`, text);
  const diags = [...r.diags];
  if (r.file) {
    const res = checkProgram([r.file], loadStd, (n, t) => parseFile(parser, n, t));
    diags.push(...res.diags);
  }
  return diags;
}

for (const f of fs.readdirSync(dir).filter((n) => n.endsWith(".go")).sort()) {
  test(`check golden ${f}`, () => {
    const text = fs.readFileSync(path.join(dir, f), "utf8");
    const diags = checkSource(f, text);
    const want = expectations(text);
    const problems: string[] = [];
    for (const d of diags) {
      const first = d.msg.split("\n")[0]!;
      const pats = want.get(d.pos.line) ?? [];
      const i = pats.findIndex((re) => re.test(first));
      if (i < 0) problems.push(`unexpected: ${formatPos(d.pos)}: ${first}`);
      else pats.splice(i, 1);
    }
    for (const [line, pats] of want) for (const p of pats) problems.push(`missing at line ${line}: ${p.source}`);
    assert.deepEqual(problems, []);
    const outFile = path.join(dir, f.replace(/\.go$/, ".out"));
    if (fs.existsSync(outFile)) {
      const sorted = diags.slice().sort((a, b) => comparePos(a.pos, b.pos));
      const got = sorted.map((d) => `${formatPos(d.pos)}: ${d.msg}\n`).join("");
      assert.equal(got, fs.readFileSync(outFile, "utf8"));
    }
  });
}

// Not timed (a timed test fails on a loaded machine): the checker's speed is measured by
// bench/generics.ts and the start-up numbers in docs/ARCHITECTURE.md.
test("checking a 2000-line program finds no errors", () => {
  const parts: string[] = ["package main\n", 'import "fmt"\n'];
  for (let i = 0; i < 250; i++) {
    parts.push(`type T${i} struct{ a, b int; s string }
func (t *T${i}) Sum(xs []int) int {
	total := t.a + t.b
	for _, x := range xs {
		if x%2 == 0 { total += x } else { total -= x }
	}
	return total + len(t.s)
}
`);
  }
  parts.push("func main() {\n");
  for (let i = 0; i < 250; i++) parts.push(`\tfmt.Println((&T${i}{1, 2, "x"}).Sum([]int{1, 2, 3}))\n`);
  parts.push("}\n");
  const text = parts.join("");
  assert.ok(text.split("\n").length > 2000);
  const r = parseFile(parser, "./big.go", text);
  const res = checkProgram([r.file!], loadStd, (n, t) => parseFile(parser, n, t));
  assert.deepEqual(res.diags, []);
});
