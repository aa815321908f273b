// A call from Go into C: runtime.cgocall around gort's C interpreter (src/cgo).
//
// Models Go 1.19's runtime/cgocall.go: cgocall calls entersyscall, so the G is in _Gsyscall and
// its P in _Psyscall while C runs (sysmon may retake the P and hand it off); when C returns,
// exitsyscall takes the old P back, or an idle P, or queues the G. The C code runs on the M
// without a P, for the simulated time its interpreter reports (sleep(1) is one second).
//
// A sleeping thread does not wake at its deadline exactly: its timer expires somewhere in the
// kernel's timer slack (50 µs for ordinary threads) after the deadline, and the CPU it runs on
// takes tens of µs to wake from idle. gort draws both for each thread on its own (costs.ts
// slackNs, sleepWakeMinNs, sleepWakeMaxNs, measured on the calibration host): two goroutines
// that sleep in C for the same time return tens of µs apart, rarely within 1 µs. They still
// race, as the article's program does, because the first one back is slow to finish its first
// map write: its bucket is the program's first object on fresh memory, and the first page fault
// after a long C call that left every P idle costs coldFaultNs (Sched.coldFault, charged by the
// allocator), measured at ~20 µs there.
//
// Traceback frames while in C: `main._Cfunc_NAME` (_cgo_gotypes.go) under the caller, as Go
// prints them.
//
// State: none here. The C program (its memory, its stdio) is the running machine's
// (MachineApi.cgo, RunOptions.cgo), reset for each run.

import type { I64 } from "../base/int64.js";
import { mallocarray, rawstring, tagarray } from "./newobject.js";
import { Iface, Slice, type RType } from "./value.js";
import * as utf8 from "../base/utf8.js";
import { GoPanic, SimLimit } from "./panic.js";
import { types } from "./rtypes.js";
import type { CgoProgram } from "../cgo/cgo.js";
import { readStdin, rt } from "./rt.js";
import { S, machine, type MachineApi } from "./state.js";
import { EXITSYSCALL, SYSCALL, type GoGen } from "./yield.js";
import { cgocallNs, coldCallNs, slackNs, sleepWakeMaxNs, sleepWakeMinNs } from "./costs.js";
import type { Decider, DecisionKind } from "./decide.js";

function program(): CgoProgram {
  const cgo = machine.cgo;
  if (!cgo) throw new Error("gort: cgo call without a C preamble");
  return cgo;
}

export function* cgocall(name: string, args: unknown[]): GoGen<unknown> {
  const g = S.g;
  const m = machine;
  const p = program();
  g.pushRuntime(`main._Cfunc_${name}`, "_cgo_gotypes.go", 40);
  m.sched.ncgocall++;
  S.cost += cgocallNs;
  g.syscallNs = 0;
  const start = m.now();
  yield SYSCALL; // entersyscall
  const it = p.call(name, args as never[], {
    write: (fd, bytes) => rt.env.write(fd, bytes),
    prng: rt.env.prng,
    pid: 1, // the process's id, as os.Getpid reports it (stdlib/os)
    readStdin: (n) => {
      return readStdin(n);
    },
  });
  let result: unknown;
  for (;;) {
    const r = it.next();
    if (r.done) {
      result = r.value;
      break;
    }
    g.syscallNs = wakeTime(m, r.value as number) - m.now();
    yield SYSCALL;
  }
  g.d--; // pop the _Cfunc frame
  // Back from a long call to a machine where no P runs Go code: the next never-used page the
  // program touches faults on a cold CPU (costs.ts coldFaultNs).
  const s = m.sched;
  if (m.now() - start >= coldCallNs && s.pidle.length === s.allp.length) s.coldFault = true;
  yield EXITSYSCALL;
  return result;
}

/** r, err := C.f(): cgo's _C2func_ wrapper clears errno, calls, and returns the result and
 *  errno as a syscall.Errno (nil for 0). A void function's result is its _Ctype_void zero. */
export function* cgocallErrno(name: string, args: unknown[], errnoT: RType, voidZero: unknown): GoGen<unknown[]> {
  const p = program();
  p.errno = 0;
  const r = yield* cgocall(name, args);
  const e = p.errno;
  return [voidZero ?? r, e === 0 ? null : new Iface(errnoT, e)];
}

/** When a thread that blocks for ns wakes: short waits are CPU time; long ones are sleeps that
 *  end somewhere in the timer slack after their deadline, plus the wake-up of an idle CPU, drawn
 *  for each thread on its own. */
function wakeTime(m: MachineApi, ns: number): number {
  const now = m.now();
  if (ns < slackNs) return now + ns;
  return now + ns + sleepWakeDelay(m.sched.prng, "cgo");
}

/** How late a thread that slept until a deadline runs again: somewhere in the timer slack, plus
 *  the wake-up of an idle CPU (a C sleep's, and the thread sleeping for an idle P's timers). */
export function sleepWakeDelay(prng: Decider, kind: DecisionKind): number {
  return prng.intn(slackNs, kind) + sleepWakeMinNs + prng.intn(sleepWakeMaxNs - sleepWakeMinNs, kind);
}

// cgo's helpers (cmd/cgo's doc): C.CString, C.CBytes and C.malloc return C memory (a CPtr,
// cgo/cptr.ts); C.GoString, C.GoStringN and C.GoBytes copy C memory into Go's heap.

// The three that allocate make one call into C (_cgo_cmalloc) in Go, which NumCgoCall counts.

export function CString(s: string): unknown {
  machine.sched.ncgocall++;
  return program().CString(s);
}
/** C.CBytes(b): a malloc'd copy of b's bytes. */
export function CBytes(b: Slice | null): unknown {
  machine.sched.ncgocall++;
  return program().CBytes(b === null ? "" : utf8.bytesToString(b.a, b.off, b.len));
}
export function malloc(n: I64): unknown {
  machine.sched.ncgocall++;
  return program().malloc(n);
}
/** C.GoString: a Go string copied from C memory (gostring: a heap allocation like any). */
export function GoString(p: unknown): string {
  return rawstring(program().GoString(p as never));
}
/** C.GoStringN(p, n) (gostringn). */
export function GoStringN(p: unknown, n: number): string {
  // gostringn's rawstring of a negative length asks mallocgc for nearly 2^64 bytes.
  if (n < 0) throw new SimLimit("unsupported", `gort: C.GoStringN with the negative length ${n} is not supported yet (Go runs out of memory)`);
  return rawstring(program().GoStringN(p as never, n));
}
/** C.GoBytes(p, n) (gobytes: make([]byte, n), then the copy). */
export function GoBytes(p: unknown, n: number): Slice {
  if (n < 0) throw new GoPanic(rt.runtimeError("gobytes: length out of range"));
  const addr = mallocarray(types.uint8, n, true);
  const s = program().GoStringN(p as never, n, "GoBytes");
  const a = new Uint8Array(n);
  for (let i = 0; i < s.length; i++) a[i] = s.charCodeAt(i);
  return new Slice(tagarray(a as unknown as unknown[], addr), 0, n, n);
}
