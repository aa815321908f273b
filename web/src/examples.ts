// The examples menu: programs that show what gort is for, each with the settings and the
// exploration that show it best. They are ours, written for the playground (the article's two
// programs follow it: its first is examples/article1.go, its second gort's built-in example,
// src/examples/cgo-map.ts). The Go files are in web/examples/.

import { cgoMapExample } from "../../src/examples/cgo-map.js";
import { defaultSettings, type Settings } from "./protocol.js";
import article1 from "../examples/article1.go?raw";
import deadlockSrc from "../examples/deadlock.go?raw";
import raceSrc from "../examples/race.go?raw";
import leakSrc from "../examples/leak.go?raw";
import gcSrc from "../examples/gc.go?raw";
import whatifSrc from "../../testdata/whatif/example1-busy.go?raw";

export interface Example {
  id: string;
  title: string;
  src: string;
  settings: Settings;
  /** The Explore button's mode for it: "seeds" (N seeds from 1) or a strategy ("pct:3"). */
  strategy: string;
  runs: number;
}

export const examples: Example[] = [
  { id: "cgo-map", title: "The article's crash: two goroutines, C calls, one map", src: cgoMapExample, settings: defaultSettings, strategy: "seeds", runs: 200 },
  { id: "article-1", title: "The article's first program: one goroutine, a C call, a map write", src: article1, settings: defaultSettings, strategy: "seeds", runs: 200 },
  { id: "whatif", title: "The article's hypothesis as a what-if: --model stale-mcache", src: whatifSrc, settings: { ...defaultSettings, model: "stale-mcache" }, strategy: "seeds", runs: 200 },
  { id: "deadlock", title: "A lock-order deadlock (rare by seed, found by pct)", src: deadlockSrc, settings: defaultSettings, strategy: "pct:3", runs: 500 },
  { id: "race", title: "A data race, with -race", src: raceSrc, settings: { ...defaultSettings, race: true }, strategy: "seeds", runs: 20 },
  { id: "leak", title: "A goroutine leak, with --leaks", src: leakSrc, settings: { ...defaultSettings, leaks: true }, strategy: "seeds", runs: 20 },
  { id: "gc", title: "Garbage for the collector, with GODEBUG=gctrace=1", src: gcSrc, settings: { ...defaultSettings, godebug: "gctrace=1" }, strategy: "seeds", runs: 10 },
];
