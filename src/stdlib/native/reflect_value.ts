// The natives of reflect.Value: reading, setting and calling gort's values through reflection.
//
// Models Go 1.19's reflect/value.go (Value's methods, ValueOf, Zero, New, MakeSlice, MakeMap,
// MakeChan, Append, AppendSlice, Copy, Select, MapIter), reflect/makefunc.go (MakeFunc) and
// reflect/swapper.go's swap, with Go's panics (*ValueError where Go raises one) at Go's
// positions in value.go, so that a traceback through them reads as Go's.
//
// Terms:
//   - v: a reflect.Value struct object {typ, ptr, flag} (stdlib/reflect/value.go). typ is a
//     TypeHandle (reflect_type.ts), flag has Go's bits.
//   - the word: v.ptr. Without flagIndir it is the value itself (value.ts representation). With
//     flagIndir it is a gort pointer to the value: a Ptr (container, key) for a value that is not
//     a struct or an array, and for a struct or an array the object itself, since a pointer to
//     one is the object (value.ts). flagAddr implies flagIndir here.
//   - load(v): the current value; store(v, x): write x to the variable an addressable v stands
//     for (a struct or an array is overwritten in place, so pointers to it stay valid).
//
// Invariants:
//   - A value handed out of reflection (Interface, Call arguments, Set, SetMapIndex, Append) is a
//     Go copy (RType.clone): structs and arrays never alias the variable they were read from.
//   - Natives that can run Go code or block (Call, map and channel operations, MapIter.Next,
//     FieldByNameFunc, Select, a MakeFunc func) are generators; the rest are plain.
//   - flagRO is inherited as Go inherits it (Field of an unexported field sets it; Elem,
//     Index and map reads keep it), and CanSet, Interface and Call refuse such values.
//
// Simplifications vs real Go:
//   - Method(i) returns a bound func Value at once (Go keeps the receiver and a method index
//     in the flag until the call); the receiver is read when the func is called, as in Go.
//   - Pointer and UnsafeAddr return gort's stand-in addresses (the ones %p prints).
//   - A MakeFunc func whose results are wrong names "closure" in its panic (Go names the func).

import * as i64 from "../../base/int64.js";
import { pointerAddr } from "../../runtime/addr.js";
import { chanlen, chancap, chanrecv2, chansend, closechan, makechan, selectgo, type HChan, type Scase } from "../../runtime/chan.js";
import { tramp } from "../../runtime/gogo.js";
import { mapType } from "../../runtime/link.js";
import { makemap, mapaccess2, mapassign, mapdelete, maplen, type Hmap } from "../../runtime/map.js";
import { mapiterinit, mapiternext, type Hiter } from "../../runtime/map_iter.js";
import { typedmemmove } from "../../runtime/mbarrier.js";
import { convT, newobject } from "../../runtime/newobject.js";
import * as ops from "../../runtime/ops.js";
import { rt } from "../../runtime/rt.js";
import { ptrTo, sliceOf, types } from "../../runtime/rtypes.js";
import { S } from "../../runtime/state.js";
import { Complex, Iface, Kind, Ptr, Slice, type RType } from "../../runtime/value.js";
import { pointerOf } from "./fmt_sort.js";
import { funcEntryPC } from "./runtime.js";
import {
  convertOp, directlyAssignable, exportedMethods, fieldIndexByName, implementsIface, makeValue,
  methodType, numMethod, raiseString, raiseValueError, reg, rtypeOf, searchField, toType,
  unsupported, type ConvOp, type Site, type TypeHandle,
} from "./reflect_type.js";

type Gen<T> = Generator<any, T, any>;

/** A reflect.Value struct object. */
export interface Val {
  typ: TypeHandle | null;
  ptr: any;
  flag: number;
}

// Go's flag bits (value.go).
const flagKindMask = 0x1f;
const flagStickyRO = 1 << 5;
const flagEmbedRO = 1 << 6;
const flagIndir = 1 << 7;
const flagAddr = 1 << 8;
const flagRO = flagStickyRO | flagEmbedRO;

const F = (v: Val): number => v.flag as number;
const kindOf = (v: Val): Kind => (F(v) & flagKindMask) as Kind;
/** v's type; undefined only for the zero Value, which callers check by kind first. */
const typeOf = (v: Val): RType => v.typ?.t as RType;
const ro = (f: number): number => ((f & flagRO) !== 0 ? flagStickyRO : 0);

function isAgg(t: RType): boolean {
  return t.kind === Kind.Struct || t.kind === Kind.Array;
}

/** The value of v (see the header). */
export function load(v: Val): any {
  if ((F(v) & flagIndir) === 0) return v.ptr;
  return isAgg(typeOf(v)) ? v.ptr : (v.ptr as Ptr).get();
}

/** The zero Value. */
function invalid(): Val {
  return reg().value.zero() as Val;
}


/** *v = x for an addressable v (x already of v's type, as assignTo makes it). */
function store(v: Val, x: any): void {
  const t = typeOf(v);
  if (isAgg(t)) typedmemmove(t, v.ptr, x);
  else (v.ptr as Ptr).set(x);
}

// ---- Panics at Go's positions -----------------------------------------------------------------

const V = (m: string, line: number): Site => [`reflect.Value.${m}`, `value.go:${line}`];
const mustBeSite: Site = ["reflect.flag.mustBe", "value.go:221"];

/** v.mustBe(k) called from method m at line: a *ValueError naming the method. */
function mustBe(v: Val, k: Kind, m: string, line: number, name = `reflect.Value.${m}`, outer: Site[] = [V(m, line)]): void {
  if (kindOf(v) !== k) raiseValueError(name, kindOf(v), [...outer, mustBeSite]);
}

/** v.mustBeExported() called from method m at line. */
function mustBeExported(v: Val, m: string, line: number, name = `reflect.Value.${m}`, outer: Site[] = [V(m, line)]): void {
  const f = F(v);
  if (f !== 0 && (f & flagRO) === 0) return;
  const sites: Site[] = [...outer, ["reflect.flag.mustBeExported", "value.go:229"]];
  if (f === 0) raiseValueError(name, Kind.Invalid, [...sites, ["reflect.flag.mustBeExportedSlow", "value.go:235"]]);
  raiseString(`reflect: ${name} using value obtained using unexported field`, [...sites, ["reflect.flag.mustBeExportedSlow", "value.go:238"]]);
}

/** v.mustBeAssignable() called from method m at line. */
function mustBeAssignable(v: Val, m: string, line: number, name = `reflect.Value.${m}`, outer: Site[] = [V(m, line)]): void {
  const f = F(v);
  if ((f & flagRO) === 0 && (f & flagAddr) !== 0) return;
  const sites: Site[] = [...outer, ["reflect.flag.mustBeAssignable", "value.go:247"]];
  const slow = (line: number): Site[] => [...sites, ["reflect.flag.mustBeAssignableSlow", `value.go:${line}`]];
  if (f === 0) raiseValueError(name, Kind.Invalid, slow(253));
  if ((f & flagRO) !== 0) raiseString(`reflect: ${name} using value obtained using unexported field`, slow(257));
  raiseString(`reflect: ${name} using unaddressable value`, slow(260));
}

// ---- Conversions between Values and stored values ---------------------------------------------

/** Value.assignTo (value.go): x as a value to store in a location of type dst, copied. */
function assignTo(x: Val, dst: RType, context: string, sites: Site[]): any {
  const xt = typeOf(x);
  if (directlyAssignable(dst, xt)) return xt.clone(load(x));
  if (dst.kind === Kind.Interface && implementsIface(dst, xt)) {
    if (xt.kind === Kind.Interface) return load(x);
    return convT(xt, xt.clone(load(x)));
  }
  return raiseString(`${context}: value of type ${xt.str} is not assignable to type ${dst.str}`, [...sites, ["reflect.Value.assignTo", "value.go:3145"]]);
}

function assignable(xt: RType, dst: RType): boolean {
  return directlyAssignable(dst, xt) || (dst.kind === Kind.Interface && implementsIface(dst, xt));
}

/** valueInterface (value.go): v's value as an interface value. */
function valueInterface(v: Val, safe: boolean, sites: Site[]): Iface | null {
  if (F(v) === 0) raiseValueError("reflect.Value.Interface", Kind.Invalid, [...sites, ["reflect.valueInterface", "value.go:1483"]]);
  if (safe && (F(v) & flagRO) !== 0) {
    raiseString("reflect.Value.Interface: cannot return value obtained from unexported field or method", [...sites, ["reflect.valueInterface", "value.go:1489"]]);
  }
  const t = typeOf(v);
  if (t.kind === Kind.Interface) return load(v) as Iface | null;
  return convT(t, t.clone(load(v)));
}

/** For fmt: the type, value and CanInterface of a reflect.Value (undefined: the zero Value). */
export function reflectValueParts(v: Val): { t: RType; x: any; canIface: boolean } | undefined {
  if (F(v) === 0) return undefined;
  return { t: typeOf(v), x: load(v), canIface: (F(v) & flagRO) === 0 };
}

/** x (an I64 or a narrower integer) wrapped to integer kind k, as a Go conversion does. */
function wrapInt(x: number | bigint, k: Kind): number | bigint {
  switch (k) {
    case Kind.Int: case Kind.Int64: return i64.toInt64(x);
    case Kind.Uint: case Kind.Uint64: case Kind.Uintptr: return i64.toUint64(x);
    case Kind.Int32: return i64.toInt32(x);
    case Kind.Uint32: return i64.toUint32(x);
    case Kind.Int16: return i64.toInt16(x);
    case Kind.Uint16: return i64.toUint16(x);
    case Kind.Int8: return i64.toInt8(x);
    case Kind.Uint8: return i64.toUint8(x);
  }
  throw new Error("wrapInt: kind " + k);
}

const isSigned = (k: Kind): boolean => k >= Kind.Int && k <= Kind.Int64;
const isUnsigned = (k: Kind): boolean => k >= Kind.Uint && k <= Kind.Uintptr;
const isFloatK = (k: Kind): boolean => k === Kind.Float32 || k === Kind.Float64;

/** The value x of type from converted to type to by conversion op (convertOp's cvt* funcs). */
function convertValue(op: ConvOp, x: any, from: RType, to: RType): any {
  const fk = from.kind;
  const tk = to.kind;
  switch (op) {
    case "int":
      if (isFloatK(fk)) return wrapInt(isUnsigned(tk) ? i64.fromFloatU(x) : i64.fromFloat(x), tk);
      return wrapInt(x, tk);
    case "float": {
      const f = isFloatK(fk) ? x : i64.toFloat(x);
      return tk === Kind.Float32 ? Math.fround(f) : f;
    }
    case "complex":
      return tk === Kind.Complex64 ? new Complex(Math.fround((x as Complex).re), Math.fround((x as Complex).im)) : x;
    case "itos": {
      // A value outside rune's range is U+FFFD (cvtIntString, cvtUintString).
      const ok = isSigned(fk) ? i64.toInt32(x) === x : typeof x === "number" && x <= 0x7fffffff;
      return ok ? ops.runeToString(x) : "\xef\xbf\xbd";
    }
    case "bytes2s": return ops.bytesToString(x);
    case "runes2s": return ops.runesToString(x);
    case "s2bytes": return ops.stringToBytes(x);
    case "s2runes": return ops.stringToRunes(x);
    case "slice2arrayptr": {
      const n = to.elem!.len!;
      const len = x === null ? 0 : (x as Slice).len;
      if (n > len) {
        raiseString(`reflect: cannot convert slice with length ${len} to pointer to array with length ${n}`, [V("Convert", 3161), ["reflect.cvtSliceArrayPtr", "value.go:3442"]]);
      }
      return ops.sliceToArrayPtr(x, to.elem!);
    }
    case "same": return from.clone(x);
    case "iface": return convT(from, from.clone(x));
    case "iface2iface": return x;
  }
}

// ---- Calls ----------------------------------------------------------------------------------------

/** The JS value of a []Value argument list. */
function valuesOf(s: Slice | null): Val[] {
  if (s === null) return [];
  return s.a.slice(s.off, s.off + s.len) as Val[];
}

/** A []Value over vals. */
function valueSlice(vals: Val[]): Slice {
  return new Slice(vals, 0, vals.length, vals.length);
}

/** The results of a call of a func of type t, as Values. */
function resultValues(t: RType, r: any): Val[] {
  const rs = t.results!;
  if (rs.length === 0) return [];
  if (rs.length === 1) return [makeValue(rs[0]!, r, 0)];
  return rs.map((rt, i) => makeValue(rt, (r as any[])[i], 0));
}

/** Value.Call and CallSlice (value.go's call): check and convert the arguments, call. */
function* call(v: Val, op: "Call" | "CallSlice", inS: Slice | null): Gen<Slice> {
  const callLine = op === "Call" ? 368 : 381;
  mustBe(v, Kind.Func, op, op === "Call" ? 366 : 379);
  mustBeExported(v, op, op === "Call" ? 367 : 380);
  const t = typeOf(v);
  const fn = load(v) as ((...a: any[]) => Gen<any>) | null;
  const at = (line: number): Site[] => [V(op, callLine), ["reflect.Value.call", `value.go:${line}`]];
  if (fn === null) raiseString("reflect.Value.Call: call of nil function", at(406));
  let ins = valuesOf(inS);
  const params = t.params!;
  const variadic = !!t.variadic;
  let n = params.length;
  if (op === "CallSlice") {
    if (!variadic) raiseString("reflect: CallSlice of non-variadic function", at(414));
    if (ins.length < n) raiseString("reflect: CallSlice with too few input arguments", at(417));
    if (ins.length > n) raiseString("reflect: CallSlice with too many input arguments", at(420));
  } else {
    if (variadic) n--;
    if (ins.length < n) raiseString("reflect: Call with too few input arguments", at(427));
    if (!variadic && ins.length > n) raiseString("reflect: Call with too many input arguments", at(430));
  }
  for (const x of ins) if (kindOf(x) === Kind.Invalid) raiseString(`reflect: ${op} using zero Value argument`, at(435));
  for (let i = 0; i < n; i++) {
    const xt = typeOf(ins[i]!);
    if (!assignable(xt, params[i]!)) raiseString(`reflect: ${op} using ${xt.str} as type ${params[i]!.str}`, at(440));
  }
  const args: any[] = [];
  for (let i = 0; i < n; i++) {
    mustBeExported(ins[i]!, op, callLine, `reflect.Value.${op}`, at(517));
    args.push(assignTo(ins[i]!, params[i]!, "reflect.Value.Call", at(518)));
  }
  // CallSlice passes the variadic slice as the last of the n arguments; Call packs the rest.
  if (op === "Call" && variadic) {
    // Pack the extra arguments into a slice, as a call f(a, b...) does.
    const st = params[n]!;
    const elem = st.elem!;
    const extra = ins.slice(n);
    const vals: any[] = [];
    for (const x of extra) {
      const xt = typeOf(x);
      if (!assignable(xt, elem)) raiseString(`reflect: cannot use ${xt.str} as type ${elem.str} in ${op}`, at(451));
      mustBeExported(x, op, callLine, `reflect.Value.${op}`, at(517));
      vals.push(assignTo(x, elem, "reflect.Value.Call", at(518)));
    }
    args.push(vals.length === 0 ? null : ops.append(st, null, vals));
    ins = ins.slice(0, n);
  }
  const g = S.g;
  const d = g.d;
  g.pushRuntime("reflect.Value." + op, goroot + "value.go", callLine);
  g.pushRuntime("reflect.Value.call", goroot + "value.go", 584);
  const r = yield* tramp(fn!(...args));
  g.d = d;
  return valueSlice(resultValues(t, r));
}

const goroot = "/usr/lib/go-1.19/src/reflect/";

/** The func a MakeFunc Value holds: it packs its arguments into Values and calls fn. */
function makeFuncImpl(t: RType, fn: (in_: Slice) => Gen<Slice | null>): (...a: any[]) => Gen<any> {
  const params = t.params!;
  const results = t.results!;
  return function* (...a: any[]) {
    const ins = params.map((p, i) => makeValue(p, a[i], 0));
    const out = valuesOf(yield* fn(valueSlice(ins)));
    const where = (): Site[] => [["reflect.callReflect", "value.go:785"]];
    if (out.length !== results.length) raiseString("reflect: wrong return count from function created by MakeFunc", [["reflect.callReflect", "value.go:773"]]);
    const rs: any[] = [];
    for (let i = 0; i < results.length; i++) {
      const x = out[i]!;
      const rt_ = results[i]!;
      if (F(x) === 0) raiseString("reflect: function created by MakeFunc using closure returned zero Value", where());
      if ((F(x) & flagRO) !== 0) raiseString("reflect: function created by MakeFunc using closure returned value obtained from unexported field", where());
      if (rt_.kind !== Kind.Interface && typeOf(x) !== rt_) {
        raiseString(`reflect: function created by MakeFunc using closure returned wrong type: have ${typeOf(x).str} for ${rt_.str}`, [["reflect.callReflect", "value.go:781"]]);
      }
      rs.push(assignTo(x, rt_, "reflect.MakeFunc", [["reflect.callReflect", "value.go:790"]]));
    }
    return results.length === 0 ? undefined : results.length === 1 ? rs[0] : rs;
  };
}

// ---- Fields, elements and methods ---------------------------------------------------------------

function field(v: Val, i: number, sites: Site[]): Val {
  if (kindOf(v) !== Kind.Struct) raiseValueError("reflect.Value.Field", kindOf(v), sites);
  const t = typeOf(v);
  const fs = t.fields!;
  if (i < 0 || i >= fs.length) raiseString("reflect: Field index out of range", [V("Field", 1270)]);
  const f = fs[i]!;
  let fl = F(v) & (flagStickyRO | flagIndir | flagAddr);
  if (!f.exported) fl |= f.embedded ? flagEmbedRO : flagStickyRO;
  const obj = load(v);
  let ptr: any;
  if ((F(v) & flagIndir) !== 0) ptr = isAgg(f.type) ? obj[f.prop] : new Ptr(obj, f.prop);
  else ptr = obj[f.prop];
  return makeValue(f.type, ptr, fl);
}

function elem(v: Val): Val {
  switch (kindOf(v)) {
    case Kind.Interface: {
      const x = load(v) as Iface | null;
      if (x === null) return invalid();
      return makeValue(x.t, x.v, ro(F(v)));
    }
    case Kind.Pointer: {
      const p = load(v);
      if (p === null) return invalid();
      return makeValue(typeOf(v).elem!, p, (F(v) & flagRO) | flagIndir | flagAddr);
    }
  }
  return raiseValueError("reflect.Value.Elem", kindOf(v), [V("Elem", 1259)]);
}

function fieldByIndex(v: Val, index: number[], line: number): Val {
  if (index.length === 1) return field(v, index[0]!, [V("Field", 1266)]);
  mustBe(v, Kind.Struct, "FieldByIndex", line);
  for (let k = 0; k < index.length; k++) {
    if (k > 0 && kindOf(v) === Kind.Pointer && typeOf(v).elem!.kind === Kind.Struct) {
      if (load(v) === null) raiseString("reflect: indirection through nil pointer to embedded struct", [V("FieldByIndex", 1306)]);
      v = elem(v);
    }
    v = field(v, index[k]!, [V("Field", 1266)]);
  }
  return v;
}

function intsOf(s: Slice | null): number[] {
  if (s === null) return [];
  return (s.a.slice(s.off, s.off + s.len) as (number | bigint)[]).map((x) => (typeof x === "bigint" ? -1 : x));
}

const num = (x: number | bigint): number => (typeof x === "bigint" ? (x < 0n ? -1 : Number.MAX_SAFE_INTEGER) : x);

/** The receiver a method of v's type takes, read when the method is called. */
function method(v: Val, i: number, sites: Site[]): Val {
  const t = typeOf(v);
  if (i < 0 || i >= numMethod(t)) raiseString("reflect: Method index out of range", sites.length > 0 ? sites : [V("Method", 1915)]);
  if (t.kind === Kind.Interface) {
    const x = load(v) as Iface | null;
    if (x === null) raiseString("reflect: Method on nil interface value", [V("Method", 1918)]);
    const im = t.imethods![i]!;
    const m = x.t.methods.find((mm) => mm.name === im.name);
    if (m === undefined) unsupported(`reflect.Value.Method of ${im.name} on ${x.t.str}`);
    const recv = x.v;
    const f = function* (...a: any[]): Gen<any> {
      return yield* m.fn(recv, ...a);
    };
    return makeValue(im.type, f, ro(F(v)));
  }
  const m = exportedMethods(t)[i]!;
  const mt = methodType(t, m);
  const ptr = v.ptr;
  const fl = F(v);
  const f = function* (...a: any[]): Gen<any> {
    const recv = (fl & flagIndir) === 0 || isAgg(t) ? ptr : (ptr as Ptr).get();
    return yield* m.fn(recv, ...a);
  };
  return makeValue(mt, f, ro(fl));
}

// ---- Deep zero, overflow --------------------------------------------------------------------------

function isZero(t: RType, x: any): boolean {
  switch (t.kind) {
    case Kind.Bool: return x === false;
    case Kind.Int: case Kind.Int8: case Kind.Int16: case Kind.Int32: case Kind.Int64:
    case Kind.Uint: case Kind.Uint8: case Kind.Uint16: case Kind.Uint32: case Kind.Uint64: case Kind.Uintptr:
      return x === 0;
    case Kind.Float32: case Kind.Float64: return x === 0 && !Object.is(x, -0);
    case Kind.Complex64: case Kind.Complex128: {
      const c = x as Complex;
      return c.re === 0 && !Object.is(c.re, -0) && c.im === 0 && !Object.is(c.im, -0);
    }
    case Kind.Array: {
      for (let i = 0; i < t.len!; i++) if (!isZero(t.elem!, x[i])) return false;
      return true;
    }
    case Kind.Struct: {
      for (const f of t.fields!) if (!isZero(f.type, x[f.prop])) return false;
      return true;
    }
    case Kind.String: return x === "";
    default: return x === null;
  }
}

function overflowFloat32(x: number): boolean {
  if (x < 0) x = -x;
  return 3.4028234663852886e38 < x && x <= Number.MAX_VALUE;
}

// ---- Slices, maps, channels ------------------------------------------------------------------------

function sliceWindow(v: Val, m: "Slice" | "Slice3", addrLine: number): { a: any[] | null; off: number; len: number; cap: number; t: RType } {
  const t = typeOf(v);
  if (kindOf(v) === Kind.Array) {
    if ((F(v) & flagAddr) === 0) raiseString(`reflect.Value.${m}: slice of unaddressable array`, [V(m, addrLine)]);
    const arr = load(v) as any[];
    return { a: arr, off: 0, len: t.len!, cap: t.len!, t: sliceOf(t.elem!) };
  }
  const s = load(v) as Slice | null;
  return s === null ? { a: null, off: 0, len: 0, cap: 0, t } : { a: s.a, off: s.off, len: s.len, cap: s.cap, t };
}

/** The elements of an array or slice Value as (array, offset, length). */
function elems(v: Val): { a: any[]; off: number; n: number } {
  if (kindOf(v) === Kind.Array) return { a: load(v), off: 0, n: typeOf(v).len! };
  const s = load(v) as Slice | null;
  return s === null ? { a: [], off: 0, n: 0 } : { a: s.a, off: s.off, n: s.len };
}

function mapTypeOf(t: RType) {
  return mapType(t.key!, t.elem!);
}

function typesMustMatch(what: string, t1: RType, t2: RType, sites: Site[]): void {
  if (t1 !== t2) raiseString(`${what}: ${t1.str} != ${t2.str}`, [...sites, ["reflect.typesMustMatch", "value.go:2689"]]);
}

function chanDirOf(t: RType): number {
  return t.chanDir === "recv" ? 1 : t.chanDir === "send" ? 2 : 3;
}

interface MapIter {
  m: Val;
  it: Hiter | null;
}

// ---- The natives ------------------------------------------------------------------------------------

export const valueNatives: Record<string, Function> = {
  ValueOf: (i: Iface | null): Val => (i === null ? invalid() : makeValue(i.t, i.v, 0)),
  "Value.Type": (v: Val) => {
    if (F(v) === 0) raiseValueError("reflect.Value.Type", Kind.Invalid, [V("Type", 2529), V("typeSlow", 2534)]);
    return toType(typeOf(v));
  },
  "Value.Addr": (v: Val) => {
    if ((F(v) & flagAddr) === 0) raiseString("reflect.Value.Addr of unaddressable value", [V("Addr", 271)]);
    return makeValue(ptrTo(typeOf(v)), v.ptr, F(v) & flagRO);
  },
  "Value.Bool": (v: Val) => {
    if (kindOf(v) !== Kind.Bool) raiseValueError("reflect.Value.Bool", kindOf(v), [V("Bool", 284), V("panicNotBool", 290), mustBeSite]);
    return load(v);
  },
  "Value.Bytes": (v: Val) => {
    const t = typeOf(v);
    const at = (line: number): Site[] => [V("Bytes", 303), V("bytesSlow", line)];
    switch (kindOf(v)) {
      case Kind.Slice:
        if (t.elem!.kind !== Kind.Uint8) raiseString("reflect.Value.Bytes of non-byte slice", at(310));
        return load(v);
      case Kind.Array: {
        if (t.elem!.kind !== Kind.Uint8) raiseString("reflect.Value.Bytes of non-byte array", at(316));
        if ((F(v) & flagAddr) === 0) raiseString("reflect.Value.Bytes of unaddressable byte array", at(319));
        const a = load(v) as any[];
        return new Slice(a, 0, t.len!, t.len!);
      }
    }
    return raiseValueError("reflect.Value.Bytes", kindOf(v), at(325));
  },
  "Value.Cap": (v: Val) => {
    const t = typeOf(v);
    const at = (line: number): Site[] => [V("Cap", 1158), V("capNonSlice", line)];
    switch (kindOf(v)) {
      case Kind.Slice: return ops.scap(load(v));
      case Kind.Array: return t.len;
      case Kind.Chan: return chancap(load(v));
      case Kind.Pointer:
        if (t.elem!.kind === Kind.Array) return t.elem!.len;
        raiseString("reflect: call of reflect.Value.Cap on ptr to non-array Value", at(1172));
    }
    return raiseValueError("reflect.Value.Cap", kindOf(v), at(1174));
  },
  *"Value.Close"(v: Val): Gen<void> {
    mustBe(v, Kind.Chan, "Close", 1180);
    mustBeExported(v, "Close", 1181);
    yield* closechan(load(v) as HChan | null);
  },
  "Value.Complex": (v: Val) => {
    const k = kindOf(v);
    if (k === Kind.Complex64 || k === Kind.Complex128) return load(v);
    return raiseValueError("reflect.Value.Complex", k, [V("Complex", 1205)]);
  },
  "Value.Convert": (v: Val, ti: Iface | null) => {
    // A nil Type or the zero Value is a nil dereference in Go's convertOp.
    const t = rtypeOf(ops.nilck(ti))!;
    const from = ops.nilck(v.typ).t;
    const op = convertOp(t, from);
    if (op === undefined) {
      raiseString(`reflect.Value.Convert: value of type ${from.str} cannot be converted to type ${t.str}`, [V("Convert", 3157)]);
    }
    return makeValue(t, convertValue(op, load(v), from, t), ro(F(v)));
  },
  "Value.CanConvert": (v: Val, ti: Iface | null) => {
    const t = rtypeOf(ops.nilck(ti))!;
    const op = convertOp(t, ops.nilck(v.typ).t);
    if (op === undefined) return false;
    if (op === "slice2arrayptr") return t.elem!.len! <= ops.slen(load(v));
    return true;
  },
  "Value.Elem": elem,
  "Value.Field": (v: Val, i: number | bigint) => field(v, num(i), [V("Field", 1266)]),
  "Value.FieldByIndex": (v: Val, index: Slice | null) => fieldByIndex(v, intsOf(index), 1301),
  "Value.fieldByIndexErr": (v: Val, index: Slice | null): [string, boolean] => {
    const idx = intsOf(index);
    if (idx.length === 1) return ["", true];
    mustBe(v, Kind.Struct, "FieldByIndexErr", 1324);
    for (let k = 0; k < idx.length; k++) {
      if (k > 0 && kindOf(v) === Kind.Pointer && typeOf(v).elem!.kind === Kind.Struct) {
        if (load(v) === null) return ["reflect: indirection through nil pointer to embedded struct field " + typeOf(v).elem!.name, false];
        v = elem(v);
      }
      v = field(v, idx[k]!, [V("Field", 1266)]);
    }
    return ["", true];
  },
  "Value.FieldByName": (v: Val, name: string) => {
    mustBe(v, Kind.Struct, "FieldByName", 1343);
    const index = fieldIndexByName(typeOf(v), name);
    return index === undefined ? invalid() : fieldByIndex(v, index, 1301);
  },
  "Value.FieldByNameFunc": function* (v: Val, match: (s: string) => Gen<boolean>) {
    const t = typeOf(v);
    if (t === undefined || t.kind !== Kind.Struct) {
      raiseString("reflect: FieldByNameFunc of non-struct type " + (F(v) === 0 ? "<nil>" : t.str), [["reflect.(*rtype).FieldByNameFunc", "type.go:1001"]]);
    }
    const r = yield* searchField(t, match);
    return r === undefined ? invalid() : fieldByIndex(v, r[0], 1301);
  },
  "Value.Float": (v: Val) => {
    const k = kindOf(v);
    if (k === Kind.Float32 || k === Kind.Float64) return load(v);
    return raiseValueError("reflect.Value.Float", k, [V("Float", 1381)]);
  },
  "Value.Index": (v: Val, ix: number | bigint) => {
    const i = num(ix);
    const t = typeOf(v);
    switch (kindOf(v)) {
      case Kind.Array: {
        if (i < 0 || i >= t.len!) raiseString("reflect: array index out of range", [V("Index", 1393)]);
        const et = t.elem!;
        const arr = load(v) as any[];
        const fl = (F(v) & (flagIndir | flagAddr)) | ro(F(v));
        const ptr = (F(v) & flagIndir) !== 0 && !isAgg(et) ? new Ptr(arr, i) : arr[i];
        return makeValue(et, ptr, fl);
      }
      case Kind.Slice: {
        const s = load(v) as Slice | null;
        if (s === null || i < 0 || i >= s.len) raiseString("reflect: slice index out of range", [V("Index", 1412)]);
        const et = t.elem!;
        const ptr = isAgg(et) ? s!.a[s!.off + i] : new Ptr(s!.a, s!.off + i);
        return makeValue(et, ptr, flagAddr | flagIndir | ro(F(v)));
      }
      case Kind.String: {
        const s = load(v) as string;
        if (i < 0 || i >= s.length) raiseString("reflect: string index out of range", [V("Index", 1423)]);
        return makeValue(types.uint8, s.charCodeAt(i), ro(F(v)));
      }
    }
    return raiseValueError("reflect.Value.Index", kindOf(v), [V("Index", 1429)]);
  },
  "Value.Int": (v: Val) => {
    const k = kindOf(v);
    if (isSigned(k)) return load(v);
    return raiseValueError("reflect.Value.Int", k, [V("Int", 1459)]);
  },
  "Value.Interface": (v: Val) => valueInterface(v, true, [V("Interface", 1478)]),
  "Value.IsNil": (v: Val) => {
    switch (kindOf(v)) {
      case Kind.Chan: case Kind.Func: case Kind.Map: case Kind.Pointer: case Kind.UnsafePointer:
      case Kind.Interface: case Kind.Slice:
        return load(v) === null;
    }
    return raiseValueError("reflect.Value.IsNil", kindOf(v), [V("IsNil", 1554)]);
  },
  "Value.IsZero": (v: Val) => {
    if (F(v) === 0) raiseValueError("reflect.Value.IsZero", Kind.Invalid, [V("IsZero", 1602)]);
    return isZero(typeOf(v), load(v));
  },
  "Value.Len": (v: Val) => {
    const t = typeOf(v);
    const at = (line: number): Site[] => [V("Len", 1619), V("lenNonSlice", line)];
    switch (kindOf(v)) {
      case Kind.Slice: return ops.slen(load(v));
      case Kind.Array: return t.len;
      case Kind.Chan: return chanlen(load(v));
      case Kind.Map: return maplen(load(v));
      case Kind.String: return (load(v) as string).length;
      case Kind.Pointer:
        if (t.elem!.kind === Kind.Array) return t.elem!.len;
        raiseString("reflect: call of reflect.Value.Len on ptr to non-array Value", at(1638));
    }
    return raiseValueError("reflect.Value.Len", kindOf(v), at(1640));
  },
  "Value.MapIndex": function* (v: Val, key: Val) {
    mustBe(v, Kind.Map, "MapIndex", 1650);
    const t = typeOf(v);
    const k = assignTo(key, t.key!, "reflect.Value.MapIndex", [V("MapIndex", 1666)]);
    const [e, ok] = yield* mapaccess2(mapTypeOf(t), load(v) as Hmap | null, k);
    if (!ok) return invalid();
    return makeValue(t.elem!, t.elem!.clone(e), ro(F(v) | F(key)));
  },
  "Value.MapKeys": function* (v: Val) {
    mustBe(v, Kind.Map, "MapKeys", 1689);
    const t = typeOf(v);
    const h = load(v) as Hmap | null;
    const keys: Val[] = [];
    if (h !== null && maplen(h) > 0) {
      const it = yield* mapiterinit(mapTypeOf(t), h);
      while (it.key !== undefined) {
        keys.push(makeValue(t.key!, t.key!.clone(it.key), ro(F(v))));
        yield* mapiternext(it);
      }
    }
    return valueSlice(keys);
  },
  "Value.Method": (v: Val, i: number | bigint) => {
    if (F(v) === 0) raiseValueError("reflect.Value.Method", Kind.Invalid, [V("Method", 1912)]);
    return method(v, num(i), []);
  },
  "Value.NumMethod": (v: Val) => {
    if (F(v) === 0) raiseValueError("reflect.Value.NumMethod", Kind.Invalid, [V("NumMethod", 1933)]);
    return numMethod(typeOf(v));
  },
  "Value.MethodByName": (v: Val, name: string) => {
    if (F(v) === 0) raiseValueError("reflect.Value.MethodByName", Kind.Invalid, [V("MethodByName", 1948)]);
    const t = typeOf(v);
    const i = t.kind === Kind.Interface
      ? (t.imethods ?? []).findIndex((m) => m.name === name)
      : exportedMethods(t).findIndex((m) => m.name === name);
    return i < 0 ? invalid() : method(v, i, []);
  },
  "Value.NumField": (v: Val) => {
    mustBe(v, Kind.Struct, "NumField", 1963);
    return typeOf(v).fields!.length;
  },
  "Value.OverflowComplex": (v: Val, x: Complex) => {
    const k = kindOf(v);
    if (k === Kind.Complex64) return overflowFloat32(x.re) || overflowFloat32(x.im);
    if (k === Kind.Complex128) return false;
    return raiseValueError("reflect.Value.OverflowComplex", k, [V("OverflowComplex", 1978)]);
  },
  "Value.OverflowFloat": (v: Val, x: number) => {
    const k = kindOf(v);
    if (k === Kind.Float32) return overflowFloat32(x);
    if (k === Kind.Float64) return false;
    return raiseValueError("reflect.Value.OverflowFloat", k, [V("OverflowFloat", 1991)]);
  },
  "Value.OverflowInt": (v: Val, x: number | bigint) => {
    const k = kindOf(v);
    if (!isSigned(k)) raiseValueError("reflect.Value.OverflowInt", k, [V("OverflowInt", 2011)]);
    const b = BigInt(x);
    return BigInt.asIntN(typeOf(v).size * 8, b) !== b;
  },
  "Value.OverflowUint": (v: Val, x: number | bigint) => {
    const k = kindOf(v);
    if (!isUnsigned(k)) raiseValueError("reflect.Value.OverflowUint", k, [V("OverflowUint", 2024)]);
    const b = BigInt(x);
    return BigInt.asUintN(typeOf(v).size * 8, b) !== b;
  },
  "Value.Pointer": (v: Val) => {
    switch (kindOf(v)) {
      case Kind.Func: {
        // A func's code pointer: its entry pc, which runtime.FuncForPC names.
        const fn = load(v) as Function | null;
        const pc = fn === null ? undefined : funcEntryPC(fn);
        if (pc !== undefined) return pc;
        return pointerOf(typeOf(v), fn);
      }
      case Kind.Pointer: case Kind.Chan: case Kind.Map: case Kind.UnsafePointer: case Kind.Slice:
        return pointerOf(typeOf(v), load(v));
    }
    return raiseValueError("reflect.Value.Pointer", kindOf(v), [V("Pointer", 2085)]);
  },
  "Value.UnsafeAddr": (v: Val) => {
    if (F(v) === 0) raiseValueError("reflect.Value.UnsafeAddr", Kind.Invalid, [V("UnsafeAddr", 2605)]);
    if ((F(v) & flagAddr) === 0) raiseString("reflect.Value.UnsafeAddr of unaddressable value", [V("UnsafeAddr", 2608)]);
    return pointerAddr(v.ptr, typeOf(v).size);
  },
  "Value.Recv": function* (v: Val) {
    mustBe(v, Kind.Chan, "Recv", 2094);
    mustBeExported(v, "Recv", 2095);
    const t = typeOf(v);
    if ((chanDirOf(t) & 1) === 0) raiseString("reflect: recv on send-only channel", [V("Recv", 2096), V("recv", 2104)]);
    const [x, ok] = yield* chanrecv2(load(v) as HChan | null);
    return [makeValue(t.elem!, x, 0), ok];
  },
  "Value.TryRecv": function* (v: Val) {
    mustBe(v, Kind.Chan, "TryRecv", 2509);
    mustBeExported(v, "TryRecv", 2510);
    const t = typeOf(v);
    if ((chanDirOf(t) & 1) === 0) raiseString("reflect: recv on send-only channel", [V("TryRecv", 2511), V("recv", 2104)]);
    const [i, x, ok] = yield* selectgo([{ dir: 2, c: load(v) as HChan | null }], true);
    if (i < 0) return [invalid(), false];
    return [makeValue(t.elem!, x, 0), ok];
  },
  "Value.Send": function* (v: Val, x: Val) {
    mustBe(v, Kind.Chan, "Send", 2127);
    mustBeExported(v, "Send", 2128);
    const t = typeOf(v);
    if ((chanDirOf(t) & 2) === 0) raiseString("reflect: send on recv-only channel", [V("Send", 2129), V("send", 2137)]);
    mustBeExported(x, "Send", 2129, "reflect.Value.Send", [V("Send", 2129), V("send", 2139)]);
    const e = assignTo(x, t.elem!, "reflect.Value.Send", [V("Send", 2129), V("send", 2140)]);
    yield* chansend(load(v) as HChan | null, e);
  },
  "Value.TrySend": function* (v: Val, x: Val) {
    mustBe(v, Kind.Chan, "TrySend", 2519);
    mustBeExported(v, "TrySend", 2520);
    const t = typeOf(v);
    if ((chanDirOf(t) & 2) === 0) raiseString("reflect: send on recv-only channel", [V("TrySend", 2521), V("send", 2137)]);
    mustBeExported(x, "TrySend", 2521, "reflect.Value.TrySend", [V("TrySend", 2521), V("send", 2139)]);
    const e = assignTo(x, t.elem!, "reflect.Value.Send", [V("TrySend", 2521), V("send", 2140)]);
    const [i] = yield* selectgo([{ dir: 1, c: load(v) as HChan | null, v: e }], true);
    return i >= 0;
  },
  "Value.Set": (v: Val, x: Val) => {
    mustBeAssignable(v, "Set", 2154);
    mustBeExported(x, "Set", 2155);
    store(v, assignTo(x, typeOf(v), "reflect.Set", [V("Set", 2160)]));
  },
  "Value.SetBool": (v: Val, x: boolean) => {
    mustBeAssignable(v, "SetBool", 2175);
    mustBe(v, Kind.Bool, "SetBool", 2176);
    store(v, x);
  },
  "Value.SetBytes": (v: Val, x: Slice | null) => {
    mustBeAssignable(v, "SetBytes", 2183);
    mustBe(v, Kind.Slice, "SetBytes", 2184);
    if (typeOf(v).elem!.kind !== Kind.Uint8) raiseString("reflect.Value.SetBytes of non-byte slice", [V("SetBytes", 2186)]);
    store(v, x);
  },
  "Value.SetComplex": (v: Val, x: Complex) => {
    mustBeAssignable(v, "SetComplex", 2205);
    const k = kindOf(v);
    if (k === Kind.Complex64) store(v, new Complex(Math.fround(x.re), Math.fround(x.im)));
    else if (k === Kind.Complex128) store(v, x);
    else raiseValueError("reflect.Value.SetComplex", k, [V("SetComplex", 2208)]);
  },
  "Value.SetFloat": (v: Val, x: number) => {
    mustBeAssignable(v, "SetFloat", 2219);
    const k = kindOf(v);
    if (k === Kind.Float32) store(v, Math.fround(x));
    else if (k === Kind.Float64) store(v, x);
    else raiseValueError("reflect.Value.SetFloat", k, [V("SetFloat", 2222)]);
  },
  "Value.SetInt": (v: Val, x: number | bigint) => {
    mustBeAssignable(v, "SetInt", 2233);
    const k = kindOf(v);
    if (!isSigned(k)) raiseValueError("reflect.Value.SetInt", k, [V("SetInt", 2236)]);
    store(v, wrapInt(x, k));
  },
  "Value.SetUint": (v: Val, x: number | bigint) => {
    mustBeAssignable(v, "SetUint", 2331);
    const k = kindOf(v);
    if (!isUnsigned(k)) raiseValueError("reflect.Value.SetUint", k, [V("SetUint", 2334)]);
    store(v, wrapInt(x, k));
  },
  "Value.SetString": (v: Val, x: string) => {
    mustBeAssignable(v, "SetString", 2361);
    mustBe(v, Kind.String, "SetString", 2362);
    store(v, x);
  },
  "Value.SetLen": (v: Val, nx: number | bigint) => {
    mustBeAssignable(v, "SetLen", 2254);
    mustBe(v, Kind.Slice, "SetLen", 2255);
    const n = num(nx);
    const s = load(v) as Slice | null;
    if (n < 0 || n > ops.scap(s)) raiseString("reflect: slice length out of range in SetLen", [V("SetLen", 2258)]);
    if (s !== null) store(v, new Slice(s.a, s.off, n, s.cap));
  },
  "Value.SetCap": (v: Val, nx: number | bigint) => {
    mustBeAssignable(v, "SetCap", 2267);
    mustBe(v, Kind.Slice, "SetCap", 2268);
    const n = num(nx);
    const s = load(v) as Slice | null;
    if (n < ops.slen(s) || n > ops.scap(s)) raiseString("reflect: slice capacity out of range in SetCap", [V("SetCap", 2271)]);
    if (s !== null) store(v, new Slice(s.a, s.off, s.len, n));
  },
  "Value.SetMapIndex": function* (v: Val, key: Val, el: Val) {
    mustBe(v, Kind.Map, "SetMapIndex", 2283);
    mustBeExported(v, "SetMapIndex", 2284);
    mustBeExported(key, "SetMapIndex", 2285);
    const t = typeOf(v);
    const k = assignTo(key, t.key!, "reflect.Value.SetMapIndex", [V("SetMapIndex", 2306)]);
    const h = load(v) as Hmap | null;
    if (F(el) === 0) {
      yield* mapdelete(mapTypeOf(t), h, k);
      return;
    }
    mustBeExported(el, "SetMapIndex", 2317);
    const e = assignTo(el, t.elem!, "reflect.Value.SetMapIndex", [V("SetMapIndex", 2318)]);
    yield* mapassign(mapTypeOf(t), h, k, e);
  },
  "Value.Slice": (v: Val, ix: number | bigint, jx: number | bigint) => {
    const i = num(ix);
    const j = num(jx);
    const k = kindOf(v);
    if (k === Kind.String) {
      const s = load(v) as string;
      if (i < 0 || j < i || j > s.length) raiseString("reflect.Value.Slice: string slice index out of bounds", [V("Slice", 2397)]);
      return makeValue(typeOf(v), s.slice(i, j), ro(F(v)));
    }
    if (k !== Kind.Array && k !== Kind.Slice) raiseValueError("reflect.Value.Slice", k, [V("Slice", 2377)]);
    const w = sliceWindow(v, "Slice", 2381);
    if (i < 0 || j < i || j > w.cap) raiseString("reflect.Value.Slice: slice index out of bounds", [V("Slice", 2407)]);
    const s = w.a === null ? null : new Slice(w.a, w.off + i, j - i, w.cap - i);
    return makeValue(w.t, s, ro(F(v)));
  },
  "Value.Slice3": (v: Val, ix: number | bigint, jx: number | bigint, kx: number | bigint) => {
    const i = num(ix);
    const j = num(jx);
    const k3 = num(kx);
    const k = kindOf(v);
    if (k !== Kind.Array && k !== Kind.Slice) raiseValueError("reflect.Value.Slice3", k, [V("Slice3", 2439)]);
    const w = sliceWindow(v, "Slice3", 2443);
    if (i < 0 || j < i || k3 < j || k3 > w.cap) raiseString("reflect.Value.Slice3: slice index out of bounds", [V("Slice3", 2458)]);
    const s = w.a === null ? null : new Slice(w.a, w.off + i, j - i, k3 - i);
    return makeValue(w.t, s, ro(F(v)));
  },
  "Value.String": (v: Val) => {
    const k = kindOf(v);
    if (k === Kind.String) return load(v);
    if (k === Kind.Invalid) return "<invalid Value>";
    return "<" + typeOf(v).str + " Value>";
  },
  "Value.Uint": (v: Val) => {
    const k = kindOf(v);
    if (isUnsigned(k)) return load(v);
    return raiseValueError("reflect.Value.Uint", k, [V("Uint", 2590)]);
  },
  "Value.Call": function* (v: Val, in_: Slice | null) {
    return yield* call(v, "Call", in_);
  },
  "Value.CallSlice": function* (v: Val, in_: Slice | null) {
    return yield* call(v, "CallSlice", in_);
  },
  "Value.SetIterKey": (v: Val, iter: MapIter) => {
    if (iter.it === null) raiseString("reflect: Value.SetIterKey called before Next", [V("SetIterKey", 1771)]);
    if (iter.it!.key === undefined) raiseString("reflect: Value.SetIterKey called on exhausted iterator", [V("SetIterKey", 1775)]);
    mustBeAssignable(v, "SetIterKey", 1778);
    const kt = typeOf(iter.m).key!;
    const key = makeValue(kt, iter.it!.key, F(iter.m) & flagRO);
    store(v, assignTo(key, typeOf(v), "reflect.MapIter.SetKey", [V("SetIterKey", 1788)]));
  },
  "Value.SetIterValue": (v: Val, iter: MapIter) => {
    if (iter.it === null) raiseString("reflect: Value.SetIterValue called before Next", [V("SetIterValue", 1812)]);
    if (iter.it!.key === undefined) raiseString("reflect: Value.SetIterValue called on exhausted iterator", [V("SetIterValue", 1816)]);
    mustBeAssignable(v, "SetIterValue", 1819);
    const et = typeOf(iter.m).elem!;
    const e = makeValue(et, iter.it!.elem, F(iter.m) & flagRO);
    store(v, assignTo(e, typeOf(v), "reflect.MapIter.SetValue", [V("SetIterValue", 1829)]));
  },
  "Value.panicNotMap": (v: Val) => {
    raiseValueError("reflect.Value.MapRange", kindOf(v), [V("MapRange", 1884), ["reflect.flag.panicNotMap", "value.go:1890"], mustBeSite]);
  },
  "Value.mustBeChan": (v: Val) => {
    mustBe(v, Kind.Chan, "", 0, "unknown method", [["reflect.Select", "value.go:2912"]]);
    mustBeExported(v, "", 0, "unknown method", [["reflect.Select", "value.go:2913"]]);
  },
  "MapIter.Key": (iter: MapIter) => {
    const at = (line: number): Site[] => [["reflect.(*MapIter).Key", `value.go:${line}`]];
    if (iter.it === null) raiseString("MapIter.Key called before Next", at(1754));
    if (iter.it!.key === undefined) raiseString("MapIter.Key called on exhausted iterator", at(1758));
    const kt = typeOf(iter.m).key!;
    return makeValue(kt, kt.clone(iter.it!.key), ro(F(iter.m)));
  },
  "MapIter.Value": (iter: MapIter) => {
    const at = (line: number): Site[] => [["reflect.(*MapIter).Value", `value.go:${line}`]];
    if (iter.it === null) raiseString("MapIter.Value called before Next", at(1795));
    if (iter.it!.key === undefined) raiseString("MapIter.Value called on exhausted iterator", at(1799));
    const et = typeOf(iter.m).elem!;
    return makeValue(et, et.clone(iter.it!.elem), ro(F(iter.m)));
  },
  "MapIter.Next": function* (iter: MapIter) {
    const at = (line: number): Site[] => [["reflect.(*MapIter).Next", `value.go:${line}`]];
    if (F(iter.m) === 0) raiseString("MapIter.Next called on an iterator that does not have an associated map Value", at(1838));
    if (iter.it === null) {
      iter.it = yield* mapiterinit(mapTypeOf(typeOf(iter.m)), load(iter.m) as Hmap | null);
    } else {
      if (iter.it.key === undefined) raiseString("MapIter.Next called on exhausted iterator", at(1844));
      yield* mapiternext(iter.it);
    }
    return iter.it!.key !== undefined;
  },
  Append: (s: Val, xs: Slice | null) => {
    mustBe(s, Kind.Slice, "", 0, "unknown method", [["reflect.Append", "value.go:2736"]]);
    const t = typeOf(s);
    const et = t.elem!;
    const vals = valuesOf(xs).map((x) => {
      mustBeExported(x, "Set", 2155, "reflect.Value.Set", [["reflect.Append", "value.go:2741"], V("Set", 2155)]);
      return assignTo(x, et, "reflect.Set", [["reflect.Append", "value.go:2741"], V("Set", 2160)]);
    });
    const cur = load(s) as Slice | null;
    const r = vals.length === 0 ? cur : ops.append(t, cur, vals);
    return makeValue(t, r, 0);
  },
  AppendSlice: (s: Val, x: Val) => {
    mustBe(s, Kind.Slice, "", 0, "unknown method", [["reflect.AppendSlice", "value.go:2747"]]);
    mustBe(x, Kind.Slice, "", 0, "unknown method", [["reflect.AppendSlice", "value.go:2748"]]);
    const t = typeOf(s);
    typesMustMatch("reflect.AppendSlice", t.elem!, typeOf(x).elem!, [["reflect.AppendSlice", "value.go:2749"]]);
    return makeValue(t, ops.appendSlice(t, load(s), load(x)), 0);
  },
  Copy: (dst: Val, src: Val) => {
    const dk = kindOf(dst);
    if (dk !== Kind.Array && dk !== Kind.Slice) raiseValueError("reflect.Copy", dk, [["reflect.Copy", "value.go:2765"]]);
    if (dk === Kind.Array) mustBeAssignable(dst, "", 0, "unknown method", [["reflect.Copy", "value.go:2768"]]);
    mustBeExported(dst, "", 0, "unknown method", [["reflect.Copy", "value.go:2770"]]);
    const sk = kindOf(src);
    const de = typeOf(dst).elem!;
    let stringCopy = false;
    if (sk !== Kind.Array && sk !== Kind.Slice) {
      stringCopy = sk === Kind.String && de.kind === Kind.Uint8;
      if (!stringCopy) raiseValueError("reflect.Copy", sk, [["reflect.Copy", "value.go:2777"]]);
    }
    mustBeExported(src, "", 0, "unknown method", [["reflect.Copy", "value.go:2780"]]);
    if (!stringCopy) typesMustMatch("reflect.Copy", de, typeOf(src).elem!, [["reflect.Copy", "value.go:2785"]]);
    const d = elems(dst);
    if (stringCopy) {
      const s = load(src) as string;
      const n = Math.min(d.n, s.length);
      for (let i = 0; i < n; i++) d.a[d.off + i] = s.charCodeAt(i);
      return n;
    }
    const s = elems(src);
    const n = Math.min(d.n, s.n);
    const tmp = s.a.slice(s.off, s.off + n).map((x: any) => de.clone(x));
    for (let i = 0; i < n; i++) {
      if (isAgg(de)) typedmemmove(de, d.a[d.off + i], tmp[i]);
      else d.a[d.off + i] = tmp[i];
    }
    return n;
  },
  zero: (h: TypeHandle) => makeValue(h.t, h.t.zero(), 0),
  newValue: (h: TypeHandle) => {
    const t = h.t;
    const p = isAgg(t) ? newobject(t.zero() as object, t) : new Ptr(newobject({ v: t.zero() }, t), "v");
    return makeValue(ptrTo(t), p, 0);
  },
  makeSlice: (h: TypeHandle, len: number | bigint, cap: number | bigint) => {
    const t = h.t;
    const et = t.elem!;
    const s = isAgg(et) ? ops.makeslice(t, len, cap, undefined, () => et.zero()) : ops.makeslice(t, len, cap, et.zero(), undefined);
    return makeValue(t, s, 0);
  },
  makeChan: (h: TypeHandle, n: number | bigint) => makeValue(h.t, makechan(h.t, n), 0),
  makeMap: (h: TypeHandle, n: number | bigint) => makeValue(h.t, makemap(mapTypeOf(h.t), n, rt.env), 0),
  makeFunc: (h: TypeHandle, fn: (in_: Slice) => Gen<Slice | null>) => makeValue(h.t, makeFuncImpl(h.t, fn), 0),
  selectgo: function* (dirs: Slice, chans: Slice, sends: Slice) {
    const n = dirs.len;
    const cases: Scase[] = [];
    const index: number[] = [];
    let dflt = -1;
    for (let i = 0; i < n; i++) {
      const dir = dirs.a[dirs.off + i] as number;
      const ch = chans.a[chans.off + i] as Val;
      if (dir === 3) {
        dflt = i;
        continue;
      }
      const c = F(ch) === 0 ? null : (load(ch) as HChan | null);
      if (dir === 1) {
        const x = sends.a[sends.off + i] as Val;
        mustBeExported(x, "", 0, "unknown method", [["reflect.Select", "value.go:2924"]]);
        const e = F(ch) === 0 ? null : assignTo(x, typeOf(ch).elem!, "reflect.Select", [["reflect.Select", "value.go:2925"]]);
        cases.push({ dir: 1, c, v: e });
      } else {
        cases.push({ dir: 2, c });
      }
      index.push(i);
    }
    const [k, x, ok] = yield* selectgo(cases, dflt >= 0);
    if (k < 0) return [dflt, invalid(), false];
    const chosen = index[k]!;
    if ((dirs.a[dirs.off + chosen] as number) === 2) {
      const ch = chans.a[chans.off + chosen] as Val;
      return [chosen, makeValue(typeOf(ch).elem!, x, 0), ok];
    }
    return [chosen, invalid(), false];
  },
  swap: (x: Iface, i: number, j: number) => {
    const s = x.v as Slice;
    const a = s.a;
    const t = a[s.off + i];
    a[s.off + i] = a[s.off + j];
    a[s.off + j] = t;
  },
};
