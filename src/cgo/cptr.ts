// A pointer into C memory, as Go code holds it: what a C function returns as T* or void*, what
// C.CString, C.CBytes and C.malloc return, and what unsafe conversions and unsafe.Add make of
// them.
//
// Models cgo's rule that C memory is ordinary memory to Go code: `*p` of a *C.int that C
// returned reads the C int there, `*p = v` writes it, and uintptr(unsafe.Pointer(p)) is its C
// address. Go's collector does not scan C memory, and neither does gort's: a CPtr is an AddrPtr
// (runtime/addr.ts), an address where gort has no Go object, so it compares by address, prints
// as its address and marks nothing.
//
// Terms:
//   - elem: the C type the pointer reads and writes ("void" for an unsafe.Pointer, which Go
//     cannot dereference). A conversion to *T (runtime/unsafe.ts wildPointerTo, through
//     CgoProgram.pointer) makes a CPtr of T's C type, so `(*C.int)(unsafe.Pointer(p))` reads an
//     int where p points.
//   - A Go type with no C scalar of its size and kind (a string, an interface, a func) has no
//     C pointer: a conversion to it gives a plain AddrPtr, whose loads are not supported yet.
//
// Invariants: the address is a number in the C heap's address space (cheap.ts); a load or store
// outside the mapped memory faults as C's would (CFault SIGSEGV).
//
// Simplifications: -race does not check accesses to C memory (Go's race detector only checks
// Go's heap and data). C structs are not supported, so a CPtr never points to one.
//
// A Go array or slice over C memory (unsafe.Slice(p, n), (*[1 << 28]C.int)(p)[:n:n]) is a typed
// array over the C heap's buffer (CgoProgram.view), the backing gort gives every Go slice of
// 8-, 16- and 32-bit integers and floats (runtime/backing.ts), so the standard library's host
// code reads and writes it as any other; &s[i] is its C address again when passed to C. One of
// 64-bit integers or pointers (a JS Array in gort), one over read-only memory (a store would
// not fault) and a Go struct over C memory are not supported yet. Rejected: a JS Proxy as such
// a backing, which indexing and range read through but the host code read as zeros.

import { AddrPtr } from "../runtime/addr.js";
import { GoFatal, type RuntimeFrame } from "../runtime/panic.js";
import { CFault } from "./fault.js";
import { Kind, Ptr, type RType } from "../runtime/value.js";
import type { CHeap } from "./cheap.js";
import { load, store, type V } from "./ops.js";
import { elemOf, isPointer, pointerTo, type CScalar, type CType } from "./types.js";

export class CPtr extends AddrPtr {
  constructor(
    readonly cAddr: number,
    readonly heap: CHeap,
    readonly elem: CType,
  ) {
    super(cAddr);
  }
  override get(): V {
    try {
      return cToGo(load(this.elem, this.heap)(this.cAddr), this.elem, this.heap);
    } catch (e) {
      throw goFault(e, this.heap, false);
    }
  }
  override set(v: V): void {
    try {
      store(this.elem, this.heap)(this.cAddr, goToC(v, this.elem, this.heap) ?? 0);
    } catch (e) {
      throw goFault(e, this.heap, true);
    }
  }
}

const sigpanicFrames: RuntimeFrame[] = [
  { fn: "runtime.throw", file: "/usr/lib/go-1.19/src/runtime/panic.go", line: 1047 },
  { fn: "runtime.sigpanic", file: "/usr/lib/go-1.19/src/runtime/signal_unix.go", line: 842, noArgs: true },
];

/** A fault of Go code at a C address (never below 0x1000, so never a nil dereference):
 *  sigpanic throws "fault" after the address (signal_unix.go). The si_code is SEGV_ACCERR for
 *  a store to read-only memory, SEGV_MAPERR for an unmapped address. */
function goFault(e: unknown, heap: CHeap, write: boolean): unknown {
  if (!(e instanceof CFault) || e.signal !== "SIGSEGV") return e;
  const a = `0x${(e.addr ?? 0).toString(16)}`;
  const code = write && heap.maps(e.addr ?? 0) ? "0x2" : "0x1";
  return new GoFatal("fault", "throw", sigpanicFrames, `unexpected fault address ${a}\n`, `[signal SIGSEGV: segmentation violation code=${code} addr=${a} pc=0x0]\n`);
}

/** A pointer of Go type *elem (unsafe.Pointer when elem is undefined) to the C address a: a
 *  CPtr, or a plain AddrPtr when elem has no C scalar. */
export function cPointer(heap: CHeap, a: number, elem: RType | undefined): AddrPtr {
  const t = elem === undefined ? "void" : ctypeOf(elem);
  return t === undefined ? new AddrPtr(a) : new CPtr(a, heap, t);
}

/** A C value as Go holds it: a pointer is nil or a CPtr to its element type. */
export function cToGo(v: V, t: CType, heap: CHeap): V {
  if (!isPointer(t)) return v;
  return v === 0 || v === null ? null : new CPtr(v as number, heap, elemOf(t));
}

/** A Go value as C holds it: a pointer is its C address, 0 for nil, also when it points to an
 *  element of a Go slice over C memory (&s[i]). A pointer to Go memory is not a C address:
 *  undefined (the caller reports it). */
export function goToC(v: V, t: CType, heap: CHeap): V | undefined {
  if (!isPointer(t)) return v ?? 0;
  if (v === null || v === undefined) return 0;
  if (typeof v === "number") return v;
  if (v instanceof AddrPtr) return typeof v.addr === "number" ? v.addr : undefined;
  if (v instanceof Ptr && typeof v.k === "number" && ArrayBuffer.isView(v.o) && v.o.buffer === heap.buf) {
    const view = v.o as unknown as { byteOffset: number; BYTES_PER_ELEMENT: number };
    return heap.addressAt(view.byteOffset + v.k * view.BYTES_PER_ELEMENT);
  }
  return undefined;
}

/** The C type of a Go type that a C pointer may read and write. */
function ctypeOf(t: RType): CType | undefined {
  const s = scalarOf(t.kind);
  if (s !== undefined) return s;
  if (t.kind === Kind.UnsafePointer) return "void*";
  if (t.kind !== Kind.Pointer) return undefined;
  const e = t.elem!.kind === Kind.UnsafePointer ? "void*" : scalarOf(t.elem!.kind);
  return e === undefined ? undefined : pointerTo(e);
}

function scalarOf(k: Kind): CScalar | undefined {
  switch (k) {
    case Kind.Uint8: return "uchar";
    case Kind.Int8: return "schar";
    case Kind.Int16: return "short";
    case Kind.Uint16: return "ushort";
    case Kind.Int32: return "int";
    case Kind.Uint32: return "uint";
    case Kind.Int: case Kind.Int64: return "long";
    case Kind.Uint: case Kind.Uint64: case Kind.Uintptr: return "ulong";
    case Kind.Float32: return "float";
    case Kind.Float64: return "double";
    default: return undefined;
  }
}
