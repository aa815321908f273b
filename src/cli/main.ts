// The gort command line: `gort run`, `gort example`. A thin layer over src/api.ts.
//
// Text and bytes: what the simulated program writes (RunResult.stdout/stderr) is a byte string
// and is written as those bytes; gort's own text (diagnostics, usage, summaries) is a JS string
// and is written as UTF-8, as Go writes its messages. The program's arguments and environment
// are text on the host and byte strings (their UTF-8) in the program. Each converts here, once.

import { fstatSync, readSync, readdirSync, writeFileSync, writeSync } from "node:fs";
import { isatty } from "node:tty";
import { resolve as resolvePath } from "node:path";
import * as os from "node:os";
import {
  RUN_BOUNDS, TOKEN_DEFAULTS, outcomeLabel, runTokenOptions, programEnv, compile, findFuzzTargets, defaultRunOptions, explore, explorePart, mergeExplore, listing, run, runMany, runSchedule, shrink,
  type ExplorePart, type Program, type RunOptions, type RunResult, type SourceFile, type Summary,
  chromeTrace, explain, raceTags, htmlTimeline, textTimeline, encodeCpuProfile, encodeHeapProfile, htmlFlamegraph,
} from "../api.js";
import { gzipSync } from "node:zlib";
import { textToBytes } from "../base/utf8.js";
import { nodeToolchain, readProgram, readTestPackage } from "../host/node.js";
import { compileCached, compileTestCached } from "../host/buildcache.js";
// The start-up bundle's --jobs workers start here (jobs.ts startWorker).
export { jobWorkerMain } from "./jobwork.js";
import type { MainModule } from "../frontend/modload.js";
import { NodeFS } from "../host/nodefs.js";
import { hostExecSession, shutdownHostExec } from "../host/hostexec.js";
import { cgoMapExample } from "../examples/cgo-map.js";
import { parseStrategy, runsIndependent, strategyName, type Schedule, type StrategySpec } from "../explore/steer.js";
import { decodeToken, encodeToken, programHash, type Token, type TokenOptions } from "../explore/token.js";
export { programEnv };
import { cmdFuzz, parseFuzztime, replayFuzz } from "./fuzz.js";
import { debugFlags, runDebugSession, type DebugFlags } from "./debug.js";
import { cmdServe } from "./serve.js";
import { wallNow, jobsFor, jobsForTime, maxJobs, mergeSummaries, runChunks, runPrefix, workClaims, type JobCampaign, type JobPart } from "./jobs.js";
import { ShardWriter, mergeShards, parseShard, shardSeeds, type Campaign, type ShardHeader } from "./shard.js";
import { defaultModel, modelHelp, models, type Model } from "../runtime/whatif.js";
import { MoveToBigStack, hostThread, isHostStackOverflow } from "../runtime/panic.js";
import type { StdStream } from "../runtime/rt.js";
import { OutputLedger, type Moved } from "./bigstack.js";

const usage = `usage: gort run [flags] FILE.go|DIR [-- args...]
       gort test [-v] [-run RE] [-count N] [-timeout D] [-short] [-failfast] [-parallel N] [-cpu LIST]
                 [-bench RE [-benchtime D|Nx] [-benchmem]] [-fuzz RE [-fuzztime D|Nx]] [flags] [DIR]
       gort build [-S] [-gcflags=FLAGS] [-race] FILE.go|DIR
       gort example [flags]
       gort debug [--batch] [-x FILE] [flags] FILE.go|DIR|--example
       gort serve [--port N] [--host ADDR]
       gort merge FILE...
       gort help | version

gort runs a Go program on a deterministic simulation of the Go 1.19 runtime.

commands:
  run       run the program once (or --runs N times) and exit as the program exits
  test      run the package's TestXxx functions as go test does (DIR defaults to .);
            -v, -run RE, -count N, -timeout D (simulated; default 10m0s), -short,
            -failfast, -parallel N, -cpu LIST and -shuffle on|N as in go test; -bench RE runs the BenchmarkXxx functions too, b.N grown
            until -benchtime of simulated time (default 10ms; Go's is 1s); --runs N
            runs N seeds; -fuzz RE fuzzes that FuzzXxx, inputs and schedules together,
            for -fuzztime (host time, or Nx executions; default: until a failure), and
            writes a failure to testdata/fuzz/FuzzXxx/ with a replay token in its .gort/
  build     compile the program (no binary is written); -S lists, per function and line,
            the runtime calls gort's compiler lowers the code to, named as go build
            -gcflags=-S names them (CALL runtime.mapassign_fast64(SB)); -gcflags=-m prints
            gort's escape decisions as go build -gcflags=-m words them (moved to heap: x,
            ... escapes to heap, ... does not escape); -gcflags='-S -m' both
  example   the built-in example: two goroutines block in C, then write one map
            (the cgo + map crash); runs it over 200 seeds and replays one crash
  debug     a Delve-like prompt over replayed runs: break at runtime functions
            (runtime.mapassign_fast64, runtime.mallocgc, runtime.gopark...) or Go
            functions (main.worker) with "if goid == 7" conditions; continue, bt,
            goroutines, ps, print *m, mcache, *span; time travel: reverse-continue,
            goto EVENT, reverse-step, when. -x FILE reads commands from FILE, --batch
            quits after it (exit status: the program's once it exited, else 0); "help"
            at the prompt lists the commands. --seed, --replay and -race apply
  merge     print the summary of a campaign run in shards (--shard i/n --json FILE) from
            their files, as one gort run --runs of the whole campaign prints it
  serve     serve the browser playground (built by \`npm run web\` into web/dist) on
            http://127.0.0.1:8080/ (--port, --host): edit, run, explore, replay and share
            programs with the whole simulator running in the page

flags (--flag value, --flag=value, or Go's -flag):
  --seed N           the seed of the run, 0..4294967295 (default 1); the run is a function
                     of the program, its flags, its environment and the seed
  --runs N           run N seeds (1..1e9) from --seed and print a summary of the outcomes
  --jobs N           --runs (of gort run and gort test) and --explore random or select on N
                     threads (1..256; default: one per core, at most one per 10,000 runs or
                     2s of --budget); what is printed is the same whatever N. pct, starve,
                     pbound and dfs learn from the runs before: they run on one
  --shard i/n        --runs: run only the i-th (from 0) of n contiguous parts of the seeds
  --json FILE        --runs: write a header line, then one JSON line per run (for gort merge)
  --explore S        search schedules with strategy S until a run fails, replay it and print
                     its replay token: random, pct[:depth], pbound[:k], dfs, select, starve
  --budget N|D       --explore's budget: N runs (default 1000) or host time, e.g. 30s
  --keep-going       --explore the whole budget; group the failures, each with its token
  --shrink           --explore: drop the failing schedule's deviations that it does not need
  --replay TOKEN     run the schedule of a replay token (with the flags it was made with)
  --cpus N           CPUs of the simulated machine, 1..256 (default 4; GOMAXPROCS defaults to it)
  --model M          the runtime model: go1.19 (the default: Go 1.19's runtime) or a what-if,
                     a named hypothesis about Go that is not Go, to compare with it:
                     stale-mcache (the seed article's claim: after a blocking cgo call the M
                     keeps its old P's mcache and allocates from it on the P it gets back; two
                     Ps then share a span, a slot is handed out twice, a map is corrupted).
                     Summaries and replay tokens name a model other than go1.19; --explain
                     names each what-if step and the Go invariant that rules it out
  --max-steps N      step limit, at least 1 (default 5e9); a step is a goroutine's slice
                     between two yields, or a ns of simulated loop work
  --max-time D       simulated time limit, e.g. 10s, 5m, 1.5h; above 0, at most 2400h
                     (default 24h)
  --max-goroutines N goroutine limit, 1..1e9 (default 1000000)
  --heap-limit B     the simulated machine's memory, 1MiB..1TiB, e.g. 512MiB, 2GiB: the Go heap
                     and the goroutine stacks; beyond it the program dies as Go does (fatal
                     error: out of memory). Default 1GiB, or less when the host has little free
                     memory: the largest power of two at most half of it (at least 64MiB)
  -race, --race      build with the race detector: report data races as go run -race does
                     (WARNING: DATA RACE ..., exit status 66; GORACE=exitcode=N,halt_on_error=1)
  --check            check gort's own invariants as it runs (the heap after every GC cycle, the
                     scheduler's queues after every event): slower; a violation is a gort bug
  --leaks            report goroutines blocked forever as soon as that is certain (nothing that
                     can still run reaches the channel or lock they wait on: a partial
                     deadlock), and those still alive when main returns, as goleak does; the
                     run then exits 1 (gort test reports them unless --leaks=false, for a
                     package whose goroutines are meant to outlive its tests)
  --trace FILE       record the run's events and write them as Chrome trace JSON (open it in
                     ui.perfetto.dev or chrome://tracing): a track per P and per M, goroutine
                     slices, wake-up arrows, GC phases, map write windows, heap counters
  --timeline FILE|-  the same as a self-contained HTML page, or with -, the last events as text
  --explain          explain how the run failed: the goroutines and operations involved, what
                     (not) ordered them and the scheduling that made them meet; with --runs, for
                     each failing ending's example seed
  --cpuprofile FILE  write a CPU profile of the run's simulated time (pprof format, gzipped, as
                     runtime/pprof writes it: 100 samples per second of CPU time on each P,
                     Go and runtime frames); read it with go tool pprof
  --memprofile FILE  write the heap profile at exit (pprof format: allocations sampled at
                     runtime.MemProfileRate, in use as of the last completed GC)
  --flamegraph FILE  write the CPU profile as a self-contained HTML flame graph
  --no-fs            give the program no file system: file calls fail with ENOSYS (by default
                     it has the host's, as under go run, relative paths from the current folder)
  --exec MODE        none (the default): the program cannot start processes (os.StartProcess
                     and os/exec fail with ENOSYS); host: they start real host processes
                     (PATH lookups use the host's files; a child gets the program's
                     environment, see --host-env), so the run is not reproducible
  --env KEY=VALUE    set a variable in the program's environment (repeatable)
  --host-env         give the program the whole host environment (then --env on top)
  -h, --help         this help

environment: the program sees HOME=/home/gopher and PATH=/usr/local/go/bin:/usr/bin:/bin,
the Go runtime's variables GOMAXPROCS, GODEBUG, GOGC, GOTRACEBACK and GORACE from the host when they
are set (gort reads them as Go does), and the --env variables; nothing else of the host unless
--host-env is given. GORT_DEBUG=1 prints gort's own stack on an internal error.
`;

/** What a usage error prints after its message (the whole usage is `gort help`). */
const shortUsage = "run 'gort help' for usage\n";

/** gort's version (package.json's). */
const gortVersion = "0.1.0";

/** Writes a byte string (the program's output) as its bytes. */
function outBytes(fd: 1 | 2, s: string): void {
  writeAll(fd, Buffer.from(s, "latin1"));
}

/** Writes text (gort's messages, compile diagnostics) as UTF-8. */
export function outText(fd: 1 | 2, s: string): void {
  writeAll(fd, Buffer.from(s, "utf8"));
}

const pause = new Int32Array(new SharedArrayBuffer(4));

/** Where the CLI's bytes go: the process's fds, or a host that runs the CLI in-process (the
 *  test tools' long-lived workers, tools/cli-worker.ts) and collects them. */
let output: ((fd: 1 | 2, b: Buffer) => void) | undefined;

/** The process the CLI serves: its working directory and environment. A host that runs the
 *  CLI in-process for many command lines gives each one's (main's second argument). */
export interface CliProcess {
  cwd: string;
  env: Record<string, string | undefined>;
  /** The program's whole standard input (test harnesses); without it, the host's fd 0. */
  stdin?: Uint8Array;
  /** The program's standard input as a --jobs worker gets it: the parent's, on request. */
  stdinSource?: (pos: number, max: number) => string;
}

let proc: CliProcess = { cwd: "", env: {} };
/** The command line main was given (a --jobs worker runs it again for its seeds). */
let commandArgv: string[] = [];
/** In a --jobs worker (jobMain): how it claims its runs, and whether the command reached them. */
let job: (JobPart & { worked?: boolean }) | undefined;

/** What the host's fds 0, 1 and 2 are, for the program's File.Stat and writes (rt.ts
 *  StdStream): a terminal, a pipe or a file as fstat says; /dev/full (character device 1:7)
 *  fails every write with ENOSPC, as the kernel does. (Node opens /dev/null on a standard fd
 *  the shell closed, so a closed fd is seen as /dev/null.) */
function hostStdio(): StdStream[] {
  return [0, 1, 2].map((fd) => {
    try {
      const st = fstatSync(fd);
      const full = st.isCharacterDevice() && st.rdev === ((1 << 8) | 7);
      return { mode: st.mode, size: st.isFile() ? st.size : 0, errno: full && fd > 0 ? "ENOSPC" : "" };
    } catch {
      return { mode: 0, size: 0, errno: "EBADF" };
    }
  });
}

function hostStdin(): (pos: number, max: number) => string {
  return (stdin ??= new HostStdin(proc.stdin)).read;
}
/** The program's standard input, made at the first run of a command (main resets it). */
let stdin: HostStdin | undefined;
/** On bin/gort.js's main thread, or after a move from it: the output's ledger (bigstack.ts). */
let ledger: OutputLedger | undefined;

/**
 * The program's standard input, read from the host when the program first reads it, and kept:
 * every run of `--runs` reads the same bytes. From a pipe or a file a read of n bytes waits for
 * n bytes (or the end), so what a read returns does not depend on how the host chunked the
 * input, and a run stays a function of its input; from a terminal a read returns the line typed.
 */
class HostStdin {
  private data = "";
  private eof = false;
  private readonly tty: boolean;

  constructor(given: Uint8Array | undefined, before?: { data: string; eof: boolean }) {
    if (given !== undefined) {
      this.data = Buffer.from(given).toString("latin1");
      this.eof = true;
    } else if (before !== undefined) {
      this.data = before.data;
      this.eof = before.eof;
    }
    this.tty = given === undefined && isatty(0);
  }

  /** What has been read so far, for a move to the big stack. */
  state(): { data: string; eof: boolean } {
    return { data: this.data, eof: this.eof };
  }

  /** The bytes from pos, at most max, "" at the end of the input. */
  read = (pos: number, max: number): string => {
    while (!this.eof && (this.tty ? this.data.length <= pos : this.data.length < pos + max)) this.more();
    return this.data.slice(pos, pos + max);
  };

  private more(): void {
    const buf = Buffer.alloc(64 << 10);
    for (;;) {
      try {
        const n = readSync(0, buf, 0, buf.length, null);
        if (n === 0) this.eof = true;
        else this.data += buf.toString("latin1", 0, n);
        return;
      } catch (e) {
        const code = (e as { code?: string }).code;
        // A pipe Node made non-blocking has nothing yet: wait for the writer (1 ms) and retry.
        if (code === "EAGAIN") {
          Atomics.wait(pause, 0, 0, 1);
          continue;
        }
        // No standard input at all (closed, or not readable): the program sees its end.
        if (code === "EOF" || code === "EBADF" || code === "EISDIR" || code === "ENXIO") {
          this.eof = true;
          return;
        }
        throw e;
      }
    }
  }
}

/** Sends the CLI's output to out instead of fds 1 and 2 (undefined: back to the fds). */
export function setOutput(out: ((fd: 1 | 2, b: Buffer) => void) | undefined): void {
  output = out;
}

function writeAll(fd: 1 | 2, b: Buffer): void {
  if (output !== undefined) return output(fd, b);
  if (ledger !== undefined) b = ledger.pass(fd, b);
  let off = 0;
  while (off < b.length) {
    try {
      off += writeSync(fd, b, off);
    } catch (e) {
      const code = (e as { code?: string }).code;
      // The reader has gone (`gort example | head -1`): end quietly, as a process killed by
      // SIGPIPE does (the shell's status 141), which is what Go's runtime does on stdout.
      if (code === "EPIPE") process.exit(141);
      // /dev/full: the program's own writes got ENOSPC (hostStdio); the runtime's, as Go's
      // runtime does, ignore it.
      if (code === "ENOSPC") return;
      // A pipe Node made non-blocking is full: wait for the reader (1 ms) and go on.
      if (code !== "EAGAIN") throw e;
      Atomics.wait(pause, 0, 0, 1);
    }
  }
}

/**
 * The program's output sink: bytes go to the real fds in the order the program wrote them, so
 * `2>&1` keeps Go's interleaving. Writes to one fd are batched (up to 64 KiB, or 50 ms) and
 * flushed before the other fd is written and when the run ends. A closed pipe ends gort as it
 * ends a Go program: SIGPIPE's exit status 141.
 */
class OutputSink {
  private fd: 1 | 2 = 1;
  private parts: string[] = [];
  private size = 0;
  private last = Date.now();

  readonly write = (fd: 1 | 2, bytes: string): void => {
    if (fd !== this.fd) this.flush();
    this.fd = fd;
    this.parts.push(bytes);
    this.size += bytes.length;
    if (this.size >= 64 << 10 || Date.now() - this.last >= 50) this.flush();
  };

  flush(): void {
    this.last = Date.now();
    if (this.size === 0) return;
    const s = this.parts.length === 1 ? this.parts[0]! : this.parts.join("");
    this.parts = [];
    this.size = 0;
    try {
      outBytes(this.fd, s);
    } catch (e) {
      if ((e as { code?: string }).code === "EPIPE") process.exit(141);
      throw e;
    }
  }
}

export interface Flags {
  seed: number;
  runs: number | undefined;
  cpus: number;
  /** --model: the runtime model (runtime/whatif.ts). */
  model: Model;
  maxSteps: number;
  maxSimNs: number;
  maxGoroutines: number;
  maxHeapBytes: number | undefined;
  env: [string, string][];
  hostEnv: boolean;
  race: boolean;
  /** --leaks (gort run; gort test unless --leaks=false): report partial deadlocks and goroutines alive at exit. */
  leaks: boolean;
  /** --leaks=false: gort test reports no leaks, as go test. */
  noLeaks: boolean;
  /** --check: gort's expensive invariant checks (RunOptions.check). */
  check: boolean;
  rest: string[];
  progArgs: string[];
  /** -h or --help among gort's flags: print the usage. */
  help: boolean;
  /** --explore: the strategy; --budget: runs and/or host milliseconds. */
  explore: StrategySpec | undefined;
  budgetRuns: number | undefined;
  budgetMs: number | undefined;
  keepGoing: boolean;
  shrink: boolean;
  /** --replay: the token as given, then decoded (its options applied to the flags). */
  replayText: string | undefined;
  replay: Token | undefined;
  /** The program's whole environment, from a replay token (instead of programEnv's). */
  exactEnv: [string, string][] | undefined;
  /** --seed was given (gort example then replays that seed alone). */
  seedSet: boolean;
  /** --jobs: worker threads for --runs (jobs.ts); undefined: one per core. */
  jobs: number | undefined;
  /** --shard i/n and --json FILE (shard.ts): run the i-th part of --runs' seeds, write its runs. */
  shard: { index: number; count: number } | undefined;
  json: string | undefined;
  /** --no-fs: the program gets no file system (file calls fail with ENOSYS). */
  noFS: boolean;
  /** --exec none|host: whether the program may start host processes (RunOptions.newExec). */
  exec: "none" | "host";
  /** --trace FILE, --timeline FILE|-, --explain: what to make of the run's event stream. */
  traceFile: string | undefined;
  timeline: string | undefined;
  explain: boolean;
  /** --cpuprofile FILE, --memprofile FILE, --flamegraph FILE (-cpuprofile, -memprofile for
   *  gort test, as go test's flags). */
  cpuprofile: string | undefined;
  memprofile: string | undefined;
  flamegraph: string | undefined;
}

/** A usage error: printed with the usage text, exit 2 (as Go's flag package does). */
export class UsageError extends Error {}

/** A bad value of one of go test's own flags: printed as cmd/go prints it, with its usage lines. */
class GoTestUsageError extends UsageError {}

/** What cmd/go prints after a bad go test flag (exit status 2). */
const goTestUsage = "usage: go test [build/test flags] [packages] [build/test flags & test binary flags]\n" +
  "Run 'go help test' and 'go help testflag' for details.\n";

/** go test's -count and -parallel: cmd/go's int flags reject what is not an integer. */
function goTestInt(flag: string, v: string, min: number, max: number): number {
  if (!/^[+-]?\d+$/.test(v)) throw new GoTestUsageError(`invalid value ${JSON.stringify(v)} for flag ${flag}: parse error`);
  return parseInteger(flag, v, min, max);
}

/** A Go-style duration (time.ParseDuration's units, one number and one unit) in nanoseconds. */
function parseDuration(s: string): number {
  const m = /^(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)$/.exec(s);
  if (!m) throw new UsageError(`invalid duration ${JSON.stringify(s)} (use e.g. 10s, 5m, 1.5h)`);
  const mult: Record<string, number> = { ns: 1, us: 1e3, µs: 1e3, ms: 1e6, s: 1e9, m: 60e9, h: 3600e9 };
  return Math.round(Number(m[1]) * mult[m[2]!]!);
}

function parseBytes(s: string): number {
  const m = /^(\d+(?:\.\d+)?)(B|KiB|MiB|GiB|TiB|KB|MB|GB|TB)?$/.exec(s);
  if (!m) throw new UsageError(`invalid size ${JSON.stringify(s)} (use e.g. 512MiB)`);
  const mult: Record<string, number> = {
    B: 1, KiB: 2 ** 10, MiB: 2 ** 20, GiB: 2 ** 30, TiB: 2 ** 40, KB: 1e3, MB: 1e6, GB: 1e9, TB: 1e12,
  };
  return Math.floor(Number(m[1]) * mult[m[2] ?? "B"]!);
}

/** An integer flag value within [min, max]; decimal or with an exponent (5e9). */
function parseInteger(flag: string, v: string, min: number, max: number): number {
  const n = /^[0-9]+(\.[0-9]+)?(e[0-9]+)?$/.test(v) ? Number(v) : NaN;
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new UsageError(`invalid value ${JSON.stringify(v)} for flag ${flag}: want an integer from ${min} to ${max}`);
  }
  return n;
}

/** A --model value: one of the models whatif.ts names. */
function parseModel(flag: string, v: string): Model {
  if (!(models as readonly string[]).includes(v)) {
    throw new UsageError(`invalid value ${JSON.stringify(v)} for flag ${flag}: want one of ${models.join(", ")} (${models.map((m) => `${m}: ${modelHelp[m]}`).join("; ")})`);
  }
  return v as Model;
}

/** " --model M" for a model other than the default, else "" (summaries, replay lines). */
function modelFlag(m: Model): string {
  return m === defaultModel ? "" : `--model ${m} `;
}

/** A value within [min, max] that the flag's own parser produced. */
function inRange(flag: string, v: string, n: number, min: number, max: number, show: (x: number) => string): number {
  if (!(n >= min && n <= max)) {
    throw new UsageError(`invalid value ${JSON.stringify(v)} for flag ${flag}: want ${show(min)} to ${show(max)}`);
  }
  return n;
}

const showNs = (ns: number): string => (ns < 1e9 ? `${ns}ns` : `${ns / 3600e9}h`);
const showBytes = (b: number): string => (b >= 2 ** 40 ? `${b / 2 ** 40}TiB` : `${b / 2 ** 20}MiB`);

/** The flags, as `--name` or Go's `-name`. */
const longFlags = new Set([
  "seed", "runs", "cpus", "model", "max-steps", "max-time", "max-goroutines", "heap-limit", "env", "leaks", "explore",
  "budget", "keep-going", "shrink", "replay", "trace", "timeline", "explain", "no-fs", "host-env",
  "cpuprofile", "memprofile", "flamegraph", "jobs", "shard", "json", "exec",
]);

export function parseFlags(argv: string[], afterPackage = false): Flags {
  const f: Flags = {
    seed: 1, runs: undefined, cpus: 4, model: defaultModel, maxSteps: 5e9, maxSimNs: 24 * 3600e9, maxGoroutines: 1e6,
    maxHeapBytes: undefined, env: [], hostEnv: false, race: false, leaks: false, noLeaks: false, check: false, rest: [], progArgs: [],
    explore: undefined, budgetRuns: undefined, budgetMs: undefined, keepGoing: false, shrink: false,
    replayText: undefined, replay: undefined, exactEnv: undefined,
    traceFile: undefined, timeline: undefined, explain: false, noFS: false, exec: "none", seedSet: false,
    cpuprofile: undefined, memprofile: undefined, flamegraph: undefined, jobs: undefined, shard: undefined, json: undefined,
    help: false,
  };
  const B = RUN_BOUNDS;
  // gort test: after a flag passed on to the test binary, words are its too (the default case).
  let passing = false;
  let valueNext = false;
  for (let i = 0; i < argv.length; i++) {
    let a = argv[i]!;
    const wordIsValue = valueNext;
    valueNext = false;
    let inline: string | undefined;
    // Go's flag package takes -flag and --flag alike: -seed 42 is --seed 42.
    if (/^-[a-z]/.test(a) && longFlags.has(a.slice(1).split("=")[0]!)) a = "-" + a;
    const eq = a.indexOf("=");
    if (a.startsWith("--") && eq > 2) {
      inline = a.slice(eq + 1);
      a = a.slice(0, eq);
    }
    const val = (): string => {
      if (inline !== undefined) return inline;
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`flag needs an argument: ${a}`);
      return v;
    };
    switch (a) {
      case "--seed":
        f.seed = parseInteger(a, val(), B.seed.min, B.seed.max);
        f.seedSet = true;
        break;
      case "--runs": f.runs = parseInteger(a, val(), 1, 1e9); break;
      case "--jobs": f.jobs = parseInteger(a, val(), 1, maxJobs); break;
      case "--shard": {
        const v = parseShard(val());
        if (typeof v === "string") throw new UsageError(v);
        f.shard = v;
        break;
      }
      case "--json": f.json = val(); break;
      case "--cpus": f.cpus = parseInteger(a, val(), B.cpus.min, B.cpus.max); break;
      case "--model": f.model = parseModel(a, val()); break;
      case "--max-steps": f.maxSteps = parseInteger(a, val(), B.maxSteps.min, B.maxSteps.max); break;
      case "--max-goroutines": f.maxGoroutines = parseInteger(a, val(), B.maxGoroutines.min, B.maxGoroutines.max); break;
      case "--max-time": {
        const v = val();
        f.maxSimNs = inRange(a, v, parseDuration(v), B.maxSimNs.min, 2400 * 3600e9, showNs);
        break;
      }
      case "--heap-limit": {
        const v = val();
        f.maxHeapBytes = inRange(a, v, parseBytes(v), B.maxHeapBytes.min, B.maxHeapBytes.max, showBytes);
        break;
      }
      case "--env": {
        const v = val();
        const k = v.indexOf("=");
        if (k <= 0) throw new UsageError(`invalid value ${JSON.stringify(v)} for flag --env: want KEY=VALUE`);
        f.env.push([v.slice(0, k), v.slice(k + 1)]);
        break;
      }
      case "-race":
      case "--race":
        if (inline !== undefined) throw new UsageError(`flag ${a} takes no value`);
        f.race = true;
        break;
      case "--leaks":
        // gort test checks for leaks unless --leaks=false; gort run only with --leaks.
        if (inline !== undefined && inline !== "true" && inline !== "false") throw new UsageError(`flag ${a}: want true or false, not ${inline}`);
        f.leaks = inline !== "false";
        f.noLeaks = inline === "false";
        break;
      case "--check":
        if (inline !== undefined) throw new UsageError(`flag ${a} takes no value`);
        f.check = true;
        break;
      case "--explore": {
        const v = parseStrategy(val());
        if (typeof v === "string") throw new UsageError(v);
        f.explore = v;
        break;
      }
      case "--budget": {
        const v = val();
        if (/^[0-9.e]+$/.test(v)) f.budgetRuns = parseInteger(a, v, 1, 1e9);
        else f.budgetMs = inRange(a, v, parseDuration(v), 1e6, 24 * 3600e9, showNs) / 1e6;
        break;
      }
      case "--keep-going":
      case "--shrink":
        if (inline !== undefined) throw new UsageError(`flag ${a} takes no value`);
        if (a === "--shrink") f.shrink = true;
        else f.keepGoing = true;
        break;
      case "--replay": f.replayText = val(); break;
      case "--trace": f.traceFile = val(); break;
      case "--timeline": f.timeline = val(); break;
      case "--cpuprofile": f.cpuprofile = val(); break;
      case "--memprofile": f.memprofile = val(); break;
      case "--flamegraph": f.flamegraph = val(); break;
      case "--explain":
      case "--no-fs":
        if (inline !== undefined) throw new UsageError(`flag ${a} takes no value`);
        if (a === "--no-fs") f.noFS = true;
        else f.explain = true;
        break;
      case "--exec": {
        const v = val();
        if (v !== "none" && v !== "host") throw new UsageError(`invalid value ${JSON.stringify(v)} for flag --exec: want none or host`);
        f.exec = v;
        break;
      }
      case "--host-env":
        if (inline !== undefined) throw new UsageError(`flag --host-env takes no value`);
        f.hostEnv = true;
        break;
      case "--":
        f.progArgs = argv.slice(i + 1);
        i = argv.length;
        break;
      case "-h":
      case "--help":
        // As Go's flag package: -h ends the parse (ErrHelp), whatever follows.
        f.help = true;
        i = argv.length;
        break;
      default:
        if (afterPackage && (a.startsWith("-") || passing)) {
          // gort test: a flag neither go test nor gort knows is the test binary's (a flag the
          // package defines), and so is what follows -args, as go test passes them; after such
          // a flag, a word is its value when the flag has none inline, and else the first of
          // the binary's arguments.
          const raw = argv[i]!;
          if (raw === "-args" || raw === "--args") {
            f.progArgs.push(...argv.slice(i + 1));
            i = argv.length;
          } else if (raw.startsWith("-")) {
            f.progArgs.push(raw);
            passing = true;
            valueNext = !raw.includes("=");
          } else if (wordIsValue) {
            f.progArgs.push(raw);
          } else {
            f.progArgs.push(...argv.slice(i));
            i = argv.length;
          }
          break;
        }
        if (a.startsWith("-")) throw new UsageError(`flag provided but not defined: ${a}`);
        f.rest.push(a);
        // gort test: flags after the package count too, as go test's do.
        if (afterPackage) break;
        // The program's arguments, as go run passes them, but for one "--" right after the
        // file or directory (gort's separator): a later "--" or "-h" is the program's.
        f.progArgs = argv.slice(argv[i + 1] === "--" ? i + 2 : i + 1);
        i = argv.length;
    }
  }
  const modes = [f.runs !== undefined && "--runs", f.explore !== undefined && "--explore", f.replayText !== undefined && "--replay"].filter(Boolean);
  if (modes.length > 1) throw new UsageError(`${modes.join(" and ")} cannot be combined`);
  const profiles = [f.cpuprofile !== undefined && "--cpuprofile", f.memprofile !== undefined && "--memprofile", f.flamegraph !== undefined && "--flamegraph"].filter(Boolean);
  if (profiles.length > 0 && (f.runs !== undefined || f.explore !== undefined)) {
    throw new UsageError(`${profiles[0]} profiles one run: it cannot be combined with ${f.runs !== undefined ? "--runs" : "--explore"}`);
  }
  if (f.explore === undefined && (f.budgetRuns !== undefined || f.budgetMs !== undefined || f.keepGoing || f.shrink)) {
    throw new UsageError("--budget, --keep-going and --shrink need --explore");
  }
  if ((f.shard !== undefined || f.json !== undefined) && f.runs === undefined) throw new UsageError("--shard and --json need --runs");
  if (f.runs !== undefined && f.seed + f.runs - 1 > B.seed.max) {
    throw new UsageError(`--seed ${f.seed} --runs ${f.runs} goes past the last seed, ${B.seed.max}`);
  }
  return f;
}

/** The default --heap-limit: 1 GiB, or the largest power of two at most half the host's free
 *  memory when that is less (at least 64 MiB). Host memory per simulated byte is about 1 for
 *  byte buffers and strings and up to 2 for maps and goroutines, so a program at the limit stays
 *  within the host's means; a power of two keeps the default the same on most hosts, so that
 *  runs replay alike. */
function defaultHeapLimit(): number {
  const half = os.freemem() / 2;
  let limit = 1 << 30;
  while (limit > 64 << 20 && limit > half) limit /= 2;
  return limit;
}

function runOptions(f: Flags, prog: string, dir?: string): Omit<RunOptions, "seed"> {
  const environ = new Map<string, string>();
  for (const [k, v] of f.exactEnv ?? programEnv(proc.env, f.hostEnv, f.env)) environ.set(textToBytes(k), textToBytes(v));
  return {
    ...defaultRunOptions,
    cpus: f.cpus,
    ...(f.model !== defaultModel ? { model: f.model } : {}),
    environ,
    args: [prog, ...f.progArgs].map(textToBytes),
    stdin: "",
    stdinSource: proc.stdinSource ?? hostStdin(),
    // A test harness's input (proc.stdin) comes with terminals (the default).
    ...(proc.stdin === undefined ? { stdio: hostStdio() } : {}),
    ...(f.noFS ? {} : { newFS: () => new NodeFS(dir ?? proc.cwd) }),
    ...(f.exec === "host" ? { newExec: hostExecSession } : {}),
    maxSteps: f.maxSteps,
    maxSimNs: f.maxSimNs,
    maxGoroutines: f.maxGoroutines,
    debug: proc.env["GORT_DEBUG"] !== undefined && proc.env["GORT_DEBUG"] !== "",
    maxHeapBytes: f.maxHeapBytes ?? defaultHeapLimit(),
    leaks: f.leaks,
    ...(f.check ? { check: true } : {}),
    ...(f.cpuprofile !== undefined || f.flamegraph !== undefined ? { cpuprofile: true } : {}),
    ...(f.memprofile !== undefined ? { memprofile: true } : {}),
  };
}

function progressBar(total: number): (done: number) => void {
  if (!process.stderr.isTTY) return () => {};
  let last = -1;
  return (done) => {
    const pct = Math.floor((done * 100) / total);
    if (pct === last && done !== total) return;
    last = pct;
    const w = 30;
    const filled = Math.round((done / total) * w);
    process.stderr.write(`\r[${"#".repeat(filled)}${".".repeat(w - filled)}] ${done}/${total}${done === total ? "\n" : ""}`);
  };
}

/** A summary line's count and its share of the runs: "     3 ( 1.5%)  ". */
function countColumn(count: number, runs: number): string {
  return `  ${String(count).padStart(6)} (${((count * 100) / runs).toFixed(1).padStart(5)}%)  `;
}

/** The summary mixes gort's text with the programs' outcome lines (bytes): it is written as
 *  bytes, with the text converted. */
function printSummary(s: ReturnType<typeof runMany>, target: string, from: number, race = false, cmd = "run", leaks = false, model: Model = defaultModel, hostExec = false): void {
  const flags = `${modelFlag(model)}${race ? "-race " : ""}${leaks && cmd === "run" ? "--leaks " : ""}${hostExec ? "--exec host " : ""}`;
  // The model is named when it is not the default (go1.19), so that default summaries read as before.
  const under = model === defaultModel ? "" : `, model ${model} (a what-if, not Go)`;
  outText(1, `${s.runs} runs (seeds ${from}..${from + s.runs - 1})${under}:\n`);
  // Endings that printed more than one stdout show which (by a hash of the bytes).
  const endings = new Map<string, number>();
  for (const o of s.outcomes) {
    const key = `${o.exitCode} ${o.outcome}`;
    endings.set(key, (endings.get(key) ?? 0) + 1);
  }
  for (const o of s.outcomes) {
    let what = outcomeLabel(o.exitCode, o.outcome);
    if ((endings.get(`${o.exitCode} ${o.outcome}`) ?? 0) > 1) what += `  [stdout ${o.stdout}]`;
    const tail = textToBytes(`   e.g. gort ${cmd} ${flags}--seed ${o.seed}${target === "" ? "" : ` ${target}`}\n`);
    outBytes(1, `${countColumn(o.count, s.runs)}${what}${tail}`);
  }
  if (!race) return;
  // Each distinct race report, with how many runs printed it and a seed that replays it: a race
  // that shows once in fifty runs is listed with its seed.
  outText(1, s.races.length === 0 ? "no data races reported\n" : `data races (${s.races.length} distinct reports):\n`);
  for (const x of s.races) {
    outBytes(1, `${countColumn(x.count, s.runs)}${x.report}${textToBytes(`   e.g. gort ${cmd} ${modelFlag(model)}-race --seed ${x.seed} ${target}\n`)}`);
  }
}

async function cmdRun(f: Flags, files: SourceFile[], pkgLabel: string, mode: "files" | "dir", target: string, module?: MainModule): Promise<number> {
  const c = await compileCached(files, pkgLabel, mode, { race: f.race, ...(module ? { module } : {}) });
  if (!c.ok) {
    outText(2, c.stderr);
    return c.exitCode;
  }
  return execute(f, c.program, target, files);
}

function execute(f: Flags, p: Program, target: string, files: SourceFile[]): number {
  const opts = { ...runOptions(f, "/tmp/go-build/exe/" + exeName(target)), source: textToBytes(target) };
  const once = (s: Schedule): number => {
    const sink = new OutputSink();
    let r: RunResult;
    try {
      r = runSchedule(p, { ...opts, write: sink.write, trace: wantsTrace(f) }, s);
    } finally {
      sink.flush();
    }
    traceOutputs(f, r, target);
    profileOutputs(f, r, opts.args[0]!, target);
    return r.exitCode;
  };
  return dispatch(f, p, opts, { cmd: "run", target, files: [...files, ...p.userFiles], options: tokenOptions("run", f, undefined) }, once);
}

/** What a replay token is made of, and how its replay line reads. */
export interface Replayable {
  cmd: "run" | "test";
  /** The command line's target ("" for gort test in the current directory). */
  target: string;
  /** Every source file of the program (the named ones and those of the module it imports). */
  files: readonly { name: string; text: string }[];
  options: TokenOptions;
}

/** What a token that does not match the program asks for: its hash covers the files' names as
 *  given (relative to the directory gort runs in), their contents and the flags. */
const replayHint = "it replays only the files it was made from, named as they were (run it from the same directory), with the same flags";

/** --runs, --explore, --replay or one run (once runs a schedule with the normal output). */
function dispatch(f: Flags, p: Program, opts: Omit<RunOptions, "seed">, r: Replayable, once: (s: Schedule) => number): number {
  if (f.runs !== undefined) return runSeeds(f, p, opts, r.target || ".", r.cmd, r);
  if (f.explore !== undefined) return exploreCmd(f, p, opts, r, once);
  if (f.replay !== undefined) {
    const here = programHash(r.files, r.options);
    if (here !== f.replay.hash) {
      outText(2, `gort: --replay: the token was made for a different program (token ${f.replay.hash}, these files ${here}): ` +
        `${replayHint}\n`);
      return 2;
    }
    return once(f.replay.schedule);
  }
  return once({ seed: f.seed, devs: [] });
}

/** The options a replay token carries: every flag and the environment that shape the run. */
function tokenOptions(cmd: "run" | "test", f: Flags, tf: TestFlags | undefined): TokenOptions {
  const o = runTokenOptions({
    cmd, cpus: f.cpus, race: f.race, leaks: f.leaks, args: f.progArgs, env: f.exactEnv ?? programEnv(proc.env, f.hostEnv, f.env),
    steps: f.maxSteps, time: f.maxSimNs, goroutines: f.maxGoroutines, heap: f.maxHeapBytes ?? 0, model: f.model,
  });
  if (tf !== undefined) {
    Object.assign(o, {
      v: tf.v, run: tf.run ?? "", count: tf.count === 0 ? "0" : tf.count ?? 0, timeout: tf.timeout,
      bench: tf.bench ?? "", benchtime: tf.benchtime ?? "", benchmem: tf.benchmem, short: tf.short,
      failfast: tf.failfast, parallel: tf.parallel ?? 0, fuzz: tf.fuzz ?? "", fuzzin: tf.fuzzInput ?? "",
    });
    // Only when given, so that every other token reads as before.
    if (f.noLeaks) o["noleaks"] = true;
    if (tf.shuffle !== undefined) o["shuffle"] = tf.shuffle;
  }
  return o;
}

/** --replay: the token's options become the flags (the hash check comes once the files are read). */
function applyToken(t: Token, cmd: string, f: Flags, tf: TestFlags): void {
  const o = t.options;
  if (o["cmd"] !== cmd) throw new UsageError(`--replay: the token is for gort ${String(o["cmd"])}, not gort ${cmd}`);
  f.cpus = Number(o["cpus"]);
  f.model = o["model"] === undefined ? defaultModel : parseModel("--replay", String(o["model"]));
  f.race = o["race"] === true;
  f.leaks = o["leaks"] === true;
  f.noLeaks = o["noleaks"] === true;
  f.progArgs = JSON.parse(String(o["args"])) as string[];
  f.exactEnv = JSON.parse(String(o["env"])) as [string, string][];
  f.maxSteps = Number(o["steps"]);
  f.maxSimNs = Number(o["time"]);
  f.maxGoroutines = Number(o["gs"]);
  f.maxHeapBytes = Number(o["heap"]);
  if (cmd === "test") {
    tf.v = o["v"] === true;
    tf.run = o["run"] === "" ? undefined : String(o["run"]);
    tf.count = o["count"] === 0 ? undefined : Number(o["count"]); // "0": -count 0
    tf.timeout = String(o["timeout"]);
    tf.bench = o["bench"] === "" ? undefined : String(o["bench"]);
    tf.benchtime = o["benchtime"] === "" ? undefined : String(o["benchtime"]);
    tf.benchmem = o["benchmem"] === true;
    tf.short = o["short"] === true;
    tf.failfast = o["failfast"] === true;
    tf.parallel = o["parallel"] === 0 ? undefined : Number(o["parallel"]);
    tf.shuffle = o["shuffle"] === undefined ? undefined : String(o["shuffle"]);
    tf.fuzz = o["fuzz"] === "" || o["fuzz"] === undefined ? undefined : String(o["fuzz"]);
    tf.fuzzInput = o["fuzzin"] === "" || o["fuzzin"] === undefined ? undefined : String(o["fuzzin"]);
  }
}

/** --explore: search with the strategy until a failure (or the budget); replay the failure
 *  (shrunk with --shrink) with its normal output, then say how to replay it. */
function exploreCmd(f: Flags, p: Program, opts: Omit<RunOptions, "seed">, r: Replayable, once: (s: Schedule) => number): number {
  const spec = f.explore!;
  const maxRuns = f.budgetRuns ?? (f.budgetMs !== undefined ? 1e9 : defaultBudget);
  if (job !== undefined) {
    exploreClaims(f, p, opts, job);
    job.worked = true;
    return 0;
  }
  const t0 = performance.now();
  const res = exploreRuns(f, p, opts, maxRuns);
  const secs = ((performance.now() - t0) / 1000).toFixed(1);
  // A what-if model is named wherever the strategy is (the head line, the failure line).
  const name = strategyName(spec) + (f.model === defaultModel ? "" : ` (model ${f.model}, a what-if)`);
  const hash = programHash(r.files, r.options);
  const replayLine = (s: Schedule): string =>
    `gort ${r.cmd} --replay ${encodeToken({ hash, options: r.options, schedule: s }, TOKEN_DEFAULTS)}${r.target ? " " + r.target : ""}`;
  const what = (o: { exitCode: number; outcome: string; failLine: string }): string =>
    outcomeLabel(o.exitCode, o.outcome) + (o.failLine ? `  ${o.failLine}` : "");
  const head = `explore ${name}: ${res.runs} runs, ${res.distinct} distinct schedules${res.complete ? " (all the strategy reaches)" : ""}, ${secs}s`;
  if (f.keepGoing) {
    outText(1, `${head}:\n`);
    for (const o of res.outcomes) {
      outBytes(1, `${countColumn(o.count, res.runs)}${what(o)}\n`);
      if (o.exitCode !== 0) outText(1, `           replay: ${replayLine(o.schedule)}\n`);
    }
    return res.failure === undefined ? 0 : 1;
  }
  const fail = res.failure;
  if (fail === undefined) {
    outText(1, `${head}; no failure\n`);
    return 0;
  }
  let sched = fail.schedule;
  let shrunk = "";
  if (f.shrink) {
    const sh = shrink(p, opts, sched, fail.signature);
    shrunk = ` (shrunk from ${sched.devs.length / 2} in ${sh.runs} runs)`;
    sched = sh.schedule;
  }
  const code = once(sched);
  outText(1, `\n--- explore ${name}: run ${fail.run + 1} failed: ${what(fail)}\n`);
  outText(1, `    ${head.slice(head.indexOf(": ") + 2)}; the schedule: seed ${sched.seed}, ${sched.devs.length / 2} deviations${shrunk}\n`);
  outText(1, `    replay: ${replayLine(sched)}\n`);
  return code;
}

/**
 * --explore's runs: on --jobs workers that claim ranges of the run indices in turn, when the
 * strategy's runs are independent (random, select); else on this thread (pct and starve learn
 * from the runs before, pbound and dfs follow from them). Under a budget of host time the
 * result is that of the runs from index 0 up to the first range the deadline cut short: one
 * thread's exploration of those runs.
 */
function exploreRuns(f: Flags, p: Program, opts: Omit<RunOptions, "seed">, maxRuns: number): ReturnType<typeof explore> {
  const spec = f.explore!;
  const timed = f.budgetMs !== undefined;
  const n = !runsIndependent(spec) ? 1 : timed ? jobsForTime(f.jobs, f.budgetMs!) : jobsFor(f.jobs, maxRuns);
  const clock = wallNow;
  const x = { spec, base: f.seed, maxRuns, keepGoing: f.keepGoing, clock };
  if (n === 1) return explore(p, opts, { ...x, ...(timed ? { maxMs: f.budgetMs! } : { progress: progressBar(maxRuns) }) });
  const c: JobCampaign = {
    argv: commandArgv, cwd: proc.cwd, env: proc.env, heap: f.maxHeapBytes!, from: 0, count: maxRuns, jobs: n,
    ...(timed ? { deadline: clock() + f.budgetMs! } : {}),
  };
  const chunks = runChunks<ExplorePart>(c, opts.stdinSource ?? hostStdin(), timed ? () => {} : progressBar(maxRuns), (part) => exploreClaims(f, p, opts, part));
  return mergeExplore(runPrefix(chunks, 0), f.keepGoing);
}

/** One thread's share of a spread --explore: the ranges of run indices it claims, explored. */
function exploreClaims(f: Flags, p: Program, opts: Omit<RunOptions, "seed">, part: JobPart): void {
  const { stopAt, found, deadline } = part;
  const clock = wallNow;
  workClaims(part, (first, last, progress) => explorePart(p, opts, {
    spec: f.explore!, base: f.seed, keepGoing: f.keepGoing, first, maxRuns: last - first + 1, progress, stopAt, found,
    ...(deadline !== undefined ? { clock, maxMs: deadline - clock() } : {}),
  }));
}

/** --explore's budget without --budget: runs. */
const defaultBudget = 1000;

/** --runs N: run the seeds from --seed and print the summary (its replay lines name cmd). */
/** A --json file's header: the campaign (the command, its target and flags, the program's hash)
 *  and which shard of it this is. */
function shardHeader(f: Flags, target: string, cmd: string, from: number, to: number, r: Replayable): ShardHeader {
  const hash = programHash(r.files, r.options);
  const campaign: Campaign = { cmd, target, hash, from: f.seed, runs: f.runs!, race: f.race, leaks: f.leaks, model: f.model };
  return { gort: "shard", version: gortVersion, campaign, shard: [f.shard?.index ?? 0, f.shard?.count ?? 1], seeds: [from, to] };
}

/** gort merge FILE...: the campaign's summary from its shards' --json files. */
function cmdMerge(files: string[]): number {
  const m = mergeShards(files);
  if (typeof m === "string") {
    outText(2, `${m}\n`);
    return 1;
  }
  const c = m.campaign;
  printSummary(m.summary, c.target, c.from, c.race, c.cmd, c.leaks, c.model as Model);
  return 0;
}

function runSeeds(f: Flags, p: Program, opts: Omit<RunOptions, "seed">, target: string, cmd: string, r: Replayable): number {
  // One thread's share of a spread --runs: the ranges of seeds it claims, run.
  const work = (part: JobPart): void => workClaims(part, (a, b, progress) => runMany(p, opts, a, b, progress));
  if (job !== undefined) {
    work(job);
    job.worked = true;
    return 0;
  }
  const [from, to] = f.shard === undefined ? [f.seed, f.seed + f.runs! - 1] : shardSeeds(f.seed, f.runs!, f.shard.index, f.shard.count);
  const runs = to - from + 1;
  // --json writes every run in seed order from this thread: a shard is one process's work.
  const n = f.json !== undefined ? 1 : jobsFor(f.jobs, runs);
  const out = f.json === undefined ? undefined : new ShardWriter(f.json, shardHeader(f, target, cmd, from, to, r));
  let s: Summary;
  try {
    const c: JobCampaign = { argv: commandArgv, cwd: proc.cwd, env: proc.env, heap: f.maxHeapBytes!, from, count: runs, jobs: n };
    s = n === 1 ? runMany(p, opts, from, to, progressBar(runs), out?.add)
      : mergeSummaries(runPrefix(runChunks<Summary>(c, opts.stdinSource ?? hostStdin(), progressBar(runs), work), from));
    if (s.runs !== runs) throw new Error(`gort --jobs: the workers made ${s.runs} of the ${runs} runs`);
  } finally {
    out?.close();
  }
  printSummary(s, target, from, p.race === true, cmd, f.leaks, f.model, f.exec === "host");
  if (!wantsTrace(f)) return 0;
  // --explain (and --trace, --timeline) with --runs: each failing ending's example seed again,
  // recorded; the files are written for the first.
  let first = true;
  for (const o of s.outcomes) {
    if (o.exitCode === 0 && !(p.race === true && s.races.length > 0)) continue;
    const r = run(p, { ...opts, seed: o.seed, trace: true, write: () => {} });
    outText(1, `\n--- seed ${o.seed}: ${outcomeLabel(o.exitCode, o.outcome).trim()}\n`);
    traceOutputs(first ? f : { ...f, traceFile: undefined, timeline: f.timeline === "-" ? "-" : undefined }, r, target, 1);
    first = false;
  }
  return 0;
}

function wantsTrace(f: Flags): boolean {
  return f.traceFile !== undefined || f.timeline !== undefined || f.explain;
}

/** --trace, --timeline, --explain after a recorded run: the files, then the text (on stderr,
 *  after the program's own output, unless fd says otherwise). */
function traceOutputs(f: Flags, r: RunResult, target: string, fd: 1 | 2 = 2): void {
  const d = r.trace;
  if (d === undefined) return;
  if (f.traceFile !== undefined) {
    writeFileSync(f.traceFile, JSON.stringify(chromeTrace(d, { program: target, outcome: r.outcome })));
    outText(fd, `gort: trace written to ${f.traceFile} (open it in ui.perfetto.dev or chrome://tracing)\n`);
  }
  if (f.timeline === "-") outText(fd, textTimeline(d));
  else if (f.timeline !== undefined) {
    writeFileSync(f.timeline, htmlTimeline(d, `${target}: ${r.outcome}`));
    outText(fd, `gort: timeline written to ${f.timeline}\n`);
  }
  if (f.explain) outText(fd, explain(d, r) || "explanation: the run ended normally (exit 0); nothing raced.\n");
}

/** --cpuprofile, --memprofile, --flamegraph after a run: the files (gzipped protobuf, as
 *  runtime/pprof writes them), named by the binary go build would have made. */
function profileOutputs(f: Flags, r: RunResult, binary: string, target: string): void {
  if (f.cpuprofile !== undefined && r.cpuprofile !== undefined) {
    writeFileSync(f.cpuprofile, gzipSync(encodeCpuProfile(r.cpuprofile, binary)));
  }
  if (f.memprofile !== undefined && r.memprofile !== undefined) {
    writeFileSync(f.memprofile, gzipSync(encodeHeapProfile(r.memprofile, binary, r.simNs)));
  }
  if (f.flamegraph !== undefined && r.cpuprofile !== undefined) {
    writeFileSync(f.flamegraph, htmlFlamegraph(r.cpuprofile, `${target}: CPU profile (gort, simulated time)`));
  }
}

function exeName(target: string): string {
  const base = target.replace(/\/+$/, "").split("/").pop() ?? "main";
  return base.replace(/\.go$/, "");
}

async function cmdExample(f: Flags): Promise<number> {
  const files: SourceFile[] = [{ name: "./example.go", path: "/home/gopher/example/example.go", text: cgoMapExample }];
  const c = await compileCached(files, "command-line-arguments", "files");
  if (!c.ok) {
    outText(2, c.stderr);
    return c.exitCode;
  }
  outText(1, "The built-in example (gort example): two goroutines block in C for 1s, then write one map.\n\n");
  outText(1, cgoMapExample.replace(/^/gm, "    ") + "\n");
  // `gort example --seed N` (the summary's replay lines) replays that seed alone.
  let crash: { seed: number } | undefined = f.seedSet && f.runs === undefined ? { seed: f.seed } : undefined;
  if (crash === undefined) {
    const runs = f.runs ?? 200;
    const s = runMany(c.program, runOptions(f, "/tmp/go-build/exe/example"), f.seed, f.seed + runs - 1, progressBar(runs));
    printSummary(s, "", f.seed, false, "example", false, f.model);
    crash = s.outcomes.find((o) => o.outcome.includes("concurrent map writes"));
  }
  if (crash) {
    outText(1, `\nReplaying seed ${crash.seed}${f.seedSet && f.runs === undefined ? "" : ", a run that crashed"}:\n\n`);
    const r = run(c.program, { ...runOptions(f, "/tmp/go-build/exe/example"), seed: crash.seed, trace: true });
    outBytes(1, r.stdout);
    outBytes(1, r.stderr);
    outText(1, `\nexit status ${r.exitCode}\n\n`);
    traceOutputs({ ...f, explain: true }, r, "example.go", 1);
  }
  outText(1, "\nWith GOMAXPROCS=1 the two write windows cannot overlap: try `GOMAXPROCS=1 npx gort example`.\n");
  return 0;
}

/** A --jobs worker's command (jobwork.ts): main, whose runs claim ranges of the seeds or run
 *  indices through part and send their Summaries or ExploreParts instead of printing. */
export async function jobMain(argv: string[], of: CliProcess, part: JobPart): Promise<void> {
  job = { ...part };
  try {
    await main(argv, of);
    if (job.worked !== true) throw new Error(`the command did not reach its runs: gort ${argv.join(" ")}`);
  } finally {
    job = undefined;
  }
}

/**
 * main on bin/gort.js's main thread (bigstack.ts): the command's exit code, or, when it has to
 * move to the big stack, what it had done by then.
 */
export async function mainMovable(argv: string[]): Promise<number | Moved> {
  hostThread.movable = true;
  ledger = new OutputLedger();
  try {
    return await main(argv);
  } catch (e) {
    if (!(e instanceof MoveToBigStack) && !isHostStackOverflow(e)) throw e;
    const s = stdin?.state() ?? { data: "", eof: false };
    return { written: ledger.written, stdin: s.data, stdinEof: s.eof };
  } finally {
    hostThread.movable = false;
  }
}

/** main on the big stack, going on from where mainMovable stopped. */
export async function mainMoved(argv: string[], moved: Moved): Promise<number> {
  ledger = new OutputLedger([...moved.written]);
  return main(argv, { cwd: process.cwd(), env: process.env }, { data: moved.stdin, eof: moved.stdinEof });
}

export async function main(argv: string[], of: CliProcess = { cwd: process.cwd(), env: process.env }, stdinBefore?: { data: string; eof: boolean }): Promise<number> {
  try {
    return await command(argv, of, stdinBefore);
  } finally {
    // --exec host: the children still running are killed and the worker stops.
    shutdownHostExec();
  }
}

/** One gort command line (main's). */
async function command(argv: string[], of: CliProcess, stdinBefore: { data: string; eof: boolean } | undefined): Promise<number> {
  proc = of;
  commandArgv = argv;
  stdin = stdinBefore === undefined ? undefined : new HostStdin(undefined, stdinBefore);
  const cmd = argv[0];
  // `gort help [command]`: the usage covers every command.
  if (cmd === undefined || cmd === "-h" || cmd === "--help" || cmd === "help") {
    outText(cmd === undefined ? 2 : 1, usage);
    return cmd === undefined ? 2 : 0;
  }
  if (cmd === "version" || cmd === "--version") {
    outText(1, `gort version ${gortVersion}: the Go 1.19 runtime (go1.19.8 linux/amd64), simulated\n`);
    return 0;
  }
  if (cmd === "serve") return cmdServe(argv.slice(1), (text) => outText(1, text));
  if (cmd === "merge") return cmdMerge(argv.slice(1));
  if (cmd === "build") argv = [cmd, ...buildFlags(argv.slice(1))];
  const df = cmd === "debug" ? debugFlags(argv.slice(1)) : undefined;
  if (df !== undefined) argv = [cmd, ...df.rest];
  let f: Flags;
  let tf: TestFlags;
  try {
    tf = cmd === "test" ? testFlags(argv.slice(1)) : { ...testFlags([]), timeout: "", rest: argv.slice(1) };
    f = parseFlags(tf.rest, cmd === "test");
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    outText(2, e instanceof GoTestUsageError ? `${e.message}\n${goTestUsage}` : `gort: ${e.message}\n${shortUsage}`);
    return 2;
  }
  // -h among gort's own flags (before the program and its arguments).
  if (f.help) {
    outText(1, usage);
    return 0;
  }
  // A --jobs worker takes its parent's: the default depends on the host's free memory.
  f.maxHeapBytes ??= job?.heap ?? defaultHeapLimit();
  if (f.replayText !== undefined) {
    const t = decodeToken(f.replayText, TOKEN_DEFAULTS);
    if (typeof t === "string") {
      outText(2, `${t}\n`);
      return 2;
    }
    f.replay = t;
    try {
      applyToken(f.replay, cmd === "debug" ? "run" : cmd, f, tf);
    } catch (e) {
      if (!(e instanceof UsageError)) throw e;
      outText(2, `gort: ${e.message}\n`);
      return 2;
    }
  }
  if (cmd === "example") return cmdExample(f);
  if (df !== undefined) return cmdDebug(f, df);
  if (cmd === "build") return cmdBuild(f);
  if (cmd === "test") return cmdTest(f, tf);
  if (cmd !== "run") {
    outText(2, `gort: unknown command ${cmd}\n${shortUsage}`);
    return 2;
  }
  const target = f.rest[0];
  if (!target) {
    outText(2, "gort run: no go files listed\n");
    return 1;
  }
  const loaded = readProgram(target, proc.cwd, f.race ? raceTags : undefined);
  if (!loaded.ok) {
    outText(2, loaded.stderr);
    return loaded.exitCode;
  }
  return cmdRun(f, loaded.files, loaded.pkgLabel, loaded.mode, target, loaded.module);
}

// ---- gort debug ------------------------------------------------------------------------------------

/** gort debug: compile the program (or the built-in example), then hand its runs, all of one
 *  schedule (--seed, or a --replay token's), to the debugger's session (cli/debug.ts). */
async function cmdDebug(f: Flags, df: DebugFlags): Promise<number> {
  const target = df.example ? "example.go" : f.rest[0];
  if (!target) {
    outText(2, "gort debug: no go files listed (or --example)\n");
    return 1;
  }
  const loaded = df.example
    ? { ok: true as const, files: [{ name: "./example.go", path: "/home/gopher/example/example.go", text: cgoMapExample }], pkgLabel: "command-line-arguments", mode: "files" as const, module: undefined }
    : readProgram(target, proc.cwd, f.race ? raceTags : undefined);
  if (!loaded.ok) {
    outText(2, loaded.stderr);
    return loaded.exitCode;
  }
  const tc = await nodeToolchain();
  const c = compile(tc, loaded.files, loaded.pkgLabel, loaded.mode, { race: f.race, debug: true, ...(loaded.module ? { module: loaded.module } : {}) });
  if (!c.ok) {
    outText(2, c.stderr);
    return c.exitCode;
  }
  const p = c.program;
  // The program reads no standard input under the debugger: the prompt reads it.
  const opts: Omit<RunOptions, "seed"> = { ...runOptions(f, "/tmp/go-build/exe/" + exeName(target)), source: textToBytes(target) };
  delete opts.stdinSource;
  let schedule: Schedule = { seed: f.seed, devs: [] };
  if (f.replay !== undefined) {
    const here = programHash([...loaded.files, ...p.userFiles], tokenOptions("run", f, undefined));
    if (here !== f.replay.hash) {
      outText(2, `gort: --replay: the token was made for a different program (token ${f.replay.hash}, these files ${here}): ${replayHint}\n`);
      return 2;
    }
    schedule = f.replay.schedule;
  }
  const d = {
    funcInfos: p.compiled.funcInfos,
    lines: p.compiled.dbgLines ?? [],
    run: (hook: RunOptions["debugHook"], write: (fd: 1 | 2, b: string) => void) => runSchedule(p, { ...opts, write, ...(hook ? { debugHook: hook } : {}) }, schedule),
  };
  return runDebugSession(d, df, (s) => outText(1, s), (fd, b) => outBytes(fd, b));
}

// ---- gort build ------------------------------------------------------------------------------------

/** gort build's own flags, taken out before gort's: -S, and -gcflags' -S, -m (any level) and
 *  -l (no inlining: gort never reports inlining, so it changes nothing). */
let buildWants = { asm: false, escapes: false };

function buildFlags(argv: string[]): string[] {
  buildWants = { asm: false, escapes: false };
  const rest: string[] = [];
  const gcflags = (v: string): void => {
    for (const w of v.split(/\s+/)) {
      if (w === "-S") buildWants.asm = true;
      else if (/^-m(=\d+)?$/.test(w)) buildWants.escapes = true;
    }
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "-S") buildWants.asm = true;
    else if (a.startsWith("-gcflags=") || a.startsWith("--gcflags=")) gcflags(a.slice(a.indexOf("=") + 1).replace(/^all=/, ""));
    else if ((a === "-gcflags" || a === "--gcflags") && i + 1 < argv.length) gcflags(argv[++i]!.replace(/^all=/, ""));
    else rest.push(a);
  }
  return rest;
}

/** gort build: compile; print what -S and -m ask for on stderr, under go build's
 *  `# command-line-arguments` line, as go build does. */
async function cmdBuild(f: Flags): Promise<number> {
  const target = f.rest[0];
  if (!target) {
    outText(2, "gort build: no go files listed\n");
    return 1;
  }
  const loaded = readProgram(target, proc.cwd, f.race ? raceTags : undefined);
  if (!loaded.ok) {
    outText(2, loaded.stderr);
    return loaded.exitCode;
  }
  const lower = buildWants.asm || buildWants.escapes;
  const c = await compileCached(loaded.files, loaded.pkgLabel, loaded.mode, { race: f.race, lower, ...(loaded.module ? { module: loaded.module } : {}) });
  if (!c.ok) {
    outText(2, c.stderr);
    return c.exitCode;
  }
  if (!lower) return 0;
  const l = listing(c.program, loaded.files);
  outText(2, `# ${loaded.pkgLabel}\n${buildWants.escapes ? l.escapes : ""}${buildWants.asm ? l.asm : ""}`);
  return 0;
}

// ---- gort test ------------------------------------------------------------------------------------

export interface TestFlags {
  v: boolean;
  run: string | undefined;
  count: number | undefined;
  timeout: string;
  /** -bench RE, -benchtime D|Nx, -benchmem, -short, -failfast, -parallel N. */
  bench: string | undefined;
  benchtime: string | undefined;
  benchmem: boolean;
  short: boolean;
  failfast: boolean;
  parallel: number | undefined;
  /** -cpu 1,2,4: the GOMAXPROCS values each test and benchmark runs with (testing checks it). */
  cpu: string | undefined;
  /** -fuzz RE, -fuzztime D|Nx (cli/fuzz.ts); fuzzInput: a --replay token's corpus file. */
  fuzz: string | undefined;
  fuzztime: string | undefined;
  fuzzInput: string | undefined;
  /** -list RE: the names of the tests, benchmarks, fuzz tests and examples it matches. */
  list: string | undefined;
  /** -shuffle on|N (off: undefined): the tests' and benchmarks' order, as testing shuffles it. */
  shuffle: string | undefined;
  /** One of several packages (gort test ./... or a list): go test's last "FAIL" waits. */
  multi: boolean;
  /** The other arguments, for parseFlags. */
  rest: string[];
}

/** go test's own flags (-v, -run RE, -count N; -x=y or -x y), taken out before gort's. */
function testFlags(argv: string[]): TestFlags {
  const tf: TestFlags = {
    v: false, run: undefined, count: undefined, timeout: "10m0s", bench: undefined, benchtime: undefined, benchmem: false, short: false, failfast: false,
    parallel: undefined, cpu: undefined, fuzz: undefined, fuzztime: undefined, fuzzInput: undefined, list: undefined, shuffle: undefined, multi: false, rest: [],
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    // "--" (gort's), and go test's -args: what follows is passed on as it is (parseFlags).
    if (a === "--" || a === "-args" || a === "--args") {
      tf.rest.push(...argv.slice(i));
      break;
    }
    // go test's flags gort lacks (its -exec is not among them: -exec is gort's --exec).
    const later = /^-(json|cover|covermode|coverpkg|coverprofile|tags|trimpath|fuzzminimizetime|fuzzcachedir|o|c|i|ldflags|gcflags)(?:=.*)?$/.exec(a) ??
      /^--(fuzzminimizetime|fuzzcachedir)(?:=.*)?$/.exec(a);
    if (later) throw new UsageError(`go test's -${later[1]} is not supported yet`);
    // -shuffle goes to the binary (testing checks its value). -vet (gort has no vet step) and -p
    // (one package at a time anyway) change nothing gort prints.
    const ignored = /^--?(shuffle|test\.shuffle|vet|p)(?:=(.*))?$/.exec(a);
    if (ignored) {
      const v = ignored[2] ?? argv[++i];
      if (v === undefined) throw new UsageError(`flag needs an argument: -${ignored[1]}`);
      if (ignored[1]!.endsWith("shuffle")) {
        // cmd/go checks the value (testflag.go shuffleFlag) before it builds anything.
        if (v !== "on" && v !== "off" && !/^[+-]?\d+$/.test(v)) {
          throw new GoTestUsageError(`invalid value ${JSON.stringify(v)} for flag -shuffle: -shuffle argument must be "on", "off", or an int64: strconv.ParseInt: parsing ${JSON.stringify(v)}: invalid syntax`);
        }
        tf.shuffle = v === "off" ? undefined : v;
      }
      continue;
    }
    // The test binary's own names (-test.v) are go test's flags too.
    const m = /^--?(?:test\.)?(v|run|count|timeout|bench|benchtime|benchmem|short|failfast|parallel|cpu|fuzz|fuzztime|list)(?:=(.*))?$/.exec(a);
    if (!m) {
      tf.rest.push(a);
      continue;
    }
    if (m[1] === "v" || m[1] === "benchmem" || m[1] === "short" || m[1] === "failfast") {
      const on = m[2] === undefined || m[2] === "true";
      if (m[1] === "v") tf.v = on;
      else if (m[1] === "short") tf.short = on;
      else if (m[1] === "failfast") tf.failfast = on;
      else tf.benchmem = on;
      continue;
    }
    const v = m[2] ?? argv[++i];
    if (v === undefined) throw new UsageError(`flag needs an argument: -${m[1]}`);
    if (m[1] === "run") tf.run = v;
    else if (m[1] === "list") tf.list = v;
    else if (m[1] === "timeout") tf.timeout = v;
    else if (m[1] === "bench") tf.bench = v;
    else if (m[1] === "fuzz") tf.fuzz = v;
    else if (m[1] === "cpu") tf.cpu = v;
    else if (m[1] === "fuzztime") {
      if (parseFuzztime(v) === undefined) throw new UsageError(`invalid value "${v}" for flag -test.fuzztime: invalid duration`);
      tf.fuzztime = v;
    }
    else if (m[1] === "benchtime") {
      if (!/^(\d+x|[0-9.]+(ns|us|µs|ms|s|m|h)([0-9.]+(ns|us|µs|ms|s|m|h))*)$/.test(v)) {
        throw new UsageError(`invalid value "${v}" for flag -test.benchtime: invalid duration`);
      }
      tf.benchtime = v;
    } else if (m[1] === "parallel") tf.parallel = goTestInt("-parallel", v, 1, 1e6);
    else tf.count = goTestInt("-count", v, 0, 1e6);
  }
  return tf;
}

/**
 * gort test: build the package with its tests (api.ts compileTest), run the test binary with
 * go test's -test.* arguments, and end as go test does: `ok  \tPKG\tT` or, after a failure,
 * `exit status N` and `FAIL\tPKG\tT` (T is simulated time), exit status 0 or 1.
 */
async function cmdTest(f: Flags, tf: TestFlags): Promise<number> {
  const targets = f.rest.flatMap((t) => expandPattern(t, proc.cwd));
  if (f.rest.length > 0 && targets.length === 0) {
    outText(2, `go: warning: "${f.rest.join(" ")}" matched no packages\nno packages to test\n`);
    return 1;
  }
  if (targets.length <= 1) return cmdTestPackage({ ...f, rest: targets }, tf);
  const one = [f.runs !== undefined && "--runs", f.explore !== undefined && "--explore", f.replay !== undefined && "--replay",
    tf.fuzz !== undefined && "-fuzz", f.cpuprofile !== undefined && "--cpuprofile", f.memprofile !== undefined && "--memprofile"].filter(Boolean);
  if (one.length > 0) {
    outText(2, `gort: ${one[0]} tests one package, not ${targets.length}\n${shortUsage}`);
    return 2;
  }
  // Each package in turn, as go test prints them; the last "FAIL" once, after them all.
  let exit = 0;
  for (const t of targets) exit = Math.max(exit, await cmdTestPackage({ ...f, rest: [t] }, { ...tf, multi: true }));
  if (exit !== 0) outText(1, "FAIL\n");
  return exit;
}

/** The packages a command-line argument names: itself, or for a pattern ending in "/..." the
 *  directories under it (itself included) that hold .go files, as go's package patterns match
 *  them in a module: not testdata, vendor, names starting with "." or "_", nor another module's. */
function expandPattern(arg: string, cwd: string): string[] {
  if (arg !== "..." && !arg.endsWith("/...")) return [arg];
  const base = arg === "..." ? "." : arg.slice(0, -4) || "/";
  const out: string[] = [];
  const walk = (rel: string, top: boolean): void => {
    const abs = resolvePath(cwd, rel);
    let ents: import("node:fs").Dirent[];
    try {
      ents = readdirSync(abs, { withFileTypes: true });
    } catch {
      return;
    }
    if (!top && ents.some((e) => e.name === "go.mod" && e.isFile())) return;
    if (ents.some((e) => e.isFile() && e.name.endsWith(".go"))) out.push(rel);
    for (const e of ents.filter((x) => x.isDirectory()).map((x) => x.name).sort()) {
      if (e === "testdata" || e === "vendor" || e.startsWith(".") || e.startsWith("_")) continue;
      walk(rel === "." ? `./${e}` : `${rel}/${e}`, false);
    }
  };
  walk(base, true);
  return out;
}

async function cmdTestPackage(f: Flags, tf: TestFlags): Promise<number> {
  const target = f.rest[0] ?? ".";
  const loaded = readTestPackage(target, proc.cwd, f.race ? raceTags : undefined);
  if (!loaded.ok) {
    outText(2, loaded.stderr);
    return loaded.exitCode;
  }
  const pkg = loaded.importPath;
  if (![...loaded.files, ...loaded.xfiles].some((x) => x.name.endsWith("_test.go"))) {
    outText(1, `?   \t${pkg}\t[no test files]\n`);
    return 0;
  }
  const fuzzing = tf.fuzz !== undefined && tf.fuzz !== "" && tf.fuzzInput === undefined && f.replay === undefined;
  if (fuzzing && (f.runs !== undefined || f.explore !== undefined)) {
    outText(2, `gort: -fuzz cannot be used with ${f.runs !== undefined ? "--runs" : "--explore"}: fuzzing draws its own schedules\n${shortUsage}`);
    return 2;
  }
  const c = await compileTestCached(loaded.files, loaded.pkgName, pkg, { race: f.race, cover: fuzzing, ...(loaded.module ? { module: loaded.module } : {}) }, loaded.xfiles);
  if (!c.ok) {
    // go test's build failure: the errors under "# pkg [pkg.test]" (a dependency's under its
    // own "# dep"), then the FAIL line(s).
    outText(2, c.stderr.startsWith(`# ${pkg}\n`) || c.stderr.startsWith("# command-line-arguments\n") ? c.stderr.replace(/^# .*\n/, `# ${pkg} [${pkg}.test]\n`) : c.stderr);
    outText(1, `FAIL\t${pkg} [build failed]\n${f.rest[0] !== undefined && !tf.multi ? "FAIL\n" : ""}`);
    return c.exitCode;
  }
  const args = ["-test.paniconexit0", `-test.timeout=${tf.timeout}`];
  if (tf.v) args.push("-test.v=true");
  if (tf.run !== undefined) args.push(`-test.run=${tf.run}`);
  if (tf.count !== undefined) args.push(`-test.count=${tf.count}`);
  if (tf.short) args.push("-test.short=true");
  if (tf.bench !== undefined) args.push(`-test.bench=${tf.bench}`);
  if (tf.benchtime !== undefined) args.push(`-test.benchtime=${tf.benchtime}`);
  if (tf.benchmem) args.push("-test.benchmem=true");
  if (tf.failfast) args.push("-test.failfast=true");
  // go test hands its profile flags to the test binary (its testing package writes them): here
  // the CLI writes the files, and testing runs go test's last collection for the heap profile.
  if (f.cpuprofile !== undefined) args.push(`-test.cpuprofile=${f.cpuprofile}`);
  if (f.memprofile !== undefined) args.push(`-test.memprofile=${f.memprofile}`);
  if (tf.parallel !== undefined) args.push(`-test.parallel=${tf.parallel}`);
  if (tf.cpu !== undefined) args.push(`-test.cpu=${tf.cpu}`);
  if (tf.fuzz !== undefined) args.push(`-test.fuzz=${tf.fuzz}`);
  if (tf.list !== undefined) args.push(`-test.list=${tf.list}`);
  if (tf.shuffle !== undefined) args.push(`-test.shuffle=${tf.shuffle}`);
  // The flags neither go test nor gort knows, and those after -args: the package's own.
  args.push(...f.progArgs);
  const exe = `/tmp/go-build/b001/${loaded.pkgName}.test`;
  // Partial deadlocks are reported under gort test unless --leaks=false (its leak check too).
  const dir = (loaded.files[0] ?? loaded.xfiles[0])!.path.replace(/\/[^/]*$/, "");
  const opts = { ...runOptions({ ...f, progArgs: args, leaks: !f.noLeaks }, exe, dir), source: textToBytes(target) };
  const r: Replayable = { cmd: "test", target: f.rest[0] ?? "", files: [...loaded.files, ...loaded.xfiles, ...c.program.userFiles], options: tokenOptions("test", f, tf) };
  const fz = { f, tf, p: c.program, opts, pkg, dir, replayable: r, fuzzTargets: findFuzzTargets([...loaded.files, ...loaded.xfiles]) };
  if (fuzzing) return cmdFuzz(fz, testOnce, TOKEN_DEFAULTS);
  if (tf.fuzzInput !== undefined) return replayFuzz(fz, testOnce, (s) => dispatch(f, c.program, s.opts, s.r, s.once));
  return dispatch(f, c.program, opts, r, (s) => testOnce(f, tf, c.program, opts, pkg, s));
}

/** One run of a test binary under a schedule, printed as go test prints it. */
export function testOnce(f: Flags, tf: TestFlags, p: Program, opts: Omit<RunOptions, "seed">, pkg: string, s: Schedule): number {
  // Local directory mode (no package named) streams the test binary's output, as go test does;
  // package list mode shows it only with -v or after a failure.
  // -bench streams too (cmd/go: "when benchmarking").
  // -fuzz streams as -bench does (go test -fuzz tests one package).
  // -list too (go test shows the names it prints).
  const streams = tf.bench !== undefined || tf.fuzz !== undefined || tf.list !== undefined;
  const listMode = f.rest[0] !== undefined && !tf.v && !streams;
  const sink = new OutputSink();
  let held = "";
  // cmd/go keeps the output it does not stream (package list mode, but for -bench) and then
  // marks the ok line of a binary that warned it had no tests to run.
  const kept = f.rest[0] !== undefined && !streams;
  let noTests = false;
  // go test shows the test binary's stdout and stderr as one stream, on its stdout.
  let wrote = false;
  const write = (_fd: 1 | 2, b: string): void => {
    wrote ||= b !== "";
    if (kept && !noTests) noTests = b.includes("testing: warning: no tests to run\n");
    if (listMode) held += b;
    else sink.write(1, b);
  };
  let r: ReturnType<typeof run>;
  try {
    r = runSchedule(p, { ...opts, write, trace: wantsTrace(f) }, s);
  } finally {
    sink.flush();
  }
  // go test -cpuprofile, -memprofile: the test binary writes them as it exits.
  profileOutputs(f, r, opts.args[0]!, pkg);
  const secs = `${(r.simNs / 1e9).toFixed(3)}s`;
  if (r.exitCode === 0) {
    outText(1, `ok  \t${pkg}\t${secs}${noTests ? " [no tests to run]" : ""}\n`);
    traceOutputs(f, r, pkg, 1);
    return 0;
  }
  // Package list mode: the output (held, or streamed with -v), the package's FAIL line, and go
  // test's own FAIL. cmd/go prints the exit status only when it kept no output: always in local
  // directory mode and under -bench, which stream only.
  if (listMode) outBytes(1, held);
  const listed = f.rest[0] !== undefined;
  const keptOut = listed && !streams && wrote;
  outText(1, `${keptOut ? "" : `exit status ${r.exitCode}\n`}FAIL\t${pkg}\t${secs}\n${listed && tf.fuzz === undefined && !tf.multi ? "FAIL\n" : ""}`);
  // go test prints everything on stdout: so does the explanation of a failed test binary.
  traceOutputs(f, r, pkg, 1);
  return 1;
}
