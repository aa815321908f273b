// Shrinking a fuzz finding: delta debugging (Zeller's ddmin) over the lines of its program,
// keeping a candidate when gort still ends it with the same class and signature.
//
// Models nothing in Go. Used by tools/fuzz.ts --reduce on the smallest example of each
// problem. Candidates run in one in-process worker slot (tools/fuzz-exec.ts) with the case's
// seed, CPUs and limits; a budget caps the runs per problem, so the result is small, not
// necessarily minimal. Timeouts are not reduced by default: every failing test costs a full
// timeout.

import { classify } from "./fuzz-classify.js";
import type { InprocSlot, Job } from "./fuzz-exec.js";

export interface ReduceResult {
  bytes: Buffer;
  runs: number;
}

/** Reduces job's program while test(candidate) holds, within budget runs. */
export async function ddmin(lines: string[], test: (ls: string[]) => Promise<boolean>, budget: number): Promise<{ lines: string[]; runs: number }> {
  let runs = 0;
  let n = 2;
  let cur = lines;
  while (cur.length >= 2 && runs < budget) {
    const chunk = Math.ceil(cur.length / n);
    let reduced = false;
    for (let start = 0; start < cur.length && runs < budget; start += chunk) {
      const cand = [...cur.slice(0, start), ...cur.slice(start + chunk)];
      runs++;
      if (await test(cand)) {
        cur = cand;
        n = Math.max(n - 1, 2);
        reduced = true;
        break;
      }
    }
    if (!reduced) {
      if (n >= cur.length) break;
      n = Math.min(cur.length, n * 2);
    }
  }
  return { lines: cur, runs };
}

/** Shrinks a saved finding; the class and signature must stay what they were. */
export async function reduceFinding(slot: InprocSlot, job: Job, cls: string, sig: string, hint: string, budget: number): Promise<ReduceResult> {
  const text = job.bytes.toString("latin1");
  const test = async (ls: string[]): Promise<boolean> => {
    const bytes = Buffer.from(ls.join("\n"), "latin1");
    const r = await slot.run({ ...job, bytes });
    const v = classify(r, hint);
    return v.cls === cls && v.sig === sig;
  };
  const { lines, runs } = await ddmin(text.split("\n"), test, budget);
  return { bytes: Buffer.from(lines.join("\n"), "latin1"), runs };
}
