// `--explain`: a short account, in plain language, of why a run failed, built from its event
// stream (runtime/trace.ts) and its happens-before clocks, not from templates keyed on programs.
//
// What it explains, by what the run ended with:
//   - concurrent map misuse (the map's checks threw): the two goroutines and their operations
//     (function, file:line, the runtime function such as mapassign_fast64), whether anything
//     ordered them (the happens-before clocks: the failing goroutine's clock against the other's
//     epoch when it opened its write window), and the scheduling events that made them overlap:
//     C calls and syscalls, sysmon's retakes, which P each goroutine ran on;
//   - data races (-race): each reported pair of accesses, unordered by happens-before;
//   - deadlocks and goroutines blocked forever: the chain of waits, who waits for whom and on
//     which channel or mutex, and a cycle of waits when there is one (a lock-order inversion);
//   - panics: the value, where, and the goroutine's path (who created it, where it ran);
//   - a what-if model's steps (`--model stale-mcache`, runtime/whatif.ts): each step that
//     happened, in order, with the Go 1.19 invariant that rules it out, and the steps that did
//     not happen in the run and why; this comes first, with or without a failure;
// then a remedy line only where one is certain, and what is not a remedy.
//
// Terms: a story is the recent events of the goroutines involved, one line each, newest last.

import type { Site, TraceData, TraceEvent } from "../runtime/trace.js";
import { objLabel, shortFn, siteText } from "./tracks.js";
import { atSite as at, describeEvent, eventG, ms } from "./describe.js";
import { stepInvariant, type WhatIfStep } from "../runtime/whatif.js";

type WhatIf = Extract<TraceEvent, { ev: "WhatIf" }>;

/** What the explanation needs of the run besides its trace. */
interface RunEnding {
  exitCode: number;
  outcome: string;
  /** RunResult.leaks: goroutines reported blocked forever. */
  leaks: string[];
}

/** The most lines a story of scheduling events has. */
const storyLines = 14;

/** The explanation of a run's ending ("" when it ended normally and nothing raced). */
export function explain(d: TraceData, r: RunEnding): string {
  const x = new Explainer(d);
  const out: string[] = [];
  const races = d.events.filter((e): e is Extract<TraceEvent, { ev: "Race" }> => e.ev === "Race");
  const mapFail = d.events.find((e): e is Extract<TraceEvent, { ev: "MapFail" }> => e.ev === "MapFail");
  const fail = d.events.find((e): e is Extract<TraceEvent, { ev: "Fail" }> => e.ev === "Fail");
  const whatIf = d.events.filter((e): e is WhatIf => e.ev === "WhatIf");
  if (whatIf.length > 0) out.push(...x.whatIf(whatIf, fail));
  if (mapFail !== undefined) out.push(...x.mapMisuse(mapFail, fail));
  for (const e of races) out.push(...x.race(e));
  if (mapFail === undefined) {
    if (/deadlock|test timed out/.test(r.outcome) || r.leaks.length > 0) out.push(...x.waits(r.outcome));
    else if (r.outcome.startsWith("panic:") && fail !== undefined) out.push(...x.panic(fail));
  }
  if (out.length === 0 || (whatIf.length > 0 && fail !== undefined && !whatIf.some((e) => e.step === "corrupt") && mapFail === undefined && races.length === 0)) {
    if (r.exitCode === 0) return "";
    out.push(`The run ended with ${r.outcome}; its events show no concurrency failure to explain.`);
  }
  if (d.dropped > 0) out.push(`(The trace dropped ${d.dropped} events past its limit: the account may miss the latest ones.)`);
  return "explanation:\n" + out.map((l) => (l === "" ? "" : "  " + l)).join("\n") + "\n";
}

class Explainer {
  readonly names: Map<number, string>;
  constructor(readonly d: TraceData) {
    this.names = new Map(d.names);
  }

  private g(id: number): string {
    return `goroutine ${id} (${this.names.get(id) ?? "?"})`;
  }

  // ---- maps --------------------------------------------------------------------------------------

  mapMisuse(mf: Extract<TraceEvent, { ev: "MapFail" }>, fail: Extract<TraceEvent, { ev: "Fail" }> | undefined): string[] {
    const evs = this.d.events;
    const upto = evs.indexOf(mf);
    // The write windows still open on this map when the check threw, by goroutine.
    const open = new Map<number, Extract<TraceEvent, { ev: "MapWrite" }>>();
    for (let i = 0; i < upto; i++) {
      const e = evs[i]!;
      if (e.ev !== "MapWrite" || e.map !== mf.map) continue;
      if (e.begin) open.set(e.g, e);
      else open.delete(e.g);
    }
    const own = open.get(mf.g);
    open.delete(mf.g);
    const other = [...open.values()].pop();
    const what = fail?.text ?? "fatal error";
    const mapName = objLabel(this.d, mf.map);
    const out: string[] = [`${what}:`];
    const where = fail?.at ?? null;
    out.push(`${this.g(mf.g)} ran ${shortFn(mf.fn)} on ${mapName}${at(where)}${own !== undefined ? ` (its own write window open since ${ms(own.t)})` : ""},`);
    if (other === undefined) {
      out.push("and found the map's hashWriting flag in a state only another writer leaves it in; the");
      out.push("other writer's window had already closed when the check ran.");
      return out;
    }
    const os = other.at;
    out.push(`while ${this.g(other.g)} was inside its own write to the same map: it set hashWriting in`);
    out.push(`${shortFn(other.fn)}${at(os)} at ${ms(other.t)} and had not cleared it.`);
    const pa = this.pAt(mf.g, upto);
    const pb = this.pAt(other.g, upto);
    if (pa !== undefined && pb !== undefined && pa !== pb) {
      out.push(`The two goroutines ran at the same time on different Ps: goroutine ${mf.g} on P${pa}, goroutine ${other.g} on P${pb}.`);
    }
    // What the failing goroutine was doing: "map read and map write", "map iteration and map
    // write", or two writes.
    const pair = /read and map write/.test(what) ? "the read and the write" : /iteration and map write/.test(what) ? "the iteration and the write" : "the two writes";
    out.push(...this.ordered(other, fail, pair));
    out.push("", "How they came to overlap (simulated time):");
    out.push(...this.story([mf.g, other.g], upto));
    out.push("");
    out.push("Remedy: make the accesses exclusive: hold one sync.Mutex (or a sync.RWMutex, reading under");
    out.push("RLock) around every access to the map, or give the map to one goroutine and send it the updates.");
    out.push("Not a remedy: GOMAXPROCS=1. With one P the two cannot overlap, so this crash goes away,");
    out.push("but they stay unsynchronized: -race still reports them, and any second P brings the crash back.");
    return out;
  }

  /** Whether the happens-before clocks order the other goroutine's write before the failing one. */
  private ordered(other: Extract<TraceEvent, { ev: "MapWrite" }>, fail: Extract<TraceEvent, { ev: "Fail" }> | undefined, pair: string): string[] {
    if (fail === undefined || fail.vc === null || other.tid < 0) {
      return ["No happens-before clocks cover the earlier write (it ran before any goroutine was started)."];
    }
    const seen = fail.vc[other.tid] ?? 0;
    if (seen >= other.clk) {
      return [`A happens-before path does lead from goroutine ${other.g}'s write to goroutine ${fail.g}'s, yet the`,
        "window was still open: the model broke an invariant; please report this run."];
    }
    return [`Nothing ordered ${pair}: no happens-before path leads from goroutine ${other.g}'s write to`,
      `goroutine ${fail.g}'s operation (no channel operation, lock, WaitGroup or other synchronization between them).`];
  }

  /** The P goroutine g was on at event index upto. */
  private pAt(g: number, upto: number): number | undefined {
    let p: number | undefined;
    for (let i = 0; i < upto; i++) {
      const e = this.d.events[i]!;
      if (e.ev === "GoStart" && e.g === g) p = e.p;
      else if (e.ev === "GoSysExit" && e.g === g) p = e.p >= 0 ? e.p : undefined;
      else if ((e.ev === "GoSysCall" || e.ev === "GoBlock" || e.ev === "GoEnd") && e.g === g) p = undefined;
    }
    return p;
  }

  /** The scheduling events of goroutines gs up to event index upto, one line each, the last
   *  storyLines of them; sysmon's retake of a P from their syscalls included. */
  private story(gs: number[], upto: number): string[] {
    const set = new Set(gs);
    // A map the standard library writes in its own code (a package's init tables) is not the
    // program's story.
    const std = (e: TraceEvent): boolean => e.ev === "MapWrite" && e.at !== null && e.at.file.startsWith(goroot);
    const evs = this.d.events.slice(0, upto + 1).filter((e) => set.has(eventG(e)) && e.ev !== "Fail" && !std(e));
    const lines: string[] = [];
    // A write window that opened and closed with nothing of these goroutines between is one
    // line, and a run of such lines alike is one line with a count.
    let prev = "";
    let repeats = 0;
    const flush = (): void => {
      if (repeats > 0) lines.push(`${"".padStart(16)}  (and ${repeats} more such write${repeats > 1 ? "s" : ""})`);
      repeats = 0;
    };
    for (let i = 0; i < evs.length; i++) {
      const e = evs[i]!;
      const n = evs[i + 1];
      if (e.ev === "MapWrite" && e.begin && n?.ev === "MapWrite" && !n.begin && n.g === e.g && n.map === e.map) {
        const what = `goroutine ${e.g} writes ${objLabel(this.d, e.map)} in ${shortFn(e.fn)}${at(e.at)}`;
        i++;
        if (what === prev) {
          repeats++;
          continue;
        }
        flush();
        prev = what;
        lines.push(`${ms(e.t).padStart(16)}  ${what} (hashWriting set, then cleared)`);
        continue;
      }
      flush();
      prev = "";
      lines.push(`${ms(e.t).padStart(16)}  ${describeEvent(this.d, e)}`);
    }
    flush();
    const cut = lines.length - storyLines;
    return cut > 0 ? [`${"".padStart(16)}  (${cut} earlier events)`, ...lines.slice(cut)] : lines;
  }

  // ---- what-if models ------------------------------------------------------------------------------

  /** The stale-mcache what-if's steps (whatif.ts): those that happened, the ones that lead to
   *  the failure first, each with the invariant of Go 1.19 that rules it out. */
  whatIf(evs: WhatIf[], fail: Extract<TraceEvent, { ev: "Fail" }> | undefined): string[] {
    // The first event of a step that satisfies the earliest of the predicates it can.
    const first = (step: WhatIfStep, ...preds: ((e: WhatIf) => boolean)[]): WhatIf | undefined => {
      for (const pred of [...preds, () => true]) {
        const e = evs.find((x) => x.step === step && pred(x));
        if (e !== undefined) return e;
      }
      return undefined;
    };
    const count = (step: WhatIfStep): number => evs.filter((e) => e.step === step).length;
    const c = first("corrupt");
    const d = first("double", (e) => c !== undefined && e.addr === c.addr);
    // The M that allocated from the double's mcache on one of the double's two Ps.
    const onDouble = (e: WhatIf): boolean => d !== undefined && e.owner === d.owner && (e.p === d.p || e.p === d.otherP);
    const s = first("stale", (e) => onDouble(e) && e.m === d!.m, onDouble, (e) => d !== undefined && e.owner === d.owner);
    const k = first("keep", (e) => s !== undefined && e.m === s.m);
    const more = (step: WhatIfStep): string => (count(step) > 1 ? ` (${count(step)} times in the run; this one leads on)` : "");
    const hex = (a: number): string => `0x${a.toString(16)}`;
    const out: string[] = [
      "This run used the what-if model stale-mcache (--model stale-mcache): the seed article's claim that",
      "after a blocking cgo call the M keeps the mcache it had. That is not Go 1.19, where each step below",
      "is ruled out by an invariant of the runtime.",
    ];
    const step = (n: number, name: WhatIfStep, what: string[]): void => {
      out.push(`${n}. ${name}${more(name)}: ${what[0]}`, ...what.slice(1).map((l) => `   ${l}`), `   Go 1.19: ${stepInvariant[name]}.`);
    };
    if (k !== undefined) {
      step(1, "keep", [`at ${ms(k.t)}, ${this.g(k.g)} called into C on P${k.owner}; its M${k.m} kept P${k.owner}'s mcache.`]);
    } else out.push("1. keep: no goroutine's M entered C, so no M kept an mcache and nothing below could happen.");
    if (s !== undefined) {
      // Who else allocates from that mcache: another M that kept it too (the double's other P),
      // or its own P, run by another M since sysmon handed it off.
      const otherP = d === undefined ? -1 : d.p === s.p ? d.otherP : d.p;
      const s2 = evs.find((e) => e.step === "stale" && e !== s && e.owner === s.owner && e.p === otherP);
      const too = s2 !== undefined
        ? `at ${ms(s2.t)}, M${s2.m} on P${s2.p} did the same with that mcache (for ${this.g(s2.g)}): two Ps allocate from its spans.`
        : otherP === s.owner
          ? `P${s.owner} itself, run by another M since sysmon handed it off, allocates from it too: two Ps allocate from its spans.`
          : `whenever P${s.owner} runs goroutines too, two Ps allocate from its spans.`;
      step(2, "stale", [`at ${ms(s.t)}, M${s.m}, back from C and running on P${s.p}, allocated from P${s.owner}'s mcache`,
        `(for ${s.g !== 0 ? this.g(s.g) : "the runtime"}) instead of P${s.p}'s own; ${too}`]);
    } else if (k !== undefined) {
      out.push("2. stale: did not happen: every M that kept an mcache got that P back (or allocated nothing after",
        "   the call), so the kept mcache was still its own P's and no second P allocated from it.");
    }
    if (d !== undefined) {
      step(3, "double", [`at ${ms(d.t)}, ${this.g(d.g)} on P${d.p} got the slot at ${hex(d.addr)} from P${d.owner}'s mcache, which`,
        `${this.g(d.other)} on P${d.otherP} had got from the same span at the same time (both read the span's freeindex before either wrote it back):`,
        "one slot handed out twice, two live objects at one address."]);
    } else if (s !== undefined) {
      out.push("3. double: did not happen: no two Ps allocated from one span of the kept mcache at the same time",
        "   (within the few nanoseconds of nextFreeFast), so no slot was handed out twice.");
    }
    if (c !== undefined) {
      step(4, "corrupt", [`at ${ms(c.t)}, ${this.g(c.g)} used a map whose memory at ${hex(c.addr)} is also ${this.g(c.other)}'s`,
        `object: the map is corrupted, and the run ended with ${fail?.text ?? "a fatal error"}${at(fail?.at ?? null)}.`]);
    } else if (d !== undefined) {
      out.push("4. corrupt: did not happen: no map was accessed through a slot handed out twice before the run ended.");
    }
    if (c !== undefined) {
      const gs = [...new Set([c.g, c.other, d?.g ?? 0, d?.other ?? 0, k?.g ?? 0].filter((g) => g !== 0))];
      out.push("", "How it came to this (simulated time):", ...this.story(gs, this.d.events.indexOf(c)));
    }
    out.push("", "Under --model go1.19 (the default) none of these steps can happen.", "");
    return out;
  }

  // ---- races --------------------------------------------------------------------------------------

  race(e: Extract<TraceEvent, { ev: "Race" }>): string[] {
    return [
      `Data race on ${e.addr}: ${this.g(e.g)} ${e.write ? "wrote" : "read"} it in ${siteText(e.at)}, and`,
      `${this.g(e.other)} had ${e.prevWrite ? "written" : "read"} it in ${siteText(e.prev)}.`,
      "No happens-before path joins the two accesses: neither goroutine synchronized with the other",
      "(channel, lock, WaitGroup, atomic) between them, so they may run in either order or at once.",
      ...this.created([e.g, e.other]),
      "Remedy: order the accesses: guard both with one sync.Mutex, or hand the value over a channel.",
      "",
    ];
  }

  /** Where goroutines were created. */
  private created(gs: number[]): string[] {
    const out: string[] = [];
    for (const e of this.d.events) {
      if (e.ev === "GoCreate" && gs.includes(e.g) && e.parent !== 0) out.push(`goroutine ${e.g} was created by goroutine ${e.parent}${at(e.at)}.`);
    }
    return out;
  }

  // ---- deadlocks and leaks ------------------------------------------------------------------------

  /** The chain of waits at the end of the run. */
  waits(outcome: string): string[] {
    const st = this.endState();
    const blocked = [...st.blocked.entries()].filter(([g]) => !st.system.has(g));
    // --leaks (exit 1) lists the goroutines still alive when main returned, as goleak does:
    // blocked, or still running or sleeping (a ticker's loop).
    const out: string[] = [/^exit \d+$/.test(outcome) ? `${outcome}: goroutines were still alive when main returned (--leaks):` : `${outcome}:`];
    if (blocked.length === 0) {
      out.push("No goroutine was blocked on a channel or lock at the end: they were still running or sleeping.");
      return out;
    }
    // Goroutines that wait alike (same function, wait and object, same cause) share a line.
    const waitsFor = new Map<number, number[]>();
    const groups = new Map<string, { first: number; since: number; more: number[] }>();
    for (const [g, b] of blocked) {
      const { body, on } = this.waitLine(g, b, st);
      waitsFor.set(g, on);
      const key = `${this.names.get(g) ?? "?"}\0${body}`;
      const x = groups.get(key);
      if (x === undefined) groups.set(key, { first: g, since: b.t, more: [] });
      else x.more.push(g);
    }
    for (const [key, x] of groups) {
      const body = key.slice(key.indexOf("\0") + 1);
      const more = x.more.length === 0 ? "" : ` and ${x.more.length} more like it (${list(x.more.map((g) => `${g}`), 6)})`;
      const verb = more === "" ? body : body.replace(/^waits/, "wait");
      out.push(`${this.g(x.first)}${more} ${verb.replace("%since", `since ${ms(x.since)}`)}`);
    }
    const cycle = findCycle(waitsFor, new Set(blocked.map(([g]) => g)));
    if (cycle !== undefined) {
      out.push(`A cycle of waits: ${cycle.map((g) => `goroutine ${g}`).join(" → ")} → goroutine ${cycle[0]}: none can move first.`);
      const locks = cycle.every((g) => this.d.objects[(st.blocked.get(g)?.obj ?? 0) - 1]?.kind === "mutex");
      if (locks) out.push("Remedy: take the locks in one order in every goroutine (this is a lock-order inversion).");
    }
    return out;
  }

  /** What goroutine g waits for, without its name ("waits (chan send) on ... %since; ..."),
   *  and the blocked goroutines it waits on (edges of the wait-for graph). */
  private waitLine(g: number, b: Extract<TraceEvent, { ev: "GoBlock" }>, st: EndState): { body: string; on: number[] } {
    const head = `waits (${b.reason})${b.obj !== 0 ? ` on ${objLabel(this.d, b.obj)}` : ""}${at(b.at)} %since`;
    if (b.obj === 0) return { body: `${head}: nothing can wake it.`, on: [] };
    const kind = this.d.objects[b.obj - 1]?.kind;
    if (kind === "mutex") {
      const h = st.holder.get(b.obj);
      if (h !== undefined && h.g !== g) {
        return { body: `${head}; the mutex is held by goroutine ${h.g}, which locked it${at(h.at)}${st.ended.has(h.g) ? " and has ended without unlocking it" : ""}.`, on: [h.g] };
      }
      if (h !== undefined) return { body: `${head}; it holds that mutex itself (locked${at(h.at)}): a second Lock never returns.`, on: [] };
    }
    // A Cond's Signal or Broadcast before the Wait began woke nobody: the wake-up was lost.
    if (b.reason === "sync.Cond.Wait") {
      const lost = this.signalBefore(b);
      if (lost !== undefined) {
        return {
          body: `${head}; goroutine ${lost.g} signaled it${at(lost.at)} before this Wait began, and a ${lost.op === "broadcast" ? "Broadcast" : "Signal"} wakes only goroutines already waiting: the wake-up was lost. ` +
            "Remedy: wait in a loop over the condition (for !ready { c.Wait() }), changing it under the Cond's lock before signaling.",
          on: [],
        };
      }
    }
    // Who else used the object (0: the runtime, a timer): those that ended, those that wait,
    // those that can still run.
    const users = [...(st.users.get(b.obj) ?? [])].filter((u) => u !== g && u !== 0);
    const ended = users.filter((u) => st.ended.has(u));
    const waiting = users.filter((u) => st.blocked.has(u));
    const live = users.filter((u) => !st.ended.has(u) && !st.blocked.has(u));
    const parts: string[] = [];
    if (ended.length > 0) parts.push(`used before by ${ended.length === 1 ? "goroutine" : "goroutines"} ${list(ended.map(String), 4)}, which ${ended.length === 1 ? "has" : "have"} ended`);
    for (const u of waiting.slice(0, 3)) {
      const ub = st.blocked.get(u)!;
      const where = ub.obj === b.obj ? " on the same" : ub.obj !== 0 ? ` on ${objLabel(this.d, ub.obj)}` : "";
      parts.push(`used by goroutine ${u}, itself waiting (${ub.reason}${where})`);
    }
    if (waiting.length > 3) parts.push(`and by ${waiting.length - 3} more waiting goroutines`);
    if (live.length > 0) parts.push(`used by goroutine${live.length > 1 ? "s" : ""} ${list(live.map(String), 4)}, which can still run`);
    if (waiting.length === 0 && live.length === 0) {
      // Whoever was to receive, send, unlock or call Done never touched it. Which goroutine
      // that would have been the trace cannot tell (another blocked goroutine may hold the
      // object, or none does), so none is named: no edge of the wait-for graph.
      const others = [...st.blocked.keys()].filter((u) => u !== g);
      parts.push(ended.length > 0 ? "no goroutine that can still run has used it"
        : `no other goroutine has used it${others.length === 0 ? ", and no other is left that could" : ""}`);
      return { body: `${head}; ${parts.join("; ")}.`, on: [] };
    }
    // Edges of the wait-for graph: to users waiting on another object. Two goroutines waiting
    // on the same one (two senders, a reader queued behind a writer) do not wait for each other.
    return { body: `${head}; ${parts.join("; ")}.`, on: waiting.filter((u) => st.blocked.get(u)!.obj !== b.obj) };
  }

  /** The last Signal or Broadcast of b's Cond before b (its Wait) began that found no goroutine
   *  waiting on it (so woke nobody), if any. */
  private signalBefore(b: Extract<TraceEvent, { ev: "GoBlock" }>): Extract<TraceEvent, { ev: "Sync" }> | undefined {
    let last: Extract<TraceEvent, { ev: "Sync" }> | undefined;
    const waiting = new Set<number>();
    for (const e of this.d.events) {
      if (e === b) break;
      if (e.ev === "GoBlock" && e.obj === b.obj) waiting.add(e.g);
      else if (e.ev === "GoUnblock") waiting.delete(e.g);
      else if (e.ev === "Sync" && e.obj === b.obj && (e.op === "signal" || e.op === "broadcast")) last = waiting.size === 0 ? e : undefined;
    }
    return last;
  }

  private endState(): EndState {
    const st: EndState = { blocked: new Map(), ended: new Set(), users: new Map(), holder: new Map(), system: new Set() };
    const use = (obj: number, g: number): void => {
      if (obj === 0) return;
      let s = st.users.get(obj);
      if (s === undefined) st.users.set(obj, (s = new Set()));
      s.add(g);
    };
    for (const e of this.d.events) {
      switch (e.ev) {
        case "GoBlock":
          st.blocked.set(e.g, e);
          use(e.obj, e.g);
          break;
        case "GoUnblock":
        case "GoStart":
          st.blocked.delete(e.g);
          if (e.ev === "GoUnblock") use(e.obj, e.by);
          break;
        case "GoEnd":
          st.blocked.delete(e.g);
          st.ended.add(e.g);
          break;
        case "Sync":
          use(e.obj, e.g);
          if (e.op === "lock") st.holder.set(e.obj, { g: e.g, at: e.at });
          else if (e.op === "unlock") st.holder.delete(e.obj);
          break;
        default:
          break;
      }
    }
    return st;
  }

  // ---- panics -------------------------------------------------------------------------------------

  panic(fail: Extract<TraceEvent, { ev: "Fail" }>): string[] {
    const out = [`${fail.text}`, `${this.g(fail.g)} panicked${at(fail.at)}${fail.at ? ` (in ${fail.at.fn})` : ""}, and no deferred call recovered it.`];
    const path: string[] = [];
    let g = fail.g;
    for (let guard = 0; guard < 20 && g !== 0; guard++) {
      const c = this.d.events.find((e): e is Extract<TraceEvent, { ev: "GoCreate" }> => e.ev === "GoCreate" && e.g === g);
      if (c === undefined || c.parent === 0) break;
      path.push(`goroutine ${g} was created by ${this.g(c.parent)}${at(c.at)}`);
      g = c.parent;
    }
    if (path.length > 0) out.push(...path.map((p) => p + "."));
    const gs = [fail.g];
    const closer = this.closedBefore(fail);
    if (closer !== undefined) {
      out.push(`${objLabel(this.d, closer.obj)} was closed by ${this.g(closer.g)}${at(closer.at)} at ${ms(closer.t)}, before it: ` +
        "a channel must be closed once, by its only sender or after every sender is done (a WaitGroup, or a done channel the senders watch).");
      if (closer.g !== fail.g) gs.push(closer.g);
    }
    out.push(gs.length > 1 ? "Their last scheduling events:" : "Its last scheduling events:", ...this.story(gs, this.d.events.indexOf(fail)));
    return out;
  }

  /** For a panic of a send on, or a close of, a closed channel: the close before it of the
   *  channel the failing goroutine last sent on or closed. */
  private closedBefore(fail: Extract<TraceEvent, { ev: "Fail" }>): Extract<TraceEvent, { ev: "Sync" }> | undefined {
    if (!/^panic: (send on closed channel|close of closed channel)/.test(fail.text)) return undefined;
    const evs = this.d.events;
    const i = evs.indexOf(fail);
    let k = i - 1;
    for (; k >= 0; k--) {
      const e = evs[k]!;
      if (e.ev === "Sync" && e.g === fail.g && (e.op === "send" || e.op === "close")) break;
    }
    const op = evs[k];
    if (op === undefined || op.ev !== "Sync") return undefined;
    for (let j = k - 1; j >= 0; j--) {
      const e = evs[j]!;
      if (e.ev === "Sync" && e.obj === op.obj && e.op === "close") return e;
    }
    return undefined;
  }
}

/** Where the standard library's files are, as tracebacks name them. */
const goroot = "/usr/lib/go-1.19/src/";

interface EndState {
  blocked: Map<number, Extract<TraceEvent, { ev: "GoBlock" }>>;
  ended: Set<number>;
  users: Map<number, Set<number>>;
  holder: Map<number, { g: number; at: Site | null }>;
  system: Set<number>;
}

/** At most max items, then how many more. */
function list(xs: string[], max: number): string {
  return xs.length <= max ? xs.join(", ") : `${xs.slice(0, max).join(", ")} and ${xs.length - max} more`;
}

/** A cycle in the wait-for graph among nodes, as the goroutines on it, or undefined. */
function findCycle(edges: Map<number, number[]>, nodes: Set<number>): number[] | undefined {
  const state = new Map<number, number>();
  const stack: number[] = [];
  const visit = (g: number): number[] | undefined => {
    state.set(g, 1);
    stack.push(g);
    for (const h of edges.get(g) ?? []) {
      if (!nodes.has(h)) continue;
      if (state.get(h) === 1) return stack.slice(stack.indexOf(h));
      if (state.get(h) === undefined) {
        const c = visit(h);
        if (c !== undefined) return c;
      }
    }
    stack.pop();
    state.set(g, 2);
    return undefined;
  };
  for (const g of [...nodes].sort((a, b) => a - b)) {
    if (state.get(g) !== undefined) continue;
    const c = visit(g);
    if (c !== undefined) return c;
  }
  return undefined;
}


