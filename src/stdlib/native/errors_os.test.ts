// Tests of the errors and os natives: As's target checks and stores, Is's comparability
// question, and the os kernels over the simulated process (rt).

import { test } from "node:test";
import assert from "node:assert/strict";
import { GoPanic } from "../../runtime/panic.js";
import { ExitError, rt } from "../../runtime/rt.js";
import { setMachine, type MachineApi } from "../../runtime/state.js";
import { GOON, STEP, type GoGen } from "../../runtime/yield.js";
import { addMethod, interfaceOf, funcOf, namedOf, ptrTo, sliceOf, structOf, types } from "../../runtime/rtypes.js";
import { Iface, Ptr, Slice } from "../../runtime/value.js";
import { natives as errors } from "./errors.js";
import { natives as os } from "./os.js";

rt.stringValue = (s: string) => new Iface(types.string, s);

const E = namedOf("main", "E", structOf([{ name: "msg", type: types.string, embedded: false, exported: false, tag: "" }], () => ({ msg: "" })));
const pE = ptrTo(E);
addMethod(pE, { name: "Error", ptrRecv: true, fn: function* (e: any) { return e.msg; } });

test("errors.As stores a matching concrete error into *target", () => {
  const err = new Iface(pE, { msg: "x" });
  const holder = { v: null as any };
  const target = new Iface(ptrTo(pE), new Ptr(holder, "v"));
  errors.checkAsTarget!(target);
  assert.equal(errors.assignTo!(err, target), true);
  assert.equal(holder.v, err.v);
  const other = new Iface(ptrTo(types.error), new Ptr({ v: null }, "v"));
  assert.equal(errors.assignTo!(err, other), true);
});

test("errors.As stores into an interface target only when the methods are there", () => {
  const err = new Iface(pE, { msg: "x" });
  const timeout = interfaceOf([{ name: "Timeout", type: funcOf([], [types.bool], false) }]);
  const cell = { v: null };
  assert.equal(errors.assignTo!(err, new Iface(ptrTo(timeout), new Ptr(cell, "v"))), false);
  assert.equal(cell.v, null);
});

test("errors.As panics on bad targets with Go's messages", () => {
  const msg = (f: () => void) => {
    try {
      f();
    } catch (e) {
      return e instanceof GoPanic ? e.value!.v : String(e);
    }
    return "no panic";
  };
  assert.equal(msg(() => errors.checkAsTarget!(null)), "errors: target cannot be nil");
  assert.equal(msg(() => errors.checkAsTarget!(new Iface(types.int, 1))), "errors: target must be a non-nil pointer");
  assert.equal(msg(() => errors.checkAsTarget!(new Iface(ptrTo(types.int), new Ptr({ v: 0 }, "v")))),
    "errors: *target must be interface or implement error");
  assert.equal(errors.comparable!(new Iface(pE, {})), true);
  assert.equal(errors.comparable!(new Iface(sliceOf(types.int), null)), false);
});

test("os kernels use the simulated process", () => {
  const out: [number, string][] = [];
  rt.env = { write: (fd: 1 | 2, s: string) => out.push([fd, s]) } as any;
  rt.args = ["/tmp/main", "a"];
  rt.environ = new Map([["HOME", "/root"]]);
  rt.stdin = "abc";
  rt.stdinPos = 0;
  // A write is a visible step: with a machine whose steps go on at once (GOON), the plain
  // entry writes and returns the count; with one whose steps yield, the write comes after it.
  const write = (os.write as unknown as { n: (fd: number, s: string) => unknown }).n;
  setMachine({ stepNow: () => GOON } as unknown as MachineApi);
  assert.equal(write(1, "hi\n"), 3);
  setMachine({ stepNow: () => STEP } as unknown as MachineApi);
  const gen = (os.write as (fd: number, s: string) => GoGen<number>)(2, "err");
  assert.deepEqual(gen.next(), { value: STEP, done: false });
  assert.deepEqual(out, [[1, "hi\n"]]);
  assert.deepEqual(gen.next(), { value: 3, done: true });
  assert.deepEqual(out, [[1, "hi\n"], [2, "err"]]);
  const args = os.runtime_args!() as Slice;
  assert.deepEqual(args.a.slice(args.off, args.len), ["/tmp/main", "a"]);
  assert.deepEqual(os.LookupEnv!("HOME"), ["/root", true]);
  assert.deepEqual(os.LookupEnv!("NOPE"), ["", false]);
  const b = new Slice([0, 0], 0, 2, 2);
  assert.equal(os.read!(0, b), 2);
  assert.deepEqual(b.a, [97, 98]);
  assert.equal(os.read!(0, b), 1);
  assert.equal(os.read!(0, b), 0);
  assert.throws(() => os.Exit!(3), (e: unknown) => e instanceof ExitError && e.code === 3);
});
