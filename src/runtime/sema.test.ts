// Tests for the semaphore model (sema.ts), driven directly on a Sched and a SemTable without
// compiled Go code: the treap of addresses and the per-address wait lists (FIFO and LIFO),
// separate queues for two semaphores of one object, nwait, handoff to runnext, and the notify
// lists behind sync.Cond.

import { test } from "node:test";
import assert from "node:assert/strict";
import { Prng } from "../base/prng.js";
import { Sched } from "./proc.js";
import { G, Gstatus, Pstatus, type P } from "./runtime2.js";
import {
  SemaAddr, SemaRoot, SemTable, Sudog, notifyListAdd, notifyListNotifyAll, notifyListNotifyOne,
  notifyListWait, semacquire1, semrelease1, semTabSize, type NotifyList,
} from "./sema.js";
import { S, setMachine, type MachineApi } from "./state.js";
import { GOYIELD, PARK, STEP, type GoGen } from "./yield.js";

const limits = { maxGoroutines: 1e6, maxSimNs: 1e15 };

/** A machine with one running P and a semtable, installed as the runtime's machine. */
function mkMachine(seed = 1): { sched: Sched; st: SemTable; pp: P } {
  const sched = new Sched(new Prng(seed), 1, limits);
  const st = new SemTable(new Prng(seed + 1000));
  const pp = sched.pidleget()!;
  const m = sched.newm();
  pp.status = Pstatus._Prunning;
  pp.m = m;
  m.p = pp;
  // Every visible step yields, as the machine's stepNow has it when it cannot go on at once.
  setMachine({ sched, semtable: st, now: () => sched.now, stepNow: () => STEP } as unknown as MachineApi);
  return { sched, st, pp };
}

let nextId = 100;

/** A goroutine running body on pp (as if the machine had scheduled it). */
function mkG(sched: Sched, pp: P, body: () => GoGen<unknown>): G {
  const g = new G(nextId++);
  g.status = Gstatus._Grunning;
  g.m = pp.m;
  sched.allgs.push(g);
  S.g = g;
  g.gen = body() as GoGen;
  return g;
}

/** Resume g until it yields; returns the yield code, or "done". */
function step(g: G, pp: P): number | "done" {
  S.g = g;
  g.m = pp.m;
  g.status = Gstatus._Grunning;
  const r = g.gen!.next();
  return r.done ? "done" : (r.value as number);
}

/** Run g to its next PARK or to its end, skipping STEPs. */
function runUntilBlocked(g: G, pp: P): number | "done" {
  for (;;) {
    const r = step(g, pp);
    if (r !== STEP) return r;
  }
}

// ---- the treap ----------------------------------------------------------------------------------

function sudog(): Sudog {
  return new Sudog(new G(nextId++));
}

/** In-order addresses of the treap, checking the BST and heap invariants on the way. */
function inorder(root: SemaRoot): number[] {
  const out: SemaAddr[] = [];
  const walk = (s: Sudog | undefined, parent: Sudog | undefined): void => {
    if (!s) return;
    assert.equal(s.parent, parent, "parent links");
    if (parent) assert.ok(parent.ticket <= s.ticket, "heap order on tickets");
    walk(s.prev, s);
    out.push(s.elem!);
    walk(s.next, s);
  };
  walk(root.treap, undefined);
  for (let i = 1; i < out.length; i++) {
    const [a, b] = [out[i - 1]!, out[i]!];
    assert.ok(a.addr < b.addr || (a.addr === b.addr && a.serial < b.serial), "addresses in order");
  }
  return out.map((a) => a.addr);
}

test("queue/dequeue: one tree node per address, FIFO within an address", () => {
  const root = new SemaRoot();
  const prng = new Prng(7);
  const fr = () => prng.uint32();
  const objs = [{ s: 0 }, { s: 0 }, { s: 0 }];
  const addrs = objs.map((o, i) => new SemaAddr(o, "s", 0x1000 + i * 8 * semTabSize, i));
  const waiters = new Map<SemaAddr, Sudog[]>();
  for (let round = 0; round < 3; round++) {
    for (const a of [addrs[2]!, addrs[0]!, addrs[1]!]) {
      const s = sudog();
      root.queue(a, s, false, fr);
      waiters.set(a, [...(waiters.get(a) ?? []), s]);
    }
  }
  assert.deepEqual(inorder(root), addrs.map((a) => a.addr));
  for (const a of addrs) {
    for (const want of waiters.get(a)!) {
      const got = root.dequeue(a);
      assert.equal(got, want);
      assert.equal(got!.elem, undefined);
      assert.equal(got!.ticket, 0);
      inorder(root);
    }
    assert.equal(root.dequeue(a), undefined);
  }
  assert.equal(root.treap, undefined);
});

test("queue with lifo puts the waiter first, taking the head's place in the tree", () => {
  const root = new SemaRoot();
  const prng = new Prng(3);
  const fr = () => prng.uint32();
  const a = new SemaAddr({ s: 0 }, "s", 0x2000, 0);
  const b = new SemaAddr({ s: 0 }, "s", 0x3000, 1);
  const [s1, s2, s3, s4] = [sudog(), sudog(), sudog(), sudog()];
  root.queue(a, s1, false, fr);
  root.queue(b, s4, false, fr);
  root.queue(a, s2, false, fr);
  root.queue(a, s3, true, fr); // a woken Mutex waiter that lost the race
  inorder(root);
  assert.equal(root.dequeue(a), s3);
  assert.equal(root.dequeue(a), s1);
  assert.equal(root.dequeue(a), s2);
  assert.equal(root.dequeue(a), undefined);
  assert.equal(root.dequeue(b), s4);
});

test("the treap stays ordered and heap-ordered under many random operations", () => {
  const root = new SemaRoot();
  const prng = new Prng(11);
  const fr = () => prng.uint32();
  const addrs = Array.from({ length: 40 }, (_, i) => new SemaAddr({ s: 0 }, "s", 0x10000 + prng.intn(64) * 8, i));
  const queued = new Map<SemaAddr, Sudog[]>();
  for (let i = 0; i < 2000; i++) {
    const a = addrs[prng.intn(addrs.length)]!;
    const q = queued.get(a) ?? [];
    if (prng.intn(3) !== 0) {
      const s = sudog();
      const lifo = prng.intn(4) === 0;
      root.queue(a, s, lifo, fr);
      if (lifo) q.unshift(s);
      else q.push(s);
    } else {
      assert.equal(root.dequeue(a), q.shift());
    }
    queued.set(a, q);
  }
  const live = [...queued].filter(([, q]) => q.length > 0).map(([a]) => a);
  // Addresses may coincide (the serial orders them); the tree holds each live one once.
  assert.equal(inorder(root).length, live.length);
});

test("two semaphores at the same model address stay separate queues", () => {
  const root = new SemaRoot();
  const fr = () => 5;
  const a = new SemaAddr({ s: 0 }, "s", 0x4000, 0);
  const b = new SemaAddr({ s: 0 }, "s", 0x4000, 1);
  const [sa, sb] = [sudog(), sudog()];
  root.queue(a, sa, false, fr);
  root.queue(b, sb, false, fr);
  assert.equal(root.dequeue(b), sb);
  assert.equal(root.dequeue(a), sa);
});

test("addrOf interns (object, field): one SemaAddr per field, distinct fields apart", () => {
  const { st } = mkMachine();
  const rw = { w: { state: 0, sema: 0 }, writerSem: 0, readerSem: 0, readerCount: 0, readerWait: 0 };
  const r1 = st.addrOf(rw, "readerSem");
  assert.equal(st.addrOf(rw, "readerSem"), r1);
  const w1 = st.addrOf(rw, "writerSem");
  assert.notEqual(w1, r1);
  assert.notEqual(w1.addr, r1.addr);
  assert.notEqual(st.addrOf(rw.w, "sema"), r1);
  assert.equal(st.rootFor(r1), st.roots[Math.floor(r1.addr / 8) % semTabSize]);
});

// ---- semacquire1 / semrelease1 ------------------------------------------------------------------

test("readerSem and writerSem of one RWMutex are separate queues: a release wakes its own waiter", () => {
  const { sched, st, pp } = mkMachine();
  const rw = { writerSem: 0, readerSem: 0 };
  const writer = mkG(sched, pp, () => semacquire1(st.addrOf(rw, "writerSem"), false, 0, 0));
  assert.equal(runUntilBlocked(writer, pp), PARK);
  const reader = mkG(sched, pp, () => semacquire1(st.addrOf(rw, "readerSem"), false, 0, 0));
  assert.equal(runUntilBlocked(reader, pp), PARK);
  assert.equal(writer.status, Gstatus._Gwaiting);
  assert.equal(writer.waitreason, "semacquire");
  const roots = new Set([st.rootFor(st.addrOf(rw, "writerSem")), st.rootFor(st.addrOf(rw, "readerSem"))]);
  assert.equal([...roots].reduce((n, r) => n + r.nwait, 0), 2);

  const releaser = mkG(sched, pp, () => semrelease1(st.addrOf(rw, "readerSem"), false, 0));
  assert.equal(runUntilBlocked(releaser, pp), "done");
  assert.equal(reader.status, Gstatus._Grunnable);
  assert.equal(pp.runnext, reader);
  assert.equal(writer.status, Gstatus._Gwaiting);
  assert.equal([...roots].reduce((n, r) => n + r.nwait, 0), 1);
  // The woken reader takes the count the release added.
  assert.equal(rw.readerSem, 1);
  assert.equal(runUntilBlocked(reader, pp), "done");
  assert.equal(rw.readerSem, 0);
});

test("semacquire1 takes a positive count without parking; semrelease1 with no waiter adds one", () => {
  const { sched, st, pp } = mkMachine();
  const o = { sema: 0 };
  const rel = mkG(sched, pp, () => semrelease1(st.addrOf(o, "sema"), false, 0));
  assert.equal(runUntilBlocked(rel, pp), "done");
  assert.equal(o.sema, 1);
  const acq = mkG(sched, pp, () => semacquire1(st.addrOf(o, "sema"), false, 0, 0));
  assert.equal(runUntilBlocked(acq, pp), "done");
  assert.equal(o.sema, 0);
  assert.equal(st.rootFor(st.addrOf(o, "sema")).nwait, 0);
});

test("waiters on one semaphore wake in FIFO order; a lifo waiter goes first", () => {
  const { sched, st, pp } = mkMachine();
  const o = { sema: 0 };
  const a = st.addrOf(o, "sema");
  const gs = [false, false, true].map((lifo) => {
    const g = mkG(sched, pp, () => semacquire1(a, lifo, 0, 0));
    assert.equal(runUntilBlocked(g, pp), PARK);
    return g;
  });
  assert.equal(st.rootFor(a).nwait, 3);
  const woken: G[] = [];
  for (let i = 0; i < 3; i++) {
    const rel = mkG(sched, pp, () => semrelease1(a, false, 0));
    runUntilBlocked(rel, pp);
    woken.push(pp.runnext!);
    pp.runnext = undefined;
  }
  assert.deepEqual(woken, [gs[2], gs[0], gs[1]]);
  assert.equal(st.rootFor(a).nwait, 0);
});

test("handoff: the waiter gets the count (ticket 1), runs next on this P, and the releaser yields", () => {
  const { sched, st, pp } = mkMachine();
  const o = { sema: 0 };
  const a = st.addrOf(o, "sema");
  const waiter = mkG(sched, pp, () => semacquire1(a, false, 0, 0));
  assert.equal(runUntilBlocked(waiter, pp), PARK);
  const rel = mkG(sched, pp, () => semrelease1(a, true, 0));
  assert.equal(runUntilBlocked(rel, pp), GOYIELD);
  assert.equal(pp.runnext, waiter);
  // The count went to the waiter, so nobody else can take it meanwhile.
  assert.equal(o.sema, 0);
  assert.equal(runUntilBlocked(waiter, pp), "done");
  assert.equal(o.sema, 0);
});

test("a woken waiter whose count was taken by another goroutine queues again", () => {
  const { sched, st, pp } = mkMachine();
  const o = { sema: 0 };
  const a = st.addrOf(o, "sema");
  const waiter = mkG(sched, pp, () => semacquire1(a, false, 0, 0));
  assert.equal(runUntilBlocked(waiter, pp), PARK);
  runUntilBlocked(mkG(sched, pp, () => semrelease1(a, false, 0)), pp);
  // A barging goroutine takes the count before the woken waiter runs.
  assert.equal(runUntilBlocked(mkG(sched, pp, () => semacquire1(a, false, 0, 0)), pp), "done");
  pp.runnext = undefined;
  waiter.status = Gstatus._Grunnable;
  assert.equal(runUntilBlocked(waiter, pp), PARK);
  assert.equal(st.rootFor(a).nwait, 1);
});

// ---- notify lists -------------------------------------------------------------------------------

test("notifyList: NotifyOne wakes in ticket order, NotifyAll wakes the rest, late waits return", () => {
  const { sched, st, pp } = mkMachine();
  void st;
  const l: NotifyList = { wait: 0, notify: 0 };
  const gs: G[] = [];
  for (let i = 0; i < 4; i++) {
    const g = mkG(sched, pp, function* () {
      const t = yield* notifyListAdd(l);
      yield* notifyListWait(l, t);
    });
    assert.equal(runUntilBlocked(g, pp), PARK);
    assert.equal(g.waitreason, "sync.Cond.Wait");
    gs.push(g);
  }
  assert.equal(l.wait, 4);
  runUntilBlocked(mkG(sched, pp, () => notifyListNotifyOne(l)), pp);
  assert.equal(pp.runnext, gs[0]);
  pp.runnext = undefined;
  runUntilBlocked(mkG(sched, pp, () => notifyListNotifyOne(l)), pp);
  assert.equal(pp.runnext, gs[1]);
  pp.runnext = undefined;
  // A ticket taken, notified, and only then waited on does not sleep.
  const late = mkG(sched, pp, function* () {
    const t = yield* notifyListAdd(l);
    yield STEP;
    yield* notifyListWait(l, t);
  });
  assert.equal(step(late, pp), STEP); // notifyListAdd's atomic
  assert.equal(step(late, pp), STEP); // took ticket 4
  runUntilBlocked(mkG(sched, pp, () => notifyListNotifyAll(l)), pp);
  assert.equal(gs[2]!.status, Gstatus._Grunnable);
  assert.equal(gs[3]!.status, Gstatus._Grunnable);
  assert.equal(l.notify, 5);
  assert.equal(runUntilBlocked(late, pp), "done");
  // With nothing new to notify, NotifyOne does nothing.
  runUntilBlocked(mkG(sched, pp, () => notifyListNotifyOne(l)), pp);
  assert.equal(l.notify, 5);
});
