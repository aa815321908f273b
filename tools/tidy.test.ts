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
//   3. every runtime file opens with a header comment that names the Go 1.19 file it models;
//   4. the folders import each other only as the allowed-imports matrix says, with no cycle;
//   5. every $rt.X that the compiler writes into compiled code exists in the runtime (makeRt);
//   6. the cost model is in one place: every constant of src/runtime/costs.ts is positive and
//      used, and no runtime, sim or stdlib-native file defines a cost of its own;
//   7. no conditional expression has two identical branches (`c ? x : x`), and every export of
//      src/ is named by some other file (else it is module-private or dead);
//   8. values are typed: `any` appears at most as often per folder as anyBudget says (the
//      contract is GoValue, runtime/value.ts); the budgets only go down.
// Tests (*.test.ts) are exempt from 1, since a test may time itself for a report.

import { test } from "node:test";
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { makeRt } from "../src/runtime/link.js";
import * as costs from "../src/runtime/costs.js";
import * as i64 from "../src/base/int64.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const src = path.join(root, "src");

function files(dir: string, name: RegExp = /\.ts$/): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...files(p, name));
    else if (name.test(e.name)) out.push(p);
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

/** A runtime file's header names the Go 1.19 runtime file(s) it models (proc.go, map.go...), or
 *  says why it models none. Checked against Go's own source tree when it is installed. */
test("every runtime model file's header names a Go file that Go 1.19 has, or says it models none", () => {
  const goRuntime = "/usr/share/go-1.19/src";
  const problems: string[] = [];
  for (const f of files(path.join(src, "runtime"))) {
    if (isTest(f) || f.endsWith(".gen.ts") || f.endsWith(".testutil.ts")) continue;
    const header = fs.readFileSync(f, "utf8").split("\n").filter((l) => l.startsWith("//")).slice(0, 40).join("\n");
    const named = [...header.matchAll(/(?:^|[\s(`'/])((?:[a-z0-9_]+\/)*[a-z0-9_]+\.(?:go|s|h))\b/g)].map((m) => m[1]!);
    if (named.length === 0) {
      if (!/[Mm]odels no (single |runtime )?(Go )?file/.test(header)) problems.push(`${rel(f)}: names no Go file`);
      continue;
    }
    if (!fs.existsSync(goRuntime)) continue;
    const dirs = ["", "runtime", "runtime/race", "internal", "sync", "syscall", "reflect", "os", "cmd/compile/internal"];
    const exists = (n: string): boolean => dirs.some((d) => fs.existsSync(path.join(goRuntime, d, n.replace(/^src\//, ""))));
    if (!named.some(exists)) problems.push(`${rel(f)}: names ${named.join(", ")}, none of which Go 1.19 has`);
  }
  assert.deepEqual(problems, []);
});

/** Which top-level folders of src/ a folder may import (values; `import type` is free). "api"
 *  is src/api.ts. The order is the pipeline's: a folder imports only folders before it. */
const allowedImports: Record<string, string[]> = {
  base: [],
  frontend: ["base"],
  runtime: ["base"],
  compiler: ["base", "frontend", "runtime"],
  cgo: ["base", "frontend", "runtime"],
  explore: ["base", "runtime"],
  // runtime/pprof's natives encode profiles with trace/proto.ts (trace imports only runtime).
  stdlib: ["base", "runtime", "trace"],
  sim: ["base", "runtime", "cgo", "explore"],
  trace: ["base", "runtime"],
  examples: [],
  api: ["base", "frontend", "compiler", "runtime", "cgo", "stdlib", "sim", "explore", "trace", "examples"],
  host: ["base", "frontend", "runtime", "api"],
  // The fuzz driver runs a test binary through api.ts, execution after execution.
  fuzz: ["base", "runtime", "stdlib", "explore", "api"],
  // gort debug: the run hook and the session, over runs through api.ts; the debug compile's
  // line table holds Go types, which format.ts prints as the compiler lays the values out.
  debug: ["base", "runtime", "api", "frontend", "compiler"],
  cli: ["base", "frontend", "runtime", "explore", "trace", "examples", "api", "host", "fuzz", "debug"],
};

/** The top-level folder of a file under src/ ("api" for src/api.ts). */
function folderOf(file: string): string {
  const parts = path.relative(src, file).split(path.sep);
  return parts.length === 1 ? parts[0]!.replace(/\.ts$/, "") : parts[0]!;
}

test("layering: folders import only what the allowed-imports matrix lists, and no folder cycle", () => {
  const problems: string[] = [];
  const edges = new Map<string, Set<string>>();
  for (const f of files(src)) {
    if (isTest(f) || f.endsWith(".testutil.ts")) continue;
    const from = folderOf(f);
    const allowed = allowedImports[from];
    if (allowed === undefined) {
      problems.push(`${rel(f)}: folder ${from} is not in the allowed-imports matrix`);
      continue;
    }
    const text = fs.readFileSync(f, "utf8");
    for (const m of text.matchAll(/^import\s+(type\s)?[^;]*?from\s+"(\.[^"]+)"/gms)) {
      if (m[1] !== undefined) continue;
      const to = folderOf(path.resolve(path.dirname(f), m[2]!.replace(/\.js$/, ".ts")));
      if (to === from) continue;
      if (!allowed.includes(to)) problems.push(`${rel(f)}: ${from} imports ${to} (${m[2]})`);
      if (!edges.has(from)) edges.set(from, new Set());
      edges.get(from)!.add(to);
    }
  }
  // A depth-first search over the folder graph finds any cycle, even one the matrix allowed.
  const state = new Map<string, "open" | "done">();
  const visit = (n: string, trail: string[]): void => {
    if (state.get(n) === "done") return;
    if (state.get(n) === "open") {
      problems.push(`folder cycle: ${[...trail.slice(trail.indexOf(n)), n].join(" -> ")}`);
      return;
    }
    state.set(n, "open");
    for (const m of edges.get(n) ?? []) visit(m, [...trail, n]);
    state.set(n, "done");
  };
  for (const n of edges.keys()) visit(n, []);
  assert.deepEqual(problems, []);
});

/** The playground's page and worker (web/src) stand where the CLI does, on api.ts and the few
 *  host-neutral modules the CLI also takes directly; of the host folder, only the in-memory file
 *  system, and nothing of Node's. */
const webAllowed = ["api", "base", "explore", "examples", "host/memfs.ts"];

test("layering: the playground (web/src) imports api.ts and host-neutral modules, never Node's", () => {
  const problems: string[] = [];
  const webSrc = path.join(root, "web", "src");
  for (const f of files(webSrc)) {
    const text = fs.readFileSync(f, "utf8");
    for (const m of text.matchAll(/^import\s+(type\s)?[^;]*?from\s+"([^"]+)"/gms)) {
      const spec = m[2]!;
      if (spec.startsWith("node:")) problems.push(`${rel(f)}: imports ${spec}`);
      // Go programs are data (the examples menu's, some from testdata/).
      if (!spec.startsWith(".") || spec.endsWith(".go?raw")) continue;
      const target = path.resolve(path.dirname(f), spec.replace(/\.js$/, ".ts"));
      if (target.startsWith(webSrc + path.sep) || target.startsWith(path.join(root, "web") + path.sep)) continue;
      const under = path.relative(src, target);
      const ok = webAllowed.some((a) => under === a || under.startsWith(a + path.sep) || folderOf(target) === a);
      if (under.startsWith("..") || !ok) problems.push(`${rel(f)}: imports ${spec}`);
    }
  }
  assert.deepEqual(problems, []);
});

test("every $rt.X the compiler writes exists in the runtime", () => {
  const have = new Set(Object.keys(makeRt({})));
  // Names the compiler forms from parts, which the scan below cannot see.
  const formed = ["cadd", "csub", "cmul", "cdiv", "assertI", "assertE", "assertI2", "assertE2"];
  const missing: string[] = [];
  for (const n of formed) if (!have.has(n)) missing.push(`${n} (formed)`);
  for (const f of files(path.join(src, "compiler"))) {
    if (isTest(f)) continue;
    for (const m of fs.readFileSync(f, "utf8").matchAll(/\$rt\.([A-Za-z_][\w$]*)/g)) {
      if (!have.has(m[1]!)) missing.push(`${rel(f)}: $rt.${m[1]}`);
    }
  }
  assert.deepEqual([...new Set(missing)], []);
});

test("every $i.X the compiler writes exists in base/int64.ts, with its U variant where formed", () => {
  const have = new Set(Object.keys(i64));
  const missing: string[] = [];
  for (const f of files(path.join(src, "compiler"))) {
    if (isTest(f)) continue;
    const text = fs.readFileSync(f, "utf8");
    for (const m of text.matchAll(/\$i\.([A-Za-z_][\w]*)(\$\{u\})?/g)) {
      // `$i.add${u}`: the signed name and its unsigned variant (u is "" or "U").
      for (const n of m[2] !== undefined ? [m[1]!, m[1]! + "U"] : [m[1]!]) if (!have.has(n)) missing.push(`${rel(f)}: $i.${n}`);
    }
  }
  assert.deepEqual([...new Set(missing)], []);
});

/** Go runtime functions a reader greps for, each modelled by a function or method of the same
 *  name in src/runtime or src/sim (issue 20). The list only grows. */
const goNames = [
  // proc.go
  "newproc", "schedule", "findRunnable", "gopark", "goready", "runqput", "runqget", "runqsteal",
  "globrunqput", "globrunqget", "wakep", "startm", "acquirep", "handoffp", "sysmon", "retake",
  "entersyscall", "exitsyscall", "procresize", "checkdead", "preemptone", "addtimer", "deltimer",
  // map.go, chan.go, select.go, sema.go
  "makemap", "mapaccess1", "mapaccess2", "mapassign", "mapdelete", "mapiterinit", "mapiternext",
  "makechan", "chansend", "chanrecv1", "chanrecv2", "closechan", "selectgo",
  "semacquire1", "semrelease1", "notifyListWait", "notifyListNotifyAll",
  // malloc.go, mcache.go, mgc.go, mgcmark.go, mbarrier.go, slice.go, panic.go, cgocall.go
  "mallocgc", "newobject", "nextFreeFast", "refill", "gcStart", "gcMarkDone", "gcAssistAlloc",
  "findRunnableGCWorker", "bgsweep", "sweepone", "scanobject", "typedmemmove", "typedslicecopy",
  "makeslice", "growslice", "concatstrings", "gopanic", "gorecover", "cgocall",
];

test("Go's runtime names: each is a function or method in src/runtime or src/sim", () => {
  const text = [path.join(src, "runtime"), path.join(src, "sim")]
    .flatMap((d) => files(d))
    .filter((f) => !isTest(f))
    .map((f) => code(fs.readFileSync(f, "utf8")))
    .join("\n");
  const missing = goNames.filter((n) => !new RegExp(`(?:function\\*? |^\\s+(?:private |static )?\\*?)${n}\\s*[(<]`, "m").test(text));
  assert.deepEqual(missing, []);
});

test("costs: every constant of src/runtime/costs.ts is positive and used outside it", () => {
  const costsFile = path.join(src, "runtime", "costs.ts");
  const others = files(src)
    .filter((f) => f !== costsFile && !isTest(f))
    .map((f) => code(fs.readFileSync(f, "utf8")))
    .join("\n");
  const problems: string[] = [];
  for (const [name, v] of Object.entries(costs)) {
    const values = Array.isArray(v) ? (v as readonly unknown[]) : [v];
    const ok = values.every((x) => typeof x === "number" && Number.isFinite(x) && x >= 0) &&
      (Array.isArray(v) ? values.some((x) => (x as number) > 0) : (v as number) > 0);
    if (!ok) problems.push(`${name}: not a positive number (${String(v)})`);
    if (!new RegExp(`\\b${name}\\b`).test(others)) problems.push(`${name}: used nowhere outside costs.ts`);
  }
  assert.deepEqual(problems, []);
});

/** Durations that are Go's own constants, not costs of the model, and the garbage collector's
 *  timing (mgc.ts, mgcpacer.ts: calibrated by tools/gccompare.ts). */
const notCosts = new Set(["src/stdlib/native/sync.ts:starvationThresholdNs"]);
const gcTiming = /src\/runtime\/(mgc|mgcpacer)\.ts$/;

test("costs: no runtime, sim or stdlib-native file defines a cost of its own (const xxxNs = N)", () => {
  const problems: string[] = [];
  const dirs = ["runtime", "sim", path.join("stdlib", "native")].map((d) => path.join(src, d));
  for (const f of dirs.flatMap((d) => files(d))) {
    if (isTest(f) || f.endsWith(path.join("runtime", "costs.ts")) || gcTiming.test(f)) continue;
    const c = code(fs.readFileSync(f, "utf8"));
    for (const m of c.matchAll(/\bconst\s+([A-Za-z_$][\w$]*(?:Ns|NsPer\w+|PerNs))\s*=\s*[\d_.e]+\s*;/g)) {
      if (!notCosts.has(`${rel(f)}:${m[1]}`)) problems.push(`${rel(f)}: ${m[1]} (move it to src/runtime/costs.ts)`);
    }
    if (/S\.cost\s*\+=\s*\d/.test(c)) problems.push(`${rel(f)}: S.cost += a number literal (name it in costs.ts)`);
  }
  assert.deepEqual(problems, []);
});

test("a method the runtime makes is plain: no runtime or native file calls addMethod itself", () => {
  // compiler/ifacecalls.ts takes every method it does not see to be plain, and compiled
  // interface calls then call its plain entry: addPlainMethod makes one.
  const problems: string[] = [];
  for (const f of [path.join(src, "runtime"), path.join(src, "stdlib", "native")].flatMap((d) => files(d))) {
    if (isTest(f) || f.endsWith(path.join("runtime", "rtypes.ts"))) continue;
    if (/\baddMethod\s*\(/.test(code(fs.readFileSync(f, "utf8")))) problems.push(rel(f));
  }
  assert.deepEqual(problems, []);
});

/** How many uses of `any` as a type each folder of src/ may have (tests excepted): the rest go
 *  through GoValue (runtime/value.ts). Lower a budget when a change removes some; never raise
 *  one without a comment at the use saying why the value cannot be typed. */
const anyBudget: Record<string, number> = { compiler: 24, runtime: 171, stdlib: 96 };

test("typed values: each folder uses `any` within its budget", () => {
  const count = new Map<string, number>();
  for (const f of files(src)) {
    if (isTest(f) || f.endsWith("testutil.ts")) continue;
    const n = (code(fs.readFileSync(f, "utf8")).match(/:\s*any\b|<any>|\bas any\b|\bany\[\]|,\s*any>|\(any\)/g) ?? []).length;
    if (n > 0) count.set(folderOf(f), (count.get(folderOf(f)) ?? 0) + n);
  }
  for (const [folder, n] of count) {
    assert.ok(n <= (anyBudget[folder] ?? 0), `src/${folder} uses any ${n} times; its budget is ${anyBudget[folder] ?? 0}`);
  }
});

test("no conditional expression has two identical branches", () => {
  const found: string[] = [];
  for (const f of files(src)) {
    // Comments stripped, strings kept (two different string literals are different branches).
    const lines = fs.readFileSync(f, "utf8").replace(/^\s*\/\/.*$/gm, "").split("\n");
    lines.forEach((l, i) => {
      if (/[^?]\? ([^:?"'`]{1,60}|"[^"]*"|'[^']*') : \1[;),]/.test(l)) found.push(`${rel(f)}:${i + 1}: ${l.trim()}`);
    });
  }
  assert.deepEqual(found, []);
});

test("every export of src/ is named by another file (src, tools, bench, web/src, bin)", () => {
  const all = ["src", "tools", "bench", path.join("web", "src"), "bin"]
    .map((d) => path.join(root, d))
    .flatMap((d) => (fs.existsSync(d) ? files(d, /\.(ts|js|cjs|mjs)$/) : []));
  // In how many files each identifier appears.
  const filesWith = new Map<string, number>();
  for (const f of all) for (const w of new Set(fs.readFileSync(f, "utf8").match(/[A-Za-z_$][\w$]*/g) ?? [])) filesWith.set(w, (filesWith.get(w) ?? 0) + 1);
  const unused: string[] = [];
  for (const f of files(src)) {
    if (isTest(f)) continue;
    for (const m of fs.readFileSync(f, "utf8").matchAll(/^export (?:function\*?|const|let|class|interface|type|enum|const enum|abstract class) ([A-Za-z_$][\w$]*)/gm)) {
      const name = m[1]!;
      // The compiler forms base/int64.ts's unsigned names from the signed ones ($i.add${u}).
      const formed = f.endsWith(path.join("base", "int64.ts")) && name.endsWith("U") && (filesWith.get(name.slice(0, -1)) ?? 0) >= 2;
      if ((filesWith.get(name) ?? 0) < 2 && !formed) unused.push(`${rel(f)}: ${name}`);
    }
  }
  assert.deepEqual(unused, []);
});
