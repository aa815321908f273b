// The trace as Chrome Trace Event JSON (the "JSON Object Format"), which ui.perfetto.dev and
// chrome://tracing open: `gort run --trace FILE.json`.
//
// The format (Trace Event Format, Google, 2016; the Catapult and Perfetto documentation):
// a JSON object whose traceEvents array holds events with ph (phase), name, pid, tid and ts in
// microseconds. gort writes:
//   - ph "M" metadata naming processes and threads: process 1 "Ps" (a thread per P), process 2
//     "Ms" (a thread per M), process 3 "GC", process 4 "maps" (a thread per map and writer);
//   - ph "X" complete events (ts and dur) for the slices of tracks.ts;
//   - ph "s" / "f" flow events (same id, the finish bound to the enclosing slice, bp "e") for
//     wake-ups: the arrows from the goroutine that woke another to where that one ran next;
//   - ph "C" counters for the heap and the goroutines;
//   - ph "i" instant events with global scope (s "g") for sysmon's retakes, races and the
//     failure.
// Simulated nanoseconds become microseconds with three decimals, so nothing is rounded away.
// chrome.test.ts checks the output against the format's rules.

import type { TraceData } from "../runtime/trace.js";
import { buildTracks } from "./tracks.js";

export interface ChromeEvent {
  ph: string;
  name: string;
  pid: number;
  tid: number;
  ts?: number;
  dur?: number;
  id?: number;
  bp?: string;
  s?: string;
  cat?: string;
  args?: Record<string, unknown>;
}

const processes: Record<string, { pid: number; name: string }> = {
  P: { pid: 1, name: "Ps (processors)" },
  M: { pid: 2, name: "Ms (threads)" },
  GC: { pid: 3, name: "GC" },
  map: { pid: 4, name: "map write windows" },
};

/** µs with ns precision. */
function us(ns: number): number {
  return Math.round(ns) / 1000;
}

/** The trace of a run as a Chrome Trace Event JSON object. */
export function chromeTrace(d: TraceData, meta: Record<string, string> = {}): { traceEvents: ChromeEvent[]; displayTimeUnit: string; otherData: Record<string, string> } {
  const tk = buildTracks(d);
  const out: ChromeEvent[] = [];
  for (const p of Object.values(processes)) {
    out.push({ ph: "M", name: "process_name", pid: p.pid, tid: 0, args: { name: p.name } });
    out.push({ ph: "M", name: "process_sort_index", pid: p.pid, tid: 0, args: { sort_index: p.pid } });
  }
  const tids = tk.tracks.map((_, i) => i + 1);
  tk.tracks.forEach((t, i) => {
    const pid = processes[t.group]!.pid;
    out.push({ ph: "M", name: "thread_name", pid, tid: tids[i]!, args: { name: t.name } });
    out.push({ ph: "M", name: "thread_sort_index", pid, tid: tids[i]!, args: { sort_index: i } });
    for (const s of t.slices) {
      out.push({ ph: "X", name: s.name, cat: t.group, pid, tid: tids[i]!, ts: us(s.start), dur: us(s.end) - us(s.start), args: s.args });
    }
  });
  for (const f of tk.flows) {
    const a = tk.tracks[f.from.track]!;
    const b = tk.tracks[f.to.track]!;
    out.push({ ph: "s", name: f.name, cat: "wakeup", id: f.id, pid: processes[a.group]!.pid, tid: tids[f.from.track]!, ts: us(f.from.t) });
    out.push({ ph: "f", bp: "e", name: f.name, cat: "wakeup", id: f.id, pid: processes[b.group]!.pid, tid: tids[f.to.track]!, ts: us(f.to.t) });
  }
  for (const c of tk.counters) {
    for (const smp of c.samples) out.push({ ph: "C", name: c.name, pid: c.name === "Heap" ? 3 : 1, tid: 0, ts: us(smp.t), args: smp.values });
  }
  for (const i of tk.instants) out.push({ ph: "i", s: "g", name: i.name, pid: 1, tid: 0, ts: us(i.t), args: i.args });
  const otherData: Record<string, string> = { tool: "gort", clock: "simulated", ...meta };
  if (d.dropped > 0) otherData["dropped events"] = String(d.dropped);
  return { traceEvents: out, displayTimeUnit: "ns", otherData };
}
