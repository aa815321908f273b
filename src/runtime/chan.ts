// Channels and select: the hchan model.
//
// Models Go 1.19's runtime/chan.go and select.go: hchan with its circular buffer (qcount,
// dataqsiz, sendx, recvx), the queues of waiting senders and receivers (sudogs), direct hand-off
// between a sender and a waiting receiver, close waking every waiter, and selectgo's random poll
// order, enqueue on every channel, and dequeue on wake-up.
//
// Invariants (as in chan.go):
//   - At most one of sendq and recvq is non-empty, except for a select waiting on both ends.
//   - Buffered: qcount > 0 implies recvq is empty; qcount < dataqsiz implies sendq is empty.
//
// Compiled code calls the plain entries chansendn, chanrecv1n and chanrecv2n (yield.ts): they do
// the generator forms' work in the same order and make no generator unless the goroutine parks
// on a nil channel. When the STEP must yield or the goroutine parks, the rest is yieldThen's
// reused iterator, which yields STEP or PARK and then finishes the operation. chanrecv1n makes
// no [v, ok] pair: recvReady returns the value and leaves ok in recvOk.
//
// Simplifications vs real Go: no hchan.lock (one goroutine runs at a time); sudogs are plain
// records; select's lock order is not needed for the same reason.

import { allocVia, rtFrame } from "./cpuprof.js";
import { GoPanic } from "./panic.js";
import { runtimeError } from "./panicking.js";
import { S, machine } from "./state.js";
import { waitReason, type G } from "./runtime2.js";
import { GOON, PARK, PENDING, pend, pending, yieldThen, type GoGen } from "./yield.js";
import type { Steer } from "./decide.js";
import type { RType, GoValue } from "./value.js";
import { chanOpNs } from "./costs.js";


interface Sudog {
  g: G;
  /** The value sent, or received (undefined until a sender hands one over). */
  elem: GoValue | undefined;
  success: boolean;
  isSelect: boolean;
  c: HChan;
  caseIndex: number;
}

export class HChan {
  qcount = 0;
  /** The ring of dataqsiz slots; a slot no value occupies is undefined. */
  readonly buf: (GoValue | undefined)[];
  sendx = 0;
  recvx = 0;
  closed = false;
  readonly recvq: Sudog[] = [];
  readonly sendq: Sudog[] = [];
  /** The hchan's address (newobject.ts). */
  $addr = 0;
  constructor(
    readonly elemtype: RType,
    readonly dataqsiz: number,
  ) {
    this.buf = new Array(dataqsiz);
  }
}

/** unsafe.Sizeof(hchan{}) on amd64. */
const hchanSize = 96;

export function makechan(t: RType, size: number | bigint): HChan {
  if (typeof size === "bigint" || size < 0 || size > 1 << 28) {
    throw new GoPanic(runtimeError("makechan: size out of range", true));
  }
  const c = new HChan(t.elem!, size);
  // Go allocates the buffer with the hchan when the elements hold no pointers.
  const mem = t.elem!.size * size;
  if (t.elem!.ptrdata === 0 || mem === 0) c.$addr = machine.newobject(hchanSize + mem, false, allocVia.makechan);
  else {
    c.$addr = machine.newobject(hchanSize, false, allocVia.makechan);
    (c.buf as { $addr?: number }).$addr = machine.newobject(mem, false, allocVia.makechan);
  }
  return c;
}

export function chanlen(c: HChan | null): number {
  return c === null ? 0 : c.qcount;
}
export function chancap(c: HChan | null): number {
  return c === null ? 0 : c.dataqsiz;
}

/** Take the first waiter that can still be woken (a select that already won elsewhere is
 *  skipped, as Go's dequeue does with selectDone). */
function dequeue(q: Sudog[]): Sudog | undefined {
  while (q.length > 0) {
    const sg = q.shift()!;
    if (sg.isSelect) {
      if (sg.g.selectDone) continue;
      sg.g.selectDone = true;
    }
    sg.g.param = sg; // the sudog that woke its goroutine (select's pass 3 reads it)
    return sg;
  }
  return undefined;
}

function ready(g: G): void {
  machine.sched.goready(g, S.g.m?.p, S.g);
}

function* parkForever(reason: string): GoGen<never> {
  machine.sched.gopark(S.g, reason, null);
  yield PARK;
  throw new Error("gort: a goroutine parked forever was woken");
}

/** Where the CPU profile puts a slice that ends in a channel operation (cpuprof.ts). */
const chansendFrame = rtFrame("chansend", "chan.go", 160);
const chanrecvFrame = rtFrame("chanrecv", "chan.go", 457);
const selectgoFrame = rtFrame("selectgo", "select.go", 122);

/** chansend: c <- v. May park. The generator form of chansendn, for the callers that need one
 *  (reflect's Value.Send, and compiled code in a go or defer thunk). */
export function* chansend(c: HChan | null, v: GoValue): GoGen<void> {
  if (chansendn(c, v) === PENDING) yield* pending();
}

/** chansend's plain entry (yield.ts): undefined, or PENDING when its STEP must yield or the
 *  sender parks. */
export function chansendn(c: HChan | null, v: GoValue): typeof PENDING | undefined {
  if (S.dbg !== null) S.dbg.hit("runtime.chansend1", S.g, c);
  if (S.pf !== null) S.pf.enter(chansendFrame, S.cost);
  S.cost += chanOpNs;
  const st = machine.stepNow();
  return st === GOON ? sendStepped(c, v) : pend(yieldThen(st, sendStepped, c, v, undefined));
}

/** chansend after its STEP: the send, or the park (PENDING, the rest being the wait). */
function sendStepped(c: HChan | null, v: GoValue): typeof PENDING | undefined {
  if (c === null) return pend(parkForever(waitReason.chanSendNilChan));
  if (S.tr !== null) S.tr.sync(S.g, c, "send");
  if (c.closed) throw new GoPanic(runtimeError("send on closed channel", true));
  if (sendNow(c, v, ready, S.g)) return undefined;
  const g = S.g;
  const sg: Sudog = { g, elem: v, success: false, isSelect: false, c, caseIndex: 0 };
  c.sendq.push(sg);
  machine.sched.gopark(g, waitReason.chanSend, c);
  if (S.pf !== null) S.pf.enter(chansendFrame, S.cost);
  return pend(yieldThen(PARK, sendWoken, sg, undefined, undefined));
}

/** A parked sender's rest after its PARK: the panic if the channel was closed meanwhile. */
function sendWoken(sg: Sudog): void {
  if (!sg.success) throw new GoPanic(runtimeError("send on closed channel", true));
}

/** chanrecv: v, ok := <-c. May park. The generator form of chanrecv2n. */
export function* chanrecv2(c: HChan | null): GoGen<[GoValue, boolean]> {
  const r = chanrecv2n(c);
  return r === PENDING ? yield* pending() : (r as [GoValue, boolean]);
}

/** chanrecv2's plain entry (yield.ts): [v, ok], or PENDING when its STEP must yield or the
 *  receiver parks. */
export function chanrecv2n(c: HChan | null): [GoValue, boolean] | typeof PENDING {
  return recvn(c, true) as [GoValue, boolean] | typeof PENDING;
}

/** chanrecv: v := <-c. May park. The generator form of chanrecv1n. */
export function* chanrecv1(c: HChan | null): GoGen<GoValue> {
  const v = chanrecv1n(c);
  return v === PENDING ? yield* pending() : v;
}

/** chanrecv1's plain entry (yield.ts): v, or PENDING. Makes no [v, ok] pair. */
export function chanrecv1n(c: HChan | null): GoValue {
  return recvn(c, false);
}

/** chanrecv's entry: the STEP, then the receive; two: the result is [v, ok], else v. */
function recvn(c: HChan | null, two: boolean): GoValue {
  if (S.pf !== null) S.pf.enter(chanrecvFrame, S.cost);
  S.cost += chanOpNs;
  const st = machine.stepNow();
  return st === GOON ? recvStepped(c, two) : pend(yieldThen(st, recvStepped, c, two, undefined));
}

/** chanrecv after its STEP: the value ([v, ok] when two), or the park (PENDING). */
function recvStepped(c: HChan | null, two: boolean): GoValue {
  if (c === null) return pend(parkForever(waitReason.chanReceiveNilChan));
  if (S.tr !== null) S.tr.sync(S.g, c, "receive");
  const v = recvReady(c);
  if (v !== notReady) return two ? [v, recvOk] : v;
  const g = S.g;
  const sg: Sudog = { g, elem: undefined, success: false, isSelect: false, c, caseIndex: 0 };
  c.recvq.push(sg);
  machine.sched.gopark(g, waitReason.chanReceive, c);
  if (S.pf !== null) S.pf.enter(chanrecvFrame, S.cost);
  return pend(yieldThen(PARK, recvWoken, sg, c, two));
}

/** A parked receiver's rest after its PARK: what the sender or close left in its sudog. */
function recvWoken(sg: Sudog, ch: HChan, two: boolean): GoValue {
  if (two) return sg.success ? [sg.elem as GoValue, true] : [ch.elemtype.zero(), false];
  return sg.success ? (sg.elem as GoValue) : ch.elemtype.zero();
}

/** What recvReady returns when the receive cannot complete now. */
const notReady: GoValue = Object.freeze({ notReady: true });

/** recvReady's ok (false: the channel is closed and drained). */
let recvOk = false;

/** A receive that can complete now: its value, with ok in recvOk; or notReady. */
function recvReady(ch: HChan): GoValue {
  const s = dequeue(ch.sendq);
  const r = S.r;
  if (s) {
    let v: GoValue;
    if (ch.dataqsiz === 0) {
      v = s.elem as GoValue; // a parked sender's sudog holds its value
      if (r !== null) r.sync(S.g, s.g); // racesync
    } else {
      // racenotify: both goroutines go through the slot at the head.
      if (r !== null) {
        r.releaseAcquire(S.g, ch, ch.recvx);
        r.releaseAcquire(s.g, ch, ch.recvx);
      }
      // The buffer is full: take its head, put the sender's value at its tail.
      v = ch.buf[ch.recvx] as GoValue;
      ch.buf[ch.recvx] = s.elem;
      ch.recvx = (ch.recvx + 1) % ch.dataqsiz;
      ch.sendx = ch.recvx;
    }
    s.success = true;
    ready(s.g);
    recvOk = true;
    return v;
  }
  if (ch.qcount > 0) {
    if (r !== null) r.releaseAcquire(S.g, ch, ch.recvx);
    const v = ch.buf[ch.recvx] as GoValue; // qcount > 0: the head slot holds a value
    ch.buf[ch.recvx] = undefined;
    ch.recvx = (ch.recvx + 1) % ch.dataqsiz;
    ch.qcount--;
    recvOk = true;
    return v;
  }
  if (ch.closed) {
    if (r !== null) r.acquire(S.g, ch, raceClosed);
    recvOk = false;
    return ch.elemtype.zero();
  }
  return notReady;
}

/** -race: the sync variable of a channel's close (c.raceaddr()); slots are keyed by index. */
const raceClosed = "closed";

/** closechan: close(c). A visible operation, as the channel's lock makes Go's: another
 *  goroutine may act between a check of the channel (a select with a default, a flag) and the
 *  close. The generator form of closechann (reflect's Value.Close, go and defer thunks). */
export function* closechan(c: HChan | null): GoGen<void> {
  if (closechann(c) === PENDING) yield* pending();
}

/** Where the CPU profile puts a slice that ends in a close. */
const closechanFrame = rtFrame("closechan", "chan.go", 357);

/** closechan's plain entry (yield.ts): undefined, or PENDING when its STEP must yield. A nil
 *  channel panics first, as Go's does before it takes the lock. */
export function closechann(c: HChan | null): typeof PENDING | undefined {
  if (c === null) throw new GoPanic(runtimeError("close of nil channel", true));
  if (S.pf !== null) S.pf.enter(closechanFrame, S.cost);
  S.cost += chanOpNs;
  const st = machine.stepNow();
  return st === GOON ? closeStepped(c) : pend(yieldThen(st, closeStepped, c, undefined, undefined));
}

/** closechan after its STEP: wake every receiver (with the zero value) and every sender (who
 *  then panics). */
function closeStepped(c: HChan): undefined {
  // Traced before the check, as a send is: --explain names who closed it first.
  if (S.tr !== null) S.tr.sync(S.g, c, "close");
  if (c.closed) throw new GoPanic(runtimeError("close of closed channel", true));
  c.closed = true;
  const r = S.r;
  if (r !== null) r.release(S.g, c, raceClosed);
  // Go pushes the receivers, then the senders, on a gList and readies them as it pops them:
  // the last waiter first (each goready takes runnext, so with three receivers the first one
  // runs first, then the third, then the second).
  const glist: G[] = [];
  for (;;) {
    const sg = dequeue(c.recvq);
    if (!sg) break;
    sg.elem = c.elemtype.zero();
    sg.success = false;
    if (r !== null) r.acquire(sg.g, c, raceClosed);
    glist.push(sg.g);
  }
  for (;;) {
    const sg = dequeue(c.sendq);
    if (!sg) break;
    sg.success = false;
    if (r !== null) r.acquire(sg.g, c, raceClosed);
    glist.push(sg.g);
  }
  while (glist.length !== 0) ready(glist.pop()!);
  return undefined;
}

/** One case of a select: dir 1 = send v on c, dir 2 = receive from c. */
export interface Scase {
  dir: 1 | 2;
  c: HChan | null;
  v?: GoValue;
}

/**
 * selectgo: returns [case index or -1 for default, received value, ok]. Pass 1 polls the cases
 * in a random order (Go's pollorder from fastrandn); without a ready case and with a default it
 * returns -1; otherwise pass 2 enqueues on every channel and parks, and pass 3 dequeues from the
 * channels that did not fire.
 */
export function* selectgo(cases: Scase[], hasDefault: boolean): GoGen<[number, GoValue | undefined, boolean]> {
  if (S.pf !== null) S.pf.enter(selectgoFrame, S.cost);
  S.cost += chanOpNs;
  { const st = machine.stepNow(); if (st !== GOON) yield st; }
  const prng = machine.sched.prng;
  const order: number[] = [];
  for (let i = 0; i < cases.length; i++) {
    if (cases[i]!.c === null) continue; // nil channels never proceed
    const j = prng.intn(order.length + 1, "select");
    order.push(i);
    order[order.length - 1] = order[j]!;
    order[j] = i;
  }
  if (machine.sched.steer !== undefined) steerCase(cases, order, machine.sched.steer);
  for (const i of order) {
    const cs = cases[i]!;
    const c = cs.c!;
    if (cs.dir === 2) {
      const v = recvReady(c);
      if (v !== notReady) return [i, v, recvOk];
    } else {
      if (c.closed) throw new GoPanic(runtimeError("send on closed channel", true));
      if (sendNow(c, cs.v as GoValue, ready, S.g)) return [i, undefined, false];
    }
  }
  if (hasDefault) return [-1, undefined, false];
  const g = S.g;
  if (order.length === 0) yield* parkForever(cases.length === 0 ? waitReason.selectNoCases : waitReason.select);
  g.selectDone = false;
  const sgs: Sudog[] = [];
  for (const i of order) {
    const cs = cases[i]!;
    const sg: Sudog = { g, elem: cs.v, success: false, isSelect: true, c: cs.c!, caseIndex: i };
    sgs.push(sg);
    (cs.dir === 2 ? cs.c!.recvq : cs.c!.sendq).push(sg);
  }
  machine.sched.gopark(g, waitReason.select, sgs.map((sg) => sg.c));
  yield PARK;
  // Pass 3: the sudog that fired is g.param; dequeue the others.
  const won = g.param as Sudog | undefined;
  g.param = undefined;
  for (const sg of sgs) {
    if (sg === won) continue;
    const q = cases[sg.caseIndex]!.dir === 2 ? sg.c.recvq : sg.c.sendq;
    const k = q.indexOf(sg);
    if (k >= 0) q.splice(k, 1);
  }
  g.selectDone = false;
  if (!won) throw new Error("gort: select woke without a case");
  const cs = cases[won.caseIndex]!;
  if (cs.dir === 1) {
    if (!won.success) throw new GoPanic(runtimeError("send on closed channel", true));
    return [won.caseIndex, undefined, false];
  }
  return won.success ? [won.caseIndex, won.elem, true] : [won.caseIndex, cs.c!.elemtype.zero(), false];
}

/** Could case cs proceed now (pass 1 would take it)? No side effects: a select sudog whose
 *  select has already fired is skipped, as dequeue skips it. */
function caseReady(cs: Scase): boolean {
  const c = cs.c!;
  const live = (q: Sudog[]): boolean => q.some((sg) => !sg.isSelect || !sg.g.selectDone);
  if (c.closed) return true;
  return cs.dir === 2 ? c.qcount > 0 || live(c.sendq) : c.qcount < c.dataqsiz || live(c.recvq);
}

/** The steerable "case" decision: with two or more ready cases, which one the select takes,
 *  as its rank among the ready cases in source order (so that a strategy can prefer the same
 *  case every time). Its default is the first ready case in the poll order, so a strategy that
 *  does not deviate leaves the run as the poll order made it. The chosen case moves to the
 *  front of order. */
function steerCase(cases: Scase[], order: number[], steer: Steer): void {
  const ready: number[] = [];
  for (let i = 0; i < cases.length; i++) if (cases[i]!.c !== null && caseReady(cases[i]!)) ready.push(i);
  if (ready.length < 2) return;
  const first = order.find((i) => ready.includes(i))!;
  const def = ready.indexOf(first);
  const g = S.g;
  const f = g.fr[g.d];
  const site = f === undefined ? 0 : f.fi * 0x10000 + f.l;
  const a = steer("case", ready.length, def, g.seq, site);
  if (a === def) return;
  order.splice(order.indexOf(ready[a]!), 1);
  order.unshift(ready[a]!);
}

/** A send that never blocks (time's sendTime: `select { case c <- v: default: }`), for callers
 *  outside any goroutine such as a firing timer. Returns whether the value was delivered. */
export function trysend(c: HChan, v: GoValue, clk?: number[]): boolean {
  // A timer's send runs on the P running the timers: the receiver goes to its runnext, as
  // ready() puts it (the global queue when no P runs timers).
  return !c.closed && sendNow(c, v, (g) => machine.sched.goready(g, machine.sched.timersP, undefined), undefined, clk);
}

/** A send that completes without blocking (chan.go's send to a waiting receiver, or into the
 *  buffer); false when the sender would have to wait. wake readies the receiver. */
function sendNow(c: HChan, v: GoValue, wake: (g: G) => void, sender: G | undefined, clk?: number[]): boolean {
  const rcv = dequeue(c.recvq);
  // -race: the sender's side of the hand-off. A timer's send has no goroutine: it carries the
  // clock of the timer's creation (clk), as runOneTimer's raceacquirectx does.
  const r = S.r;
  if (rcv) {
    if (r !== null && sender !== undefined) raceSendDirect(r, c, sender, rcv.g);
    else if (r !== null && clk !== undefined) r.acquireClock(rcv.g, clk);
    rcv.elem = v;
    rcv.success = true;
    wake(rcv.g);
    return true;
  }
  if (c.qcount < c.dataqsiz) {
    if (r !== null && sender !== undefined) r.releaseAcquire(sender, c, c.sendx);
    else if (r !== null && clk !== undefined) r.releaseClock(c, c.sendx, clk);
    c.buf[c.sendx] = v;
    c.sendx = (c.sendx + 1) % c.dataqsiz;
    c.qcount++;
    return true;
  }
  return false;
}

/** -race: chan.go's send to a waiting receiver: racesync when unbuffered; when buffered, both
 *  pretend to go through the head slot, which then advances (as only race builds do). */
function raceSendDirect(r: import("./race.js").RaceDetector, c: HChan, sender: G, receiver: G): void {
  if (c.dataqsiz === 0) return r.sync(sender, receiver);
  r.releaseAcquire(sender, c, c.recvx);
  r.releaseAcquire(receiver, c, c.recvx);
  c.recvx = (c.recvx + 1) % c.dataqsiz;
  c.sendx = c.recvx;
}
