// fmt's printer: walks Go values by their run-time types and drives the formatter.
//
// Models Go 1.19's fmt/print.go (pp: printArg, handleMethods, catchPanic, printValue,
// fmtPointer, fmtBytes, badVerb, doPrintf, doPrint, doPrintln).
//
// Terms:
//   - arg: the operand being printed, as an interface value (Iface | null).
//   - value: what reflect.Value is in Go: a run-time type and a value, plus canIface (false when
//     reached through an unexported struct field, so its methods must not be called).
//   - May call Go code: String(), Error(), GoString() and Format() methods; every function
//     that can reach one is a generator, and those calls are yield points.
//
// Invariants:
//   - Methods are only called when the value could be converted to an interface in Go.
//   - A panic in a called method is caught and printed as %!v(PANIC=String method: ...), unless
//     a panic is already being printed (then it propagates, as in Go).
//
// Simplifications vs real Go:
//   - Method sets are matched by method name (RMethod carries no signature); a method named
//     String with another signature would be called as if it were fmt.Stringer's.
//   - fmt.Formatter is honoured through a State built in TS (see fmt_state.ts).
//   - A reflect.Value operand prints the value it holds, as printArg's case reflect.Value does
//     (reflect_value.ts reads it).

import { GoPanic } from "../../runtime/panic.js";
import { toGoPanic } from "../../runtime/panicking.js";
import { S } from "../../runtime/state.js";
import { withStackCharge } from "../../runtime/runtime2.js";
import { sliceOf, types } from "../../runtime/rtypes.js";
import { Complex, Iface, Kind, Ptr, Slice, type RMethod, type RType } from "../../runtime/value.js";
import { Fmt, ldigits, udigits, type IntVal } from "./fmt_format.js";
import { pointerOf, sortedEntries } from "./fmt_sort.js";
import { doPrintf } from "./fmt_printf.js";
import { formatterState } from "./fmt_state.js";
import { reflectValueParts, type Val } from "./reflect_value.js";

type Gen<T = void> = Generator<any, T, any>;

const bytesType = sliceOf(types.uint8);

/**
 * The method of t that implements one of fmt's interfaces: Formatter's Format(State, rune),
 * or Stringer's, GoStringer's and error's String, GoString and Error, each `() string`. As Go's
 * type assertions do, a method of that name with another signature does not count (time.Time's
 * Format(layout string) string is no Formatter). A native method without a type is taken by name.
 */
function findMethod(t: RType, name: string): RMethod | undefined {
  const ms = t.methods;
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i]!;
    if (m.name !== name) continue;
    const f = m.mtyp;
    if (f === undefined || f.params === undefined || f.results === undefined) return m;
    const ok = name === "Format"
      ? f.params.length === 2 && f.params[0]!.kind === Kind.Interface && f.params[1]!.kind === Kind.Int32 && f.results.length === 0 && !f.variadic
      : f.params.length === 0 && f.results.length === 1 && f.results[0]!.kind === Kind.String;
    return ok ? m : undefined;
  }
  return undefined;
}

/** The bytes of a []byte or [N]byte value as a byte string. */
function bytesOf(t: RType, v: any): string {
  if (t.kind === Kind.Slice) {
    const s = v as Slice | null;
    if (s === null) return "";
    return String.fromCharCode.apply(null, s.a.slice(s.off, s.off + s.len));
  }
  return String.fromCharCode.apply(null, v as number[]);
}

export class Printer {
  readonly fmt = new Fmt();
  arg: Iface | null = null;
  value: { t: RType; v: any } | undefined = undefined;
  erroring = false;
  panicking = false;
  wrapErrs = false;
  wrappedErr: Iface | null = null;
  reordered = false;
  goodArgNum = true;

  get buf(): string {
    return this.fmt.buf;
  }

  write(s: string): void {
    this.fmt.buf += s;
  }

  *badVerb(verb: string): Gen {
    this.erroring = true;
    this.write("%!" + verb + "(");
    if (this.arg !== null) {
      this.write(this.arg.t.str + "=");
      yield* this.printArg(this.arg, "v");
    } else if (this.value !== undefined) {
      this.write(this.value.t.str + "=");
      yield* this.printValue(this.value.t, this.value.v, "v", 0, false);
    } else {
      this.write("<nil>");
    }
    this.write(")");
    this.erroring = false;
  }

  *fmtBool(v: boolean, verb: string): Gen {
    if (verb === "t" || verb === "v") this.fmt.fmtBoolean(v);
    else yield* this.badVerb(verb);
  }

  fmt0x64(v: IntVal, leading0x: boolean): void {
    const sharp = this.fmt.sharp;
    this.fmt.sharp = leading0x;
    this.fmt.fmtInteger(v, 16, false, "v", ldigits);
    this.fmt.sharp = sharp;
  }

  *fmtInteger(v: IntVal, isSigned: boolean, verb: string): Gen {
    if (!this.fmtIntegerPlain(v, isSigned, verb)) yield* this.badVerb(verb);
  }

  /** fmtInteger's verbs, as a plain call: false for a verb it does not take (badVerb's). */
  fmtIntegerPlain(v: IntVal, isSigned: boolean, verb: string): boolean {
    const f = this.fmt;
    switch (verb) {
      case "v":
        if (f.sharpV && !isSigned) this.fmt0x64(v, true);
        else if (!f.widPresent && !f.precPresent && !f.plus && !f.space) f.buf += String(v);
        else f.fmtInteger(v, 10, isSigned, verb, ldigits);
        return true;
      case "d": f.fmtInteger(v, 10, isSigned, verb, ldigits); return true;
      case "b": f.fmtInteger(v, 2, isSigned, verb, ldigits); return true;
      case "o": case "O": f.fmtInteger(v, 8, isSigned, verb, ldigits); return true;
      case "x": f.fmtInteger(v, 16, isSigned, verb, ldigits); return true;
      case "X": f.fmtInteger(v, 16, isSigned, verb, udigits); return true;
      case "c": f.fmtC(v); return true;
      case "q": f.fmtQc(v); return true;
      case "U": f.fmtUnicode(v); return true;
    }
    return false;
  }

  *fmtFloat(v: number, size: 32 | 64, verb: string): Gen {
    if (!this.fmtFloatPlain(v, size, verb)) yield* this.badVerb(verb);
  }

  /** fmtFloat's verbs, as a plain call: false for a verb it does not take (badVerb's). */
  fmtFloatPlain(v: number, size: 32 | 64, verb: string): boolean {
    switch (verb) {
      case "v": this.fmt.fmtFloat(v, size, "g", -1); return true;
      case "b": case "g": case "G": case "x": case "X": this.fmt.fmtFloat(v, size, verb, -1); return true;
      case "f": case "e": case "E": this.fmt.fmtFloat(v, size, verb, 6); return true;
      case "F": this.fmt.fmtFloat(v, size, "f", 6); return true;
    }
    return false;
  }

  *fmtComplex(v: Complex, size: 64 | 128, verb: string): Gen {
    if (!"vbgGxXfFeE".includes(verb)) {
      yield* this.badVerb(verb);
      return;
    }
    const oldPlus = this.fmt.plus;
    this.write("(");
    yield* this.fmtFloat(v.re, size === 64 ? 32 : 64, verb);
    this.fmt.plus = true;
    yield* this.fmtFloat(v.im, size === 64 ? 32 : 64, verb);
    this.write("i)");
    this.fmt.plus = oldPlus;
  }

  *fmtString(v: string, verb: string): Gen {
    if (!this.fmtStringPlain(v, verb)) yield* this.badVerb(verb);
  }

  /** fmtString's verbs, as a plain call: false for a verb it does not take (badVerb's). */
  fmtStringPlain(v: string, verb: string): boolean {
    const f = this.fmt;
    switch (verb) {
      case "v":
        if (f.sharpV) f.fmtQ(v);
        else if (!f.widPresent && !f.precPresent) f.buf += v;
        else f.fmtS(v);
        return true;
      case "s": f.fmtS(v); return true;
      case "x": f.fmtSbx(v, ldigits); return true;
      case "X": f.fmtSbx(v, udigits); return true;
      case "q": f.fmtQ(v); return true;
    }
    return false;
  }

  *fmtBytes(t: RType, v: any, verb: string, typeString: string): Gen {
    const f = this.fmt;
    const b = bytesOf(t, v);
    switch (verb) {
      case "v": case "d":
        if (f.sharpV) {
          this.write(typeString);
          if (v === null) {
            this.write("(nil)");
            return;
          }
          this.write("{");
          for (let i = 0; i < b.length; i++) {
            if (i > 0) this.write(", ");
            this.fmt0x64(b.charCodeAt(i), true);
          }
          this.write("}");
        } else {
          this.write("[");
          for (let i = 0; i < b.length; i++) {
            if (i > 0) this.write(" ");
            f.fmtInteger(b.charCodeAt(i), 10, false, verb, ldigits);
          }
          this.write("]");
        }
        return;
      case "s": f.fmtS(b); return;
      case "x": f.fmtSbx(b, ldigits); return;
      case "X": f.fmtSbx(b, udigits); return;
      case "q": f.fmtQ(b); return;
      default: yield* this.printValue(t, v, verb, 0, true);
    }
  }

  *fmtPointer(t: RType, v: any, verb: string): Gen {
    switch (t.kind) {
      case Kind.Chan: case Kind.Func: case Kind.Map: case Kind.Pointer: case Kind.Slice:
      case Kind.UnsafePointer:
        break;
      default:
        yield* this.badVerb(verb);
        return;
    }
    const u = pointerOf(t, v);
    switch (verb) {
      case "v":
        if (this.fmt.sharpV) {
          this.write("(" + t.str + ")(");
          if (u === 0) this.write("nil");
          else this.fmt0x64(u, true);
          this.write(")");
        } else if (u === 0) {
          this.fmt.pad("<nil>");
        } else {
          this.fmt0x64(u, !this.fmt.sharp);
        }
        return;
      case "p": this.fmt0x64(u, !this.fmt.sharp); return;
      case "b": case "o": case "d": case "x": case "X": yield* this.fmtInteger(u, false, verb); return;
      default: yield* this.badVerb(verb);
    }
  }

  /** catchPanic's body: print the panic of a String/Error/GoString/Format method, called at
   *  depth d. A recovered panic's frames go, as a recover's do: the goroutine is at d again. */
  *caught(e: unknown, arg: Iface, verb: string, method: string, d: number): Gen {
    // A nil dereference in the method arrives as the host's TypeError: catchPanic recovers it
    // as the runtime error it is.
    if (!(e instanceof GoPanic)) e = toGoPanic(S.g, e);
    if (!(e instanceof GoPanic) || e.goexit) throw e;
    if (arg.t.kind === Kind.Pointer && arg.v === null) {
      if (S.g) S.g.d = d;
      this.write("<nil>");
      return;
    }
    if (this.panicking) throw e;
    if (S.g) S.g.d = d;
    e.recovered = true;
    const old = this.fmt.saveFlags();
    this.fmt.clearflags();
    this.write("%!" + verb + "(PANIC=" + method + " method: ");
    this.panicking = true;
    yield* this.printArg(e.value, "v");
    this.panicking = false;
    this.write(")");
    this.fmt.restoreFlags(old);
  }

  /** Call a method returning a string and print the result with fmtString (or fmtS). */
  *callStringMethod(arg: Iface, m: RMethod, verb: string, method: string, plain: boolean): Gen<boolean> {
    const d = S.g?.d ?? 0;
    try {
      const s = (yield* chargeFmtFrames(() => m.fn(arg.v))) as string;
      if (plain) this.fmt.fmtS(s);
      else yield* this.fmtString(s, verb);
    } catch (e) {
      yield* this.caught(e, arg, verb, method, d);
    }
    return true;
  }

  *handleMethods(verb: string): Gen<boolean> {
    if (this.erroring) return false;
    const arg = this.arg;
    if (arg === null) return false;
    if (verb === "w") {
      const isErr = findMethod(arg.t, "Error") !== undefined;
      if (!isErr || !this.wrapErrs || this.wrappedErr !== null) {
        this.wrappedErr = null;
        this.wrapErrs = false;
        yield* this.badVerb(verb);
        return true;
      }
      this.wrappedErr = arg;
      verb = "v";
    }
    if (arg.t.methods.length === 0) return false;
    const format = findMethod(arg.t, "Format");
    if (format !== undefined) {
      const d = S.g?.d ?? 0;
      try {
        yield* chargeFmtFrames(() => format.fn(arg.v, formatterState(this), verb.codePointAt(0)!));
      } catch (e) {
        yield* this.caught(e, arg, verb, "Format", d);
      }
      return true;
    }
    if (this.fmt.sharpV) {
      const gs = findMethod(arg.t, "GoString");
      if (gs !== undefined) return yield* this.callStringMethod(arg, gs, verb, "GoString", true);
      return false;
    }
    if (verb === "v" || verb === "s" || verb === "x" || verb === "X" || verb === "q") {
      const err = findMethod(arg.t, "Error");
      if (err !== undefined) return yield* this.callStringMethod(arg, err, verb, "Error", false);
      const str = findMethod(arg.t, "String");
      if (str !== undefined) return yield* this.callStringMethod(arg, str, verb, "String", false);
    }
    return false;
  }

  /** printArg as a plain call for an operand of an unnamed integer, float or string type with
   *  a verb that needs no method and cannot reach badVerb: the same state changes and output.
   *  False when printArg must run (it then starts over from the same state). Saves a generator
   *  per such operand (1M Sprintf("%d %d %s"): 1.70 -> 1.41 s CPU, best of 4). */
  printArgPlain(arg: Iface | null, verb: string): boolean {
    if (arg === null || verb === "T" || verb === "p") return false;
    const t = arg.t;
    if (t.named) return false;
    this.arg = arg;
    this.value = undefined;
    if (t.kind <= Kind.Complex128) return this.printBasicPlain(t, arg.v, verb);
    return t.kind === Kind.String && this.fmtStringPlain(arg.v as string, verb);
  }

  *printArg(arg: Iface | null, verb: string): Gen {
    this.arg = arg;
    this.value = undefined;
    if (arg === null) {
      if (verb === "T" || verb === "v") this.fmt.pad("<nil>");
      else yield* this.badVerb(verb);
      return;
    }
    const t = arg.t;
    if (verb === "T") {
      this.fmt.fmtS(t.str);
      return;
    }
    if (verb === "p") {
      yield* this.fmtPointer(t, arg.v, "p");
      return;
    }
    if (t.named && t.name === "Value" && t.pkgPath === "reflect") {
      yield* this.printReflectValue(arg.v as Val, verb);
    } else if (!t.named && t.kind <= Kind.Complex128) {
      if (!this.printBasicPlain(t, arg.v, verb)) yield* this.printBasic(t, arg.v, verb);
    } else if (t.kind === Kind.String && !t.named) {
      yield* this.fmtString(arg.v as string, verb);
    } else if (t === bytesType) {
      yield* this.fmtBytes(t, arg.v, verb, "[]byte");
    } else if (!(yield* this.handleMethods(verb))) {
      yield* this.printValue(t, arg.v, verb, 0, true);
    }
  }

  /** printArg's case reflect.Value: the value it holds, with its methods when it could be
   *  converted to an interface (Interface() would not panic). */
  *printReflectValue(rv: Val, verb: string): Gen {
    const parts = reflectValueParts(rv);
    if (parts !== undefined && parts.canIface) {
      this.arg = parts.t.kind === Kind.Interface ? (parts.x as Iface | null) : new Iface(parts.t, parts.x);
      if (yield* this.handleMethods(verb)) return;
    }
    yield* this.printValue(parts?.t, parts?.x, verb, 0, parts?.canIface ?? true);
  }

  /** printBasic's integer and float cases as a plain call: they reach no method and never
   *  yield, except through badVerb, for which it returns false and leaves them to printBasic.
   *  Saves two generators per argument (strbuild: 1.65 -> 1.51 s CPU). */
  printBasicPlain(t: RType, v: any, verb: string): boolean {
    const k = t.kind;
    if (k >= Kind.Int && k <= Kind.Uintptr) return this.fmtIntegerPlain(v, k <= Kind.Int64, verb);
    if (k === Kind.Float32 || k === Kind.Float64) return this.fmtFloatPlain(v, k === Kind.Float32 ? 32 : 64, verb);
    return false;
  }

  /** The kernels for bool, the integer kinds, floats and complex numbers. */
  *printBasic(t: RType, v: any, verb: string): Gen {
    switch (t.kind) {
      case Kind.Bool: yield* this.fmtBool(v, verb); return;
      case Kind.Int: case Kind.Int8: case Kind.Int16: case Kind.Int32: case Kind.Int64:
        yield* this.fmtInteger(v, true, verb); return;
      case Kind.Uint: case Kind.Uint8: case Kind.Uint16: case Kind.Uint32: case Kind.Uint64:
      case Kind.Uintptr:
        yield* this.fmtInteger(v, false, verb); return;
      case Kind.Float32: yield* this.fmtFloat(v, 32, verb); return;
      case Kind.Float64: yield* this.fmtFloat(v, 64, verb); return;
      case Kind.Complex64: yield* this.fmtComplex(v, 64, verb); return;
      case Kind.Complex128: yield* this.fmtComplex(v, 128, verb); return;
      default: throw new Error("printBasic: " + t.str);
    }
  }

  /** printValue: t is undefined for an invalid (nil interface) value. */
  *printValue(t: RType | undefined, v: any, verb: string, depth: number, canIface: boolean): Gen {
    if (depth > 0 && t !== undefined && canIface && (t.methods.length > 0 || verb === "w")) {
      this.arg = new Iface(t, v);
      if (yield* this.handleMethods(verb)) return;
    }
    this.arg = null;
    if (t === undefined) {
      this.value = undefined;
      if (depth === 0) this.write("<invalid reflect.Value>");
      else if (verb === "v") this.write("<nil>");
      else yield* this.badVerb(verb);
      return;
    }
    this.value = { t, v };
    if (t.kind <= Kind.Complex128) {
      if (!this.printBasicPlain(t, v, verb)) yield* this.printBasic(t, v, verb);
      return;
    }
    switch (t.kind) {
      case Kind.String: yield* this.fmtString(v, verb); return;
      case Kind.Map: yield* this.printMap(t, v, verb, depth, canIface); return;
      case Kind.Struct: yield* this.printStruct(t, v, verb, depth, canIface); return;
      case Kind.Interface:
        if (v === null) this.write(this.fmt.sharpV ? t.str + "(nil)" : "<nil>");
        else yield* this.printValue((v as Iface).t, (v as Iface).v, verb, depth + 1, canIface);
        return;
      case Kind.Array: case Kind.Slice: yield* this.printList(t, v, verb, depth, canIface); return;
      case Kind.Pointer:
        if (depth === 0 && v !== null) {
          const e = t.elem!;
          if (e.kind === Kind.Array || e.kind === Kind.Struct) {
            this.write("&");
            yield* this.printValue(e, v, verb, depth + 1, canIface);
            return;
          }
          if (e.kind === Kind.Slice || e.kind === Kind.Map) {
            this.write("&");
            yield* this.printValue(e, (v as Ptr).get(), verb, depth + 1, canIface);
            return;
          }
        }
        yield* this.fmtPointer(t, v, verb);
        return;
      case Kind.Chan: case Kind.Func: case Kind.UnsafePointer:
        yield* this.fmtPointer(t, v, verb);
        return;
      default:
        this.write("?" + t.str + "?");
    }
  }

  *printMap(t: RType, v: any, verb: string, depth: number, canIface: boolean): Gen {
    const sharpV = this.fmt.sharpV;
    if (sharpV) {
      this.write(t.str);
      if (v === null) {
        this.write("(nil)");
        return;
      }
      this.write("{");
    } else {
      this.write("map[");
    }
    const entries = v === null ? [] : sortedEntries(t, v);
    for (let i = 0; i < entries.length; i++) {
      if (i > 0) this.write(sharpV ? ", " : " ");
      yield* this.printValue(t.key!, entries[i]![0], verb, depth + 1, canIface);
      this.write(":");
      yield* this.printValue(t.elem!, entries[i]![1], verb, depth + 1, canIface);
    }
    this.write(sharpV ? "}" : "]");
  }

  *printStruct(t: RType, v: any, verb: string, depth: number, canIface: boolean): Gen {
    const sharpV = this.fmt.sharpV;
    if (sharpV) this.write(t.str);
    this.write("{");
    const fields = t.fields!;
    for (let i = 0; i < fields.length; i++) {
      const f = fields[i]!;
      if (i > 0) this.write(sharpV ? ", " : " ");
      if ((this.fmt.plusV || sharpV) && f.name !== "") this.write(f.name + ":");
      let ft: RType = f.type;
      let fv = v[f.prop];
      // getField: a non-nil interface field is printed as its dynamic value.
      if (ft.kind === Kind.Interface && fv !== null) {
        ft = (fv as Iface).t;
        fv = (fv as Iface).v;
      }
      yield* this.printValue(ft, fv, verb, depth + 1, canIface && f.exported);
    }
    this.write("}");
  }

  *printList(t: RType, v: any, verb: string, depth: number, canIface: boolean): Gen {
    if ((verb === "s" || verb === "q" || verb === "x" || verb === "X") && t.elem!.kind === Kind.Uint8) {
      yield* this.fmtBytes(t, v, verb, t.str);
      return;
    }
    const isSlice = t.kind === Kind.Slice;
    const a: any[] = isSlice ? (v === null ? [] : (v as Slice).a) : v;
    const off = isSlice && v !== null ? (v as Slice).off : 0;
    const n = isSlice ? (v === null ? 0 : (v as Slice).len) : t.len!;
    const sharpV = this.fmt.sharpV;
    if (sharpV) {
      this.write(t.str);
      if (isSlice && v === null) {
        this.write("(nil)");
        return;
      }
      this.write("{");
    } else {
      this.write("[");
    }
    const e = t.elem!;
    for (let i = 0; i < n; i++) {
      if (i > 0) this.write(sharpV ? ", " : " ");
      yield* this.printValue(e, a[off + i], verb, depth + 1, canIface);
    }
    this.write(sharpV ? "}" : "]");
  }

  *doPrintf(format: string, a: (Iface | null)[]): Gen {
    yield* doPrintf(this, format, a);
  }

  *doPrint(a: (Iface | null)[]): Gen {
    let prevString = false;
    for (let k = 0; k < a.length; k++) {
      const arg = a[k]!;
      const isString = arg !== null && arg.t.kind === Kind.String;
      if (k > 0 && !isString && !prevString) this.write(" ");
      if (!this.printArgPlain(arg, "v")) yield* this.printArg(arg, "v");
      prevString = isString;
    }
  }

  *doPrintln(a: (Iface | null)[]): Gen {
    for (let k = 0; k < a.length; k++) {
      if (k > 0) this.write(" ");
      if (!this.printArgPlain(a[k]!, "v")) yield* this.printArg(a[k]!, "v");
    }
    this.write("\n");
  }
}

/** The operands of a variadic ...any parameter as a JS array. */
export function argsOf(a: Slice | null): (Iface | null)[] {
  if (a === null) return [];
  return a.off === 0 && a.len === a.a.length ? a.a : a.a.slice(a.off, a.off + a.len);
}

/**
 * The goroutine stack that Go's fmt frames take between a Print function's caller and a
 * String, Error, GoString or Format method it calls, on Go 1.19 amd64: Sprintf 80, doPrintf 240,
 * printArg 152 and handleMethods 584 bytes, each with its return address. gort's fmt is native
 * and pushes no frames, so without this charge a String method that formats its own receiver
 * recursed 400,000 levels (15 MiB of stack) where Go dies of a stack overflow after 455,000 at
 * 1 GB, and gort took 6 s and 1.2 GB of host memory to reach its --heap-limit.
 */
const fmtFramesBytes = 1088;
/** Run call (a method fmt calls) charged fmtFramesBytes. (Unit tests of fmt run it with no
 *  goroutine.) */
function chargeFmtFrames<T>(call: () => Gen<T>): Gen<T> {
  const g = S.g as typeof S.g | undefined;
  if (g === undefined || g === null) return call();
  return withStackCharge(g.fr[g.d]!, fmtFramesBytes, call) as Gen<T>;
}
