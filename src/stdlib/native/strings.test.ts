// Tests for the strings natives. Goal: every native gives Go 1.19's result on a corpus of ASCII,
// multi-byte, invalid-UTF-8 and case-folding-sensitive strings. Method: a Go 1.19.8 program ran
// each function on every string (and every pair of strings) of the corpus below and printed one
// FNV-1a hash per function over lines of hex-encoded results ([]string as "len/cap:hex,...");
// the test rebuilds the same lines from the natives and compares the hashes. A mismatch names
// the function; rerun the Go program (see the report of this change) to see the lines.

import { test } from "node:test";
import assert from "node:assert/strict";
import { natives as n, replacerReplace } from "./strings.js";
import { GoPanic } from "../../runtime/panic.js";
import { rt } from "../../runtime/rt.js";
import { Iface, Slice } from "../../runtime/value.js";
import type { RType } from "../../runtime/value.js";

rt.stringValue = (s: string) => new Iface({ str: "string" } as RType, s);

const corpus = [
  "",
  "a",
  "abc",
  "aaa",
  "a,b,,c",
  " \x09 hello  world \x0a",
  "Hello, World",
  "h\xc3\xa9llo w\xc3\xb6rld",
  "\xff\xfe",
  "a\xffb",
  "\xc3\x80\xc3\x89\xc3\x8e\xc3\xb5\xc3\xbc",
  "\xc7\x86\xc7\x85\xc7\x84 stra\xc3\x9fe \xc4\xb0stanbul",
  "\xce\xa3\xce\x91\xce\xa3 \xcf\x83\xce\xb1\xcf\x82",
  "\xef\xac\x80 \xe1\xbe\x80",
  "\xc2\xa0x\xc2\x85y\xe2\x80\x80z\xe3\x80\x80",
  "\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e \xe3\x83\x86\xe3\x82\xad\xe3\x82\xb9\xe3\x83\x88",
  "KkK\xe2\x84\xaa",
  "go gopher go",
  "\xe4\xb8",
  "ss \xc5\xbf S",
  "x\xef\xbf\xbdy",
  ",",
  " ",
  "aa",
  "o",
  "\xc3\xa9",
  "\xff",
  "lo",
  "go",
  "\xc3\xb6",
  "\xe4\xb8\x96",
  "hello_world-foo bar",
  "ab\x00cd",
];
const runes = [-1, 0, 97, 128, 233, 65533, 19990, 128512, 55296, 1114112, 44];

const want: Record<string, number> = {
  Compare: 1873962593,
  Contains: 4024668817,
  ContainsAny: 1336262642,
  ContainsRune: 2936673029,
  Count: 3198778669,
  Cut: 3596163023,
  EqualFold: 2136062191,
  Fields: 3308491410,
  HasPrefix: 792713608,
  HasSuffix: 364531744,
  Index: 3404067347,
  IndexAny: 2699438091,
  IndexRune: 4194468129,
  Join: 3365709924,
  LastIndex: 12755334,
  LastIndexAny: 3760145085,
  Repeat: 2705678803,
  Replace: 424776115,
  Replacer: 2882034044,
  Replacer2: 2780724091,
  Split: 1113416500,
  SplitAfter: 3102244815,
  SplitAfterN: 1049047578,
  SplitN: 3701013234,
  Title: 512280629,
  ToLower: 676643728,
  ToTitle: 3282382496,
  ToUpper: 309078423,
  Trim: 74807689,
  TrimLeft: 1184257177,
  TrimPrefix: 2738623659,
  TrimRight: 2904631254,
  TrimSpace: 2792065456,
  TrimSuffix: 861375738,
};

const hashes = new Map<string, number>();
function emit(name: string, v: string): void {
  let h = hashes.get(name) ?? 0x811c9dc5;
  const line = v + "\n";
  for (let i = 0; i < line.length; i++) {
    h ^= line.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  hashes.set(name, h);
}
const x = (s: string): string => Buffer.from(s, "latin1").toString("hex");
function xs(a: Slice | null): string {
  if (a === null) return "nil";
  let out = `${a.len}/${a.cap}:`;
  for (let i = 0; i < a.len; i++) out += x(a.a[a.off + i] as string) + ",";
  return out;
}
const strs = (...v: string[]): Slice => new Slice(v, 0, v.length, v.length);
const call = (f: string, ...args: unknown[]): any => (n[f] as Function)(...args);

function unary(s: string): void {
  emit("Fields", xs(call("Fields", s)));
  for (const f of ["ToUpper", "ToLower", "ToTitle", "Title", "TrimSpace"]) emit(f, x(call(f, s)));
  for (let k = -1; k < 4; k++) {
    try {
      emit("Repeat", x(call("Repeat", s, k)));
    } catch (e) {
      if (!(e instanceof GoPanic)) throw e;
      emit("Repeat", "panic:" + (e.value as Iface).v);
    }
  }
  for (const r of runes) {
    emit("IndexRune", String(call("IndexRune", s, r)));
    emit("ContainsRune", String(call("ContainsRune", s, r)));
  }
}

function binary(s: string, t: string): void {
  for (const f of ["Contains", "ContainsAny", "Count", "EqualFold", "HasPrefix", "HasSuffix",
    "Index", "IndexAny", "LastIndex", "LastIndexAny", "Compare"]) {
    emit(f, String(call(f, s, t)));
  }
  emit("Split", xs(call("Split", s, t)));
  emit("SplitAfter", xs(call("SplitAfter", s, t)));
  for (const k of [-1, 0, 1, 2, 5, 100]) {
    emit("SplitN", xs(call("SplitN", s, t, k)));
    emit("SplitAfterN", xs(call("SplitAfterN", s, t, k)));
  }
  for (const k of [-1, 0, 1, 2]) emit("Replace", x(call("Replace", s, t, "<" + t + ">", k)));
  for (const f of ["Trim", "TrimLeft", "TrimRight", "TrimPrefix", "TrimSuffix"]) {
    emit(f, x(call(f, s, t)));
  }
  const [b, a, found] = call("Cut", s, t);
  emit("Cut", `${x(b)} ${x(a)} ${found}`);
  emit("Join", x(call("Join", strs(s, t, s), t)));
  const r1 = { oldnew: strs(t, "[1]", s, "[2]", "a", "A") };
  emit("Replacer", x(replacerReplace(r1, s + t + s)));
  emit("Replacer2", x(replacerReplace({ oldnew: strs("", "|", t, "#") }, s)));
}

test("strings natives match Go 1.19 on the corpus", () => {
  for (const s of corpus) {
    unary(s);
    for (const t of corpus) binary(s, t);
  }
  const bad = Object.keys(want).filter((k) => hashes.get(k) !== want[k]);
  assert.deepEqual(bad, []);
});

test("readable cases", () => {
  assert.equal(call("ToUpper", "h\xc3\xa9llo"), "H\xc3\x89LLO");
  assert.equal(call("Title", "hello wide world"), "Hello Wide World");
  assert.deepEqual(call("Cut", "k=v", "="), ["k", "v", true]);
  assert.equal(call("Join", null, ","), "");
  assert.equal(call("SplitN", "a,b,c", ",", 2n ** 60n).len, 3);
  assert.throws(() => call("Repeat", "ab", 2n ** 62n), GoPanic);
});

test("Builder", () => {
  const b = { addr: null, s: "", buf: null };
  assert.deepEqual(call("Builder.WriteString", b, "h\xc3\xa9llo"), [6, null]);
  assert.equal(call("Builder.WriteByte", b, 0x21), null);
  assert.deepEqual(call("Builder.WriteRune", b, 0x4e16), [3, null]);
  assert.deepEqual(call("Builder.WriteRune", b, -1), [3, null]);
  assert.deepEqual(call("Builder.Write", b, new Slice([0, 0x41, 0x42], 1, 2, 2)), [2, null]);
  assert.equal(call("Builder.String", b), "h\xc3\xa9llo!\xe4\xb8\x96\xef\xbf\xbdAB");
  assert.equal(call("Builder.Len", b), 15);
  const copy = { addr: b.addr, s: b.s }; // a Go copy by value of a used Builder
  assert.throws(() => call("Builder.WriteString", copy, "x"), GoPanic);
  assert.equal(call("Builder.String", copy), b.s); // reading a copy is allowed
  assert.throws(() => call("Builder.Grow", b, -1), GoPanic);
  call("Builder.Reset", b);
  assert.equal(call("Builder.Len", b), 0);
});
