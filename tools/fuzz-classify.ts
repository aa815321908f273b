// How a fuzz case ended: its class and, for the bad classes, a signature that names the problem.
//
// Models nothing in Go; it reads gort's documented exit codes (README "What you get back"):
// 0 the program's success, 2 a Go failure or a compile error, 1 `not supported yet` (or a
// cmd/go load error), 3 a named `gort:` limit, 70 an internal error of gort. Anything else is
// the program's own os.Exit(n), or the host dying under gort.
//
// Terms:
//   - bad class: INTERNAL, NODE ABORT, TIMEOUT: bugs of gort that must not exist on any input.
//   - OTHER: an ending that breaks a house rule without being one of those (a limit not named
//     `gort:`, an internal-error text with the wrong exit code); saved and listed, not failed.
//   - signature: one line that identifies a distinct problem, so that a thousand cases hitting
//     the same bug count as one: the internal error's first line and gort's innermost frame,
//     the V8 fatal line, the phase a timeout hit.
//   - known file (tools/fuzz-known.txt): lines `CLASS glob`; CLASS is INTERNAL, NODE_ABORT,
//     TIMEOUT or OTHER; `*` in the glob matches any text. A bad finding matching a line is
//     known (reported, not failed).

export type FuzzClass =
  | "ok" | "program failure" | "program exit" | "compile error" | "load error" | "unsupported"
  | "gort limit" | "INTERNAL" | "NODE ABORT" | "TIMEOUT" | "OTHER";

export const CLASS_ORDER: FuzzClass[] = [
  "ok", "program failure", "program exit", "compile error", "load error", "unsupported",
  "gort limit", "INTERNAL", "NODE ABORT", "TIMEOUT", "OTHER",
];

export const BAD_CLASSES: ReadonlySet<FuzzClass> = new Set(["INTERNAL", "NODE ABORT", "TIMEOUT"]);
/** Classes whose cases are saved under the findings directory. */
export const SAVED_CLASSES: ReadonlySet<FuzzClass> = new Set(["INTERNAL", "NODE ABORT", "TIMEOUT", "OTHER"]);

/** What one run of gort gave, as the harness observed it. */
export interface RawResult {
  exitCode: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  /** Killed because the process's resident memory passed the cap (MiB). */
  memKilled?: number;
  /** The phase the case was in when it ended ("compile", "run"; "" when unknown). */
  phase: string;
  /** The host's stderr beside gort's (the in-process worker's own stderr: V8's fatal lines). */
  hostStderr?: string;
}

export interface Verdict {
  cls: FuzzClass;
  /** One line naming the problem (bad classes and OTHER); "" otherwise. */
  sig: string;
}

const LOAD_ERROR = /^(go: |package |found packages |stat |\S+:\d+:\d+: expected '(package|IDENT)', found )/m;

/** Classifies a run; hint names the case ("bomb noyield-loop-incr", "wrap-for") for timeouts. */
export function classify(r: RawResult, hint: string): Verdict {
  if (r.timedOut) return { cls: "TIMEOUT", sig: `during ${r.phase || "gort run"} (${hint})` };
  if (r.memKilled !== undefined) {
    return { cls: "NODE ABORT", sig: `host memory cap exceeded (RSS > ${r.memKilled} MiB) during ${r.phase || "gort run"} (${hint})` };
  }
  const err = r.stderr;
  if (r.signal !== null) return { cls: "NODE ABORT", sig: `killed by ${r.signal}: ${fatalLine(err + "\n" + (r.hostStderr ?? ""))}` };
  const code = r.exitCode ?? -1;
  const internal = /^gort: internal error: /m.test(err);
  if (code === 70 && internal) return { cls: "INTERNAL", sig: internalSig(err) };
  if (internal) return { cls: "OTHER", sig: `internal error text with exit ${code}: ${firstLineOf(err, /^gort: internal error: /m)}` };
  if (code === 0) return { cls: "ok", sig: "" };
  if (code === 1 && /not supported yet/.test(err)) return { cls: "unsupported", sig: "" };
  if (code === 1 && LOAD_ERROR.test(err)) return { cls: "load error", sig: "" };
  if (code === 2 && err.startsWith("# ")) return { cls: "compile error", sig: "" };
  if (code === 2 && /^(panic: |fatal error: )/m.test(err)) return { cls: "program failure", sig: "" };
  if (code === 3 && /^gort: /m.test(err)) return { cls: "gort limit", sig: "" };
  if (code === 3 && /^(sim|cgo): /m.test(err)) {
    return { cls: "OTHER", sig: `limit not named gort: ${norm(firstLineOf(err, /^(sim|cgo): /m))}` };
  }
  // Node dies with a fatal line (V8's, the OS's) or a signal; a program may itself exit with any
  // code up to 255 (os.Exit(0x7fffffff) is 255 in Go too), so a high code alone says nothing.
  const fatal = fatalLine(err + "\n" + (r.hostStderr ?? ""));
  if (code < 0 || (code > 125 && fatal !== "(no message)")) return { cls: "NODE ABORT", sig: `exit ${code}: ${fatal}` };
  if (!/^(gort|sim|cgo): /m.test(err)) return { cls: "program exit", sig: "" };
  return { cls: "OTHER", sig: `exit ${code}: ${norm(firstLineOf(err, /^(gort|sim|cgo): /m))}` };
}

function firstLineOf(s: string, re: RegExp): string {
  const m = re.exec(s);
  if (!m) return "";
  const rest = s.slice(m.index);
  const nl = rest.indexOf("\n");
  return nl < 0 ? rest : rest.slice(0, nl);
}

/** Numbers and long tails vary between cases of one bug: drop them from signatures. */
function norm(s: string): string {
  const t = s.replace(/\b\d+\b/g, "N").replace(/0x[0-9a-f]+/gi, "0xN");
  return t.length > 200 ? t.slice(0, 200) + "…" : t;
}

/** The internal error's message and gort's innermost frame in dist/ (its function and file). */
export function internalSig(stderr: string): string {
  const m = /^gort: internal error: (.*)$/m.exec(stderr);
  if (!m) return "gort: internal error";
  const msg = norm(m[1]!.replace(/^(\w*Error)(?: \[\w+\])?: /, "$1: "));
  const lines = stderr.slice(m.index).split("\n");
  for (const l of lines) {
    const f = /^\s+at (?:(.+?) \()?(?:file:\/\/)?[^()]*?\/dist\/((?:src|tools)\/[^:()]+\.js):\d+:\d+\)?$/.exec(l);
    if (f) return `${msg} @ ${f[1] ?? "<anonymous>"} (${f[2]!.replace(/\.js$/, ".ts")})`;
  }
  return msg;
}

/** The line V8 or the OS printed when it killed the process. */
function fatalLine(s: string): string {
  const m = /^.*(FATAL ERROR|Fatal|Check failed|Segmentation fault|Aborted|out of memory|Maximum call stack).*$/m.exec(s);
  return m ? norm(m[0].trim()) : "(no message)";
}

export interface KnownLine {
  cls: FuzzClass;
  glob: string;
  re: RegExp;
}

const CLASS_TOKENS: Record<string, FuzzClass> = {
  INTERNAL: "INTERNAL", NODE_ABORT: "NODE ABORT", TIMEOUT: "TIMEOUT", OTHER: "OTHER",
};

/** Parses a known file: `CLASS glob` lines, `#` comments. */
export function parseKnown(text: string): KnownLine[] {
  const out: KnownLine[] = [];
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    const sp = line.search(/\s/);
    const tok = sp < 0 ? line : line.slice(0, sp);
    const cls = CLASS_TOKENS[tok];
    if (!cls) throw new Error(`fuzz-known: unknown class ${tok} in line: ${line}`);
    const glob = sp < 0 ? "*" : line.slice(sp).trim();
    const re = new RegExp("^" + glob.split("*").map((p) => p.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*") + "$", "s");
    out.push({ cls, glob, re });
  }
  return out;
}

export function matchKnown(known: readonly KnownLine[], cls: FuzzClass, sig: string): KnownLine | undefined {
  return known.find((k) => k.cls === cls && k.re.test(sig));
}

/** The token a class has in the known file. */
export function classToken(cls: FuzzClass): string {
  return cls.replace(/ /g, "_");
}
