// The event stream (runtime/trace.ts) on real programs: recording it changes nothing the program
// or the user sees; events are in time order; every goroutine's life is bracketed and follows
// the scheduler's state machine (created, runnable, running, blocked, in a syscall, dead); no
// goroutine executes while the world is stopped for the GC; the failure is the last word.

import { test } from "node:test";
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { compile, defaultRunOptions, run, type Program, type RunOptions, type TraceEvent } from "../api.js";
import { nodeToolchain, readProgram } from "../host/node.js";
import { cgoMapExample } from "../examples/cgo-map.js";
import { repoRoot } from "../../tools/golden.js";

const tc = await nodeToolchain();

function build(text: string, race = false): Program {
  const c = compile(tc, [{ name: "./main.go", path: "/home/gopher/prog/main.go", text }], "command-line-arguments", "files", { race });
  if (!c.ok) throw new Error(c.stderr);
  return c.program;
}

function buildFile(rel: string, race = false): Program {
  const file = path.join(repoRoot(), rel);
  const l = readProgram(file, path.dirname(file));
  if (!l.ok) throw new Error(l.stderr);
  const c = compile(tc, l.files, l.pkgLabel, l.mode, { race });
  if (!c.ok) throw new Error(c.stderr);
  return c.program;
}

function opts(seed: number, env: Record<string, string> = {}): RunOptions {
  return { ...defaultRunOptions, seed, environ: new Map(Object.entries(env)) };
}

/** Programs that exercise the scheduler, syscalls, the GC, channels, locks and maps. */
function subjects(): [string, Program][] {
  const out: [string, Program][] = [["example", build(cgoMapExample)]];
  for (const rel of ["testdata/run/sched/mapwrites.go", "testdata/run/sched/selectrace.go", "testdata/determinism/mix.go", "testdata/run/time/after.go", "testdata/run/procs/gomaxprocs.go"]) {
    if (fs.existsSync(path.join(repoRoot(), rel))) out.push([rel, buildFile(rel)]);
  }
  out.push(["race counter", buildFile("testdata/race/counter.go", true)]);
  return out;
}

type State = "runnable" | "running" | "blocked" | "syscall" | "dead";

/** Check the per-goroutine state machine and the STW windows; returns a problem or "". */
function checkStream(evs: TraceEvent[]): string {
  const st = new Map<number, State>();
  let last = 0;
  let stw: number | undefined;
  // While the world is stopped no goroutine starts or operates; those running when it stopped
  // end their slice (the model charges a slice after the event that stopped the world).
  let stopping = new Set<number>();
  const starts = new Set(["GoStart", "GoCreate", "MapWrite", "Sync"]);
  const ends = new Set(["GoBlock", "GoSched", "GoPreempt", "GoEnd", "GoSysCall"]);
  for (const e of evs) {
    if (e.t < last) return `${e.ev} at ${e.t} after ${last}`;
    last = e.t;
    if (e.ev === "GCSTWStart") {
      stw = e.t;
      stopping = new Set([...st].filter(([, s]) => s === "running").map(([g]) => g));
    }
    if (e.ev === "GCSTWDone") stw = undefined;
    if (stw !== undefined && e.t > stw) {
      const g = (e as { g: number }).g;
      if (starts.has(e.ev) || (ends.has(e.ev) && !stopping.delete(g))) return `${e.ev} of G${g} at ${e.t} while the world is stopped (since ${stw})`;
    }
    const want = (g: number, from: State[], to: State): string => {
      const s = st.get(g);
      if (s === undefined || !from.includes(s)) return `G${g}: ${e.ev} at ${e.t} in state ${s ?? "unknown"}`;
      st.set(g, to);
      return "";
    };
    let bad = "";
    switch (e.ev) {
      case "GoCreate":
        if (st.has(e.g) && st.get(e.g) !== "dead") bad = `G${e.g} created twice`;
        st.set(e.g, "runnable");
        break;
      case "GoStart": bad = want(e.g, ["runnable"], "running"); break;
      case "GoBlock": bad = want(e.g, ["running"], "blocked"); break;
      case "GoSched": case "GoPreempt": bad = want(e.g, ["running"], "runnable"); break;
      case "GoSysCall": bad = want(e.g, ["running"], "syscall"); break;
      case "GoSysExit": bad = want(e.g, ["syscall"], e.p >= 0 ? "running" : "runnable"); break;
      case "GoUnblock": bad = want(e.g, ["blocked"], "runnable"); break;
      case "GoEnd": bad = want(e.g, ["running"], "dead"); break;
      case "MapWrite": case "Sync": bad = st.get(e.g) === "running" ? "" : `G${e.g}: ${e.ev} while ${st.get(e.g)}`; break;
      default: break;
    }
    if (bad !== "") return bad;
  }
  const fails = evs.filter((e) => e.ev === "Fail");
  if (fails.length > 1) return "more than one Fail";
  return "";
}

test("recording the trace changes nothing the program or the user sees", () => {
  for (const [name, p] of subjects()) {
    for (let seed = 1; seed <= 6; seed++) {
      const a = run(p, opts(seed));
      const b = run(p, { ...opts(seed), trace: true });
      assert.equal(b.stdout, a.stdout, `${name} seed ${seed}`);
      assert.equal(b.stderr, a.stderr, `${name} seed ${seed}`);
      assert.equal(b.exitCode, a.exitCode);
      assert.equal(b.simNs, a.simNs);
      assert.equal(b.steps, a.steps);
      assert.equal(a.trace, undefined);
      assert.ok(b.trace !== undefined && b.trace.events.length > 10, `${name}: a trace`);
    }
  }
});

test("the stream: time order, bracketed goroutine lives, Go's state machine, nothing runs during STW", () => {
  for (const [name, p] of subjects()) {
    for (let seed = 1; seed <= 10; seed++) {
      const r = run(p, { ...opts(seed), trace: true });
      const evs = r.trace!.events;
      assert.equal(checkStream(evs), "", `${name} seed ${seed}`);
      // Every goroutine's first event is its creation, and nothing follows its end.
      const first = new Map<number, string>();
      const ended = new Set<number>();
      for (const e of evs) {
        const g = (e as { g?: number }).g;
        if (g === undefined || e.ev === "Fail" || e.ev === "Race") continue;
        if (!first.has(g)) first.set(g, e.ev);
        assert.ok(!ended.has(g), `${name}: G${g} ${e.ev} after GoEnd`);
        if (e.ev === "GoEnd") ended.add(g);
      }
      for (const [g, ev] of first) assert.equal(ev, "GoCreate", `${name} seed ${seed}: G${g} starts with ${ev}`);
      if (r.exitCode !== 0) assert.equal(evs.filter((e) => e.ev === "Fail").length, 1, `${name}: the failure is recorded`);
    }
  }
});

test("the GC's phases: each cycle's stops bracket its mark, and the heap counters come with them", () => {
  const p = buildFile("testdata/gc/list.go");
  const r = run(p, { ...opts(1), trace: true });
  const evs = r.trace!.events;
  const starts = evs.filter((e) => e.ev === "GCStart").length;
  assert.ok(starts >= 1, "at least one cycle");
  assert.equal(evs.filter((e) => e.ev === "GCDone").length, starts);
  assert.equal(evs.filter((e) => e.ev === "GCSTWStart").length, 2 * starts, "sweep and mark termination");
  assert.equal(evs.filter((e) => e.ev === "GCSTWDone").length, 2 * starts);
  assert.ok(evs.some((e) => e.ev === "HeapGoal" && e.bytes > 0));
  assert.equal(checkStream(evs), "");
});

test("the article's example: the trace shows the C calls, sysmon's retakes and both map writers", () => {
  const p = build(cgoMapExample);
  let seed = 1;
  while (run(p, opts(seed)).exitCode === 0) seed++;
  const evs = run(p, { ...opts(seed), trace: true }).trace!.events;
  const calls = evs.filter((e): e is Extract<TraceEvent, { ev: "GoSysCall" }> => e.ev === "GoSysCall");
  assert.equal(calls.length, 2);
  assert.ok(calls.every((c) => c.name === "main._Cfunc_c_trigger"));
  assert.ok(evs.some((e) => e.ev === "Retake" && calls.some((c) => c.g === e.g)), "sysmon retook a P from a C call");
  // The failing goroutine's check found the other's window open: two writers in all.
  const mf = evs.find((e): e is Extract<TraceEvent, { ev: "MapFail" }> => e.ev === "MapFail");
  assert.ok(mf !== undefined);
  const writers = new Set(evs.filter((e) => e.ev === "MapWrite" && e.begin && e.map === mf.map).map((e) => (e as { g: number }).g));
  writers.add(mf.g);
  assert.equal(writers.size, 2);
});

test("a run without the trace records nothing", () => {
  const r = run(build(cgoMapExample), opts(1));
  assert.equal(r.trace, undefined);
  assert.deepEqual(r.events, []);
});

test("-race: every instrumented access is an event, and the reported pair is among them", () => {
  const r = run(buildFile("testdata/race/counter.go", true), { ...opts(1), trace: true });
  const evs = r.trace!.events;
  const race = evs.find((e): e is Extract<TraceEvent, { ev: "Race" }> => e.ev === "Race");
  assert.ok(race !== undefined, "a race is reported");
  const accesses = evs.filter((e): e is Extract<TraceEvent, { ev: "RaceAccess" }> => e.ev === "RaceAccess");
  assert.ok(accesses.some((a) => a.g === race.g && a.at?.line === race.at.line), "the racing access");
  assert.ok(accesses.some((a) => a.g === race.other && a.write === race.prevWrite && a.at?.line === race.prev.line), "the earlier one");
  assert.equal(checkStream(evs), "");
});
