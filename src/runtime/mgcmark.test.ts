// Unit tests of the marker: exactly the objects reachable from the roots get marked.
//
// Exercises src/runtime/mgcmark.ts (Marker, StringHeap, StringSet), which models Go 1.19's mgcmark.go
// (markroot, scanstack, scanobject, greyobject), together with the heap it marks (malloc.ts).
//
// Method: build object graphs by hand out of gort's value classes (value.ts: Slice, Ptr, Iface;
// `{v}` variable boxes; a class with static zero/clone/assign standing for a compiled struct),
// give the "heap" ones an address from Heap.mallocgc as `$addr` the way newobject.ts does, run
// one cycle (startCycle, Marker.markAll, finishMark) and compare the mark bits with the set of
// objects the test expects to be reachable. Then sweep and check that the allocator freed
// exactly the others (MemStats, checkHeap).
//
// Terms: "tagged" objects carry `$addr` and have a mark bit; "interior" objects (a Slice header,
// an Iface, a struct held by value) do not, and the marker only passes through them.
//
// Simplifications: no machine runs; the roots are passed to markAll directly. Every object is
// allocated as a scan object of at least 16 bytes (except strings, which are noscan but longer
// than 16 bytes), so the tiny allocator never packs two of them into one block.

import { test } from "node:test";
import assert from "node:assert/strict";
import { Heap } from "./malloc.js";
import type { MCache } from "./mcache.js";
import { Marker, StringHeap, StringSet, type MarkResult } from "./mgcmark.js";
import { G, Gstatus } from "./runtime2.js";
import { types } from "./rtypes.js";
import { Iface, Ptr, Slice } from "./value.js";
import type { GoGen } from "./yield.js";

/** Stands for a compiled struct type: the marker recognises such classes by static assign. */
class Node {
  val = 0;
  next: unknown = null;
  other: unknown = null;
  static zero(): Node {
    return new Node();
  }
  static clone(v: Node): Node {
    const n = new Node();
    Node.assign(n, v);
    return n;
  }
  static assign(d: Node, s: Node): void {
    d.val = s.val;
    d.next = s.next;
    d.other = s.other;
  }
}

/** A runtime-internal object that is not a Go value: the marker must not scan into it. */
class Opaque {
  hidden: unknown = null;
}

type Tagged = { $addr: number };

/** A heap with one P's mcache, and a helper that tags objects the way newobject.ts does. */
class World {
  readonly heap = new Heap({});
  readonly mc: MCache = this.heap.newMCache();
  readonly strs = new StringHeap();
  allocs = 0;

  /** newobject: give o a fresh heap address of size bytes. */
  tag<O extends object>(o: O, size = 32, noscan = false): O & Tagged {
    (o as { $addr?: number }).$addr = this.heap.mallocgc(size, noscan, this.mc);
    this.allocs++;
    return o as O & Tagged;
  }

  /** rawstring: a heap string of s's length, registered with its content. */
  str(s: string): number {
    assert.ok(s.length >= 16, "test strings avoid the tiny allocator");
    const a = this.heap.mallocgc(s.length, true, this.mc);
    this.allocs++;
    this.strs.add(a, s);
    return a;
  }

  /** startCycle and one marking pass from the given roots. */
  mark(globals: object[], gs: G[] = []): MarkResult {
    this.heap.startCycle([this.mc], 0, 1, false);
    return new Marker(this.heap).markAll(globals, gs, this.strs);
  }

  /** Mark termination, then sweep to completion; checkHeap between the steps. */
  finish(): void {
    this.heap.finishMark([this.mc], { now: 1_000_000, procs: 1 });
    this.heap.checkHeap([this.mc]);
    while (this.heap.sweepone() !== -1) this.heap.checkHeap([this.mc]);
    this.heap.checkHeap([this.mc]);
  }

  /** Asserts that the marked objects are exactly `live` among `all`. */
  expectMarked(all: Record<string, number>, live: string[]): void {
    const got = Object.keys(all).filter((k) => this.heap.isMarked(all[k]!)).sort();
    assert.deepEqual(got, [...live].sort());
  }
}

/** A generator object standing for a goroutine's body (it never runs here). */
function* body(): GoGen<void> {
  // The marker only checks that a body exists; it never resumes it.
}

test("marks pointer chains, cycles, interior structs and Ptrs; an unreachable cycle stays white", () => {
  const w = new World();
  const a = w.tag(new Node());
  const b = w.tag(new Node());
  const c = w.tag(new Node());
  const d = w.tag(new Node());
  const box = w.tag({ v: d as unknown }); // an escaped variable of pointer type
  const u1 = w.tag(new Node());
  const u2 = w.tag(new Node());
  const hidden = w.tag(new Node());
  // a -> (an untagged struct held by value) -> b -> a: a cycle through an interior object.
  const inner = new Node();
  inner.next = b;
  a.next = inner;
  b.next = a;
  // b.other is a Ptr to the box's field: the box is an object of its own and keeps d.
  b.other = new Ptr(box, "v");
  // c is reachable only through an untagged array held by a global.
  const arr = [null, c];
  // An unreachable two-node cycle, and an object only a runtime-internal object refers to.
  u1.next = u2;
  u2.next = u1;
  const opaque = new Opaque();
  opaque.hidden = hidden;
  const P = { root: a as unknown, arr: arr as unknown, op: opaque as unknown, n: 7 };
  const r = w.mark([P]);
  w.expectMarked({ a: a.$addr, b: b.$addr, c: c.$addr, d: d.$addr, box: box.$addr,
    u1: u1.$addr, u2: u2.$addr, hidden: hidden.$addr }, ["a", "b", "c", "d", "box"]);
  assert.equal(r.objects, 5);
  assert.equal(r.bytes, 5 * 32);
  assert.equal(r.globalsBytes, 4 * 8); // one 8-byte slot per package variable
  assert.equal(r.stackBytes, 0);
  w.finish();
});

test("Ifaces, slices sharing a backing array, and an unreachable slice's elements", () => {
  const w = new World();
  const x = w.tag(new Node());
  const y = w.tag(new Node());
  const z = w.tag(new Node());
  const q = w.tag(new Node());
  const backing = w.tag([x, y, z, null] as unknown[], 4 * 8);
  const other = w.tag([q] as unknown[], 8);
  // Two slices over one backing array: the first covers x and y only, the second z only.
  // The marker keeps the whole array (Go marks the object, not the window), so x, y and z live.
  const s1 = new Slice(backing, 0, 2, 4);
  const s2 = new Slice(backing, 2, 1, 2);
  const holder = w.tag(new Node());
  holder.next = s2;
  // An Iface holding a pointer, and one holding a struct by value that points at holder.
  const byValue = new Node();
  byValue.other = holder;
  const i1 = new Iface(types.int, x);
  const i2 = new Iface(types.int, byValue);
  // `other` is referred to only by a slice inside an unreachable object.
  const dead = w.tag(new Node());
  dead.next = new Slice(other, 0, 1, 1);
  const P = { s: s1 as unknown, i1: i1 as unknown, i2: i2 as unknown, nilIface: null };
  w.mark([P]);
  w.expectMarked({ x: x.$addr, y: y.$addr, z: z.$addr, q: q.$addr, backing: backing.$addr,
    other: other.$addr, holder: holder.$addr, dead: dead.$addr },
  ["x", "y", "z", "backing", "holder"]);
  w.finish();
});

test("closures: captures listed by a $c function or a $c array are reached", () => {
  const w = new World();
  const big = w.tag(new Array<number>(1000).fill(1), 8000, true);
  const counter = w.tag({ v: 0 as unknown });
  const arrCap = w.tag(new Node());
  const unreached = w.tag(new Node());
  // A closure capturing a slice and an escaped counter: its funcval is a tagged object too.
  const f1 = w.tag(function* (): Generator<unknown, number, unknown> {
    return 0;
  } as unknown as object, 24);
  (f1 as unknown as { $c: unknown }).$c = () => [new Slice(big, 0, 1000, 1000), counter];
  // A non-escaping closure (stackfuncval) whose captures are an array.
  const f2 = function (): void {};
  (f2 as unknown as { $c: unknown }).$c = [arrCap];
  // A closure that nobody references keeps its capture unmarked.
  const f3 = w.tag(function (): void {} as unknown as object, 16);
  (f3 as unknown as { $c: unknown }).$c = () => [unreached];
  const table = w.tag([f1, f2] as unknown[], 16);
  const P = { table: new Slice(table, 0, 2, 2) as unknown };
  w.mark([P]);
  w.expectMarked({ big: big.$addr, counter: counter.$addr, arrCap: arrCap.$addr,
    unreached: unreached.$addr, f1: f1.$addr, f3: f3.$addr, table: table.$addr },
  ["big", "counter", "arrCap", "f1", "table"]);
  w.finish();
});

test("string allocations stay marked as many as reachable strings of their size class, oldest first", () => {
  const w = new World();
  const kept = "a string that a global refers to"; // 32 bytes: class 32
  const s1 = w.str(kept);
  const s2 = w.str("a string nobody refers to anymore"); // 33 bytes: class 48
  const s3 = w.str("a string held inside a struct field"); // 35 bytes: class 48
  const n = w.tag(new Node());
  n.other = "a string held inside a struct" + " field"; // equal content, another JS string
  const P: Record<string, unknown> = { s: kept.slice(0), n };
  w.mark([P]);
  // One reachable string per class: the oldest allocation of each class stays.
  w.expectMarked({ s1, s2, s3, n: n.$addr }, ["s1", "s2", "n"]);
  assert.equal(w.strs.size, 2); // the third allocation is forgotten
  w.finish();
  // Next cycle: the global no longer holds a string of class 32.
  P.s = "";
  w.mark([P]);
  w.expectMarked({ s1, s2, n: n.$addr }, ["s2", "n"]);
  assert.equal(w.strs.size, 1);
  w.finish();
});

test("sweeping frees exactly the unmarked objects (MemStats, checkHeap)", () => {
  const w = new World();
  const keep: (Node & Tagged)[] = [];
  let prev: unknown = null;
  // A live chain of 200 nodes and 300 garbage nodes in the same spans.
  for (let i = 0; i < 500; i++) {
    const n = w.tag(new Node(), 48);
    if (i % 5 < 2) {
      n.next = prev;
      prev = n;
      keep.push(n);
    } else {
      n.next = keep[keep.length - 1] ?? null; // garbage pointing into live data
    }
  }
  // Large objects (their own spans): one live, two dead.
  const bigLive = w.tag(new Node(), 40000);
  w.tag(new Node(), 50000);
  w.tag(new Node(), 70000);
  keep[0]!.other = bigLive;
  const before = w.heap.readMemStats([w.mc]);
  assert.equal(before.Mallocs, w.allocs);
  assert.equal(before.Frees, 0);
  const P = { head: prev };
  const r = w.mark([P]);
  assert.equal(r.objects, 201);
  for (const n of keep) assert.ok(w.heap.isMarked(n.$addr));
  w.finish();
  const after = w.heap.readMemStats([w.mc]);
  assert.equal(after.HeapObjects, 201);
  assert.equal(after.Frees, 302);
  assert.equal(after.Mallocs, 503);
  assert.equal(after.HeapAlloc, 200 * 48 + 40960);
  w.heap.checkHeap([w.mc]);
  // Dropping the root frees everything in the next cycle.
  P.head = null;
  w.mark([P]);
  w.finish();
  const empty = w.heap.readMemStats([w.mc]);
  assert.equal(empty.HeapObjects, 0);
  assert.equal(empty.HeapAlloc, 0);
  assert.equal(empty.Frees, 503);
});

test("a goroutine's frames, deferred calls and start closure are roots; a dead G's are not", () => {
  const w = new World();
  const x = w.tag(new Node());
  const y = w.tag(new Node());
  const z = w.tag(new Node());
  const deferred = w.tag(new Node());
  const started = w.tag(new Node());
  const popped = w.tag(new Node());
  const deadLocal = w.tag(new Node());
  const g = new G(1);
  const f1 = g.push(0);
  f1.s = () => [() => x, () => 42];
  const d = function* (): GoGen<void> {};
  (d as unknown as { $c: unknown }).$c = [deferred];
  f1.defers = [d];
  const f2 = g.push(1);
  // A local read before its declaration ran (a JS temporal dead zone) holds nothing.
  f2.s = () => [() => y, () => {
    throw new ReferenceError("uninitialized");
  }];
  const f3 = g.push(2);
  f3.s = () => [() => popped];
  g.pop(undefined); // f3 returned: its stale stack map is no longer a root
  const start = function (): void {};
  (start as unknown as { $c: unknown }).$c = () => [started];
  g.startRoots = start;
  g.status = Gstatus._Gwaiting;
  g.gen = body();
  // A second goroutine waiting with z in its frame, and a dead one whose frame still holds data.
  const g2 = new G(2);
  g2.push(0).s = () => [() => new Slice([z], 0, 1, 1)];
  g2.status = Gstatus._Grunnable;
  g2.gen = body();
  const g3 = new G(3);
  g3.push(0).s = () => [() => deadLocal];
  g3.status = Gstatus._Gdead;
  g3.gen = body();
  const r = w.mark([], [g, g2, g3]);
  w.expectMarked({ x: x.$addr, y: y.$addr, z: z.$addr, deferred: deferred.$addr,
    started: started.$addr, popped: popped.$addr, deadLocal: deadLocal.$addr },
  ["x", "y", "z", "deferred", "started"]);
  assert.equal(r.stackBytes, 5 * 8); // two locals in f1, two in f2, one in g2's frame
  w.finish();
  // A G whose body has exited (gen undefined) is not scanned either.
  g.gen = undefined;
  g2.status = Gstatus._Gdead;
  w.mark([], [g, g2, g3]);
  w.expectMarked({ x: x.$addr, y: y.$addr, z: z.$addr }, []);
  w.finish();
});

test("objects allocated during marking are black; a second cycle frees them once dropped", () => {
  const w = new World();
  const P: Record<string, unknown> = { p: null };
  w.mark([P]);
  const fresh = w.tag(new Node());
  assert.ok(w.heap.isMarked(fresh.$addr), "allocate black");
  w.finish();
  w.mark([P]);
  assert.equal(w.heap.isMarked(fresh.$addr), false);
  w.finish();
  assert.equal(w.heap.readMemStats([w.mc]).HeapObjects, 0);
});

test("StringSet holds each distinct string once, across clears, growth, shrinking and collisions", () => {
  const set = new StringSet();
  const model = new Set<string>();
  // Long strings that agree on the characters the hash samples collide: they must stay apart.
  const long = (i: number): string => "x".repeat(40) + String(i).padStart(6, "0") + "y".repeat(40);
  for (let cycle = 0; cycle < 6; cycle++) {
    set.clear();
    model.clear();
    const n = cycle === 4 ? 50 : 3000 * (cycle + 1); // a small cycle after large ones shrinks
    for (let i = 0; i < n; i++) {
      const s = (i % 7 === 0 ? long(i % 500) : "key-" + ((i * 31) % (n - 3))) + (cycle % 2 === 0 ? "" : "\u00ff");
      assert.equal(set.add(s), !model.has(s), `cycle ${cycle} add ${JSON.stringify(s)}`);
      model.add(s);
    }
    assert.equal(set.size, model.size);
    assert.deepEqual(set.items.slice(0, set.size), [...model]);
    for (const s of model) assert.ok(set.has(s));
    assert.ok(!set.has("absent"));
  }
  set.clear();
  assert.equal(set.size, 0);
  assert.ok(set.items.every((s) => s === ""), "clear drops the strings");
});
