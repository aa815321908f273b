// Strategies: a run's recorded decisions replay it exactly, and a schedule token round-trips.
//
// Method: compile a racy Go program once, run it with a recording strategy, then run it again
// with a different seed for the strategy but the same seed for everything else, replaying the
// recorded decisions; the output and the event stream must be identical.

import { test } from "node:test";
import assert from "node:assert/strict";
import { compile, defaultRunOptions, run } from "../api.js";
import { nodeToolchain } from "../host/node.js";
import { Prng } from "../base/prng.js";
import { decodeSchedule, encodeSchedule, RandomStrategy, ReplayStrategy } from "./strategy.js";

const racy = `package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	out := []int{}
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := 0; j < 200; j++ {
				mu.Lock()
				out = append(out, i)
				mu.Unlock()
			}
		}(i)
	}
	wg.Wait()
	fmt.Println(out)
}
`;

test("replaying a run's decisions reproduces it", async () => {
  const tc = await nodeToolchain();
  const c = compile(tc, [{ name: "./racy.go", path: "/tmp/racy.go", text: racy }], "command-line-arguments");
  assert.ok(c.ok);
  const outs = new Set<string>();
  for (let seed = 1; seed <= 6; seed++) {
    const opts = { ...defaultRunOptions, seed, trace: true, recordSchedule: true };
    const a = run(c.program, opts);
    outs.add(JSON.stringify(a.events));
    const replay = new ReplayStrategy(a.schedule!, new RandomStrategy(new Prng(999)));
    const b = run(c.program, { ...opts, strategy: replay, recordSchedule: false });
    assert.equal(b.stdout, a.stdout);
    assert.deepEqual(b.events, a.events);
    assert.equal(replay.used, a.schedule!.length);
  }
  assert.ok(outs.size > 1, "different seeds give different schedules");
});

test("schedule tokens round-trip", () => {
  const d = [0, 1, 35, 36, 4294967295, 7];
  assert.deepEqual(decodeSchedule(encodeSchedule(d)), d);
  assert.deepEqual(decodeSchedule(""), []);
});
