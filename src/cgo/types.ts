// C types as gort's C interpreter sees them, and the Go-side view cgo gives them.
//
// Models cmd/cgo's type mapping (Go 1.19, cmd/cgo/gcc.go and out.go) for the scalar and pointer
// types a cgo preamble can use, on linux/amd64 (LP64: long and pointers are 64 bits, char is
// signed).
//
// Terms:
//   - CScalar: a C arithmetic type (or void), spelled as cgo spells the Go type's suffix: the Go
//     name of C `unsigned long` is `_Ctype_ulong`, so its CScalar is "ulong".
//   - CType: a CScalar or a pointer to one (one or two levels): "int", "char*", "void*",
//     "char**". Typedef names from the standard headers (size_t, int64_t, ...) are resolved to
//     their scalar, as cgo does: C.size_t is an alias of _Ctype_ulong, so `%T` of a size_t
//     result prints "main._Ctype_ulong" (checked with go1.19 and gcc 12).
//
// The Go-side view (cgo's rules, amd64):
//   C type              Go type name        underlying Go type   JS value (runtime/value.ts)
//   char, schar         _Ctype_char/_schar   int8                 number
//   uchar               _Ctype_uchar         uint8                number
//   short / ushort      _Ctype_short/ushort  int16 / uint16       number
//   int / uint          _Ctype_int/uint      int32 / uint32       number
//   long / ulong        _Ctype_long/ulong    int64 / uint64       I64 (number | bigint)
//   longlong/ulonglong  _Ctype_longlong/...  int64 / uint64       I64
//   float / double      _Ctype_float/double  float32 / float64    number
//   T*                  *_Ctype_T            pointer              null (NULL) or a C heap address
//   void*               unsafe.Pointer       unsafe.Pointer       null or a C heap address
//   void (result)       (no result)
// In package main, `%T` prints these as "main._Ctype_int", "*main._Ctype_char", ...
//
// Invariants: a CType string is canonical (no typedef names, no qualifiers); two C types are
// the same iff their strings are ===.
//
// Simplifications vs real cgo: no structs, unions, enums, arrays in signatures, function
// pointers or typedefs of the preamble's own; `const` and `volatile` are dropped.

export type CScalar =
  | "void"
  | "char"
  | "schar"
  | "uchar"
  | "short"
  | "ushort"
  | "int"
  | "uint"
  | "long"
  | "ulong"
  | "longlong"
  | "ulonglong"
  | "float"
  | "double";

/** A C type: a scalar or a pointer (one or two levels). */
export type CType = CScalar | `${CScalar}*` | `${CScalar}**`;

const SCALARS: ReadonlySet<string> = new Set<CScalar>([
  "void", "char", "schar", "uchar", "short", "ushort", "int", "uint", "long", "ulong",
  "longlong", "ulonglong", "float", "double",
]);

/** The typedef names of the supported standard headers, resolved as glibc on amd64 does. */
export const C_TYPEDEFS: ReadonlyMap<string, CScalar> = new Map<string, CScalar>([
  ["size_t", "ulong"], ["ssize_t", "long"], ["ptrdiff_t", "long"],
  ["int8_t", "schar"], ["uint8_t", "uchar"], ["int16_t", "short"], ["uint16_t", "ushort"],
  ["int32_t", "int"], ["uint32_t", "uint"], ["int64_t", "long"], ["uint64_t", "ulong"],
  ["intptr_t", "long"], ["uintptr_t", "ulong"], ["intmax_t", "long"], ["uintmax_t", "ulong"],
  ["pid_t", "int"], ["uid_t", "uint"], ["useconds_t", "uint"], ["time_t", "long"],
  ["off_t", "long"], ["nfds_t", "ulong"], ["clock_t", "long"],
]);

export function isScalar(t: string): t is CScalar {
  return SCALARS.has(t);
}
export function isPointer(t: CType): boolean {
  return t.endsWith("*");
}
/** The pointed-to type of a pointer type. */
export function elemOf(t: CType): CType {
  return t.slice(0, -1) as CType;
}
/** A pointer to t, or undefined when that is deeper than gort supports. */
export function pointerTo(t: CType): CType | undefined {
  return t.endsWith("**") ? undefined : ((t + "*") as CType);
}
export function isFloat(t: CType): boolean {
  return t === "float" || t === "double";
}
export function isInteger(t: CType): boolean {
  return !isPointer(t) && t !== "void" && !isFloat(t);
}
export function isArith(t: CType): boolean {
  return !isPointer(t) && t !== "void";
}
/** Unsigned integer types. */
export function isUnsigned(t: CType): boolean {
  return t === "uchar" || t === "ushort" || t === "uint" || t === "ulong" || t === "ulonglong";
}
/** 64-bit integer types: their values are I64 (number | bigint). */
export function is64(t: CType): boolean {
  return t === "long" || t === "ulong" || t === "longlong" || t === "ulonglong";
}

/** sizeof, on amd64. sizeof(void) is 1 as a GNU extension (it makes void* arithmetic work). */
export function sizeOf(t: CType): number {
  if (isPointer(t)) return 8;
  switch (t as CScalar) {
    case "void": case "char": case "schar": case "uchar": return 1;
    case "short": case "ushort": return 2;
    case "int": case "uint": case "float": return 4;
    case "long": case "ulong": case "longlong": case "ulonglong": case "double": return 8;
  }
}

/** Integer conversion rank (C11 6.3.1.1), only as far as the usual conversions need it. */
function rank(t: CType): number {
  switch (t) {
    case "long": case "ulong": return 2;
    case "longlong": case "ulonglong": return 3;
    default: return 1;
  }
}
const UNSIGNED_OF: Record<string, CType> = { int: "uint", long: "ulong", longlong: "ulonglong" };

/** The integer promotions (C11 6.3.1.1p2): types narrower than int become int. */
export function promote(t: CType): CType {
  switch (t) {
    case "char": case "schar": case "uchar": case "short": case "ushort": return "int";
    default: return t;
  }
}

/** The usual arithmetic conversions (C11 6.3.1.8): the common type of a binary operation. */
export function usualArith(a: CType, b: CType): CType {
  if (a === "double" || b === "double") return "double";
  if (a === "float" || b === "float") return "float";
  const x = promote(a);
  const y = promote(b);
  if (x === y) return x;
  const ux = isUnsigned(x);
  const uy = isUnsigned(y);
  if (ux === uy) return rank(x) >= rank(y) ? x : y;
  const [u, s] = ux ? [x, y] : [y, x];
  if (rank(u) >= rank(s)) return u;
  if (sizeOf(s) > sizeOf(u)) return s;
  return UNSIGNED_OF[s]!;
}

/** The Go type cgo gives a C type, as `%T` prints it without the package qualifier. */
interface GoTypeView {
  /** "_Ctype_int", "*_Ctype_char", "unsafe.Pointer"; "" for void. */
  name: string;
  /** The underlying Go type: "int32", "uint64", "float64", "*_Ctype_char", "unsafe.Pointer". */
  underlying: string;
}

const GO_UNDERLYING: Record<CScalar, string> = {
  void: "", char: "int8", schar: "int8", uchar: "uint8", short: "int16", ushort: "uint16",
  int: "int32", uint: "uint32", long: "int64", ulong: "uint64", longlong: "int64",
  ulonglong: "uint64", float: "float32", double: "float64",
};

/** cgo's Go type for a C type (package main's `_Ctype_` names). */
export function goTypeOf(t: CType): GoTypeView {
  if (t === "void") return { name: "", underlying: "" };
  if (t === "void*") return { name: "unsafe.Pointer", underlying: "unsafe.Pointer" };
  if (isPointer(t)) {
    const e = goTypeOf(elemOf(t));
    const name = "*" + (e.name === "" ? "byte" : e.name);
    return { name, underlying: name };
  }
  return { name: "_Ctype_" + t, underlying: GO_UNDERLYING[t as CScalar] };
}

/** The CType of a name used as `C.name` in Go code ("int", "size_t", "longlong", ...). */
export function cgoTypeByName(name: string): CType | undefined {
  if (isScalar(name)) return name;
  return C_TYPEDEFS.get(name);
}
