// Finalizers: runtime.SetFinalizer, queuing at GC, and the finalizer goroutine.
//
// Models src/runtime/mfinal.go (SetFinalizer's checks and throws, createfing, runfinq) and the
// finalizer specials of mgcmark.go/mgcsweep.go, Go 1.19.
//
// Terms:
//   record   one SetFinalizer(obj, f) in force: the object (a heap object, by its JS identity),
//            the func value and the finalizer's parameter type.
//   fing     the finalizer goroutine (runtime.runfinq). With package os imported it is the
//            runtime goroutine the scheduler created before main (goroutine 5); otherwise the
//            first SetFinalizer creates it (createfing).
//
// Lifecycle, as in Go: marking keeps what a finalizer's object and func reach alive but not
// the object itself (markroot's specials). An object still unmarked after marking has its
// record removed and queued, and is itself marked (resurrected) so that the finalizer can
// use it; it is freed by a later cycle once unreachable again. At mark termination the queue
// goes to fing, which calls each finalizer in order. A finalizer runs at most once.
//
// Simplifications vs real Go: records are queued in SetFinalizer order and each batch runs
// newest first (Go queues per span at sweep time, then walks finq blocks backwards); the
// finalizer's results are ignored without laying out a frame; a pointer to something gort
// keeps outside the heap (a package variable) gets no finalizer, as Go does for data and bss.

import type { Heap } from "./malloc.js";
import type { Marker } from "./mgcmark.js";
import { GoFatal } from "./panic.js";
import type { Sched } from "./proc.js";
import { waitReason, type G } from "./runtime2.js";
import { S } from "./state.js";
import { Iface, Kind, Ptr, type RType } from "./value.js";
import { PARK, type GoGen } from "./yield.js";
import { implements_ } from "./ops.js";

interface Record {
  obj: Iface;
  fn: (arg: unknown) => GoGen;
  /** The finalizer's parameter type: an interface gets obj itself, a pointer its value. */
  fint: RType;
}

const goroot = "/usr/lib/go-1.19/src";

export class Finalizers {
  private readonly records = new Map<object, Record>();
  private queue: Record[] = [];
  /** The batch runfinq took from the queue, until each call has returned. */
  private running: Record[] = [];
  private fing: G | undefined;
  private fingWaiting = false;

  constructor(
    private readonly sched: Sched,
    private readonly heap: Heap,
  ) {}

  /** runtime.SetFinalizer, with Go's throws for misuse. */
  set(obj: Iface | null, fin: Iface | null): void {
    if (obj === null) throw new GoFatal("runtime.SetFinalizer: first argument is nil", "throw");
    const et = obj.t;
    if (et.kind !== Kind.Pointer) {
      throw new GoFatal(`runtime.SetFinalizer: first argument is ${et.str}, not pointer`, "throw");
    }
    // The heap object: a struct or array is its own pointer; any other pointer is a Ptr into
    // its container (new(int)'s box is the object; a field or element is inside one).
    const p = obj.v as { $addr?: number } | Ptr | null;
    if (p === null) throw new GoFatal("runtime.SetFinalizer: pointer not in allocated block", "throw");
    const o = (p instanceof Ptr ? p.o : p) as { $addr?: number };
    // zerobase, or an object gort keeps outside the heap (a package variable: Go's data and
    // bss): nothing to finalize.
    if (!o.$addr || this.heap.objectAt(o.$addr) === null) return;
    if (p instanceof Ptr && !atOffsetZero(p)) {
      throw new GoFatal("runtime.SetFinalizer: pointer not at beginning of allocated block", "throw");
    }
    if (fin === null) {
      this.records.delete(o);
      return;
    }
    const ft = fin.t;
    if (ft.kind !== Kind.Func) {
      throw new GoFatal(`runtime.SetFinalizer: second argument is ${ft.str}, not a function`, "throw");
    }
    const cannot = `runtime.SetFinalizer: cannot pass ${et.str} to finalizer ${ft.str}`;
    if (ft.variadic) throw new GoFatal(`${cannot} because dotdotdot`, "throw");
    if (ft.params!.length !== 1) throw new GoFatal(cannot, "throw");
    const fint = ft.params![0]!;
    if (!argOK(obj, fint)) throw new GoFatal(cannot, "throw");
    this.createfing();
    if (this.records.has(o)) throw new GoFatal("runtime.SetFinalizer: finalizer already set", "throw");
    this.records.set(o, { obj, fn: fin.v as Record["fn"], fint });
  }

  /** Marking (after the roots): keep what finalizers reach, queue the unreachable objects. */
  mark(m: Marker): void {
    for (const [o, r] of this.records) m.markFrom(o, r.fn);
    // Decide every record before resurrecting any: tiny objects share a block and its bit.
    const dead = [...this.records].filter(([o]) => !this.heap.isMarked((o as { $addr: number }).$addr));
    for (const [o, r] of dead) {
      this.records.delete(o);
      this.queue.push(r);
    }
    for (const [o] of dead) m.markValue(o); // resurrected until the finalizer has run
  }

  /** Mark termination: hand the queue to the finalizer goroutine. */
  wake(): void {
    if (this.queue.length === 0 || this.fing === undefined || !this.fingWaiting) return;
    this.fingWaiting = false;
    this.sched.goready(this.fing, undefined, undefined);
  }

  /** Every finalizer not yet run, with its object (goroutineleak.ts: a finalizer may run, and
   *  reach what its object reaches, once the object dies). */
  pending(): unknown[] {
    return [...this.records.values(), ...this.queue, ...this.running].flatMap((r) => [r.obj, r.fn]);
  }

  /** Queued finalizers, and the batch being run, are roots until their calls return (Go's
   *  finq blocks). */
  roots(): unknown[] {
    return [...this.queue, ...this.running].flatMap((r) => [r.obj, r.fn]);
  }

  /** createfing: the finalizer goroutine, started once. */
  private createfing(): void {
    if (this.fing !== undefined) return;
    const placeholder = this.sched.allgs.find((g) => g.system && g.waitreason === waitReason.finalizerWait);
    if (placeholder !== undefined) {
      // Already parked in "finalizer wait": its body starts when the first queue wakes it.
      this.fing = placeholder;
      this.fingWaiting = true;
      placeholder.gen = this.runfinq();
      return;
    }
    const g = this.sched.newproc(this.runfinq(), S.g?.m?.p, undefined, "runtime.runfinq");
    g.system = true;
    this.sched.nlive--; // a system goroutine: runtime.NumGoroutine does not count it (ngsys)
    g.createdByRuntime = { name: "runtime.createfing", file: `${goroot}/runtime/mfinal.go`, line: 157 };
    this.fing = g;
  }

  /**
   * runfinq: take the whole queue and run it newest first (Go walks each finq block from its
   * last entry), then park. While it runs finalizers the goroutine is a user goroutine
   * (isSystemGoroutine is !fingRunning), and its parked runtime frames are out of sight.
   */
  private *runfinq(): GoGen<void> {
    for (;;) {
      const g = this.fing!;
      while (this.queue.length > 0) {
        this.running = this.queue;
        this.queue = [];
        const base = g.d;
        g.d = 0;
        g.system = false;
        while (this.running.length > 0) {
          const r = this.running[this.running.length - 1]!;
          // A typed nil func was recorded as Go records it; calling it would fault in Go too,
          // which gort does not model: it is skipped.
          if (r.fn !== null) yield* r.fn(r.fint.kind === Kind.Interface ? r.obj : r.obj.v);
          this.running.pop();
        }
        g.system = true;
        g.d = base;
      }
      this.fingWaiting = true;
      this.sched.gopark(g, waitReason.finalizerWait);
      yield PARK;
    }
  }
}

/** A pointer to a box's value, an array's element 0 or a struct's first field points at the
 *  base of its object. */
function atOffsetZero(p: Ptr): boolean {
  if (p.k === "v" || p.k === 0) return true;
  return typeof p.k === "string" && Object.keys(p.o)[0] === p.k;
}

/** SetFinalizer's okarg: the same type, a pointer to the same element, or an interface obj
 *  implements. */
function argOK(obj: Iface, fint: RType): boolean {
  if (fint === obj.t) return true;
  if (fint.kind === Kind.Pointer) return (fint.named !== true || obj.t.named !== true) && fint.elem === obj.t.elem;
  if (fint.kind === Kind.Interface) return (fint.imethods ?? []).length === 0 || implements_(obj, fint);
  return false;
}
