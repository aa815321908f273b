// Deeply nested programs: they compile and run as Go runs them, and the generated text stays
// linear in the program's size (indentation stops growing; a nested literal's text is not
// repeated). Sizes are moderate so that the test stays fast; tools measure the large ones.

import { test } from "node:test";
import assert from "node:assert/strict";
import { Worker } from "node:worker_threads";
import { maxLoopNesting } from "./loops.js";

/** Compiles and runs main's body on a worker with a 1 GB stack, as bin/gort.js runs gort (the
 *  test runner's own stack is too small for deep nesting). */
function build(body: string): Promise<{ js: string; stdout: string; stderr: string }> {
  const text = `package main\n\nimport "fmt"\n\nfunc main() {\n${body}}\n`;
  const api = new URL("../api.js", import.meta.url).href;
  const host = new URL("../host/node.js", import.meta.url).href;
  const src = `
    const { parentPort, workerData } = require("node:worker_threads");
    (async () => {
      const { compile, defaultRunOptions, run } = await import(${JSON.stringify(api)});
      const { nodeToolchain } = await import(${JSON.stringify(host)});
      const c = compile(await nodeToolchain(), [{ name: "./main.go", path: "/home/gopher/main.go", text: workerData }], "command-line-arguments");
      if (!c.ok) return parentPort.postMessage({ js: "", stdout: "", stderr: c.stderr });
      const r = run(c.program, { ...defaultRunOptions, seed: 1 });
      parentPort.postMessage({ js: c.program.compiled.js, stdout: r.stdout, stderr: r.stderr });
    })();`;
  return new Promise((resolve, reject) => {
    const w = new Worker(src, { eval: true, workerData: text, resourceLimits: { stackSizeMb: 1024 } });
    w.once("message", (m) => {
      resolve(m);
      void w.terminate();
    });
    w.once("error", reject);
  });
}

function maxIndent(js: string): number {
  let max = 0;
  for (const line of js.split("\n")) max = Math.max(max, line.length - line.trimStart().length);
  return max;
}

test("1000 nested ifs: output, and indentation that stops growing", async () => {
  const n = 1000;
  const { js, stdout } = await build("\tx := 1\n" + "if x > 0 {\n".repeat(n) + "x++\n" + "}\n".repeat(n) + "\tfmt.Println(x)\n");
  assert.equal(stdout, "2\n");
  assert.ok(maxIndent(js) <= 100, `indentation ${maxIndent(js)}`);
  assert.ok(!js.includes("if ((x > 0))"), "redundant parentheses around a condition");
});

test("500 nested function literals: the text holds each body once", async () => {
  const n = 500;
  const { js, stdout } = await build("\tx := 0\n\t" + "func() {\n".repeat(n) + "x++\n" + "}()\n".repeat(n) + "\tfmt.Println(x)\n");
  assert.equal(stdout, "1\n");
  assert.ok(js.length < 400 * n + 2_000_000, `text of ${js.length} characters`);
});

test("20000 nested parentheses and a 5000-term sum", async () => {
  const { stdout } = await build("\tx := " + "(".repeat(20000) + "1" + ")".repeat(20000) + "\n\ty := x" + "+1".repeat(5000) + "\n\tfmt.Println(x, y)\n");
  assert.equal(stdout, "1 5001\n");
});

test("loops nested beyond gort's limit end as a named limit at the first loop past it", async () => {
  const deep = (n: number): string => "\tn := 0\n" + "for i := 0; i < 1; i++ {\n".repeat(n) + "n++\n" + "}\n".repeat(n) + "\tfmt.Println(n)\n";
  const ok = await build(deep(maxLoopNesting));
  assert.equal(ok.stdout, "1\n");
  const over = await build(deep(maxLoopNesting + 1));
  // Line 7 holds the first loop; the one past the limit is maxLoopNesting lines below it.
  assert.equal(over.stderr, `# command-line-arguments\n./main.go:${7 + maxLoopNesting}:1: gort: loops nested more than ${maxLoopNesting} deep in one function are beyond gort's limit\n`);
});
