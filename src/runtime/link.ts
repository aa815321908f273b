// Linking: the `$rt` object compiled code calls, and turning compiled JS into a program.
//
// Models no runtime file: it plays the part of cmd/link (a program's symbols and init tasks)
// and of the calling convention by which compiled code reaches the runtime.
//
// The compiler (src/compiler) emits the body of a JS function that takes `$rt`; link() builds
// that function once per Program with `new Function` (api.ts newMachine keeps it as p.linked)
// and calls it, which declares the program's types, functions and method tables and returns
// its reset (each run's package variables), init functions and main.
//
// Invariant: everything compiled code may name is on $rt; nothing else leaks into its scope.

import * as i64 from "../base/int64.js";
import { setAddrOf, setRuntimeErrorFactory } from "./alg.js";
import * as chan from "./chan.js";
import * as map from "./map.js";
import { mapiterelemRace, mapiterinit, mapiterinitn, mapiternext, mapiternextn } from "./map_iter.js";
import * as ops from "./ops.js";
import * as panicking from "./panicking.js";
import { addrOf, printArgs } from "./print.js";
import { preempt, tick, newproc, gostep, gostepn } from "./procrt.js";
import { tramp } from "./gogo.js";
import { raceFields, raceread, racereadobj, racereadptr, racewrite, racewriteobj, racewriteptr } from "./race.js";
import { rt } from "./rt.js";
import * as rtypes from "./rtypes.js";
import * as unsafe from "./unsafe.js";
import { S } from "./state.js";
import { Complex, Iface, Ptr, Slice, type RType } from "./value.js";
import * as cgo from "./cgocall.js";
import * as alloc from "./newobject.js";
import { machine } from "./state.js";
import type { FuncInfo } from "./runtime2.js";
import { PENDING, doneIter, pending, type GoGen } from "./yield.js";

// By key type, then element type: weak, so that the types of a program that has ended are not
// kept by the process's later programs.
const mapTypes = new WeakMap<RType, WeakMap<RType, map.MapType>>();

// The last pair mapType was asked for: compiled code asks at every map operation, most often for
// the same pair as the previous one. (An immutable cache, as mapTypes: shared by machines.)
let lastKey: RType | null = null;
let lastElem: RType | null = null;
let lastMapType: map.MapType | null = null;

/** The map model's descriptor for map[k]e: one per pair, shared by compiled code and reflect
 *  (and by every machine: a descriptor is immutable and holds nothing of a run). */
export function mapType(k: RType, e: RType): map.MapType {
  if (k === lastKey && e === lastElem) return lastMapType!;
  lastKey = k;
  lastElem = e;
  lastMapType = mapTypeOf(k, e);
  return lastMapType;
}

function mapTypeOf(k: RType, e: RType): map.MapType {
  let m = mapTypes.get(k);
  if (!m) mapTypes.set(k, (m = new WeakMap()));
  let t = m.get(e);
  if (!t) m.set(e, (t = map.newMapType(k, e)));
  return t;
}

/** A map literal: makemap, then mapassign of each entry in order, through its plain entry
 *  (runtime/yield.ts), so that an entry whose steps go on at once makes no generator (time's
 *  unitMap is initialized in every run of every program that imports fmt). */
function* maplit(t: map.MapType, kvs: [any, any][], onHeap = true): GoGen<map.Hmap> {
  const h = map.makemap(t, kvs.length, rt.env, onHeap);
  for (let i = 0; i < kvs.length; i++) {
    const kv = kvs[i]!;
    if (map.mapassignn(t, h, kv[0], kv[1]) === PENDING) yield* pending();
  }
  return h;
}

/** Everything compiled code reaches as $rt.* */
export function makeRt(natives: Record<string, Record<string, Function>>): Record<string, unknown> {
  return {
    i64,
    S,
    natives,
    types: rtypes.types,
    namedOf: rtypes.namedOf,
    ptrTo: rtypes.ptrTo,
    sliceOf: rtypes.sliceOf,
    arrayOf: rtypes.arrayOf,
    mapOf: rtypes.mapOf,
    chanOf: rtypes.chanOf,
    funcOf: rtypes.funcOf,
    interfaceOf: rtypes.interfaceOf,
    structOf: rtypes.structOf,
    addMethod: rtypes.addMethod,
    ifaceEq: rtypes.ifaceEqual,
    ifaceEqT: rtypes.ifaceEqualT,
    Complex,
    Iface,
    Ptr,
    Slice,
    ...ops,
    implements: ops.implements_,
    unsafePointer: unsafe.unsafePointer,
    unsafeElem: unsafe.unsafeElem,
    unsafePointerTo: unsafe.unsafePointerTo,
    unsafeUintptr: unsafe.unsafeUintptr,
    unsafeFromUintptr: unsafe.unsafeFromUintptr,
    unsafeAdd: unsafe.unsafeAdd,
    unsafeSlice: unsafe.unsafeSlice,
    unsafeEqual: unsafe.unsafeEqual,
    get lastRune() {
      return ops.lastRune;
    },
    // Maps.
    mapType,
    makemap: (t: map.MapType, hint: number | bigint, esc = true) => map.makemap(t, hint, rt.env, esc),
    maplit,
    maplen: map.maplen,
    maplenRace: map.maplenRace,
    mapaccess1: map.mapaccess1,
    mapaccessOp: map.mapaccessOp,
    mapaccess2: map.mapaccess2,
    mapassign: map.mapassign,
    mapdelete: map.mapdelete,
    elemRef: map.elemRef,
    mapRefBucket: map.mapRefBucket,
    mapRefIndex: map.mapRefIndex,
    // The plain entries (yield.ts): compiled code calls these, and pending() when one returns PENDING.
    mapaccess1n: map.mapaccess1n,
    mapaccessOpn: map.mapaccessOpn,
    mapaccess2n: map.mapaccess2n,
    mapassignn: map.mapassignn,
    mapdeleten: map.mapdeleten,
    PENDING,
    pending,
    doneIter,
    mapiterinit,
    mapiterelemRace,
    mapiternext,
    mapiterinitn,
    mapiternextn,
    // Channels.
    makechan: chan.makechan,
    chansend: chan.chansend,
    chanrecv1: chan.chanrecv1,
    chanrecv2: chan.chanrecv2,
    // Their plain entries (yield.ts).
    chansendn: chan.chansendn,
    chanrecv1n: chan.chanrecv1n,
    chanrecv2n: chan.chanrecv2n,
    closechan: chan.closechan,
    closechann: chan.closechann,
    chanlen: chan.chanlen,
    chancap: chan.chancap,
    selectgo: chan.selectgo,
    // Panics and defers.
    gopanic: panicking.gopanic,
    gorecover: panicking.gorecover,
    catchPanic: panicking.catchPanic,
    leafPanic: panicking.leafPanic,
    rundefers: panicking.rundefers,
    rundefersFast: panicking.rundefersFast,
    missingReturn: panicking.missingReturn,
    printArgs,
    // cgo.
    cgocall: cgo.cgocall,
    cgocallErrno: cgo.cgocallErrno,
    cgoCString: cgo.CString,
    cgoCBytes: cgo.CBytes,
    cgoMalloc: cgo.malloc,
    cgoGoString: cgo.GoString,
    cgoGoStringN: cgo.GoStringN,
    cgoGoBytes: cgo.GoBytes,
    // Allocation and the collector's roots.
    newobject: alloc.newobject,
    stackobject: alloc.stackobject,
    newarray: alloc.newarray,
    newsized: alloc.newsized,
    stackarray: alloc.stackarray,
    funcval: alloc.funcval,
    stackfuncval: alloc.stackfuncval,
    funcvalp: alloc.funcvalp,
    fitag: alloc.fitag,
    fnamed: alloc.fnamed,
    plainfuncval: alloc.plainfuncval,
    callplain: alloc.callplain,
    plaindefer: alloc.plaindefer,
    newdefer: alloc.newdefer,
    rawstring: alloc.rawstring,
    concatstrings: alloc.concatstrings,
    concatstringsN: alloc.concatstringsN,
    concatstringsBuf: alloc.concatstringsBuf,
    convT: alloc.convT,
    gcglobals: (p: object) => {
      machine.gc.globals = [p];
    },
    // Scheduling.
    newproc,
    gostep,
    gostepn,
    preempt,
    tick,
    tramp,
    // -race instrumentation (compiler/race.ts).
    raceread,
    racereadptr,
    racewriteptr,
    racewrite,
    racewriteobj,
    racereadobj,
    raceFields,
  };
}

/** o with V8's fast properties: an object literal of 133 properties (and a getter) is in
 *  dictionary mode, where every `$rt.f` of compiled code is a hash lookup. An object that
 *  becomes a prototype is turned into fast mode (the ToFastProperties idiom). Measured in
 *  process, CPU s, best of 3: fannkuch(9) 0.379 → 0.176, nbody 0.157 → 0.107, workerpool
 *  0.756 → 0.531, map_int 2.36 → 2.14 (docs/ARCHITECTURE.md). */
function fastProperties<T extends object>(o: T): T {
  function Fast(): void {}
  Fast.prototype = o;
  void new (Fast as unknown as new () => object)();
  return o;
}

export interface Linked {
  /** Zero every package variable: a linked program can run many times. */
  reset: () => void;
  inits: (() => GoGen)[];
  main: () => GoGen;
  funcInfos: FuncInfo[];
}

/** Turns a compiled program's JS (the body of a function of `$rt`) into that function. The host
 *  may supply one that compiles faster than `new Function` (host/codecache.ts: V8's code cache). */
export type JsLoader = (js: string) => ($rt: unknown) => unknown;

const newFunction: JsLoader = (js) => new Function("$rt", js) as ($rt: unknown) => unknown;

/** Evaluate a compiled program. Call once per run, after the machine has set up rt. */
export function link(
  js: string, funcInfos: FuncInfo[], natives: Record<string, Record<string, Function>>, load: JsLoader = newFunction,
): Linked {
  setRuntimeErrorFactory(panicking.runtimeError);
  setAddrOf(addrOf);
  const $rt = fastProperties(makeRt(natives));
  const f = load(js) as ($rt: unknown) => Omit<Linked, "funcInfos">;
  const r = f($rt);
  return { reset: r.reset, inits: r.inits, main: r.main, funcInfos };
}

export { Slice };
