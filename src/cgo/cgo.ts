// gort's cgo: load a preamble, describe its functions to the Go side, and call into C.
//
// Models what cmd/cgo (Go 1.19) gives a Go program that imports "C": the preamble's functions as
// C.name (cgo's _Cfunc_name wrappers), the libc functions of the included headers, and the
// helpers C.CString, C.GoString, C.GoStringN, C.GoBytes and C.free.
//
// Terms:
//   - CgoDecl: a callable C function with its C signature; types.ts maps C types to Go types.
//   - call: `yield* program.call(name, args, ctx)` runs the C function. It yields numbers: the
//     nanoseconds of simulated time that pass while C runs (computation cost, sleeps). The lead's
//     cgocall wrapper turns them into time the M spends blocked in the call (entersyscall /
//     exitsyscall around it, as runtime.cgocall does). Output happens through ctx.write at the
//     simulated moment it is made, i.e. after the yields before it.
//   - Values crossing (runtime/value.ts): C integers ≤ 32 bits, float and double are numbers,
//     64-bit integers are I64 (number | bigint); a pointer is a C address inside C and null
//     (NULL) or a CPtr (cptr.ts) on the Go side.
//
// Invariants: load() never throws for bad C (it returns diagnostics); a call throws only CFault
// (a C crash), SimLimit ("steps", "depth", "heap"), ExitError (C's exit()), or a plain Error for a
// misuse by the caller (unknown function, a Go pointer passed to C).
//
// Simplifications vs cgo: no callbacks into Go (//export), no passing Go pointers to C, no
// structs, no C variables accessed from Go (C.var).

import type { Language } from "web-tree-sitter";
import type { Pos } from "../frontend/ast.js";
import type { CgoConstValue } from "../frontend/check/cgo.js";
import { MoveToBigStack, SimLimit, hostThread, isHostStackOverflow } from "../runtime/panic.js";
import type { CExpr, CFunc, CUnit, CVarDecl } from "./ast.js";
import { CompileError, Cx, type FnRef, type ProgCx, type VarInfo } from "./ccx.js";
import { cexpr } from "./cexpr.js";
import { compileFunc, markBlocking } from "./cfunc.js";
import { CHeap } from "./cheap.js";
import { CFault } from "./fault.js";
import { CallState, CRuntime, Frame, type CgoContext, type Gen } from "./interp.js";
import { LIBC } from "./libc.js";
import { convFn, type V } from "./ops.js";
import type { CDiag } from "./parse-ctx.js";
import { parsePreamble, type ParseOptions, type PreambleSource } from "./parse.js";
import { isFloat, isPointer, isUnsigned, type CType } from "./types.js";
import { CPtr, cPointer, cToGo, goToC } from "./cptr.js";
import type { AddrPtr } from "../runtime/addr.js";
import type { RType } from "../runtime/value.js";
import { typedArrayOf } from "../runtime/backing.js";
import type { I64 } from "../base/int64.js";

export { CFault } from "./fault.js";
export type { CgoContext } from "./interp.js";
export { formatDiag, type CDiag } from "./parse-ctx.js";
export type { CType } from "./types.js";

/** A C function as the Go type checker sees it, or a constant macro (value). */
interface CgoDecl {
  name: string;
  params: CType[];
  result: CType;
  /** A macro that is a C constant: what cgo makes of it (an untyped Go constant). */
  value?: CgoConstValue;
  /** A name Go may use in cgo that gort does not support: what it is ("a C variable"). */
  unsupported?: string;
  /** Where it is defined (a libc function: the `#include` line is not tracked; the preamble's
   *  start). */
  pos: Pos;
  /** True for a libc function reached through an included header. */
  libc: boolean;
}

export interface CgoOptions extends ParseOptions {
  /** Is the program's stdout a terminal? Default false: a pipe, C stdout fully buffered. */
  tty?: boolean;
  /** Expression evaluations allowed per Go→C call (default 1e9: about 1 s of simulated time
   *  and 5 to 10 s of host time). */
  stepsMax?: number;
  /** C call depth allowed (default 2000). */
  depthMax?: number;
  /** C heap bytes allowed (default 256 MiB). */
  heapBytesMax?: number;
}

/** Which header declares each libc function gort provides. */
const LIBC_HEADER: Record<string, string> = {
  printf: "stdio.h", fprintf: "stdio.h", puts: "stdio.h", fputs: "stdio.h", putchar: "stdio.h",
  fputc: "stdio.h", putc: "stdio.h", fflush: "stdio.h", setvbuf: "stdio.h", sprintf: "stdio.h",
  snprintf: "stdio.h", sleep: "unistd.h", usleep: "unistd.h", read: "unistd.h",
  write: "unistd.h", getpid: "unistd.h", nanosleep: "time.h", time: "time.h", poll: "poll.h",
  exit: "stdlib.h", abort: "stdlib.h", rand: "stdlib.h", srand: "stdlib.h", malloc: "stdlib.h",
  calloc: "stdlib.h", realloc: "stdlib.h", free: "stdlib.h", abs: "stdlib.h", labs: "stdlib.h",
  atoi: "stdlib.h", atol: "stdlib.h", memcmp: "string.h", memcpy: "string.h", memmove: "string.h",
  memset: "string.h", strcat: "string.h", strchr: "string.h", strcmp: "string.h",
  strcpy: "string.h", strdup: "string.h", strlen: "string.h", strncmp: "string.h",
  strncpy: "string.h",
};

export class CgoProgram {
  /** The C state as load left it: file-scope variables and the heap (rodata). */
  private readonly initial: { globals: V[]; heap: ReturnType<CHeap["snapshot"]>; tty: boolean };

  private constructor(
    readonly prog: ProgCx,
    readonly includes: string[],
    readonly pos: Pos,
    tty: boolean,
    /** The macros Go code may name as constants (C.N). */
    readonly consts: ReadonlyMap<string, CgoConstValue>,
    /** Every macro's name. */
    readonly macroNames: readonly string[],
  ) {
    this.initial = { globals: prog.rt.globals.slice(), heap: prog.heap.snapshot(), tty };
  }

  /** A new process: C's variables, heap, stdio buffer, errno and rand state as load left them,
   *  so that each run of the program (each seed of --runs) starts from the same C state. */
  reset(): void {
    const rt = this.prog.rt;
    rt.globals.length = 0;
    rt.globals.push(...this.initial.globals);
    this.prog.heap.restore(this.initial.heap);
    rt.resetProcess(this.initial.tty);
  }

  /** Parse and compile a preamble. Synchronous; lang is tree-sitter-c, already loaded. */
  static load(
    lang: Language, src: PreambleSource, opts: CgoOptions = {},
  ): { program?: CgoProgram; diags: CDiag[] } {
    const { unit, diags } = parsePreamble(lang, src, opts);
    const heap = new CHeap(opts.heapBytesMax);
    const rt = new CRuntime(heap, opts.tty === true, opts.stepsMax ?? 1e9, opts.depthMax ?? 2000);
    const prog: ProgCx = { heap, rt, globals: new Map(), funcs: new Map() };
    const errors: CompileError[] = [];
    const defs = declareFuncs(prog, unit.funcs, errors);
    declareGlobals(prog, unit.globals, errors);
    markBlocking(prog, defs);
    for (const f of defs) {
      const fn = compileFunc(prog, f, errors);
      if (fn !== undefined) prog.funcs.get(f.name)!.fn = fn;
    }
    for (const e of errors) diags.push(e.unsupported ? { pos: e.pos, msg: `gort: ${e.message}`, unsupported: true as const } : { pos: e.pos, msg: `gort: ${e.message}` });
    if (diags.length > 0) return { diags };
    const consts = macroConsts(prog, unit.macros);
    return { program: new CgoProgram(prog, unit.includes, src.pos, opts.tty === true, consts, [...unit.macros.keys()]), diags };
  }

  /** The preamble's functions, in source order. */
  decls(): CgoDecl[] {
    const out: CgoDecl[] = [];
    for (const r of this.prog.funcs.values()) {
      if (r.defined) out.push({ name: r.name, params: r.params, result: r.result, pos: r.pos, libc: false });
    }
    return out;
  }

  /** Every C name Go code may use: the preamble's functions, then libc's from included headers,
   *  then the constant macros. */
  callable(): CgoDecl[] {
    const out = this.decls();
    for (const name of LIBC.keys()) {
      if (out.some((d) => d.name === name)) continue;
      const d = this.lookup(name);
      if (d) out.push(d);
    }
    const other = (name: string, d: Pick<CgoDecl, "value" | "unsupported">): void => {
      if (!out.some((o) => o.name === name)) out.push({ name, params: [], result: "void", pos: this.pos, libc: false, ...d });
    };
    for (const [name, value] of this.consts) other(name, { value });
    for (const name of this.prog.globals.keys()) other(name, { unsupported: "a C variable" });
    for (const name of this.macroNames) other(name, { unsupported: "a macro that is not a constant" });
    return out;
  }

  /** C.name as a function: a preamble function, or a libc one from an included header.
   *  Variadic functions (printf) cannot be called from Go, as in cgo. */
  lookup(name: string): CgoDecl | undefined {
    const r = this.prog.funcs.get(name);
    if (r !== undefined) {
      return r.defined && !r.variadic
        ? { name, params: r.params, result: r.result, pos: r.pos, libc: false }
        : undefined;
    }
    const lib = LIBC.get(name);
    const hdr = LIBC_HEADER[name];
    if (lib === undefined || lib.variadic || hdr === undefined || !this.includes.includes(hdr)) {
      return undefined;
    }
    return { name, params: lib.params, result: lib.result, pos: this.pos, libc: true };
  }

  /** Call C function `name` with Go-side argument values. A yield point: yields nanoseconds. */
  *call(name: string, args: readonly V[], ctx: CgoContext): Gen<V> {
    const d = this.lookup(name);
    if (d === undefined) throw new Error(`cgo: no callable C function ${name}`);
    const st = new CallState(this.prog.rt, ctx);
    const vals = d.params.map((t, i) => fromGo(args[i], t, name, this.prog.heap));
    let r: V;
    try {
      r = yield* this.invoke(st, d, vals);
    } catch (e) {
      throw translate(e, d.pos);
    }
    const debt = st.takeDebt();
    if (debt > 0) yield debt;
    return d.result === "void" ? undefined : cToGo(r, d.result, this.prog.heap);
  }

  private *invoke(st: CallState, d: CgoDecl, vals: V[]): Gen<V> {
    if (!d.libc) {
      const fn = this.prog.funcs.get(d.name)!.fn!;
      return fn.gen !== undefined ? yield* fn.gen(st, vals) : fn.plain!(st, vals);
    }
    const lib = LIBC.get(d.name)!;
    return lib.blocking ? yield* lib.gen!(st, vals, d.params, d.pos) : lib.plain!(st, vals, d.params, d.pos);
  }

  /** C.CString(s): a malloc'd NUL-terminated copy of a Go (byte) string. */
  CString(s: string): CPtr {
    return this.copyIn(s + "\0", "char");
  }
  /** C.CBytes(b), b's bytes as a byte string: a malloc'd copy. */
  CBytes(b: string): CPtr {
    return this.copyIn(b, "void");
  }
  private copyIn(bytes: string, elem: CType): CPtr {
    const h = this.prog.heap;
    const a = h.malloc(bytes.length);
    h.put(a, bytes);
    return new CPtr(a, h, elem);
  }
  /** C.malloc(n): cgo's _CMalloc, which never returns nil (a size of 0 allocates 1 byte). */
  malloc(n: I64): CPtr {
    const h = this.prog.heap;
    const a = h.malloc(Math.max(Number(n), 1));
    if (a === 0) throw new SimLimit("heap", `cgo: C.malloc(${n}): more than the C heap limit of ${h.heapBytesMax} bytes`);
    return new CPtr(a, h, "void");
  }
  /** C.GoString(p): the bytes up to the first NUL; "" for NULL. */
  GoString(p: V): string {
    const a = cAddress(p, "GoString", this.prog.heap);
    return a === 0 ? "" : this.prog.heap.cstring(a);
  }
  /** C.GoStringN(p, n) and C.GoBytes(p, n) (the caller makes the []byte). */
  GoStringN(p: V, n: number, helper = "GoStringN"): string {
    const a = cAddress(p, helper, this.prog.heap);
    return a === 0 || n <= 0 ? "" : this.prog.heap.bytes(a, n);
  }
  /** A pointer of Go type *elem (unsafe.Pointer when elem is undefined) to the address a, when
   *  a lies in C memory (runtime/unsafe.ts: converting an address where Go has no object). */
  pointer(a: I64, elem: RType | undefined): AddrPtr | undefined {
    return this.holds(a) ? cPointer(this.prog.heap, a as number, elem) : undefined;
  }
  /** n elements of Go type elem at the C address a, as Go's array or a slice's backing: a typed
   *  array over C memory (clipped to the mapped memory: (*[1 << 28]C.int)(p) is as long as the
   *  heap after p); a reason when Go cannot hold one. */
  view(a: number, n: number, elem: RType): unknown[] | string {
    const ctor = typedArrayOf(elem);
    if (ctor === undefined) return `elements of type ${elem.str}`;
    const v = this.prog.heap.view(ctor, a, n);
    return typeof v === "string" ? v : (v as unknown as unknown[]);
  }
  /** Does the address a lie in C memory? */
  holds(a: I64): boolean {
    return typeof a === "number" && this.prog.heap.maps(a);
  }
  /** C's errno (cgo's errno form, runtime/cgocall.ts cgocallErrno). */
  get errno(): number {
    return this.prog.rt.errno;
  }
  set errno(v: number) {
    this.prog.rt.errno = v;
  }
  /** The simulated C heap (for tests and for the lead's memory statistics). */
  get heap(): CHeap {
    return this.prog.heap;
  }
}

/** The macros that are C constant expressions, as cmd/cgo (gcc.go) makes them Go constants: a
 *  body that is a Go integer literal is that integer (strconv.ParseInt(body, 0, 64): -0x80000000
 *  is negative, where C's would be unsigned); a character or string literal is that literal in
 *  Go (a rune constant: '\377' is 255; a string); another is evaluated as gcc would, an integer
 *  with its C type's signedness, a float or double formatted with %f (six decimals, as cgo
 *  does). Others (a macro naming a variable or calling a function) are not constants, and Go
 *  cannot name them (cgo's "var" and "expr" kinds are not supported). */
function macroConsts(p: ProgCx, macros: CUnit["macros"]): Map<string, CgoConstValue> {
  const out = new Map<string, CgoConstValue>();
  const cx = new Cx(p);
  for (const [name, { e, text }] of macros) {
    const lit = goIntLiteral(text);
    if (lit !== undefined) {
      out.set(name, { kind: "int", v: lit });
      continue;
    }
    if (e.k === "str" && text.startsWith('"')) {
      out.set(name, { kind: "string", v: e.bytes });
      continue;
    }
    if (e.k === "int" && text.startsWith("'")) {
      out.set(name, { kind: "rune", v: BigInt(Number(e.v) & 0xff) }); // the char's byte, unsigned
      continue;
    }
    try {
      if (!constant(cx, e)) continue;
      const ce = cexpr(cx, e);
      if (ce.ev === undefined || isPointer(ce.t)) continue;
      const v = ce.ev(new Frame([], new CallState(p.rt, undefined as unknown as CgoContext)));
      if (isFloat(ce.t)) {
        if (Number.isFinite(v) && Math.abs(v as number) < 1e21) out.set(name, { kind: "float", v: (v as number).toFixed(6) });
      } else {
        const b = BigInt(v as number | bigint);
        out.set(name, { kind: "int", v: isUnsigned(ce.t) ? BigInt.asUintN(64, b) : BigInt.asIntN(64, b) });
      }
    } catch (e) {
      if (!(e instanceof CompileError || e instanceof CFault)) throw e;
    }
  }
  return out;
}

/** strconv.ParseInt(text, 0, 64): a Go integer literal with an optional sign, in int64's range;
 *  undefined otherwise. */
function goIntLiteral(text: string): bigint | undefined {
  const m = /^([+-]?)(0[xX][0-9a-fA-F]+|0[bB][01]+|0[oO]?[0-7]*|[1-9][0-9]*)$/.exec(text);
  if (m === null) return undefined;
  const digits = m[2]!;
  const octal = /^0[0-7]+$/.test(digits) ? `0o${digits.slice(1)}` : digits.replace(/^0O/, "0o");
  const v = (m[1] === "-" ? -1n : 1n) * BigInt(octal);
  return v >= -(2n ** 63n) && v < 2n ** 63n ? v : undefined;
}

/** cgoDecls(program): the preamble's functions with their C signatures. */
export function cgoDecls(program: CgoProgram): CgoDecl[] {
  return program.decls();
}

/** The C address a helper reads from: 0 for nil; a Go pointer is not supported. */
function cAddress(p: V, helper: string, heap: CHeap): number {
  const a = goToC(p, "char*", heap);
  if (a === undefined) throw new SimLimit("unsupported", `gort: C.${helper} of Go memory is not supported yet`);
  return a as number;
}

function fromGo(v: V, t: CType, name: string, heap: CHeap): V {
  const c = goToC(v, t, heap);
  if (c === undefined) throw new SimLimit("unsupported", `gort: passing a Go pointer to C.${name} is not supported yet`);
  return c;
}

function translate(e: unknown, pos: Pos): unknown {
  if (e instanceof CFault && e.pos === undefined) e.pos = pos;
  if (isHostStackOverflow(e)) {
    if (hostThread.movable) return new MoveToBigStack("the host stack ran out in C");
    return new SimLimit("depth", "cgo: C recursion too deep for the host stack");
  }
  return e;
}

function declareFuncs(p: ProgCx, funcs: CFunc[], errors: CompileError[]): CFunc[] {
  const defs: CFunc[] = [];
  for (const f of funcs) {
    const old = p.funcs.get(f.name);
    const sig = f.params.map((x) => x.t).join(",") + "->" + f.result + (f.variadic ? "..." : "");
    if (old !== undefined) {
      const osig = old.params.join(",") + "->" + old.result + (old.variadic ? "..." : "");
      if (osig !== sig) errors.push(new CompileError(f.pos, `C conflicting types for '${f.name}'`));
      else if (old.defined && f.body !== undefined) {
        errors.push(new CompileError(f.pos, `C redefinition of '${f.name}'`));
      }
    }
    const ref: FnRef = old ?? {
      name: f.name, pos: f.pos, params: f.params.map((x) => x.t), result: f.result,
      variadic: f.variadic, blocking: false, defined: false,
    };
    if (f.body !== undefined) {
      if (f.variadic) {
        errors.push(new CompileError(f.pos, "C variadic function definitions not supported yet", true));
        continue;
      }
      ref.defined = true;
      ref.pos = f.pos;
      defs.push(f);
    }
    p.funcs.set(f.name, ref);
  }
  return defs;
}

/** File-scope variables: slots in CRuntime.globals, initialised from constant expressions. */
/** Is e free of calls, assignments and variable reads (a C constant expression, loosely)? */
function constant(cx: Cx, e: CExpr): boolean {
  const c = (x: CExpr): boolean => constant(cx, x);
  switch (e.k) {
    case "int": case "float": case "str": case "sizeof": return true;
    case "id": return cx.constant(e.name) !== undefined;
    case "call": case "asg": case "upd": case "deref": case "index": case "addr": return false;
    case "bin": case "comma": return c(e.x) && c(e.y);
    case "cond": return c(e.c) && c(e.a) && c(e.b);
    case "un": case "cast": return c(e.x);
  }
}

function declareGlobals(p: ProgCx, globals: CVarDecl[], errors: CompileError[]): void {
  const cx = new Cx(p);
  for (const g of globals) {
    if (p.globals.has(g.name)) {
      errors.push(new CompileError(g.pos, `C redefinition of '${g.name}'`));
      continue;
    }
    let v: V = 0;
    try {
      if (g.init !== undefined) {
        if (!constant(cx, g.init)) throw new CompileError(g.pos, "C initializer element is not constant");
        const ce = cexpr(cx, g.init);
        if (ce.ev === undefined) throw new CompileError(g.pos, "C initializer element is not constant");
        const frame = new Frame([], new CallState(p.rt, undefined as unknown as CgoContext));
        v = convFn(ce.t, g.t)(ce.ev(frame));
      }
    } catch (e) {
      if (!(e instanceof CompileError)) throw e;
      errors.push(e);
    }
    const vi: VarInfo = { slot: p.rt.globals.length, t: g.t, global: true };
    p.rt.globals.push(v);
    p.globals.set(g.name, vi);
  }
}
