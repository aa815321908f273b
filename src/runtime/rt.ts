// The current simulated process, as natives and runtime helpers reach it.
//
// Each machine (src/sim/machine.ts) owns its process record, made by newRt when the machine is
// constructed and filled before it runs any Go code: the Env, os.Args, the environment, standard
// input and the file system, and what natives keep per process (Rt.natives). `rt` names the
// record of the machine that runs now: Machine.activate installs its own (setRt) before each
// step, so two machines can run in one process, one step at a time. The record that exists
// before any machine (a unit test's) is a default, which tests may fill in themselves.
//
// Models no single Go file: it stands for the process state that Go's runtime keeps in
// runtime1.go (argv, envs) and os/proc.go (Args), and for syscall's standard descriptors.
//
// Invariant: nothing reads rt's fields before a machine (or a test) has filled them; nothing
// keeps a record it read from rt beyond the current step (it may belong to another machine at
// the next).

import type { Env } from "./env.js";
import { StacklessError } from "./panic.js";
import type { Iface } from "./value.js";

/** os.Exit(code): unwinds everything; the machine ends the process with this code (the low 8
 *  bits the parent sees). racefini: the exit runs -race's racefini first, which os.Exit decides
 *  on the code before it is truncated (`if code == 0 { runtime_beforeExit() }`); C's exit and a
 *  race report's halt never run it. */
export class ExitError extends StacklessError {
  constructor(
    readonly code: number,
    readonly racefini = code === 0,
  ) {
    super(`exit ${code}`);
  }
}

export interface Rt {
  env: Env;
  /** os.Args, as byte strings. args[0] is the program name Go would show. */
  args: string[];
  /** The process environment (GOMAXPROCS, GODEBUG, ...), as byte strings: the run options'
   *  map itself until the program changes it (writableEnviron), so that os.Setenv in one run
   *  never reaches the next run of runMany, and a run that changes nothing copies nothing. */
  environ: Map<string, string>;
  /** environ is the options' map, not yet this process's own copy. */
  environShared: boolean;
  /** Bytes the program can read from fd 0, then, when they are used up, the host's input
   *  (RunOptions.stdinSource: the bytes from offset pos, at most max, "" at its end). */
  stdin: string;
  stdinPos: number;
  stdinSource: ((pos: number, max: number) => string) | undefined;
  /** What fds 0, 1 and 2 are (RunOptions.stdio): their File.Stat, and the error every call on
   *  one returns (a stdout on /dev/full: ENOSPC). */
  stdio: readonly StdStream[];
  /** The run's file system (syscall.ts; noFS when the run has none). */
  fs: import("./syscall.js").HostFS;
  /** The host processes it may start (`--exec host`), or none: StartProcess fails (ENOSYS). */
  exec: import("./syscall.js").HostExec | undefined;
  /** What natives keep per process, by package (reflect's registered types): set by the
   *  package's own code in the run, never shared between machines. */
  natives: Record<string, unknown>;
  /** Make a runtime.Error value (runtime.boundsError, plainError, ...) with this message.
   *  plain: the error's Error() returns msg itself (plainError) rather than "runtime error: "+msg. */
  runtimeError(msg: string, plain?: boolean): Iface;
  /** Make an interface holding a Go string (for panic("...") from natives). */
  stringValue(s: string): Iface;
}

/** The makers of Go values for natives (panicking.ts installs them when it loads): the same
 *  functions for every process, since the runtime's error types are shared by all programs. */
const makers = {
  runtimeError: (_msg: string, _plain?: boolean): Iface => {
    throw new Error("rt.runtimeError used before panicking.ts loaded");
  },
  stringValue: (_s: string): Iface => {
    throw new Error("rt.stringValue used before panicking.ts loaded");
  },
};

/** Install the makers of runtime.Error values and of string interface values (panicking.ts). */
export function setValueMakers(runtimeError: Rt["runtimeError"], stringValue: Rt["stringValue"]): void {
  makers.runtimeError = runtimeError;
  makers.stringValue = stringValue;
}

/** One of the standard fds as the host gives it to the process: st_mode (S_IFCHR | 0620 for a
 *  terminal, S_IFIFO for a pipe, S_IFREG for a file), st_size, and an errno that every read or
 *  write of it fails with ("" for none). */
export interface StdStream {
  mode: number;
  size: number;
  errno: string;
}

/** Three terminals: the streams of a run whose host says nothing of them (the API, tests). */
export const terminalStdio: readonly StdStream[] = [0, 1, 2].map(() => ({ mode: 0o20620, size: 0, errno: "" }));

/** A new process record: empty input, no arguments, no environment, the file system given (a
 *  machine fills in the rest before running Go code). */
export function newRt(fs = undefined as unknown as import("./syscall.js").HostFS): Rt {
  return {
    env: undefined as unknown as Env,
    args: [],
    environ: new Map(),
    environShared: false,
    stdin: "",
    stdinPos: 0,
    stdinSource: undefined,
    stdio: terminalStdio,
    fs,
    exec: undefined,
    natives: {},
    runtimeError: (msg, plain) => makers.runtimeError(msg, plain),
    stringValue: (s) => makers.stringValue(s),
  };
}

/** The process of the machine that runs now (the default record before any machine runs). */
export let rt: Rt = newRt();

/** Machine.activate: make r the current process. */
export function setRt(r: Rt): void {
  rt = r;
}

/** The environment of the process, its own, for a change (os.Setenv, os.Unsetenv). */
export function writableEnviron(): Map<string, string> {
  if (rt.environShared) {
    rt.environ = new Map(rt.environ);
    rt.environShared = false;
  }
  return rt.environ;
}

/** os.Exit. */
export function exit(code: number, racefini = code === 0): never {
  throw new ExitError(code, racefini);
}

/** read(0, max): the next bytes of the program's standard input, "" at its end. */
export function readStdin(max: number): string {
  let s: string;
  if (rt.stdinPos < rt.stdin.length) s = rt.stdin.slice(rt.stdinPos, rt.stdinPos + max);
  else if (rt.stdinSource !== undefined) s = rt.stdinSource(rt.stdinPos - rt.stdin.length, max);
  else s = "";
  rt.stdinPos += s.length;
  return s;
}
