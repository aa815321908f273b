// gort's public surface: compile Go source, run it, run it under many seeds.
//
// The CLI (src/cli) and the browser (web/) use only this module. It is host-neutral: the host
// gives it the source files, a loaded tree-sitter parser, and a loader for the standard library's
// Go sources, so the same code runs in Node and in a browser.
//
// Pipeline: parse (frontend/parser.ts) → cgo preamble (cgo/) → type-check the program with its
// imports (frontend/program.ts) → compile to JS (compiler/) → link (runtime/link.ts) → run on
// the machine (sim/machine.ts).

import type { Language, Parser } from "web-tree-sitter";
import type * as ast from "./frontend/ast.js";
import { parseFile, type ParseResult } from "./frontend/parser.js";
import { COMPILE_FAILED_EXIT, formatDiagnostics, formatLinkError, type Diagnostic } from "./frontend/diag.js";
import { checkProgram } from "./frontend/program.js";
import type { ImportMode } from "./frontend/imports.js";
import type { MainModule, OverlayPackage } from "./frontend/modload.js";
import { LOAD_FAILED_EXIT } from "./frontend/source.js";
import { CompileLimit, compileProgram, Unsupported, type CompiledProgram } from "./compiler/compile.js";
import { checkSizes } from "./compiler/sizecheck.js";
import { Lowering, formatAsm, formatEscapes } from "./compiler/lower.js";
import { nativePackages } from "./stdlib/native/index.js";
import { link, type JsLoader, type Linked } from "./runtime/link.js";
import { MoveToBigStack, hostThread, isHostStackOverflow } from "./runtime/panic.js";
import { Machine, type RunOptions, type RunResult } from "./sim/machine.js";
import { CgoProgram } from "./cgo/cgo.js";
import { fnv1a, fnvBasis, hex8 } from "./base/fnv.js";
import type { TokenOptions } from "./explore/token.js";
import { Steering, newExplorer, replayPolicy, type Schedule, type StrategySpec } from "./explore/steer.js";
import { defaultModel, models, type Model } from "./runtime/whatif.js";

export type { RunOptions, RunResult };
export { defaultModel, modelHelp, models, type Model } from "./runtime/whatif.js";
export { chromeTrace } from "./trace/chrome.js";
export { explain } from "./trace/explain.js";
export { htmlTimeline, textTimeline } from "./trace/timeline.js";
export { encodeCpuProfile, encodeHeapProfile } from "./trace/proto.js";
export { htmlFlamegraph } from "./trace/flamegraph.js";
export type { CpuProfileData, ProfSample, ProfFrame } from "./runtime/cpuprof.js";
export type { MemProfileData } from "./runtime/mprof.js";
export type { TraceData, TraceEvent } from "./runtime/trace.js";

export interface SourceFile {
  name: string; // as go build displays it: "./main.go"
  path: string; // absolute
  text: string;
}

export interface Toolchain {
  goParser: Parser;
  cLanguage: Language | undefined;
  /** The Go sources of a standard-library package, or undefined if gort has none. */
  loadStd(importPath: string): { name: string; text: string }[] | undefined;
  /** Parsed standard-library files by name, for a host that compiles many programs with one
   *  toolchain (parsing them was half of a small program's compile). Nothing after the parser
   *  changes an AST, so one parse serves every compile. */
  stdParses?: Map<string, { text: string; result: ParseResult }>;
  /** A store of standard-library parses that outlives the process (the Node host's is on disk):
   *  get returns the syntax tree of a file with this name and text, if it has one. */
  stdTrees?: { get(name: string, text: string): ast.File | undefined; put(name: string, text: string, file: ast.File): void };
}

export type CompileOutcome =
  | { ok: true; program: Program }
  | { ok: false; stderr: string; exitCode: number };

export interface Program {
  compiled: CompiledProgram;
  /** The sources of the user's other packages (those of the main module the program imports):
   *  with the named files, what the program is made of. */
  userFiles: { name: string; text: string }[];
  cgo: CgoProgram | undefined;
  /** The cgo preamble the cgo program was made from (a build cache re-makes it from this). */
  cgoPreamble?: { text: string; pos: ast.Pos };
  /** Linked once, on the first run, and reused: runs reset package variables. */
  linked?: Linked;
  /** How the host turns the compiled JS into code (link's JsLoader); new Function if unset. */
  loadJs?: JsLoader;
  /** Built with -race: its runs have the race detector (runtime/race.ts). */
  race?: boolean;
  /** A run of it has started and not ended (startRun): its package variables are that run's. */
  busy?: boolean;
  /** It may read a heap profile (it imports runtime/pprof or calls runtime.MemProfile), so
   *  every run samples allocations; worked out on its first run. */
  samplesHeap?: boolean;
  /** It imports os (RunOptions.finalizers); worked out on its first run. */
  importsOs?: boolean;
}

export interface CompileOptions {
  /** go build -race: instrument the user's packages and run with the race detector. */
  race?: boolean;
  /** The function the program starts at (default main): `gort test` generates its own. */
  entry?: string;
  /** The import path of the package under test (its functions are named by it). */
  pkgPath?: string;
  /** Imported packages that are the user's, not the standard library's (gort test's package
   *  under test, imported by its external tests): instrumented by -race, named by path. */
  userPkgs?: string[];
  /** gort test -fuzz: count coverage in the user's packages (runtime/cover.ts). */
  cover?: boolean;
  /** The main module (modload.ts): the packages of the module the program imports are read
   *  through its ModuleFS, which the host confines to the module's directory. Without it, a
   *  program imports the standard library only. */
  module?: MainModule;
  /** Packages given with their files (gort test's package under test, for its external tests). */
  overlay?: ReadonlyMap<string, OverlayPackage>;
  /** gort build -S or -m: record the runtime calls and escape decisions (listing()). */
  lower?: boolean;
  /** gort debug: a debug compile, whose user packages report each statement's line and
   *  locals to the debugger (compiler/stmt.ts dbgLine). */
  debug?: boolean;
}

/** Exit code for gort's own "not supported yet" diagnostics (go build's errors exit 2). */
export const UNSUPPORTED_EXIT = 1;

function natives(pkgPath: string, name: string): "plain" | "gen" | "entry" | undefined {
  const f = nativePackages[pkgPath]?.[name];
  if (!f) return undefined;
  if (f.constructor.name !== "GeneratorFunction") return "plain";
  return typeof (f as { n?: unknown }).n === "function" ? "entry" : "gen";
}

/** The exit code of a gort limit (SimLimit's, runtime/panic.ts). */
export const LIMIT_EXIT = 3;

/**
 * mode: how the files were named (imports.ts): `gort run a.go` or `gort run ./dir`. The front
 * end and the compiler recurse over the program's nesting; a program nested deeper than the
 * host's stack allows ends as a gort limit, not as a crash.
 */
export function compile(tc: Toolchain, files: SourceFile[], pkgLabel: string, mode: ImportMode = "files", opts: CompileOptions = {}): CompileOutcome {
  try {
    return compileFiles(tc, files, pkgLabel, mode, opts);
  } catch (e) {
    if (!isHostStackOverflow(e)) throw e;
    if (hostThread.movable) throw new MoveToBigStack("the host stack ran out compiling");
    const msg = "gort: the program is nested too deeply to compile on this host stack " +
      "(bin/gort.js runs gort on a 1 GB stack unless GORT_MAIN_THREAD=1)\n";
    return { ok: false, stderr: msg, exitCode: LIMIT_EXIT };
  }
}

function compileFiles(tc: Toolchain, files: SourceFile[], pkgLabel: string, mode: ImportMode, opts: CompileOptions): CompileOutcome {
  const diags: Diagnostic[] = [];
  const asts: ast.File[] = [];
  for (const f of files) {
    const r = parseFile(tc.goParser, f.name, f.text);
    diags.push(...r.diags);
    if (r.file) asts.push(r.file);
  }
  if (diags.length > 0) return fail(diags, pkgLabel);
  let cgo: CgoProgram | undefined;
  const pre = asts.find((f) => f.cgoPreamble);
  if (pre && pre.cgoPreamble) {
    if (!tc.cLanguage) return fail([{ pos: pre.cgoPreamble.pos, msg: "gort: cgo is not supported yet in this host", unsupported: true }], pkgLabel);
    const r = CgoProgram.load(tc.cLanguage, { text: pre.cgoPreamble.text, pos: pre.cgoPreamble.pos });
    if (!r.program) {
      return fail(r.diags.map((d) => (d.unsupported ? { pos: d.pos, msg: d.msg, unsupported: true as const } : { pos: d.pos, msg: d.msg })), pkgLabel);
    }
    cgo = r.program;
  }
  const cgoPreamble = pre?.cgoPreamble;
  const absOf = new Map(files.map((f) => [f.name, f.path]));
  const cgoDecls = cgo ? () => cgo!.callable().map((d) => ({ name: d.name, params: d.params as string[], result: d.result as string, ...(d.value ? { value: d.value } : {}), ...(d.unsupported ? { unsupported: d.unsupported } : {}) })) : undefined;
  const entryDir = files[0]?.path.replace(/\/[^/]*$/, "") || "/";
  const checked = checkProgram(asts, tc.loadStd, (name, text) => parseStd(tc, name, text), cgoDecls, mode, (n) => absOf.get(n) ?? n, {
    entryPath: opts.pkgPath ?? pkgLabel, entryDir, parse: (name, text) => parseFile(tc.goParser, name, text),
    ...(opts.module ? { module: opts.module } : {}), ...(opts.overlay ? { overlay: opts.overlay } : {}),
    ...(opts.race === true ? { tags: raceTags } : {}),
  });
  if (checked.loadError !== undefined) return { ok: false, stderr: checked.loadError, exitCode: LOAD_FAILED_EXIT };
  if (checked.diags.length > 0) return fail(checked.diags, checked.diagLabel ?? pkgLabel);
  for (const [k, v] of checked.userAbs) absOf.set(k, v);
  const mainPkg = checked.packages[checked.packages.length - 1];
  const sizeDiags = mainPkg ? checkSizes(mainPkg) : [];
  if (sizeDiags.length > 0) return fail(sizeDiags, pkgLabel);
  const entry = opts.entry ?? "main";
  if (mainPkg && mainPkg.pkg.scope.lookup(entry)?.tag !== "Func") {
    // The type checker accepts a main package without func main; Go's linker does not.
    return { ok: false, stderr: formatLinkError("function main is undeclared in the main package", pkgLabel), exitCode: COMPILE_FAILED_EXIT };
  }
  try {
    // -race instruments the user's packages (those of the named files), as Go's does all but
    // the runtime's; the standard library's maps and sync report through the runtime's hooks.
    const userPkgs = new Set([...(opts.userPkgs ?? []), ...checked.packages.filter((p) => p.user === true).map((p) => p.path)]);
    const user = (p: { path: string; files: ast.File[] }): boolean => p.files.some((f) => absOf.has(f.name)) || userPkgs.has(p.path);
    const racePkgs = new Set(opts.race ? checked.packages.filter((p) => user(p) || raceStdPkgs.has(p.path)).map((p) => p.path) : []);
    const lower = opts.lower === true ? new Lowering() : undefined;
    const coverPkgs = new Set(opts.cover ? checked.packages.filter(user).map((p) => p.path) : []);
    const dbgPkgs = new Set(opts.debug ? checked.packages.filter(user).map((p) => p.path) : []);
    const compiled = compileProgram(checked.packages, natives, (f) => absOf.get(f) ?? stdPath(f), racePkgs, entry, opts.pkgPath, userPkgs, lower, coverPkgs, dbgPkgs);
    const program: Program = { compiled, cgo, race: opts.race === true, userFiles: checked.userFiles };
    if (cgoPreamble !== undefined) program.cgoPreamble = cgoPreamble;
    return { ok: true, program };
  } catch (e) {
    if (e instanceof Unsupported) return fail([{ pos: e.pos, msg: e.message, unsupported: true }], pkgLabel);
    if (e instanceof CompileLimit) return { ok: false, stderr: formatDiagnostics([{ pos: e.pos, msg: e.message }], pkgLabel), exitCode: LIMIT_EXIT };
    throw e;
  }
}

/**
 * What a build cache keeps of a compiled program (host/buildcache.ts): the compiled JS and its
 * tables, as plain data. The cgo program is not kept but made again from its preamble (parsing
 * the C is a few milliseconds).
 */
export interface ProgramRecord {
  compiled: Pick<CompiledProgram, "js" | "funcInfos" | "packages" | "coverCounters">;
  userFiles: { name: string; text: string }[];
  race: boolean;
  cgoPreamble?: { text: string; pos: ast.Pos };
}

/** The options a build cache may serve (a listing or a debug compile keeps more than a record
 *  holds, and an overlay's packages are read from neither the standard library nor a module). */
export function cacheableOptions(opts: CompileOptions): boolean {
  return opts.lower !== true && opts.debug !== true && opts.overlay === undefined;
}

export function programRecord(p: Program): ProgramRecord {
  const c = p.compiled;
  const r: ProgramRecord = {
    compiled: { js: c.js, funcInfos: c.funcInfos, packages: c.packages, coverCounters: c.coverCounters },
    userFiles: p.userFiles, race: p.race === true,
  };
  if (p.cgoPreamble !== undefined) r.cgoPreamble = p.cgoPreamble;
  return r;
}

/** The program a record keeps, or undefined when its cgo preamble no longer loads here. */
export function programFromRecord(r: ProgramRecord, cLanguage: Language | undefined): Program | undefined {
  let cgo: CgoProgram | undefined;
  if (r.cgoPreamble !== undefined) {
    if (cLanguage === undefined) return undefined;
    cgo = CgoProgram.load(cLanguage, r.cgoPreamble).program;
    if (cgo === undefined) return undefined;
  }
  const p: Program = { compiled: { ...r.compiled }, cgo, race: r.race, userFiles: r.userFiles };
  if (r.cgoPreamble !== undefined) p.cgoPreamble = r.cgoPreamble;
  return p;
}

/**
 * gort build -S and -gcflags=-m: for a program compiled with `lower`, the runtime calls of the
 * functions in the user's files, as `go build -gcflags=-S` lists its CALL instructions, and the
 * escape decisions in -m's words. Both are empty for a program compiled without it.
 */
export function listing(p: Program, files: SourceFile[]): { asm: string; escapes: string } {
  const l = p.compiled.lowering;
  if (l === undefined) return { asm: "", escapes: "" };
  const names = new Set([...files.map((f) => f.name), ...p.userFiles.map((f) => f.name)]);
  const abs = new Map(files.map((f) => [f.name, f.path]));
  const inUser = (f: string): boolean => names.has(f);
  return { asm: formatAsm(l, inUser, (f) => abs.get(f) ?? f), escapes: formatEscapes(l, inUser) };
}

/** The entry function of a `gort test` program (generated by compileTest). */
const TEST_ENTRY = "_gort_testmain";

/** The TestXxx functions of a package's _test.go files, in source order (go test's rule: Test
 *  followed by nothing or by a character that is not a lower-case letter, taking *testing.T). */
export function findTests(files: SourceFile[]): { name: string; site: string }[] {
  const out: { name: string; site: string }[] = [];
  const re = /^func\s+(Test(?:[^a-z\W]\w*)?)\s*\(\s*[A-Za-z_]\w*\s+\*testing\.T\s*\)/gm;
  for (const f of files) {
    if (!f.name.endsWith("_test.go")) continue;
    const base = f.path.slice(f.path.lastIndexOf("/") + 1);
    for (const m of f.text.matchAll(re)) {
      const line = f.text.slice(0, m.index).split("\n").length;
      out.push({ name: m[1]!, site: `${base}:${line}` });
    }
  }
  return out;
}

/** The BenchmarkXxx functions of _test.go files, taking *testing.B (Go's isTest rule). */
function findBenchmarks(files: SourceFile[]): string[] {
  const out: string[] = [];
  const re = /^func\s+(Benchmark(?:[^a-z\W]\w*)?)\s*\(\s*[A-Za-z_]\w*\s+\*testing\.B\s*\)/gm;
  for (const f of files) {
    if (f.name.endsWith("_test.go")) for (const m of f.text.matchAll(re)) out.push(m[1]!);
  }
  return out;
}

/** The FuzzXxx functions of _test.go files, taking *testing.F (Go's isTest rule). */
export function findFuzzTargets(files: SourceFile[]): string[] {
  const out: string[] = [];
  const re = /^func\s+(Fuzz(?:[^a-z\W]\w*)?)\s*\(\s*[A-Za-z_]\w*\s+\*testing\.F\s*\)/gm;
  for (const f of files) {
    if (f.name.endsWith("_test.go")) for (const m of f.text.matchAll(re)) out.push(m[1]!);
  }
  return out;
}

/** The ExampleXxx functions of _test.go files that have an output comment (the last comment
 *  of the body, `// Output:` or `// Unordered output:`, go/doc's rule): go test runs only those. */
function findExamples(files: SourceFile[]): { name: string; output: string; unordered: boolean }[] {
  const out: { name: string; output: string; unordered: boolean }[] = [];
  const re = /^func\s+(Example\w*)\s*\(\s*\)\s*\{\n/gm;
  for (const f of files) {
    if (!f.name.endsWith("_test.go")) continue;
    for (const m of f.text.matchAll(re)) {
      // The body runs to the first line that is a lone closing brace (gofmt's layout).
      const start = m.index! + m[0].length;
      const end = f.text.indexOf("\n}", start - 1);
      const body = f.text.slice(start, end < 0 ? undefined : end).split("\n");
      let i = body.length - 1;
      while (i >= 0 && body[i]!.trim() === "") i--;
      let j = i;
      while (j >= 0 && body[j]!.trim().startsWith("//")) j--;
      const comment = body.slice(j + 1, i + 1).map((l) => l.trim().replace(/^\/\/ ?/, "").trimEnd());
      // go/doc's exampleOutput over the comment's text (CommentGroup.Text: newline-terminated):
      // after the prefix, spaces and then one newline go, so the output ends with a newline.
      const mm = /^\s*(unordered )?output:/i.exec(comment.join("\n") + "\n");
      if (!mm) continue;
      let text = mm.input.slice(mm[0].length).replace(/^ */, "");
      if (text.startsWith("\n")) text = text.slice(1);
      out.push({ name: m[1]!, output: text, unordered: mm[1] !== undefined });
    }
  }
  return out;
}

/**
 * The line of go test's _testmain.go (cmd/go/internal/load/test.go, testmainTmpl, Go 1.19, as
 * text/template renders it, without coverage) that calls m.Run, or the package's TestMain.
 */
function testmainExitLine(t: {
  testMain: boolean; importTest: boolean; importXtest: boolean;
  tests: number; benchmarks: number; fuzzTargets: number; examples: number;
}): number {
  const entries = (n: number): string => "\n\t{},\n".repeat(n);
  const text = "\n// Code generated by 'go test'. DO NOT EDIT.\n\npackage main\n\nimport (\n\t\"os\"\n" +
    (t.testMain ? "\n\t\"reflect\"\n" : "") + "\n\t\"testing\"\n\t\"testing/internal/testdeps\"\n\n" +
    (t.importTest ? "\n\t_test \"p\"\n" : "") + "\n" + (t.importXtest ? "\n\t_xtest \"p_test\"\n" : "") + "\n" +
    "\n)\n\nvar tests = []testing.InternalTest{\n" + entries(t.tests) +
    "\n}\n\nvar benchmarks = []testing.InternalBenchmark{\n" + entries(t.benchmarks) +
    "\n}\n\nvar fuzzTargets = []testing.InternalFuzzTarget{\n" + entries(t.fuzzTargets) +
    "\n}\n\nvar examples = []testing.InternalExample{\n" + entries(t.examples) +
    "\n}\n\nfunc init() {\n\ttestdeps.ImportPath = \"p\"\n}\n\n" + "\n\nfunc main() {\n" +
    "\n\tm := testing.MainStart(testdeps.TestDeps{}, tests, benchmarks, fuzzTargets, examples)\n" +
    (t.testMain ? "\n\tp.TestMain(m)\n" : "\n\tos.Exit(m.Run())\n");
  return text.split("\n").length - 1;
}

/**
 * Compile a package and its tests as go test builds its test binary: the package's files and
 * _test.go files, and a generated main (cmd/go's _testmain.go) that hands the tests to
 * testing.MainStart. It lives in the package itself under TEST_ENTRY, so that package main can
 * be tested too.
 */
export function compileTest(
  tc: Toolchain, files: SourceFile[], pkgName: string, pkgLabel: string, opts: CompileOptions = {},
  xfiles: SourceFile[] = [],
): CompileOutcome {
  // With an external test package (package p_test), the main lives there and reaches the
  // package's own tests through its import (cmd/go's _test and _xtest); the package under
  // test is then a dependency, loaded from its files as the standard library is.
  const ext = xfiles.length > 0;
  const own = ext ? "_gort_p." : "";
  const tests = [...findTests(files).map((t) => ({ ...t, ref: own + t.name })), ...findTests(xfiles).map((t) => ({ ...t, ref: t.name }))];
  const egs = [...findExamples(files).map((e) => ({ ...e, ref: own + e.name })), ...findExamples(xfiles).map((e) => ({ ...e, ref: e.name }))];
  const list = tests.map((t) => `\t\t{${JSON.stringify(t.name)}, ${t.ref}},\n`).join("");
  const sites = tests.map((t) => JSON.stringify(t.site)).join(", ");
  const egList = egs.map((e) => `\t\t{${JSON.stringify(e.name)}, ${e.ref}, ${JSON.stringify(e.output)}, ${e.unordered}},\n`).join("");
  const benches = [...findBenchmarks(files).map((b) => ({ name: b, ref: own + b })), ...findBenchmarks(xfiles).map((b) => ({ name: b, ref: b }))];
  const benchList = benches.map((b) => `\t\t{${JSON.stringify(b.name)}, ${b.ref}},\n`).join("");
  const fuzzes = [...findFuzzTargets(files).map((b) => ({ name: b, ref: own + b })), ...findFuzzTargets(xfiles).map((b) => ({ name: b, ref: b }))];
  const fuzzList = fuzzes.map((b) => `\t\t{${JSON.stringify(b.name)}, ${b.ref}},\n`).join("");
  // A package's TestMain(m *testing.M) runs the tests through m.Run.
  const hasMain = (fs: SourceFile[]): boolean => fs.some((f) => f.name.endsWith("_test.go") && /^func\s+TestMain\s*\(\s*\w+\s+\*testing\.M\s*\)/m.test(f.text));
  const testMain = hasMain(xfiles) ? "TestMain" : hasMain(files) ? own + "TestMain" : "nil";
  const needOwn = ext && [list, egList, benchList, fuzzList, testMain].some((x) => x.includes("_gort_p."));
  const imports = `import _gort_testing "testing"\nimport _gort_os "os"\n` +
    `${testMain !== "nil" ? `import _gort_reflect "reflect"\n` : ""}${needOwn ? `import _gort_p ${JSON.stringify(pkgLabel)}\n` : ""}`;
  // The last call sits at its line in go test's _testmain.go (a traceback's main.main frame).
  const exitLine = testmainExitLine({
    testMain: testMain !== "nil", importTest: files.length > 0, importXtest: ext,
    tests: tests.length, benchmarks: benches.length, fuzzTargets: fuzzes.length, examples: egs.length,
  });
  const run = testMain === "nil" ? `//gort:line ${exitLine}\n\t_gort_os.Exit(m.Run())\n` :
    `//gort:line ${exitLine}\n\t${testMain}(m)\n\t_gort_os.Exit(int(_gort_reflect.ValueOf(m).Elem().FieldByName("exitCode").Int()))\n`;
  const text = `package ${ext ? pkgName + "_test" : pkgName}\n\n${imports}\n` +
    `func ${TEST_ENTRY}() {\n\tm := _gort_testing.MainStart(${JSON.stringify(pkgLabel)}, []_gort_testing.InternalTest{\n${list}\t}, []string{${sites}}, ` +
    `[]_gort_testing.InternalExample{\n${egList}\t}, []_gort_testing.InternalBenchmark{\n${benchList}\t}, ` +
    `[]_gort_testing.InternalFuzzTarget{\n${fuzzList}\t})\n${run}}\n`;
  // go test builds _testmain.go in its work directory: tracebacks name it without a directory.
  const main: SourceFile = { name: "_testmain.go", path: "_testmain.go", text };
  const pkgPath = pkgLabel === "command-line-arguments" ? undefined : pkgLabel;
  if (!ext) {
    return compile(tc, [...files, main], pkgLabel, "dir", { ...opts, entry: TEST_ENTRY, ...(pkgPath ? { pkgPath } : {}) });
  }
  const overlay = new Map(opts.overlay ?? []);
  overlay.set(pkgLabel, { files });
  return compile(tc, [...xfiles, main], pkgLabel, "dir", {
    ...opts, entry: TEST_ENTRY, pkgPath: `${pkgLabel}_test`, userPkgs: [pkgLabel], overlay,
  });
}

/** Parses a standard-library file, once per toolchain that keeps stdParses, and once per
 *  gort installation when the toolchain keeps stdTrees. */
function parseStd(tc: Toolchain, name: string, text: string): ParseResult {
  const hit = tc.stdParses?.get(name);
  if (hit !== undefined && hit.text === text) return hit.result;
  const stored = tc.stdTrees?.get(name, text);
  let result: ParseResult;
  if (stored !== undefined) result = { file: stored, diags: [] };
  else {
    result = parseFile(tc.goParser, name, text);
    if (result.file !== undefined && result.diags.length === 0) tc.stdTrees?.put(name, text, result.file);
  }
  tc.stdParses?.set(name, { text, result });
  return result;
}

/** -race: the standard-library packages instrumented as the user's are: data structures whose
 *  races are their callers' (a bytes.Buffer or strings.Builder shared by two goroutines), with
 *  their functions at Go's lines, so that reports show Go's frames. */
const raceStdPkgs: ReadonlySet<string> = new Set(["bytes", "strings"]);

/** go build -race's build tag: files with //go:build race are in, !race out (the module's
 *  packages; the command line's are read by the host, readProgram's tags). */
export const raceTags: ReadonlySet<string> = new Set(["race"]);

/** Standard-library files are shown under Go's GOROOT, as real tracebacks show them. */
function stdPath(f: string): string {
  return f.startsWith("/") ? f : `/usr/lib/go-1.19/src/${f}`;
}

function fail(diags: Diagnostic[], pkgLabel: string): CompileOutcome {
  const unsupported = diags.some((d) => d.unsupported === true);
  return {
    ok: false,
    stderr: formatDiagnostics(diags, pkgLabel),
    exitCode: unsupported ? UNSUPPORTED_EXIT : COMPILE_FAILED_EXIT,
  };
}

export const defaultRunOptions: Omit<RunOptions, "seed"> = {
  cpus: 4,
  environ: new Map(),
  args: ["/tmp/go-build/exe/main"],
  stdin: "",
  maxSteps: 5e9,
  maxSimNs: 24 * 3600e9,
  maxGoroutines: 1_000_000,
};

/**
 * The bounds of the run options, checked by run() and by the CLI's flags:
 *   - seed: the PRNG takes 32 bits (base/prng.ts), so seeds are 0..2^32-1 (no two alias);
 *   - cpus: 1..256, the bound gort also puts on GOMAXPROCS;
 *   - maxSteps, maxGoroutines: at least 1 (the main goroutine); goroutines at most 1e9;
 *   - maxSimNs: more than 0 and at most 2^53 ns (about 104 days), where simulated times stop
 *     being exact integers;
 *   - maxHeapBytes: 1 MiB..1 TiB.
 */
export const RUN_BOUNDS = {
  seed: { min: 0, max: 2 ** 32 - 1 },
  cpus: { min: 1, max: 256 },
  maxSteps: { min: 1, max: Number.MAX_SAFE_INTEGER },
  maxGoroutines: { min: 1, max: 1e9 },
  maxSimNs: { min: 1, max: 2 ** 53 },
  maxHeapBytes: { min: 1 << 20, max: 2 ** 40 },
} as const;

/** Why opts are outside RUN_BOUNDS (the first reason), or undefined when they are within. The
 *  model, when given, must be one of runtime/whatif.ts's models (absent means go1.19). */
export function checkRunOptions(opts: Partial<RunOptions>): string | undefined {
  if (opts.model !== undefined && !(models as readonly string[]).includes(opts.model)) {
    return `model must be one of ${models.join(", ")} (got ${String(opts.model)})`;
  }
  for (const [k, b] of runBounds) {
    const v = opts[k];
    if (v === undefined) continue;
    if (!Number.isInteger(v) || v < b.min || v > b.max) return `${k} must be an integer from ${b.min} to ${b.max} (got ${v})`;
  }
  return undefined;
}

/** RUN_BOUNDS as a list, made once (every run checks its options). */
const runBounds = Object.entries(RUN_BOUNDS) as [keyof typeof RUN_BOUNDS, { min: number; max: number }][];

/** Run a compiled program once. The result is a function of (program, options, seed). */
export function run(p: Program, opts: RunOptions): RunResult {
  return runWith(p, opts, opts.seed, opts.write);
}

/** run with opts' seed and output sink replaced (runMany's and runClassified's runs, without a
 *  copy of opts for each). */
function runWith(p: Program, opts: Omit<RunOptions, "seed">, seed: number, write: RunOptions["write"]): RunResult {
  const m = newMachine(p, opts, seed, write);
  try {
    return m.run();
  } finally {
    p.busy = false;
    m.dispose();
  }
}

/** A run that goes a bounded number of events at a time (startRun). */
interface RunStepper {
  /** Handle at most maxEvents of the machine's events; true once the run has ended. */
  step(maxEvents: number): boolean;
  /** The run's result, once step has returned true: what run gives for the same options. */
  result(): RunResult;
}

/**
 * Start a run that the caller advances with step: runs of different Programs may be stepped
 * alternately in one host process, since each machine owns its state and installs it at each
 * step (sim/machine.ts). One Program has one run at a time: its linked code holds its package
 * variables (a second startRun before the first run's result throws).
 */
export function startRun(p: Program, opts: RunOptions): RunStepper {
  const m = newMachine(p, opts, opts.seed, opts.write);
  const done = (): void => {
    p.busy = false;
  };
  try {
    m.start();
  } catch (e) {
    done();
    throw e;
  }
  return {
    step: (n) => {
      try {
        return m.step(n);
      } catch (e) {
        done();
        throw e;
      }
    },
    result: () => {
      try {
        return m.result();
      } finally {
        done();
      }
    },
  };
}

/** Every field of T, present (undefined when T leaves it out). */
type Complete<T> = { [K in keyof Required<T>]: T[K] | undefined };

/** The machine for one run of p with opts, seed and write, which it marks busy until the run
 *  is over. */
function newMachine(p: Program, opts: Omit<RunOptions, "seed">, seed: number, write: RunOptions["write"]): Machine {
  const bad = checkRunOptions(opts);
  if (bad !== undefined) throw new RangeError(`gort: run options: ${bad}`);
  if (p.busy === true) throw new Error("gort: a Program runs on one machine at a time (its package variables are the run's)");
  p.linked ??= link(p.compiled.js, p.compiled.funcInfos, nativePackages, p.loadJs);
  // Go's runtime samples allocations whether or not a profile is asked for: a program that
  // imports runtime/pprof may write one (WriteHeapProfile).
  p.samplesHeap ??= p.compiled.packages.includes("runtime/pprof") || p.compiled.funcInfos.some((f) => f.name === "runtime.MemProfile");
  const memprofile = opts.memprofile === true || p.samplesHeap;
  p.cgo?.reset();
  p.importsOs ??= p.compiled.packages.includes("os");
  // The machine's options as one object literal with every field, in one order: the machine
  // reads them through one hidden class (spreads of the caller's options, which differ in the
  // fields they have, made its reads megamorphic, and copying them was a tenth of a short run).
  const o: Complete<RunOptions> = {
    seed,
    gomaxprocs: opts.gomaxprocs,
    cpus: opts.cpus,
    environ: opts.environ,
    args: opts.args,
    stdin: opts.stdin,
    stdinSource: opts.stdinSource,
    stdio: opts.stdio,
    newFS: opts.newFS,
    newExec: opts.newExec,
    maxSteps: opts.maxSteps,
    maxSimNs: opts.maxSimNs,
    maxGoroutines: opts.maxGoroutines,
    maxHeapBytes: opts.maxHeapBytes,
    check: opts.check,
    trace: opts.trace,
    strategy: opts.strategy,
    steer: opts.steer,
    recordSchedule: opts.recordSchedule,
    source: opts.source,
    debug: opts.debug,
    finalizers: p.importsOs,
    race: p.race === true,
    leaks: opts.leaks,
    fuzz: opts.fuzz,
    cgo: p.cgo ?? opts.cgo,
    cover: opts.cover,
    write,
    maxOutputBytes: opts.maxOutputBytes,
    cpuprofile: opts.cpuprofile,
    memprofile,
    model: opts.model,
    debugHook: opts.debugHook,
  };
  const m = new Machine(p.linked, o as RunOptions);
  p.busy = true;
  return m;
}


export interface Summary {
  runs: number;
  /** Distinct outcomes: how the run ended, and a hash of what it printed on stdout. */
  outcomes: { outcome: string; exitCode: number; count: number; seed: number; stdout: string }[];
  /** -race: the distinct race reports (RunResult.races lines), with the number of runs that
   *  printed each and the first seed that did, most frequent first. */
  races: { report: string; count: number; seed: number }[];
}

/** One run as a summary counts it: how it ended (with its leaks), a hash of its stdout, and
 *  the race reports it printed. `gort run --json` writes one per line. */
export interface RunRecord {
  seed: number;
  exitCode: number;
  outcome: string;
  stdout: string;
  races: string[];
}

/**
 * Groups runs, added in seed order, into a Summary: outcomes by how they ended and what they
 * printed, each with its count and first seed, most frequent first (ties in order of first
 * appearance); race reports likewise, ties by first seed. runMany and `gort merge` both count
 * with it, so a merged campaign prints what one run of it would.
 */
export class SummaryBuilder {
  private runs = 0;
  private readonly byKey = new Map<string, Summary["outcomes"][number]>();
  private readonly races = new Map<string, Summary["races"][number]>();

  add(r: RunRecord): void {
    this.runs++;
    const key = `${r.exitCode}\u0000${r.outcome}\u0000${r.stdout}`;
    const o = this.byKey.get(key);
    if (o) o.count++;
    else this.byKey.set(key, { outcome: r.outcome, exitCode: r.exitCode, count: 1, seed: r.seed, stdout: r.stdout });
    for (const report of new Set(r.races)) {
      const x = this.races.get(report);
      if (x) x.count++;
      else this.races.set(report, { report, count: 1, seed: r.seed });
    }
  }

  /** Adds a Summary of the runs that follow those added so far (a --jobs part, in seed order):
   *  its outcomes in order of first appearance, with their counts, and its race reports. */
  addSummary(s: Summary): void {
    this.runs += s.runs;
    for (const o of [...s.outcomes].sort((a, b) => a.seed - b.seed)) {
      const key = `${o.exitCode}\u0000${o.outcome}\u0000${o.stdout}`;
      const m = this.byKey.get(key);
      if (m) m.count += o.count;
      else this.byKey.set(key, { ...o });
    }
    for (const x of s.races) {
      const m = this.races.get(x.report);
      if (m) {
        m.count += x.count;
        m.seed = Math.min(m.seed, x.seed);
      } else this.races.set(x.report, { ...x });
    }
  }

  finish(): Summary {
    return {
      runs: this.runs,
      outcomes: [...this.byKey.values()].sort((a, b) => b.count - a.count),
      races: [...this.races.values()].sort((a, b) => b.count - a.count || a.seed - b.seed),
    };
  }
}

/** An outcome as a summary shows it: "exit N" says it all; others (panics, fatal errors) get
 *  their exit code in front. */
export function outcomeLabel(exitCode: number, outcome: string): string {
  const exit = `exit ${exitCode}`;
  // An outcome may go on with the run's leaks ("exit 1  leaked: ...", withLeaks).
  return outcome === exit || outcome.startsWith(`${exit}  `) ? outcome : `${exit}  ${outcome}`;
}

/** Run seeds from..to and group the runs by how they ended; onRun sees each run's record. */
export function runMany(
  p: Program, opts: Omit<RunOptions, "seed">, from: number, to: number, progress?: (done: number) => void,
  onRun?: (r: RunRecord) => void,
): Summary {
  const b = new SummaryBuilder();
  // Only how each run ended and a hash of its stdout are kept: the output itself is dropped
  // as it is printed. Runs that end alike but print differently are different outcomes.
  for (let seed = from; seed <= to; seed++) {
    const { r, stdout } = classify(p, opts, seed);
    const rec: RunRecord = { seed, exitCode: r.exitCode, outcome: withLeaks(r), stdout, races: r.races };
    b.add(rec);
    onRun?.(rec);
    progress?.(seed - from + 1);
  }
  return b.finish();
}

export { type Diagnostic };

// ---- The explorer ---------------------------------------------------------------------------

interface ExploreOptions {
  spec: StrategySpec;
  /** The first seed (--seed). */
  base: number;
  /** Stop after this many runs (--budget N). */
  maxRuns: number;
  /** Stop after this many ms of the host's clock (--budget 30s); clock is the host's. */
  maxMs?: number;
  clock?: () => number;
  /** Go on after a failure and group the failures by signature (--keep-going). */
  keepGoing: boolean;
  progress?: (done: number) => void;
  /** A part of the runs (cli/jobs.ts): the index of its first run (default 0); only for a
   *  strategy whose runs are independent (explore/steer.ts runsIndependent). */
  first?: number;
  /** The highest run index worth running (a failure another part found); read before each run. */
  stopAt?: () => number;
  /** Told a failing run's index when the part stops at it (without keepGoing). */
  found?: (run: number) => void;
}

export interface Outcome {
  /** exit code, outcome, first "--- FAIL" line, race reports: what makes two failures alike. */
  signature: string;
  exitCode: number;
  outcome: string;
  /** The first line of the output that names a failing test, if any. */
  failLine: string;
  /** A hash of stdout (8 hex digits). */
  stdout: string;
  count: number;
  /** The first run that ended so, and its schedule. */
  run: number;
  schedule: Schedule;
}

/** What one part of an exploration found (explorePart): mergeExplore makes of the parts, in
 *  run order, the ExploreResult of one explore over them all. */
export interface ExplorePart {
  runs: number;
  /** The runs' distinct fingerprints. */
  fps: number[];
  complete: boolean;
  /** In order of first appearance; run is the index among all parts' runs. */
  outcomes: Outcome[];
  /** The part's first failing run's outcome (one of outcomes), if any. */
  failure: Outcome | undefined;
}

interface ExploreResult {
  runs: number;
  /** Runs whose interleavings differed (by Steering's fingerprint). */
  distinct: number;
  /** The strategy covered everything it can reach (dfs, pbound) before the budget ran out. */
  complete: boolean;
  /** Distinct outcomes (by signature and stdout hash), failures first, then by count. */
  outcomes: Outcome[];
  /** The first failing run's outcome, if any. */
  failure: Outcome | undefined;
}

/** A run whose output is dropped as it is printed; what is kept of it: a hash of stdout (8 hex
 *  digits), the first line naming a failing test ("--- FAIL: X", its time dropped), and the
 *  signature (exit code, outcome, that line, race reports, leaks) that makes two failures alike. */
interface Classified {
  r: RunResult;
  stdout: string;
  failLine: string;
  signature: string;
}

export function runClassified(p: Program, opts: RunOptions): Classified {
  return classify(p, opts, opts.seed);
}

/** runClassified of opts with seed (runMany's runs, without a copy of opts for each). */
function classify(p: Program, opts: Omit<RunOptions, "seed">, seed: number): Classified {
  let h = fnvBasis;
  let fail = "";
  let partial = "";
  const write = (fd: 1 | 2, bytes: string): void => {
    if (fd !== 1) return;
    h = fnv1a(h, bytes);
    if (fail !== "") return;
    const text = partial + bytes;
    const m = /^\s*--- FAIL: (\S+)/m.exec(text);
    if (m) fail = `--- FAIL: ${m[1]}`;
    partial = text.slice(text.lastIndexOf("\n") + 1).slice(-200);
  };
  const r = runWith(p, opts, seed, write);
  // Leaks (RunOptions.leaks) sign the run too: which places goroutines were stuck at forever.
  const signature = [r.exitCode, r.outcome, fail, ...new Set(r.races), ...new Set(r.leaks)].join("\u0000");
  return { r, stdout: hex8(h), failLine: fail, signature };
}

/** A run's outcome line with the places its goroutines were stuck at forever (RunOptions.leaks),
 *  so that summaries tell runs that leaked apart: "exit 1  leaked: [chan send] main.fetch.func1". */
function withLeaks(r: RunResult): string {
  return r.leaks.length === 0 ? r.outcome : `${r.outcome}  leaked: ${[...new Set(r.leaks)].join(", ")}`;
}

/** Run a program under a schedule: its seed, and its deviations replayed. */
export function runSchedule(p: Program, opts: Omit<RunOptions, "seed">, s: Schedule): RunResult {
  if (s.devs.length === 0) return run(p, { ...opts, seed: s.seed });
  return run(p, { ...opts, seed: s.seed, steer: new Steering(replayPolicy(s.devs)).steer });
}

/**
 * Explore a program's schedules with a strategy (explore/steer.ts) until a run fails (exits
 * other than 0), the strategy has nothing left, or the budget is spent. With keepGoing every
 * run is counted and the failures are grouped by signature.
 */
export function explore(p: Program, opts: Omit<RunOptions, "seed">, x: ExploreOptions): ExploreResult {
  return mergeExplore([explorePart(p, opts, x)], x.keepGoing);
}

/** explore's runs from x.first on (at most x.maxRuns of them), as a part to merge. */
export function explorePart(p: Program, opts: Omit<RunOptions, "seed">, x: ExploreOptions): ExplorePart {
  const first = x.first ?? 0;
  const ex = newExplorer(x.spec, x.base, first);
  const fps = new Set<number>();
  const byKey = new Map<string, Outcome>();
  const start = x.clock?.() ?? 0;
  let runs = 0;
  let complete = false;
  let failure: Outcome | undefined;
  while (runs < x.maxRuns && (x.stopAt === undefined || first + runs <= x.stopAt())) {
    if (x.maxMs !== undefined && x.clock !== undefined && runs > 0 && x.clock() - start >= x.maxMs) break;
    const next = ex.next();
    if (next === undefined) {
      complete = true;
      break;
    }
    const c = runClassified(p, { ...opts, seed: next.seed, steer: next.steering.steer });
    const r = c.r;
    ex.observe(next.steering);
    fps.add(next.steering.fp);
    const key = outcomeKey(c);
    let o = byKey.get(key);
    if (o) o.count++;
    else {
      const schedule = { seed: next.seed, devs: [...next.steering.devs] };
      o = { signature: c.signature, exitCode: r.exitCode, outcome: withLeaks(r), failLine: c.failLine, stdout: c.stdout, count: 1, run: first + runs, schedule };
      byKey.set(key, o);
    }
    runs++;
    x.progress?.(runs);
    if (r.exitCode !== 0 && failure === undefined) {
      failure = o;
      if (!x.keepGoing) {
        x.found?.(first + runs - 1);
        break;
      }
    }
  }
  return { runs, fps: [...fps], complete, outcomes: [...byKey.values()], failure };
}

/**
 * The ExploreResult of one explore over the parts' runs, from the parts in run order. Without
 * keepGoing the runs end at the first failure: the parts after the first that failed are
 * dropped (they may have been cut short, or run on past that failure).
 */
/** What tells two explored runs' endings apart: how they ended and what they printed. */
function outcomeKey(o: { signature: string; stdout: string }): string {
  return `${o.signature}\u0000${o.stdout}`;
}

export function mergeExplore(ps: readonly ExplorePart[], keepGoing: boolean): ExploreResult {
  const fps = new Set<number>();
  const byKey = new Map<string, Outcome>();
  let runs = 0;
  let complete = false;
  let failure: Outcome | undefined;
  for (const part of ps) {
    runs += part.runs;
    for (const fp of part.fps) fps.add(fp);
    for (const o of part.outcomes) {
      const key = outcomeKey(o);
      const m = byKey.get(key);
      if (m) m.count += o.count;
      else byKey.set(key, { ...o });
    }
    complete = part.complete;
    if (failure === undefined && part.failure !== undefined) {
      failure = byKey.get(outcomeKey(part.failure));
      if (!keepGoing) break;
    }
  }
  const outcomes = [...byKey.values()].sort((a, b) => Number(b.exitCode !== 0) - Number(a.exitCode !== 0) || b.count - a.count || a.run - b.run);
  return { runs, distinct: fps.size, complete, outcomes, failure };
}

/**
 * --shrink: fewer deviations that still fail with the same signature. First all of them
 * dropped (the seed alone), then each in turn from the last, kept out when the run still fails
 * alike. At most maxRuns runs. The result is never longer than the schedule given.
 */
export function shrink(p: Program, opts: Omit<RunOptions, "seed">, s: Schedule, signature: string, maxRuns = 400): { schedule: Schedule; runs: number } {
  let runs = 0;
  const fails = (devs: number[]): boolean => {
    runs++;
    const c = runClassified(p, { ...opts, seed: s.seed, steer: new Steering(replayPolicy(devs)).steer });
    return c.r.exitCode !== 0 && c.signature === signature;
  };
  let devs = [...s.devs];
  if (devs.length > 0 && fails([])) devs = [];
  for (let j = devs.length - 2; j >= 0 && runs < maxRuns; j -= 2) {
    const without = [...devs.slice(0, j), ...devs.slice(j + 2)];
    if (fails(without)) devs = without;
  }
  return { schedule: { seed: s.seed, devs }, runs };
}

// ---- What a run is given, shared by the CLI and the browser -----------------------------

/** The program's environment (text; see usage): the fixed base, the Go runtime's variables
 *  from the host, or the whole host environment with --host-env, then --env. */
const BASE_ENV: readonly [string, string][] = [
  ["HOME", "/home/gopher"],
  ["PATH", "/usr/local/go/bin:/usr/bin:/bin"],
];
const RUNTIME_ENV = ["GOMAXPROCS", "GODEBUG", "GOGC", "GOTRACEBACK", "GORACE"] as const;

export function programEnv(host: Record<string, string | undefined>, hostEnv: boolean, env: [string, string][]): Map<string, string> {
  const out = new Map<string, string>();
  if (hostEnv) {
    for (const [k, v] of Object.entries(host)) if (v !== undefined) out.set(k, v);
  } else {
    for (const [k, v] of BASE_ENV) out.set(k, v);
    for (const k of RUNTIME_ENV) if (host[k] !== undefined) out.set(k, host[k]!);
  }
  for (const [k, v] of env) out.set(k, v);
  return out;
}

/** What a run's replay token records of its options, for `gort run` and `gort test` alike
 *  (the CLI adds gort test's flags) and for the playground, so that each replays the other's. */
interface RunTokenInput {
  cmd: "run" | "test";
  cpus: number;
  race: boolean;
  leaks: boolean;
  args: readonly string[];
  env: Iterable<[string, string]>;
  steps: number;
  time: number;
  goroutines: number;
  /** --heap-limit as given; 0 for the default. */
  heap: number;
  model: Model;
}

export function runTokenOptions(r: RunTokenInput): TokenOptions {
  const o: TokenOptions = {
    cmd: r.cmd, cpus: r.cpus, race: r.race, leaks: r.leaks, args: JSON.stringify(r.args), env: JSON.stringify([...r.env]),
    steps: r.steps, time: r.time, gs: r.goroutines, heap: r.heap,
  };
  // The model only when it is not the default: tokens (and their hashes) of go1.19 runs stay
  // as they were before --model existed, and a token without one replays under go1.19.
  if (r.model !== defaultModel) o["model"] = r.model;
  return o;
}

/** The usual value of each token option (a token leaves those out). */
export const TOKEN_DEFAULTS: TokenOptions = {
  cmd: "run", cpus: 4, race: false, leaks: false, args: "[]", env: JSON.stringify(BASE_ENV), steps: 5e9, time: 24 * 3600e9, gs: 1e6,
  heap: 1 << 30, v: false, run: "", count: 0, timeout: "10m0s", bench: "", benchtime: "", benchmem: false, short: false, failfast: false, parallel: 0,
  fuzz: "", fuzzin: "",
};

