// Natives of package crypto/rand: the entropy source.
//
// Models Go 1.19's crypto/rand/rand_getrandom.go: Linux's getrandom(2) fills a buffer. In gort
// the bytes come from the run's entropy stream (Env.entropy), a sub-stream of the machine's
// seeded PRNG: deterministic per seed, independent of the scheduler's and the maps' streams
// (drawing from it changes no schedule or map order).

import { rt } from "../../runtime/rt.js";
import type { Slice } from "../../runtime/value.js";

/** getrandom(b): fill b with bytes of the entropy stream, four per draw. */
function getrandom(b: Slice | null): void {
  if (b === null || b.len === 0) return;
  const prng = rt.env.entropy ?? rt.env.prng;
  let w = 0;
  for (let i = 0; i < b.len; i++) {
    if ((i & 3) === 0) w = prng.uint32();
    b.a[b.off + i] = (w >>> (8 * (i & 3))) & 0xff;
  }
}

export const natives: Record<string, Function> = { getrandom };
