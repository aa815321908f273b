// Goroutine tracebacks and panic messages, in Go 1.19's format.
//
// Models runtime/traceback.go (traceback1, tracebackothers, goroutineheader, the "created by"
// line, the 100-frame limit) and panic.go's printpanics/printpanicval.
//
// Format (observed, see docs/FIDELITY.md): a header `goroutine N [status]:`, then per frame the
// function with its argument list and a tab-indented `file:line +0xOFF` line. gort prints
// `(...)` for functions with parameters (Go prints argument words) and `+0x0` offsets; the
// differential tests mask both, since neither is meaningful outside one binary.

import { GoFatal, type GoPanic, type RuntimeFrame, type StackEntry } from "./panic.js";
import { Gstatus, pseudoFrame, type G } from "./runtime2.js";
import type { MachineApi } from "./state.js";
import { printValue } from "./print.js";
import { Kind, type Iface } from "./value.js";

interface TraceLevel {
  level: number; // 0 none, 1 user frames, 2 runtime frames too
  all: boolean;
  crash: boolean;
}

/** GOTRACEBACK as runtime1.go's setTraceback reads it: the names, else a number (the level,
 *  with every goroutine), else level 0 with every goroutine (no traceback at all: a panic
 *  prints only its value). */
export function tracebackLevel(v: string | undefined): TraceLevel {
  switch (v) {
    case "none": return { level: 0, all: false, crash: false };
    case "single": case "": case undefined: return { level: 1, all: false, crash: false };
    case "all": return { level: 1, all: true, crash: false };
    case "system": return { level: 2, all: true, crash: false };
    case "crash": return { level: 2, all: true, crash: true };
    default: {
      const n = /^[0-9]+$/.test(v) ? Number(v) : NaN;
      return { level: Number.isSafeInteger(n) && n <= 0xffffffff ? n : 0, all: true, crash: false };
    }
  }
}

/** The exit status of a panic or a fatal error: 2, or with GOTRACEBACK=crash the process aborts
 *  (SIGABRT), which a shell sees as 134. */
export function crashStatus(t: TraceLevel): number {
  return t.crash ? 134 : 2;
}

const maxFrames = 100;

function status(m: MachineApi, g: G, current: boolean): string {
  let s: string;
  if (current) s = "running";
  else switch (g.status) {
    case Gstatus._Grunnable: s = "runnable"; break;
    case Gstatus._Grunning: s = "running"; break;
    case Gstatus._Gsyscall: s = "syscall"; break;
    case Gstatus._Gwaiting: s = g.waitreason; break;
    default: s = "unknown";
  }
  if ((g.status === Gstatus._Gwaiting || g.status === Gstatus._Gsyscall) && g.waitsince !== 0 && !current) {
    const mins = Math.floor((m.now() - g.waitsince) / 60e9);
    if (mins >= 1) s += `, ${mins} minutes`;
  }
  return s;
}

/** A frame as a traceback reads it: a live G.fr frame or a panic's snapshot of one. */
type FrameRec = StackEntry;

/** Is f the package init wrapper (the compiler's pkg.init, declared at line 0, which runs the
 *  package's variable initializers and its init functions)? Go's tracebacks and race stacks
 *  do not show it. */
export function isInitWrapper(m: Pick<MachineApi, "funcInfo">, f: FrameRec, name: string): boolean {
  return name.endsWith(".init") && pseudoFrame(f) === null && m.funcInfo(f.fi)?.line === 0;
}

/** Is f one of the init functions (pkg.init.N) of the package whose init wrapper is named
 *  wrapper? */
function isInitFunc(m: Pick<MachineApi, "funcInfo">, f: FrameRec, wrapper: string): boolean {
  const name = frameFunc(m, f)?.name;
  return name !== undefined && name.startsWith(wrapper + ".") && /^\d+$/.test(name.slice(wrapper.length + 1));
}

/** A frame's function as Go names it, its file and its current line: a runtime pseudo-frame's
 *  own, or the compiled function's (undefined for an index the program does not have). */
export function frameFunc(m: Pick<MachineApi, "funcInfo">, f: FrameRec): { name: string; file: string; line: number; hasArgs: boolean; inlined?: boolean } | undefined {
  const rt = pseudoFrame(f);
  if (rt) return { name: rt.name, file: rt.file, line: rt.line, hasArgs: !noArgs.has(rt.name) };
  const fi = m.funcInfo(f.fi);
  return fi ? { name: fi.name, file: fi.file, line: f.l, hasArgs: fi.hasArgs, inlined: fi.inlined } : undefined;
}

/** g's frames, outermost first (traceback reverses them; runtime.Stack drops its own). */
export function framesOf(g: G): FrameRec[] {
  const out: FrameRec[] = [];
  // A push that failed the depth limit has already counted its frame: stop at the last real one.
  const top = Math.min(g.d, g.fr.length - 1);
  for (let i = 1; i <= top; i++) out.push(g.fr[i]!);
  return out;
}

/** One goroutine's traceback: header, frames innermost first, created-by. */
export function traceback(
  m: MachineApi, g: G, stack: FrameRec[] | undefined, lvl: TraceLevel, current: boolean,
  runtimeFrames: RuntimeFrame[] = [],
): string {
  let s = `goroutine ${g.goid} [${status(m, g, current)}]:\n`;
  if (!current && g.status === Gstatus._Grunning) {
    return s + "\tgoroutine running on other thread; stack unavailable\n" + createdBy(m, g, lvl);
  }
  const frames = (stack ?? framesOf(g)).slice().reverse();
  if (lvl.level >= 2) {
    for (const r of runtimeFrames) s += `${r.fn}${r.fn === "panic" ? "({0x0?, 0x0?})" : r.noArgs ? "()" : "(...)"}\n\t${r.file}:${r.line} +0x0\n`;
  }
  if (frames.length === 0 && g.startName && g.status !== Gstatus._Gdead) {
    const fi = findFi(m, g.startName);
    s += `${g.startName}(${fi && fi.hasArgs ? "..." : ""})\n`;
    if (fi) s += `\t${fi.file}:${fi.line}\n`;
    s += "runtime.goexit()\n\t/usr/lib/go-1.19/src/runtime/asm_amd64.s:1594 +0x1\n";
  }
  let n = 0;
  let elided = false;
  for (let k = 0; k < frames.length; k++) {
    const f = frames[k]!;
    if (n++ >= maxFrames) {
      s += "...additional frames elided...\n";
      elided = true;
      break;
    }
    const fn = frameFunc(m, f);
    if (!fn) continue;
    if (pseudoFrame(f)) {
      // A goroutine in C: runtime.cgocall is the innermost frame, under the _Cfunc wrapper
      // (a runtime frame: shown from GOTRACEBACK=system on).
      if (lvl.level >= 2 && k === 0 && fn.name.startsWith("main._Cfunc_")) s += `runtime.cgocall(...)\n\t${goroot}/runtime/cgocall.go:158 +0x0\n`;
      const args = fn.name === "panic" ? "({0x0?, 0x0?})" : fn.hasArgs ? "(...)" : "()";
      s += `${fn.name}${args}\n\t${fn.file}:${fn.line} +0x0\n`;
      continue;
    }
    // The init wrapper is Go's pkg.init while it runs the variable initializers; Go's doInit,
    // not pkg.init, calls the init functions, so under one the wrapper is not shown.
    if (isInitWrapper(m, f, fn.name) && k > 0 && isInitFunc(m, frames[k - 1]!, fn.name)) continue;
    // An inlined frame (a frameless leaf) has no PC offset in Go's traceback.
    s += `${fn.name}(${fn.hasArgs ? "..." : ""})\n\t${fn.file}:${fn.line}${fn.inlined === true ? "" : " +0x0"}\n`;
  }
  // GOTRACEBACK=system shows the runtime frames under the first one: runtime.main under
  // main.main, and goexit (where every goroutine returns to) under every goroutine.
  if (lvl.level >= 2 && frames.length > 0 && !elided) {
    if (g.goid === 1 && !g.system) s += `runtime.main()\n\t${goroot}/runtime/proc.go:250 +0x0\n`;
    s += `runtime.goexit()\n\t${goroot}/runtime/asm_amd64.s:1594 +0x0\n`;
  }
  return s + createdBy(m, g, lvl);
}

const goroot = "/usr/lib/go-1.19/src";
/** Runtime functions without parameters: a traceback prints "()" for them, as for any such
 *  function ("(...)" stands for arguments, or for an inlined call). */
const noArgs = new Set([
  "runtime.Goexit", "runtime.forcegchelper", "runtime.gcenable.func1", "runtime.gcenable.func2",
  "runtime.runfinq", "runtime.main", "runtime.goexit", "runtime.newstack", "runtime.morestack",
]);

function createdBy(m: MachineApi, g: G, lvl: TraceLevel): string {
  const r = g.createdByRuntime;
  // A runtime creator (runtime.createfing) shows only at GOTRACEBACK=system, as showframe hides
  // runtime functions; another package's (time.goFunc) always.
  if (r) return lvl.level >= 2 || !r.name.startsWith("runtime.") ? `created by ${r.name}\n\t${r.file}:${r.line} +0x0\n` : "";
  if (g.createdByFi < 0 || g.goid === 1) return "";
  const fi = m.funcInfo(g.createdByFi);
  return fi ? `created by ${fi.name}\n\t${fi.file}:${g.createdByLine} +0x0\n` : "";
}

function findFi(m: MachineApi, name: string): ReturnType<MachineApi["funcInfo"]> {
  for (let i = 0; ; i++) {
    const fi = m.funcInfo(i);
    if (!fi) return undefined;
    if (fi.name === name) return fi;
  }
}

/** Every other goroutine, as tracebackothers prints them (after a blank line each); at most
 *  max of them, then a line that says how many more there were (gort's own limit reports). */
export function dumpGoroutines(m: MachineApi, cur: G | undefined, lvl: TraceLevel, _deadlock: boolean, max = Infinity): string {
  let s = "";
  let shown = 0;
  let more = 0;
  for (const g of m.sched.allgs) {
    if (g === cur || g.status === Gstatus._Gdead) continue;
    if (g.system && lvl.level < 2) continue;
    if (shown >= max) {
      more++;
      continue;
    }
    shown++;
    s += "\n" + traceback(m, g, undefined, lvl, false);
  }
  if (more > 0) s += `\n...${more} more goroutines not shown\n`;
  return s;
}

/** dopanic_m's line for a panic raised by a signal (gort's nil dereferences: no address or pc). */
const signalLine = "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]";

/** printpanics: the chain of panics, oldest first, each on its own line after a tab; then, as
 *  dopanic_m does for a goroutine that took a signal, the signal line once at the end. The
 *  values' texts come from preprintpanics first, so a method that panics throws from here. */
export function printPanicChain(p: GoPanic, _m: MachineApi): string {
  const texts = preprintpanics(p);
  const chain: GoPanic[] = [];
  for (let q: GoPanic | null | undefined = p; q; q = q.link) chain.push(q);
  let sig = false;
  let s = "";
  // Oldest first; a runtime.Goexit in the chain prints nothing, nor the tab after it.
  for (let i = chain.length - 1; i >= 0; i--) {
    const q = chain[i]!;
    sig ||= q.sigpanic === true;
    if (i < chain.length - 1 && !chain[i + 1]!.goexit) s += "\t";
    if (q.goexit) continue;
    s += "panic: " + texts[i]! + (q.recovered ? " [recovered]" : "") + "\n";
  }
  if (s.endsWith("\n")) s = s.slice(0, -1);
  return s + (sig ? "\n" + signalLine : "");
}

/** preprintpanics (panic.go): the text of each panic's value, newest first, as Go computes
 *  them before printing any: an error's Error(), a Stringer's String(), else printpanicval's
 *  form. A panic in one of those methods propagates (report turns it into Go's throw,
 *  panicWhilePrinting). */
function preprintpanics(p: GoPanic): string[] {
  const texts: string[] = [];
  for (let q: GoPanic | null | undefined = p; q; q = q.link) texts.push(panicValueString(q.value));
  return texts;
}

/** preprintpanics' deferred recover: a method that panicked while the panic values were turned
 *  into text throws "panic while printing panic value", with the string it panicked with or
 *  its value's type, and the signal line if it was a signal (a nil dereference). */
export function panicWhilePrinting(q: GoPanic): GoFatal {
  const v = q.value;
  const what = v === null ? "type nil" : v.t.kind === Kind.String && !v.t.named ? (v.v as string) : "type " + v.t.str;
  const signal = q.sigpanic ? signalLine + "\n" : "";
  return new GoFatal(`panic while printing panic value: ${what}`, "throw", [], "", signal);
}

/** printpanicval, after preprintpanics turned errors and Stringers into their text. */
function panicValueString(v: Iface | null): string {
  if (v === null) return "nil";
  const err = v.t.methods.find((x) => x.name === "Error");
  const str = v.t.methods.find((x) => x.name === "String");
  const m = err ?? str;
  if (m) return drain(m.fn(v.v));
  return printValue(v);
}

/** Run a Go method to completion outside the scheduler (the world is stopped while Go prints
 *  a panic, so its Error or String method runs alone). */
export function drain(gen: Generator<unknown, any, unknown>): any {
  for (;;) {
    const r = gen.next();
    if (r.done) return r.value;
  }
}

/** A goroutine as goleak lists it: "[Goroutine N in state S, with F on top of the stack:\n"
 *  traceback "]\n" (gort test's leak check and gort run --leaks). Returns the traceback too. */
export function goleakEntry(m: MachineApi, g: G, lvl: TraceLevel): { entry: string; tb: string } {
  // goleak reads runtime.Stack(all), which stops the world: a running goroutine's stack shows.
  const tb = traceback(m, g, undefined, lvl, g.status === Gstatus._Grunning);
  const top = /^goroutine \d+ \[([^\]]*)\]:\n([^\n]*)/.exec(tb);
  const fn = top === null ? "?" : frameFuncName(top[2]!);
  return { entry: `[Goroutine ${g.goid} in state ${top?.[1] ?? "?"}, with ${fn} on top of the stack:\n${tb}]\n`, tb };
}

/** A traceback frame line's function, without its argument list (goleak cuts at the last "(":
 *  `main.(*watcher).run(...)` is main.(*watcher).run). */
export function frameFuncName(line: string): string {
  const i = line.lastIndexOf("(");
  return i < 0 ? line : line.slice(0, i);
}
