// The current simulated process, as natives and runtime helpers reach it.
//
// The machine (src/sim/machine.ts) fills `rt` when it is constructed, before it runs any Go code:
// the Env, os.Args, the environment, standard input and the file system. Natives
// (src/stdlib/native) use it to write output, read the environment and input, and exit; the
// running goroutine is state.ts's S.g. Only one simulated process runs at a time in one JS realm,
// so a module-level record is enough; each machine refills it.
//
// Models no single Go file: it stands for the process state that Go's runtime keeps in
// runtime1.go (argv, envs) and os/proc.go (Args), and for syscall's standard descriptors.
//
// Invariant: nothing reads rt before a machine has filled it.

import type { Env } from "./env.js";
import type { Iface } from "./value.js";

/** os.Exit(code): unwinds everything; the machine ends the process with this code (the low 8
 *  bits the parent sees). racefini: the exit runs -race's racefini first, which os.Exit decides
 *  on the code before it is truncated (`if code == 0 { runtime_beforeExit() }`); C's exit and a
 *  race report's halt never run it. */
export class ExitError extends Error {
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
  /** The process environment (GOMAXPROCS, GODEBUG, ...), as byte strings. */
  environ: Map<string, string>;
  /** Bytes the program can read from fd 0, then, when they are used up, the host's input
   *  (RunOptions.stdinSource: the bytes from offset pos, at most max, "" at its end). */
  stdin: string;
  stdinPos: number;
  stdinSource: ((pos: number, max: number) => string) | undefined;
  /** The run's file system (syscall.ts; noFS when the run has none). */
  fs: import("./syscall.js").HostFS;
  /** Make a runtime.Error value (runtime.boundsError, plainError, ...) with this message.
   *  plain: the error's Error() returns msg itself (plainError) rather than "runtime error: "+msg. */
  runtimeError(msg: string, plain?: boolean): Iface;
  /** Make an interface holding a Go string (for panic("...") from natives). */
  stringValue(s: string): Iface;
}

export const rt: Rt = {
  env: undefined as unknown as Env,
  args: [],
  environ: new Map(),
  stdin: "",
  stdinPos: 0,
  stdinSource: undefined,
  fs: undefined as unknown as import("./syscall.js").HostFS,
  runtimeError: () => {
    throw new Error("rt.runtimeError used before the machine set it");
  },
  stringValue: () => {
    throw new Error("rt.stringValue used before the machine set it");
  },
};

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
