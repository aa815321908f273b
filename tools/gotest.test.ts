// `gort test` against real go test (issue 13): every case of testdata/gotest/golden.json (recorded
// by tools/record-gotest.ts) run as `gort test ARGS` in its package directory must print the
// same normalized stdout and exit with the same status; and gort's own leak check fails a test
// that leaves a goroutine blocked, where go test passes.

import { test } from "node:test";
import * as assert from "node:assert/strict";
import * as path from "node:path";
import { GOTEST_CASES, gortTestInProcess, gotestRoot, normalizeGotest, readGotestGolden } from "./gotest.js";

const root = gotestRoot();

/** `gort test ARGS` in the package's directory, in-process, on two CPUs as the golden was. */
async function gortTest(pkg: string, args: string[]): Promise<{ exit: number; stdout: string }> {
  const r = await gortTestInProcess(pkg, ["--cpus", "2", ...args], { GOMAXPROCS: "2" });
  return { exit: r.exit, stdout: Buffer.from(r.out, "latin1").toString("utf8") };
}

const golden = readGotestGolden();

test("gort test: the golden holds every case", () => {
  assert.ok(golden, "no testdata/gotest/golden.json; run node dist/tools/record-gotest.js");
  assert.deepEqual(golden.cases.map((c) => [c.pkg, c.args]), GOTEST_CASES.map((c) => [c.pkg, c.args]));
});

for (const c of golden?.cases ?? []) {
  test(`gort test ${c.args.join(" ")} in testdata/gotest/${c.pkg}`, async () => {
    const r = await gortTest(c.pkg, c.args);
    assert.equal(normalizeGotest(r.stdout, path.join(root, c.pkg)), c.stdout);
    assert.equal(r.exit, c.exit);
  });
}

/** The partial-deadlock report (gort's, runtime/goroutineleak.ts): its header and one line per
 *  place where goroutines wait forever. */
const partial = String.raw`gort: partial deadlock at \d+(?:\.\d+)?ms: [^\n]* blocked forever \(nothing that can still run reaches what (?:it waits|they wait) on\):\n(?:\t[^\n]*\n)+`;

test("gort test fails a test that leaks a blocked goroutine (go test passes it)", async () => {
  const r = await gortTest("leak", []);
  assert.equal(r.exit, 1);
  // The sender is reported once it is certain (when Fetch has returned and the test waits),
  // then listed with its stack by the leak check at the end of the test.
  assert.match(r.stdout, /^gort: partial deadlock at \d+\.\d+ms: a goroutine is blocked forever \(nothing that can still run reaches what it waits on\):\n\tgoroutine (\d+) \[chan send\]: example\.com\/leak\.Fetch\.func1 at \S+\/leak\/w\.go:13\n--- FAIL/);
  assert.match(r.stdout, /\n--- FAIL: TestFetchFast \(\d+\.\d+s\)\n    w_test\.go:8: found unexpected goroutines:\n {8}\[Goroutine \d+ in state chan send, with example\.com\/leak\.Fetch\.func1 on top of the stack:\n/);
  assert.match(r.stdout, /example\.com\/leak\.Fetch\.func1\(\)\n {8}\t\S*\/leak\/w\.go:13 \+0x0\n/);
  assert.doesNotMatch(r.stdout, /TestFetchSlow/);
});

test("gort test -race: a test goroutine's creation stack ends in Run's go wrapper, as go test -race's", async () => {
  const r = await gortTest("racy", ["-race"]);
  assert.match(r.stdout, /\n {2}testing\.tRunner\(\)\n {6}\S+\/testing\/testing\.go:1446 \+0x0\n {2}testing\.\(\*T\)\.Run\.func1\(\)\n {6}\S+\/testing\/testing\.go:1493 \+0x0\n/);
});

test("gort test --leaks=false passes the leaking package, as go test does", async () => {
  const r = await gortTest("leak", ["--leaks=false"]);
  assert.equal(r.exit, 0);
  assert.match(r.stdout, /^PASS\nok  \texample\.com\/leak\t\d+\.\d+s\n$/);
});

test("gort test -timeout: an AB-BA deadlock ends at the simulated timeout with every stack", async () => {
  // 8 of the 200 deadlock (real Go: 6 of 40 runs; gort's rate fell from 8 of 40 when the
  // uncontended Mutex got cheaper, costs.ts sliceNs and cacheLineNs).
  const many = await gortTest("abba", ["-timeout", "1s", "--runs", "200"]);
  // The summary names where the deadlocked goroutines wait (gort's partial-deadlock check).
  const line = /exit 2  panic: test timed out after 1s  leaked: [^\n]*\[semacquire\] example\.com\/abba\.Transfer {3}e\.g\. gort test --seed (\d+) \./;
  assert.match(many.stdout, line);
  const seed = line.exec(many.stdout)![1]!;
  const one = await gortTest("abba", ["-timeout", "1s", "--seed", seed]);
  assert.equal(one.exit, 1);
  assert.match(one.stdout, new RegExp(`^${partial}panic: test timed out after 1s\n\ngoroutine \\d+ \\[running\\]:\n`));
  // The report names the goroutines stuck in Transfer's Lock calls, at the moment they are.
  assert.match(one.stdout, /^\tgoroutine \d+(?: \(and \d+ more\))? \[semacquire\]: example\.com\/abba\.Transfer at \S+\/abba\/d\.go:\d+$/m);
  assert.match(one.stdout, /sync\.\(\*Mutex\)\.Lock\(\.\.\.\)\n\t\S+mutex\.go:90 \+0x0\nexample\.com\/abba\.Transfer\(\.\.\.\)\n/);
  assert.match(one.stdout, /\nexit status 2\nFAIL\texample\.com\/abba\t1\.\d{3}s\n$/);
  // The main goroutine waits in Run under go test's frames (tools: the golden masks testing's).
  assert.match(one.stdout, /\ngoroutine 1 \[chan receive\]:\ntesting\.\(\*T\)\.Run\(\.\.\.\)\n\t\S+testing\.go:1494 \+0x0\ntesting\.runTests\.func1\(\.\.\.\)\n\t\S+testing\.go:1846 \+0x0\ntesting\.tRunner\(\.\.\.\)\n\t\S+testing\.go:1446 \+0x0\ntesting\.runTests\(\.\.\.\)\n\t\S+testing\.go:1844 \+0x0\ntesting\.\(\*M\)\.Run\(\.\.\.\)\n\t\S+testing\.go:1726 \+0x0\nmain\.main\(\)\n\t_testmain\.go:49 \+0x0\n/);
});

test("gort test finds the kernels' bugs: a double lock, Add inside the goroutine, a missed Cond signal", async () => {
  const lock = await gortTest("kernels", ["-run", "Cache", "-timeout", "1s"]);
  assert.match(lock.stdout, new RegExp(`^${partial}panic: test timed out after 1s\n`));
  assert.match(lock.stdout, /example\.com\/kernels\.\(\*Cache\)\.refresh\(\.\.\.\)\n\t\S+\/k\.go:24 \+0x0\n/);
  const sum = await gortTest("kernels", ["-run", "Sum"]);
  assert.equal(sum.exit, 1);
  assert.match(sum.stdout, /--- FAIL: TestSum \(\d\.\d\ds\)\n {4}k_test\.go:14: Sum = \d+, want 14\n/);
  // The missed signal needs the new goroutine to run before the waiter's next steps, which
  // neither real Go (300 of 300 runs pass) nor gort's default schedules do (a thief sleeps
  // 3 µs before taking a running P's runnext): exploration finds it.
  const cond = await gortTest("kernels", ["-run", "Once", "-timeout", "1s", "--explore", "pct:3", "--budget", "20"]);
  assert.match(cond.stdout, new RegExp(`^${partial}panic: test timed out after 1s\n`));
  assert.match(cond.stdout, /\n--- explore pct:3: run \d+ failed: exit 2 {2}panic: test timed out after 1s/);
  assert.match(cond.stdout, /sync\.\(\*Cond\)\.Wait\(\.\.\.\)\n\t\S+cond\.go:\d+ \+0x0\nexample\.com\/kernels\.Once\(\)\n/);
});

test("gort test -bench: go test's result lines, b.N grown in simulated time, the same on every run", async () => {
  const args = ["-run", "XXX", "-bench", ".", "-benchmem"];
  const a = await gortTest("bench", args);
  // Line by line as go test 1.19 prints them (its format: benchmark.go's processBench and
  // BenchmarkResult.String), the names padded to one column.
  const lines = a.stdout.split("\n");
  assert.deepEqual(lines.slice(0, 3), ["goos: linux", "goarch: amd64", "pkg: example.com/bench"]);
  const result = (name: string, rest: string): RegExp => new RegExp(`^${name}-2 +\\t *\\d+\\t *\\d+(?:\\.\\d+)? ns/op${rest}$`, "m");
  assert.match(a.stdout, result("BenchmarkFib", "\\t +0 B/op\\t +0 allocs/op"));
  // One 16-byte string per Join, as in Go.
  assert.match(a.stdout, result("BenchmarkJoin", "\\t +16 B/op\\t +1 allocs/op"));
  assert.match(a.stdout, result("BenchmarkSizes/nnnn", "\\t +\\d+\\.\\d\\d MB/s\\t +\\d+ B/op\\t +\\d+ allocs/op"));
  assert.match(a.stdout, result("BenchmarkSetup", "\\t +499\\.5 avg\\t +0 B/op\\t +0 allocs/op"));
  assert.match(a.stdout, result("BenchmarkParallel", "\\t +0 B/op\\t +0 allocs/op"));
  assert.match(a.stdout, /^BenchmarkFails-2 +\t--- FAIL: BenchmarkFails-2\n {4}b_test\.go:81: too many: \d+\nFAIL\nexit status 1\nFAIL\texample\.com\/bench\t\d+\.\d{3}s\n$/m);
  assert.equal(a.exit, 1);
  // Every column is at one width: the longest name's.
  const tabs = new Set(lines.filter((l) => /^Benchmark\S+ +\t *\d/.test(l)).map((l) => l.indexOf("\t")));
  assert.ok(tabs.size <= 2, [...tabs].join(",")); // Go widens the column once a longer name shows
  const b = await gortTest("bench", args);
  assert.equal(b.stdout, a.stdout);
  // -benchtime Nx runs each benchmark N times exactly; -v names each one first.
  const x = await gortTest("bench", ["-run", "XXX", "-bench", "Fib|Sizes", "-benchtime", "100x", "-v"]);
  assert.match(x.stdout, /^BenchmarkFib\nBenchmarkFib-2 +\t *100\t/m);
  assert.match(x.stdout, /^BenchmarkSizes\nBenchmarkSizes\/nnnn\nBenchmarkSizes\/nnnn-2 +\t *100\t/m);
  assert.equal(x.exit, 0);
  // With -v a benchmark's log goes out at once, under its name (Go's logDepth), not in a
  // --- BENCH block after its result.
  const v = await gortTest("bench", ["-run", "XXX", "-bench", "Logs", "-benchtime", "100x", "-v"]);
  assert.match(v.stdout, /^BenchmarkLogs\n {4}b_test\.go:\d+: first round\nBenchmarkLogs-2 +\t *100\t/m);
  assert.doesNotMatch(v.stdout, /--- BENCH/);
});

test("gort test takes gort's flags after the package too, as go test takes its own", async () => {
  const r = await gortTest("racy", [".", "-race"]);
  assert.equal(r.exit, 1);
  assert.match(r.stdout, /race detected during execution of test/);
});
