// bin/gort.js starts `run` on the main thread and moves it to the 1 GB stack when it needs it
// (bigstack.ts): the move must not show. The output, the exit code, what the program read and
// the files it wrote are those of a run that started on the big stack.

import { test } from "node:test";
import * as assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { OutputLedger } from "./bigstack.js";

const gortRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

test("the ledger counts what the main thread wrote and the worker drops it", () => {
  const main = new OutputLedger();
  main.pass(1, Buffer.from("hello\n"));
  main.pass(2, Buffer.from("oops\n"));
  assert.deepEqual(main.written, [6, 5]);
  const worker = new OutputLedger([...main.written]);
  assert.equal(worker.pass(1, Buffer.from("hel")).toString(), "");
  assert.equal(worker.pass(1, Buffer.from("lo\nmore\n")).toString(), "more\n");
  assert.equal(worker.pass(2, Buffer.from("oops\nagain\n")).toString(), "again\n");
});

// Reads a line, recurses deeper than the main thread's stack allows, appends to a file (a host
// effect: the move must happen before it, or the line would be appended twice), reads again.
const program = `package main

import (
	"fmt"
	"os"
)

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

func main() {
	var a, b string
	fmt.Println("first")
	fmt.Fprintln(os.Stderr, "to stderr")
	fmt.Scanln(&a)
	fmt.Println("read", a, depth(100000))
	f, err := os.OpenFile("log.txt", os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		panic(err)
	}
	fmt.Fprintln(f, "one line")
	f.Close()
	fmt.Scanln(&b)
	fmt.Println("read", b)
	os.Exit(4)
}
`;

test("a run that moves to the big stack prints, reads and writes as one that started there", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gort-bigstack-"));
  try {
    fs.writeFileSync(path.join(dir, "deep.go"), program);
    const run = (pin: string | undefined) => {
      const env = { ...process.env };
      delete env["GORT_MAIN_THREAD"];
      if (pin !== undefined) env["GORT_MAIN_THREAD"] = pin;
      fs.rmSync(path.join(dir, "log.txt"), { force: true });
      const r = spawnSync(process.execPath, [path.join(gortRoot, "bin", "gort.js"), "run", "deep.go"], { cwd: dir, env, input: "abc\ndef\n", encoding: "utf8" });
      return { status: r.status, stdout: r.stdout, stderr: r.stderr, log: fs.readFileSync(path.join(dir, "log.txt"), "utf8") };
    };
    const moved = run(undefined);
    assert.deepEqual(moved, { status: 4, stdout: "first\nread abc 100000\nread def\n", stderr: "to stderr\n", log: "one line\n" });
    assert.deepEqual(run("0"), moved);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
