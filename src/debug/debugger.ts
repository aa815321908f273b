// The debugger's side of a run: breakpoints, the hook the runtime calls (runtime/state.ts S.dbg),
// and the snapshot of the machine taken where the run stops.
//
// Models what Delve's proc package does for a stopped process, on gort's terms. The simulator
// is synchronous, so a run cannot pause: the hook counts events (every hooked runtime call and
// every Go function entry, in the run's deterministic order), and at the event it was sent to
// it renders what the commands show (tracebacks, goroutines, Ps, the map header...) and ends
// the run by throwing DebugStop. Going on, or back, is another run from the start to another
// event (session.ts): a run is a function of the program, its options and its seed.

import { DebugStop } from "../runtime/panic.js";
import { S, machine, type DebugHook } from "../runtime/state.js";
import { Gstatus, Pstatus, type G, type P } from "../runtime/runtime2.js";
import { frameFunc, traceback } from "../runtime/traceback.js";
import { Hmap, type Bmap, bucketArr, bucketOff, oslot, ooslot } from "../runtime/map.js";
import type { Machine } from "../sim/machine.js";
import type { MCache } from "../runtime/mcache.js";
import { makeSpanClass, maxTinySize, type MSpan } from "../runtime/mspan.js";
import { _MaxSmallSize, largeSizeDiv, size_to_class128, size_to_class8, smallSizeDiv, smallSizeMax } from "../runtime/sizeclasses.js";

/** malloc.go's tinySizeClass: tiny allocations come from 16-byte noscan objects. */
const tinySizeClass = 2;
import { evalCond, type Cond } from "./cond.js";
import { formatValue } from "./format.js";
import type { DbgLine } from "../compiler/context.js";

const goroot = "/usr/lib/go-1.19/src/runtime";

/** The runtime functions a breakpoint can name, with their file and func line in Go 1.19.8. */
export const runtimeFuncs: ReadonlyMap<string, string> = new Map([
  ["runtime.mallocgc", "malloc.go:842"], ["runtime.newproc", "proc.go:4094"],
  ["runtime.gopark", "proc.go:346"], ["runtime.entersyscall", "proc.go:3678"],
  ["runtime.handoffp", "proc.go:2354"], ["runtime.gcStart", "mgc.go:579"],
  ["runtime.chansend1", "chan.go:144"],
  ["runtime.mapaccess1", "map.go:395"], ["runtime.mapaccess2", "map.go:456"],
  ["runtime.mapassign", "map.go:578"], ["runtime.mapdelete", "map.go:695"],
  ...["32", "64"].flatMap((n): [string, string][] => [
    [`runtime.mapaccess1_fast${n}`, `map_fast${n}.go:13`], [`runtime.mapaccess2_fast${n}`, `map_fast${n}.go:53`],
    [`runtime.mapassign_fast${n}`, `map_fast${n}.go:93`], [`runtime.mapassign_fast${n}ptr`, `map_fast${n}.go:183`],
    [`runtime.mapdelete_fast${n}`, `map_fast${n}.go:273`],
  ]),
  ["runtime.mapaccess1_faststr", "map_faststr.go:13"], ["runtime.mapaccess2_faststr", "map_faststr.go:108"],
  ["runtime.mapassign_faststr", "map_faststr.go:203"], ["runtime.mapdelete_faststr", "map_faststr.go:301"],
]);

export interface Breakpoint {
  id: number;
  /** The function (runtime.mapassign, main.worker), or the place of a line breakpoint
   *  (main.go:12) with the line table's ids it matches. */
  fn: string;
  lineIds?: ReadonlySet<number>;
  cond: Cond | undefined;
  condText: string;
}

/** Where a run is sent: to the first breakpoint hit after an event, to an event itself, or to
 *  its end while noting the last breakpoint hit before an event (reverse-continue's first run). */
export type Target =
  | { kind: "next"; after: number }
  | { kind: "goto"; at: number }
  | { kind: "last"; before: number; goid?: number }
  | { kind: "step"; after: number; goid: number; maxDepth: number };
// A "step" run stops at the first statement after the event that goroutine goid runs at most
// maxDepth frames deep (step: any depth; next: the same frame or a caller's; finish: a caller's),
// or at a breakpoint hit. A "last" run with a goid notes that goroutine's last statement
// instead of the last breakpoint hit (reverse-step).

/** What the commands show of a stopped run, rendered when it stopped. */
export interface Snapshot {
  event: number;
  fn: string;
  /** The breakpoint that stopped the run (0 for goto). */
  bp: number;
  /** Hits of each breakpoint up to and including this event, by id. */
  hits: Map<number, number>;
  goid: number | undefined;
  simNs: number;
  where: string;
  bt: Map<number, string>;
  goroutines: string;
  ps: string;
  /** print's values by expression. */
  values: Map<string, string>;
  /** At a statement: its frame's depth, and the Go variables in scope (args, then locals). */
  depth: number;
  args: [string, string][];
  locals: [string, string][];
}

/** A breakpoint hit (or the goto event) as the hook sees it. */
interface Hit {
  fn: string;
  g: G | undefined;
  obj: unknown;
  /** The Go function's FuncInfo index at an entry or a statement, else -1. */
  fi: number;
  /** At a statement: its line table entry and the reader of its locals. */
  line?: { at: DbgLine; read: (i: number) => unknown };
}

export class RunHook implements DebugHook {
  event = 0;
  /** The last breakpoint hit before target.before (a "last" run), 0 if none. */
  lastHit = 0;
  snapshot: Snapshot | undefined;
  private readonly hits = new Map<number, number>();
  /** Breakpoints on each Go function index, found on first entry. */
  private readonly byFi: (Breakpoint[] | undefined)[] = [];

  /** The breakpoints by function name. */
  private readonly byName = new Map<string, Breakpoint[]>();

  /** The line breakpoints by line table id. */
  private readonly byLine = new Map<number, Breakpoint[]>();

  constructor(bps: readonly Breakpoint[], private readonly target: Target, private readonly lines: readonly DbgLine[] = []) {
    for (const b of bps) {
      if (b.lineIds !== undefined) for (const id of b.lineIds) this.byLine.set(id, [...(this.byLine.get(id) ?? []), b]);
      else this.byName.set(b.fn, [...(this.byName.get(b.fn) ?? []), b]);
    }
  }

  line(id: number, read: (i: number) => unknown): void {
    const bs = this.byLine.get(id);
    const t = this.target;
    if (bs === undefined && t.kind === "next") {
      this.event++;
      return;
    }
    const g = S.g;
    const fi = g.fr[g.d]?.fi ?? -1;
    this.at({ fn: machine.funcInfo(fi)?.name ?? "?", g, obj: undefined, fi, line: { at: this.lines[id]!, read } }, bs);
  }

  hit(fn: string, g: G | undefined, obj: unknown): void {
    const bs = this.byName.get(fn);
    if (bs === undefined && this.target.kind === "next") {
      this.event++;
      return;
    }
    this.at({ fn, g, obj, fi: -1 }, bs);
  }

  enter(fi: number): void {
    // A runtime pseudo-frame (G.pushRuntime) is no Go function entry.
    if (fi < 0) return;
    let bs = this.byFi[fi];
    if (bs === undefined) {
      const name = machine.funcInfo(fi)?.name ?? "";
      bs = this.byName.get(name) ?? [];
      this.byFi[fi] = bs;
    }
    if (bs.length === 0 && this.target.kind === "next") {
      this.event++;
      return;
    }
    this.at({ fn: machine.funcInfo(fi)?.name ?? "?", g: S.g, obj: undefined, fi }, bs);
  }

  /** One event: count it, count the breakpoints it hits, and stop where the target says. */
  private at(h: Hit, bs: Breakpoint[] | undefined): void {
    const e = ++this.event;
    const t = this.target;
    let stopBp = 0;
    for (const b of bs ?? []) {
      if (b.cond !== undefined && !evalCond(b.cond, condVars(h))) continue;
      this.hits.set(b.id, (this.hits.get(b.id) ?? 0) + 1);
      if (stopBp === 0) stopBp = b.id;
    }
    if (t.kind === "last") {
      if (e >= t.before) throw new DebugStop();
      if (t.goid === undefined ? stopBp !== 0 : h.line !== undefined && h.g?.goid === t.goid) this.lastHit = e;
      return;
    }
    const step = t.kind === "step" && e > t.after && h.line !== undefined && h.g?.goid === t.goid && h.g.d <= t.maxDepth;
    if (t.kind === "goto" ? e === t.at : step || stopBp !== 0 && e > t.after) {
      this.snapshot = takeSnapshot(e, h, stopBp, new Map(this.hits));
      throw new DebugStop();
    }
  }
}

/** The names a breakpoint's condition may use: goid, and at a map function the hmap's fields,
 *  at mallocgc the size. */
function condVars(h: Hit): Record<string, number> {
  const v: Record<string, number> = { goid: h.g?.goid ?? 0 };
  if (h.obj instanceof Hmap) Object.assign(v, { count: h.obj.count, B: h.obj.B, flags: h.obj.flags, noverflow: h.obj.noverflow });
  if (isMalloc(h.obj)) v["size"] = h.obj.size;
  return v;
}

function takeSnapshot(event: number, h: Hit, bp: number, hits: Map<number, number>): Snapshot {
  const m = machine as Machine;
  const g = h.g !== undefined && h.g.status !== Gstatus._Gdead ? h.g : undefined;
  // A Go function stops at its func line, as Delve's `break main.f` does; its frame was just
  // pushed with no line yet.
  if (h.fi >= 0 && g !== undefined && g.fr[g.d]?.l === 0) g.fr[g.d]!.l = m.funcInfo(h.fi)?.line ?? 0;
  const { args, locals } = h.line !== undefined ? variables(h.line.at, h.line.read) : { args: [], locals: [] };
  const values0 = values(m, h, g);
  for (const [k, v] of [...args, ...locals]) values0.set(k, v);
  const bt = new Map<number, string>();
  for (const x of m.sched.allgs) {
    if (x.status === Gstatus._Gdead) continue;
    bt.set(x.goid, backtrace(m, x, x === g ? h : undefined));
  }
  return {
    event, fn: h.fn, bp, hits, goid: g?.goid, simNs: m.now(), where: whereOf(h), bt,
    goroutines: goroutines(m, g), ps: psText(m), values: values0, depth: g?.d ?? 0, args, locals,
  };
}

/** The Go variables in scope at a statement, formatted: the last declared of each name that
 *  the reader can read (an inner one shadows; one whose block has ended throws). */
function variables(at: DbgLine, read: (i: number) => unknown): { args: [string, string][]; locals: [string, string][] } {
  const args = new Map<string, string>();
  const locals = new Map<string, string>();
  at.vars.forEach((v, i) => {
    let x: unknown;
    try {
      x = read(i);
    } catch (e) {
      if (e instanceof ReferenceError) return;
      throw e;
    }
    const into = v.arg ? args : locals;
    (v.arg ? locals : args).delete(v.name);
    into.delete(v.name);
    // The hook runs inside the program's code: an error here must not become the program's.
    let text: string;
    try {
      text = formatValue(x, v.type);
    } catch {
      text = "(unreadable)";
    }
    into.set(v.name, text);
  });
  return { args: [...args], locals: [...locals] };
}

/** The stop line's place: a runtime function's Go source, or the Go function's. */
function whereOf(h: Hit): string {
  if (h.line !== undefined) return `${h.line.at.file}:${h.line.at.line}`;
  if (h.fi >= 0) {
    const fi = machine.funcInfo(h.fi);
    return fi ? `${fi.file}:${fi.line}` : "?";
  }
  return `${goroot}/${runtimeFuncs.get(h.fn) ?? "?"}`;
}

/** A goroutine's traceback as Go prints it (traceback.ts, GOTRACEBACK=system's frames), with the
 *  runtime function the run stopped in on top of the current goroutine. */
function backtrace(m: Machine, g: G, h: Hit | undefined): string {
  const lvl = { level: 2, all: false, crash: false };
  const text = traceback(m, g, undefined, lvl, h !== undefined);
  if (h === undefined || h.fi >= 0) return text;
  const nl = text.indexOf("\n") + 1;
  return text.slice(0, nl) + `${h.fn}(...)\n\t${whereOf(h)} +0x0\n` + text.slice(nl);
}

const gstatusName: Record<number, string> = {
  [Gstatus._Gidle]: "idle", [Gstatus._Grunnable]: "runnable", [Gstatus._Grunning]: "running",
  [Gstatus._Gsyscall]: "syscall", [Gstatus._Gwaiting]: "waiting", [Gstatus._Gpreempted]: "preempted",
};

/** Delve's `goroutines`: one line per live goroutine, its top Go frame and its status; the
 *  current one marked with `*`. */
function goroutines(m: Machine, cur: G | undefined): string {
  let s = "";
  for (const g of m.sched.allgs) {
    if (g.status === Gstatus._Gdead) continue;
    const f = g.d > 0 ? g.fr[Math.min(g.d, g.fr.length - 1)] : undefined;
    const fn = f !== undefined ? frameFunc(m, f) : undefined;
    const loc = fn !== undefined ? `${fn.file}:${fn.line} ${fn.name}` : g.startName || "?";
    let st = gstatusName[g.status] ?? "unknown";
    if (g.status === Gstatus._Gwaiting) st += `: ${g.waitreason}`;
    const kind = g.system ? "Runtime" : "User";
    s += `${g === cur ? "*" : " "} Goroutine ${g.goid} - ${kind}: ${loc} [${st}]${g.m ? ` (thread ${g.m.id})` : ""}\n`;
  }
  return s;
}

const pstatusName: Record<number, string> = {
  [Pstatus._Pidle]: "_Pidle", [Pstatus._Prunning]: "_Prunning", [Pstatus._Psyscall]: "_Psyscall",
  [Pstatus._Pgcstop]: "_Pgcstop", [Pstatus._Pdead]: "_Pdead",
};

/** The Ps and the Ms: each P's status, M, current G and run queue; each M's P and G. */
function psText(m: Machine): string {
  let s = "";
  for (const p of m.sched.allp) {
    const runq = p.runqtail - p.runqhead + (p.runnext !== undefined ? 1 : 0);
    s += `P${p.id}: status=${pstatusName[p.status] ?? p.status} m=${p.m ? `M${p.m.id}` : "nil"} ` +
      `curg=${p.m?.curg ? p.m.curg.goid : "nil"} runqsize=${runq} schedtick=${p.schedtick} syscalltick=${p.syscalltick}\n`;
  }
  for (const mm of m.sched.allm) {
    s += `M${mm.id}: p=${mm.p ? `P${mm.p.id}` : "nil"} curg=${mm.curg ? mm.curg.goid : "nil"} ` +
      `spinning=${mm.spinning}${mm === m.sched.sysmonm ? " (sysmon)" : ""}\n`;
  }
  return s;
}

function hex(n: number): string {
  return "0x" + n.toString(16);
}

/** print's values at this stop: the map header and its buckets at a map function, mallocgc's
 *  size, the current P's mcache, the span of the map or of the mcache's last refill. */
function values(m: Machine, h: Hit, g: G | undefined): Map<string, string> {
  const v = new Map<string, string>();
  v.set("goid", String(g?.goid ?? 0));
  if (isMalloc(h.obj)) v.set("size", String(h.obj.size));
  // gopark's wait reason; newproc's function.
  if (typeof h.obj === "string") v.set(h.fn === "runtime.gopark" ? "reason" : "fn", JSON.stringify(h.obj));
  const pp: P | undefined = g?.m?.p ?? (h.obj instanceof Object && "mcache" in h.obj ? h.obj as P : undefined);
  const mc = pp?.mcache as MCache | undefined;
  if (mc !== undefined) v.set("mcache", mcacheText(mc));
  if (mc !== undefined && isMalloc(h.obj)) v.set("*span", mallocSpan(mc, h.obj.size, h.obj.noscan));
  if (h.obj instanceof Hmap) {
    v.set("*m", hmapText(h.obj));
    v.set("m.buckets", bucketsText(h.obj));
    const span = h.obj.$addr !== 0 ? m.heap.h.spanOf(h.obj.$addr) : undefined;
    if (span) v.set("*span", spanText(span));
  }
  return v;
}

/** mallocgc's request (Machine.newobject's hook). */
function isMalloc(x: unknown): x is { size: number; noscan: boolean } {
  return typeof x === "object" && x !== null && "noscan" in x && "size" in x;
}

/** The span mallocgc takes this request from: the mcache's span of its class (the tiny class
 *  for a small noscan object), or none yet for a large object (allocLarge makes one). */
function mallocSpan(mc: MCache, size: number, noscan: boolean): string {
  if (size > _MaxSmallSize) return "nil (a large object: mallocgc allocates a span of its own)";
  let sizeclass = tinySizeClass;
  if (!(noscan && size < maxTinySize)) {
    sizeclass = size <= smallSizeMax - 8
      ? size_to_class8[Math.ceil(size / smallSizeDiv)]!
      : size_to_class128[Math.ceil((size - smallSizeMax) / largeSizeDiv)]!;
  }
  const sp = mc.alloc[makeSpanClass(sizeclass, noscan)]!;
  return sp.nelems === 0 ? "nil (the mcache has no span of this class yet: mallocgc refills it)" : spanText(sp);
}

function hmapText(h: Hmap): string {
  const addr = (b: unknown): string => hex((b as { $addr?: number } | null)?.$addr ?? 0);
  return `runtime.hmap {count: ${h.count}, flags: ${h.flags}, B: ${h.B}, noverflow: ${h.noverflow}, ` +
    `hash0: ${hex(h.hash0 >>> 0)}, buckets: ${addr(h.buckets)}, oldbuckets: ${addr(h.oldbuckets)}, ` +
    `nevacuate: ${h.nevacuate}, extra: ${h.extra === null ? "nil" : "{...}"}}`;
}

/** The buckets' tophash, keys and elems (the first 8 buckets, their overflow chains too). */
function bucketsText(h: Hmap): string {
  if (h.buckets === null) return "nil";
  let s = "";
  const nb = h.buckets.n;
  const n = Math.min(nb, 8);
  for (let i = 0; i < n; i++) {
    let j = 0;
    for (let b: Bmap | null = bucketArr(h.buckets, i), o = bucketOff(i); b !== null; j++) {
      const th = b.slice(o, o + 8).join(", ");
      const keys = b.slice(o + 8, o + 16).map(show).join(", ");
      const elems = b.slice(o + 16, o + 24).map(show).join(", ");
      s += `[${i}]${j > 0 ? `.overflow${j}` : ""}: tophash: [${th}] keys: [${keys}] elems: [${elems}]\n`;
      const nx: Bmap | null = b[o + oslot];
      o = b[o + ooslot];
      b = nx;
    }
  }
  if (nb > n) s += `... ${nb - n} more buckets\n`;
  return s.trimEnd();
}

function show(x: unknown): string {
  if (x === undefined) return "_";
  if (typeof x === "number" || typeof x === "bigint" || typeof x === "boolean") return String(x);
  if (typeof x === "string") return JSON.stringify(x);
  if (x !== null && typeof x === "object" && "v" in x) return show((x as { v: unknown }).v);
  return "{...}";
}

function mcacheText(mc: MCache): string {
  let s = `runtime.mcache {tiny: ${hex(mc.tiny)}, tinyoffset: ${mc.tinyoffset}, tinyAllocs: ${mc.tinyAllocs}, ` +
    `scanAlloc: ${mc.scanAlloc}, flushGen: ${mc.flushGen}, alloc: [`;
  const used = mc.alloc.map((sp, i) => ({ sp, i })).filter((x) => x.sp.nelems > 0);
  s += used.map((x) => `\n\t${x.i}: ${spanText(x.sp)}`).join(",");
  return s + (used.length > 0 ? "\n" : "") + "]}";
}

function spanText(sp: MSpan): string {
  return `runtime.mspan {startAddr: ${hex(sp.startAddr)}, npages: ${sp.npages}, spanclass: ${sp.spanclass} ` +
    `(sizeclass ${sp.spanclass >> 1}${(sp.spanclass & 1) !== 0 ? ", noscan" : ""}), elemsize: ${sp.elemsize}, ` +
    `nelems: ${sp.nelems}, allocCount: ${sp.allocCount}, freeindex: ${sp.freeindex}, sweepgen: ${sp.sweepgen}}`;
}
