// The GC pacer: when the next cycle starts (the trigger) and how big the heap may get (the goal).
//
// Models src/runtime/mgcpacer.go's gcControllerState and piController, Go 1.19.
//
// Terms:
//   heapLive     bytes considered live: marked by the last cycle plus allocated since. Raised by
//                whole spans when an mcache takes a span (an overestimate), lowered when mcaches
//                are flushed, reset to heapMarked at mark termination.
//   heapMarked   bytes marked by the last cycle.
//   goal         heapMarked + (heapMarked + lastStackScan + globalsScan) * GOGC/100, at least
//                heapMinimum = 4 MiB * GOGC/100; or the GOMEMLIMIT goal when that is lower.
//   trigger      goal - runway, clamped to [heapMarked + (goal-heapMarked)*45/64,
//                heapMarked + (goal-heapMarked)*61/64] (the upper bound becomes goal - 4 MiB for
//                large heaps); runway = consMark * (1-u)/u * (last scan work), u = 0.25.
//   consMark     the smoothed cons/mark ratio (bytes allocated per byte scanned, weighted by
//                CPU), fed through a PI controller at the end of each cycle.
//
// Invariants: trigger <= goal (else "produced a trigger greater than the heap goal"); with
// GOGC=off the GOGC goal is "infinite" (Go's ^uint64(0)) and only the memory limit paces.
//
// Representation: byte counts are JS numbers. Go's ^uint64(0) ("none") is Infinity. The memory
// limit is a bigint (default math.MaxInt64), and the memory-limit goal is computed exactly in
// bigint, because a program with GOGC=off prints it (gctrace "8796093022197 MB goal", NextGC).
//
// Simplifications vs real Go: no GC CPU limiter (mgclimit.go); no idle-worker bookkeeping beyond
// the counts startCycle computes; the sources of mappedReady (see MHeap.totalMapped) are modelled
// approximately, so the GOGC=off goal can differ from Go's by a few MiB.

import { GoFatal } from "./panic.js";

export const gcBackgroundUtilization = 0.25;
const gcGoalUtilization = gcBackgroundUtilization;
const defaultHeapMinimum = 4 << 20;
const sweepMinHeapDistance = 1024 * 1024;
const memoryLimitHeapGoalHeadroom = 1 << 20;
export const maxInt64 = (1n << 63n) - 1n;
const triggerRatioDen = 64;
const minTriggerRatioNum = 45;
const maxTriggerRatioNum = 61;
const minRunway = 64 << 10;

/** What the pacer reads from the heap for the memory-limit goal. */
export interface PacerMemSource {
  /** gcController.heapFree: free, unscavenged heap bytes. */
  heapFree: number;
  /** totalMapped - released (gcController.mappedReady). */
  mappedReady(): number;
  /** totalAlloc - totalFree: heap object bytes in use, as flushed. */
  heapAllocFlushed(): number;
}

/** piController (mgcpacer.go): a proportional-integral controller with anti-windup. */
export class PiController {
  errIntegral = 0;
  errOverflow = false;
  inputOverflow = false;
  constructor(
    readonly kp: number,
    readonly ti: number,
    readonly tt: number,
    readonly min: number,
    readonly max: number,
  ) {}

  /** next returns the new output and whether the controller stayed finite. */
  next(input: number, setpoint: number, period: number): [number, boolean] {
    const prop = this.kp * (setpoint - input);
    const rawOutput = prop + this.errIntegral;
    let output = rawOutput;
    if (!Number.isFinite(output)) {
      this.errIntegral = 0;
      this.inputOverflow = true;
      return [this.min, false];
    }
    if (output < this.min) output = this.min;
    else if (output > this.max) output = this.max;
    if (this.ti !== 0 && this.tt !== 0) {
      const integral = ((this.kp * period) / this.ti) * (setpoint - input);
      this.errIntegral += integral + (period / this.tt) * (output - rawOutput);
      if (!Number.isFinite(this.errIntegral)) {
        this.errIntegral = 0;
        this.errOverflow = true;
        return [this.min, false];
      }
    }
    return [output, true];
  }
}

export class GcController {
  gcPercent = 100;
  memoryLimit: bigint = maxInt64;
  heapMinimum = defaultHeapMinimum;
  runway = 0;
  consMark = 0;
  consMarkController = new PiController(0.9, 4.0, 1000, -1000, 1000);
  gcPercentHeapGoal = Infinity;
  sweepDistMinTrigger = 0;
  triggered = Infinity;
  lastHeapGoal = 0;
  /** lastHeapGoal >> 20, exact even when the goal is near 2^63 (what gctrace prints). */
  lastHeapGoalMB = 0;
  heapLive = 0;
  heapScan = 0;
  lastHeapScan = 0;
  lastStackScan = 0;
  maxStackScan = 0;
  globalsScan = 0;
  heapMarked = 0;
  heapScanWork = 0;
  stackScanWork = 0;
  globalsScanWork = 0;
  bgScanCredit = 0;
  assistTime = 0;
  dedicatedMarkTime = 0;
  fractionalMarkTime = 0;
  idleMarkTime = 0;
  markStartTime = 0;
  dedicatedMarkWorkersNeeded = 0;
  fractionalUtilizationGoal = 0;
  maxIdleMarkWorkers = 0;
  assistWorkPerByte = 0;
  assistBytesPerWork = 0;

  /** gcControllerState.init. */
  constructor(
    private readonly mem: PacerMemSource,
    gcPercent: number,
    memoryLimit: bigint = maxInt64,
  ) {
    this.setGCPercent(gcPercent);
    this.setMemoryLimit(memoryLimit);
    this.commit(true);
  }

  /** setGCPercent updates gcPercent (call commit after). Returns the old value. */
  setGCPercent(pct: number): number {
    const out = this.gcPercent;
    const v = pct < 0 ? -1 : Math.trunc(pct);
    // Go computes defaultHeapMinimum * uint64(v) / 100 in uint64; for v = -1 that wraps.
    const u = BigInt.asUintN(64, BigInt(defaultHeapMinimum) * BigInt.asUintN(64, BigInt(v)));
    this.heapMinimum = Number(u / 100n);
    this.gcPercent = v;
    return out;
  }

  /** setMemoryLimit updates memoryLimit (call commit after). Returns the old value. */
  setMemoryLimit(limit: bigint): bigint {
    const out = this.memoryLimit;
    this.memoryLimit = limit < 0n ? maxInt64 : limit;
    return out;
  }

  /** commit recomputes the GOGC goal, the sweep-distance bound and the runway. */
  commit(isSweepDone: boolean): void {
    this.sweepDistMinTrigger = isSweepDone ? 0 : this.heapLive + sweepMinHeapDistance;
    let goal = Infinity;
    if (this.gcPercent >= 0) {
      const base = this.heapMarked + this.lastStackScan + this.globalsScan;
      goal = this.heapMarked + Math.floor((base * this.gcPercent) / 100);
    }
    if (goal < this.heapMinimum) goal = this.heapMinimum;
    this.gcPercentHeapGoal = goal;
    const scan = this.lastHeapScan + this.lastStackScan + this.globalsScan;
    const r = ((this.consMark * (1 - gcGoalUtilization)) / gcGoalUtilization) * scan;
    this.runway = r > 0 ? Math.floor(r) : 0;
  }

  /** memoryLimitHeapGoal, exactly (uint64 arithmetic in bigint). */
  memoryLimitHeapGoalExact(): bigint {
    const heapFree = BigInt(this.mem.heapFree);
    const heapAlloc = BigInt(this.mem.heapAllocFlushed());
    const mappedReady = BigInt(this.mem.mappedReady());
    const memoryLimit = this.memoryLimit;
    const nonHeapMemory = mappedReady - heapFree - heapAlloc;
    const overage = mappedReady > memoryLimit ? mappedReady - memoryLimit : 0n;
    const heapMarked = BigInt(this.heapMarked);
    if (nonHeapMemory + overage >= memoryLimit) return heapMarked;
    let goal = memoryLimit - (nonHeapMemory + overage);
    const headroom = BigInt(memoryLimitHeapGoalHeadroom);
    if (goal < headroom || goal - headroom < headroom) goal = headroom;
    else goal -= headroom;
    return goal < heapMarked ? heapMarked : goal;
  }

  /** heapGoalInternal returns [goal, minTrigger], plus the exact goal when the memory limit
   *  set it. */
  heapGoalInternal(): { goal: number; minTrigger: number; exact: bigint | null } {
    let goal = this.gcPercentHeapGoal;
    // Fast path: with no memory limit set, the limit goal is about 2^63 and cannot win against
    // a finite GOGC goal. Otherwise compare exactly.
    const noLimit = this.memoryLimit === maxInt64 && goal < 2 ** 60;
    if (!noLimit) {
      const limitGoal = this.memoryLimitHeapGoalExact();
      if (!Number.isFinite(goal) || limitGoal < BigInt(goal)) {
        return { goal: Number(limitGoal), minTrigger: 0, exact: limitGoal };
      }
    }
    const sweepDistTrigger = this.sweepDistMinTrigger;
    if (sweepDistTrigger > goal) goal = sweepDistTrigger;
    if (this.triggered !== Infinity && goal < this.triggered + minRunway) {
      goal = this.triggered + minRunway;
    }
    return { goal, minTrigger: sweepDistTrigger, exact: null };
  }

  heapGoal(): number {
    return this.heapGoalInternal().goal;
  }

  /** The heap goal as Go's uint64 (for MemStats.NextGC). */
  heapGoalExact(): bigint {
    const g = this.heapGoalInternal();
    return g.exact ?? BigInt(g.goal);
  }

  /** trigger returns [trigger, goal]. */
  trigger(): [number, number] {
    const { goal, minTrigger: mt } = this.heapGoalInternal();
    if (this.heapMarked >= goal) return [goal, goal];
    let minTrigger = Math.max(mt, this.heapMarked);
    const span = goal - this.heapMarked;
    const lower = Math.floor(span / triggerRatioDen) * minTriggerRatioNum + this.heapMarked;
    if (minTrigger < lower) minTrigger = lower;
    let maxTrigger = Math.floor(span / triggerRatioDen) * maxTriggerRatioNum + this.heapMarked;
    if (goal > defaultHeapMinimum && goal - defaultHeapMinimum > maxTrigger) {
      maxTrigger = goal - defaultHeapMinimum;
    }
    if (maxTrigger < minTrigger) maxTrigger = minTrigger;
    let trigger = this.runway > goal ? minTrigger : goal - this.runway;
    if (trigger < minTrigger) trigger = minTrigger;
    if (trigger > maxTrigger) trigger = maxTrigger;
    if (trigger > goal) throw new GoFatal("produced a trigger greater than the heap goal", "throw");
    return [trigger, goal];
  }

  /** startCycle resets per-cycle state and computes the worker counts (world stopped). */
  startCycle(markStartTime: number, procs: number, periodic: boolean, stwMode = false): void {
    this.heapScanWork = 0;
    this.stackScanWork = 0;
    this.globalsScanWork = 0;
    this.bgScanCredit = 0;
    this.assistTime = 0;
    this.dedicatedMarkTime = 0;
    this.fractionalMarkTime = 0;
    this.idleMarkTime = 0;
    this.markStartTime = markStartTime;
    this.triggered = this.trigger()[0];
    const totalUtilizationGoal = procs * gcBackgroundUtilization;
    this.dedicatedMarkWorkersNeeded = Math.trunc(totalUtilizationGoal + 0.5);
    const utilError = this.dedicatedMarkWorkersNeeded / totalUtilizationGoal - 1;
    if (utilError < -0.3 || utilError > 0.3) {
      if (this.dedicatedMarkWorkersNeeded > totalUtilizationGoal) this.dedicatedMarkWorkersNeeded--;
      this.fractionalUtilizationGoal =
        (totalUtilizationGoal - this.dedicatedMarkWorkersNeeded) / procs;
    } else {
      this.fractionalUtilizationGoal = 0;
    }
    if (stwMode) {
      this.dedicatedMarkWorkersNeeded = procs;
      this.fractionalUtilizationGoal = 0;
    }
    if (periodic) this.maxIdleMarkWorkers = this.dedicatedMarkWorkersNeeded > 0 ? 0 : 1;
    else this.maxIdleMarkWorkers = procs - this.dedicatedMarkWorkersNeeded;
    this.revise();
  }

  /** revise recomputes the assist ratio from the current heapLive and scan work. */
  revise(): void {
    const gcPercent = this.gcPercent < 0 ? 100000 : this.gcPercent;
    const live = this.heapLive;
    const work = this.heapScanWork + this.stackScanWork + this.globalsScanWork;
    let heapGoal = this.heapGoal();
    let scanWorkExpected = this.lastHeapScan + this.lastStackScan + this.globalsScan;
    const maxScanWork = this.heapScan + this.maxStackScan + this.globalsScan;
    if (work > scanWorkExpected) {
      const trig = this.triggered === Infinity ? 0 : this.triggered;
      let ext = Math.trunc(((heapGoal - trig) / scanWorkExpected) * maxScanWork) + trig;
      scanWorkExpected = maxScanWork;
      const hardGoal = Math.trunc((1.0 + gcPercent / 100.0) * heapGoal);
      if (ext > hardGoal) ext = hardGoal;
      heapGoal = ext;
    }
    if (live > heapGoal) {
      heapGoal = Math.trunc(heapGoal * 1.1);
      scanWorkExpected = maxScanWork;
    }
    const scanWorkRemaining = Math.max(1000, scanWorkExpected - work);
    let heapRemaining = heapGoal - live;
    if (heapRemaining <= 0) heapRemaining = 1;
    this.assistWorkPerByte = scanWorkRemaining / heapRemaining;
    this.assistBytesPerWork = heapRemaining / scanWorkRemaining;
  }

  /** endCycle records the goal this cycle ended with and updates consMark. */
  endCycle(now: number, procs: number): void {
    const g = this.heapGoalInternal();
    this.lastHeapGoal = g.goal;
    this.lastHeapGoalMB = g.exact !== null ? Number(g.exact >> 20n) : Math.floor(g.goal / 2 ** 20);
    const assistDuration = now - this.markStartTime;
    let utilization = gcBackgroundUtilization;
    if (assistDuration > 0) utilization += this.assistTime / (assistDuration * procs);
    if (this.heapLive <= this.triggered) return;
    let idleUtilization = 0;
    if (assistDuration > 0) idleUtilization = this.idleMarkTime / (assistDuration * procs);
    const scanWork = this.heapScanWork + this.stackScanWork + this.globalsScanWork;
    const currentConsMark =
      ((this.heapLive - this.triggered) * (utilization + idleUtilization)) /
      (scanWork * (1 - utilization));
    const [cm, ok] = this.consMarkController.next(this.consMark, currentConsMark, 1.0);
    this.consMark = ok ? cm : 0;
  }

  /** resetLive: at mark termination, heapLive becomes the marked bytes. */
  resetLive(bytesMarked: number): void {
    this.heapMarked = bytesMarked;
    this.heapLive = bytesMarked;
    this.heapScan = this.heapScanWork;
    this.lastHeapScan = this.heapScanWork;
    this.lastStackScan = this.stackScanWork;
    this.triggered = Infinity;
  }

  /** update applies allocation deltas; heapScan is fixed while marking is enabled. */
  update(dHeapLive: number, dHeapScan: number, gcBlackenEnabled: boolean): void {
    if (dHeapLive !== 0) this.heapLive += dHeapLive;
    if (!gcBlackenEnabled) this.heapScan += dHeapScan;
    else this.revise();
  }

  addScannableStack(amount: number): void {
    this.maxStackScan += amount;
  }

  addGlobals(amount: number): void {
    this.globalsScan += amount;
  }
}
