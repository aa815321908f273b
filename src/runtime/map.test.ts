// Tests for the map model (map.ts, map_iter.ts, map_fast.ts).
//
// Method: (1) thousands of seeded random sequences of insert/delete/lookup/clear/iterate on
// maps of several key types, compared against a JS Map after every operation, with checkmap
// verifying the structural invariants (count, tophash and bucket placement, emptyRest,
// evacuation progress) each time; (2) exact agreement with facts measured on real Go 1.19.8:
// the B-after-n-inserts table in testdata/map/growth-go1.19.txt, makemap hints, bucket sizes;
// (3) hand-driven interleavings of the generator entry points for the concurrent-misuse checks.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Prng } from "../base/prng.js";
import { setRuntimeErrorFactory } from "./alg.js";
import {
  Box, type Hmap, hashWriting, makemap, makemap_small, mapaccess1, mapaccess1p, mapaccess2p,
  mapassign, mapassignp, mapclear, mapdelete, mapdeletep, maplen, newMapType, type MapType, W, oslot, ooslot,
  elemRef, mapRefBucket, mapRefIndex,
} from "./map.js";
import {
  checkmap, mapDebug, mapEntries, mapiterinitp, mapiternext, mapiternextp,
} from "./map_iter.js";
import { GoFatal, GoPanic } from "./panic.js";
import { Iface, type GoStruct } from "./value.js";
import {
  arrayType, drive, fakeEnv, structType, tFloat64, tIface, tInt, tInt32, tInt8, tSliceInt,
  tString,
} from "./map.testutil.js";

setRuntimeErrorFactory((msg, plain) => new Iface(tString, (plain ? "" : "runtime error: ") + msg));

const tIntInt = newMapType(tInt, tInt);
const tStrInt = newMapType(tString, tInt);
const tPoint = structType("main.P", [["X", tInt32], ["S", tString]]);
const tPointInt = newMapType(tPoint, tInt);

// ---- random sequences against a reference ----

interface KeyKind {
  t: MapType;
  key(n: number): any;
  ref(k: any): string;
}

const kinds: KeyKind[] = [
  { t: tIntInt, key: (n) => n * 7919 - 3000, ref: (k) => String(k) },
  { t: tStrInt, key: (n) => "k" + n.toString(36), ref: (k) => k },
  { t: tPointInt, key: (n) => ({ X: n & 7, S: "s" + (n >> 3) }), ref: (k) => `${k.X}/${k.S}` },
];

/** An iteration in progress: checks Go's guarantees as entries are produced. */
class IterCheck {
  seen = new Set<string>();
  presentAtStart: Set<string>;
  deleted = new Set<string>();
  constructor(readonly kind: KeyKind, readonly h: Hmap, ref: Map<string, number>) {
    this.presentAtStart = new Set(ref.keys());
  }
  /** Validate the iterator's current entry against the reference. */
  check(key: any, elem: number, ref: Map<string, number>): void {
    const r = this.kind.ref(key);
    assert.ok(!this.seen.has(r), `key ${r} produced twice`);
    this.seen.add(r);
    assert.equal(ref.get(r), elem, `key ${r} produced with a stale or absent value`);
  }
  /** At the end: every key present throughout was produced. */
  finish(): void {
    for (const r of this.presentAtStart) {
      if (!this.deleted.has(r)) assert.ok(this.seen.has(r), `key ${r} never produced`);
    }
  }
}

function runSequence(kind: KeyKind, prng: Prng, ops: number, keySpace: number): void {
  const env = fakeEnv(prng.uint32());
  const h = prng.intn(2) === 0 ? makemap_small(env) : makemap(kind.t, prng.intn(100), env);
  const ref = new Map<string, number>();
  let iter: { it: ReturnType<typeof mapiterinitp>; chk: IterCheck } | null = null;
  for (let op = 0; op < ops; op++) {
    const k = kind.key(prng.intn(keySpace));
    const r = kind.ref(k);
    const choice = prng.intn(100);
    if (choice < 50) {
      const v = prng.intn(1000);
      drive(mapassign(kind.t, h, k, v));
      ref.set(r, v);
    } else if (choice < 75) {
      drive(mapdelete(kind.t, h, k));
      ref.delete(r);
      iter?.chk.deleted.add(r);
      iter?.chk.seen.delete(r); // a re-inserted key is a new entry that may be produced again
    } else if (choice < 90) {
      const [v, ok] = mapaccess2p(kind.t, h, k);
      assert.equal(ok, ref.has(r));
      assert.equal(v, ref.has(r) ? ref.get(r) : 0);
    } else if (choice < 91) {
      // The compiler emits mapclear only for a range-and-delete loop, never under another
      // iteration, so an open iteration is abandoned here.
      drive(mapclear(kind.t, h));
      ref.clear();
      iter = null;
    } else if (iter === null) {
      iter = { it: mapiterinitp(kind.t, h), chk: new IterCheck(kind, h, ref) };
      if (iter.it.key !== undefined) iter.chk.check(iter.it.key, iter.it.elem, ref);
    } else {
      // Advance the open iteration a few entries.
      for (let s = 0; s < 3 && iter !== null; s++) {
        if (iter.it.key === undefined) {
          iter.chk.finish();
          iter = null;
          break;
        }
        drive(mapiternext(iter.it));
        if (iter.it.key !== undefined) iter.chk.check(iter.it.key, iter.it.elem, ref);
      }
    }
    assert.equal(maplen(h), ref.size);
    checkmap(kind.t, h);
  }
  const entries = mapEntries(kind.t, h);
  assert.equal(entries.length, ref.size);
  for (const [k, v] of entries) assert.equal(ref.get(kind.ref(k)), v);
}

test("random operation sequences agree with a JS Map and keep the invariants", () => {
  const prng = new Prng(20221);
  let n = 0;
  for (let seq = 0; seq < 2400; seq++) {
    const kind = kinds[seq % kinds.length]!;
    const keySpace = 2 + prng.intn(seq % 10 === 0 ? 2000 : 300);
    runSequence(kind, prng, 60 + prng.intn(200), keySpace);
    n++;
  }
  assert.equal(n, 2400);
});

test("mapassign of elemRef leaves the element's place, a new key's zeroed, for an update in place", () => {
  const h = makemap_small(fakeEnv(6));
  for (let i = 0; i < 500; i++) {
    // m[i % 37] += i, as compiled code does it: growth happens inside the mapassigns.
    mapassignp(tIntInt, h, i % 37, elemRef);
    const b = mapRefBucket();
    const j = mapRefIndex();
    b[j] = (b[j] as number) + i;
  }
  checkmap(tIntInt, h);
  assert.equal(maplen(h), 37);
  for (let k = 0; k < 37; k++) {
    let want = 0;
    for (let i = k; i < 500; i += 37) want += i;
    assert.equal(mapaccess1p(tIntInt, h, k), want);
  }
});

test("churn with a bounded live set triggers same-size growth and keeps B small", () => {
  const env = fakeEnv(5);
  const h = makemap_small(env);
  const ref = new Map<number, number>();
  let sameSize = 0;
  for (let i = 0; i < 200000; i++) {
    mapassignp(tIntInt, h, i, i);
    ref.set(i, i);
    if (i >= 40) {
      mapdeletep(tIntInt, h, i - 40);
      ref.delete(i - 40);
    }
    if (mapDebug(h).sameSizeGrow) sameSize++;
    if (i % 997 === 0) checkmap(tIntInt, h);
  }
  assert.ok(sameSize > 0, "no same-size growth happened");
  assert.ok(h.B <= 4, `B grew to ${h.B}`);
  assert.equal(maplen(h), 40);
  for (const [k, v] of ref) assert.equal(mapaccess1p(tIntInt, h, k), v);
});

// ---- agreement with real Go ----

test("B after n inserts equals Go 1.19's table for every n up to 10^6", () => {
  const path = fileURLToPath(new URL("../../../testdata/map/growth-go1.19.txt", import.meta.url));
  const lines = readFileSync(path, "latin1").split("\n");
  assert.match(lines[0]!, /^# .*go1\.19/);
  const changes = new Map<number, number>();
  let max = 0;
  for (const line of lines.slice(1)) {
    if (line === "") continue;
    const [n, b] = line.split(" ").map(Number) as [number, number];
    changes.set(n, b);
  }
  const h = makemap_small(fakeEnv(1));
  let last = -1;
  for (let n = 1; n <= 1000000; n++) {
    mapassignp(tIntInt, h, n, n);
    if (h.B !== last) {
      assert.equal(changes.get(n), h.B, `B changed to ${h.B} at n=${n}`);
      last = h.B;
      max = n;
    }
  }
  assert.equal(h.count, 1000000);
  assert.equal(max, Math.max(...changes.keys()));
  assert.equal(changes.size, [...changes.keys()].filter((n) => n <= 1000000).length);
});

test("makemap hint gives Go's B", () => {
  const want: [number, number][] = [
    [0, 0], [8, 0], [9, 1], [13, 1], [14, 2], [26, 2], [27, 3], [100, 4], [1000, 8], [-5, 0],
  ];
  for (const [hint, B] of want) {
    assert.equal(makemap(tIntInt, hint, fakeEnv(1)).B, B, `hint ${hint}`);
  }
  assert.equal(makemap(tIntInt, 1n << 60n, fakeEnv(1)).B, 0);
});

test("makeBucketArray preallocates overflow buckets filling the size class", () => {
  const env = fakeEnv(1);
  const h = makemap(tIntInt, 1000, env);
  // B=8: 256+16 buckets of 144 bytes = 39168, rounded up to 40960 bytes = 284 buckets.
  assert.equal(h.buckets!.n, 284);
  assert.equal(h.buckets!.c.length, 1);
  assert.equal(h.buckets!.c[0]!.length, 284 * W);
  assert.equal(h.buckets!.c[0]![283 * W + oslot], h.buckets!.c[0]);
  assert.equal(h.buckets!.c[0]![283 * W + ooslot], 0);
  assert.equal(h.extra!.nextOverflowArray, h.buckets);
  assert.equal(h.extra!.nextOverflowIndex, 256);
  // The hmap, the bucket array and the mapextra that holds nextOverflow (new(mapextra)).
  assert.equal(env.bytes, 48 + 284 * 144 + 24);
  // A map without a hint allocates nothing beyond the hmap until the first insert.
  const env2 = fakeEnv(2);
  const h2 = makemap_small(env2);
  assert.equal(h2.buckets, null);
  mapassignp(tIntInt, h2, 1, 1);
  assert.equal(env2.bytes, 48 + 144);
  assert.equal(env2.noscanAllocs, 1);
});

test("bucket sizes and flags match the compiler's maptype", () => {
  assert.equal(tIntInt.bucketsize, 144);
  assert.equal(tIntInt.bucketNoscan, true);
  assert.equal(tIntInt.flags, 0x4);
  assert.equal(tIntInt.fast, "fast64");
  assert.equal(tStrInt.bucketsize, 208);
  assert.equal(tStrInt.bucketNoscan, false);
  assert.equal(tStrInt.flags, 0xc);
  assert.equal(tStrInt.fast, "faststr");
  const small = newMapType(tInt32, tInt8);
  assert.equal(small.bucketsize, 56);
  assert.equal(small.fast, "fast32");
  const big = newMapType(arrayType(tInt8, 200), tInt);
  assert.equal(big.bucketsize, 144);
  assert.equal(big.flags, 0x5);
  assert.equal(big.bucketNoscan, false);
  assert.equal(big.fast, "generic");
  assert.equal(newMapType(tFloat64, tInt).fast, "generic");
  // An under-aligned 8-byte key is plain memory but not a 64-bit word (Go issue 46283).
  assert.equal(newMapType(arrayType(tInt8, 8), tInt).fast, "generic");
  assert.equal(newMapType(structType("W", [["A", tInt]]), tInt).fast, "fast64");
  assert.equal(newMapType(tInt, arrayType(tInt8, 200)).fast, "generic");
});

// ---- iteration ----

test("a one-bucket map iterates in rotations of its slot order", () => {
  const h = makemap_small(fakeEnv(77));
  const keys = ["a", "b", "c", "d", "e"];
  keys.forEach((k, i) => mapassignp(tStrInt, h, k, i));
  const orders = new Set<string>();
  for (let run = 0; run < 200; run++) {
    let s = "";
    for (const it = mapiterinitp(tStrInt, h); it.key !== undefined; mapiternextp(it)) s += it.key;
    assert.ok("abcdeabcde".includes(s) && s.length === 5, `order ${s} is not a rotation`);
    orders.add(s);
  }
  assert.equal(orders.size, 5);
});

test("iteration during growth and deletes visits each key exactly once", () => {
  for (let seed = 0; seed < 200; seed++) {
    const prng = new Prng(seed);
    const h = makemap_small(fakeEnv(seed));
    const n0 = 27 + prng.intn(500);
    for (let i = 0; i < n0; i++) mapassignp(tIntInt, h, i, i);
    const ref = new Map<string, number>();
    for (let i = 0; i < n0; i++) ref.set(String(i), i);
    const chk = new IterCheck(kinds[0]!, h, ref);
    const it = mapiterinitp(tIntInt, h);
    let next = n0;
    while (it.key !== undefined) {
      chk.check(it.key, it.elem, ref);
      const c = prng.intn(4);
      if (c === 0) { // insert new keys, which may grow the map
        for (let j = 0; j < 3; j++, next++) {
          mapassignp(tIntInt, h, next, next);
          ref.set(String(next), next);
        }
      } else if (c === 1) { // delete a random old key
        const k = prng.intn(n0);
        mapdeletep(tIntInt, h, k);
        ref.delete(String(k));
        chk.deleted.add(String(k));
      } else if (c === 2) { // update a random old key
        const k = prng.intn(n0);
        if (ref.has(String(k))) {
          mapassignp(tIntInt, h, k, -k);
          ref.set(String(k), -k);
        }
      }
      mapiternextp(it);
    }
    chk.finish();
    checkmap(tIntInt, h);
  }
});

// ---- float keys ----

test("+0 and -0 are one key; NaN keys are never found and always added", () => {
  const t = newMapType(tFloat64, tInt);
  const h = makemap_small(fakeEnv(3));
  mapassignp(t, h, 0, 1);
  mapassignp(t, h, -0, 2);
  assert.equal(maplen(h), 1);
  assert.equal(mapaccess1p(t, h, 0), 2);
  assert.ok(Object.is(mapEntries(t, h)[0]![0], -0), "needkeyupdate stores the new key -0");
  for (let i = 0; i < 20; i++) mapassignp(t, h, NaN, i);
  assert.equal(maplen(h), 21);
  assert.deepEqual(mapaccess2p(t, h, NaN), [0, false]);
  mapdeletep(t, h, NaN);
  assert.equal(maplen(h), 21);
  let nans = 0;
  for (const it = mapiterinitp(t, h); it.key !== undefined; mapiternextp(it)) {
    if (Number.isNaN(it.key)) nans++;
  }
  assert.equal(nans, 20);
  checkmap(t, h);
});

// ---- concurrent misuse ----

function fatalAt(fn: string, line: number, msg: string): (e: unknown) => boolean {
  return (e) => e instanceof GoFatal && e.msg === msg && e.kind === "fatal" &&
    e.runtimeFrames[1]!.fn === fn && e.runtimeFrames[1]!.line === line;
}

test("two overlapping mapassign calls: concurrent map writes", () => {
  const h = makemap_small(fakeEnv(1));
  const a = mapassign(tIntInt, h, 1, 1);
  a.next(); // STEP before the entry check
  a.next(); // entry check passed, hashing
  a.next(); // flag set: now in the write window
  assert.equal(h.flags & hashWriting, hashWriting);
  assert.throws(() => drive(mapassign(tIntInt, h, 2, 2)),
    fatalAt("runtime.mapassign_fast64", 102, "concurrent map writes"));
  // The exit check fires when the flag was toggled off during the window.
  h.flags ^= hashWriting;
  assert.throws(() => a.next(), fatalAt("runtime.mapassign_fast64", 177, "concurrent map writes"));
});

test("two writers that both pass the entry check: the exit check fires (Go's XOR)", () => {
  const h = makemap_small(fakeEnv(1));
  const a = mapassign(tIntInt, h, 1, 1);
  const b = mapassign(tIntInt, h, 2, 2);
  a.next(); // STEP before the entry check
  a.next(); // a passed its entry check and is hashing
  b.next();
  b.next(); // b passed its entry check too
  a.next(); // a sets hashWriting: now in its window
  b.next(); // b toggles hashWriting off again
  assert.throws(() => a.next(), fatalAt("runtime.mapassign_fast64", 177, "concurrent map writes"));
});

test("a read during a write window: concurrent map read and map write", () => {
  const h = makemap_small(fakeEnv(1));
  mapassignp(tStrInt, h, "x", 1);
  mapassignp(tStrInt, h, "y", 2); // an emptied map is read without the check, as in Go
  const w = mapdelete(tStrInt, h, "x");
  w.next();
  w.next(); // in the delete's write window
  assert.throws(() => drive(mapaccess1(tStrInt, h, "x")),
    fatalAt("runtime.mapaccess1_faststr", 22, "concurrent map read and map write"));
});

test("a write while an iteration is under way: concurrent map iteration and map write", () => {
  const h = makemap_small(fakeEnv(1));
  for (let i = 0; i < 5; i++) mapassignp(tIntInt, h, i, i);
  const it = mapiterinitp(tIntInt, h);
  const w = mapassign(tIntInt, h, 9, 9);
  w.next();
  w.next();
  w.next();
  assert.throws(() => drive(mapiternext(it)),
    fatalAt("runtime.mapiternext", 873, "concurrent map iteration and map write"));
  drive(w); // the writer finishes normally
  assert.equal(maplen(h), 6);
});

// ---- nil maps, interface keys, indirect storage, clear ----

test("nil map: reads are zero, writes panic with a plain runtime error", () => {
  assert.equal(mapaccess1p(tIntInt, null, 1), 0);
  assert.equal(maplen(null), 0);
  mapdeletep(tIntInt, null, 1);
  assert.equal(mapiterinitp(tIntInt, null).key, undefined);
  assert.throws(() => drive(mapassign(tIntInt, null, 1, 1)),
    (e: unknown) => e instanceof GoPanic && e.value!.v === "assignment to entry in nil map");
});

test("interface keys: mixed dynamic types; unhashable keys panic before the flag is set", () => {
  const t = newMapType(tIface, tInt);
  assert.equal(t.hashMightPanic, true);
  const h = makemap_small(fakeEnv(4));
  const keys = [new Iface(tInt, 1), new Iface(tString, "1"), new Iface(tFloat64, 1), null];
  keys.forEach((k, i) => mapassignp(t, h, k, i));
  assert.equal(maplen(h), 4);
  keys.forEach((k, i) => assert.equal(mapaccess1p(t, h, k), i));
  assert.equal(mapaccess1p(t, h, new Iface(tInt, 1)), 0);
  const bad = new Iface(tSliceInt, null);
  const isUnhashable = (e: unknown): boolean => e instanceof GoPanic &&
    e.value!.v === "runtime error: hash of unhashable type []int";
  assert.throws(() => mapassignp(t, h, bad, 1), isUnhashable);
  assert.equal(h.flags & hashWriting, 0);
  assert.throws(() => mapaccess1p(t, makemap_small(fakeEnv(1)), bad), isUnhashable);
  assert.throws(() => mapaccess1p(t, null, bad), isUnhashable);
  checkmap(t, h);
});

test("keys and elems over 128 bytes are stored boxed and allocated separately", () => {
  const k200 = arrayType(tInt8, 200);
  const t = newMapType(k200, k200);
  assert.equal(t.indirectkey && t.indirectelem, true);
  const env = fakeEnv(9);
  const h = makemap_small(env);
  const key = k200.zero() as GoStruct;
  key[0] = 5;
  const val = k200.zero() as GoStruct;
  val[1] = 7;
  mapassignp(t, h, key, val);
  key[0] = 6; // the map holds a copy
  val[1] = 8;
  assert.equal(env.bytes, 48 + 144 + 200 + 200);
  assert.ok(h.buckets!.c[0]![8] instanceof Box);
  const k5 = k200.zero() as GoStruct;
  k5[0] = 5;
  assert.equal(mapaccess1p(t, h, k5)[1], 7);
  assert.equal(mapaccess2p(t, h, key)[1], false);
});

test("mapclear and emptying deletes reset the seed; clear keeps the bucket array", () => {
  const h = makemap(tIntInt, 100, fakeEnv(11));
  const arr = h.buckets;
  for (let i = 0; i < 50; i++) mapassignp(tIntInt, h, i, i);
  const seed = h.hash0;
  drive(mapclear(tIntInt, h));
  assert.equal(maplen(h), 0);
  assert.equal(h.buckets, arr);
  assert.notEqual(h.hash0, seed);
  checkmap(tIntInt, h);
  mapassignp(tIntInt, h, 1, 1);
  const seed2 = h.hash0;
  mapdeletep(tIntInt, h, 1);
  assert.notEqual(h.hash0, seed2);
});

test("struct keys are copied on insert", () => {
  const h = makemap_small(fakeEnv(12));
  const k = { X: 1, S: "a" };
  mapassignp(tPointInt, h, k, 10);
  k.X = 2;
  assert.equal(mapaccess1p(tPointInt, h, { X: 1, S: "a" }), 10);
  assert.equal(mapaccess1p(tPointInt, h, k), 0);
});

test("NaN keys survive growth under an iterator: each produced exactly once", () => {
  const t = newMapType(tFloat64, tInt);
  let midGrowth = 0;
  for (let seed = 0; seed < 50; seed++) {
    const h = makemap_small(fakeEnv(100 + seed));
    let nans = 0;
    const n0 = seed % 2 === 0 ? 40 : 105 + (seed % 8); // odd seeds start mid-growth
    for (let i = 0; i < n0; i++) {
      if (i % 3 === 0) {
        mapassignp(t, h, NaN, i);
        nans++;
      } else {
        mapassignp(t, h, i / 4, i);
      }
    }
    const seen = new Set<number>();
    let nanSeen = 0;
    let next = 1000;
    if (mapDebug(h).growing) midGrowth++;
    for (const it = mapiterinitp(t, h); it.key !== undefined; mapiternextp(it)) {
      if (Number.isNaN(it.key)) nanSeen++;
      else {
        assert.ok(!seen.has(it.key), `key ${it.key} produced twice`);
        seen.add(it.key);
      }
      for (let j = 0; j < 4; j++) mapassignp(t, h, next++ / 4, 0); // force growth mid-iteration
    }
    assert.equal(nanSeen, nans);
    for (let i = 0; i < n0; i++) if (i % 3 !== 0) assert.ok(seen.has(i / 4), `missed ${i / 4}`);
    checkmap(t, h);
  }
  assert.ok(midGrowth > 10, `only ${midGrowth} iterations began mid-growth`);
});
