// Tests for the source loader and diagnostic formatting, against cmd/go 1.19 behaviour
// observed by hand (messages and exit codes quoted in the comments of source.ts and diag.ts).

import { test } from "node:test";
import assert from "node:assert/strict";
import { formatDiagnostics, type Diagnostic } from "./diag.js";
import { displayName, evalBuildExpr, goodOSArchFile, loadProgram, packageClause, selectedInDir, shouldBuild } from "./source.js";

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

test("build expressions and +build lines for linux/amd64", () => {
  assert.equal(evalBuildExpr(" linux && amd64"), true);
  assert.equal(evalBuildExpr(" !windows && (go1.18 || ignore)"), true);
  assert.equal(evalBuildExpr(" go1.20"), false);
  assert.equal(evalBuildExpr(" cgo && !gc"), false);
  assert.equal(evalBuildExpr(" linux &&"), false);
  assert.equal(shouldBuild("//go:build ignore\n\npackage main\n"), false);
  assert.equal(shouldBuild("// +build linux darwin\n// +build amd64,!386\n\npackage main\n"), true);
  assert.equal(shouldBuild("// +build !linux\n\npackage main\n"), false);
  assert.equal(shouldBuild("//go:build linux\n// +build windows\n\npackage main\n"), true);
  assert.equal(shouldBuild("package main\n//go:build ignore\n"), true);
});

test("file-name rules", () => {
  assert.equal(goodOSArchFile("x_windows.go"), false);
  assert.equal(goodOSArchFile("x_linux_amd64.go"), true);
  assert.equal(goodOSArchFile("x_linux_arm64.go"), false);
  assert.equal(goodOSArchFile("my_helper.go"), true);
  assert.equal(selectedInDir("a_test.go"), false);
  assert.equal(selectedInDir("_x.go"), false);
  assert.equal(selectedInDir("main.go"), true);
});

test("display names follow cmd/go", () => {
  assert.equal(displayName("/tmp/x/main.go", "/tmp/x"), "./main.go");
  assert.equal(displayName("/tmp/x/sub/prog/main.go", "/tmp/x"), "sub/prog/main.go");
  assert.equal(displayName("/tmp/x/main.go", "/tmp/x/deep"), "../main.go");
  assert.equal(displayName("/a.go", "/very/deep/dir/tree"), "/a.go");
});

test("package clause errors are go/parser's", () => {
  assert.deepEqual(packageClause("b.go", "import \"fmt\"\n"), { error: "b.go:1:1: expected 'package', found 'import'" });
  assert.deepEqual(packageClause("b.go", ""), { error: "b.go:1:1: expected 'package', found 'EOF'" });
  assert.deepEqual(packageClause("b.go", "// hello\n"), { error: "b.go:1:10: expected 'package', found 'EOF'" });
  assert.deepEqual(packageClause("b.go", "\n\npackage\n"), { error: "b.go:3:9: expected 'IDENT', found 'EOF'" });
  assert.deepEqual(packageClause("b.go", "/* c */ package main\n"), { pkg: "main" });
});

test("loadProgram: files mode and dir mode", () => {
  const files = (xs: [string, string][]) => xs.map(([path, s]) => ({ path, bytes: enc(s) }));
  const ok = loadProgram(files([["ig.go", "//go:build ignore\n\npackage main\n"]]), { mode: "files", names: ["./ig.go"], dirLabel: "/d", importPath: "command-line-arguments" });
  assert.equal(ok.loadError, undefined);
  assert.equal(ok.files.length, 1);
  const mixed = loadProgram(files([["a.go", "package main\n"], ["b.go", "package foo\n"]]), { mode: "files", names: ["./a.go", "./b.go"], dirLabel: "/tmp/h6a/bc", importPath: "command-line-arguments" });
  assert.equal(mixed.loadError, "found packages main (a.go) and foo (b.go) in /tmp/h6a/bc\n");
  const test_ = loadProgram(files([["x_test.go", "package main\n"]]), { mode: "files", names: ["./x_test.go"], dirLabel: "/d", importPath: "command-line-arguments" });
  assert.equal(test_.loadError, "go: cannot run *_test.go files (x_test.go)\n");
  const dir = loadProgram(files([["a.go", "package main\n"], ["w.go", "//go:build windows\n\npackage foo\n"], ["a_test.go", "package main\n"]]), { mode: "dir", names: ["./a.go", "./w.go", "./a_test.go"], dirLabel: "/d", importPath: "m/d1" });
  assert.deepEqual(dir.files.map((f) => f.name), ["./a.go"]);
  const none = loadProgram(files([["w.go", "//go:build windows\npackage main\n"]]), { mode: "dir", names: ["./w.go"], dirLabel: "/tmp/h6a/bc/d2", importPath: "m/d2" });
  assert.equal(none.loadError, "package m/d2: build constraints exclude all Go files in /tmp/h6a/bc/d2\n");
  const lib = loadProgram(files([["l.go", "package lib\n"]]), { mode: "dir", names: ["./l.go"], dirLabel: "/d3", importPath: "m/d3" });
  assert.equal(lib.loadError, "package m/d3 is not a main package\n");
});

test("invalid UTF-8 is reported at its byte column", () => {
  const bytes = new Uint8Array([...enc("package main\nvar s = \""), 0xff, ...enc("\"\n")]);
  const r = loadProgram([{ path: "u.go", bytes }], { mode: "files", names: ["./u.go"], dirLabel: "/d", importPath: "command-line-arguments" });
  assert.deepEqual(r.diags, [{ pos: { file: "./u.go", line: 2, col: 10 }, msg: "invalid UTF-8 encoding" }]);
});

test("formatDiagnostics: header, sorting, per-line syntax rule, ten-error cut-off", () => {
  const p = (line: number, col: number) => ({ file: "./main.go", line, col });
  const d: Diagnostic[] = [
    { pos: p(5, 1), msg: "b" },
    { pos: p(2, 3), msg: "a" },
    { pos: p(7, 1), msg: "syntax error: one" },
    { pos: p(7, 9), msg: "syntax error: two" },
  ];
  assert.equal(formatDiagnostics(d, "command-line-arguments"), "# command-line-arguments\n./main.go:2:3: a\n./main.go:5:1: b\n./main.go:7:1: syntax error: one\n");
  const many: Diagnostic[] = [];
  for (let i = 1; i <= 12; i++) many.push({ pos: p(i + 2, 2), msg: `x${i} declared but not used` });
  const out = formatDiagnostics(many, "command-line-arguments").split("\n");
  assert.equal(out[10], "./main.go:12:2: x10 declared but not used");
  assert.equal(out[11], "./main.go:12:2: too many errors");
  assert.equal(out.length, 13);
  assert.equal(formatDiagnostics([], "x"), "");
});

test("a build's extra tags: -race's race satisfies //go:build race and fails !race", () => {
  const race = new Set(["race"]);
  assert.equal(shouldBuild("//go:build race\n\npackage p\n"), false);
  assert.equal(shouldBuild("//go:build race\n\npackage p\n", race), true);
  assert.equal(shouldBuild("//go:build amd64 && !race\n\npackage p\n", race), false);
  assert.equal(shouldBuild("//go:build amd64 && !race\n\npackage p\n"), true);
  assert.equal(shouldBuild("// +build race\n\npackage p\n", race), true);
});
