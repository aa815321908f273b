// The libc subset a cgo preamble may call, on gort's simulated process.
//
// Models glibc 2.36 on linux/amd64 for: sleep, usleep, poll (timeout only), read/write on fds
// 0-2, getpid, rand/srand (glibc's random_r TYPE_3 generator, so sequences match a real run),
// time, printf/fprintf/puts/fputs/putchar/fputc/putc/fflush/setvbuf (buffered as stdio.ts says),
// sprintf/snprintf, malloc/calloc/realloc/free, the string.h basics, abs/labs/atoi/atol, exit
// and abort.
//
// Terms:
//   - blocking function: one that may yield (it sleeps or does I/O). Before it acts it pays the
//     call's clock debt (yields the computation time so far), so that its effect happens at the
//     right simulated moment; a sleep then yields its own duration.
//   - An infinite block (poll with a negative timeout and no fds) yields Infinity.
//
// Invariants: every implementation returns a value of its declared result type; memory is only
// touched through CHeap (so bad pointers fault as SIGSEGV).
//
// Simplifications vs glibc: write/printf cost no time of their own; read never blocks (stdin is
// all there from the start); nanosleep and poll with fds need structs and are rejected at compile
// time; time() returns the simulated wall clock (the Go playground's 2009-11-10 23:00:00 UTC when
// the host gives none). The PRNG in CgoContext is not used: rand() must match glibc.

import type { Pos } from "../frontend/ast.js";
import { ExitError } from "../runtime/rt.js";
import type { CExpr } from "./ast.js";
import { CompileError, STDERR_FILE, STDOUT_FILE, type Cx } from "./ccx.js";
import type { CE } from "./cexpr.js";
import { CFault } from "./fault.js";
import type { CallState, Gen } from "./interp.js";
import { STRING_H } from "./libc-string.js";
import { convFn, type V } from "./ops.js";
import { formatC, type PfArg } from "./printf.js";
import type { CType } from "./types.js";

export interface LibcFn {
  params: CType[];
  variadic?: boolean;
  result: CType;
  blocking?: boolean;
  /** Compile-time checks on a call (unsupported argument forms). */
  check?: (cx: Cx, e: CExpr & { k: "call" }, args: CE[]) => void;
  plain?: (st: CallState, a: V[], ts: CType[], pos: Pos) => V;
  gen?: (st: CallState, a: V[], ts: CType[], pos: Pos) => Gen<V>;
}

const EBADF = 9;
const PLAYGROUND_EPOCH_NS = 1257894000 * 1e9;

/** Pay the call's clock debt: yield the computation time so far. */
export function* pay(st: CallState): Gen<void> {
  const d = st.takeDebt();
  if (d > 0) yield d;
}

/** The fd a FILE* pseudo-address writes to. */
function streamFd(p: V): 1 | 2 {
  if (p === STDOUT_FILE) return 1;
  if (p === STDERR_FILE) return 2;
  throw new CFault("SIGSEGV", "fprintf to an unknown FILE*", undefined, Number(p));
}

function out(st: CallState, fd: 1 | 2, s: string): void {
  st.rt.stdio.fwrite(fd, s, (f, b) => st.ctx.write(f, b));
}

function printfArgs(a: V[], ts: CType[], from: number): PfArg[] {
  const r: PfArg[] = [];
  for (let i = from; i < a.length; i++) r.push({ t: ts[i]!, v: a[i] });
  return r;
}

/** glibc srandom_r for TYPE_3 (degree 31, separation 3). */
function srandom(st: CallState, seed: number): void {
  const rt = st.rt;
  let word = seed === 0 ? 1 : seed | 0;
  const r = [word];
  for (let i = 1; i < 31; i++) {
    const hi = Math.trunc(word / 127773);
    const lo = word % 127773;
    word = (16807 * lo - 2836 * hi) | 0;
    if (word < 0) word = (word + 2147483647) | 0;
    r.push(word);
  }
  rt.randState = r;
  rt.randF = 3;
  rt.randR = 0;
  for (let k = 0; k < 310; k++) random(st);
}

/** glibc random_r for TYPE_3. */
export function random(st: CallState): number {
  const rt = st.rt;
  if (rt.randState.length === 0) srandom(st, 1);
  const s = rt.randState;
  const v = (s[rt.randF]! + s[rt.randR]!) | 0;
  s[rt.randF] = v;
  rt.randF = (rt.randF + 1) % 31;
  rt.randR = (rt.randR + 1) % 31;
  return (v >>> 1) & 0x7fffffff;
}

function constZero(name: string, idx: number, what: string) {
  return (_cx: Cx, e: CExpr & { k: "call" }, args: CE[]): void => {
    const a = args[idx];
    if (a !== undefined && a.k !== 0) throw new CompileError(e.pos, `C ${name} ${what} not supported yet`, true);
  };
}

const STDIO: Record<string, LibcFn> = {
  printf: {
    params: ["char*"], variadic: true, result: "int", blocking: true,
    *gen(st, a, ts) {
      yield* pay(st);
      const s = formatC(st.rt.heap.cstring(a[0]), printfArgs(a, ts, 1), st.rt.heap);
      out(st, 1, s);
      return s.length;
    },
  },
  fprintf: {
    params: ["void*", "char*"], variadic: true, result: "int", blocking: true,
    *gen(st, a, ts) {
      yield* pay(st);
      const fd = streamFd(a[0]);
      const s = formatC(st.rt.heap.cstring(a[1]), printfArgs(a, ts, 2), st.rt.heap);
      out(st, fd, s);
      return s.length;
    },
  },
  puts: {
    params: ["char*"], result: "int", blocking: true,
    *gen(st, a) {
      yield* pay(st);
      out(st, 1, st.rt.heap.cstring(a[0]) + "\n");
      return 1;
    },
  },
  fputs: {
    params: ["char*", "void*"], result: "int", blocking: true,
    *gen(st, a) {
      yield* pay(st);
      out(st, streamFd(a[1]), st.rt.heap.cstring(a[0]));
      return 1;
    },
  },
  putchar: {
    params: ["int"], result: "int", blocking: true,
    *gen(st, a) {
      yield* pay(st);
      out(st, 1, String.fromCharCode(a[0] & 0xff));
      return a[0] & 0xff;
    },
  },
  fputc: {
    params: ["int", "void*"], result: "int", blocking: true,
    *gen(st, a) {
      yield* pay(st);
      out(st, streamFd(a[1]), String.fromCharCode(a[0] & 0xff));
      return a[0] & 0xff;
    },
  },
  fflush: {
    params: ["void*"], result: "int", blocking: true,
    *gen(st, a) {
      yield* pay(st);
      if (a[0] === 0 || a[0] === STDOUT_FILE) st.rt.stdio.fflush((f, b) => st.ctx.write(f, b));
      return 0;
    },
  },
  setvbuf: {
    params: ["void*", "char*", "int", "ulong"], result: "int",
    plain(st, a) {
      if (a[0] !== STDOUT_FILE) return 0;
      st.rt.stdio.stdoutMode = a[2] === 2 ? "none" : a[2] === 1 ? "line" : "full";
      return 0;
    },
  },
  sprintf: {
    params: ["char*", "char*"], variadic: true, result: "int",
    plain(st, a, ts) {
      const h = st.rt.heap;
      const s = formatC(h.cstring(a[1]), printfArgs(a, ts, 2), h);
      h.put(a[0], s + "\0");
      return s.length;
    },
  },
  snprintf: {
    params: ["char*", "ulong", "char*"], variadic: true, result: "int",
    plain(st, a, ts) {
      const h = st.rt.heap;
      const s = formatC(h.cstring(a[2]), printfArgs(a, ts, 3), h);
      const n = Number(a[1]);
      if (n > 0) h.put(a[0], s.slice(0, n - 1) + "\0");
      return s.length;
    },
  },
};
STDIO.putc = STDIO.fputc!;

const UNISTD: Record<string, LibcFn> = {
  sleep: {
    params: ["uint"], result: "uint", blocking: true,
    *gen(st, a) {
      yield* pay(st);
      if (a[0] > 0) yield a[0] * 1e9;
      return 0;
    },
  },
  usleep: {
    params: ["uint"], result: "int", blocking: true,
    *gen(st, a) {
      yield* pay(st);
      if (a[0] > 0) yield a[0] * 1e3;
      return 0;
    },
  },
  nanosleep: {
    params: ["void*", "void*"], result: "int", blocking: true,
    check: (_cx, e) => {
      throw new CompileError(e.pos, "C nanosleep not supported yet (struct timespec); use usleep", true);
    },
  },
  poll: {
    params: ["void*", "ulong", "int"], result: "int", blocking: true,
    check: constZero("poll", 1, "with file descriptors"),
    *gen(st, a) {
      yield* pay(st);
      const ms = a[2];
      if (ms > 0) yield ms * 1e6;
      else if (ms < 0) yield Infinity;
      return 0;
    },
  },
  read: {
    params: ["int", "void*", "ulong"], result: "long", blocking: true,
    *gen(st, a) {
      yield* pay(st);
      if (a[0] !== 0) {
        st.rt.errno = EBADF;
        return -1;
      }
      const n = Number(a[2]);
      if (n > 0) st.rt.heap.wr(a[1], n);
      const s = st.ctx.readStdin(n);
      st.rt.heap.put(a[1], s);
      return s.length;
    },
  },
  write: {
    params: ["int", "void*", "ulong"], result: "long", blocking: true,
    *gen(st, a) {
      yield* pay(st);
      const fd = a[0];
      if (fd !== 1 && fd !== 2) {
        st.rt.errno = EBADF;
        return -1;
      }
      const n = Number(a[2]);
      st.ctx.write(fd, st.rt.heap.bytes(a[1], n));
      return n;
    },
  },
  getpid: { params: [], result: "int", plain: (st) => st.ctx.pid },
  exit: {
    params: ["int"], result: "void", blocking: true,
    *gen(st, a) {
      yield* pay(st);
      st.rt.stdio.fflush((f, b) => st.ctx.write(f, b));
      throw new ExitError(a[0] & 0xff, false);
    },
  },
  abort: {
    params: [], result: "void",
    plain: () => {
      throw new CFault("SIGABRT", ""); // abort() itself prints nothing
    },
  },
};

const STDLIB: Record<string, LibcFn> = {
  rand: { params: [], result: "int", plain: (st) => random(st) },
  srand: { params: ["uint"], result: "void", plain: (st, a) => srandom(st, a[0]) },
  time: {
    params: ["long*"], result: "long",
    plain(st, a) {
      const ns = st.ctx.unixNanos?.() ?? PLAYGROUND_EPOCH_NS + 0;
      const s = Math.floor(ns / 1e9);
      if (a[0] !== 0) st.rt.heap.dv.setBigInt64(st.rt.heap.wr(a[0], 8), BigInt(s), true);
      return s;
    },
  },
  malloc: { params: ["ulong"], result: "void*", plain: (st, a) => st.rt.heap.malloc(Number(a[0])) },
  calloc: {
    params: ["ulong", "ulong"], result: "void*",
    plain: (st, a) => st.rt.heap.calloc(Number(a[0]), Number(a[1])),
  },
  realloc: {
    params: ["void*", "ulong"], result: "void*",
    plain: (st, a, _t, pos) => st.rt.heap.realloc(a[0], Number(a[1]), pos),
  },
  free: {
    params: ["void*"], result: "void",
    plain: (st, a, _t, pos) => st.rt.heap.freeChunk(a[0], pos),
  },
  abs: { params: ["int"], result: "int", plain: (_st, a) => (a[0] < 0 ? -a[0] | 0 : a[0]) },
  labs: {
    params: ["long"], result: "long",
    plain: (_st, a) => (a[0] < 0 ? convFn("ulong", "long")(-BigInt(a[0])) : a[0]),
  },
  atoi: { params: ["char*"], result: "int", plain: (st, a) => convFn("long", "int")(atol(st, a[0])) },
  atol: { params: ["char*"], result: "long", plain: (st, a) => atol(st, a[0]) },
};

function atol(st: CallState, p: number): V {
  const m = /^[ \t\n\v\f\r]*([+-]?[0-9]+)/.exec(st.rt.heap.cstring(p));
  if (m === null) return 0;
  return convFn("ulong", "long")(convFn("long", "ulong")(clampBig(BigInt(m[1]!))));
}
function clampBig(b: bigint): V {
  const max = 9223372036854775807n;
  const c = b > max ? max : b < -max - 1n ? -max - 1n : b;
  return c >= -9007199254740991n && c <= 9007199254740991n ? Number(c) : c;
}

export const LIBC: ReadonlyMap<string, LibcFn> = new Map([
  ...Object.entries(STDIO), ...Object.entries(UNISTD), ...Object.entries(STDLIB),
  ...Object.entries(STRING_H),
]);
