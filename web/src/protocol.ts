// The messages between the page (main.ts) and the simulator's worker (worker.ts).
//
// The page owns the editor and the panes; the worker owns tree-sitter, the compiler and the
// machine, so a long exploration never blocks the page. Every request carries the program's
// source and settings: the worker keeps the last compiled program and compiles again only when
// they change. A request that must stop early (Stop) ends by the page terminating the worker.

/** What the settings bar gives a run: gort's flags and the Go runtime's variables. */
export interface Settings {
  /** --cpus: the simulated machine's CPUs (GOMAXPROCS defaults to it). */
  cpus: number;
  /** The Go runtime's environment variables; "" leaves one unset. */
  gomaxprocs: string;
  gogc: string;
  gotraceback: string;
  godebug: string;
  /** -race and --leaks. */
  race: boolean;
  leaks: boolean;
  /** --model: "go1.19", or a what-if (runtime/whatif.ts). */
  model: string;
}

export const defaultSettings: Settings = { cpus: 4, gomaxprocs: "", gogc: "", gotraceback: "", godebug: "", race: false, leaks: false, model: "go1.19" };

/** A run's schedule: its seed, and the deviations an exploration strategy chose (none for a
 *  plain seed). */
export interface Schedule {
  seed: number;
  devs: number[];
}

export type Request =
  | { kind: "run"; id: number; src: string; settings: Settings; schedule: Schedule }
  | { kind: "run-token"; id: number; src: string; token: string }
  | { kind: "explore"; id: number; src: string; settings: Settings; from: number; runs: number; strategy: string };

/** One piece of the program's output, in the order it was written. */
export interface Chunk {
  fd: 1 | 2;
  text: string;
}

export interface RunReply {
  kind: "result";
  id: number;
  output: Chunk[];
  exitCode: number;
  outcome: string;
  /** --explain's text for the run. */
  explanation: string;
  /** The --timeline page of the run (a self-contained HTML document). */
  timeline: string;
  /** The replay token, as `gort run --replay` takes it, and the schedule and settings it holds. */
  token: string;
  schedule: Schedule;
  settings: Settings;
  /** The CLI command that reproduces the run on prog.go. */
  command: string;
  simNs: number;
  /** Host time of the run, ms. */
  ms: number;
}

/** One way runs ended, as `gort run --runs` or `--explore --keep-going` groups them. */
export interface OutcomeRow {
  label: string;
  exitCode: number;
  count: number;
  schedule: Schedule;
}

export interface SummaryReply {
  kind: "summary";
  id: number;
  runs: number;
  /** Host time of the runs, ms, and runs per second. */
  ms: number;
  perSecond: number;
  /** How the summary was made: "seeds 1..200" or "strategy pct:3". */
  how: string;
  outcomes: OutcomeRow[];
  races: { report: string; count: number; seed: number }[];
}

export type Reply =
  | { kind: "ready"; ms: number }
  | { kind: "compile-error"; id: number; text: string; exitCode: number }
  | RunReply
  | { kind: "progress"; id: number; done: number; total: number }
  | SummaryReply
  | { kind: "error"; id: number; text: string };
