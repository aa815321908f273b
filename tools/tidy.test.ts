// Tidy: mechanical checks of the house rules over the source tree.
//
// Goal: keep the simulator core deterministic and the code base readable without relying on
// review alone. Method: read every TypeScript file under src/ as text (comments stripped) and
// check:
//   1. determinism: outside src/host and src/cli, no Math.random, Date, performance.now,
//      process.hrtime, timers, async/await/Promise, WeakRef or FinalizationRegistry;
//   2. layering: the runtime model (src/runtime) never imports the front end or the compiler,
//      nor src/runtime and src/sim the trace consumers (src/trace);
//      nothing outside src/host and src/cli imports node:* modules;
//   3. every runtime file opens with a header comment.
// Tests (*.test.ts) are exempt from 1, since a test may time itself for a report.

import { test } from "node:test";
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const src = path.join(root, "src");

function files(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...files(p));
    else if (e.name.endsWith(".ts")) out.push(p);
  }
  return out.sort();
}

/** The code of a file without comments and string contents (so prose may name banned APIs). */
function code(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/\/\/.*$/gm, "")
    .replace(/"(?:[^"\\\n]|\\.)*"/g, '""')
    .replace(/'(?:[^'\\\n]|\\.)*'/g, "''");
}

const rel = (p: string): string => path.relative(root, p);
const isHost = (p: string): boolean => /src\/(host|cli)\//.test(p);
const isTest = (p: string): boolean => p.endsWith(".test.ts");

const banned: [RegExp, string][] = [
  [/\bMath\.random\b/, "Math.random"],
  [/\bnew Date\b|\bDate\.now\b/, "Date"],
  [/\bperformance\.now\b/, "performance.now"],
  [/\bprocess\.hrtime\b/, "process.hrtime"],
  [/\b(setTimeout|setInterval|setImmediate|queueMicrotask)\s*\(/, "host timers"],
  [/\basync\s+(function|\(|[A-Za-z_$][\w$]*\s*\()|\bawait\s/, "async/await"],
  [/\bnew Promise\b|\bPromise\.(all|resolve|reject|race)\b/, "Promise"],
  [/\bWeakRef\b|\bFinalizationRegistry\b/, "WeakRef"],
];

test("the simulator core is deterministic: no clocks, randomness, timers or async", () => {
  const problems: string[] = [];
  for (const f of files(src)) {
    if (isHost(f) || isTest(f)) continue;
    const c = code(fs.readFileSync(f, "utf8"));
    for (const [re, what] of banned) if (re.test(c)) problems.push(`${rel(f)}: uses ${what}`);
  }
  assert.deepEqual(problems, []);
});

test("layering: the runtime never imports the front end or compiler; only hosts import node:*", () => {
  const problems: string[] = [];
  for (const f of files(src)) {
    if (isTest(f)) continue;
    const text = fs.readFileSync(f, "utf8");
    const imports = [...text.matchAll(/^import[^;]*?from\s+"([^"]+)"/gms)].map((m) => m[1]!);
    for (const imp of imports) {
      if (imp.startsWith("node:") && !isHost(f)) problems.push(`${rel(f)}: imports ${imp}`);
      if (/src\/runtime\//.test(f) && /\.\.\/(frontend|compiler)\//.test(imp) && !imp.includes("/ast.js")) {
        problems.push(`${rel(f)}: runtime imports ${imp}`);
      }
      // The event stream's consumers (tracks, trace files, explanations) sit above the machine.
      if (/src\/(runtime|sim)\//.test(f) && /\/trace\//.test(imp)) problems.push(`${rel(f)}: imports ${imp}`);
    }
  }
  assert.deepEqual(problems, []);
});

test("every runtime model file opens with a header comment", () => {
  const missing: string[] = [];
  for (const f of files(path.join(src, "runtime"))) {
    if (isTest(f) || f.endsWith(".gen.ts")) continue;
    const first = fs.readFileSync(f, "utf8").split("\n")[0] ?? "";
    if (!first.startsWith("//")) missing.push(rel(f));
  }
  assert.deepEqual(missing, []);
});
