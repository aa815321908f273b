// The --trace file against the Trace Event Format's rules (the "JSON Object Format" of Google's
// Trace Event Format document, which chrome://tracing and Perfetto read): field types per phase,
// matched flow pairs, slices that nest or follow on each thread; and on the article's example,
// the two writers of the map running at the failure on different P tracks.

import { test } from "node:test";
import assert from "node:assert/strict";
import { chromeTrace, compile, defaultRunOptions, run, type Program, type RunOptions } from "../api.js";
import { nodeToolchain } from "../host/node.js";
import { cgoMapExample } from "../examples/cgo-map.js";
import type { ChromeEvent } from "./chrome.js";

const tc = await nodeToolchain();

function build(text: string): Program {
  const c = compile(tc, [{ name: "./main.go", path: "/home/gopher/prog/main.go", text }], "command-line-arguments");
  if (!c.ok) throw new Error(c.stderr);
  return c.program;
}

function opts(seed: number): RunOptions {
  return { ...defaultRunOptions, seed, environ: new Map() };
}

const phases = new Set(["M", "X", "s", "f", "C", "i"]);
const metadata = new Set(["process_name", "thread_name", "process_sort_index", "thread_sort_index"]);

/** The format's rules; returns the first broken one, or "". */
export function checkTraceFormat(doc: unknown): string {
  if (typeof doc !== "object" || doc === null || !Array.isArray((doc as { traceEvents?: unknown }).traceEvents)) return "no traceEvents array";
  const d = doc as { traceEvents: ChromeEvent[]; displayTimeUnit?: string };
  if (d.displayTimeUnit !== undefined && d.displayTimeUnit !== "ms" && d.displayTimeUnit !== "ns") return "displayTimeUnit is ms or ns";
  const flows = new Map<number, { s?: number; f?: number }>();
  const slices = new Map<string, [number, number][]>();
  for (const e of d.traceEvents) {
    const where = JSON.stringify(e).slice(0, 120);
    if (!phases.has(e.ph)) return `unknown ph: ${where}`;
    if (typeof e.name !== "string" || !Number.isInteger(e.pid) || !Number.isInteger(e.tid)) return `name, pid, tid: ${where}`;
    if (e.ph === "M") {
      if (!metadata.has(e.name) || typeof e.args !== "object") return `metadata: ${where}`;
      continue;
    }
    if (typeof e.ts !== "number" || !(e.ts >= 0)) return `ts: ${where}`;
    if (e.ph === "X") {
      if (typeof e.dur !== "number" || !(e.dur >= 0)) return `dur: ${where}`;
      const k = `${e.pid}:${e.tid}`;
      (slices.get(k) ?? slices.set(k, []).get(k)!).push([e.ts, e.ts + e.dur]);
    }
    if (e.ph === "i" && !["g", "p", "t"].includes(e.s ?? "t")) return `instant scope: ${where}`;
    if (e.ph === "C" && !Object.values(e.args ?? {}).every((v) => typeof v === "number")) return `counter values: ${where}`;
    if (e.ph === "s" || e.ph === "f") {
      if (!Number.isInteger(e.id)) return `flow id: ${where}`;
      if (e.ph === "f" && e.bp !== undefined && e.bp !== "e") return `flow bp: ${where}`;
      const f = flows.get(e.id!) ?? flows.set(e.id!, {}).get(e.id!)!;
      if (f[e.ph] !== undefined) return `flow ${e.id} has two ${e.ph}`;
      f[e.ph] = e.ts;
    }
  }
  for (const [id, f] of flows) if (f.s === undefined || f.f === undefined || f.s > f.f) return `flow ${id} unmatched or backwards`;
  // On one thread, slices nest or follow each other (an overlap that does not nest breaks the
  // viewers' stacking). Times are µs with ns digits: compare in ns.
  for (const [k, list] of slices) {
    list.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
    const stack: [number, number][] = [];
    for (const s of list) {
      while (stack.length > 0 && Math.round(stack[stack.length - 1]![1] * 1000) <= Math.round(s[0] * 1000)) stack.pop();
      const top = stack[stack.length - 1];
      if (top !== undefined && Math.round(s[1] * 1000) > Math.round(top[1] * 1000)) return `thread ${k}: [${s}] overlaps [${top}]`;
      stack.push(s);
    }
  }
  return "";
}

test("the trace of many runs obeys the Trace Event Format and survives JSON", () => {
  const p = build(cgoMapExample);
  for (let seed = 1; seed <= 30; seed++) {
    const r = run(p, { ...opts(seed), trace: true });
    const doc = JSON.parse(JSON.stringify(chromeTrace(r.trace!)));
    assert.equal(checkTraceFormat(doc), "", `seed ${seed}`);
    assert.equal(doc.otherData.clock, "simulated");
  }
});

test("the article's example: at the failure, both writers run on different P tracks", () => {
  const p = build(cgoMapExample);
  let seed = 1;
  while (run(p, opts(seed)).exitCode === 0) seed++;
  const r = run(p, { ...opts(seed), trace: true });
  const doc = chromeTrace(r.trace!);
  const fail = doc.traceEvents.find((e) => e.ph === "i" && e.name === "fatal error: concurrent map writes");
  assert.ok(fail !== undefined);
  const threadName = new Map(doc.traceEvents.filter((e) => e.ph === "M" && e.name === "thread_name").map((e) => [`${e.pid}:${e.tid}`, String(e.args!["name"])]));
  const onPs = doc.traceEvents.filter((e) => e.ph === "X" && e.pid === 1 && e.ts! <= fail.ts! && fail.ts! <= e.ts! + e.dur!);
  const writers = new Map<string, string>();
  for (const e of onPs) {
    const g = /^G(\d+) main\.main\.func1$/.exec(e.name)?.[1];
    if (g !== undefined) writers.set(g, threadName.get(`${e.pid}:${e.tid}`)!);
  }
  assert.equal(writers.size, 2, JSON.stringify([...writers]));
  const ps = [...writers.values()];
  assert.ok(ps.every((n) => /^P\d+$/.test(n)) && ps[0] !== ps[1], JSON.stringify([...writers]));
  // Their write windows are on the maps' tracks too, and the wake-up and retake marks exist.
  assert.ok(doc.traceEvents.some((e) => e.ph === "X" && e.pid === 4 && / mapassign_fast64 write window$/.test(e.name)));
  assert.ok(doc.traceEvents.some((e) => e.ph === "i" && /^sysmon retakes P\d+ from G\d+'s syscall$/.test(e.name)));
});
