// Tests for module mode (modload.ts) over an in-memory module: go.mod's syntax and errors,
// which directory an import path names, and that nothing outside the module root is read. The
// error texts were recorded from go1.19.8 `go build` on the same layouts (testdata/build/mod*
// checks the whole output against real Go).

import { test } from "node:test";
import assert from "node:assert/strict";
import { newGoParser } from "../host/treesitter.js";
import { parseFile } from "./parser.js";
import { loadUserPackages, parseGoMod, type MainModule, type ModuleFS } from "./modload.js";

const parser = await newGoParser();
const parse = (name: string, text: string) => parseFile(parser, name, text);

/** A module held in a map of rel path → text; reads are recorded. */
function memModule(files: Record<string, string>, read: string[] = []): MainModule {
  const fs: ModuleFS = {
    readDir(rel) {
      read.push(rel);
      const pre = rel === "" ? "" : rel + "/";
      const names = new Map<string, boolean>();
      for (const k of Object.keys(files)) {
        if (!k.startsWith(pre)) continue;
        const rest = k.slice(pre.length);
        const slash = rest.indexOf("/");
        names.set(slash < 0 ? rest : rest.slice(0, slash), slash >= 0);
      }
      if (names.size === 0) return undefined;
      return [...names].map(([name, dir]) => ({ name, dir }));
    },
    readFile(rel) {
      read.push(rel);
      const t = files[rel];
      return t === undefined ? undefined : new TextEncoder().encode(t);
    },
  };
  const r = parseGoMod("/m/go.mod", files["go.mod"] ?? "module example.com/m\n");
  assert.ok("mod" in r);
  return { root: "/m", mod: r.mod, fs, cwd: "/m" };
}

function load(files: Record<string, string>, read: string[] = []) {
  const mm = memModule(files, read);
  const main = parse("./main.go", files["main.go"]!);
  return loadUserPackages({
    entry: { path: mm.mod.module, dir: "/m", files: [main.file!] },
    mode: "dir", isStd: (p) => ["fmt", "strings"].includes(p), parse, module: mm,
  });
}

test("go.mod: directives, blocks, comments and Go's errors", () => {
  const ok = parseGoMod("/m/go.mod", 'module "example.com/m" // the module\n\ngo 1.19\nrequire (\n\tgithub.com/a/b v1.0.0 // indirect\n\tgithub.com/c/d v0.2.0\n)\nreplace github.com/a/b v1.0.0 => ./b\nexclude github.com/c/d v0.1.0\n');
  assert.ok("mod" in ok);
  assert.equal(ok.mod.module, "example.com/m");
  assert.equal(ok.mod.go, "1.19");
  assert.deepEqual(ok.mod.require.map((r) => `${r.path}@${r.version}`), ["github.com/a/b@v1.0.0", "github.com/c/d@v0.2.0"]);
  assert.deepEqual(ok.mod.replace, [{ old: "github.com/a/b", oldVersion: "v1.0.0", new: "./b" }]);
  assert.deepEqual(parseGoMod("/m/go.mod", "module example.com/g\n\ngo 1.19\n\nfrobnicate x\n"), { error: "go: errors parsing go.mod:\n/m/go.mod:5: unknown directive: frobnicate\n" });
  assert.deepEqual(parseGoMod("/m/go.mod", "module m\nrequire github.com/a/b\n"), { error: "go: errors parsing go.mod:\n/m/go.mod:2: usage: require module/path v1.2.3\n" });
  assert.deepEqual(parseGoMod("/m/go.mod", "go 1.19\n"), { error: "go: no module declaration in go.mod. To specify the module path:\n\tgo mod edit -module=example.com/mod\n" });
});

test("packages of the main module load in dependency order, with their names", () => {
  const r = load({
    "main.go": 'package main\n\nimport (\n\t"example.com/m/a"\n\t"example.com/m/b"\n)\n\nfunc main() { a.A(); other.B() }\n',
    "a/a.go": 'package a\n\nimport "example.com/m/b"\n\nfunc A() { other.B() }\n',
    "b/b.go": "package other\n\nfunc B() {}\n",
    "b/b_windows.go": "package other\n\nfunc W() {}\n",
    "b/b_test.go": "package other\n",
  });
  assert.equal(r.error, undefined);
  assert.deepEqual(r.packages.map((p) => `${p.path}:${p.name}:${[...p.abs.values()].join(",")}`), [
    "example.com/m/b:other:/m/b/b.go", "example.com/m/a:a:/m/a/a.go",
  ]);
  assert.equal(r.packages[0]!.files[0]!.pos.file, "b/b.go");
});

test("import errors: cycles, internal, missing, nested modules, in Go's order", () => {
  const cyc = load({
    "main.go": 'package main\n\nimport "example.com/m/a"\n\nfunc main() { a.A() }\n',
    "a/a.go": 'package a\n\nimport "example.com/m/b"\n\nfunc A() {}\n',
    "b/b.go": 'package b\n\nimport "example.com/m/a"\n\nfunc B() {}\n',
  });
  assert.equal(cyc.error, "package example.com/m\n\timports example.com/m/a\n\timports example.com/m/b\n\timports example.com/m/a: import cycle not allowed\n");
  const bad = load({
    "main.go": 'package main\n\nimport (\n\t"example.com/m/b"\n\t"example.com/m/nested/x"\n\t"example.com/m/nope"\n\t"github.com/x/y"\n)\n\nfunc main() {}\n',
    "a/internal/x/x.go": "package x\n",
    "b/b.go": 'package b\n\nimport "example.com/m/a/internal/x"\n',
    "nested/go.mod": "module example.com/m/nested\n",
    "nested/x/x.go": "package x\n",
  });
  assert.equal(bad.error,
    "package example.com/m\n\timports example.com/m/b\n\tb/b.go:3:8: use of internal package example.com/m/a/internal/x not allowed\n" +
    "main.go:5:2: no required module provides package example.com/m/nested/x; to add it:\n\tgo get example.com/m/nested/x\n" +
    "main.go:6:2: no required module provides package example.com/m/nope; to add it:\n\tgo get example.com/m/nope\n" +
    "main.go:7:2: no required module provides package github.com/x/y; to add it:\n\tgo get github.com/x/y\n");
});

test("required modules: go.sum, local replacements inside the root only", () => {
  const mod = "module example.com/m\n\ngo 1.19\n\nrequire github.com/x/y v1.2.3\n";
  const main = 'package main\n\nimport "github.com/x/y"\n\nfunc main() { y.Y() }\n';
  assert.equal(load({ "go.mod": mod, "main.go": main }).error,
    "main.go:3:8: missing go.sum entry for module providing package github.com/x/y (imported by example.com/m); to add:\n\tgo get example.com/m\n");
  assert.match(load({ "go.mod": mod, "go.sum": "github.com/x/y v1.2.3 h1:x=\n", "main.go": main }).error!, /gort: package github.com\/x\/y from module github.com\/x\/y@v1.2.3 is not supported yet/);
  const inside = load({ "go.mod": mod + "replace github.com/x/y => ./third/y\n", "main.go": main, "third/y/go.mod": "module github.com/x/y\n", "third/y/y.go": "package y\n\nfunc Y() {}\n" });
  assert.equal(inside.error, undefined);
  assert.deepEqual(inside.packages.map((p) => p.dir), ["/m/third/y"]);
  const read: string[] = [];
  const outside = load({ "go.mod": mod + "replace github.com/x/y => ../y\n", "main.go": main }, read);
  assert.match(outside.error!, /main.go:3:8: gort: package github.com\/x\/y from \.\.\/y \(a replacement outside the main module\) is not supported yet/);
  assert.ok(read.every((r) => !r.startsWith("..") && !r.startsWith("/")), read.join(" "));
});

test("vendor/: packages of required modules, and the consistency check", () => {
  const mod = "module example.com/m\n\ngo 1.19\n\nrequire github.com/x/y v1.2.3\n";
  const main = 'package main\n\nimport "github.com/x/y"\n\nfunc main() { y.Y() }\n';
  const ok = load({ "go.mod": mod, "main.go": main, "vendor/modules.txt": "# github.com/x/y v1.2.3\n## explicit\ngithub.com/x/y\n", "vendor/github.com/x/y/y.go": "package y\n\nfunc Y() {}\n" });
  assert.equal(ok.error, undefined);
  assert.deepEqual(ok.packages.map((p) => p.dir), ["/m/vendor/github.com/x/y"]);
  const bad = load({ "go.mod": mod, "main.go": main, "vendor/github.com/x/y/y.go": "package y\n" });
  assert.equal(bad.error, "go: inconsistent vendoring in /m:\n\tgithub.com/x/y@v1.2.3: is explicitly required in go.mod, but not marked as explicit in vendor/modules.txt\n\n" +
    "\tTo ignore the vendor directory, use -mod=readonly or -mod=mod.\n\tTo sync the vendor directory, run:\n\t\tgo mod vendor\n");
});
