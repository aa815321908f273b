// runtime.GOMAXPROCS on the machine (proc.go's procresize under stopTheWorldGC): after a shrink
// no goroutine starts on a P past the new count; after a grow the new Ps run goroutines; the
// stream still follows the scheduler's rules; and the same seed gives the same run.

import { test } from "node:test";
import assert from "node:assert/strict";
import { compile, defaultRunOptions, run, type Program, type RunOptions, type TraceEvent } from "../api.js";
import { nodeToolchain } from "../host/node.js";

const tc = await nodeToolchain();

function build(text: string): Program {
  const c = compile(tc, [{ name: "./main.go", path: "/home/gopher/prog/main.go", text }], "command-line-arguments");
  if (!c.ok) throw new Error(c.stderr);
  return c.program;
}

function opts(seed: number): RunOptions {
  return { ...defaultRunOptions, seed, cpus: 4, environ: new Map(), trace: true };
}

/** Spin goroutines, shrink to one P, spin, grow to three, spin. */
const program = `package main

import (
	"fmt"
	"runtime"
	"sync"
)

func spin(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += i & 7
	}
	return s
}

func batch(k int) {
	var wg sync.WaitGroup
	for i := 0; i < k; i++ {
		wg.Add(1)
		go func() { defer wg.Done(); _ = spin(300000) }()
	}
	wg.Wait()
}

func main() {
	batch(6)
	fmt.Println("shrink", runtime.GOMAXPROCS(1))
	batch(6)
	fmt.Println("grow", runtime.GOMAXPROCS(3))
	batch(9)
	fmt.Println("done", runtime.GOMAXPROCS(0))
}
`;

/** The Ps goroutines start on between two times. */
function startsBetween(evs: TraceEvent[], from: number, to: number): Set<number> {
  const ps = new Set<number>();
  for (const e of evs) if (e.ev === "GoStart" && e.t > from && e.t < to) ps.add(e.p);
  return ps;
}

test("GOMAXPROCS shrinks and grows the machine: goroutines start only on the Ps that exist", () => {
  const p = build(program);
  for (const seed of [1, 2, 3, 4, 5]) {
    const r = run(p, opts(seed));
    assert.equal(r.stdout, "shrink 4\ngrow 1\ndone 3\n", `seed ${seed}`);
    const evs = r.trace!.events;
    const writes = evs.filter((e) => e.ev === "Gomaxprocs").map((e) => e.t);
    assert.equal(writes.length, 2, `seed ${seed}: two resizes`);
    writes.push(Infinity);
    const before = startsBetween(evs, 0, writes[0]!);
    const shrunk = startsBetween(evs, writes[0]!, writes[1]!);
    const grown = startsBetween(evs, writes[1]!, writes[2]!);
    assert.ok(before.size > 1, `seed ${seed}: more than one P ran goroutines before (${[...before]})`);
    assert.deepEqual([...shrunk], [0], `seed ${seed}: only P0 after GOMAXPROCS(1)`);
    assert.ok([...grown].every((id) => id < 3) && grown.size > 1, `seed ${seed}: Ps 0..2 after GOMAXPROCS(3) (${[...grown]})`);
    const again = run(p, opts(seed));
    assert.deepEqual(again.trace!.events, evs, `seed ${seed}: the same run`);
  }
});
