// The natives of package fmt: the formatting entry points that Go code in stdlib/fmt calls.
//
// Models Go 1.19's fmt/print.go (Sprintf, Sprint, Sprintln) and fmt/errors.go (Errorf's
// printing half). Output to writers (Printf, Fprintln, ...) is Go code in stdlib/fmt that
// calls these and then the writer's Write method, as real fmt does.
//
// Terms: every native here is a generator function, since printing may call String(),
// Error(), GoString() or Format() methods of the operands (yield points).
//
// Simplifications vs real Go: no printer free list (pp cache); each call makes a Printer.

import { Complex, Kind, Ptr, type Iface, type Slice } from "../../runtime/value.js";
import { argsOf, Printer } from "./fmt_print.js";
import { slicebytestring } from "../../runtime/newobject.js";

export const natives: Record<string, Function> = {
  Sprintf: function* (format: string, a: Slice | null) {
    const p = new Printer();
    yield* p.doPrintf(format, argsOf(a));
    return slicebytestring(p.buf);
  },
  Sprint: function* (a: Slice | null) {
    const p = new Printer();
    yield* p.doPrint(argsOf(a));
    return slicebytestring(p.buf);
  },
  Sprintln: function* (a: Slice | null) {
    const p = new Printer();
    yield* p.doPrintln(argsOf(a));
    return slicebytestring(p.buf);
  },
  /** scanTarget(arg) (kind, bits): what a Scan operand that is no pointer to a basic type of
   *  its own points to, as Go's scanOne learns it through reflect: its underlying kind (scan.go's
   *  scanBool... codes: 1 bool, 2 int, 3 uint, 4 float, 5 complex, 6 string, 7 []byte, 8 another
   *  slice, 9 anything else) and its bits; 0 when arg is no pointer. */
  scanTarget(arg: Iface | null): [number, number] {
    if (arg === null || arg.t.kind !== Kind.Pointer || arg.t.elem === undefined) return [0, 0];
    const e = arg.t.elem;
    const bits = e.size * 8;
    switch (e.kind) {
      case Kind.Bool: return [1, 8];
      case Kind.Int: case Kind.Int8: case Kind.Int16: case Kind.Int32: case Kind.Int64: return [2, bits];
      case Kind.Uint: case Kind.Uint8: case Kind.Uint16: case Kind.Uint32: case Kind.Uint64: case Kind.Uintptr: return [3, bits];
      case Kind.Float32: case Kind.Float64: return [4, bits];
      case Kind.Complex64: case Kind.Complex128: return [5, bits];
      case Kind.String: return [6, bits];
      case Kind.Slice: return [e.elem?.kind === Kind.Uint8 ? 7 : 8, 0];
      default: return [9, 0];
    }
  },
  /** scanStore(arg, v): *arg = v, v converted to the pointee's representation (reflect's
   *  SetInt, SetUint, SetFloat, SetComplex, SetString, SetBool, Set of a []byte). */
  scanStore(arg: Iface, v: Iface): void {
    const e = arg.t.elem!;
    let x = v.v;
    if (e.kind === Kind.Float32) x = Math.fround(x as number);
    else if (e.kind === Kind.Complex64) x = new Complex(Math.fround((x as Complex).re), Math.fround((x as Complex).im));
    else if (typeof x === "bigint" && e.size < 8) x = Number(x);
    (arg.v as Ptr).set(x);
  },
  /** errorf(format, a...) (string, error): the message and the operand of its %w, if any. */
  errorf: function* (format: string, a: Slice | null) {
    const p = new Printer();
    p.wrapErrs = true;
    yield* p.doPrintf(format, argsOf(a));
    const w: Iface | null = p.wrappedErr;
    return [p.buf, w];
  },
};
