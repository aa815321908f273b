// GODEBUG=schedtrace=X,scheddetail=1: the scheduler summary that sysmon prints every X ms.
//
// Models Go 1.19's schedtrace (runtime/proc.go:5417), its call from sysmon (proc.go:5272) and
// the parsing of GODEBUG's integer variables (parsedebugvars, runtime/runtime1.go). The output
// goes to standard error, as Go's print does. Formats, exactly as Go prints them:
//
//   SCHED 0ms: gomaxprocs=4 idleprocs=3 threads=5 spinningthreads=0 idlethreads=1 runqueue=0 [0 0 0 0]
//
// and with scheddetail=1 the first line ends in " gcwaiting=0 nmidlelocked=0 stopwait=0
// sysmonwait=0" instead of the bracketed list, followed by one line per P (allp order), per M
// (allm order, which is newest first because Go prepends to allm) and per G (allgs order):
//
//   P0: status=1 schedtick=3 syscalltick=0 m=0 runqsize=0 gfreecnt=0 timerslen=0
//   M1: p=-1 curg=-1 mallocing=0 throwing=0 preemptoff= locks=2 dying=0 spinning=false blocked=false lockedg=-1
//   G1: status=4(sleep) m=-1 lockedm=-1
//
// Terms:
//   starttime  the simulated time of the first schedtrace call; "SCHED Nms" counts from it.
//   lasttrace  the time of the previous line; sysmon prints when lasttrace + X ms <= now, so the
//              lines come at sysmon's ticks (20 µs to 10 ms apart), not exactly every X ms.
//
// Invariants: the trace reads the scheduler's state and never changes it, and it draws nothing
// from the PRNG, so a run with schedtrace makes the same choices as one without, except that
// sysmon keeps ticking while every P is idle (Go's sysmon does not sleep deeply then either).
//
// Simplifications vs real Go:
//   - threads counts the model's Ms: main's, sysmon's, and those started for Ps. Go may also
//     have a template thread and Ms that the model folds together.
//   - gfreecnt is always 0: the model does not keep free Gs for reuse, so every goroutine ever
//     created stays in allgs (Go reuses dead G structs, so its G list is shorter).
//   - No M or G is ever locked to a thread (lockedg/lockedm -1), and gcwaiting, nmidlelocked,
//     stopwait and sysmonwait are 0: the scheduler model has no stop-the-world. mallocing,
//     throwing and dying are 0 and preemptoff empty: sysmon never prints in the middle of those.
//   - The printing M is sysmon, which holds sched.lock and sysmonlock: Go shows it with locks=2.

import { Pstatus, type G, type M, type P } from "./runtime2.js";
import type { Sched } from "./proc.js";

/**
 * The value of an integer GODEBUG variable, as parsedebugvars reads it: the fields are
 * comma-separated key=value pairs, a later valid value overrides an earlier one, and a value
 * that is not a decimal int32 (with an optional '-') is ignored. 0 when absent.
 */
export function godebugInt(godebug: string | undefined, name: string): number {
  let v = 0;
  if (!godebug) return v;
  for (const field of godebug.split(",")) {
    const i = field.indexOf("=");
    if (i < 0 || field.slice(0, i) !== name) continue;
    const n = atoi32(field.slice(i + 1));
    if (n !== undefined) v = n;
  }
  return v;
}

/** Go's atoi32: decimal digits with an optional leading '-', within int32. */
function atoi32(s: string): number | undefined {
  if (!/^-?[0-9]+$/.test(s)) return undefined;
  const n = Number(s);
  if (n < -2147483648 || n > 2147483647) return undefined;
  return n;
}

/** Where the trace goes, and the clock: the machine. */
interface TraceSink {
  readonly sched: Sched;
  write(fd: 1 | 2, bytes: string): void;
}

export class SchedTrace {
  private lasttrace = -Infinity;
  private starttime: number | undefined;

  constructor(
    readonly periodMs: number,
    readonly detailed: boolean,
  ) {}

  /** The trace GODEBUG asks for, or undefined when schedtrace is not positive. */
  static fromEnv(environ: Map<string, string>): SchedTrace | undefined {
    const godebug = environ.get("GODEBUG");
    const period = godebugInt(godebug, "schedtrace");
    if (period <= 0) return undefined;
    return new SchedTrace(period, godebugInt(godebug, "scheddetail") > 0);
  }

  /** One sysmon tick: print if periodMs have passed since the last line (proc.go:5272). */
  tick(sink: TraceSink): void {
    const now = sink.sched.now;
    if (this.lasttrace + this.periodMs * 1e6 > now) return;
    this.lasttrace = now;
    this.starttime ??= now;
    sink.write(2, schedtrace(sink.sched, this.detailed, now - this.starttime));
  }
}

/** The text of one schedtrace call, elapsed ns after the first one. */
export function schedtrace(s: Sched, detailed: boolean, elapsed: number): string {
  const idlethreads = s.midle.length;
  let out =
    `SCHED ${Math.trunc(elapsed / 1e6)}ms: gomaxprocs=${s.gomaxprocs} idleprocs=${s.pidle.length}` +
    ` threads=${s.allm.length} spinningthreads=${s.nmspinning} idlethreads=${idlethreads}` +
    ` runqueue=${s.globrunqsize()}`;
  if (detailed) {
    out += " gcwaiting=0 nmidlelocked=0 stopwait=0 sysmonwait=0\n";
    for (const pp of s.allp) out += pline(pp);
    for (let i = s.allm.length - 1; i >= 0; i--) out += mline(s, s.allm[i]!);
    for (const gp of s.allgs) out += gline(gp);
    return out;
  }
  const lens = s.allp.map((pp) => pp.runqtail - pp.runqhead);
  return `${out} [${lens.join(" ")}]\n`;
}

function pline(pp: P): string {
  const m = pp.m && pp.status === Pstatus._Prunning ? pp.m.id : -1;
  return (
    `  P${pp.id}: status=${pp.status} schedtick=${pp.schedtick} syscalltick=${pp.syscalltick}` +
    ` m=${m} runqsize=${pp.runqtail - pp.runqhead} gfreecnt=0 timerslen=${pp.timers.length}\n`
  );
}

function mline(s: Sched, mp: M): string {
  const locks = mp === s.sysmonm ? 2 : 0;
  const blocked = s.midle.includes(mp);
  return (
    `  M${mp.id}: p=${mp.p?.id ?? -1} curg=${mp.curg?.goid ?? -1} mallocing=0 throwing=0 preemptoff=` +
    ` locks=${locks} dying=0 spinning=${mp.spinning} blocked=${blocked} lockedg=-1\n`
  );
}

function gline(gp: G): string {
  return `  G${gp.goid}: status=${gp.status}(${gp.waitreason}) m=${gp.m?.id ?? -1} lockedm=-1\n`;
}
