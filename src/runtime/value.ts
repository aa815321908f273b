// How a Go value lives in JavaScript while a gort program runs.
//
// Models no Go file: it is gort's own representation contract (Go's is memory, with type.go's
// descriptors, which rtypes.ts models).
//
// Everything that compiled code, the runtime models and the native standard library exchange
// follows this file. It is the contract between the compiler (src/compiler), the runtime
// (src/runtime) and the natives (src/stdlib).
//
// Representation, by Go type:
//   bool                         JS boolean.
//   int8..int32, uint8..uint32   JS number, always already wrapped to the type's range.
//   int, int64, uint, uint64,    "I64": a JS number when the value is a safe integer
//   uintptr                      (|v| <= 2^53-1), otherwise a JS bigint holding the exact value
//                                (already wrapped to 64 bits). The form is canonical: a value that
//                                fits in a safe integer is never a bigint, so === works.
//                                Arithmetic goes through base/int64.ts.
//   float64                      JS number. float32: JS number rounded with Math.fround.
//   complex64, complex128        Complex (immutable; parts rounded with fround for complex64).
//   string                       JS string whose char codes are the Go string's bytes (0..255):
//                                a "byte string". len is .length; s[i] is charCodeAt(i); UTF-8
//                                is decoded only where Go decodes it (range, []rune, fmt %c ...).
//   array [N]T                   JS Array of length N. Value semantics: the compiler copies it on
//                                assignment, argument passing and return (RType.clone).
//   struct                       An instance of a compiled JS class per struct type, one property
//                                per field named after the Go field. Value semantics like arrays.
//   pointer *T                   nil is null. A pointer to a struct or an array is that struct
//                                object or that JS Array itself (the variable's storage is the
//                                object). Any other pointer is a Ptr: a container and a key.
//   slice []T                    nil slice is `null`; a non-nil slice is a Slice over a backing
//                                JS Array (a window: off, len, cap).
//   map                          the hmap model object (runtime/map.ts); nil map is null.
//   chan                         the hchan model object (runtime/chan.ts); nil chan is null.
//   func                         a JS function (see "Calls" below); nil func is null.
//   interface                    nil interface is null; otherwise an Iface {t: RType, v: value}.
//   unsafe.Pointer               the value of the pointer it was converted from (null for nil);
//                                runtime/unsafe.ts locates it for conversions and arithmetic.
//
// Calls. Each Go function compiles to a JS function. A function that can reach a yield point
// (a channel operation, a map operation, a lock, a sleep, a cgo call, a loop back-edge, a call
// through a func value or an interface) is a *generator function* and is called with `yield*`.
// Other functions ("plain") are ordinary JS functions. Every func value, every method reached
// through an interface (RType.methods) and every callback a native receives is a generator
// function: call it as `yield* f(args)`. A native that can call back into Go code (fmt calling
// String(), sort calling Less) is therefore itself a generator function.
// A call returns its single result directly, or a JS Array for several results.
//
// Invariants:
//   - Values never alias across a Go copy: arrays and structs are cloned at every Go copy.
//   - Two I64 values are equal iff they are === (canonical form).

/**
 * A Go value as the table above lays it out: a JS primitive (never undefined) or an object
 * (Complex, Iface, Ptr, Slice, a struct's class instance, a JS Array or typed array for an
 * array, a function, the map and channel models). Which one is the value's RType's business:
 * code that knows the type narrows with a cast, as compiled code knows it statically.
 */
export type GoValue = boolean | number | bigint | string | object | null;

/** A struct value seen by its fields' JS properties (RField.prop), or an array's elements by
 *  index: what code that builds or reads one field by field holds. */
export type GoStruct = Record<string | number, GoValue>;

/** A Go kind, with reflect.Kind's numbering. */
export const enum Kind {
  Invalid, Bool, Int, Int8, Int16, Int32, Int64, Uint, Uint8, Uint16, Uint32, Uint64, Uintptr,
  Float32, Float64, Complex64, Complex128, Array, Chan, Func, Interface, Map, Pointer, Slice,
  String, Struct, UnsafePointer,
}

/** A struct field as the run time sees it. */
export interface RField {
  name: string; // Go name ("X", "x", or the type name for an embedded field)
  prop: string; // the JS property holding it
  type: RType;
  embedded: boolean;
  exported: boolean;
  tag: string;
  offset: number; // byte offset, as on amd64
  pkgPath?: string; // an unexported field's package (reflect's StructField.PkgPath)
}

/** A method in a named type's method table, as interface dispatch and fmt reach it. */
export interface RMethod {
  name: string;
  /** A generator function taking the receiver first: yield* fn(recv, ...args). It returns its
   *  one result, a JS Array of several, or undefined for none. (A method signature, so that
   *  a native's table may list functions with narrower parameter types.) */
  fn(...args: GoValue[]): Generator<unknown, unknown, unknown>;
  /** The same method as a plain function, when it cannot yield (a compiled method that the
   *  blocking analysis made plain): a compiled interface call finds it with ptab (ops.ts)
   *  and calls the method without making a generator. (Not a property of fn: properties added
   *  to generator functions cost V8 elsewhere, matrix loops 17% in instructions.) */
  pfn?(...args: GoValue[]): unknown;
  ptrRecv: boolean; // declared with a pointer receiver
  /** The method's func type (without the receiver), for interface satisfaction checks; natives'
   *  tables may omit it and are then matched by name. */
  mtyp?: RType;
}

/**
 * A run-time type descriptor: Go's `_type` with the parts gort needs. One per distinct Go type
 * in a program; two RTypes are the same type iff they are ===.
 */
export interface RType {
  id: number;
  kind: Kind;
  /** The type as Go prints it with %T: "int", "main.T", "[]string", "map[string]int", "*main.T". */
  str: string;
  named: boolean; // a defined (named) type
  pkgPath: string; // "" for predeclared and unnamed types
  name: string; // "T" for main.T; "" for unnamed types
  size: number; // bytes, as on amd64
  align: number;
  ptrdata: number; // 0 when the type holds no pointers (allocations are noscan)
  elem?: RType; // array, chan, map (value), pointer, slice
  key?: RType; // map
  len?: number; // array
  chanDir?: "both" | "send" | "recv";
  fields?: RField[]; // struct
  params?: RType[]; // func
  results?: RType[]; // func
  variadic?: boolean; // func
  imethods?: { name: string; type: RType }[]; // interface, sorted by name
  /** The method set of this type, sorted by name (for *T it includes T's value methods). */
  methods: RMethod[];
  /** Is `==` defined? false for slices, maps, funcs and structs/arrays containing them. */
  comparable: boolean;
  /** Go's == on two values of this type (already known to be comparable). */
  equal(a: GoValue, b: GoValue): boolean;
  /** The zero value. Returns a fresh object for arrays and structs. */
  zero(): GoValue;
  /** A Go copy of a value (deep for arrays and structs held by value; identity otherwise). */
  clone(v: GoValue): GoValue;
}

/** An interface value holding a dynamic type and value. The nil interface is null. */
export class Iface {
  constructor(
    readonly t: RType,
    readonly v: GoValue,
  ) {}
}

/** A slice: a window [off, off+len) over a backing JS array with room up to off+cap. */
export class Slice {
  constructor(
    // any: the backing is a JS Array of GoValues or a typed array (backing.ts), which every
    // reader indexes alike; typing it as the union would make each element access a cast.
    public a: any[],
    public off: number,
    public len: number,
    public cap: number,
  ) {}
}

/** A pointer to a variable, a field or an element that is not itself a struct or array. */
export class Ptr {
  constructor(
    // any: the container is a struct object, an array or a box, indexed by property or index.
    readonly o: any,
    readonly k: string | number,
  ) {}
  get(): GoValue {
    return this.o[this.k];
  }
  set(v: GoValue): void {
    this.o[this.k] = v;
  }
}

/** A complex number; immutable. */
export class Complex {
  constructor(
    readonly re: number,
    readonly im: number,
  ) {}
}

/** The C address a pointer holds, when it points into C memory or nowhere gort has an object. */
function cAddress(p: Ptr): number | undefined {
  const addr = (p as { addr?: unknown }).addr; // an AddrPtr (addr.ts), by its field
  if (typeof addr === "number") return addr;
  if (typeof p.k !== "number" || !ArrayBuffer.isView(p.o)) return undefined;
  const base = (p.o as { $cBase?: number }).$cBase;
  return base !== undefined ? base + p.k * (p.o as Uint8Array).BYTES_PER_ELEMENT : undefined;
}

/** Pointer equality, for Ptr and for object pointers alike. */
export function ptrEqual(a: GoValue, b: GoValue): boolean {
  if (a === b) return true;
  if (!(a instanceof Ptr && b instanceof Ptr)) return false;
  if (a.o === b.o) return a.k === b.k;
  // An element of a window on an array (unsafe.ts: a slice converted to an array pointer) is
  // the element of the array it shows.
  const wa = a.o?.$window as { a: unknown; base: number } | undefined;
  const wb = b.o?.$window as { a: unknown; base: number } | undefined;
  if (wa === undefined && wb === undefined) {
    // A pointer into C memory (an AddrPtr: cgo/cptr.ts) and one to an element of a Go slice
    // over C memory (a typed array with its C address, $cBase) are equal when their addresses are.
    const ca = cAddress(a);
    return ca !== undefined && ca === cAddress(b);
  }
  const oa = wa === undefined ? a.o : wa.a;
  const ob = wb === undefined ? b.o : wb.a;
  const ka = wa === undefined ? a.k : wa.base + (a.k as number);
  const kb = wb === undefined ? b.k : wb.base + (b.k as number);
  return oa === ob && ka === kb;
}
