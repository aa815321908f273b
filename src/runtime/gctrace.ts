// The GODEBUG=gctrace=1 line and the GC CPU accounting that feeds it.
//
// Models the gctrace printing in gcMarkTermination (src/runtime/mgc.go), its helpers itoaDiv
// and fmtNSAsMS, and the work.totaltime / gc_cpu_fraction accounting just before it, Go 1.19:
//
//   gc N @T.TTTs P%: a+b+c ms clock, d+e/f/g+h ms cpu, X->Y->Z MB, G MB goal,
//     S MB stacks, B MB globals, N P[ (forced)]
//
// Terms:
//   clock parts  wall time of sweep termination (tMark-tSweepTerm), concurrent mark
//                (tMarkTerm-tMark) and mark termination (tEnd-tMarkTerm).
//   cpu parts    sweep termination CPU (clock * stwprocs), assist / dedicated+fractional / idle
//                mark time, mark termination CPU (clock * stwprocs).
//   P%           int(gc_cpu_fraction*100): GC CPU since the program started (idle marking
//                excluded) over elapsed time * GOMAXPROCS.
//   MB values    byte counts shifted right by 20 (truncated).
//
// Number formatting, exactly as Go: itoaDiv(val, dec) prints val/10^dec with dec decimals;
// fmtNSAsMS prints whole milliseconds from 10 ms up, else the microseconds cut to two
// significant digits with at most three decimals (4 µs "0.004", 290 µs "0.29", 1234 µs "1.2",
// under 1 µs "0").

/** itoaDiv formats val/(10^dec) with dec digits after the point. A literal port of Go's
 *  loop, quirks included (with dec == 0 it always writes at least two digits, "05" for 5;
 *  Go only calls it that way with val >= 10). */
export function itoaDiv(val: number, dec: number): string {
  const buf: string[] = new Array<string>(24).fill("");
  let i = buf.length - 1;
  const idec = i - dec;
  let v = val;
  while (v >= 10 || i >= idec) {
    buf[i] = String(v % 10);
    i--;
    if (i === idec) {
      buf[i] = ".";
      i--;
    }
    v = Math.floor(v / 10);
  }
  buf[i] = String(v);
  return buf.slice(i).join("");
}

/** fmtNSAsMS formats ns nanoseconds as milliseconds, as Go's gctrace does. */
export function fmtNSAsMS(ns: number): string {
  if (ns >= 10e6) return itoaDiv(Math.floor(ns / 1e6), 0);
  let x = Math.floor(ns / 1e3);
  if (x === 0) return "0";
  let dec = 3;
  while (x >= 100) {
    x = Math.floor(x / 10);
    dec--;
  }
  return itoaDiv(x, dec);
}

/** Everything one gctrace line prints. Times are nanoseconds on the simulated clock. */
export interface GcTraceRecord {
  numgc: number;
  /** Nanoseconds since the program started when the cycle began (tSweepTerm-runtimeInitTime). */
  sinceStartNs: number;
  utilPercent: number;
  tSweepTerm: number;
  tMark: number;
  tMarkTerm: number;
  tEnd: number;
  sweepTermCpu: number;
  assistTime: number;
  /** dedicatedMarkTime + fractionalMarkTime. */
  backgroundMarkTime: number;
  idleMarkTime: number;
  markTermCpu: number;
  heap0: number;
  heap1: number;
  heap2: number;
  heapGoalMB: number;
  maxStackScan: number;
  globalsScan: number;
  maxprocs: number;
  userForced: boolean;
}

function mb(bytes: number): number {
  return Math.floor(bytes / 1048576);
}

/** The gctrace line for one cycle, with its trailing newline. */
export function formatGCTrace(r: GcTraceRecord): string {
  let s = `gc ${r.numgc} @${itoaDiv(Math.floor(r.sinceStartNs / 1e6), 3)}s ${r.utilPercent}%: `;
  s += [r.tMark - r.tSweepTerm, r.tMarkTerm - r.tMark, r.tEnd - r.tMarkTerm]
    .map(fmtNSAsMS)
    .join("+");
  s += " ms clock, ";
  s += `${fmtNSAsMS(r.sweepTermCpu)}+${fmtNSAsMS(r.assistTime)}/`;
  s += `${fmtNSAsMS(r.backgroundMarkTime)}/${fmtNSAsMS(r.idleMarkTime)}+`;
  s += fmtNSAsMS(r.markTermCpu);
  s += ` ms cpu, ${mb(r.heap0)}->${mb(r.heap1)}->${mb(r.heap2)} MB, ${r.heapGoalMB} MB goal, `;
  s += `${mb(r.maxStackScan)} MB stacks, ${mb(r.globalsScan)} MB globals, ${r.maxprocs} P`;
  if (r.userForced) s += " (forced)";
  return s + "\n";
}

// The line's exact format as a pattern, for checkers (tools/gccompare.ts, tests): fmtNSAsMS's
// forms, itoaDiv's seconds, and the counted fields captured.
const UINT = String.raw`(?:0|[1-9]\d*)`;
const MS = String.raw`(?:0|0\.0(?:0[1-9]|[1-9]\d)|0\.[1-9]\d|[1-9]\.\d|[1-9]\d+)`;
const SECS = String.raw`${UINT}\.\d{3}`;

/** One gctrace line as printed by Go 1.19's gcMarkTermination, capturing the counted fields. */
export const GCTRACE_RE = new RegExp(
  `^gc ([1-9]\\d*) @(${SECS})s (${UINT})%: ` +
    `${MS}\\+${MS}\\+${MS} ms clock, ` +
    `${MS}\\+${MS}/${MS}/${MS}\\+${MS} ms cpu, ` +
    `(${UINT})->(${UINT})->(${UINT}) MB, (${UINT}) MB goal, ` +
    `(${UINT}) MB stacks, (${UINT}) MB globals, (${UINT}) P( \\(forced\\))?$`,
);

/** The phase times of one cycle (work.tSweepTerm ... work.tEnd) and its mark worker times. */
interface GcCycleTimes {
  tSweepTerm: number;
  tMark: number;
  tMarkTerm: number;
  tEnd: number;
  assistTime: number;
  dedicatedMarkTime: number;
  fractionalMarkTime: number;
  idleMarkTime: number;
}

/** work.totaltime and the gc_cpu_fraction computation of gcMarkTermination. */
export class GcCpuAccount {
  /** work.totaltime: GC CPU nanoseconds over all cycles (idle marking excluded). */
  totaltime = 0;
  gcCpuFraction = 0;

  /** Account one cycle. schedTotaltime and procresizetime are sched's (the CPU time of earlier
   *  GOMAXPROCS settings and when the current one began). Returns the CPU parts to print. */
  endCycle(
    t: GcCycleTimes,
    stwprocs: number,
    gomaxprocs: number,
    schedTotaltime: number,
    procresizetime: number,
  ): { sweepTermCpu: number; markTermCpu: number; utilPercent: number } {
    const sweepTermCpu = stwprocs * (t.tMark - t.tSweepTerm);
    const markCpu = t.assistTime + t.dedicatedMarkTime + t.fractionalMarkTime;
    const markTermCpu = stwprocs * (t.tEnd - t.tMarkTerm);
    this.totaltime += sweepTermCpu + markCpu + markTermCpu;
    const totalCpu = schedTotaltime + (t.tEnd - procresizetime) * gomaxprocs;
    this.gcCpuFraction = this.totaltime / totalCpu;
    return { sweepTermCpu, markTermCpu, utilPercent: Math.trunc(this.gcCpuFraction * 100) };
  }
}
