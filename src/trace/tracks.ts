// From a run's event stream (runtime/trace.ts) to tracks: what each P, each M, the collector
// and each map's writers were doing over simulated time, as slices, plus the wake-up flows,
// the counters and the instants. The Chrome/Perfetto exporter (chrome.ts) and the HTML timeline
// (timeline.ts) both draw these.
//
// Terms:
//   - A track is one row of the timeline: "P0", "M3", "GC", "map 0xc000012345 G6". A slice is
//     an interval on a track with a name ("G6 main.main.func1"); slices on one track never
//     overlap (the builder closes one before it opens the next on the same track).
//   - A flow joins the slice of the goroutine that woke another (GoUnblock) to the slice where
//     the woken goroutine next runs: Go's "who woke whom", the arrows of the trace viewer.
//
// Invariants: every slice has end >= start; a slice still open when the stream ends (the run
// failed or exited while it ran) ends at the last event's time; tracks are ordered Ps, Ms, GC,
// maps.

import type { Site, TraceData, TraceEvent } from "../runtime/trace.js";

export interface Slice {
  start: number;
  end: number;
  name: string;
  /** What the slice stands for, shown on hover: goroutine, function, why it ended. */
  args: Record<string, string | number>;
}

interface Track {
  /** "P" (a processor), "M" (a thread), "GC", "map". */
  group: string;
  name: string;
  slices: Slice[];
}

interface Flow {
  id: number;
  name: string;
  from: { track: number; t: number };
  to: { track: number; t: number };
}

interface Instant {
  t: number;
  name: string;
  args: Record<string, string | number>;
}

export interface Counter {
  name: string;
  /** Samples: time and the values of the series at it. */
  samples: { t: number; values: Record<string, number> }[];
}

interface Tracks {
  tracks: Track[];
  flows: Flow[];
  instants: Instant[];
  counters: Counter[];
  end: number;
  /** goid → start function. */
  names: Map<number, string>;
}

/** A goroutine's label: "G6 main.main.func1". */
function gLabel(names: Map<number, string>, g: number): string {
  const n = names.get(g);
  return n === undefined ? `G${g}` : `G${g} ${n}`;
}

export function siteText(s: Site | null): string {
  return s === null ? "?" : `${s.fn} at ${baseName(s.file)}:${s.line}`;
}

export function baseName(file: string): string {
  const i = file.lastIndexOf("/");
  return i < 0 ? file : file.slice(i + 1);
}

function hexAddr(a: number): string {
  return "0x" + a.toString(16);
}

/** The label of trace object id: "chan 0xc000022060". */
export function objLabel(d: TraceData, id: number): string {
  const o = d.objects[id - 1];
  if (o === undefined) return "nothing";
  return o.addr !== 0 ? `${o.kind} ${hexAddr(o.addr)}` : `${o.kind} #${id}`;
}

/** Build the tracks of a trace. */
export function buildTracks(d: TraceData): Tracks {
  return new Builder(d).build();
}

class Builder {
  private readonly tracks: Track[] = [];
  private readonly byKey = new Map<string, number>();
  /** The order of each track within its group. */
  private readonly sortKeys: string[] = [];
  private readonly open = new Map<number, { slice: Slice; track: number }>();
  private readonly flows: Flow[] = [];
  private readonly instants: Instant[] = [];
  private readonly heap: Counter = { name: "Heap", samples: [] };
  private readonly gcount: Counter = { name: "Goroutines", samples: [] };
  private readonly names: Map<number, string>;
  /** The P each goroutine runs on now, and the M each P and each syscalling goroutine has. */
  private readonly gP = new Map<number, number>();
  private readonly pM = new Map<number, number>();
  private readonly gM = new Map<number, number>();
  /** Wake-ups waiting for the woken goroutine to run: goid → flow start. */
  private readonly pendingWake = new Map<number, { track: number; t: number; name: string }>();
  private live = 0;
  private runnable = 0;
  private running = 0;
  private alloc = 0;
  private goal = 0;
  private last = 0;
  private stwKind = "";

  constructor(private readonly d: TraceData) {
    this.names = new Map(d.names);
  }

  build(): Tracks {
    for (const e of this.d.events) {
      this.last = Math.max(this.last, e.t);
      this.event(e);
    }
    for (const { slice } of this.open.values()) slice.end = Math.max(slice.start, this.last);
    this.open.clear();
    const order = ["P", "M", "GC", "map"];
    const tracks = this.tracks.map((t, i) => ({ t, i }));
    const key = (i: number): string => this.sortKeys[i]!;
    tracks.sort((a, b) => order.indexOf(a.t.group) - order.indexOf(b.t.group) || (key(a.i) < key(b.i) ? -1 : key(a.i) > key(b.i) ? 1 : 0));
    const remap = new Map(tracks.map((x, j) => [x.i, j]));
    for (const f of this.flows) {
      f.from.track = remap.get(f.from.track)!;
      f.to.track = remap.get(f.to.track)!;
    }
    return {
      tracks: tracks.map((x) => x.t), flows: this.flows, instants: this.instants,
      counters: [this.heap, this.gcount], end: this.last, names: this.names,
    };
  }

  private track(group: string, name: string, sortKey = name): number {
    const key = `${group}\0${sortKey}`;
    let i = this.byKey.get(key);
    if (i === undefined) {
      i = this.tracks.length;
      this.tracks.push({ group, name, slices: [] });
      this.sortKeys.push(sortKey);
      this.byKey.set(key, i);
    }
    return i;
  }

  private pTrack(p: number): number {
    return this.track("P", `P${p}`, String(p).padStart(4, "0"));
  }

  private mTrack(m: number): number {
    return this.track("M", `M${m}`, String(m).padStart(4, "0"));
  }

  /** Open a slice on a track (closing the one open there), keyed by slot. */
  private begin(slot: number, track: number, t: number, name: string, args: Slice["args"]): void {
    this.end(slot, t);
    const slice = { start: t, end: t, name, args };
    this.tracks[track]!.slices.push(slice);
    this.open.set(slot, { slice, track });
  }

  private end(slot: number, t: number, why?: string): void {
    const o = this.open.get(slot);
    if (o === undefined) return;
    o.slice.end = Math.max(o.slice.start, t);
    if (why !== undefined) o.slice.args["ended by"] = why;
    this.open.delete(slot);
  }

  // Slots: a P's running goroutine (p), an M's goroutine (1e6 + m), a GC phase (2e6 + n),
  // a map window (3e6 + trace object * 1e4 + goroutine, modulo collisions of huge ids).
  private runG(g: number, p: number, t: number): void {
    const name = gLabel(this.names, g);
    this.gP.set(g, p);
    this.begin(p, this.pTrack(p), t, name, { goroutine: g });
    const m = this.pM.get(p);
    if (m !== undefined) {
      this.gM.set(g, m);
      this.begin(1e6 + m, this.mTrack(m), t, name, { goroutine: g, P: p });
    }
    const w = this.pendingWake.get(g);
    if (w !== undefined) {
      this.pendingWake.delete(g);
      this.flows.push({ id: this.flows.length + 1, name: w.name, from: { track: w.track, t: w.t }, to: { track: this.pTrack(p), t } });
    }
    this.running++;
    this.counts(t);
  }

  private stopG(g: number, t: number, why: string): void {
    const p = this.gP.get(g);
    if (p === undefined) return;
    this.gP.delete(g);
    this.end(p, t, why);
    const m = this.pM.get(p);
    if (m !== undefined) this.end(1e6 + m, t, why);
    this.running--;
  }

  /** The goroutines that were on a P when the world stopped: their slices pause until it
   *  starts again (the model leaves them on their P; Go's stopTheWorld preempts them). */
  private stopped: [number, number][] = [];

  private stopTheWorld(t: number): void {
    for (const [g, p] of this.gP) {
      this.end(p, t, "the world stopped");
      const m = this.pM.get(p);
      if (m !== undefined) this.end(1e6 + m, t, "the world stopped");
      this.stopped.push([g, p]);
    }
  }

  private startTheWorld(t: number): void {
    for (const [g, p] of this.stopped) {
      if (this.gP.get(g) !== p) continue; // it left its P meanwhile (the slice that was under way ended)
      const name = gLabel(this.names, g);
      this.begin(p, this.pTrack(p), t, name, { goroutine: g });
      const m = this.pM.get(p);
      if (m !== undefined) this.begin(1e6 + m, this.mTrack(m), t, name, { goroutine: g, P: p });
    }
    this.stopped = [];
  }

  private counts(t: number): void {
    this.gcount.samples.push({ t, values: { running: this.running, runnable: this.runnable, total: this.live } });
  }

  private event(e: TraceEvent): void {
    const t = e.t;
    switch (e.ev) {
      case "ProcStart":
        this.pM.set(e.p, e.m);
        this.pTrack(e.p);
        this.mTrack(e.m);
        return;
      case "ProcStop":
        this.end(e.p, t);
        return;
      case "GoCreate":
        this.live++;
        this.runnable++;
        this.counts(t);
        return;
      case "GoStart":
        this.pM.set(e.p, e.m);
        this.runnable--;
        this.runG(e.g, e.p, t);
        return;
      case "GoEnd":
        this.stopG(e.g, t, "GoEnd");
        this.live--;
        this.counts(t);
        return;
      case "GoSched":
      case "GoPreempt":
        this.stopG(e.g, t, e.ev);
        this.runnable++;
        this.counts(t);
        return;
      case "GoBlock":
        this.stopG(e.g, t, `GoBlock (${e.reason})`);
        this.counts(t);
        return;
      case "GoUnblock": {
        this.runnable++;
        const p = this.gP.get(e.by);
        if (p !== undefined) {
          const on = e.obj !== 0 ? ` on ${objLabel(this.d, e.obj)}` : "";
          this.pendingWake.set(e.g, { track: this.pTrack(p), t, name: `G${e.by} wakes G${e.g}${on}` });
        }
        this.counts(t);
        return;
      }
      case "GoSysCall": {
        this.stopG(e.g, t, `GoSysCall ${e.name}`);
        if (e.m >= 0) {
          this.gM.set(e.g, e.m);
          this.begin(1e6 + e.m, this.mTrack(e.m), t, `syscall ${e.name} (G${e.g})`, { goroutine: g(e), call: e.name });
        }
        return;
      }
      case "GoSysExit": {
        const m = this.gM.get(e.g);
        if (m !== undefined) this.end(1e6 + m, t, e.p < 0 ? "no P: to the global queue" : e.fast ? "took its P back" : `took idle P${e.p}`);
        if (e.p >= 0) {
          if (m !== undefined) this.pM.set(e.p, m);
          this.runG(e.g, e.p, t);
        } else {
          this.runnable++;
          this.counts(t);
        }
        return;
      }
      case "Retake":
        this.instants.push({ t, name: `sysmon retakes P${e.p}${e.g !== 0 ? ` from G${e.g}'s syscall` : ""}`, args: { P: e.p, goroutine: e.g } });
        return;
      case "HandoffP":
        return;
      case "Steal":
      case "TimerFire":
        return;
      case "GCStart":
        this.begin(2e6, this.track("GC", "GC"), t, `GC ${e.n}`, { cycle: e.n });
        return;
      // The phases of a cycle on one track: sweep termination (the world stopped), mark, mark
      // termination (stopped); the background sweep on another.
      case "GCSTWStart":
        this.begin(2e6 + 1, this.track("GC", "GC phase", "phase"), t, `STW ${e.kind}`, {});
        this.stwKind = e.kind;
        this.stopTheWorld(t);
        return;
      case "GCSTWDone":
        this.end(2e6 + 1, t);
        if (this.stwKind === "sweep termination") this.begin(2e6 + 1, this.track("GC", "GC phase", "phase"), t, "mark", {});
        this.startTheWorld(t);
        return;
      case "GCSweepStart":
        this.begin(2e6 + 2, this.track("GC", "GC sweep", "sweep"), t, "sweep", {});
        return;
      case "GCSweepDone":
        this.end(2e6 + 2, t);
        return;
      case "GCDone":
        this.end(2e6, t);
        return;
      case "GCMarkAssistStart":
        this.begin(2e6 + 10 + e.g, this.track("GC", `assist G${e.g}`, `assist ${String(e.g).padStart(9, "0")}`), t, `mark assist G${e.g}`, { goroutine: e.g });
        return;
      case "GCMarkAssistDone":
        this.end(2e6 + 10 + e.g, t);
        return;
      case "HeapAlloc":
        this.alloc = e.bytes;
        this.heap.samples.push({ t, values: { alloc: this.alloc, goal: this.goal } });
        return;
      case "HeapGoal":
        this.goal = e.bytes;
        this.heap.samples.push({ t, values: { alloc: this.alloc, goal: this.goal } });
        return;
      case "MapWrite": {
        const slot = 3e6 + e.map * 1e4 + e.g;
        const label = `${objLabel(this.d, e.map)} G${e.g}`;
        if (e.begin) {
          this.begin(slot, this.track("map", label), t, `G${e.g} ${shortFn(e.fn)} write window`, { goroutine: e.g, at: siteText(e.at), runtime: e.fn });
        } else this.end(slot, t);
        return;
      }
      case "MapFail":
      case "RaceAccess":
        return;
      case "Race":
        this.instants.push({ t, name: `DATA RACE: G${e.g} ${e.write ? "write" : "read"} at ${siteText(e.at)}, G${e.other} ${e.prevWrite ? "write" : "read"} at ${siteText(e.prev)}`, args: { addr: e.addr } });
        return;
      case "WhatIf":
        this.instants.push({ t, name: `what-if ${e.step}: G${e.g} on P${e.p}`, args: { goroutine: e.g, p: e.p, mcache: e.owner, addr: e.addr, other: e.other, otherP: e.otherP } });
        return;
      case "Fail":
        this.instants.push({ t, name: e.text, args: { goroutine: e.g, at: siteText(e.at), failure: 1 } });
        return;
    }
  }
}

function g(e: { g: number }): number {
  return e.g;
}

/** "runtime.mapassign_fast64" → "mapassign_fast64". */
export function shortFn(fn: string): string {
  return fn.replace(/^runtime\./, "");
}
