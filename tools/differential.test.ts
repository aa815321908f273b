// Differential test: every testdata/run program under gort must match its golden recorded from
// real Go 1.19, except programs listed in testdata/expectations/known-failures.txt; a listed
// program that passes fails the test so the list only shrinks. Every golden's source digest must
// match its program; GORT_GO_CHECK=1 also re-runs every golden under real Go 1.19 when installed.

import { test } from "node:test";
import * as assert from "node:assert/strict";
import {
  checkDigests, checkGoldensCurrent, globToRegExp, goAvailable, problems, readKnownFailures, report, runAll,
} from "./differential.js";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { discoverPrograms, normalize, outcomeKey, sourceDigest, splitArgs } from "./golden.js";

test("masking keeps names, lines and goroutine headers; drops offsets, args, pointers", () => {
  const real = [
    "panic: ([]int) 0xc000012345",
    "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x47e1b6]",
    "",
    "goroutine 7 [semacquire]:",
    "sync.(*Mutex).lockSlow(0xc000018030)",
    "\t/usr/lib/go-1.19/src/sync/mutex.go:171 +0x165",
    "main.f(...)",
    "\t/home/u/prog/x.go:8",
    "main.main()",
    "\t/home/u/prog/x.go:14 +0x66 fp=0xc00004e6d8 sp=0xc00004e6a8 pc=0x4329fd",
    "created by main.main",
    "\t/home/u/prog/x.go:15 +0x8a",
  ].join("\n");
  const want = [
    "panic: ([]int) 0xPTR",
    "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0xPC]",
    "",
    "goroutine 7 [semacquire]:",
    "sync.(*Mutex).lockSlow(...)",
    "\t$GOROOT/src/sync/mutex.go:171",
    "main.f(...)",
    "\t$DIR/x.go:8",
    "main.main()",
    "\t$DIR/x.go:14",
    "created by main.main",
    "\t$DIR/x.go:15",
  ].join("\n");
  assert.equal(normalize(real, "/home/u/prog"), want);
  assert.equal(normalize(want), want);
  assert.equal(normalize("f(x)\n\tindented", undefined, "stdout"), "f(x)\n\tindented");
  assert.equal(normalize("SIGABRT: abort\nPC=0x7ffb65137eec m=0 sigcode=6"), "SIGABRT: abort\nPC=0xPC m=0 sigcode=6");
  // A fault address in the binary's data or in C memory is masked; a nil dereference's is not.
  assert.equal(
    normalize("unexpected fault address 0x4bb98f\n[signal SIGSEGV: segmentation violation code=0x2 addr=0x4bb98f pc=0x482e2a]\naddr=0x8 pc"),
    "unexpected fault address 0xADDR\n[signal SIGSEGV: segmentation violation code=0x2 addr=0xADDR pc=0xPC]\naddr=0x8 pc",
  );
  const key = outcomeKey({ exit: 2, stdout: "", stderr: "fatal error: boom\n\ngoroutine 1 [running]:\n" });
  assert.equal(key.stderr, "fatal error: boom");
  assert.deepEqual(splitArgs('a "b c" d'), ["a", "b c", "d"]);
});

test("known-failures globs", () => {
  assert.ok(globToRegExp("sched/*").test("sched/mapwrites"));
  assert.ok(!globToRegExp("sched/*").test("sched/a/b"));
  assert.ok(globToRegExp("**").test("structure/twofiles"));
  assert.ok(!globToRegExp("ints/wrap").test("ints/wrap2"));
});

test("a source digest follows the program's files, not where the repository is", () => {
  const mk = (root: string, body: string) => {
    const dir = path.join(root, "area", "prog");
    fs.mkdirSync(path.join(dir, "sub"), { recursive: true });
    fs.writeFileSync(path.join(dir, "main.go"), "package main\n");
    fs.writeFileSync(path.join(dir, "sub", "x.c"), body);
    return discoverPrograms(root)[0]!;
  };
  const a = fs.mkdtempSync(path.join(os.tmpdir(), "gort-digest-"));
  const b = fs.mkdtempSync(path.join(os.tmpdir(), "gort-digest-"));
  try {
    const pa = mk(a, "int x;\n");
    assert.equal(sourceDigest(pa), sourceDigest(mk(b, "int x;\n")));
    fs.writeFileSync(path.join(b, "area", "prog", "sub", "x.c"), "int y;\n");
    assert.notEqual(sourceDigest(pa), sourceDigest(discoverPrograms(b)[0]!));
  } finally {
    fs.rmSync(a, { recursive: true, force: true });
    fs.rmSync(b, { recursive: true, force: true });
  }
});

test("gort matches the goldens of testdata/run", { timeout: 60 * 60_000 }, async () => {
  const progs = discoverPrograms();
  assert.ok(progs.length >= 60, `only ${progs.length} programs found`);
  const results = await runAll(progs, readKnownFailures());
  checkDigests(progs, results);
  if (process.env["GORT_GO_CHECK"] === "1" && goAvailable()) await checkGoldensCurrent(progs, results);
  console.log(report(results));
  const bad = problems(results);
  assert.equal(bad.length, 0, "differential problems:\n" + bad.join("\n"));
});
