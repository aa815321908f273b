// Build goldens: programs that do not build (testdata/build/*.go, and modules: directories with
// a go.mod), compiled by gort's whole
// front end (api.compile: imports, parsing, type checking, gc's size checks, the link check).
// Each must give exactly the stderr and exit code real `go build` gave, recorded in NAME.out
// by tools/record-build.ts (`exit N`, then the stderr).

import { test } from "node:test";
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { compile } from "./api.js";
import { nodeToolchain, readProgram } from "./host/node.js";

const tc = await nodeToolchain();
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const dir = path.join(root, "testdata", "build");

// A module case (a directory with a go.mod) is compiled as `gort run .` in it compiles it.
for (const m of fs.readdirSync(dir).filter((n) => fs.existsSync(path.join(dir, n, "go.mod"))).sort()) {
  test(`build golden ${m}/`, () => {
    const cwd = path.join(dir, m);
    const loaded = readProgram(".", cwd);
    assert.ok(loaded.ok);
    const c = compile(tc, loaded.files, loaded.pkgLabel, loaded.mode, loaded.module ? { module: loaded.module } : {});
    const got = c.ok ? "exit 0\n" : `exit ${c.exitCode}\n${c.stderr}`;
    const mask = (t: string): string => t.split(cwd + "/").join("$DIR/").split(cwd + "\n").join("$DIR\n");
    assert.equal(mask(got), fs.readFileSync(path.join(dir, `${m}.out`), "utf8"));
  });
}

for (const f of fs.readdirSync(dir).filter((n) => n.endsWith(".go")).sort()) {
  test(`build golden ${f}`, () => {
    const text = fs.readFileSync(path.join(dir, f), "utf8");
    const c = compile(tc, [{ name: `./${f}`, path: path.join(dir, f), text }], "command-line-arguments");
    const got = c.ok ? "exit 0\n" : `exit ${c.exitCode}\n${c.stderr}`;
    assert.equal(got, fs.readFileSync(path.join(dir, f.replace(/\.go$/, ".out")), "utf8"));
  });
}
