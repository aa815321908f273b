// A fault inside C code: the signal a real C program would have been killed by.
//
// Models what Go 1.19's runtime sees when C code called through cgo faults: a synchronous
// signal (SIGSEGV, SIGFPE, SIGBUS) while the M is in a cgo call. In Go this is a throw, since
// canpanic is false in a syscall (runtime/signal_unix.go sigpanic → throw), printed as
// "fatal error: unexpected signal during runtime execution" with a `[signal ...]` line. glibc's
// own aborts (an invalid free) raise SIGABRT instead, after printing their message to stderr.
//
// Terms: pos is the Go-file position of the C statement that faulted (filled in by the
// interpreter on the way out); addr is the faulting address for SIGSEGV.
//
// The lead's cgocall wrapper turns a CFault into Go's fatal error output; this module only
// describes the fault.

import type { Pos } from "../frontend/ast.js";

type CSignal = "SIGSEGV" | "SIGFPE" | "SIGABRT" | "SIGBUS";

/** How Go names each signal in `[signal SIGSEGV: segmentation violation ...]`. */
export const SIGNAL_TEXT: Record<CSignal, string> = {
  SIGSEGV: "segmentation violation",
  SIGFPE: "floating-point exception",
  SIGABRT: "abort",
  SIGBUS: "bus error",
};

export class CFault extends Error {
  constructor(
    readonly signal: CSignal,
    readonly detail: string,
    public pos?: Pos,
    readonly addr?: number,
  ) {
    super(`C fault: ${signal}: ${detail}`);
  }
  /** For SIGABRT from glibc: the text glibc prints to stderr before abort(), e.g.
   *  "free(): invalid pointer\n"; "" for abort() called by the program and for the other
   *  signals. */
  get stderrText(): string {
    return this.signal === "SIGABRT" && this.detail !== "" ? this.detail + "\n" : "";
  }
}
