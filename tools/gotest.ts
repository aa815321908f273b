// The yardstick of `gort test`: the packages under testdata/gotest, the go test command lines run
// on them, and their output recorded from real Go 1.19 (`node dist/tools/record-gotest.js`).
//
// Models nothing in Go. Each case is a package directory (with its go.mod) and go test's
// arguments; its golden is the exit status and the normalized stdout of real `go test` run in
// that directory (local directory mode). Normalizing keeps what gort must match (test names, the
// order of === and --- lines, log lines with file:line, panic and race texts, PASS/FAIL lines)
// and drops what cannot match: durations and times, addresses and PC offsets, goroutine ids,
// argument words, and the frames of package testing itself (gort's testing.go is its own).

import * as fs from "node:fs";
import * as path from "node:path";
import { maskDir, repoRoot } from "./golden.js";
import { main, setOutput } from "../src/cli/main.js";

export interface GotestCase {
  pkg: string;
  args: string[];
}

/** The command lines measured. -v is left out where parallel tests make its line order depend
 *  on the schedule (real Go's differs between runs too). */
export const GOTEST_CASES: GotestCase[] = [
  // -shuffle N orders the tests as testing's seeded shuffle does; bad flag values end as cmd/go's.
  { pkg: "shuffled", args: ["-shuffle", "42", "-v"] },
  { pkg: "shuffled", args: ["-shuffle=3", "-run", "Alpha|Last"] },
  { pkg: "shuffled", args: ["-shuffle", "1x"] },
  { pkg: "shuffled", args: ["-count", "two"] },
  { pkg: "calc", args: [] },
  { pkg: "calc", args: ["-v"] },
  { pkg: "calc", args: ["-v", "-run", "Sub/wrong|Add"] },
  { pkg: "parallel", args: [] },
  { pkg: "parallel", args: ["-count", "2", "-run", "Counter|Skipped", "-v"] },
  { pkg: "parallel", args: ["-parallel", "1"] },
  // Parallel tests with goroutines of their own, and parallel subtests and goroutines that log
  // and fail at once: no leak but their own, and under -race no race inside package testing.
  { pkg: "parallelmix", args: [] },
  { pkg: "parallelmix", args: ["-parallel", "1"] },
  { pkg: "parallelmix", args: ["-race"] },
  { pkg: "calc", args: ["-v", "-failfast"] },
  { pkg: "calc", args: ["-run", "Sub/nomatch", "."] },
  // A -run pattern that does not compile ends the binary before any test runs.
  { pkg: "calc", args: ["-run", "Add|Sub/(x", "."] },
  // -cpu: each test once per GOMAXPROCS value; a bad value is testing's error.
  { pkg: "calc", args: ["-v", "-cpu", "1,2"] },
  { pkg: "calc", args: ["-cpu", "2,x"] },
  { pkg: "mainpkg", args: [] },
  { pkg: "mainpkg", args: ["-v", "-run", "Greet"] },
  { pkg: "racy", args: [] },
  { pkg: "racy", args: ["-race"] },
  // With -v the race's Errorf line comes before the FAIL line, and the root test's after it.
  { pkg: "racy", args: ["-race", "-v"] },
  { pkg: "examples", args: [] },
  { pkg: "examples", args: ["-v"] },
  // -count repeats the tests, not the examples.
  { pkg: "examples", args: ["-v", "-count", "2"] },
  { pkg: "subnames", args: ["-v"] },
  // os.Exit(0) during the tests panics (-test.paniconexit0).
  { pkg: "exit0", args: [] },
  // A test that calls runtime.Goexit or panics with nil fails, and so does a subtest that calls
  // its parent's FailNow.
  { pkg: "goexit", args: ["-v"] },
  { pkg: "goexit", args: ["-run", "NilPanic"] },
  // Logging to a test that has ended: its parent's log, or nowhere.
  { pkg: "latelog", args: ["-v"] },
  { pkg: "latelog", args: [] },
  { pkg: "cleanups", args: ["-v", "-run", "Helper|Setenv|ThenSetenv"] },
  { pkg: "cleanups", args: ["-run", "PanicInSub"] },
  { pkg: "cleanups", args: ["-v", "-run", "CleanupPanics"] },
  { pkg: "testmain", args: ["-v"] },
  { pkg: "xtest", args: ["-v"] },
  // Benchmarks run only with -bench (their numbers are no golden's): without it, the tests run;
  // with -run matching nothing, go test's warning.
  { pkg: "bench", args: ["-v"] },
  { pkg: "bench", args: ["-run", "XXX", "."] },
  // t.TempDir over the host's file system.
  { pkg: "files", args: ["-v"] },
  // A module of several packages: the package under test imports its siblings (one internal),
  // tested by path from the module root and from its own directory.
  { pkg: "modpkgs", args: ["-v", "./inventory"] },
  { pkg: "modpkgs/inventory", args: [] },
  // Every package of the module, and a list of them: one result line each, then one FAIL.
  { pkg: "modpkgs", args: ["./..."] },
  { pkg: "modpkgs", args: ["-v", "./money", "./inventory"] },
  // The package's own flags (flag.Parse in TestMain), -args, -list, -count 0, -test.v.
  { pkg: "flagged", args: ["-v"] },
  { pkg: "flagged", args: ["-v", "-update", "-golden", "other.golden", "-level=3", "-short"] },
  { pkg: "flagged", args: ["-run", "Flags", "-test.v", ".", "-args", "-level", "2", "extra"] },
  { pkg: "flagged", args: ["-list", "Render"] },
  { pkg: "flagged", args: ["-count", "0"] },
  // The explorer's kernels (tools/explore.test.ts): each passes on the default schedule and in
  // real Go; their bugs need a schedule that --explore finds.
  ...["doublelock", "lockorder", "leakysend", "wgmisuse", "condsignal", "selectorder", "depth3", "stoptwice"].map((pkg) => ({ pkg, args: [] })),
  // Fuzz tests run as tests: their seed corpus (f.Add, testdata/fuzz) as subtests, every
  // fuzzable type, a failing seed, a malformed corpus file, F.Skip; and the texts of misuse.
  { pkg: "fuzzseed", args: ["-v"] },
  { pkg: "fuzzseed", args: ["-run", "FuzzParity/five|FuzzTypes"] },
  ...["FuzzAddType", "FuzzTwice", "FuzzNoCall", "FuzzArgs", "FuzzWrongSeed", "FuzzUnsupported", "FuzzFailInside"].map((r) => ({ pkg: "fuzzmisuse", args: ["-run", r] })),
  // The fuzz targets of src/fuzz/fuzz.test.ts pass on their seeds.
  { pkg: "fuzzinput", args: ["-v"] },
  { pkg: "fuzzrace", args: [] },
  { pkg: "fuzzok", args: ["-v"] },
];

export interface GotestGolden {
  stamp: string;
  cases: { pkg: string; args: string[]; exit: number; stdout: string }[];
}

export function gotestRoot(): string {
  return path.join(repoRoot(), "testdata", "gotest");
}

export const GOTEST_GOLDEN = "golden.json";

/** `gort test ARGS` in testdata/gotest/PKG, run in-process (the CLI's own main) with env as the
 *  host environment: the exit status and the bytes written to fd 1 (or to both fds, in order,
 *  with bothFds), as a latin1 string. */
export async function gortTestInProcess(pkg: string, args: string[], env: Record<string, string>, bothFds = false): Promise<{ exit: number; out: string }> {
  const out: Buffer[] = [];
  setOutput((fd, b) => {
    if (fd === 1 || bothFds) out.push(Buffer.from(b));
  });
  try {
    const exit = await main(["test", ...args], { cwd: path.join(gotestRoot(), pkg), env });
    return { exit, out: Buffer.concat(out).toString("latin1") };
  } finally {
    setOutput(undefined);
  }
}

/** The comparable part of go test's (or gort test's) stdout for the package in dir. */
export function normalizeGotest(out: string, dir: string): string {
  const lines = maskDir(out, dir).split("\n");
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    let l = lines[i]!;
    const next = lines[i + 1] ?? "";
    // A frame: a function line followed by its position line (tab-indented in tracebacks, six
    // spaces in race reports). Frames of package testing (and go test's generated main) go.
    const isFrame = /^(\t| {6})\S+:\d+/.test(next) && !/^\s*(created by|Goroutine|Previous|Read|Write)/.test(l);
    if (isFrame && /^\s*(testing\.|main\.main\(|example\.com\/[^.]*\._gort_testmain|[^.\s]*\._gort_testmain)/.test(l)) {
      i++;
      continue;
    }
    if (/^created by testing\./.test(l)) {
      i++;
      continue;
    }
    if (isFrame) l = l.replace(/\(.*\)$/, "(...)");
    l = l
      .replace(/\d+\.\d+s\b/g, "T")
      .replace(/ \+0x[0-9a-f]+$/, "")
      .replace(/pc=0x[0-9a-f]+/g, "pc=0xPC")
      .replace(/0x[0-9a-f]{6,}/g, "0xADDR")
      .replace(/\b([Gg]oroutine) \d+/g, "$1 N");
    kept.push(l);
  }
  return kept.join("\n");
}

export function readGotestGolden(root = gotestRoot()): GotestGolden | undefined {
  const f = path.join(root, GOTEST_GOLDEN);
  return fs.existsSync(f) ? (JSON.parse(fs.readFileSync(f, "utf8")) as GotestGolden) : undefined;
}
