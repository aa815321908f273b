// Golden files for testdata/run: discovery of programs, the golden file format, output masking,
// and the comparison used by the differential harness.
//
// Models nothing in Go; it is the yardstick that gort's output is compared against.
//
// Terms:
//   - program: one Go program under testdata/run/<area>/. Either a single file `x.go`, or a
//     directory `x/` whose .go files together form package main (a "dir program"). A dir
//     program with a go.mod is a module program: its main package imports the module's other
//     packages (subdirectories), and real Go builds it in module mode (`go build .`).
//   - golden: `x.golden` beside `x.go` (or beside the directory `x/`), recorded from real Go 1.19
//     by tools/record-go.ts.
//   - outcome: what one run produced: exit code, stdout and stderr.
//   - header directives: `// args: a "b c"` gives the program's arguments and `// env: K=V`
//     overrides RECORD_ENV (only GOMAXPROCS is meaningful to gort, as --cpus), both in the
//     comment block before `package`.
//   - sched program: a program under testdata/run/sched/, whose output depends on scheduling.
//     Its golden holds the set of distinct outcome keys seen over many real runs.
//
// Golden format. The first line is a version stamp, the rest is one pretty-printed JSON object:
//     // go1.19.8 linux/amd64
//     { "env": {...}, "args": [...], "source": "9f2c...", "exit": 2, "stdout": "...", "stderr": "..." }
// or, for sched programs:
//     { "env": {...}, "args": [...], "source": "...", "runs": 20, "outcomes": [ { "exit", "stdout", "stderr" } ] }
// `source` is the program's sourceDigest when it was recorded (or stamped after a re-check).
// Stored stdout/stderr have only the directory mask (rule 1 below) applied, so they stay readable
// and do not depend on where the repository was checked out. Sched outcomes are stored as keys
// (see outcomeKey): exit code, masked stdout, and the head of stderr before the first
// goroutine header.
//
// Masking (normalize), applied to both sides before any comparison:
//   1. Directory: the absolute directory of the program (what Go prints for source files in
//      tracebacks) becomes `$DIR`; Go's installation directory (/usr/lib/go-1.19 and
//      /usr/share/go-1.19) becomes `$GOROOT`.
//   2. Frame positions: in a traceback line `\t<file>:<line> +0x1d fp=0x.. sp=0x.. pc=0x..` the
//      ` +0x..` PC offset and any fp/sp/pc words are removed. File and line are kept.
//   3. Frame arguments: in a function line that is followed by a tab-indented position line, a
//      non-empty argument list is replaced by `(...)`; `()` stays `()`. Function names are kept.
//      `created by f` lines have no arguments and are kept as they are.
//   4. Signal lines: `pc=0x...` in `[signal SIGSEGV: ... pc=0x...]` and a throwing signal's
//      `PC=0x...` line start become `pc=0xPC` and `PC=0xPC`; a fault
//      address (`addr=0x4bb98f`, `unexpected fault address 0x4bb98f`) of 5 to 7 hex digits, one in
//      the binary's data or in C memory, becomes `0xADDR` (a nil dereference's `addr=0x8` stays).
//   Rules 2–4 apply to stderr only; rules 1 and 5 to both streams.
//   5. Pointers: any other hex number of 8 or more digits (`0xc000012345`) becomes `0xPTR`, in
//      stdout as well as stderr. Programs must not print large hex numbers with a 0x prefix.
//   Goroutine headers (`goroutine 1 [running]:`), panic messages, wait reasons and exit codes are
//   compared exactly.
//
// Simplification: real Go inlines small functions and prints their frames with `(...)`; since
// argument lists are masked, gort does not need to model which functions Go inlined.

import * as crypto from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

/** The Go version recorded goldens must come from; also the stamp on their first line. */
export const GO_STAMP = "// go1.19.8 linux/amd64";
export const GO_BIN = "/usr/lib/go-1.19/bin/go";

/** The environment used to run programs under real Go (and recorded in each golden). */
export const RECORD_ENV: Record<string, string> = {
  GOMAXPROCS: "2",
  LANG: "C",
  TZ: "UTC",
};

/** The number of CPUs gort is told to simulate, matching RECORD_ENV.GOMAXPROCS. */
export const GORT_CPUS = 2;

export interface Program {
  /** Path relative to testdata/run, without .go: "ints/wrap" or "structure/twofiles". */
  name: string;
  area: string;
  /** Absolute path of the .go file, or of the directory for a dir program. */
  target: string;
  /** Absolute directory holding the source (cwd for runs, masked as $DIR). */
  dir: string;
  /** The .go files of the program, absolute (a module program's: those of its main package). */
  files: string[];
  /** A dir program with a go.mod: built in module mode, its packages imported by path. */
  module?: boolean;
  goldenPath: string;
  /** Program arguments from a `// args:` line in the first file's header. */
  args: string[];
  /** The program's standard input: the bytes of NAME.stdin beside it, if there is one. */
  stdin?: Buffer;
  sched: boolean;
}

/** The bytes of the .stdin file beside a program (its path without .go, or its directory). */
function stdinOf(base: string): Buffer | undefined {
  const f = base + ".stdin";
  return fs.existsSync(f) ? fs.readFileSync(f) : undefined;
}

export interface Outcome {
  exit: number;
  stdout: string;
  stderr: string;
}

export interface Golden {
  stamp: string;
  env: Record<string, string>;
  args: string[];
  /** sourceDigest of the program when it was recorded: a golden whose digest differs is stale. */
  source?: string;
  /** For deterministic programs. */
  exit?: number;
  stdout?: string;
  stderr?: string;
  /** For sched programs: the number of recorded runs and the distinct outcome keys. */
  runs?: number;
  outcomes?: Outcome[];
}

/** The repository root: the nearest ancestor of this file holding package.json. */
export function repoRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!fs.existsSync(path.join(dir, "package.json"))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error("package.json not found above " + import.meta.url);
    dir = up;
  }
  return dir;
}

export function runRoot(): string {
  return path.join(repoRoot(), "testdata", "run");
}

/** Splits an `// args:` value like a shell would for plain and double-quoted words. */
export function splitArgs(text: string): string[] {
  const out: string[] = [];
  const re = /"((?:[^"\\]|\\.)*)"|(\S+)/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m[1] !== undefined ? m[1].replace(/\\(.)/g, "$1") : (m[2] ?? ""));
  }
  return out;
}

function header(file: string): string {
  return fs.readFileSync(file, "utf8").split(/\npackage /)[0] ?? "";
}

function headerArgs(file: string): string[] {
  const m = /^\/\/ args:(.*)$/m.exec(header(file));
  return m ? splitArgs(m[1] ?? "") : [];
}

/** RECORD_ENV plus any `// env: K=V ...` settings in the program's header. */
export function programEnv(p: Program): Record<string, string> {
  const env = { ...RECORD_ENV };
  const m = /^\/\/ env:(.*)$/m.exec(header(p.files[0] as string));
  for (const kv of m ? splitArgs(m[1] ?? "") : []) {
    const eq = kv.indexOf("=");
    if (eq > 0) env[kv.slice(0, eq)] = kv.slice(eq + 1);
  }
  return env;
}

/** Finds every program under testdata/run, sorted by name. */
export function discoverPrograms(root = runRoot()): Program[] {
  const progs: Program[] = [];
  for (const area of fs.readdirSync(root).sort()) {
    const areaDir = path.join(root, area);
    if (!fs.statSync(areaDir).isDirectory()) continue;
    for (const entry of fs.readdirSync(areaDir).sort()) {
      const full = path.join(areaDir, entry);
      const sched = area === "sched";
      if (entry.endsWith(".go") && fs.statSync(full).isFile()) {
        const name = `${area}/${entry.slice(0, -3)}`;
        const goldenPath = full.slice(0, -3) + ".golden";
        const args = headerArgs(full);
        const stdin = stdinOf(full.slice(0, -3));
        progs.push({ name, area, target: full, dir: areaDir, files: [full], goldenPath, args, sched, ...(stdin ? { stdin } : {}) });
      } else if (fs.statSync(full).isDirectory()) {
        const files = fs.readdirSync(full).filter((f) => f.endsWith(".go")).sort();
        if (files.length === 0) continue;
        const abs = files.map((f) => path.join(full, f));
        const args = headerArgs(abs[0] as string);
        const module = fs.existsSync(path.join(full, "go.mod"));
        progs.push({
          name: `${area}/${entry}`, area, target: full, dir: full, files: abs, ...(module ? { module } : {}),
          goldenPath: full + ".golden", args, sched, ...(stdinOf(full) ? { stdin: stdinOf(full)! } : {}),
        });
      }
    }
  }
  return progs;
}

/**
 * A digest of everything a program's run depends on besides the toolchain: its .go files (which
 * hold its args and env headers), its .stdin file, and for a dir program every file under its
 * directory (go.mod, packages, C sources, data). The recorder stores it in the golden; the
 * differential test compares it instead of re-running real Go on every golden.
 */
export function sourceDigest(p: Program): string {
  const files = new Set(p.files);
  if (p.dir === p.target) for (const f of walkFiles(p.dir)) files.add(f);
  const h = crypto.createHash("sha256");
  for (const f of [...files].sort()) {
    h.update(path.relative(p.dir, f) + "\0");
    h.update(fs.readFileSync(f));
    h.update("\0");
  }
  h.update("stdin\0");
  if (p.stdin) h.update(p.stdin);
  return h.digest("hex").slice(0, 16);
}

function walkFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...walkFiles(full));
    else if (e.isFile()) out.push(full);
  }
  return out;
}

/** Rule 1: replace the program directory and Go's installation directory. */
export function maskDir(text: string, dir: string): string {
  let out = text.split(dir + "/").join("$DIR/");
  out = out.replace(/\/usr\/(lib|share)\/go-1\.19\//g, "$GOROOT/");
  return out;
}

const POS_LINE = /^\t(.*:\d+)(?: \+0x[0-9a-f]+)?(?: fp=0x[0-9a-f]+ sp=0x[0-9a-f]+ pc=0x[0-9a-f]+)?$/;
const FUNC_LINE = /^(\S.*)\(([^()]*)\)$/;

/**
 * Applies the masks. Rules 1 and 5 apply to stdout and stderr; rules 2–4 (traceback shapes)
 * only to stderr, so that ordinary stdout lines are never rewritten. Idempotent.
 */
export function normalize(text: string, dir?: string, stream: "stdout" | "stderr" = "stderr"): string {
  const src = dir === undefined ? text : maskDir(text, dir);
  if (stream === "stdout") return src.replace(/0x[0-9a-f]{8,}/g, "0xPTR");
  const lines = src.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const pos = POS_LINE.exec(line);
    if (pos) {
      lines[i] = "\t" + pos[1];
      continue;
    }
    const next = lines[i + 1];
    const fn = FUNC_LINE.exec(line);
    if (fn && next !== undefined && next.startsWith("\t") && !line.startsWith("created by ")) {
      lines[i] = fn[2] === "" ? line : `${fn[1]}(...)`;
    }
  }
  return lines
    .join("\n")
    .replace(/( pc=)0x[0-9a-f]+\]/g, "$10xPC]")
    .replace(/^PC=0x[0-9a-f]+ /gm, "PC=0xPC ")
    .replace(/(fault address |addr=)0x[0-9a-f]{5,7}\b/g, "$10xADDR")
    .replace(/0x[0-9a-f]{8,}/g, "0xPTR");
}

/** The part of stderr before the first goroutine header, without trailing blank lines. */
export function stderrHead(stderr: string): string {
  const lines = stderr.split("\n");
  const cut = lines.findIndex((l) => /^goroutine \d+ \[/.test(l));
  const head = cut < 0 ? lines : lines.slice(0, cut);
  return head.join("\n").replace(/\n+$/, "");
}

/** The comparable form of a sched outcome: exit code, masked stdout and stderr head. */
export function outcomeKey(o: Outcome, dir?: string): Outcome {
  const stdout = normalize(o.stdout, dir, "stdout");
  return { exit: o.exit, stdout, stderr: normalize(stderrHead(o.stderr), dir) };
}

export function sameOutcome(a: Outcome, b: Outcome): boolean {
  return a.exit === b.exit && a.stdout === b.stdout && a.stderr === b.stderr;
}

export function formatGolden(g: Golden): string {
  const { stamp, env, args, source, ...outcome } = g;
  const body = { env, args, ...(source !== undefined ? { source } : {}), ...outcome };
  return `${stamp}\n${JSON.stringify(body, null, 2)}\n`;
}

export function parseGolden(text: string): Golden {
  const nl = text.indexOf("\n");
  const stamp = text.slice(0, nl);
  if (!stamp.startsWith("// go")) throw new Error(`golden lacks version stamp: ${stamp}`);
  const body = JSON.parse(text.slice(nl + 1)) as Omit<Golden, "stamp">;
  return { stamp, ...body };
}

export function readGolden(p: Program): Golden | undefined {
  if (!fs.existsSync(p.goldenPath)) return undefined;
  return parseGolden(fs.readFileSync(p.goldenPath, "utf8"));
}

/** A human-readable description of the first difference between want and got, or "" if equal. */
export function diffOutcome(want: Outcome, got: Outcome, dir?: string): string {
  const norm = (o: Outcome) => ({
    exit: o.exit, stdout: normalize(o.stdout, dir, "stdout"), stderr: normalize(o.stderr, dir),
  });
  const w = norm(want);
  const g = norm(got);
  if (w.exit !== g.exit) return `exit code: want ${w.exit}, got ${g.exit}` + firstLine(g.stderr);
  for (const k of ["stdout", "stderr"] as const) {
    if (w[k] !== g[k]) return `${k}: ${firstDiff(w[k], g[k])}`;
  }
  return "";
}

function firstLine(s: string): string {
  const l = s.split("\n").find((x) => x.trim() !== "" && !x.startsWith("# command-line-arguments"));
  return l ? ` (stderr: ${l.slice(0, 160)})` : "";
}

/** Describes the first differing line of two texts. */
export function firstDiff(want: string, got: string): string {
  const a = want.split("\n");
  const b = got.split("\n");
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) {
      const show = (s: string | undefined) => (s === undefined ? "<eof>" : JSON.stringify(s.slice(0, 160)));
      return `line ${i + 1}: want ${show(a[i])}, got ${show(b[i])}`;
    }
  }
  return "texts differ";
}

/**
 * The gort CLI entry point and the node binary to run it with. The environment variable GORT_CLI
 * may name another script with the same interface (used to test the harnesses themselves).
 */
export function gortCli(): { node: string; script: string } {
  const script = process.env["GORT_CLI"] ?? path.join(repoRoot(), "bin", "gort.js");
  return { node: process.execPath, script };
}

/**
 * Classifies a gort run that did not give the expected result, from the CLI's documented exit
 * codes: 70 = gort crash (report with `replay:`), 3 = simulator limit (`gort: ...`), 1 with a
 * `not supported yet` diagnostic = unsupported (whatever the non-zero exit code). Anything else
 * is a wrong result.
 */
export function gortFailureKind(o: Outcome): "crash" | "limit" | "unsupported" | "wrong" {
  if (o.exit === 70) return "crash";
  if (o.exit !== 0 && /not supported yet/.test(o.stderr)) return "unsupported";
  if (o.exit === 3 && /^gort: /m.test(o.stderr)) return "limit";
  return "wrong";
}
