// Tests of fmt against Go 1.19: every (format, operand) pair of testdata/fmt_golden.tsv was
// printed by a real Go 1.19 program (bytes hex-encoded); here the same operands are built by
// hand with rtypes.ts and printed by gort's fmt natives.
//
// Columns of fmt_golden.tsv: hex(format) TAB operand name TAB hex(Sprintf(format, operand)),
// or "L" TAB case TAB hex(result) for operand lists, "P" for Sprint/Sprintln, "E" for Errorf.
// Pointer addresses differ from Go's by design; the table has no case that prints one.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { Prng } from "../../base/prng.js";
import type { Env } from "../../runtime/env.js";
import { makemap, mapassignp } from "../../runtime/map.js";
import { newMapType } from "../../runtime/map_fast.js";
import { GoPanic } from "../../runtime/panic.js";
import { rt } from "../../runtime/rt.js";
import {
  addMethod, arrayOf, findMethod, mapOf, namedOf, ptrTo, sliceOf, structOf, types,
} from "../../runtime/rtypes.js";
import { Complex, Iface, Slice, type RType } from "../../runtime/value.js";
import { natives } from "./fmt.js";

const env: Env = {
  prng: new Prng(1),
  newobject: () => 0xc000100000,
  write: () => {},
  nanotime: () => 0,
};
rt.env = env;
rt.stringValue = (s: string) => new Iface(types.string, s);

const fld = (name: string, type: RType, exported = /^[A-Z]/.test(name), embedded = false) =>
  ({ name, type, embedded, exported, tag: "" });

// type P struct { X, Y int; name string }
const P = namedOf("main", "P", structOf([fld("X", types.int), fld("Y", types.int), fld("name", types.string)],
  () => ({ X: 0, Y: 0, name: "" })));
// type S int, with a String method.
const S = namedOf("main", "S", types.int);
addMethod(S, { name: "String", ptrRecv: false, fn: function* (s: number) { return `S<${s}>`; } });
addMethod(ptrTo(S), findMethod(S, "String")!);
// type E struct { msg string }, with Error on *E.
const E = namedOf("main", "E", structOf([fld("msg", types.string)], () => ({ msg: "" })));
addMethod(ptrTo(E), {
  name: "Error", ptrRecv: true,
  fn: function* (e: any) {
    if (e === null) throw new GoPanic(new Iface(types.string, "nil deref"));
    return "E:" + e.msg;
  },
});
// type Bad int, whose String panics.
const Bad = namedOf("main", "Bad", types.int);
addMethod(Bad, { name: "String", ptrRecv: false, fn: function* () { throw new GoPanic(new Iface(types.string, "boom")); } });
// errors.errorString
const errorString = namedOf("errors", "errorString", structOf([fld("s", types.string)], () => ({ s: "" })));
addMethod(ptrTo(errorString), { name: "Error", ptrRecv: true, fn: function* (e: any) { return e.s; } });
// type W struct { A any; B []string; C *int; D map[string]int; s S; T S }
const W = namedOf("main", "W", structOf([
  fld("A", types.emptyInterface), fld("B", sliceOf(types.string)), fld("C", ptrTo(types.int)),
  fld("D", mapOf(types.string, types.int)), fld("s", S), fld("T", S),
], () => ({ A: null, B: null, C: null, D: null, s: 0, T: 0 })));

const I = (t: RType, v: any) => new Iface(t, v);
const slice = (a: any[]) => new Slice(a, 0, a.length, a.length);
const bytes = (s: string) => slice([...s].map((c) => c.charCodeAt(0)));

function makeMap(k: RType, e: RType, entries: [any, any][]): any {
  const mt = newMapType(k, e);
  const h = makemap(mt, 0, env);
  for (const [kk, ee] of entries) mapassignp(mt, h, kk, ee);
  return h;
}

const anon = structOf([fld("A", types.int), fld("b", types.string)], () => ({ A: 0, b: "" }));

const operands: Record<string, Iface | null> = {
  int: I(types.int, 42), negint: I(types.int, -7), int8: I(types.int8, -128), uint8: I(types.uint8, 200),
  int64big: I(types.int64, 9223372036854775807n), int64min: I(types.int64, -9223372036854775808n),
  uint64max: I(types.uint64, 18446744073709551615n), uintptr: I(types.uintptr, 0x1234),
  rune: I(types.int32, 0xe9), zero: I(types.int, 0),
  f64: I(types.float64, 3.14159), f64big: I(types.float64, 1e21), f64small: I(types.float64, 1e-7),
  f64int: I(types.float64, 2), f32: I(types.float32, Math.fround(0.1)), negzero: I(types.float64, -0),
  nan: I(types.float64, NaN), inf: I(types.float64, Infinity), neginf: I(types.float64, -Infinity),
  c128: I(types.complex128, new Complex(1, -2.5)),
  c64: I(types.complex64, new Complex(Math.fround(0.1), 3)),
  str: I(types.string, "hello"), unicode: I(types.string, "h\xc3\xa9llo, \xe4\xb8\x96\xe7\x95\x8c"),
  quotes: I(types.string, 'a"b\\c\n\t`'), invalid: I(types.string, "a\xffb"), empty: I(types.string, ""),
  true: I(types.bool, true), false: I(types.bool, false),
  bytes: I(sliceOf(types.uint8), bytes("hi\x00")), nilbytes: I(sliceOf(types.uint8), null),
  ints: I(sliceOf(types.int), slice([1, -2, 3])), nilints: I(sliceOf(types.int), null),
  arr: I(arrayOf(types.int, 3), [1, 2, 3]), strs: I(sliceOf(types.string), slice(["a", "b c"])),
  bytearr: I(arrayOf(types.uint8, 2), [65, 66]),
  struct: I(P, { X: 1, Y: 2, name: "n" }), ptrstruct: I(ptrTo(P), { X: 3, Y: 4, name: "m" }),
  map: I(mapOf(types.string, types.int), makeMap(types.string, types.int, [["b", 2], ["a", 1], ["c", 3]])),
  intmap: I(mapOf(types.int, types.string), makeMap(types.int, types.string, [[3, "c"], [-1, "z"], [2, "b"]])),
  nilmap: I(mapOf(types.string, types.int), null),
  nil: null, stringer: I(S, 5), err: I(ptrTo(E), { msg: "x" }), nilerr: I(ptrTo(E), null), bad: I(Bad, 1),
  errnew: I(ptrTo(errorString), { s: "plain" }), strslice: I(sliceOf(S), slice([1, 2])),
  w: I(W, { A: I(types.int, 7), B: slice(["x"]), C: null, D: null, s: 3, T: 4 }),
  ifaces: I(sliceOf(types.emptyInterface), slice([I(types.int, 1), I(types.string, "a"), null, I(types.float64, 2.5), I(S, 9)])),
  nestedptr: I(sliceOf(ptrTo(types.int)), slice([null])),
  fmap: I(mapOf(types.float64, types.int), makeMap(types.float64, types.int, [[NaN, 1], [-1, 2], [3, 3]])),
  bmap: I(mapOf(types.bool, types.int), makeMap(types.bool, types.int, [[true, 1], [false, 0]])),
  anon: I(anon, { A: 1, b: "x" }),
};

const lists: Record<string, [string, (Iface | null)[]]> = {
  star: ["%*d|", [I(types.int, 5), I(types.int, 42)]],
  negstar: ["%-*d|", [I(types.int, -5), I(types.int, 42)]],
  starprec: ["%.*f", [I(types.int, 2), I(types.float64, Math.PI)]],
  badwidth: ["%*d", [I(types.string, "x"), I(types.int, 42)]],
  badprec: ["%.*d", [I(types.string, "x"), I(types.int, 42)]],
  extra: ["%d", [I(types.int, 1), I(types.int, 2), I(types.string, "x"), null]],
  missing: ["%d %s", [I(types.int, 1)]],
  reorder: ["%[3]v %[1]v %v", [I(types.int, 1), I(types.int, 2), I(types.int, 3)]],
  badindex: ["%[5]d", [I(types.int, 1)]],
  badindex2: ["%[0]d", [I(types.int, 1)]],
  idxwidth: ["%[2]*[1]d|", [I(types.int, 12), I(types.int, 5)]],
  noverb: ["%-", [I(types.int, 1)]],
  percentw: ["%d%%", [I(types.int, 5)]],
  utf8verb: ["%\xe4\xb8\x96", [I(types.int, 1)]],
};

const printLists: Record<string, (Iface | null)[]> = {
  print1: [I(types.int, 1), I(types.int, 2), I(types.string, "a"), I(types.string, "b"), I(types.int, 3), I(S, 4), null],
  print2: [I(types.string, "a"), I(types.int, 1), I(types.float64, 2.5), I(types.string, "b")],
  print3: [],
};

function run(gen: Generator<any, any, any>): any {
  for (;;) {
    const r = gen.next();
    if (r.done) return r.value;
  }
}

const unhex = (h: string) => Buffer.from(h, "hex").toString("latin1");
const golden = readFileSync(new URL("../../../../src/stdlib/native/testdata/fmt_golden.tsv", import.meta.url), "latin1")
  .split("\n").filter((l) => l !== "").map((l) => l.split("\t"));

test("Sprintf of single operands matches Go 1.19", () => {
  let n = 0;
  const failures: string[] = [];
  for (const row of golden) {
    if (row[0] === "L" || row[0] === "P" || row[0] === "E") continue;
    const [fh, name, want] = row as [string, string, string];
    const f = unhex(fh);
    assert.ok(name in operands, "no operand " + name);
    const got = run(natives.Sprintf!(f, slice([operands[name]]))) as string;
    n++;
    if (got !== unhex(want)) failures.push(`${JSON.stringify(f)} ${name}: want ${JSON.stringify(unhex(want))} got ${JSON.stringify(got)}`);
  }
  assert.deepEqual(failures.slice(0, 30), [], `${failures.length} of ${n} differ`);
  assert.ok(n > 3000);
});

test("Sprintf with operand lists matches Go 1.19", () => {
  for (const row of golden.filter((r) => r[0] === "L")) {
    const [, name, want] = row as [string, string, string];
    const [f, args] = lists[name]!;
    assert.equal(run(natives.Sprintf!(f, slice(args))), unhex(want), name);
  }
});

test("Sprint and Sprintln match Go 1.19", () => {
  for (const row of golden.filter((r) => r[0] === "P")) {
    const [, name, w1, w2] = row as [string, string, string, string];
    const args = slice(printLists[name]!);
    assert.equal(run(natives.Sprint!(args)), unhex(w1), name);
    assert.equal(run(natives.Sprintln!(args)), unhex(w2), name);
  }
});

test("errorf reports the %w operand", () => {
  const e = I(ptrTo(E), { msg: "in" });
  const [s, w] = run(natives.errorf!("wrap: %w", slice([e])));
  assert.equal(s, "wrap: E:in");
  assert.equal(w, e);
  const [s2, w2] = run(natives.errorf!("two: %w %w", slice([e, I(ptrTo(E), { msg: "b" })])));
  assert.equal(s2, unhex("74776f3a20453a696e20252177282a6d61696e2e453d267b627d29"));
  assert.equal(w2, null);
  const [s3, w3] = run(natives.errorf!("nonerr: %w", slice([I(types.int, 5)])));
  assert.equal(s3, "nonerr: %!w(int=5)");
  assert.equal(w3, null);
});

test("a Formatter receives a State with the flags, width and precision", () => {
  const F = namedOf("main", "F", types.int);
  addMethod(F, {
    name: "Format", ptrRecv: false,
    fn: function* (v: number, st: Iface, verb: number) {
      const m = (n: string) => st.t.methods.find((x) => x.name === n)!;
      const [w, wok] = (yield* m("Width").fn(st.v)) as [number, boolean];
      const [p, pok] = (yield* m("Precision").fn(st.v)) as [number, boolean];
      const plus = yield* m("Flag").fn(st.v, 0x2b);
      const s = `<${String.fromCodePoint(verb)} ${w}/${wok} ${p}/${pok} ${plus} ${v}>`;
      yield* m("Write").fn(st.v, bytes(s));
    },
  });
  // Expected output from Go 1.19 for the same Format method.
  assert.equal(run(natives.Sprintf!("%+8.3x|%v", slice([I(F, 7), I(F, 1)]))), "<x 8/true 3/true true 7>|<v 8/false 3/false false 1>");
});
