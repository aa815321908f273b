// What the browser tests read off gort's timeline page (src/trace/timeline.ts), which exposes
// what it drew as window.gortTimeline, and how they start Debian's Chromium.

import assert from "node:assert/strict";

/** Headless Chromium as root on a machine with a closed network: without the background
 *  networking flags it tries Google's hosts at every start. */
export const CHROMIUM_ARGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
  "--disable-component-update", "--disable-sync",
];

/** What the page drew, as window.gortTimeline exposes it. */
export interface Drawn {
  title: string;
  rows: { name: string; slices: { start: number; end: number; name: string }[] }[];
  failure: { t: number; text: string } | null;
}

/** The P rows' goroutines at the failure: goroutine id → row name. */
export function writersAtFailure(v: Drawn): Map<string, string> {
  const out = new Map<string, string>();
  assert.ok(v.failure !== null, "the page marks the failure");
  for (const r of v.rows) {
    if (!/^P\d+$/.test(r.name)) continue;
    for (const s of r.slices) {
      const g = /^G(\d+) main\.main\.func1$/.exec(s.name)?.[1];
      if (g !== undefined && s.start <= v.failure.t && v.failure.t <= s.end) out.set(g, r.name);
    }
  }
  return out;
}

