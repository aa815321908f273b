// Unit checks of tools/gcpace.ts's parsing (the tool itself runs real Go and is not a test).

import { test } from "node:test";
import assert from "node:assert/strict";
import { median, parseRun } from "./gcpace.js";

test("parseRun: NumGC from the gcpace line, heap-after-mark from the unforced gctrace lines", () => {
  const stderr = [
    "gc 1 @0.004s 0%: 0.017+2.8+0.014 ms clock, 0.034+0.085/0/1.7+0.028 ms cpu, 3->5->3 MB, 4 MB goal, 0 MB stacks, 0 MB globals, 4 P",
    "gc 2 @0.011s 3%: 0.013+1.9+0.024 ms clock, 0.026+0.067/1.8/0+0.048 ms cpu, 6->7->3 MB, 7 MB goal, 0 MB stacks, 0 MB globals, 4 P",
    "gc 3 @0.145s 7%: 0.013+1.0+0.002 ms clock, 0.026+0/0.93/0.99+0.004 ms cpu, 2->2->2 MB, 5 MB goal, 0 MB stacks, 0 MB globals, 4 P (forced)",
    "",
  ].join("\n");
  assert.deepEqual(parseRun("live 1\ngcpace numgc=3\n", stderr), { numgc: 3, heap1: [5, 7] });
  assert.equal(parseRun("no figures\n", stderr), null);
});

test("median: middle value, or the mean of the two middle values", () => {
  assert.equal(median([3, 1, 2]), 2);
  assert.equal(median([4, 1, 3, 2]), 2.5);
  assert.ok(Number.isNaN(median([])));
});
