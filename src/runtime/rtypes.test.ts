// Tests of the run-time type descriptors: canonical identity, strings as %T prints them (checked
// against Go 1.19), amd64 layout, equality, zero values and copies.

import { test } from "node:test";
import assert from "node:assert/strict";
import { GoPanic } from "./panic.js";
import { rt } from "./rt.js";
import {
  addMethod, arrayOf, chanOf, funcOf, ifaceEqual, interfaceOf, mapOf, namedOf, ptrTo, sliceOf,
  structOf, types,
} from "./rtypes.js";
import { Complex, Iface, Kind, Ptr } from "./value.js";

rt.runtimeError = (msg: string) => new Iface(types.string, "runtime error: " + msg);

test("unnamed types are canonical", () => {
  assert.equal(sliceOf(types.int), sliceOf(types.int));
  assert.equal(mapOf(types.string, sliceOf(types.int)), mapOf(types.string, sliceOf(types.int)));
  assert.notEqual(sliceOf(types.int), sliceOf(types.int64));
  assert.equal(types.byte, types.uint8);
  assert.equal(types.rune, types.int32);
  assert.equal(interfaceOf([]), types.emptyInterface);
});

test("type strings match %T", () => {
  const T = namedOf("main", "T", () => structOf([{ name: "A", type: types.int, embedded: false, exported: true, tag: "" }], () => ({ A: 0 })));
  const I = namedOf("main", "I", interfaceOf([{ name: "M", type: funcOf([], [], false) }]));
  const cases: [string, string][] = [
    [structOf([{ name: "T", type: T, embedded: true, exported: true, tag: "" }], () => ({})).str, "struct { main.T }"],
    [structOf([
      { name: "a", type: types.int, embedded: false, exported: false, tag: "" },
      { name: "B", type: types.string, embedded: false, exported: true, tag: 'json:"b"' },
    ], () => ({})).str, 'struct { a int; B string "json:\\"b\\"" }'],
    [chanOf("both", chanOf("recv", types.int)).str, "chan (<-chan int)"],
    [chanOf("send", chanOf("both", types.int)).str, "chan<- chan int"],
    [funcOf([types.int, sliceOf(types.string)], [types.int, types.error], true).str, "func(int, ...string) (int, error)"],
    [funcOf([], [types.error], false).str, "func() error"],
    [ptrTo(interfaceOf([
      { name: "N", type: funcOf([types.int], [types.string], false) },
      { name: "M", type: funcOf([], [], false) },
    ])).str, "*interface { M(); N(int) string }"],
    [ptrTo(types.emptyInterface).str, "*interface {}"],
    [ptrTo(I).str, "*main.I"],
    [arrayOf(ptrTo(T), 3).str, "[3]*main.T"],
    [mapOf(types.string, sliceOf(types.int)).str, "map[string][]int"],
    [structOf([], () => ({})).str, "struct {}"],
    [ptrTo(types.error).str, "*error"],
    [ptrTo(funcOf([types.int, types.int], [], false)).str, "*func(int, int)"],
    [namedOf("encoding/json", "Decoder", types.int).str, "json.Decoder"],
  ];
  for (const [got, want] of cases) assert.equal(got, want);
});

test("amd64 sizes, alignment and ptrdata", () => {
  const s = structOf([
    { name: "a", type: types.bool, embedded: false, exported: false, tag: "" },
    { name: "b", type: types.int64, embedded: false, exported: false, tag: "" },
    { name: "c", type: types.string, embedded: false, exported: false, tag: "" },
    { name: "d", type: types.int32, embedded: false, exported: false, tag: "" },
  ], () => ({}));
  assert.deepEqual([s.size, s.align, s.ptrdata], [40, 8, 24]);
  assert.deepEqual(s.fields!.map((f) => f.offset), [0, 8, 16, 32]);
  assert.deepEqual([types.complex64.size, types.complex64.align], [8, 4]);
  const a = arrayOf(types.string, 3);
  assert.deepEqual([a.size, a.ptrdata], [48, 40]);
  assert.equal(arrayOf(types.int, 4).ptrdata, 0);
  const z = structOf([
    { name: "x", type: types.int32, embedded: false, exported: false, tag: "" },
    { name: "y", type: structOf([], () => ({})), embedded: false, exported: false, tag: "" },
  ], () => ({}));
  assert.equal(z.size, 8);
  assert.equal(types.emptyInterface.ptrdata, 16);
  assert.equal(sliceOf(types.int).size, 24);
});

test("equality follows Go's ==", () => {
  assert.equal(types.float64.equal(NaN, NaN), false);
  assert.equal(types.float64.equal(0, -0), true);
  assert.equal(types.complex128.equal(new Complex(1, 2), new Complex(1, 2)), true);
  const o = { x: 1 };
  assert.equal(ptrTo(types.int).equal(new Ptr(o, "x"), new Ptr(o, "x")), true);
  assert.equal(ptrTo(types.int).equal(new Ptr(o, "x"), null), false);
  const arr = arrayOf(types.int, 2);
  assert.equal(arr.equal([1, 2], [1, 2]), true);
  assert.equal(arr.equal([1, 2], [1, 3]), false);
  assert.equal(ifaceEqual(new Iface(types.int, 1), new Iface(types.int, 1)), true);
  assert.equal(ifaceEqual(new Iface(types.int, 1), new Iface(types.int64, 1)), false);
  assert.equal(ifaceEqual(null, null), true);
  const sl = sliceOf(types.int);
  assert.throws(
    () => ifaceEqual(new Iface(sl, null), new Iface(sl, null)),
    (e: unknown) => e instanceof GoPanic && e.value!.v === "runtime error: comparing uncomparable type []int",
  );
  assert.equal(sl.comparable, false);
  const S = structOf([
    { name: "_", type: types.int, embedded: false, exported: false, tag: "" },
    { name: "x", type: types.int, embedded: false, exported: false, tag: "" },
  ], () => ({ _: 0, x: 0 }));
  assert.equal(S.equal({ _: 1, x: 2 }, { _: 3, x: 2 }), true);
});

test("zero and clone", () => {
  class P { X = 0; Y = [0, 0] }
  const Y = arrayOf(types.int, 2);
  const S = structOf([
    { name: "X", type: types.int, embedded: false, exported: true, tag: "" },
    { name: "Y", type: Y, embedded: false, exported: true, tag: "" },
  ], () => new P());
  const a = S.zero() as P;
  assert.notEqual(a, S.zero());
  a.Y[0] = 5;
  const b = S.clone(a) as P;
  assert.ok(b instanceof P);
  assert.equal(b.Y[0], 5);
  b.Y[0] = 6;
  assert.equal(a.Y[0], 5);
  assert.deepEqual(arrayOf(Y, 2).zero(), [[0, 0], [0, 0]]);
  assert.equal(types.string.zero(), "");
  assert.equal(types.error.zero(), null);
});

test("named types resolve lazily and keep their own methods", () => {
  let list: any;
  list = namedOf("main", "List", () => structOf([
    { name: "next", type: ptrTo(list), embedded: false, exported: false, tag: "" },
  ], () => ({ next: null })));
  assert.equal(ptrTo(list).str, "*main.List");
  assert.equal(list.kind, Kind.Struct);
  assert.equal(list.size, 8);
  const m = { name: "String", fn: function* () { return "x"; }, ptrRecv: false };
  addMethod(list, { name: "Zed", fn: m.fn, ptrRecv: false });
  addMethod(list, m);
  assert.deepEqual(list.methods.map((x: any) => x.name), ["String", "Zed"]);
  const F = namedOf("main", "F", sliceOf(types.int));
  assert.throws(() => ifaceEqual(new Iface(F, null), new Iface(F, null)),
    (e: unknown) => e instanceof GoPanic && e.value!.v === "runtime error: comparing uncomparable type main.F");
  assert.equal(types.error.str, "error");
  assert.equal(types.error.imethods![0]!.type.str, "func() string");
});
