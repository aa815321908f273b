// Natives of gort's runtime, runtime/debug, time and sync/atomic packages: thin bindings from
// the Go stubs in stdlib/ to the runtime model (src/runtime/procrt.ts, proc.ts, malloc.ts).
// Package sync's natives are in sync.ts.
//
// Every blocking operation is a generator that yields at its visible point, so the scheduler
// model can interleave it with other Ps.

import * as i64 from "../../base/int64.js";
import { GoPanic, SimLimit, type RuntimeFrame } from "../../runtime/panic.js";
import { goexit, stringValue } from "../../runtime/panicking.js";
import { gosched, timeSleep } from "../../runtime/procrt.js";
import { S, machine } from "../../runtime/state.js";
import { rt } from "../../runtime/rt.js";
import { GOON, PENDING, STEP, pend, withEntry, yieldThen, type GoGen } from "../../runtime/yield.js";
import { trysend, type HChan } from "../../runtime/chan.js";
import type { Iface, Ptr, Slice } from "../../runtime/value.js";
import { pseudoFrame, type G } from "../../runtime/runtime2.js";
import { dumpGoroutines, framesOf, traceback, tracebackLevel } from "../../runtime/traceback.js";
import type { Heap } from "../../runtime/malloc.js";
import type { MCache } from "../../runtime/mcache.js";
import { pauseRing } from "../../runtime/mgc.js";
import { raceKey, raceacquire, racereleasemerge } from "../../runtime/race.js";
import { newsized } from "../../runtime/newobject.js";
import { O_RDONLY, errnoText, isErrno } from "../../runtime/syscall.js";

/** 10 MB in 64 KiB reads: the largest zone file time reads (Go's maxFileSize). */
const maxZoneFileChunks = 160;

/** The most Ps gort simulates (RunOptions.cpus has the same bound); Go 1.19 has no cap. */
const maxGomaxprocs = 256;
import { unsafeEqual } from "../../runtime/unsafe.js";
import { ifaceEqual } from "../../runtime/rtypes.js";
import { atomicLoadNs, fileCallNs } from "../../runtime/costs.js";
import { atomicCost } from "../../runtime/sema.js";

/** time.go's playgroundEpoch (2009-11-10 23:00:00 UTC in ns): LastGC is wall-clock time. */
const playgroundEpoch = 1257894000000000000n;

const heapOf = (): Heap => (machine as unknown as { heap: Heap }).heap;

/** gort's program counters (stdlib/runtime/extern.go): a function's index and a line, so that
 *  a pc names a frame and survives FuncForPC and CallersFrames; 0 is no pc. Pseudo-functions
 *  stand for Go's runtime.main and runtime.goexit below the program's frames, and for
 *  runtime.Callers above them (its own frame, which skip 0 records). */
const pcBase = 0x400000;
const pcLineBits = 2 ** 20;
const runtimeMainFi = -2;
const goexitFi = -3;
const callersFi = -1;
const rtDir = "/usr/lib/go-1.19/src/runtime/";
const pseudoFrames: Record<number, { name: string; file: string; line: number }> = {
  [callersFi]: { name: "runtime.Callers", file: `${rtDir}extern.go`, line: 247 },
  [runtimeMainFi]: { name: "runtime.main", file: `${rtDir}proc.go`, line: 250 },
  [goexitFi]: { name: "runtime.goexit", file: `${rtDir}asm_amd64.s`, line: 1594 },
};

/** The runtime functions a panic's frames pass through, as Callers sees them from a deferred
 *  call (Go's traceback hides them): gopanic (or Goexit), and under it the function that raised
 *  a runtime error. Pseudo-functions too, from -4 down; their lines are Go 1.19.8's. */
const panicFuncs = [
  ["runtime.gopanic", "panic.go"], ["runtime.Goexit", "panic.go"], ["runtime.goPanicIndex", "panic.go"],
  ["runtime.goPanicSliceAlen", "panic.go"], ["runtime.goPanicSliceAcap", "panic.go"], ["runtime.goPanicSliceB", "panic.go"],
  ["runtime.goPanicSlice3Alen", "panic.go"], ["runtime.goPanicSlice3Acap", "panic.go"], ["runtime.goPanicSlice3B", "panic.go"],
  ["runtime.goPanicSlice3C", "panic.go"], ["runtime.goPanicSliceConvert", "panic.go"], ["runtime.panicdivide", "panic.go"],
  ["runtime.panicshift", "panic.go"], ["runtime.panicmem", "panic.go"], ["runtime.sigpanic", "signal_unix.go"],
  ["runtime.panicdottypeE", "iface.go"], ["runtime.panicdottypeI", "iface.go"], ["runtime.panicnildottype", "iface.go"],
  ["runtime.assertE2I", "iface.go"], ["runtime.chansend", "chan.go"], ["runtime.chansend1", "chan.go"],
  ["runtime.closechan", "chan.go"],
] as const;
type PanicFunc = (typeof panicFuncs)[number][0];
const panicFi = new Map<string, number>();
panicFuncs.forEach(([name, file], i) => {
  pseudoFrames[-4 - i] = { name, file: rtDir + file, line: 0 };
  panicFi.set(name, -4 - i);
});
/** Pseudo-function indexes sit from -pcFiBias up in the pc space. */
const pcFiBias = 64;

function pcOf(fi: number, line: number): number {
  return pcBase + (fi + pcFiBias) * pcLineBits + Math.min(line, pcLineBits - 1);
}

/** A runtime error's raising function(s), innermost first, by its message (the value's type
 *  and text tell which check failed). A map's nil-map write names no function (its variant,
 *  mapassign_fast64 or another, depends on the key type). */
function raisedBy(p: GoPanic): [PanicFunc, number][] {
  const v = p.value;
  const name = v?.t.str ?? "";
  if (v === null || !/^\*?runtime\./.test(name)) return [];
  const msg = String(typeof v.v === "string" ? v.v : (v.v as { msg?: string }).msg ?? "");
  const sl = /^slice bounds out of range (\[.*)$/.exec(msg)?.[1];
  if (msg.startsWith("index out of range")) return [["runtime.goPanicIndex", 113]];
  if (sl !== undefined) {
    if (sl.startsWith("[::")) return [sl.includes("capacity") ? ["runtime.goPanicSlice3Acap", 173] : ["runtime.goPanicSlice3Alen", 165]];
    if (/^\[:[^:\]]*:/.test(sl)) return [["runtime.goPanicSlice3B", 183]];
    if (/^\[[^:\]]+:[^:\]]*:\]/.test(sl)) return [["runtime.goPanicSlice3C", 193]];
    if (sl.startsWith("[:")) return [sl.includes("capacity") ? ["runtime.goPanicSliceAcap", 139] : ["runtime.goPanicSliceAlen", 127]];
    return [["runtime.goPanicSliceB", 153]];
  }
  if (msg.startsWith("cannot convert slice with length")) return [["runtime.goPanicSliceConvert", 203]];
  if (msg === "integer divide by zero") return [["runtime.panicdivide", 239]];
  if (msg === "negative shift amount") return [["runtime.panicshift", 231]];
  if (msg === "invalid memory address or nil pointer dereference") return [["runtime.panicmem", 260], ["runtime.sigpanic", 835]];
  if (msg.startsWith("interface conversion: interface is nil")) return [["runtime.assertE2I", 451]];
  if (/^interface conversion: .* is nil, not /.test(msg)) return [["runtime.panicnildottype", 278]];
  if (msg.includes("missing method")) return [];
  if (msg.startsWith("interface conversion: interface {} is")) return [["runtime.panicdottypeE", 262]];
  if (msg.startsWith("interface conversion: ")) return [["runtime.panicdottypeE", 262], ["runtime.panicdottypeI", 272]];
  if (msg === "send on closed channel") return [["runtime.chansend", 206], ["runtime.chansend1", 145]];
  if (msg === "close of nil channel") return [["runtime.closechan", 359]];
  if (msg === "close of closed channel") return [["runtime.closechan", 365]];
  return [];
}

/** A function's entry pc: its func line's (FuncForPC(pc).Entry() and FileLine, as Go's). */
function entryOf(fi: number): number {
  return pcOf(fi, pseudoFrames[fi]?.line ?? machine.funcInfo(fi)?.line ?? 0);
}

/** The creator a time.AfterFunc goroutine's traceback names (time/sleep.go's goFunc). */
const goFuncCreator = { name: "time.goFunc", file: "/usr/lib/go-1.19/src/time/sleep.go", line: 176 };

/** reflect.Value.Pointer of a func value: its function's entry pc, which FuncForPC names
 *  (undefined for a method value or a native, which get a stand-in address). */
export function funcEntryPC(fn: Function): number | undefined {
  const fi = machine.funcIndexOf(fn);
  return fi === undefined ? undefined : entryOf(fi);
}

/** The goroutine's frames, innermost first, as (function index, line): Go frames, then Go's
 *  runtime.main (main goroutine) and runtime.goexit. */
function callerFrames(g: G): [number, number][] {
  const out: [number, number][] = [];
  // The panics whose deferred calls run, innermost first: each "panic" pseudo-frame is one.
  let p = g.panic;
  for (let d = Math.min(g.d, g.fr.length - 1); d >= 1; d--) {
    const f = g.fr[d]!;
    const rt = pseudoFrame(f);
    if (rt === null) {
      if (f.fi >= 0) out.push([f.fi, f.l]);
      continue;
    }
    // A panic's runtime frames (a deferred call runs above them): gopanic and what raised it.
    if (rt.name === "panic" || rt.name === "runtime.Goexit") {
      out.push([panicFi.get(rt.name === "panic" ? "runtime.gopanic" : rt.name)!, rt.line]);
      if (p !== null && p !== undefined && rt.name === "panic") for (const [fn, line] of raisedBy(p)) out.push([panicFi.get(fn)!, line]);
      p = p?.link ?? null;
    }
  }
  if (g === machine.sched.main) out.push([runtimeMainFi, 250]);
  out.push([goexitFi, 1594]);
  return out;
}

/** runtime.MemProfile's records (stdlib/runtime/mprof.go) from the heap profiler: per
 *  allocation stack its counts and its pcs, leaf first, from the allocating Go function (the
 *  runtime's own frames, mallocgc and its callers, are left out as Go's mProf_Malloc skips
 *  them). inuseZero keeps records with nothing in use. */
function memProfileRecords(inuseZero: boolean): { counts: number[]; pcs: number[] }[] {
  const fis = new Map<string, number>();
  for (let fi = 0; ; fi++) {
    const info = machine.funcInfo(fi);
    if (info === undefined) break;
    if (!fis.has(info.name)) fis.set(info.name, fi);
  }
  const out: { counts: number[]; pcs: number[] }[] = [];
  for (const s of machine.heapProfile().samples) {
    const [allocs, allocBytes, inuse, inuseBytes] = s.values as [number, number, number, number];
    if (!inuseZero && inuseBytes === 0) continue;
    const pcs: number[] = [];
    for (const f of s.stack) {
      const fi = f.name === "runtime.main" ? runtimeMainFi : fis.get(f.name);
      if (fi === undefined || (f.name.startsWith("runtime.") && fi !== runtimeMainFi)) continue;
      if (pcs.length < 32) pcs.push(pcOf(fi, f.line));
    }
    out.push({ counts: [allocs, allocBytes, allocs - inuse, allocBytes - inuseBytes], pcs });
  }
  return out;
}

export const runtimeNatives: Record<string, Function> = {
  /** runtime.go's init: the program's *TypeAssertionError type (panicking.ts). */
  registerTypeAssertionError(e: Iface): void {
    machine.typeAssertionErrorT = e.t;
  },
  memProfileLen(inuseZero: boolean): number {
    return memProfileRecords(inuseZero).length;
  },
  memProfileFill(inuseZero: boolean, buf: Slice | null): number {
    if (buf === null) return 0;
    const recs = memProfileRecords(inuseZero).slice(0, Math.floor(buf.len / 36));
    recs.forEach((r, i) => {
      const at = buf.off + 36 * i;
      for (let k = 0; k < 36; k++) buf.a[at + k] = k < 4 ? r.counts[k]! : r.pcs[k - 4] ?? 0;
    });
    return recs.length;
  },
  Caller(skip: number | bigint): [number, string, number, boolean] {
    const fr = callerFrames(S.g)[Number(skip)];
    if (fr === undefined) return [0, "", 0, false];
    const [fi, line] = fr;
    const file = pseudoFrames[fi]?.file ?? machine.funcInfo(fi)?.file ?? "?";
    return [pcOf(fi, line), file, line, true];
  },
  Callers(skip: number | bigint, pcs: Slice | null): number {
    if (pcs === null) return 0;
    // skip 0 is Callers itself, at the line of extern.go that calls runtime.callers.
    const frames = [[callersFi, pseudoFrames[callersFi]!.line] as [number, number], ...callerFrames(S.g)].slice(Math.max(0, Number(skip)));
    const n = Math.min(frames.length, pcs.len);
    for (let i = 0; i < n; i++) pcs.a[pcs.off + i] = pcOf(frames[i]![0], frames[i]![1]);
    return n;
  },
  funcInfo(pc: number | bigint): [string, string, number, number, boolean] {
    const p = Number(pc) - pcBase;
    if (p <= 0) return ["", "", 0, 0, false];
    const fi = Math.floor(p / pcLineBits) - pcFiBias;
    const line = p % pcLineBits;
    const pseudo = pseudoFrames[fi];
    if (pseudo !== undefined) return [pseudo.name, pseudo.file, line, entryOf(fi), true];
    const info = fi >= 0 ? machine.funcInfo(fi) : undefined;
    if (info === undefined) return ["", "", 0, 0, false];
    return [info.name, info.file, line, entryOf(fi), true];
  },
  /** runtime.Stack's text (its only caller): the calling goroutine's traceback from Stack's
   *  caller (Go's starts at getcallerpc, so Stack's own frame, the top one, is not shown), then
   *  every other one's if all. */
  stack(all: boolean): string {
    const lvl = tracebackLevel(undefined);
    let out = traceback(machine, S.g, framesOf(S.g).slice(0, -1), lvl, true);
    if (all) out += dumpGoroutines(machine, S.g, { ...lvl, all: true }, false).replace(/^\n/, "\n");
    return out;
  },
  Gosched: gosched,
  /** GOMAXPROCS (debug.go): n > 0 resizes the machine with the world stopped (procresize);
   *  the caller goes on once it is done. Returns the previous setting. */
  *GOMAXPROCS(n: number): GoGen<number> {
    const old = machine.sched.gomaxprocs;
    if (n <= 0 || n === old) return old;
    if (n > maxGomaxprocs) {
      throw new SimLimit("unsupported", `gort: GOMAXPROCS(${n}) asks for more Ps than gort simulates (at most ${maxGomaxprocs}, as --cpus)`);
    }
    machine.requestResize(n);
    do yield STEP;
    while (machine.resizePending);
    return old;
  },
  NumGoroutine(): number {
    return machine.sched.nlive;
  },
  NumCgoCall(): number {
    return machine.sched.ncgocall;
  },
  NumCPU(): number {
    return (machine as unknown as { opts: { cpus: number } }).opts.cpus;
  },
  SetFinalizer(obj: Iface | null, finalizer: Iface | null): void {
    machine.gc.finalizers.set(obj, finalizer);
  },
  /** runtime.GC: a whole forced cycle, then sweeping; the caller waits (mgc.ts). */
  *GC(): GoGen<void> {
    yield* machine.gc.collect();
  },
  Goexit(): never {
    S.g.goexiting = true;
    return goexit();
  },
  Version(): string {
    return "go1.19.8";
  },
  getenv(key: string): string {
    return rt.environ.get(key) ?? "";
  },
  Breakpoint(): void {
    throw new SimLimit("unsupported", "gort: runtime.Breakpoint (a SIGTRAP trap) is not supported yet");
  },
  readMemStats(m: any): void {
    const heap = heapOf();
    const mcaches = machine.sched.allp.map((p) => p.mcache as MCache);
    const st = heap.readMemStats(mcaches) as unknown as Record<string, unknown>;
    for (const k of Object.keys(st)) {
      if (k in m && (typeof st[k] === "number" || typeof st[k] === "bigint")) m[k] = st[k];
    }
    const gc = machine.gc;
    m.PauseTotalNs = gc.pauseTotalNs;
    m.LastGC = gc.lastGCEnd === 0 ? 0 : i64.add(playgroundEpoch, gc.lastGCEnd);
    for (let i = 0; i < pauseRing; i++) {
      const end = gc.pauseEnd[i] ?? 0;
      m.PauseNs[i] = gc.pauseNs[i] ?? 0;
      m.PauseEnd[i] = end === 0 ? 0 : i64.add(playgroundEpoch, end);
    }
    m.GCCPUFraction = gc.cpuFraction;
    const by = (st as { BySize: { Size: number; Mallocs: number; Frees: number }[] }).BySize;
    for (let i = 0; i < by.length && i < m.BySize.length; i++) {
      m.BySize[i].Size = by[i]!.Size;
      m.BySize[i].Mallocs = by[i]!.Mallocs;
      m.BySize[i].Frees = by[i]!.Frees;
    }
  },
};

export const debugNatives: Record<string, Function> = {
  /** debug.SetGCPercent: the new GOGC takes effect at once (the trigger moves). */
  SetGCPercent(p: number | bigint): number {
    const heap = heapOf();
    const old = heap.setGCPercent(Number(p));
    if (heap.shouldTrigger()) heap.startGCRequested = true;
    return old;
  },
  /** debug.FreeOSMemory: a forced cycle and a full sweep (gort has no scavenger: freed pages
   *  stay in HeapIdle rather than HeapReleased). */
  *FreeOSMemory(): GoGen<void> {
    yield* machine.gc.collect();
  },
  /** debug.SetMaxStack: the new maxstacksize, the old one returned (as Go, no check). */
  SetMaxStack(n: number | bigint): number | bigint {
    return machine.setMaxStack(n);
  },
  /** debug.SetTraceback: raise the traceback level (never below GOTRACEBACK's). */
  SetTraceback(level: string): void {
    machine.setTraceback(level);
  },
};

// ---- time ----------------------------------------------------------------------------------------

/** unsafe.Sizeof(runtime.timer{}) on linux/amd64, Go 1.19: a Timer or Ticker struct holds one. */
const runtimeTimerSize = 64;

/** time's *runtimeTimer: the runtime timer itself (tagged as the 64 bytes it adds to its
 *  Timer or Ticker struct). */
type RTimer = import("../../runtime/runtime2.js").Timer;

/** time.Now() at simulated time now, as time.go's Time struct holds it (stdlib/time/time.go):
 *  seconds since year 1, nanoseconds, the monotonic reading plus one, in Local. */
function timeNow(now: number): { sec: number; nsec: number; mono: number; loc: null; local: boolean } {
  const unixToInternal = 62135596800;
  const playgroundUnix = 1257894000;
  return { sec: unixToInternal + playgroundUnix + Math.floor(now / 1e9), nsec: now % 1e9, mono: now + 1, loc: null, local: true };
}

export const timeNatives: Record<string, Function> = {
  now(): number {
    return machine.nanotime();
  },
  lookupEnv(key: string): [string, boolean] {
    const v = rt.environ.get(key);
    return v === undefined ? ["", false] : [v, true];
  },
  /** A zone file from the run's file system (zoneinfo_read.go's sources), or the open's errno
   *  text; ENOENT's when the run has no file system (as a machine without the database). */
  readZoneFile(path: string): [string, string] {
    const fs = rt.fs;
    const fd = fs.open(path, O_RDONLY, 0);
    if (isErrno(fd)) return ["", errnoText[fd.errno === "ENOSYS" ? "ENOENT" : fd.errno] ?? `errno ${fd.errno}`];
    let data = "";
    // A TZif file is a few KB; Go's loader refuses files over 10 MB.
    for (let i = 0; i < maxZoneFileChunks; i++) {
      const chunk = fs.read(fd, 64 * 1024);
      if (isErrno(chunk) || chunk === "") break;
      data += chunk;
    }
    fs.close(fd);
    S.cost += fileCallNs * 3;
    return [data, ""];
  },
  *Sleep(d: number | bigint): GoGen<void> {
    yield* timeSleep(typeof d === "bigint" ? Number(d) : d);
  },
  durationString,
  newTimer(d: number | bigint, c: HChan | null, f: (() => GoGen) | null, period: number | bigint): RTimer {
    const sched = machine.sched;
    const ns = Math.max(0, Number(d));
    const pp = S.g.m?.p ?? sched.allp[0]!;
    // -race: what the creator did happens before the timer's func runs (addtimer's
    // racerelease, runOneTimer's raceacquirectx).
    const race = machine.race;
    const group = S.g.group;
    const t: RTimer = {
      // From the clock the goroutine reads: the timer fires no earlier than time.Now()+d.
      when: machine.nanotime() + ns, period: Math.max(0, Number(period)), seq: 0, i: -1, pp: undefined,
      f: (now: number) => {
        if (c) trysend(c, timeNow(now), t.race);
        if (f) {
          // goFunc's go statement runs on the P running the timer: the new goroutine takes its
          // runnext (three AfterFuncs due at once run the last first, then the first two).
          const ng = sched.newproc(f(), sched.timersP, undefined, "time.goFunc");
          ng.startRoots = f;
          ng.group = group;
          // Go's timer runs time.goFunc, which starts f with a go statement.
          ng.createdByRuntime = goFuncCreator;
          if (t.race !== undefined) race!.gostart(t.race, ng, undefined, undefined, { ...goFuncCreator, up: null });
        }
      },
      // The channel and the func are the runtime timer's references: GC roots while it waits.
      roots: [c, f],
      race: race !== undefined ? race.snapshot(S.g) : undefined,
    } as RTimer;
    // Go's runtimeTimer lives in the Timer struct: its 64 bytes are charged here, and the
    // collector keeps them marked while the timer is pending (mgc.ts).
    newsized(t, runtimeTimerSize, false);
    sched.addtimer(pp, t);
    return t;
  },
  stopTimer(r: RTimer): boolean {
    return machine.sched.deltimer(r);
  },
  resetTimer(r: RTimer, d: number | bigint): boolean {
    const sched = machine.sched;
    const was = sched.deltimer(r);
    r.when = machine.nanotime() + Math.max(0, Number(d));
    if (r.period > 0) r.period = Number(d);
    if (machine.race !== undefined) r.race = machine.race.snapshot(S.g);
    sched.addtimer(S.g.m?.p ?? sched.allp[0]!, r);
    return was;
  },
};

/** Duration.String, as Go's time package formats it ("1h2m3.5s", "1.5µs", "0s"). */
function durationString(d: number | bigint): string {
  const big = BigInt(d);
  const neg = big < 0n;
  let u = neg ? -big : big;
  if (u < 1000000000n) {
    if (u === 0n) return "0s";
    let prec: number;
    let unit: string;
    if (u < 1000n) return (neg ? "-" : "") + u.toString() + "ns";
    if (u < 1000000n) {
      prec = 3;
      unit = "\xc2\xb5s"; // "µs" as a byte string (value.ts): U+00B5 in UTF-8
    } else {
      prec = 6;
      unit = "ms";
    }
    return (neg ? "-" : "") + fmtFrac(u, prec) + unit;
  }
  let s = fmtFrac(u % 60000000000n, 9) + "s";
  u /= 60000000000n;
  if (u > 0n) {
    s = (u % 60n).toString() + "m" + s;
    u /= 60n;
    if (u > 0n) s = u.toString() + "h" + s;
  }
  return (neg ? "-" : "") + s;
}

/** v / 10^prec with the fraction's trailing zeros (and a lone dot) removed. */
function fmtFrac(v: bigint, prec: number): string {
  const p = 10n ** BigInt(prec);
  const ip = v / p;
  let frac = (v % p).toString().padStart(prec, "0").replace(/0+$/, "");
  return frac ? `${ip}.${frac}` : `${ip}`;
}

// ---- sync/atomic -------------------------------------------------------------------------------------

/** -race: an atomic operation is a synchronization on its word (TSan's Go atomics: loads
 *  acquire, read-modify-writes and stores acquire and release). */
function raceAtomicRMW(o: object, k: string | number): void {
  raceacquire(o, k);
  racereleasemerge(o, k);
}

/**
 * An atomic operation on p: cost(p) is charged, then its visible step, then rest(p, a, b) does
 * the operation. Its generator, and its plain entry (runtime/yield.ts), which the compiler calls:
 * the same work in the same order, and no generator unless the step must yield.
 */
function atomicOp<A, B, R>(cost: (p: Ptr) => number, rest: (p: Ptr, a: A, b: B) => R): Function {
  return withEntry(
    function* (p: Ptr, a: A, b: B): GoGen<R> {
      S.cost += cost(p);
      { const st = machine.stepNow(); if (st !== GOON) yield st; }
      return rest(p, a, b);
    },
    (p: Ptr, a: A, b: B): R | typeof PENDING => {
      S.cost += cost(p);
      const st = machine.stepNow();
      return st === GOON ? rest(p, a, b) : pend(yieldThen(st, rest, p, a, b));
    },
  );
}

/** Swap: atomicOp's, but the old value is read first (as the generator always did). */
function swapOp(f?: RuntimeFrame): Function {
  const rest = (p: Ptr, v: any, old: any): any => swapRest(p, v, old, f);
  return withEntry(
    function* (p: Ptr, v: any): GoGen<any> {
      const old = p.get();
      S.cost += atomicCost(p.o);
      { const st = machine.stepNow(); if (st !== GOON) yield st; }
      return rest(p, v, old);
    },
    (p: Ptr, v: any): any => {
      const old = p.get();
      S.cost += atomicCost(p.o);
      const st = machine.stepNow();
      return st === GOON ? rest(p, v, old) : pend(yieldThen(st, rest, p, v, old));
    },
  );
}

const rmwCost = (p: Ptr): number => atomicCost(p.o);
const loadCost = (): number => atomicLoadNs;

/** -race: the frames an atomic's access shows in a report, by operation: the race runtime's
 *  entry (race_amd64.s, where a Uint or Uintptr variant jumps to the Int one) over the ABI
 *  wrapper of the function called (`<autogenerated>:1`), and no caller, as Go's show. */
const raceS = "/usr/lib/go-1.19/src/runtime/race_amd64.s";
const atomicLines: Record<string, number> = {
  LoadInt32: 202, LoadInt64: 208, StoreInt32: 231, StoreInt64: 237, SwapInt32: 256, SwapInt64: 262,
  AddInt32: 281, AddInt64: 289, CompareAndSwapInt32: 310, CompareAndSwapInt64: 316,
};
function atomicFrame(op: string): RuntimeFrame {
  const target = op.replace(/Uint32$/, "Int32").replace(/(Uint64|Uintptr)$/, "Int64");
  return {
    fn: `sync/atomic.${target}`, file: raceS, line: atomicLines[target]!,
    wrapper: { fn: `sync/atomic.${op}`, file: "<autogenerated>", line: 1 },
  };
}

/** -race: an atomic operation's own access to its word (after a load's acquire, before a
 *  store's release): it races with a plain access the synchronization does not order, never
 *  with another atomic one. */
function raceAtomicAccess(p: Ptr, f: RuntimeFrame | undefined, write: boolean): void {
  const r = S.r;
  if (r === null || f === undefined) return;
  const k = raceKey(p.o, p.k);
  if (write) r.write(p.o, k, f, true);
  else r.read(p.o, k, f, true);
}

/** A read-modify-write after its step: the race detector's access and synchronization, and the
 *  old value; rmwSet stores the new one. */
function rmwOld(p: Ptr, f?: RuntimeFrame): any {
  raceAtomicAccess(p, f, true);
  raceAtomicRMW(p.o, p.k);
  return p.get();
}

function rmwSet(p: Ptr, v: any): any {
  p.set(v);
  return v;
}

const storeRest = (f?: RuntimeFrame) => (p: Ptr, v: any): void => {
  rmwOld(p, f);
  rmwSet(p, v);
};

function swapRest(p: Ptr, v: any, old: any, f?: RuntimeFrame): any {
  rmwOld(p, f);
  rmwSet(p, v);
  return old;
}

const loadRest = (f?: RuntimeFrame) => (p: Ptr): any => {
  raceacquire(p.o, p.k);
  raceAtomicAccess(p, f, false);
  return p.get();
};

/** A compare-and-swap after its step: the race detector's synchronization, then the swap if p
 *  holds o. */
function casDone(p: Ptr, o: any, n: any, eq: (a: any, b: any) => boolean, f?: RuntimeFrame): boolean {
  raceAtomicAccess(p, f, true);
  raceAtomicRMW(p.o, p.k);
  if (!eq(p.get(), o)) return false;
  p.set(n);
  return true;
}

const strictEqual = (a: any, b: any): boolean => a === b;
const casRest = (f?: RuntimeFrame) => (p: Ptr, o: any, n: any): boolean => casDone(p, o, n, strictEqual, f);
const casPointerRest = (p: Ptr, o: any, n: any): boolean => casDone(p, o, n, unsafeEqual);

const atomicAdd32 = atomicFrame("AddInt32");
const atomicAddU32 = atomicFrame("AddUint32");
const atomicAdd64 = atomicFrame("AddInt64");
const atomicAddU64 = atomicFrame("AddUint64");
const atomicAddUptr = atomicFrame("AddUintptr");

const w32 = (x: number): number => x | 0;
const wu32 = (x: number): number => x >>> 0;

export const atomicNatives: Record<string, Function> = {
  AddInt32: atomicOp(rmwCost, (p, d: number) => rmwSet(p, w32(rmwOld(p, atomicAdd32) + d))),
  AddUint32: atomicOp(rmwCost, (p, d: number) => rmwSet(p, wu32(rmwOld(p, atomicAddU32) + d))),
  AddInt64: atomicOp(rmwCost, (p, d: any) => rmwSet(p, i64.add(rmwOld(p, atomicAdd64), d))),
  AddUint64: atomicOp(rmwCost, (p, d: any) => rmwSet(p, i64.addU(rmwOld(p, atomicAddU64), d))),
  LoadInt32: atomicOp(loadCost, loadRest(atomicFrame("LoadInt32"))),
  LoadInt64: atomicOp(loadCost, loadRest(atomicFrame("LoadInt64"))),
  LoadUint32: atomicOp(loadCost, loadRest(atomicFrame("LoadUint32"))),
  LoadUint64: atomicOp(loadCost, loadRest(atomicFrame("LoadUint64"))),
  StoreInt32: atomicOp(rmwCost, storeRest(atomicFrame("StoreInt32"))),
  StoreInt64: atomicOp(rmwCost, storeRest(atomicFrame("StoreInt64"))),
  StoreUint32: atomicOp(rmwCost, storeRest(atomicFrame("StoreUint32"))),
  StoreUint64: atomicOp(rmwCost, storeRest(atomicFrame("StoreUint64"))),
  SwapInt32: swapOp(atomicFrame("SwapInt32")),
  SwapInt64: swapOp(atomicFrame("SwapInt64")),
  SwapUint32: swapOp(atomicFrame("SwapUint32")),
  SwapUint64: swapOp(atomicFrame("SwapUint64")),
  AddUintptr: atomicOp(rmwCost, (p, d: any) => rmwSet(p, i64.addU(rmwOld(p, atomicAddUptr), d))),
  LoadUintptr: atomicOp(loadCost, loadRest(atomicFrame("LoadUintptr"))),
  StoreUintptr: atomicOp(rmwCost, storeRest(atomicFrame("StoreUintptr"))),
  SwapUintptr: swapOp(atomicFrame("SwapUintptr")),
  CompareAndSwapUintptr: atomicOp(rmwCost, casRest(atomicFrame("CompareAndSwapUintptr"))),
  CompareAndSwapInt32: atomicOp(rmwCost, casRest(atomicFrame("CompareAndSwapInt32"))),
  CompareAndSwapInt64: atomicOp(rmwCost, casRest(atomicFrame("CompareAndSwapInt64"))),
  CompareAndSwapUint32: atomicOp(rmwCost, casRest(atomicFrame("CompareAndSwapUint32"))),
  CompareAndSwapUint64: atomicOp(rmwCost, casRest(atomicFrame("CompareAndSwapUint64"))),
  // The pointer operations synchronize without an access of their own (Go implements them in
  // Go under -race, over the word's typed accesses).
  LoadPointer: atomicOp(loadCost, loadRest()),
  StorePointer: atomicOp(rmwCost, storeRest()),
  SwapPointer: swapOp(),
  CompareAndSwapPointer: atomicOp(rmwCost, casPointerRest),
  *loadValue(v: AtomicValue) { { const st = machine.stepNow(); if (st !== GOON) yield st; } raceacquire(v, "v"); return v.v; },
  *storeValue(v: AtomicValue, x: Iface | null) {
    { const st = machine.stepNow(); if (st !== GOON) yield st; }
    if (x === null) throw new GoPanic(stringValue("sync/atomic: store of nil value into Value"));
    if (v.v !== null && v.v.t !== x.t) throw new GoPanic(stringValue("sync/atomic: store of inconsistently typed value into Value"));
    raceAtomicRMW(v, "v");
    v.v = x;
  },
  /** Value.Swap: store x, return what was there (nil before the first store). */
  *swapValue(v: AtomicValue, x: Iface | null) {
    { const st = machine.stepNow(); if (st !== GOON) yield st; }
    if (x === null) throw new GoPanic(stringValue("sync/atomic: swap of nil value into Value"));
    if (v.v !== null && v.v.t !== x.t) throw new GoPanic(stringValue("sync/atomic: swap of inconsistently typed value into Value"));
    raceAtomicRMW(v, "v");
    const old = v.v;
    v.v = x;
    return old;
  },
  /** Value.CompareAndSwap: store nw if the Value holds old (== of interfaces, which panics on
   *  an uncomparable dynamic type; a Value never stored holds only nil). */
  *casValue(v: AtomicValue, old: Iface | null, nw: Iface | null) {
    { const st = machine.stepNow(); if (st !== GOON) yield st; }
    if (nw === null) throw new GoPanic(stringValue("sync/atomic: compare and swap of nil value into Value"));
    if (old !== null && old.t !== nw.t) throw new GoPanic(stringValue("sync/atomic: compare and swap of inconsistently typed values"));
    raceAtomicRMW(v, "v");
    if (v.v === null) {
      if (old !== null) return false;
      v.v = nw;
      return true;
    }
    if (v.v.t !== nw.t) throw new GoPanic(stringValue("sync/atomic: compare and swap of inconsistently typed value into Value"));
    if (!ifaceEqual(v.v, old)) return false;
    v.v = nw;
    return true;
  },
};

/** sync/atomic.Value: the interface value it holds (nil until the first Store). */
interface AtomicValue {
  v: Iface | null;
}

