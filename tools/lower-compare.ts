// Measures how closely gort's lowering follows Go's: `gort build -S` and `-gcflags=-m` against
// real `go build -gcflags=-S` and `-gcflags=-m` on the single-file programs of testdata/run.
//
// Usage: node dist/tools/lower-compare.js [--diff] [area/name-prefix ...]
// (--diff also prints each line where the two differ; the tables are markdown, for FIDELITY.md).
//
// For each program, both sides give, per source line of the program's file, the set of
// runtime functions called (Go: the `CALL runtime.X(SB)` lines of -S whose position is in the
// file; gort: its listing) and the -m lines. Agreement for a kind (a runtime function, an -m
// message kind) is |both| / |either| over (program, line) pairs: a line where only one side
// calls mapassign_fast64 counts against it. Go is measured twice: optimized (the default
// build, with inlining) and with -l (no inlining), since an inlined call's runtime calls move
// into its caller's lines and inlining changes escapes. Calls gort's lowering has no
// counterpart for (the stack check's morestack, write barriers, fastrand for a map's seed)
// are left out of both sides. Real Go must be installed (tools/golden.ts GO_BIN); without it
// the tool says so and exits 0.

import * as fs from "node:fs";
import * as path from "node:path";
import { spawnSync } from "node:child_process";
import { compile, listing } from "../src/api.js";
import { nodeToolchain, readProgram } from "../src/host/node.js";
import { GO_BIN, discoverPrograms } from "./golden.js";

/** Go's calls that model nothing in gort's lowering: left out of the comparison. */
export const IGNORED_CALLS = /^(morestack|morestack_noctxt|gcWriteBarrier.*|wbZero|wbMove|fastrand|duffzero|duffcopy|memclrNoHeapPointers|racefuncenter|racefuncexit)$/;

/** One side's view of one program: per line, the runtime calls and the -m messages. */
export interface Lowered {
  calls: Map<number, Set<string>>;
  /** -m messages by kind, each a set of "line|message". */
  notes: Map<string, Set<string>>;
}

/** The CALL lines of a -S listing (Go's or gort's) whose position is in file. */
export function parseAsm(text: string, file: string): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  const re = /\((.+?):(\d+)\)\s+CALL\s+runtime\.([\w.]+)\(SB\)/;
  for (const l of text.split("\n")) {
    const m = re.exec(l);
    if (m === null || m[1] !== file || IGNORED_CALLS.test(m[3]!)) continue;
    const line = Number(m[2]);
    let s = out.get(line);
    if (s === undefined) out.set(line, (s = new Set()));
    s.add(m[3]!);
  }
  return out;
}

/** The kind of an -m message, or undefined for lines that are not about escapes or inlining. */
export function noteKind(msg: string): string | undefined {
  if (msg.startsWith("moved to heap: ")) return "moved to heap";
  if (msg.endsWith(" escapes to heap")) return msg === "... argument escapes to heap" ? "... argument" : "escapes to heap";
  if (msg.endsWith(" does not escape")) return msg === "... argument does not escape" ? "... argument" : "does not escape";
  if (msg.startsWith("leaking param")) return "leaking param";
  if (msg.startsWith("can inline ")) return "can inline";
  if (msg.startsWith("inlining call to ")) return "inlining call";
  return undefined;
}

/** The -m lines of a file (`./x.go:12:5: msg`), by kind, each "line|message". */
export function parseNotes(text: string, base: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const l of text.split("\n")) {
    const m = /^(?:\.\/)?(.+?):(\d+):\d+: (.*)$/.exec(l);
    if (m === null || path.basename(m[1]!) !== base) continue;
    const kind = noteKind(m[3]!);
    if (kind === undefined) continue;
    let s = out.get(kind);
    if (s === undefined) out.set(kind, (s = new Set()));
    s.add(`${m[2]}|${m[3]}`);
  }
  return out;
}

/** go build's stderr (where -S and -m go) for one file, built in its directory outside any
 *  module; undefined when the build fails. */
function goBuild(file: string, flags: string): string | undefined {
  const r = spawnSync(GO_BIN, ["build", `-gcflags=${flags}`, "-o", "/dev/null", path.basename(file)], {
    cwd: path.dirname(file), env: { ...process.env, GO111MODULE: "off", CGO_ENABLED: "0" }, encoding: "utf8", maxBuffer: 256 << 20,
  });
  return r.status === 0 ? r.stderr : undefined;
}

/** Real Go's -S and -m for one file; undefined if it does not build. */
function goLowered(file: string, noInline: boolean): Lowered | undefined {
  const asm = goBuild(file, `-S${noInline ? " -l" : ""}`);
  const m = goBuild(file, `-m${noInline ? " -l" : ""}`);
  if (asm === undefined || m === undefined) return undefined;
  return { calls: parseAsm(asm, file), notes: parseNotes(m, path.basename(file)) };
}

/** gort's -S and -m for one file, compiled in-process; undefined if it does not compile. */
async function gortLowered(file: string): Promise<Lowered | undefined> {
  const loaded = readProgram(file, path.dirname(file));
  if (!loaded.ok) return undefined;
  const c = compile(await nodeToolchain(), loaded.files, loaded.pkgLabel, loaded.mode, { lower: true });
  if (!c.ok) return undefined;
  const l = listing(c.program, loaded.files);
  return { calls: parseAsm(l.asm, file), notes: parseNotes(l.escapes, path.basename(file)) };
}

/** Per kind: the (program, line) pairs both sides have, only Go has, only gort has. */
export class Tally {
  readonly kinds = new Map<string, { both: number; go: number; gort: number }>();

  add(kind: string, inGo: boolean, inGort: boolean): void {
    let k = this.kinds.get(kind);
    if (k === undefined) this.kinds.set(kind, (k = { both: 0, go: 0, gort: 0 }));
    if (inGo && inGort) k.both++;
    else if (inGo) k.go++;
    else if (inGort) k.gort++;
  }

  /** The runtime calls of one program, line by line. */
  addCalls(go: Map<number, Set<string>>, gort: Map<number, Set<string>>): void {
    for (const line of new Set([...go.keys(), ...gort.keys()])) {
      const g = go.get(line) ?? new Set<string>();
      const r = gort.get(line) ?? new Set<string>();
      for (const name of new Set([...g, ...r])) this.add(name, g.has(name), r.has(name));
    }
  }

  /** The -m messages of one program: exact (line and text) and by line and kind. */
  addNotes(go: Map<string, Set<string>>, gort: Map<string, Set<string>>, exact: boolean): void {
    for (const kind of new Set([...go.keys(), ...gort.keys()])) {
      const key = (x: string): string => exact ? x : x.slice(0, x.indexOf("|"));
      const g = new Set([...(go.get(kind) ?? [])].map(key));
      const r = new Set([...(gort.get(kind) ?? [])].map(key));
      for (const x of new Set([...g, ...r])) this.add(kind, g.has(x), r.has(x));
    }
  }

  /** Rows sorted by how often the kind occurs: kind, agreement %, both, Go only, gort only. */
  rows(): [string, string, number, number, number][] {
    return [...this.kinds].map(([k, v]) => [k, pct(v.both, v.both + v.go + v.gort), v.both, v.go, v.gort] as [string, string, number, number, number])
      .sort((a, b) => (b[2] + b[3] + b[4]) - (a[2] + a[3] + a[4]) || (a[0] < b[0] ? -1 : 1));
  }

  /** Over every kind but inlining's, which gort does not model. */
  total(): string {
    let both = 0;
    let all = 0;
    for (const [k, v] of this.kinds) {
      if (k === "can inline" || k === "inlining call") continue;
      both += v.both;
      all += v.both + v.go + v.gort;
    }
    return pct(both, all);
  }
}

function pct(n: number, d: number): string {
  return d === 0 ? "-" : `${Math.round((100 * n) / d)}%`;
}

/** Two tallies (Go optimized, Go with -l) side by side as a markdown table. */
function table(title: string, flag: string, opt: Tally, noInl: Tally): string {
  const lines = [`| ${title} | agree (go ${flag}) | both / Go only / gort only | agree (go ${flag} -l) | both / Go only / gort only |`, "|---|---|---|---|---|"];
  const kinds = new Set([...opt.rows().map((r) => r[0]), ...noInl.rows().map((r) => r[0])]);
  for (const k of kinds) {
    const a = opt.rows().find((r) => r[0] === k) ?? [k, "-", 0, 0, 0];
    const b = noInl.rows().find((r) => r[0] === k) ?? [k, "-", 0, 0, 0];
    lines.push(`| ${k} | ${a[1]} | ${a[2]} / ${a[3]} / ${a[4]} | ${b[1]} | ${b[2]} / ${b[3]} / ${b[4]} |`);
  }
  lines.push(`| **all${flag === "-m" ? " but inlining" : ""}** | **${opt.total()}** | | **${noInl.total()}** | |`);
  return lines.join("\n");
}

/** --diff: the lines where gort and Go (with -l) differ, for working on the lowering. */
function printDiff(name: string, go: Lowered, gort: Lowered): void {
  for (const line of [...new Set([...go.calls.keys(), ...gort.calls.keys()])].sort((a, b) => a - b)) {
    const g = [...(go.calls.get(line) ?? [])].sort().join(" ");
    const r = [...(gort.calls.get(line) ?? [])].sort().join(" ");
    if (g !== r) console.log(`${name}:${line}: go [${g}] gort [${r}]`);
  }
  for (const kind of new Set([...go.notes.keys(), ...gort.notes.keys()])) {
    const g = go.notes.get(kind) ?? new Set<string>();
    const r = gort.notes.get(kind) ?? new Set<string>();
    for (const x of g) if (!r.has(x)) console.log(`${name}:${x.replace("|", ": go only: ")}`);
    for (const x of r) if (!g.has(x)) console.log(`${name}:${x.replace("|", ": gort only: ")}`);
  }
}

async function main(): Promise<void> {
  if (!fs.existsSync(GO_BIN)) {
    console.log(`lower-compare: ${GO_BIN} is not installed: nothing to compare`);
    return;
  }
  const only = process.argv.slice(2).filter((a) => !a.startsWith("--"));
  const progs = discoverPrograms().filter((p) => p.files.length === 1 && p.target.endsWith(".go") && p.area !== "cgo")
    .filter((p) => only.length === 0 || only.some((o) => p.name.startsWith(o)));
  const calls = [new Tally(), new Tally()];
  const notes = [new Tally(), new Tally()];
  const lineNotes = [new Tally(), new Tally()];
  let compared = 0;
  const skipped: string[] = [];
  for (const p of progs) {
    const gort = await gortLowered(p.target);
    const go = [goLowered(p.target, false), goLowered(p.target, true)];
    if (gort === undefined || go[0] === undefined || go[1] === undefined) {
      skipped.push(p.name);
      continue;
    }
    compared++;
    if (process.argv.includes("--diff")) printDiff(p.name, go[1]!, gort);
    for (let i = 0; i < 2; i++) {
      calls[i]!.addCalls(go[i]!.calls, gort.calls);
      notes[i]!.addNotes(go[i]!.notes, gort.notes, true);
      lineNotes[i]!.addNotes(go[i]!.notes, gort.notes, false);
    }
    process.stderr.write(".");
  }
  process.stderr.write("\n");
  console.log(`${compared} programs compared (${skipped.length} skipped: ${skipped.join(", ") || "none"})\n`);
  console.log(table("runtime call (per line)", "-S", calls[0]!, calls[1]!) + "\n");
  console.log(table("-m message (line and text)", "-m", notes[0]!, notes[1]!) + "\n");
  console.log(table("-m message (line and kind)", "-m", lineNotes[0]!, lineNotes[1]!));
}

if (process.argv[1] !== undefined && import.meta.url.endsWith(path.basename(process.argv[1]))) await main();
