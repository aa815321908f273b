// The natives of package testing (stdlib/testing/testing.go): the caller's position for log
// lines (Go's runtime.Callers walk in common.decorate and frameSkip), the caller's name for
// Helper, and -test.run's pattern matching.
//
// Models Go 1.19's testing.common.frameSkip: the first frame that is neither in package testing
// nor a function marked by t.Helper. gort reads the goroutine's frame stack instead of PCs.
//
// matchString runs package regexp's engine (regexp.ts), as Go's testing does through regexp.
// Simplification: a pattern that does not compile matches nothing (Go reports it and exits).

import { S, machine } from "../../runtime/state.js";
import { Gstatus, type G } from "../../runtime/runtime2.js";
import { frameFunc, goleakEntry, tracebackLevel } from "../../runtime/traceback.js";
import { matchPattern, regexpError } from "./regexp.js";

/** A live goroutine of leak group group, other than the caller. */
const isLeak = (g: G, group: number): boolean => g.group === group && g !== S.g && !g.system && g.status !== Gstatus._Gdead;

export const natives: Record<string, Function> = {
  callSite(helpers: string): string {
    const g = S.g;
    for (let d = g.d; d >= 1; d--) {
      const f = frameFunc(machine, g.fr[d]!);
      if (f === undefined || f.name.startsWith("testing.")) continue;
      if (helpers.includes(`\n${f.name}\n`)) continue;
      return `${f.file.slice(f.file.lastIndexOf("/") + 1)}:${f.line === 0 ? 1 : f.line}`;
    }
    return "???:1";
  },
  callerName(): string {
    const g = S.g;
    // The top frame is the function that called callerName (Helper); its caller is below.
    const f = g.d >= 2 ? frameFunc(machine, g.fr[g.d - 1]!) : undefined;
    return f?.name ?? "";
  },
  /** The caller starts a leak group of its own (G.group), which the goroutines it and they
   *  create belong to; returns it. */
  leakGroup(): number {
    const g = S.g;
    g.group = g.seq;
    return g.group;
  },
  /** Does the run check for leaks (gort test, unless --leaks=false)? */
  leakCheck(): boolean {
    return machine.leakCheck;
  },
  /** Is a goroutine of the group still alive, other than the caller? */
  leaking(group: number): boolean {
    return machine.sched.allgs.some((g) => isLeak(g, group));
  },
  /** The goroutines of the group that are still alive, except the caller, as goleak lists them
   *  ("[Goroutine N in state S, with F on top of the stack:\n" traceback "]"), or "". */
  leaked(group: number): string {
    let out = "";
    for (const g of machine.sched.allgs) {
      if (!isLeak(g, group)) continue;
      out += goleakEntry(machine, g, tracebackLevel(undefined)).entry;
    }
    return out;
  },
  captureStdout(): void {
    machine.captureStdout();
  },
  stopCapture(): string {
    return machine.stopCapture();
  },
  /** Go's m.deps.SetPanicOnExit0, which M.Run's before and after call (go test passes
   *  -test.paniconexit0). */
  setPanicOnExit0(on: boolean): void {
    machine.panicOnExit0 = on;
  },
  raceErrors(): number {
    return machine.race?.nraces ?? 0;
  },
  /** fuzz.go: 0 without the fuzz driver, else its mode (runtime/cover.ts FuzzHooks). */
  fuzzMode(): number {
    return machine.fuzz?.mode ?? 0;
  },
  fuzzNext(): string {
    return machine.fuzz?.next() ?? "";
  },
  fuzzCrashPath(): string {
    return machine.fuzz?.crashPath ?? "";
  },
  fuzzReport(types: string, names: string, entries: string): void {
    const split = (s: string): string[] => (s === "" ? [] : s.split("\u0000"));
    machine.fuzz?.report(split(types), split(names), split(entries));
  },
  regexpError(pat: string): string {
    return regexpError(pat);
  },
  matchString(pat: string, s: string): boolean {
    return matchPattern(pat, s) === true;
  },
};
