// The simulator's thread: tree-sitter, the compiler and the machine, behind the messages of
// protocol.ts. It is the browser's host for src/api.ts, as src/host/node.ts is Node's: the
// grammars come from the build's .wasm assets, the standard library's Go sources are bundled
// into this script, and the program sees no host at all: its files are an in-memory file system
// made fresh for every run (host/memfs.ts), and it has no network and only the environment the
// settings give it.
//
// The program is always one file, prog.go, as the Go Playground names it, in /tmp/sandbox. Its
// runs take the options `gort run prog.go` would give them (the same arguments, environment
// and limits), so a replay token made here replays under the CLI and the crash text is the
// CLI's, byte for byte, but for the directory in file paths.

import { Language, Parser } from "web-tree-sitter";
import treeSitterWasm from "web-tree-sitter/tree-sitter.wasm?url";
import goWasm from "tree-sitter-go/tree-sitter-go.wasm?url";
import cWasm from "tree-sitter-c/tree-sitter-c.wasm?url";
import {
  TOKEN_DEFAULTS, compile, defaultModel, models, outcomeLabel, runTokenOptions, type Model, defaultRunOptions, explain, explore, htmlTimeline, programEnv, runMany, runSchedule,
  type Program, type RunOptions, type Toolchain,
} from "../../src/api.js";
import { bytesToText, textToBytes } from "../../src/base/utf8.js";
import { encodeToken, decodeToken, programHash, type TokenOptions } from "../../src/explore/token.js";
import { parseStrategy, strategyName } from "../../src/explore/steer.js";
import { MemFS } from "../../src/host/memfs.js";
import type { Chunk, OutcomeRow, Reply, Request, RunReply, Schedule, Settings } from "./protocol.js";

/** The standard library's Go sources, by path under stdlib/ ("fmt/print.go"). */
const stdSources = import.meta.glob<string>("../../stdlib/**/*.go", { query: "?raw", import: "default", eager: true });

/** The file the program is, as `gort run prog.go` in /tmp/sandbox names it. */
const SANDBOX = "/tmp/sandbox";
const FILE = { name: "./prog.go", path: `${SANDBOX}/prog.go` } as const;
const TARGET = "prog.go";
const EXE = "/tmp/go-build/exe/prog";
/** The simulated machine's memory: the CLI's default --heap-limit on a host with 2 GiB free. */
const HEAP_LIMIT = 1 << 30;

const stdByDir = new Map<string, { name: string; text: string }[]>();
for (const [path, text] of Object.entries(stdSources)) {
  const rel = path.slice(path.indexOf("/stdlib/") + "/stdlib/".length);
  if (rel.endsWith("_test.go")) continue;
  const slash = rel.lastIndexOf("/");
  const dir = rel.slice(0, slash);
  const files = stdByDir.get(dir) ?? [];
  files.push({ name: rel.slice(slash + 1), text });
  stdByDir.set(dir, files);
}
for (const files of stdByDir.values()) files.sort((a, b) => (a.name < b.name ? -1 : 1));

async function newToolchain(): Promise<Toolchain> {
  await Parser.init({ locateFile: () => treeSitterWasm });
  const [go, c] = await Promise.all([Language.load(goWasm), Language.load(cWasm)]);
  const goParser = new Parser();
  goParser.setLanguage(go);
  return { goParser, cLanguage: c, loadStd: (p) => stdByDir.get(p), stdParses: new Map() };
}

const started = performance.now();
const toolchain = newToolchain();
toolchain.then(
  () => post({ kind: "ready", ms: Math.round(performance.now() - started) }),
  (e: unknown) => post({ kind: "error", id: 0, text: `gort: loading the grammars failed: ${String(e)}` }),
);

function post(r: Reply): void {
  (self as unknown as Worker).postMessage(r);
}

/** The last program compiled, by its source and -race. */
let cached: { key: string; program: Program } | undefined;

async function program(id: number, src: string, race: boolean): Promise<Program | undefined> {
  const key = `${race}\u0000${src}`;
  if (cached?.key === key) return cached.program;
  const c = compile(await toolchain, [{ ...FILE, text: src }], "command-line-arguments", "files", { race });
  if (!c.ok) {
    post({ kind: "compile-error", id, text: c.stderr, exitCode: c.exitCode });
    return undefined;
  }
  cached = { key, program: c.program };
  return c.program;
}

/** The program's environment: the CLI's base set and the runtime variables the settings set. */
function environment(s: Settings): Map<string, string> {
  const host: Record<string, string> = {};
  if (s.gomaxprocs !== "") host["GOMAXPROCS"] = s.gomaxprocs;
  if (s.godebug !== "") host["GODEBUG"] = s.godebug;
  if (s.gogc !== "") host["GOGC"] = s.gogc;
  if (s.gotraceback !== "") host["GOTRACEBACK"] = s.gotraceback;
  return programEnv(host, false, []);
}

function runOptions(s: Settings): Omit<RunOptions, "seed"> {
  const environ = new Map<string, string>();
  for (const [k, v] of environment(s)) environ.set(textToBytes(k), textToBytes(v));
  return {
    ...defaultRunOptions, cpus: s.cpus, environ, args: [EXE], stdin: "", source: TARGET, maxHeapBytes: HEAP_LIMIT, leaks: s.leaks,
    newFS: () => new MemFS(SANDBOX),
    ...(s.model !== defaultModel ? { model: s.model as Model } : {}),
  };
}

/** The options `gort run` puts in a replay token for these settings (cli/main.ts tokenOptions). */
function tokenOptions(s: Settings): TokenOptions {
  return runTokenOptions({
    cmd: "run", cpus: s.cpus, race: s.race, leaks: s.leaks, args: [], env: environment(s), steps: defaultRunOptions.maxSteps,
    time: defaultRunOptions.maxSimNs, goroutines: defaultRunOptions.maxGoroutines, heap: HEAP_LIMIT, model: s.model as Model,
  });
}

/** The settings a token's options stand for (the inverse of tokenOptions). */
function settingsOf(o: TokenOptions): Settings {
  const env = new Map(JSON.parse(String(o["env"])) as [string, string][]);
  return {
    cpus: Number(o["cpus"]), race: o["race"] === true, leaks: o["leaks"] === true,
    gomaxprocs: env.get("GOMAXPROCS") ?? "", godebug: env.get("GODEBUG") ?? "", gogc: env.get("GOGC") ?? "",
    gotraceback: env.get("GOTRACEBACK") ?? "", model: o["model"] === undefined ? defaultModel : String(o["model"]),
  };
}

function cliCommand(s: Settings, sch: Schedule, token: string): string {
  if (sch.devs.length > 0) return `gort run --replay ${token} ${TARGET}`;
  const env = [["GOMAXPROCS", s.gomaxprocs], ["GOGC", s.gogc], ["GOTRACEBACK", s.gotraceback], ["GODEBUG", s.godebug]]
    .filter(([, v]) => v !== "").map(([k, v]) => `${k}=${v} `).join("");
  const flags = `${s.model !== defaultModel ? `--model ${s.model} ` : ""}${s.race ? "-race " : ""}${s.leaks ? "--leaks " : ""}${s.cpus !== 4 ? `--cpus ${s.cpus} ` : ""}`;
  return `${env}gort run ${flags}--seed ${sch.seed} ${TARGET}`;
}

/** Settings the worker cannot run: why, or undefined. */
function badSettings(s: Settings): string | undefined {
  if (!(models as readonly string[]).includes(s.model)) return `gort: unknown model ${JSON.stringify(s.model)}: want one of ${models.join(", ")}`;
  return undefined;
}

/** The program for a request, compiled with its settings, or undefined when the settings or
 *  the program are bad (the page has been told why). */
async function prepare(id: number, src: string, s: Settings): Promise<Program | undefined> {
  const bad = badSettings(s);
  if (bad === undefined) return program(id, src, s.race);
  post({ kind: "error", id, text: bad });
  return undefined;
}

async function runOne(id: number, src: string, s: Settings, sch: Schedule): Promise<void> {
  const p = await prepare(id, src, s);
  if (p === undefined) return;
  const output: Chunk[] = [];
  const write = (fd: 1 | 2, bytes: string): void => {
    const last = output[output.length - 1];
    if (last !== undefined && last.fd === fd) last.text += bytes;
    else output.push({ fd, text: bytes });
  };
  const t0 = performance.now();
  const r = runSchedule(p, { ...runOptions(s), write, trace: true }, sch);
  const ms = performance.now() - t0;
  for (const c of output) c.text = bytesToText(c.text);
  const token = encodeToken({ hash: programHash([{ name: FILE.name, text: src }], tokenOptions(s)), options: tokenOptions(s), schedule: sch }, TOKEN_DEFAULTS);
  const reply: RunReply = {
    kind: "result", id, output, exitCode: r.exitCode, outcome: bytesToText(r.outcome),
    explanation: r.trace === undefined ? "" : explain(r.trace, r) || "explanation: the run ended normally (exit 0); nothing raced.\n",
    timeline: r.trace === undefined ? "" : htmlTimeline(r.trace, `${TARGET}: ${bytesToText(r.outcome)}`),
    token, schedule: sch, settings: s, command: cliCommand(s, sch, token), simNs: r.simNs, ms,
  };
  post(reply);
}

async function exploreMany(id: number, src: string, s: Settings, from: number, runs: number, strategy: string): Promise<void> {
  const p = await prepare(id, src, s);
  if (p === undefined) return;
  const opts = runOptions(s);
  let last = 0;
  const progress = (done: number): void => {
    const now = performance.now();
    if (now - last < 100 && done !== runs) return;
    last = now;
    post({ kind: "progress", id, done, total: runs });
  };
  const t0 = performance.now();
  let outcomes: OutcomeRow[];
  let races: { report: string; count: number; seed: number }[] = [];
  let how: string;
  if (strategy === "seeds") {
    const sum = runMany(p, opts, from, from + runs - 1, progress);
    outcomes = sum.outcomes.map((o) => ({ label: bytesToText(outcomeLabel(o.exitCode, o.outcome)), exitCode: o.exitCode, count: o.count, schedule: { seed: o.seed, devs: [] } }));
    races = sum.races.map((x) => ({ ...x, report: bytesToText(x.report) }));
    how = `seeds ${from}..${from + runs - 1}`;
  } else {
    const spec = parseStrategy(strategy);
    if (typeof spec === "string") {
      post({ kind: "error", id, text: spec });
      return;
    }
    const x = explore(p, opts, { spec, base: from, maxRuns: runs, keepGoing: true, progress });
    outcomes = x.outcomes.map((o) => ({ label: bytesToText(outcomeLabel(o.exitCode, o.outcome)), exitCode: o.exitCode, count: o.count, schedule: o.schedule }));
    how = `strategy ${strategyName(spec)} from seed ${from}${x.complete ? " (complete)" : ""}`;
    runs = x.runs;
  }
  const ms = performance.now() - t0;
  post({ kind: "summary", id, runs, ms, perSecond: Math.round((runs * 1000) / ms), how, outcomes, races });
}

async function runToken(id: number, src: string, text: string): Promise<void> {
  const t = decodeToken(text, TOKEN_DEFAULTS);
  if (typeof t === "string") {
    post({ kind: "error", id, text: t });
    return;
  }
  const s = settingsOf(t.options);
  if (programHash([{ name: FILE.name, text: src }], tokenOptions(s)) !== t.hash) {
    post({ kind: "error", id, text: `gort: --replay: the token was made for a different program (token ${t.hash}): it replays only the program it was made from` });
    return;
  }
  await runOne(id, src, s, t.schedule);
}

self.onmessage = (e: MessageEvent<Request>): void => {
  const q = e.data;
  const work = q.kind === "run" ? runOne(q.id, q.src, q.settings, q.schedule)
    : q.kind === "run-token" ? runToken(q.id, q.src, q.token)
    : exploreMany(q.id, q.src, q.settings, q.from, q.runs, q.strategy);
  work.catch((err: unknown) => {
    post({ kind: "error", id: q.id, text: `gort: internal error: ${err instanceof Error ? err.stack ?? err.message : String(err)}` });
  });
};
