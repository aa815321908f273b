// Unit checks of the GC cycle's timing model (mgc.ts): the mark workers' rate.

import { test } from "node:test";
import assert from "node:assert/strict";
import { markRate, osWaitNs } from "./mgc.js";

test("markRate: 25% of the Ps plus the idle workers, at most GOMAXPROCS", () => {
  // GOMAXPROCS=4, one goroutine running: the dedicated worker and two idle workers.
  assert.equal(markRate(4, 3, 1, 2, 4), 3);
  // Every P busy: the dedicated worker only.
  assert.equal(markRate(4, 0, 0, 0, 4), 1);
  // GOMAXPROCS=1 with the goroutine running: the fractional worker's 25%.
  assert.equal(markRate(1, 0, 0, 0, 4), 0.25);
  // runtime.GC at GOMAXPROCS=1: the caller parks, and the idle worker has the P.
  assert.equal(markRate(1, 1, 0, 1, 4), 1);
});

test("markRate: with more threads than CPUs the workers get their fair share", () => {
  // Four threads (the goroutine's P, the dedicated worker, two idle workers) on two CPUs.
  assert.equal(markRate(4, 3, 1, 2, 2), 1.5);
  // Every P busy: the dedicated worker's P is one of four threads on two CPUs.
  assert.equal(markRate(4, 0, 0, 0, 2), 0.5);
  // GOMAXPROCS=2 on two CPUs, one goroutine: the fractional 25% of both Ps and an idle worker.
  assert.equal(markRate(2, 1, 0, 1, 2), 1.5);
});

test("osWaitNs: the ragged barrier waits for the OS only when threads outnumber CPUs", () => {
  assert.equal(osWaitNs(4, 3, 1, 2, 4), 0);
  // Four threads on two CPUs: on average one time slice (1.5 ms).
  assert.equal(osWaitNs(4, 3, 1, 2, 2), 1_500_000);
  assert.equal(osWaitNs(1, 0, 0, 0, 2), 0);
});
