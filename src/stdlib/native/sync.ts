// The natives of package sync: Mutex, RWMutex, WaitGroup, Once and Cond, on the semaphores of
// runtime/sema.ts.
//
// Models Go 1.19's sync/mutex.go, rwmutex.go, waitgroup.go, once.go, cond.go and the runtime
// halves they link to (sync_runtime_Semacquire, sync_runtime_SemacquireMutex,
// sync_runtime_Semrelease, sync_runtime_canSpin/doSpin, the notifyList functions, sync.fatal).
// The algorithms are Go's, step for step, over the Go structs of stdlib/sync/sync.go
// (Mutex{state, sema}, RWMutex{w, writerSem, readerSem, readerCount, readerWait},
// WaitGroup{noCopy, state1, state2}, Once{done, m}, Cond{noCopy, L, notify, checker}):
//   - Mutex: the state word (mutexLocked, mutexWoken, mutexStarving, waiters << 3), spinning
//     while runtime_canSpin allows it, LIFO requeueing of a woken waiter that lost the race,
//     starvation mode after a 1 ms wait, and direct hand-off in starvation mode.
//   - RWMutex: writer preference through readerCount - rwmutexMaxReaders; writers serialised by w.
//   - WaitGroup: counter << 32 | waiters in state1, the semaphore in state2, Go's misuse panics.
//   - Once: done set after f returns or panics, f run with m held.
//   - Cond: notifyList tickets, so Signal wakes the longest waiter; copyChecker.
//
// Every atomic of Go's code is a visible operation here (a yield STEP with a modelled cost), so
// other goroutines interleave exactly where Go's can; plain loads and stores are not.
//
// Tracebacks: while a goroutine is inside a slow path it carries pseudo-frames for the sync and
// runtime functions Go's traceback would show (sync.runtime_SemacquireMutex,
// sync.(*Mutex).lockSlow, sync.(*Mutex).Lock, ...), at Go 1.19's lines; fatal errors add
// sync.fatal's frame. Fast paths push nothing, for speed: only the dump of a goroutine that is
// runnable in the middle of one could show it, and there gort omits the one inlined sync frame
// Go would print.
//
// Plain entries (runtime/yield.ts withEntry): Mutex.Lock and Unlock, RWMutex.RLock and RUnlock,
// WaitGroup.Add and Done have an ordinary function that compiled code calls instead of the
// generator: the same work in the same order, a generator only when a step must yield (then
// yieldThen's reused iterator) or a slow path runs (then its generator). The generator forms
// stay for the natives that call them (RWMutex.Lock, Once.Do) and for method values.
//
// Invariant: the pseudo-frames a call pushes are popped (g.d restored) when it returns; after a
// fatal error or a panic they stay, as Go's frames do until a recover unwinds them.
//
// Wait reasons are Go 1.19's: semacquire for every semaphore, sync.Cond.Wait for a Cond.
//
// Simplifications: runtime_doSpin is one step of a modelled 30-PAUSE cost; Go's race-detector
// annotations are absent; a notifyList's head and tail stay nil in the Go struct (the waiters are
// in the machine's semtable); the copy checker uses the Cond's model address (runtime/addr.ts).

import * as i64 from "../../base/int64.js";
import { pointerAddr } from "../../runtime/addr.js";
import { GoFatal, GoPanic, type RuntimeFrame } from "../../runtime/panic.js";
import { snapshot, stringValue } from "../../runtime/panicking.js";
import { findMethod } from "../../runtime/rtypes.js";
import type { Frame, G } from "../../runtime/runtime2.js";
import {
  atomicCost, notifyListAdd, notifyListNotifyAll, notifyListNotifyOne, notifyListWait, semacquire1,
  semaBlockProfile, semaMutexProfile, semrelease1, type NotifyList,
} from "../../runtime/sema.js";
import { S, machine } from "../../runtime/state.js";
import { Ptr, type Iface } from "../../runtime/value.js";
import { GOON, PENDING, pend, pending, withEntry, yieldThen, type GoGen } from "../../runtime/yield.js";
import { raceacquire, racerelease, racereleasemerge } from "../../runtime/race.js";
import { atomicNs, doSpinNs } from "../../runtime/costs.js";

const goroot = "/usr/lib/go-1.19/src";
const semaGo = `${goroot}/runtime/sema.go`;
const mutexGo = `${goroot}/sync/mutex.go`;
const rwmutexGo = `${goroot}/sync/rwmutex.go`;
const waitgroupGo = `${goroot}/sync/waitgroup.go`;
const condGo = `${goroot}/sync/cond.go`;
const onceGo = `${goroot}/sync/once.go`;

/** Where the CPU profile (runtime/cpuprof.ts) puts a slice that ends in a fast path's atomic. */
const lockFrame: RuntimeFrame = { fn: "sync.(*Mutex).Lock", file: mutexGo, line: 83 };
const unlockFrame: RuntimeFrame = { fn: "sync.(*Mutex).Unlock", file: mutexGo, line: 218 };
const rLockFrame: RuntimeFrame = { fn: "sync.(*RWMutex).RLock", file: rwmutexGo, line: 66 };
const wgWaitFrame: RuntimeFrame = { fn: "sync.(*WaitGroup).Wait", file: waitgroupGo, line: 119 };


interface Mutex {
  state: number;
  sema: number;
}
interface RWMutex {
  w: Mutex;
  writerSem: number;
  readerSem: number;
  readerCount: number;
  readerWait: number;
}
interface WaitGroup {
  state1: i64.I64;
  state2: number;
}
interface Cond {
  L: Iface | null;
  notify: NotifyList;
  checker: number;
}

// ---- helpers ------------------------------------------------------------------------------------

/** Push a pseudo-frame for a sync or runtime function on the running goroutine's stack. */
function enter(g: G, name: string, file: string, line: number): Frame {
  return g.pushRuntime(name, file, line);
}

/** Move a pseudo-frame to the line of the call it is now in. */
function at(f: Frame, line: number): void {
  f.rt!.line = line;
}

/** atomic.AddInt32(&o[k], delta): a visible operation. */
function* addInt32(o: any, k: string, delta: number): GoGen<number> {
  S.cost += atomicCost(o);
  { const st = machine.stepNow(); if (st !== GOON) yield st; }
  const v = (o[k] + delta) | 0;
  o[k] = v;
  return v;
}

/** atomic.CompareAndSwapInt32(&o[k], old, nw): a visible operation. */
function* casInt32(o: any, k: string, old: number, nw: number): GoGen<boolean> {
  S.cost += atomicCost(o);
  { const st = machine.stepNow(); if (st !== GOON) yield st; }
  if (o[k] !== old) return false;
  o[k] = nw;
  return true;
}

/** sync.fatal: Go's fatal error for a misuse of sync (the frame is panic.go's sync_fatal). */
function syncFatal(g: G, msg: string): never {
  enter(g, "sync.fatal", `${goroot}/runtime/panic.go`, 1031);
  throw new GoFatal(msg, "fatal");
}

/** sync.throw: a broken invariant of sync itself. */
function syncThrow(msg: string): never {
  throw new GoFatal(msg, "throw");
}

/** panic(msg) from inside a sync function, with its pseudo-frames on the panic's stack. */
function syncPanic(g: G, msg: string): never {
  const p = new GoPanic(stringValue(msg));
  snapshot(g, p);
  throw p;
}

/** runtime_SemacquireMutex(&o.k, lifo, skipframes), as its sync.* frame. */
function* semacquireMutex(g: G, o: object, k: string, lifo: boolean, skipframes: number): GoGen<void> {
  const d = g.d;
  enter(g, "sync.runtime_SemacquireMutex", semaGo, 77);
  yield* semacquire1(machine.semtable.addrOf(o, k), lifo, semaBlockProfile | semaMutexProfile, skipframes);
  g.d = d;
}

/** runtime_Semacquire(&o.k). */
function* semacquire(g: G, o: object, k: string): GoGen<void> {
  const d = g.d;
  enter(g, "sync.runtime_Semacquire", semaGo, 62);
  yield* semacquire1(machine.semtable.addrOf(o, k), false, semaBlockProfile, 0);
  g.d = d;
}

/** runtime_Semrelease(&o.k, handoff, skipframes). */
function* semrelease(g: G, o: object, k: string, handoff: boolean, skipframes: number): GoGen<void> {
  const d = g.d;
  enter(g, "sync.runtime_Semrelease", semaGo, 72);
  yield* semrelease1(machine.semtable.addrOf(o, k), handoff, skipframes);
  g.d = d;
}

// ---- Mutex (mutex.go) ---------------------------------------------------------------------------

const mutexLocked = 1;
const mutexWoken = 2;
const mutexStarving = 4;
const mutexWaiterShift = 3;
const starvationThresholdNs = 1e6;
/** lock_futex.go's active_spin: at most 4 spins per lockSlow. */
const activeSpin = 4;

/** sync_runtime_canSpin (proc.go): spin only a few times, on a multicore machine with
 *  GOMAXPROCS > 1, while another P is running and the local run queue is empty. */
function canSpin(i: number): boolean {
  const sched = machine.sched;
  const ncpu = (machine as unknown as { opts: { cpus: number } }).opts.cpus;
  if (i >= activeSpin || ncpu <= 1 || sched.gomaxprocs <= sched.pidle.length + sched.nmspinning + 1) return false;
  const pp = S.g.m?.p;
  return pp !== undefined && sched.runqempty(pp);
}

/** Mutex.Lock: the fast path's CAS, then lockSlow. The generator form of lockn, for the
 *  callers that need one (RWMutex.Lock, Once.Do, a Locker's method value). */
function* lock(m: Mutex): GoGen<void> {
  if (lockn(m) === PENDING) yield* pending();
}

/** Mutex.Lock's plain entry (runtime/yield.ts): undefined, or PENDING when the CAS's step must
 *  yield or the mutex is held (lockSlow). */
function lockn(m: Mutex): typeof PENDING | undefined {
  // The CAS is written out (not casInt32) because this is the hottest path of sync.
  if (S.pf !== null) S.pf.enter(lockFrame, S.cost);
  S.cost += atomicCost(m);
  const st = machine.stepNow();
  return st === GOON ? lockStepped(m) : pend(yieldThen(st, lockStepped, m, undefined, undefined));
}

/** Mutex.Lock after the CAS's step: locked, or the rest is lockSlow (PENDING). */
function lockStepped(m: Mutex): typeof PENDING | undefined {
  if (m.state === 0) {
    m.state = mutexLocked;
    raceacquire(m, 0);
    if (S.tr !== null) S.tr.sync(S.g, m, "lock");
    return undefined;
  }
  return pend(lockSlowly(S.g, m));
}

/** Mutex.Lock's slow path, with its frame. */
function* lockSlowly(g: G, m: Mutex): GoGen<void> {
  const d = g.d;
  enter(g, "sync.(*Mutex).Lock", mutexGo, 90);
  yield* lockSlow(g, m);
  g.d = d;
  raceacquire(m, 0);
  if (S.tr !== null) S.tr.sync(g, m, "lock");
}

// -race: Go's sync calls race.Acquire, race.Release and race.ReleaseMerge on the addresses
// below (the Mutex, &rw.readerSem, &rw.writerSem, the WaitGroup, &o.done), so lock and unlock,
// Done and Wait, and Once's f and its callers are ordered (runtime/race.ts raceacquire...).

/** Mutex.lockSlow: spin, then queue on m.sema; starvation mode after waiting 1 ms. */
function* lockSlow(g: G, m: Mutex): GoGen<void> {
  const f = enter(g, "sync.(*Mutex).lockSlow", mutexGo, 171);
  let waitStartTime = 0;
  let starving = false;
  let awoke = false;
  let iter = 0;
  let old = m.state;
  for (;;) {
    // Spin while the mutex is locked but not starving: the owner may unlock it soon.
    if ((old & (mutexLocked | mutexStarving)) === mutexLocked && canSpin(iter)) {
      // Set mutexWoken so that Unlock does not wake a waiter while we are spinning.
      if (!awoke && (old & mutexWoken) === 0 && old >> mutexWaiterShift !== 0) {
        at(f, 131);
        if (yield* casInt32(m, "state", old, old | mutexWoken)) awoke = true;
      }
      at(f, 134);
      S.cost += doSpinNs;
      { const st = machine.stepNow(); if (st !== GOON) yield st; }
      iter++;
      old = m.state;
      continue;
    }
    let nw = old;
    // A new arrival must not take a starving mutex: it queues instead.
    if ((old & mutexStarving) === 0) nw |= mutexLocked;
    if ((old & (mutexLocked | mutexStarving)) !== 0) nw = (nw + (1 << mutexWaiterShift)) | 0;
    // Switch to starvation mode, unless the mutex is now unlocked.
    if (starving && (old & mutexLocked) !== 0) nw |= mutexStarving;
    if (awoke) {
      if ((nw & mutexWoken) === 0) syncThrow("sync: inconsistent mutex state");
      nw &= ~mutexWoken;
    }
    at(f, 162);
    if (!(yield* casInt32(m, "state", old, nw))) {
      old = m.state;
      continue;
    }
    if ((old & (mutexLocked | mutexStarving)) === 0) break; // locked with the CAS
    // A waiter woken before queues at the front.
    const queueLifo = waitStartTime !== 0;
    if (waitStartTime === 0) waitStartTime = machine.now();
    at(f, 171);
    yield* semacquireMutex(g, m, "sema", queueLifo, 1);
    starving = starving || machine.now() - waitStartTime > starvationThresholdNs;
    old = m.state;
    if ((old & mutexStarving) !== 0) {
      // Ownership was handed to us: mutexLocked is not set and we still count as a waiter.
      if ((old & (mutexLocked | mutexWoken)) !== 0 || old >> mutexWaiterShift === 0) syncThrow("sync: inconsistent mutex state");
      let delta = mutexLocked - (1 << mutexWaiterShift);
      // Leave starvation mode if we did not starve or are the last waiter.
      if (!starving || old >> mutexWaiterShift === 1) delta -= mutexStarving;
      at(f, 191);
      yield* addInt32(m, "state", delta);
      break;
    }
    awoke = true;
    iter = 0;
  }
}

/** Mutex.Unlock: drop the lock bit; unlockSlow if anyone waits or the state is wrong. When
 *  nobody waits or spins (the state is just mutexLocked), no goroutine can tell when the bit
 *  dropped, so the release is not a visible step of its own: it belongs to the critical
 *  section's last one. That halves the machine's events on an uncontended lock. The generator
 *  form of unlockn. */
function* unlock(m: Mutex): GoGen<void> {
  if (unlockn(m) === PENDING) yield* pending();
}

/** Mutex.Unlock's plain entry (runtime/yield.ts). */
function unlockn(m: Mutex): typeof PENDING | undefined {
  racerelease(m, 0);
  if (S.tr !== null) S.tr.sync(S.g, m, "unlock");
  S.cost += atomicCost(m);
  if (m.state === mutexLocked) {
    m.state = 0;
    return undefined;
  }
  if (S.pf !== null) S.pf.enter(unlockFrame, S.cost);
  const st = machine.stepNow();
  return st === GOON ? unlockStepped(m) : pend(yieldThen(st, unlockStepped, m, undefined, undefined));
}

/** Mutex.Unlock after its step: unlocked, or the rest is unlockSlow (PENDING). */
function unlockStepped(m: Mutex): typeof PENDING | undefined {
  const nw = (m.state - mutexLocked) | 0;
  m.state = nw;
  if (nw === 0) return undefined;
  return pend(unlockSlowly(S.g, m, nw));
}

/** Mutex.Unlock's slow path, with its frame. */
function* unlockSlowly(g: G, m: Mutex, nw: number): GoGen<void> {
  const d = g.d;
  enter(g, "sync.(*Mutex).Unlock", mutexGo, 223);
  yield* unlockSlow(g, m, nw);
  g.d = d;
}

function* unlockSlow(g: G, m: Mutex, nw: number): GoGen<void> {
  const f = enter(g, "sync.(*Mutex).unlockSlow", mutexGo, 229);
  if (((nw + mutexLocked) & mutexLocked) === 0) syncFatal(g, "sync: unlock of unlocked mutex");
  if ((nw & mutexStarving) !== 0) {
    // Starvation mode: hand the mutex to the first waiter and yield our time slice to it.
    at(f, 257);
    yield* semrelease(g, m, "sema", true, 1);
    return;
  }
  let old = nw;
  for (;;) {
    // Nobody to wake, or a waiter is already awake, or someone grabbed the lock.
    if (old >> mutexWaiterShift === 0 || (old & (mutexLocked | mutexWoken | mutexStarving)) !== 0) return;
    // Take the right to wake someone.
    const next = ((old - (1 << mutexWaiterShift)) | 0) | mutexWoken;
    at(f, 245);
    if (yield* casInt32(m, "state", old, next)) {
      at(f, 246);
      yield* semrelease(g, m, "sema", false, 1);
      return;
    }
    old = m.state;
  }
}

/** Mutex.TryLock: a plain load and a CAS, which the model takes as one visible operation. */
function* tryLock(m: Mutex): GoGen<boolean> {
  S.cost += atomicCost(m);
  { const st = machine.stepNow(); if (st !== GOON) yield st; }
  const old = m.state;
  if ((old & (mutexLocked | mutexStarving)) !== 0) return false;
  m.state = old | mutexLocked;
  raceacquire(m, 0);
  return true;
}

// ---- RWMutex (rwmutex.go) -----------------------------------------------------------------------

const rwmutexMaxReaders = 1 << 30;

/** RWMutex.RLock: the generator form of rLockn. */
function* rLock(rw: RWMutex): GoGen<void> {
  if (rLockn(rw) === PENDING) yield* pending();
}

/** RWMutex.RLock's plain entry (runtime/yield.ts). */
function rLockn(rw: RWMutex): typeof PENDING | undefined {
  if (S.pf !== null) S.pf.enter(rLockFrame, S.cost);
  S.cost += atomicCost(rw);
  const st = machine.stepNow();
  return st === GOON ? rLockStepped(rw) : pend(yieldThen(st, rLockStepped, rw, undefined, undefined));
}

/** RWMutex.RLock after its step: a reader, or the wait for a pending writer (PENDING). */
function rLockStepped(rw: RWMutex): typeof PENDING | undefined {
  if ((rw.readerCount = (rw.readerCount + 1) | 0) >= 0) {
    raceacquire(rw, "readerSem");
    return undefined;
  }
  return pend(rLockWait(S.g, rw));
}

/** RWMutex.RLock's wait for a pending writer. */
function* rLockWait(g: G, rw: RWMutex): GoGen<void> {
  const d = g.d;
  enter(g, "sync.(*RWMutex).RLock", rwmutexGo, 71);
  yield* semacquireMutex(g, rw, "readerSem", false, 0);
  g.d = d;
  raceacquire(rw, "readerSem");
}

/** RWMutex.RUnlock: the generator form of rUnlockn. */
function* rUnlock(rw: RWMutex): GoGen<void> {
  if (rUnlockn(rw) === PENDING) yield* pending();
}

/** RWMutex.RUnlock's plain entry (runtime/yield.ts). */
function rUnlockn(rw: RWMutex): typeof PENDING | undefined {
  racereleasemerge(rw, "writerSem");
  S.cost += atomicCost(rw);
  // No writer pending: as Unlock's fast path, not a visible step of its own.
  if (rw.readerCount > 0) {
    rw.readerCount--;
    return undefined;
  }
  const st = machine.stepNow();
  return st === GOON ? rUnlockStepped(rw) : pend(yieldThen(st, rUnlockStepped, rw, undefined, undefined));
}

/** RWMutex.RUnlock after its step: done, or rUnlockSlow (PENDING). */
function rUnlockStepped(rw: RWMutex): typeof PENDING | undefined {
  const r = (rw.readerCount = (rw.readerCount - 1) | 0);
  if (r >= 0) return undefined;
  return pend(rUnlockSlow(S.g, rw, r));
}

/** RWMutex.rUnlockSlow, with RUnlock's frame: a writer is pending. */
function* rUnlockSlow(g: G, rw: RWMutex, r: number): GoGen<void> {
  const d = g.d;
  enter(g, "sync.(*RWMutex).RUnlock", rwmutexGo, 119);
  const f = enter(g, "sync.(*RWMutex).rUnlockSlow", rwmutexGo, 129);
  if (r + 1 === 0 || r + 1 === -rwmutexMaxReaders) syncFatal(g, "sync: RUnlock of unlocked RWMutex");
  // A writer is pending; the last departing reader wakes it.
  at(f, 132);
  if ((yield* addInt32(rw, "readerWait", -1)) === 0) {
    at(f, 134);
    yield* semrelease(g, rw, "writerSem", false, 1);
  }
  g.d = d;
}

function* rwLock(rw: RWMutex): GoGen<void> {
  const g = S.g;
  const d = g.d;
  // First, resolve competition with other writers.
  const f = enter(g, "sync.(*RWMutex).Lock", rwmutexGo, 147);
  yield* lock(rw.w);
  // Announce a pending writer to readers, then wait for the active ones.
  at(f, 149);
  const r = (yield* addInt32(rw, "readerCount", -rwmutexMaxReaders)) + rwmutexMaxReaders;
  at(f, 151);
  if (r !== 0 && (yield* addInt32(rw, "readerWait", r)) !== 0) {
    at(f, 152);
    yield* semacquireMutex(g, rw, "writerSem", false, 0);
  }
  g.d = d;
  raceacquire(rw, "readerSem");
  raceacquire(rw, "writerSem");
}

function* rwUnlock(rw: RWMutex): GoGen<void> {
  racerelease(rw, "readerSem");
  const g = S.g;
  const d = g.d;
  // Announce to readers that there is no active writer.
  const f = enter(g, "sync.(*RWMutex).Unlock", rwmutexGo, 206);
  const r = yield* addInt32(rw, "readerCount", rwmutexMaxReaders);
  if (r >= rwmutexMaxReaders) {
    at(f, 209);
    syncFatal(g, "sync: Unlock of unlocked RWMutex");
  }
  // Unblock the readers that wait, then let other writers proceed.
  at(f, 213);
  for (let i = 0; i < r; i++) yield* semrelease(g, rw, "readerSem", false, 0);
  at(f, 216);
  yield* unlock(rw.w);
  g.d = d;
}

function* rwTryLock(rw: RWMutex): GoGen<boolean> {
  if (!(yield* tryLock(rw.w))) return false;
  if (!(yield* casInt32(rw, "readerCount", 0, -rwmutexMaxReaders))) {
    yield* unlock(rw.w);
    return false;
  }
  raceacquire(rw, "readerSem");
  raceacquire(rw, "writerSem");
  return true;
}

function* rwTryRLock(rw: RWMutex): GoGen<boolean> {
  for (;;) {
    S.cost += atomicCost(rw);
    { const st = machine.stepNow(); if (st !== GOON) yield st; }
    const c = rw.readerCount;
    if (c < 0) return false;
    if (yield* casInt32(rw, "readerCount", c, c + 1)) {
      raceacquire(rw, "readerSem");
      return true;
    }
  }
}

// ---- WaitGroup (waitgroup.go) -------------------------------------------------------------------

/** -race: Add's read and the first Wait's write of the WaitGroup's semaphore (Go's race.Read
 *  and race.Write in waitgroup.go), by which an Add from zero that Wait does not happen after
 *  races with it (a WaitGroup reused while a Wait may still run). The sync package is not
 *  instrumented: the report's frame is the runtime's, over the caller's. */
const wgSemaRead: RuntimeFrame = { fn: "runtime.raceread", file: "<autogenerated>", line: 1 };
const wgSemaWrite: RuntimeFrame = { fn: "runtime.racewrite", file: "<autogenerated>", line: 1 };

/** -race: Add's read of the semaphore when a positive delta (d32 its int32) moved the counter
 *  up from zero to v. */
function raceWgFirstAdd(wg: WaitGroup, positive: boolean, v: number, d32: number): void {
  if (S.r !== null && positive && v === d32) S.r.read(wg, "sema", wgSemaRead);
}

/** WaitGroup.Add without a visible step, when the counter stays positive and nobody waits
 *  (the common Add(1) before go, and every Done but the last); false when wgAdd must run. A
 *  plain function, so that the common case makes no generator. */
function wgAddFast(wg: WaitGroup, delta: i64.I64, viaDone: boolean): boolean {
  if (S.r !== null && Number(delta) < 0) racereleasemerge(wg, 0);
  if (S.tr !== null) S.tr.sync(S.g, wg, viaDone ? "done" : "add");
  S.cost += atomicCost(wg);
  // A counter that stays positive wakes nobody and cannot be misused: no visible step of its
  // own (the common Add(1) before go, and every Done but the last).
  const s = wg.state1;
  if (typeof s === "number" && typeof delta === "number" && delta !== 0) {
    // state1 = counter<<32 | waiters as a safe integer (the counter below 2^21, no waiter):
    // plain arithmetic, the same values as the uint64 path below, without a BigInt.
    const waiters = s % 4294967296;
    const next = (s - waiters) / 4294967296 + delta;
    if (waiters === 0 && next > 0 && next < 2097152) {
      wg.state1 = next * 4294967296;
      raceWgFirstAdd(wg, delta > 0, next, delta);
      return true;
    }
  }
  const next = i64.toInt32(i64.shrU(wg.state1, 32)) + Number(delta);
  if (i64.toUint32(wg.state1) === 0 && next > 0 && next < 2 ** 31 && Number(delta) !== 0) {
    wg.state1 = i64.addU(wg.state1, i64.shlU(i64.toUint64(delta), 32));
    raceWgFirstAdd(wg, Number(delta) > 0, next, Number(delta));
    return true;
  }
  return false;
}

/** WaitGroup.Add after wgAddFast declined: a visible step, then the misuse checks and the
 *  wake-up of the waiters; viaDone adds Done's frame to a panic's stack. */
function* wgAdd(wg: WaitGroup, delta: i64.I64, viaDone: boolean): GoGen<void> {
  { const st = machine.stepNow(); if (st !== GOON) yield st; }
  const state = i64.addU(wg.state1, i64.shlU(i64.toUint64(delta), 32));
  wg.state1 = state;
  const v = i64.toInt32(i64.shrU(state, 32));
  const w = i64.toUint32(state);
  raceWgFirstAdd(wg, Number(delta) > 0, v, i64.toInt32(delta));
  const misuse = w !== 0 && Number(delta) > 0 && v === i64.toInt32(delta);
  if (v < 0 || misuse) {
    const g = S.g;
    if (viaDone) enter(g, "sync.(*WaitGroup).Done", waitgroupGo, 108);
    if (v < 0) {
      enter(g, "sync.(*WaitGroup).Add", waitgroupGo, 83);
      syncPanic(g, "sync: negative WaitGroup counter");
    }
    enter(g, "sync.(*WaitGroup).Add", waitgroupGo, 86);
    syncPanic(g, "sync: WaitGroup misuse: Add called concurrently with Wait");
  }
  if (v > 0 || w === 0) return;
  // The counter is 0 and there are waiters: no Add or Wait can run concurrently now (Go's
  // second misuse check reads the state again, which the model cannot see change). Reset the
  // waiter count and wake them all.
  wg.state1 = 0;
  const g = S.g;
  const d = g.d;
  if (viaDone) enter(g, "sync.(*WaitGroup).Done", waitgroupGo, 108);
  enter(g, "sync.(*WaitGroup).Add", waitgroupGo, 102);
  for (let i = w; i !== 0; i--) yield* semrelease(g, wg, "state2", false, 0);
  g.d = d;
}

function* wgWait(wg: WaitGroup): GoGen<void> {
  for (;;) {
    if (S.pf !== null) S.pf.enter(wgWaitFrame, S.cost);
    S.cost += atomicCost(wg);
    { const st = machine.stepNow(); if (st !== GOON) yield st; }
    const state = wg.state1;
    if (i64.toInt32(i64.shrU(state, 32)) === 0) {
      // The counter is 0: no need to wait (--explain tells it: a Wait before the Adds).
      if (S.tr !== null) S.tr.sync(S.g, wg, "pass");
      return raceacquire(wg, 0);
    }
    // Increment the waiters count.
    S.cost += atomicCost(wg);
    { const st = machine.stepNow(); if (st !== GOON) yield st; }
    if (wg.state1 !== state) continue;
    wg.state1 = i64.addU(state, 1);
    if (S.r !== null && i64.toUint32(state) === 0) S.r.write(wg, "sema", wgSemaWrite);
    const g = S.g;
    const d = g.d;
    const f = enter(g, "sync.(*WaitGroup).Wait", waitgroupGo, 139);
    yield* semacquire(g, wg, "state2");
    if (wg.state1 !== 0) {
      at(f, 141);
      syncPanic(g, "sync: WaitGroup is reused before previous Wait has returned");
    }
    g.d = d;
    raceacquire(wg, 0);
    return;
  }
}

// ---- Once (once.go) -----------------------------------------------------------------------------

interface Once {
  done: number;
  m: Mutex;
}

/** Once.Do: an atomic load of done, then doSlow: f runs with m held. Go's deferred calls
 *  become finally blocks: done is set when f returns or panics (atomic.StoreUint32, a visible
 *  operation), then m is unlocked, in Go's order. */
function* onceDo(o: Once, f: () => GoGen<void>): GoGen<void> {
  S.cost += atomicNs;
  { const st = machine.stepNow(); if (st !== GOON) yield st; }
  if (o.done !== 0) return raceacquire(o, "done"); // atomic.LoadUint32(&o.done)
  const g = S.g;
  const d = g.d;
  enter(g, "sync.(*Once).Do", onceGo, 65);
  const slow = enter(g, "sync.(*Once).doSlow", onceGo, 70);
  yield* lock(o.m);
  try {
    if (o.done === 0) {
      at(slow, 74);
      try {
        yield* f();
      } finally {
        S.cost += atomicNs;
        { const st = machine.stepNow(); if (st !== GOON) yield st; }
        racereleasemerge(o, "done"); // atomic.StoreUint32(&o.done, 1)
        o.done = 1;
      }
    }
  } finally {
    yield* unlock(o.m);
  }
  g.d = d;
}

// ---- Cond (cond.go) -----------------------------------------------------------------------------

/** Call c.L's method name (Lock or Unlock) through the Locker interface. */
function* callLocker(l: Iface | null, name: string): GoGen<void> {
  // A nil Locker is a nil dereference, as in Go.
  const m = findMethod(l!.t, name)!;
  yield* (m.fn(l!.v) as GoGen<unknown>);
}

/** copyChecker.check: the checker holds its own address once used; a copied Cond does not. */
function* checkCopy(g: G, c: Cond): GoGen<void> {
  const self = pointerAddr(new Ptr(c, "checker"));
  if (c.checker === self) return;
  S.cost += atomicNs;
  { const st = machine.stepNow(); if (st !== GOON) yield st; }
  if (c.checker === 0) {
    c.checker = self;
    return;
  }
  if (c.checker !== self) {
    enter(g, "sync.(*copyChecker).check", condGo, 102);
    syncPanic(g, "sync.Cond is copied");
  }
}

function* condWait(c: Cond): GoGen<void> {
  const g = S.g;
  const d = g.d;
  const f = enter(g, "sync.(*Cond).Wait", condGo, 67);
  yield* checkCopy(g, c);
  at(f, 68);
  const t = yield* notifyListAdd(c.notify);
  at(f, 69);
  yield* callLocker(c.L, "Unlock");
  at(f, 70);
  enter(g, "sync.runtime_notifyListWait", semaGo, 517);
  yield* notifyListWait(c.notify, t);
  g.d = f.depth;
  at(f, 71);
  yield* callLocker(c.L, "Lock");
  g.d = d;
}

function* condSignal(c: Cond): GoGen<void> {
  const g = S.g;
  const d = g.d;
  const f = enter(g, "sync.(*Cond).Signal", condGo, 82);
  yield* checkCopy(g, c);
  at(f, 83);
  yield* notifyListNotifyOne(c.notify);
  g.d = d;
}

function* condBroadcast(c: Cond): GoGen<void> {
  const g = S.g;
  const d = g.d;
  const f = enter(g, "sync.(*Cond).Broadcast", condGo, 91);
  yield* checkCopy(g, c);
  at(f, 92);
  yield* notifyListNotifyAll(c.notify);
  g.d = d;
}

export const natives: Record<string, Function> = {
  "Mutex.Lock": withEntry(lock, lockn),
  "Mutex.Unlock": withEntry(unlock, unlockn),
  "Mutex.TryLock": tryLock,
  "RWMutex.RLock": withEntry(rLock, rLockn),
  "RWMutex.RUnlock": withEntry(rUnlock, rUnlockn),
  "RWMutex.Lock": rwLock,
  "RWMutex.Unlock": rwUnlock,
  "RWMutex.TryLock": rwTryLock,
  "RWMutex.TryRLock": rwTryRLock,
  "WaitGroup.Add": withEntry(
    function* (wg: WaitGroup, delta: i64.I64) {
      if (!wgAddFast(wg, delta, false)) yield* wgAdd(wg, delta, false);
    },
    (wg: WaitGroup, delta: i64.I64) => (wgAddFast(wg, delta, false) ? undefined : pend(wgAdd(wg, delta, false))),
  ),
  "WaitGroup.Done": withEntry(
    function* (wg: WaitGroup) {
      if (!wgAddFast(wg, -1, true)) yield* wgAdd(wg, -1, true);
    },
    (wg: WaitGroup) => (wgAddFast(wg, -1, true) ? undefined : pend(wgAdd(wg, -1, true))),
  ),
  "WaitGroup.Wait": wgWait,
  "Once.Do": onceDo,
  "Cond.Wait": condWait,
  "Cond.Signal": condSignal,
  "Cond.Broadcast": condBroadcast,
};
