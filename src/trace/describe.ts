// One event of the stream (runtime/trace.ts) as one line of plain language: the text timeline
// (`--timeline -`) prints them, and the explanation's stories (explain.ts) pick those of the
// goroutines involved.

import type { Site, TraceData, TraceEvent } from "../runtime/trace.js";
import { baseName, objLabel, shortFn, siteText } from "./tracks.js";

/** " at main.go:12", or "" when the site is unknown. */
export function atSite(s: Site | null): string {
  return s === null ? "" : ` at ${baseName(s.file)}:${s.line}`;
}

/** Simulated time as the stories print it: milliseconds with nanosecond digits. */
export function ms(t: number): string {
  return `${(t / 1e6).toFixed(6)}ms`;
}

/** "main._Cfunc_sleep" → "C.sleep"; other names as they are. */
function cName(n: string): string {
  const m = /_Cfunc_(.*)$/.exec(n);
  return m ? `C.${m[1]}` : n;
}

/** The goroutine an event is about (Retake: the one whose syscall lost its P), or 0. */
export function eventG(e: TraceEvent): number {
  const g = (e as { g?: number }).g;
  return g ?? 0;
}

/** The event in one line. */
export function describeEvent(d: TraceData, e: TraceEvent): string {
  const obj = (id: number): string => (id !== 0 ? ` on ${objLabel(d, id)}` : "");
  switch (e.ev) {
    case "ProcStart": return `P${e.p} starts running on M${e.m}`;
    case "ProcStop": return `P${e.p} goes idle`;
    case "Gomaxprocs": return `GOMAXPROCS is now ${e.n} (the world stopped for it)`;
    case "GoCreate": return `goroutine ${e.g} (${e.fn}) created${e.parent !== 0 ? ` by goroutine ${e.parent}` : ""}${atSite(e.at)}`;
    case "GoStart": return `goroutine ${e.g} runs on P${e.p} (M${e.m})`;
    case "GoEnd": return `goroutine ${e.g} ends`;
    case "GoSched": return `goroutine ${e.g} yields (runtime.Gosched)`;
    case "GoPreempt": return `goroutine ${e.g} is preempted`;
    case "GoBlock": return `goroutine ${e.g} blocks (${e.reason}${obj(e.obj)})${atSite(e.at)}`;
    case "GoUnblock": return `goroutine ${e.g} is woken${e.by !== 0 ? ` by goroutine ${e.by}` : ""}${obj(e.obj)}`;
    case "GoSysCall": return `goroutine ${e.g} calls ${cName(e.name)}: its M${e.m} leaves P${e.p} in _Psyscall while the call runs`;
    case "GoSysExit":
      if (e.p < 0) return `goroutine ${e.g} returns from its call, finds no idle P and waits on the global run queue`;
      return e.fast ? `goroutine ${e.g} returns from its call and takes its P${e.p} back`
        : `goroutine ${e.g} returns from its call; its P was retaken, so it takes idle P${e.p}`;
    case "Retake": return `sysmon retakes P${e.p}${e.g !== 0 ? ` from goroutine ${e.g}'s call` : ""}`;
    case "HandoffP": return `handoffp: P${e.p} ${e.to === "idle" ? "goes idle" : e.to === "spinning" ? "gets a spinning M" : "gets an M for its work"}`;
    case "Steal": return `P${e.p} steals goroutine ${e.g} from P${e.from}`;
    case "TimerFire": return `a timer fires on P${e.p}`;
    case "GCStart": return `GC cycle ${e.n} starts`;
    case "GCSTWStart": return `the world stops (${e.kind})`;
    case "GCSTWDone": return "the world starts again";
    case "GCDone": return "the GC cycle ends";
    case "GCSweepStart": return "the background sweeper starts";
    case "GCSweepDone": return "every span is swept";
    case "GCMarkAssistStart": return `goroutine ${e.g} assists the GC`;
    case "GCMarkAssistDone": return `goroutine ${e.g} ends its assist`;
    case "HeapAlloc": return `heap: ${e.bytes} bytes live`;
    case "HeapGoal": return `heap goal: ${e.bytes} bytes`;
    case "MapWrite":
      return e.begin ? `goroutine ${e.g} enters ${shortFn(e.fn)}${atSite(e.at)}: sets hashWriting on ${objLabel(d, e.map)}`
        : `goroutine ${e.g} leaves ${shortFn(e.fn)}: clears hashWriting on ${objLabel(d, e.map)}`;
    case "MapFail": return `goroutine ${e.g} checks hashWriting in ${shortFn(e.fn)} on ${objLabel(d, e.map)}: another write is under way`;
    case "Sync":
      // A Wait that found the counter at 0 (before any Add) returns at once.
      if (e.op === "pass") return `goroutine ${e.g} calls Wait on ${objLabel(d, e.obj)}${atSite(e.at)}, whose counter is 0: it returns at once`;
      return `goroutine ${e.g} ${syncVerb(e.op)} ${objLabel(d, e.obj)}${atSite(e.at)}`;
    case "RaceAccess": return `goroutine ${e.g} ${e.write ? "writes" : "reads"} ${accessed(d, e.obj, e.key)}${atSite(e.at)}`;
    case "Race": return `data race: goroutine ${e.g} at ${siteText(e.at)} and goroutine ${e.other} at ${siteText(e.prev)}`;
    case "WhatIf": return whatIfLine(e);
    case "Fail": return `${e.text}${e.g !== 0 ? ` (goroutine ${e.g}${atSite(e.at)})` : ""}`;
  }
}

/** A Sync event's verb: "sends", "locks", "adds to", "calls Done on"... */
function syncVerb(op: string): string {
  switch (op) {
    case "add": return "adds to";
    case "done": return "calls Done on";
    default: return `${op}s`;
  }
}

/** What an instrumented access touched: a package variable (the globals' key pkg$name), an
 *  element (a numeric key) or a field of an object. */
function accessed(d: TraceData, obj: number, key: string): string {
  const pv = /^(.+)\$([^$]+)$/.exec(key);
  if (pv !== null) return `${pv[1]!.replace(/_/g, "/")}.${pv[2]}`;
  return /^[0-9]+$/.test(key) ? `${objLabel(d, obj)}[${key}]` : `${objLabel(d, obj)}.${key}`;
}

/** A what-if step (runtime/whatif.ts) in one line. */
function whatIfLine(e: Extract<TraceEvent, { ev: "WhatIf" }>): string {
  const a = `0x${e.addr.toString(16)}`;
  switch (e.step) {
    case "keep": return `what-if: goroutine ${e.g}'s M${e.m} enters C and keeps P${e.owner}'s mcache`;
    case "stale": return `what-if: M${e.m} allocates on P${e.p} from the mcache it kept, P${e.owner}'s (goroutine ${e.g})`;
    case "double": return `what-if: goroutine ${e.g} on P${e.p} gets slot ${a} from P${e.owner}'s mcache, which goroutine ${e.other} on P${e.otherP} got at the same time from the same span`;
    case "corrupt": return `what-if: goroutine ${e.g} uses a map whose memory at ${a} is also goroutine ${e.other}'s object`;
  }
}
