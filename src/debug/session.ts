// `gort debug`'s command interpreter: Delve's and GDB's commands over replayed runs.
//
// Every command that moves (continue, reverse-continue, goto, reverse-step, restart) starts a
// new run of the program from the start with the same options and seed, and the run hook
// (debugger.ts) stops it at the event the command asks for. A run is a function of the
// program, its options and its seed, so the run stops where the last one would have been: time
// travel is replay. The program's output is shown once: a replay prints only what no earlier
// run printed (the output is a prefix of the same stream every time).

import { DebugStop } from "../runtime/panic.js";
import type { DebugHook } from "../runtime/state.js";
import type { FuncInfo } from "../runtime/runtime2.js";
import { RunHook, runtimeFuncs, type Breakpoint, type Snapshot, type Target } from "./debugger.js";
import { parseCond } from "./cond.js";
import type { DbgLine } from "../compiler/context.js";

/** What the session needs of the program: one run with a hook, its output sent to write. */
export interface Debuggee {
  run(hook: DebugHook, write: (fd: 1 | 2, bytes: string) => void): { exitCode: number };
  funcInfos: readonly FuncInfo[];
  /** The debug compile's line table (compiler/stmt.ts dbgLine): the statements of the user's
   *  packages, which are events too. */
  lines: readonly DbgLine[];
}

const debugHelp = `The following commands are available:
    break (b) FUNC [if COND]   set a breakpoint at a runtime function (runtime.mapassign_fast64,
                               runtime.mallocgc, runtime.newproc, runtime.gopark, ...), at the
                               entry of a Go function (main.worker, main.main.func1) or at a line
                               (main.go:12); COND compares goid, count, B, flags, noverflow, size
                               with integers (&&, ||)
    continue (c)               run to the next breakpoint hit (or to the end)
    step (s)                   to the next line the current goroutine runs, entering calls
    next (n)                   to the next line in this function or a caller (over calls)
    finish (stepout)           until this function returns: the next line in its caller
    reverse-continue (rc)      back to the previous breakpoint hit (or to the start)
    reverse-step (rs)          back to the previous line the current goroutine ran
    goto EVENT                 to event EVENT (every hooked runtime call, Go function entry and
                               statement of the program's packages)
    step-event (se)            forward one event
    reverse-step-event (rse)   back one event
    restart (r)                back to the start, before event 1
    when                       the current event number and simulated time
    info breakpoints (bp)      list the breakpoints with their hits so far
    delete (clear) N           delete breakpoint N
    bt (backtrace, stack)      the current goroutine's traceback, as Go prints it
    goroutines (grs)           one line per goroutine
    goroutine [N] [bt]         select goroutine N (or show the selected one), or its traceback
    ps                         the Ps and Ms: status, M, current G, run queue length
    print (p) EXPR             a Go variable in scope at a line; *m and m.buckets at a map
                               function, mcache, *span, goid, size
    locals                     the local variables in scope at this line
    args                       the function's arguments (and named results)
    help (h)                   this list
    quit (q, exit)             leave
`;

export class Session {
  private readonly bps: Breakpoint[] = [];
  private nextId = 1;
  private cur: Snapshot | undefined;
  /** The selected goroutine (goroutine N), else the stop's. */
  private selected: number | undefined;
  private exited: { code: number; events: number } | undefined;
  /** Bytes of program output already shown. */
  private shown = 0;
  /** The status to exit with: the program's, once it has exited. */
  status = 0;

  constructor(
    private readonly d: Debuggee,
    private readonly out: (text: string) => void,
    private readonly progOut: (fd: 1 | 2, bytes: string) => void,
  ) {}

  /** Run one command line; false when the session is over (quit). */
  exec(line: string): boolean {
    const [cmd = "", ...args] = line.trim().split(/\s+/);
    const rest = line.trim().slice(cmd.length).trim();
    switch (cmd) {
      case "": case "#": return true;
      case "q": case "quit": case "exit": return false;
      case "h": case "help": this.out(debugHelp); return true;
      case "b": case "break": this.breakCmd(rest); return true;
      case "c": case "continue": this.show(this.go({ kind: "next", after: this.event() })); return true;
      case "rc": case "reverse-continue": this.reverseContinue(); return true;
      case "goto": this.gotoCmd(args[0]); return true;
      case "rs": case "reverse-step": this.reverseStep(); return true;
      case "rse": case "reverse-step-event": this.gotoCmd(String(this.event() - 1)); return true;
      case "se": case "step-event": this.gotoCmd(String(this.event() + 1)); return true;
      case "s": case "step": this.step(Infinity); return true;
      case "n": case "next": this.step(0); return true;
      case "finish": case "stepout": this.step(-1); return true;
      case "locals": this.stopped((s) => this.vars(s.locals, "locals")); return true;
      case "args": this.stopped((s) => this.vars(s.args, "args")); return true;
      case "r": case "restart": this.restart(); return true;
      case "when": this.when(); return true;
      case "bp": case "breakpoints": this.listBreakpoints(); return true;
      case "info": this.info(args[0]); return true;
      case "delete": case "clear": this.deleteCmd(args[0]); return true;
      case "bt": case "backtrace": case "stack": this.bt(this.selected ?? this.cur?.goid); return true;
      case "goroutines": case "grs": this.stopped((s) => this.out(s.goroutines)); return true;
      case "goroutine": this.goroutineCmd(args); return true;
      case "ps": this.stopped((s) => this.out(s.ps)); return true;
      case "p": case "print": this.print(rest); return true;
    }
    if (cmd.startsWith("#")) return true;
    this.out(`Command failed: command not available: ${cmd} (help lists the commands)\n`);
    return true;
  }

  private event(): number {
    return this.exited !== undefined ? this.exited.events : this.cur?.event ?? 0;
  }

  /** One run to t. Returns the hook (its snapshot when the run stopped). */
  private go(t: Target): RunHook {
    const hook = new RunHook(this.bps, t, this.d.lines);
    let off = 0;
    const write = (fd: 1 | 2, bytes: string): void => {
      const end = off + bytes.length;
      if (end > this.shown) {
        this.progOut(fd, bytes.slice(Math.max(0, this.shown - off)));
        this.shown = end;
      }
      off = end;
    };
    this.selected = undefined;
    try {
      const r = this.d.run(hook, write);
      if (t.kind !== "last") {
        this.cur = undefined;
        this.exited = { code: r.exitCode, events: hook.event };
        this.status = r.exitCode;
      }
    } catch (e) {
      if (!(e instanceof DebugStop)) throw e;
      if (hook.snapshot !== undefined) {
        this.cur = hook.snapshot;
        this.exited = undefined;
      }
    }
    return hook;
  }

  /** Say where the run is now. */
  private show(_h: RunHook): void {
    const s = this.cur;
    if (s === undefined) {
      if (this.exited !== undefined) this.out(`Process exited with status ${this.exited.code} (after ${this.exited.events} events)\n`);
      else this.out("At the start of the run (event 0)\n");
      return;
    }
    const bp = s.bp !== 0 ? `[Breakpoint ${s.bp}] ` : "";
    const hits = s.bp !== 0 ? ` (hits total:${s.hits.get(s.bp) ?? 0})` : "";
    const g = s.goid !== undefined ? ` goroutine ${s.goid}` : " (no goroutine: the scheduler)";
    this.out(`> ${bp}${s.fn}() ${s.where}${hits}${g}, event ${s.event}, ${simTime(s.simNs)}\n`);
  }

  private breakCmd(rest: string): void {
    const m = /^(\S+)(?:\s+if\s+(.+))?$/.exec(rest);
    if (m === null) return this.out("Command failed: break FUNC [if COND]\n");
    const fn = m[1]!;
    const condText = m[2]?.trim() ?? "";
    const cond = condText === "" ? undefined : parseCond(condText);
    if (typeof cond === "string") return this.out(`Command failed: ${cond}\n`);
    let at: string;
    const rtf = runtimeFuncs.get(fn);
    const fi = this.d.funcInfos.find((f) => f.name === fn);
    const li = rtf === undefined && fi === undefined ? this.lineIds(fn) : undefined;
    if (rtf !== undefined) at = `/usr/lib/go-1.19/src/runtime/${rtf}`;
    else if (fi !== undefined) at = `${fi.file}:${fi.line}`;
    else if (li !== undefined) at = li.at;
    else if (/:\d+$/.test(fn)) return this.out(`Command failed: could not find statement at ${fn} (a line of the program's packages with a statement)\n`);
    else return this.out(`Command failed: could not find function ${fn} (runtime functions: ${[...runtimeFuncs.keys()].slice(0, 7).join(", ")}, the map variants; or a Go function of the program)\n`);
    const b: Breakpoint = { id: this.nextId++, fn, cond, condText, ...(li !== undefined ? { lineIds: li.ids } : {}) };
    this.bps.push(b);
    const name = li !== undefined ? "" : `${fn}() `;
    this.out(`Breakpoint ${b.id} set at ${name}${at}${condText ? ` if ${condText}` : ""}\n`);
  }

  /** step, next and finish: to the current goroutine's next statement at most rel frames
   *  deeper than this one (Infinity: step; 0: next; -1: finish). */
  private step(rel: number): void {
    const s = this.cur;
    if (s === undefined || s.goid === undefined) {
      if (this.exited !== undefined) return this.out("Process has exited: restart or go back (reverse-continue, goto)\n");
      // Before the run: the first statement of the main goroutine.
      if (this.exited === undefined && s === undefined) return this.show(this.go({ kind: "step", after: 0, goid: 1, maxDepth: Infinity }));
      return this.out("Command failed: no current goroutine to step (the run stopped in the scheduler)\n");
    }
    this.show(this.go({ kind: "step", after: s.event, goid: s.goid, maxDepth: s.depth + rel }));
  }

  /** reverse-step: back to the current goroutine's previous statement (one event back when the
   *  run is not at a statement). */
  private reverseStep(): void {
    const s = this.cur;
    const goid = s?.goid ?? (this.exited !== undefined ? 1 : undefined);
    if (goid === undefined || this.d.lines.length === 0) return this.gotoCmd(String(this.event() - 1));
    const h = this.go({ kind: "last", before: this.exited !== undefined ? Infinity : s!.event, goid });
    if (h.lastHit === 0) return this.restart();
    this.show(this.go({ kind: "goto", at: h.lastHit }));
  }

  /** locals and args, one variable a line as Delve lists them. */
  private vars(vs: [string, string][], what: string): void {
    if (vs.length === 0) return this.out(`(no ${what})\n`);
    for (const [k, v] of vs) this.out(`${k} = ${v}\n`);
  }

  /** break FILE:LINE: the statements of the line table on that line of a file so named (its
   *  base name or a suffix of its path). */
  private lineIds(spec: string): { ids: Set<number>; at: string } | undefined {
    const m = /^(.+):(\d+)$/.exec(spec);
    if (m === null) return undefined;
    const file = m[1]!;
    const line = Number(m[2]);
    const ids = new Set<number>();
    let at = "";
    this.d.lines.forEach((l, i) => {
      if (l.line !== line || !(l.file === file || l.file.endsWith("/" + file))) return;
      ids.add(i);
      at = `${l.file}:${l.line}`;
    });
    return ids.size > 0 ? { ids, at } : undefined;
  }

  private reverseContinue(): void {
    if (this.cur === undefined && this.exited === undefined) return this.restart();
    const h = this.go({ kind: "last", before: this.exited !== undefined ? Infinity : this.cur!.event });
    if (h.lastHit === 0) return this.restart();
    this.show(this.go({ kind: "goto", at: h.lastHit }));
  }

  private gotoCmd(arg: string | undefined): void {
    const n = Number(arg);
    if (arg === undefined || !Number.isSafeInteger(n) || n < 0) return this.out("Command failed: goto EVENT (an event number, 0 for the start)\n");
    if (n === 0) return this.restart();
    const h = this.go({ kind: "goto", at: n });
    if (h.snapshot === undefined) this.out(`The run ended at event ${h.event}, before event ${n}\n`);
    this.show(h);
  }

  private restart(): void {
    this.cur = undefined;
    this.exited = undefined;
    this.selected = undefined;
    this.out("At the start of the run (event 0)\n");
  }

  private when(): void {
    if (this.exited !== undefined) return this.out(`event ${this.exited.events}: the process has exited with status ${this.exited.code}\n`);
    if (this.cur === undefined) return this.out("event 0: the run has not started\n");
    this.out(`event ${this.cur.event}, ${simTime(this.cur.simNs)}\n`);
  }

  private info(what: string | undefined): void {
    if (what === "breakpoints" || what === "b" || what === "break") return this.listBreakpoints();
    if (what === "goroutines") return this.stopped((s) => this.out(s.goroutines));
    this.out("Command failed: info breakpoints | info goroutines\n");
  }

  private listBreakpoints(): void {
    if (this.bps.length === 0) return this.out("No breakpoints.\n");
    for (const b of this.bps) {
      const hits = this.cur?.hits.get(b.id) ?? 0;
      this.out(`Breakpoint ${b.id} at ${bpName(b)}${b.condText ? ` if ${b.condText}` : ""} (hits total:${hits})\n`);
    }
  }

  private deleteCmd(arg: string | undefined): void {
    const i = this.bps.findIndex((b) => String(b.id) === arg);
    if (i < 0) return this.out(`Command failed: no breakpoint ${arg ?? ""}\n`);
    const [b] = this.bps.splice(i, 1);
    this.out(`Breakpoint ${b!.id} cleared at ${bpName(b!)}\n`);
  }

  /** Run f on the current stop, or say there is none. */
  private stopped(f: (s: Snapshot) => void): void {
    if (this.cur !== undefined) return f(this.cur);
    this.out(this.exited !== undefined ? "Process has exited: restart or go back (reverse-continue, goto)\n" : "The run has not started: continue first\n");
  }

  private bt(goid: number | undefined): void {
    this.stopped((s) => {
      if (goid === undefined) return this.out("No current goroutine: the run stopped in the scheduler (goroutines lists them)\n");
      const t = s.bt.get(goid);
      this.out(t ?? `Command failed: no goroutine ${goid}\n`);
    });
  }

  private goroutineCmd(args: string[]): void {
    this.stopped((s) => {
      if (args.length === 0) return this.out(`Goroutine ${this.selected ?? s.goid ?? "none"}\n`);
      const n = Number(args[0]);
      if (!s.bt.has(n)) return this.out(`Command failed: no goroutine ${args[0]}\n`);
      if (args[1] === "bt" || args[1] === "stack" || args[1] === "backtrace") return this.bt(n);
      this.selected = n;
      this.out(`Switched to goroutine ${n}\n`);
    });
  }

  private print(expr: string): void {
    this.stopped((s) => {
      const e = expr.replace(/\s+/g, "");
      const key = printAliases[e] ?? e;
      // A Go variable of that name first: the runtime aliases (m, s, c...) come after it.
      const v = s.values.get(e) ?? s.values.get(key);
      if (v !== undefined) return this.out(v + "\n");
      this.out(`Command failed: could not evaluate ${expr} here: gort's debugger prints the variables in scope at a line ` +
        `and runtime state (${[...s.values.keys()].join(", ")}), not expressions\n`);
    });
  }
}

const printAliases: Record<string, string> = {
  "m": "*m", "h": "*m", "*h": "*m", "hmap": "*m", "*hmap": "*m", "buckets": "m.buckets", "h.buckets": "m.buckets",
  "span": "*span", "s": "*span", "*s": "*span", "c": "mcache", "*mcache": "mcache", "getg().goid": "goid",
};

/** A breakpoint as listed: its function with (), or its place. */
function bpName(b: Breakpoint): string {
  return b.lineIds !== undefined ? b.fn : `${b.fn}()`;
}

/** Simulated time as Go's Duration prints it, to the nanosecond. */
function simTime(ns: number): string {
  const s = Math.floor(ns / 1e9);
  const frac = String(ns % 1e9).padStart(9, "0");
  return `t=${s}.${frac}s`;
}
