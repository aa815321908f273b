// Semaphores: the sleep and wake-up primitive that sync's Mutex, RWMutex and WaitGroup are built
// on, and the notify lists behind sync.Cond.
//
// Models Go 1.19's runtime/sema.go. Names are Go's: semtable, semaRoot, sudog, semacquire1,
// semrelease1, cansemacquire, readyWithTime, queue/dequeue/rotateLeft/rotateRight, notifyList,
// notifyListAdd/Wait/NotifyAll/NotifyOne.
//
// Terms:
//   - A semaphore is a uint32 field of a Go object (Mutex.sema, RWMutex.readerSem, ...). Its
//     address (SemaAddr) is the (object, field) pair, interned by the semtable so that the same
//     field is always the same SemaAddr, with the field's simulated address (runtime/addr.ts).
//   - semtable: 251 semaRoots; a semaphore belongs to root (addr >> 3) % 251. Each root holds a
//     treap of sudogs with distinct addresses, ordered by address and heap-ordered by ticket (a
//     random priority); each of those sudogs heads the list (waitlink/waittail) of the other
//     sudogs waiting on the same address. So two semaphores of one object (readerSem and
//     writerSem) are two separate wait queues, however their addresses hash.
//   - nwait: how many goroutines wait on a root; semrelease1 skips the treap when it is 0.
//
// State: one SemTable per machine (Machine.semtable, reached as machine.semtable), with its own
// PRNG sub-stream and the machine's addresses; nothing here is module-level.
//
// Invariants:
//   - A sudog is in at most one wait list; a queued sudog's elem is its address, and its G is
//     parked (_Gwaiting) from the moment it is queued until semrelease1 dequeues and readies it.
//   - root.nwait counts the sudogs in root's treap and lists, plus none other (a semacquire1 that
//     finds the count after incrementing nwait decrements it at once).
//   - Treap: in-order by (addr, serial); each node's ticket <= its children's tickets.
//
// How it maps to the model:
//   - Go's root.lock makes each acquire's "nwait++, cansemacquire, queue, park" and each release's
//     "dequeue, ready" atomic; here they run without a yield in between, which is the same thing
//     (one goroutine runs at a time). The atomics outside the lock (semacquire1's easy case,
//     semrelease1's Xadd) are visible operations: a yield STEP with a cost.
//   - A handoff (semrelease1 with handoff=true, a starving Mutex's Unlock) gives the count to the
//     woken waiter (ticket 1), which readyWithTime puts in the releasing P's runnext; the releaser
//     then yields GOYIELD (Go's goyield: to the tail of the local run queue), so the waiter runs
//     next on that P and inherits the time slice.
//   - Treap priorities are Go's fastrand() | 1, drawn from the semtable's own sub-stream of the
//     machine's seeded PRNG; they shape the tree only, never which goroutine is woken.
//
// Simplifications: no block or mutex profiling (profile, skipframes and the sudogs'
// acquiretime/releasetime are kept but never read); no sudog cache (acquireSudog is `new`). Two
// distinct semaphores whose model addresses coincide (a stand-in address of addr.ts can equal a
// heap address) stay distinct: such addresses are ordered by a serial number, a case Go never has.
// notifyList's waiter list lives in the semtable, keyed by the notifyList object, rather than in
// its head and tail fields, so that the Go struct holds only Go values.

import type { Decider } from "./decide.js";
import { pointerAddr } from "./addr.js";
import { SimBug, GoFatal } from "./panic.js";
import { S, machine } from "./state.js";
import { waitReason, type G } from "./runtime2.js";
import { Ptr } from "./value.js";
import { GOON, GOYIELD, PARK, type GoGen } from "./yield.js";
import { atomicNs, cacheLineNs } from "./costs.js";

/**
 * The cost of an atomic read-modify-write of object o by the running goroutine: atomicNs, plus
 * cacheLineNs when another P wrote o last (its cache line moves from that core to this one, as
 * a contended Mutex's or counter's does in Go). A goroutine not on a P pays atomicNs.
 */
export function atomicCost(o: object): number {
  const pp = S.g.m?.p;
  if (pp === undefined) return atomicNs;
  const lines = machine.semtable.lines;
  const last = lines.get(o);
  if (last === pp) return atomicNs;
  lines.set(o, pp);
  return last === undefined ? atomicNs : atomicNs + cacheLineNs;
}

/** Prime, so as not to correlate with any pattern of user addresses (sema.go). */
export const semTabSize = 251;


/** semaProfileFlags (kept for the signatures; gort has no block or mutex profile). */
export const semaBlockProfile = 1;
export const semaMutexProfile = 2;

/** The address of a semaphore: a uint32 field f of the Go object o, at simulated address addr. */
export class SemaAddr {
  constructor(
    readonly o: Record<string, number>,
    readonly f: string,
    readonly addr: number,
    /** Orders two semaphores with the same model address (see the header). */
    readonly serial: number,
  ) {}

  /** The semaphore's count (the uint32 at the address). */
  get v(): number {
    return this.o[this.f]!;
  }

  set v(x: number) {
    this.o[this.f] = x >>> 0;
  }
}

/** addr < b.addr, as Go compares uintptr(addr) with uintptr(s.elem). */
function addrLess(a: SemaAddr, b: SemaAddr): boolean {
  return a.addr < b.addr || (a.addr === b.addr && a.serial < b.serial);
}

/** A waiting goroutine (runtime2.go's sudog, with the fields sema.go uses). */
export class Sudog {
  elem: SemaAddr | undefined;
  /** The treap priority while queued; after a handoff, 1 (the count is the waiter's). For a
   *  notify list, the waiter's ticket number. */
  ticket = 0;
  parent: Sudog | undefined;
  prev: Sudog | undefined;
  next: Sudog | undefined;
  waitlink: Sudog | undefined;
  waittail: Sudog | undefined;
  acquiretime = 0;
  releasetime = 0;
  constructor(readonly g: G) {}
}

/** One of the semtable's roots: a treap of sudogs with distinct addresses. */
export class SemaRoot {
  treap: Sudog | undefined;
  /** Number of waiters (read without the lock in Go). */
  nwait = 0;

  /** queue adds s to the blocked goroutines of addr: at the end of addr's list, or with lifo at
   *  its front (taking the head's place in the treap). fastrand gives a new node's priority. */
  queue(addr: SemaAddr, s: Sudog, lifo: boolean, fastrand: () => number): void {
    s.elem = addr;
    s.next = undefined;
    s.prev = undefined;
    let last: Sudog | undefined;
    let t = this.treap;
    let link: (x: Sudog) => void = (x) => (this.treap = x);
    while (t !== undefined) {
      if (t.elem === addr) {
        if (lifo) this.pushFront(t, s, link);
        else {
          if (t.waittail === undefined) t.waitlink = s;
          else t.waittail.waitlink = s;
          t.waittail = s;
          s.waitlink = undefined;
        }
        return;
      }
      last = t;
      const p = t;
      if (addrLess(addr, t.elem!)) {
        link = (x) => (p.prev = x);
        t = t.prev;
      } else {
        link = (x) => (p.next = x);
        t = t.next;
      }
    }
    // A new leaf of the tree of unique addresses; ticket | 1 because 0 means "no ticket".
    s.ticket = (fastrand() | 1) >>> 0;
    s.parent = last;
    link(s);
    // Rotate up into the tree according to the ticket (priority).
    while (s.parent !== undefined && s.parent.ticket > s.ticket) {
      if (s.parent.prev === s) this.rotateRight(s.parent);
      else {
        if (s.parent.next !== s) throw new SimBug("semaRoot queue");
        this.rotateLeft(s.parent);
      }
    }
  }

  /** LIFO queueing: s takes t's place in the treap and t becomes the first of s's list. */
  private pushFront(t: Sudog, s: Sudog, link: (x: Sudog) => void): void {
    link(s);
    s.ticket = t.ticket;
    s.acquiretime = t.acquiretime;
    s.parent = t.parent;
    s.prev = t.prev;
    s.next = t.next;
    if (s.prev !== undefined) s.prev.parent = s;
    if (s.next !== undefined) s.next.parent = s;
    s.waitlink = t;
    s.waittail = t.waittail ?? t;
    t.parent = undefined;
    t.prev = undefined;
    t.next = undefined;
    t.waittail = undefined;
  }

  /** dequeue finds the first goroutine blocked on addr and removes it, or returns undefined. */
  dequeue(addr: SemaAddr, now = 0): Sudog | undefined {
    let s = this.treap;
    let link: (x: Sudog | undefined) => void = (x) => (this.treap = x);
    while (s !== undefined && s.elem !== addr) {
      const p = s;
      if (addrLess(addr, s.elem!)) {
        link = (x) => (p.prev = x);
        s = s.prev;
      } else {
        link = (x) => (p.next = x);
        s = s.next;
      }
    }
    if (s === undefined) return undefined;
    const t = s.waitlink;
    if (t !== undefined) {
      // Substitute t, also waiting on addr, for s in the tree of unique addresses.
      link(t);
      t.ticket = s.ticket;
      t.parent = s.parent;
      t.prev = s.prev;
      if (t.prev !== undefined) t.prev.parent = t;
      t.next = s.next;
      if (t.next !== undefined) t.next.parent = t;
      t.waittail = t.waitlink !== undefined ? s.waittail : undefined;
      t.acquiretime = now;
      s.waitlink = undefined;
      s.waittail = undefined;
    } else {
      this.removeLeaf(s);
    }
    s.parent = undefined;
    s.elem = undefined;
    s.next = undefined;
    s.prev = undefined;
    s.ticket = 0;
    return s;
  }

  /** Rotate s down to be a leaf (respecting priorities), then unlink it. */
  private removeLeaf(s: Sudog): void {
    while (s.next !== undefined || s.prev !== undefined) {
      if (s.next === undefined || (s.prev !== undefined && s.prev.ticket < s.next.ticket)) this.rotateRight(s);
      else this.rotateLeft(s);
    }
    if (s.parent !== undefined) {
      if (s.parent.prev === s) s.parent.prev = undefined;
      else s.parent.next = undefined;
    } else this.treap = undefined;
  }

  /** rotateLeft turns (x a (y b c)) into (y (x a b) c). */
  rotateLeft(x: Sudog): void {
    const p = x.parent;
    const y = x.next!;
    const b = y.prev;
    y.prev = x;
    x.parent = y;
    x.next = b;
    if (b !== undefined) b.parent = x;
    y.parent = p;
    if (p === undefined) this.treap = y;
    else if (p.prev === x) p.prev = y;
    else {
      if (p.next !== x) throw new SimBug("semaRoot rotateLeft");
      p.next = y;
    }
  }

  /** rotateRight turns (y (x a b) c) into (x a (y b c)). */
  rotateRight(y: Sudog): void {
    const p = y.parent;
    const x = y.prev!;
    const b = x.next;
    x.next = y;
    y.parent = x;
    y.prev = b;
    if (b !== undefined) b.parent = y;
    x.parent = p;
    if (p === undefined) this.treap = x;
    else if (p.prev === y) p.prev = x;
    else {
      if (p.next !== y) throw new SimBug("semaRoot rotateRight");
      p.next = x;
    }
  }
}

/** A notify list's parked waiters (notifyList.head/tail in Go). */
interface NotifyWaiters {
  head: Sudog | undefined;
  tail: Sudog | undefined;
}

/** A notifyList as sync.Cond holds it: the Go struct's ticket counters. */
export interface NotifyList {
  wait: number;
  notify: number;
}

/** The machine's semaphore state: Go's semtable, plus the notify lists' waiters. */
export class SemTable {
  readonly roots: (SemaRoot | undefined)[] = [];
  private readonly addrs = new WeakMap<object, Map<string, SemaAddr>>();
  private serial = 0;
  private readonly notifyWaiters = new WeakMap<object, NotifyWaiters>();
  /** The P whose core last wrote each object that atomics touch (a Mutex, a WaitGroup, a word
   *  of sync/atomic's): where its cache line is (atomicCost). */
  readonly lines = new WeakMap<object, object>();

  /** The roots are made on first use: most runs touch a few of the 251, and the explorer
   *  builds a fresh table for each of thousands of runs per second. */
  constructor(private readonly prng: Decider) {}

  /** The address of the uint32 field f of object o (&o.f), the same SemaAddr every time. */
  addrOf(o: object, f: string): SemaAddr {
    let byField = this.addrs.get(o);
    if (byField === undefined) this.addrs.set(o, (byField = new Map()));
    let a = byField.get(f);
    if (a === undefined) {
      a = new SemaAddr(o as Record<string, number>, f, pointerAddr(new Ptr(o, f)), this.serial++);
      byField.set(f, a);
    }
    return a;
  }

  rootFor(addr: SemaAddr): SemaRoot {
    const i = Math.floor(addr.addr / 8) % semTabSize;
    return (this.roots[i] ??= new SemaRoot());
  }

  /** fastrand, for treap priorities. */
  fastrand(): number {
    return this.prng.uint32();
  }

  waitersOf(l: object): NotifyWaiters {
    let w = this.notifyWaiters.get(l);
    if (w === undefined) this.notifyWaiters.set(l, (w = { head: undefined, tail: undefined }));
    return w;
  }
}

// ---- semacquire / semrelease ------------------------------------------------------------------

/** cansemacquire: take one from the count if it is positive. */
function cansemacquire(addr: SemaAddr): boolean {
  const v = addr.v;
  if (v === 0) return false;
  addr.v = v - 1;
  return true;
}

/**
 * semacquire1: take the semaphore at addr, sleeping until a semrelease1 if its count is 0.
 * lifo queues the goroutine at the front of addr's waiters (a Mutex waiter that was woken and
 * lost the race). reason is the wait reason (Go 1.19 always waits in "semacquire").
 */
export function* semacquire1(
  addr: SemaAddr, lifo: boolean, profile: number, skipframes: number, reason: string = waitReason.semacquire,
): GoGen<void> {
  void profile;
  void skipframes;
  // The easy case: an atomic on the count.
  S.cost += atomicNs;
  { const st = machine.stepNow(); if (st !== GOON) yield st; }
  if (cansemacquire(addr)) return;
  const g = S.g;
  const sched = machine.sched;
  const st = machine.semtable;
  const s = new Sudog(g);
  const root = st.rootFor(addr);
  for (;;) {
    // Under root.lock: announce ourselves in nwait (disabling semrelease1's easy case), check
    // the count once more to avoid a missed wake-up, then queue and sleep.
    root.nwait++;
    if (cansemacquire(addr)) {
      root.nwait--;
      break;
    }
    root.queue(addr, s, lifo, () => st.fastrand());
    sched.gopark(g, reason, addr.o);
    yield PARK;
    if (s.ticket !== 0 || cansemacquire(addr)) break;
  }
}

/**
 * semrelease1: add one to the count at addr and wake the first waiter, if any. With handoff
 * the count goes straight to that waiter, which runs next on this P (see the header).
 */
export function* semrelease1(addr: SemaAddr, handoff: boolean, skipframes: number): GoGen<void> {
  void skipframes;
  const root = machine.semtable.rootFor(addr);
  S.cost += atomicNs;
  { const st = machine.stepNow(); if (st !== GOON) yield st; }
  addr.v = addr.v + 1;
  // The easy case: no waiters. (This check must come after the add: see semacquire1.)
  if (root.nwait === 0) return;
  const s = root.dequeue(addr, machine.now());
  if (s === undefined) return;
  root.nwait--;
  if (s.ticket !== 0) throw new GoFatal("corrupted semaphore ticket", "throw");
  if (handoff && cansemacquire(addr)) s.ticket = 1;
  readyWithTime(s);
  // Direct G handoff: the waiter is in this P's runnext; yield the P to it.
  if (s.ticket === 1) yield GOYIELD;
}

/** readyWithTime: make s's goroutine runnable in the current P's runnext (goready). */
function readyWithTime(s: Sudog): void {
  if (s.releasetime !== 0) s.releasetime = machine.now();
  const g = S.g;
  machine.sched.goready(s.g, g?.m?.p, g);
}

// ---- notifyList (sync.Cond) ---------------------------------------------------------------------

/** less(a, b) for ticket numbers that may wrap around (their difference is below 2^31). */
function ticketLess(a: number, b: number): boolean {
  return ((a - b) | 0) < 0;
}

/** notifyListAdd: take the next ticket (an atomic add). The caller then calls notifyListWait. */
export function* notifyListAdd(l: NotifyList): GoGen<number> {
  S.cost += atomicNs;
  { const st = machine.stepNow(); if (st !== GOON) yield st; }
  const t = l.wait;
  l.wait = (t + 1) >>> 0;
  return t;
}

/** notifyListWait: return at once if ticket t was notified since notifyListAdd, else sleep. */
export function* notifyListWait(l: NotifyList, t: number): GoGen<void> {
  if (ticketLess(t, l.notify)) return;
  const g = S.g;
  const s = new Sudog(g);
  s.ticket = t;
  const w = machine.semtable.waitersOf(l);
  if (w.tail === undefined) w.head = s;
  else w.tail.next = s;
  w.tail = s;
  machine.sched.gopark(g, waitReason.syncCondWait, l);
  yield PARK;
}

/** notifyListNotifyAll: wake every waiter. */
export function* notifyListNotifyAll(l: NotifyList): GoGen<void> {
  // The fast path's atomic loads: no new waiters since the last notification.
  S.cost += atomicNs;
  { const st = machine.stepNow(); if (st !== GOON) yield st; }
  if (S.tr !== null) S.tr.sync(S.g, l, "broadcast");
  if (l.wait === l.notify) return;
  const w = machine.semtable.waitersOf(l);
  let s = w.head;
  w.head = undefined;
  w.tail = undefined;
  l.notify = l.wait;
  while (s !== undefined) {
    const next = s.next;
    s.next = undefined;
    readyWithTime(s);
    s = next;
  }
}

/** notifyListNotifyOne: wake the waiter holding the oldest unnotified ticket. If it has taken
 *  its ticket but not yet queued itself, it will see the new notify number and not sleep. */
export function* notifyListNotifyOne(l: NotifyList): GoGen<void> {
  S.cost += atomicNs;
  { const st = machine.stepNow(); if (st !== GOON) yield st; }
  if (S.tr !== null) S.tr.sync(S.g, l, "signal");
  if (l.wait === l.notify) return;
  const t = l.notify;
  l.notify = (t + 1) >>> 0;
  const w = machine.semtable.waitersOf(l);
  for (let p: Sudog | undefined = undefined, s = w.head; s !== undefined; p = s, s = s.next) {
    if (s.ticket !== t) continue;
    const n = s.next;
    if (p !== undefined) p.next = n;
    else w.head = n;
    if (n === undefined) w.tail = p;
    s.next = undefined;
    readyWithTime(s);
    return;
  }
}
