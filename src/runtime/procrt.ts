// The scheduler entry points that compiled code and natives call: newproc, the preemption check
// at loop back-edges, Gosched, Goexit and sleeping.
//
// Models the user-facing parts of Go 1.19's proc.go (newproc, Gosched, preemption at safe
// points) and time.go (timeSleep). The semaphores that sync is built on are in sema.ts.

import { S, machine } from "./state.js";
import { waitReason } from "./runtime2.js";
import { GOON, GOSCHED, PARK, PENDING, pend, pending, yieldThen, type GoGen } from "./yield.js";
import { newprocNs, opsPerNs, raceGoStartNs } from "./costs.js";

/** The weight of preemption points (loop back-edges, entries of recursive plain functions, each
 *  counting its body's operations: compiler/weight.ts) a goroutine passes before the next
 *  preemption check: a microsecond of loop work, its time slice between two visible operations. */
export const checkBudget = 1000 * opsPerNs;

/** go f(args): create a goroutine whose bottom generator is gen (the go statement made it);
 *  roots holds the callee and arguments the statement evaluated (G.startRoots). */
export function newproc(gen: GoGen, roots: unknown[], startName: string, wrapper?: string, wrapperLine?: number): void {
  const g = S.g;
  const ng = machine.sched.newproc(gen, g.m?.p, g, startName);
  ng.startRoots = roots;
  const race = machine.race;
  race?.gostart(g, ng, wrapper, wrapperLine);
  S.cost += race !== undefined && !race.clocksOnly ? newprocNs + raceGoStartNs : newprocNs;
}

/** -race: after a go statement the parent steps (a visible operation, compiler/stmt.ts goStmt),
 *  so that an M already spinning can start the new goroutine before the parent's next access,
 *  in the time racegostart took, as on a real machine (go run -race reported such a race the
 *  other way round on a third of its runs). The generator form of gostepn. */
export function* gostep(): GoGen<void> {
  if (gostepn() === PENDING) yield* pending();
}

/** gostep's plain entry (yield.ts): undefined, or PENDING when the step must yield. */
export function gostepn(): typeof PENDING | undefined {
  const st = machine.stepNow();
  return st === GOON ? undefined : pend(yieldThen(st, nothing, undefined, undefined, undefined));
}

function nothing(): undefined {
  return undefined;
}

/** The check at a loop back-edge in a generator: yield so that time moves and other Ps act, and
 *  stop if sysmon asked for preemption. */
export function* preempt(): GoGen<void> {
  const g = S.g;
  if (g.preempt && g.nonpreempt === 0) {
    S.b = checkBudget;
    yield GOSCHED;
    return;
  }
  { const st = machine.stepNow(); if (st !== GOON) yield st; }
}

/** The check at a back-edge or a recursive entry in a plain function, which cannot yield: the
 *  machine suspends the goroutine where it stands (Go 1.14's asynchronous preemption), so a
 *  loop without a yield point can neither hold the machine nor outrun its limits. */
export function tick(): void {
  machine.suspendPlain();
}

/** runtime.Gosched */
export function* gosched(): GoGen<void> {
  yield GOSCHED;
}

/** time.Sleep(ns): a timer on the current P wakes the goroutine. */
export function* timeSleep(ns: number): GoGen<void> {
  if (ns <= 0) {
    { const st = machine.stepNow(); if (st !== GOON) yield st; }
    return;
  }
  const g = S.g;
  const sched = machine.sched;
  const pp = g.m!.p!;
  // From the clock the goroutine reads (time.Now), so that time.Since(start) >= ns after it.
  const when = machine.nanotime() + ns;
  sched.addtimer(pp, {
    when, period: 0, seq: 0, i: -1, pp: undefined,
    f: () => sched.goready(g, pp.status === 1 ? pp : undefined, undefined),
  });
  const depth = pushStdFrames(sleepFrames);
  sched.gopark(g, waitReason.sleep);
  yield PARK;
  g.d = depth;
}

const goroot = "/usr/lib/go-1.19/src";
const sleepFrames: StdFrame[] = [{ name: "time.Sleep", file: `${goroot}/runtime/time.go`, line: 195 }];

/** A standard-library frame that Go's tracebacks show while a goroutine waits inside it. */
interface StdFrame {
  name: string;
  file: string;
  line: number;
}

/** Push frames (outermost first) for the duration of a park, as Go's stack would hold them. */
function pushStdFrames(frames: readonly StdFrame[]): number {
  const g = S.g;
  const d = g.d;
  for (const f of frames) g.pushRuntime(f.name, f.file, f.line);
  return d;
}
