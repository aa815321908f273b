// The compile-time context of gort's C compiler: scopes, slots and the function table.
//
// Not a model of a Go file; C11 §6.2.1 (scopes of identifiers) for block scope and file scope.
//
// Terms:
//   - slot: the index of a local in its Frame's value array; globals have slots in
//     CRuntime.globals.
//   - FnRef: a preamble function as callers see it before its body is compiled (calls may come
//     before the definition); `fn` is filled once all bodies are compiled.
//
// Invariants: a name resolves to the innermost declaration; slots are never reused within one
// function (a nested block's locals get fresh slots), so a closure can hold a slot number.

import type { Pos } from "../frontend/ast.js";
import type { CHeap } from "./cheap.js";
import type { CFunction, CRuntime, Ev } from "./interp.js";
import type { V } from "./ops.js";
import type { CType } from "./types.js";

/** A compile error (unsupported construct or a C type error), at a Go-file position. */
export class CompileError extends Error {
  constructor(
    readonly pos: Pos,
    msg: string,
    /** A C feature gort's interpreter lacks ("C ... not supported yet"), not an error of the C. */
    readonly unsupported = false,
  ) {
    super(msg);
  }
}

export type LV =
  | { k: "slot"; i: number }
  | { k: "global"; i: number }
  | { k: "mem"; addr: Ev }
  | { k: "errno" };

export interface VarInfo {
  slot: number;
  t: CType;
  global: boolean;
  arrayLen?: number;
}

export interface FnRef {
  name: string;
  pos: Pos;
  params: CType[];
  result: CType;
  variadic: boolean;
  blocking: boolean;
  defined: boolean;
  fn?: CFunction;
}

/** Pseudo-addresses of the three standard FILE objects (below the mapped range: not memory). */
const STDIN_FILE = 0x100;
export const STDOUT_FILE = 0x101;
export const STDERR_FILE = 0x102;

/** Constants the supported headers define (glibc, amd64). */
const CONSTANTS: Record<string, { t: CType; v: V }> = {
  RAND_MAX: { t: "int", v: 2147483647 }, EXIT_SUCCESS: { t: "int", v: 0 },
  EXIT_FAILURE: { t: "int", v: 1 }, EOF: { t: "int", v: -1 }, BUFSIZ: { t: "int", v: 8192 },
  _IOFBF: { t: "int", v: 0 }, _IOLBF: { t: "int", v: 1 }, _IONBF: { t: "int", v: 2 },
  STDIN_FILENO: { t: "int", v: 0 }, STDOUT_FILENO: { t: "int", v: 1 },
  STDERR_FILENO: { t: "int", v: 2 }, CLOCKS_PER_SEC: { t: "long", v: 1000000 },
  stdin: { t: "void*", v: STDIN_FILE }, stdout: { t: "void*", v: STDOUT_FILE },
  stderr: { t: "void*", v: STDERR_FILE },
  EPERM: { t: "int", v: 1 }, ENOENT: { t: "int", v: 2 }, EINTR: { t: "int", v: 4 },
  EIO: { t: "int", v: 5 }, EBADF: { t: "int", v: 9 }, EAGAIN: { t: "int", v: 11 },
  ENOMEM: { t: "int", v: 12 }, EINVAL: { t: "int", v: 22 },
  // Linux's other errno values (asm-generic/errno-base.h and errno.h), as errno.h gives them.
  ESRCH: { t: "int", v: 3 }, ENXIO: { t: "int", v: 6 }, E2BIG: { t: "int", v: 7 },
  ENOEXEC: { t: "int", v: 8 }, ECHILD: { t: "int", v: 10 }, EWOULDBLOCK: { t: "int", v: 11 },
  EACCES: { t: "int", v: 13 }, EFAULT: { t: "int", v: 14 }, EBUSY: { t: "int", v: 16 },
  EEXIST: { t: "int", v: 17 }, EXDEV: { t: "int", v: 18 }, ENODEV: { t: "int", v: 19 },
  ENOTDIR: { t: "int", v: 20 }, EISDIR: { t: "int", v: 21 }, ENFILE: { t: "int", v: 23 },
  EMFILE: { t: "int", v: 24 }, ENOTTY: { t: "int", v: 25 }, EFBIG: { t: "int", v: 27 },
  ENOSPC: { t: "int", v: 28 }, ESPIPE: { t: "int", v: 29 }, EROFS: { t: "int", v: 30 },
  EMLINK: { t: "int", v: 31 }, EPIPE: { t: "int", v: 32 }, EDOM: { t: "int", v: 33 },
  ERANGE: { t: "int", v: 34 }, ENAMETOOLONG: { t: "int", v: 36 }, ENOSYS: { t: "int", v: 38 },
  ENOTEMPTY: { t: "int", v: 39 }, EOVERFLOW: { t: "int", v: 75 }, EILSEQ: { t: "int", v: 84 },
  EOPNOTSUPP: { t: "int", v: 95 }, ENOTSUP: { t: "int", v: 95 }, ETIMEDOUT: { t: "int", v: 110 },
  ECONNREFUSED: { t: "int", v: 111 },
  INT8_MAX: { t: "int", v: 127 }, INT8_MIN: { t: "int", v: -128 }, UINT8_MAX: { t: "int", v: 255 },
  INT16_MAX: { t: "int", v: 32767 }, INT16_MIN: { t: "int", v: -32768 },
  UINT16_MAX: { t: "int", v: 65535 }, INT32_MAX: { t: "int", v: 2147483647 },
  INT32_MIN: { t: "int", v: -2147483648 }, UINT32_MAX: { t: "uint", v: 4294967295 },
  INT64_MAX: { t: "long", v: 9223372036854775807n }, INT64_MIN: { t: "long", v: -9223372036854775808n },
  UINT64_MAX: { t: "ulong", v: 18446744073709551615n }, SIZE_MAX: { t: "ulong", v: 18446744073709551615n },
};

/** Program-wide compile state. */
export interface ProgCx {
  heap: CHeap;
  rt: CRuntime;
  globals: Map<string, VarInfo>;
  funcs: Map<string, FnRef>;
}

/** Compile state of one function body. */
export class Cx {
  private readonly scopes: Map<string, VarInfo>[] = [];
  nslots = 0;
  /** True while compiling a function that may yield (generator closures allowed). */
  blocking = false;
  /** Set when the function declares local arrays (its frame must free them). */
  hasArrays = false;
  /** The function's result type (for return statements). */
  result: CType = "void";
  /** How many loops enclose the statement being compiled (for break and continue). */
  loops = 0;
  /** Errors found so far; compilation goes on with the next statement. */
  readonly errors: CompileError[] = [];

  constructor(readonly prog: ProgCx) {}

  get heap(): CHeap {
    return this.prog.heap;
  }
  get rt(): CRuntime {
    return this.prog.rt;
  }

  push(): void {
    this.scopes.push(new Map());
  }
  pop(): void {
    this.scopes.pop();
  }

  lookupVar(name: string): VarInfo | undefined {
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      const v = this.scopes[i]!.get(name);
      if (v !== undefined) return v;
    }
    return this.prog.globals.get(name);
  }

  declare(pos: Pos, name: string, t: CType, arrayLen?: number): VarInfo {
    const top = this.scopes[this.scopes.length - 1]!;
    if (top.has(name)) throw new CompileError(pos, `C redefinition of '${name}'`);
    const vi: VarInfo = { slot: this.nslots++, t, global: false, arrayLen };
    top.set(name, vi);
    return vi;
  }

  constant(name: string): { t: CType; v: V } | undefined {
    return Object.prototype.hasOwnProperty.call(CONSTANTS, name) ? CONSTANTS[name] : undefined;
  }
}
