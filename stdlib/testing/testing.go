// Package testing is gort's testing: Go 1.19's T, its test runner and the output go test
// prints, for `gort test` (src/cli/test.ts generates the main that calls MainStart).
//
// Models Go 1.19's testing/testing.go: each test runs in its own goroutine (tRunner), FailNow
// and SkipNow end it with runtime.Goexit, subtests run from T.Run and report to their parent,
// whose output indents theirs by four spaces, parallel tests wait for their parent's function to
// return and then run together, cleanups run last-in first-out. Log lines are decorated with
// the caller's file:line, skipping t.Helper functions. With -test.v, `=== RUN` and the log lines
// are printed as they happen; otherwise only failing tests print, after they end.
//
// Examples (runExample): run after the tests, their stdout kept and compared with the output
// comment.
//
// Benchmarks: benchmark.go, after the examples, with -test.bench.
//
// Simplifications: durations, -test.timeout and benchmarks are simulated time; the flags are
// read from os.Args directly.
package testing

import (
	"errors"
	"flag"
	"fmt"
	"math/rand"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode"
)

// InternalTest is a test the generated main hands to MainStart.
type InternalTest struct {
	Name string
	F    func(*T)
}

// TB is the interface common to T and B.
type TB interface {
	Cleanup(func())
	Error(args ...any)
	Errorf(format string, args ...any)
	Fail()
	FailNow()
	Failed() bool
	Fatal(args ...any)
	Fatalf(format string, args ...any)
	Helper()
	Log(args ...any)
	Logf(format string, args ...any)
	Name() string
	Setenv(key, value string)
	Skip(args ...any)
	SkipNow()
	Skipf(format string, args ...any)
	Skipped() bool
	TempDir() string
}

// common holds what T shares with Go's B. mu guards its output and state as Go's does, where
// Go's takes it: the race detector sees the happens-before edges Go's locks make between a
// test's goroutines, and the runtime's own race hooks (growslice of an append to output) see
// no race that Go's locks prevent.
type common struct {
	mu       sync.RWMutex
	output   []byte
	name     string
	parent   *common
	level    int
	chatty   bool
	failed   bool
	skipped  bool
	finished bool // FailNow or SkipNow called, or the function returned
	done     bool // the test and its subtests have ended and reported
	cleanups []func()
	cleanupSite string // while a cleanup runs: where Cleanup was called ("file.go:line")
	// tempDir: the test's temporary directory (TempDir's first call makes it), its error, and
	// how many subdirectories TempDir has handed out.
	tempDir    string
	tempDirErr error
	tempDirSeq int
	helpers    string // "\n"-separated names of the functions that called Helper
	start      time.Time
	duration   time.Duration
	signal     chan bool // a subtest tells its parent it ended or paused (Parallel)
	barrier    chan bool // closed when the test's function has returned: its paused parallel subtests go on
	subs       []*T
	subNames   map[string]int // how often each subtest name was used (Go's matcher.unique)
	runFlags   *runFlags
	bench      bool // a benchmark: its log is kept and printed after its result, -test.v or not
	hasSub     bool // Run was called (for a benchmark: it is not measured itself)
	ran        bool // a test without subtests ended here or below (Go's setRan)
}

// setRan marks c and its parents as having run a test (go test's "no tests to run" otherwise).
func (c *common) setRan() {
	if c.parent != nil {
		c.parent.setRan()
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.ran = true
}

// appendOutput adds s to the test's kept output, under its lock.
func (c *common) appendOutput(s string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.output = append(c.output, s...)
}

// chattyLast is the test whose name the -test.v output last showed (Go's chattyPrinter): a line
// of another test is preceded by "=== CONT  name".
var chattyLast string

// chattyMu guards chattyLast (Go's chattyPrinter.lastNameMu).
var chattyMu sync.Mutex

// chattyUpdate prints a line that names its test itself (=== RUN, --- PASS, ...).
func chattyUpdate(name, line string) {
	chattyMu.Lock()
	defer chattyMu.Unlock()
	chattyLast = name
	os.Stdout.WriteString(line)
}

// chattyPrint prints a line of test name's output.
func chattyPrint(name, line string) {
	chattyMu.Lock()
	defer chattyMu.Unlock()
	if chattyLast != name {
		os.Stdout.WriteString("=== CONT  " + name + "\n")
		chattyLast = name
	}
	os.Stdout.WriteString(line)
}

// T is a test's handle.
type T struct {
	common
	isParallel bool
	isEnvSet   bool   // Setenv was called: Parallel may not be
	ptest      *T     // the parent test (nil for a top-level test)
	fuzzing    bool   // an input of gort's fuzz driver: a panic is a failure (fuzz.go)
	site       string // a top-level test's "file.go:line", for the leak report
	next       *T     // the root's next top-level test, made by runTests: Run starts it
}

type runFlags struct {
	chatty bool
	short  bool
	run    [][]string // -test.run: alternatives (at "|" outside brackets), each split at "/"
	runSet bool
	// -test.bench (as run), -test.benchtime and -test.benchmem (benchmark.go).
	bench    [][]string
	benchSet bool
	// -test.fuzz: the fuzz test the driver fuzzes (fuzz.go).
	fuzz      string
	benchTime durationOrCount
	benchmem  bool
	// -test.failfast: no test starts after one failed (numFailed).
	failfast bool
	// -test.memprofile: the heap profile is wanted (gort's CLI writes it when the binary exits).
	memprofile bool
	numFailed  uint32 // atomic, as Go's
	// -test.parallel (GOMAXPROCS by default): Go's testContext, the running tests' slots.
	mu            sync.Mutex
	maxParallel   int
	running       int
	numWaiting    int
	startParallel chan bool
	count         int
	timeout       time.Duration
	deadline      time.Time
	// -test.cpu: the GOMAXPROCS values to run each test and benchmark with (the current one).
	cpuList []int
}

// Name returns the test's name: the top-level test's, then "/" and each subtest's.
func (c *common) Name() string { return c.name }

// Fail marks the test (and its parents) as failed; it goes on.
func (c *common) Fail() {
	if c.parent != nil {
		c.parent.Fail()
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.done {
		panic("Fail in goroutine after " + c.name + " has completed")
	}
	c.failed = true
}

// Failed reports whether the test failed.
func (c *common) Failed() bool {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.failed
}

// FailNow marks the test failed and stops it (runtime.Goexit: deferred calls run).
func (c *common) FailNow() {
	c.Fail()
	c.mu.Lock()
	c.finished = true
	c.mu.Unlock()
	runtime.Goexit()
}

// Skipped reports whether the test was skipped.
func (c *common) Skipped() bool {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.skipped
}

// SkipNow marks the test skipped and stops it.
func (c *common) SkipNow() {
	c.mu.Lock()
	c.skipped = true
	c.finished = true
	c.mu.Unlock()
	runtime.Goexit()
}

// Helper marks the calling function as a helper: its lines are not the ones logs name.
func (c *common) Helper() {
	c.mu.Lock()
	defer c.mu.Unlock()
	if name := "\n" + callerName() + "\n"; !strings.Contains(c.helpers, name) {
		c.helpers += name
	}
}


// Setenv calls os.Setenv(key, value) and uses Cleanup to restore the variable; it cannot be
// used in a parallel test (Go's panics, at Go's lines).
//gort:line 1287
func (t *T) Setenv(key, value string) {
	if t.isParallel {
		panic("testing: t.Setenv called after t.Parallel; cannot set environment variables in parallel tests")
	}

	t.isEnvSet = true

	t.common.Setenv(key, value)
}

// Setenv sets an environment variable for the test, restored by a cleanup.
func (c *common) Setenv(key, value string) {
	prev, ok := os.LookupEnv(key)
	os.Setenv(key, value)
	if ok {
		c.Cleanup(func() { os.Setenv(key, prev) })
	} else {
		c.Cleanup(func() { os.Unsetenv(key) })
	}
}

// TempDir returns a new temporary directory for the test, a numbered subdirectory of one
// directory per test (made under os.TempDir, named after the test) that Cleanup removes.
func (c *common) TempDir() string {
	nonExistent := c.tempDir == ""
	if !nonExistent {
		_, err := os.Stat(c.tempDir)
		nonExistent = os.IsNotExist(err)
		if err != nil && !nonExistent {
			c.Fatalf("TempDir: %v", err)
		}
	}
	if nonExistent {
		c.Helper()
		// Drop characters that would surprise os.MkdirTemp (separators, glob characters).
		mapper := func(r rune) rune {
			if r < 0x80 {
				const allowed = "!#$%&()+,-.=@^_{}~ "
				if '0' <= r && r <= '9' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' {
					return r
				}
				if strings.ContainsRune(allowed, r) {
					return r
				}
			} else if unicode.IsLetter(r) || unicode.IsNumber(r) {
				return r
			}
			return -1
		}
		pattern := strings.Map(mapper, c.Name())
		c.tempDir, c.tempDirErr = os.MkdirTemp("", pattern)
		if c.tempDirErr == nil {
			dir := c.tempDir
			c.Cleanup(func() {
				if err := os.RemoveAll(dir); err != nil {
					c.Errorf("TempDir RemoveAll cleanup: %v", err)
				}
			})
		}
	}
	if c.tempDirErr != nil {
		c.Fatalf("TempDir: %v", c.tempDirErr)
	}
	c.tempDirSeq++
	dir := fmt.Sprintf("%s%c%03d", c.tempDir, os.PathSeparator, c.tempDirSeq)
	if err := os.Mkdir(dir, 0777); err != nil {
		c.Fatalf("TempDir: %v", err)
	}
	return dir
}

// Log formats its arguments as fmt.Println does and records them in the test's log.
func (c *common) Log(args ...any) { c.log(fmt.Sprintln(args...)) }

// Logf formats its arguments as fmt.Printf does and records them in the test's log.
func (c *common) Logf(format string, args ...any) { c.log(fmt.Sprintf(format, args...)) }

// Error is Log then Fail.
func (c *common) Error(args ...any) {
	c.log(fmt.Sprintln(args...))
	c.Fail()
}

// Errorf is Logf then Fail.
func (c *common) Errorf(format string, args ...any) {
	c.log(fmt.Sprintf(format, args...))
	c.Fail()
}

// Fatal is Log then FailNow.
func (c *common) Fatal(args ...any) {
	c.log(fmt.Sprintln(args...))
	c.FailNow()
}

// Fatalf is Logf then FailNow.
func (c *common) Fatalf(format string, args ...any) {
	c.log(fmt.Sprintf(format, args...))
	c.FailNow()
}

// Skip is Log then SkipNow.
func (c *common) Skip(args ...any) {
	c.log(fmt.Sprintln(args...))
	c.SkipNow()
}

// Skipf is Logf then SkipNow.
func (c *common) Skipf(format string, args ...any) {
	c.log(fmt.Sprintf(format, args...))
	c.SkipNow()
}

// log decorates s with the caller's position and prints it (-test.v) or keeps it.
func (c *common) log(s string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.done {
		// The test has ended and reported: the line goes to the log of the nearest ancestor still
		// running, as Go's logDepth does (the root's is never printed), else testing panics.
		for p := c.parent; p != nil; p = p.parent {
			p.mu.Lock()
			defer p.mu.Unlock()
			if !p.done {
				p.output = append(p.output, p.decorate(s)...)
				return
			}
		}
		panic("Log in goroutine after " + c.name + " has completed: " + s)
	}
	line := c.decorate(s)
	if c.chatty {
		// Benchmarks print no === CONT: their lines go straight to stdout (Go's logDepth).
		if c.bench {
			os.Stdout.WriteString(line)
		} else {
			chattyPrint(c.name, line)
		}
		return
	}
	c.output = append(c.output, line...)
}

// decorate: four spaces, file:line of the first caller outside testing and the helpers, the
// text, each further line indented by eight spaces.
func (c *common) decorate(s string) string {
	site := callSite(c.helpers)
	if site == "???:1" && c.cleanupSite != "" {
		site = c.cleanupSite
	}
	return c.decorateAt(site, s)
}

func (c *common) decorateAt(site, s string) string {
	var b strings.Builder
	b.WriteString("    ")
	b.WriteString(site)
	b.WriteString(": ")
	lines := strings.Split(s, "\n")
	if l := len(lines); l > 1 && lines[l-1] == "" {
		lines = lines[:l-1]
	}
	for i, l := range lines {
		if i > 0 {
			b.WriteString("\n        ")
		}
		b.WriteString(l)
	}
	b.WriteByte('\n')
	return b.String()
}

// callSite is the innermost frame's "file.go:line" outside package testing and the helper
// functions named in helpers ("\n"-separated).
func callSite(helpers string) string

// callerName is the Go name of the function that called the function calling it.
func callerName() string

// leakGroup starts a leak group of the calling goroutine's own: the goroutines it creates, and
// theirs, belong to it (and a timer's func to its maker's). leaked lists, as goleak does, the
// group's goroutines that are still alive (other than the caller), or "".
func leakGroup() int
func leaked(group int) string
func leaking(group int) bool
func leakCheck() bool

// captureStdout starts keeping what the program writes to stdout; stopCapture ends it and
// returns what was written (the pipe runExample puts in place of os.Stdout).
func captureStdout()
func stopCapture() string

// raceErrors is the number of races the race detector has reported (0 without -race).
func raceErrors() int

// setPanicOnExit0 is Go's internal/testlog.SetPanicOnExit0: while it is on, os.Exit(0) panics.
func setPanicOnExit0(on bool)

// matchString reports whether the regular expression pat matches s (package regexp's engine;
// a pattern that does not compile matches nothing).
func matchString(pat, s string) bool

// Deadline reports when -test.timeout runs out (go test passes 10m0s), if it was given.
func (t *T) Deadline() (deadline time.Time, ok bool) {
	return t.runFlags.deadline, !t.runFlags.deadline.IsZero()
}

// Parallel signals that the test runs in parallel with its parallel siblings: it pauses until
// its parent's function returns.
//gort:line 1236
func (t *T) Parallel() {
	if t.isParallel {
		panic("testing: t.Parallel called multiple times")
	}
	if t.isEnvSet {
		panic("testing: t.Parallel called after t.Setenv; cannot set environment variables in parallel tests")
	}
	t.isParallel = true
	if t.fuzzing {
		return // T.Parallel has no effect while fuzzing (Go's F.Fuzz)
	}
	if t.chatty {
		chattyUpdate(t.name, "=== PAUSE "+t.name+"\n")
	}
	t.parent.signal <- true   // the parent's Run returns
	<-t.parent.barrier        // closed once the parent's function has returned
	t.runFlags.waitParallel() // at most -test.parallel parallel tests run at once
	if t.chatty {
		chattyUpdate(t.name, "=== CONT  "+t.name+"\n")
	}
	t.start = time.Now()
}

// unique is the full name of t's subtest sub, made unique as Go's matcher does: a name used
// before gets "#01", "#02"...; an empty one "#00".
func (t *T) unique(sub string) string {
	if t.subNames == nil {
		t.subNames = map[string]int{}
	}
	name := t.name + "/" + sub
	empty := sub == ""
	for {
		next, exists := t.subNames[name]
		if !empty && !exists {
			t.subNames[name] = 1
			return name
		}
		t.subNames[name] = next + 1
		name = fmt.Sprintf("%s#%02d", name, next)
		empty = false
	}
}

// rewrite makes a subtest's name as Go does: spaces become underscores.
// A space (Go's isSpace: ASCII and Unicode spaces, not the Z class) becomes '_', and a rune
// strconv.IsPrint rejects its quoted escape (\x00, \u200b), as Go 1.19's match.go rewrites.
func rewrite(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case isSpace(r):
			b.WriteByte('_')
		case !strconv.IsPrint(r):
			q := strconv.QuoteRune(r)
			b.WriteString(q[1 : len(q)-1])
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func isSpace(r rune) bool {
	if r < 0x2000 {
		switch r {
		case '\t', '\n', '\v', '\f', '\r', ' ', 0x85, 0xA0, 0x1680:
			return true
		}
		return false
	}
	if r <= 0x200a {
		return true
	}
	switch r {
	case 0x2028, 0x2029, 0x202f, 0x205f, 0x3000:
		return true
	}
	return false
}

var errNilPanicOrGoexit = errors.New("test executed panic(nil) or runtime.Goexit")

// runParallelSubs lets c's paused parallel subtests among ts go on (Go's tRunner closes the
// barrier they wait at), giving c's parallel slot up meanwhile, and waits for them to end (each
// reports on c.signal). It reports whether there were any.
func runParallelSubs(c *common, ts []*T) bool {
	n := 0
	for _, s := range ts {
		if s.isParallel {
			n++
		}
	}
	if n == 0 {
		return false
	}
	c.runFlags.release()
	close(c.barrier)
	for ; n > 0; n-- {
		<-c.signal
	}
	return true
}

// settleSlot ends a test's hold on a parallel slot: a sequential test that gave its slot up to
// its parallel subtests takes one back; a parallel test without them gives its own up.
func settleSlot(c *common, isParallel, hadSubs bool) {
	if hadSubs && !isParallel {
		c.runFlags.waitParallel()
	} else if !hadSubs && isParallel {
		c.runFlags.release()
	}
}

// waitParallel takes a slot for a parallel test, waiting for one if -test.parallel are taken
// (Go's testContext.waitParallel).
func (f *runFlags) waitParallel() {
	f.mu.Lock()
	if f.running < f.maxParallel {
		f.running++
		f.mu.Unlock()
		return
	}
	f.numWaiting++
	f.mu.Unlock()
	<-f.startParallel
}

// release gives a slot up: to a waiting test, if any (testContext.release).
func (f *runFlags) release() {
	f.mu.Lock()
	if f.numWaiting == 0 {
		f.running--
		f.mu.Unlock()
		return
	}
	f.numWaiting--
	f.mu.Unlock()
	f.startParallel <- true
}

// checkLeaks fails a top-level test that leaves goroutines behind (gort's goleak): those it
// started that are still alive once it and its subtests have ended. As goleak does, it first
// gives them time to end: up to 20 retries, sleeping 1 µs, 2 µs, 4 µs... (about 1 s simulated).
// go test has no such wait: the test counts as done meanwhile, and waited (the wait's length)
// is not part of its duration.
func (t *T) checkLeaks(group int) (waited time.Duration) {
	start := time.Now()
	wait := time.Microsecond
	t.done = true // meanwhile, as after the report: a line its goroutines log goes to its parent
	for i := 0; i < 20 && leaking(group); i++ {
		time.Sleep(wait)
		wait *= 2
	}
	t.done = false
	waited = time.Since(start)
	if s := leaked(group); s != "" {
		t.appendOutput(t.decorateAt(t.site, "found unexpected goroutines:\n"+s))
		t.Fail()
	}
	return waited
}

// report prints "--- FAIL: name (d)" and the test's output into its parent (indented) or to
// stdout for a top-level test; a passing or skipped test only with -test.v.
// A subtest's goes into its parent's output under both locks, as Go's flushToParent.
func (t *common) report() {
	status := ""
	switch {
	case t.Failed():
		status = "FAIL"
	case !t.chatty:
		return
	case t.Skipped():
		status = "SKIP"
	default:
		status = "PASS"
	}
	if t.level > 0 {
		t.parent.mu.Lock()
		defer t.parent.mu.Unlock()
	}
	t.mu.Lock()
	text := "--- " + status + ": " + t.name + " (" + fmtDuration(t.duration) + ")\n" + string(t.output)
	t.output = nil
	t.mu.Unlock()
	if t.level == 0 {
		if t.chatty {
			chattyUpdate(t.name, text)
		} else {
			os.Stdout.WriteString(text)
		}
		return
	}
	t.parent.output = append(t.parent.output, indent(text)...)
}

// indent prefixes every line of s with four spaces (Go's indenter).
func indent(s string) string {
	lines := strings.SplitAfter(s, "\n")
	var b strings.Builder
	for _, l := range lines {
		if l == "" {
			continue
		}
		b.WriteString("    ")
		b.WriteString(l)
	}
	return b.String()
}

// shouldFailFast: -test.failfast and some test has failed.
func (f *runFlags) shouldFailFast() bool { return f.failfast && atomic.LoadUint32(&f.numFailed) > 0 }

// matches reports whether the test name should run under -test.run.
func (f *runFlags) matches(name string, level int) bool {
	if !f.runSet {
		return true
	}
	ok, _ := alternationMatch(f.run, name)
	return ok
}

// benchMatches reports whether -test.bench selects the benchmark name, and whether only its
// sub-benchmarks (the pattern has more levels than the name).
func (f *runFlags) benchMatches(name string, level int) (ok, partial bool) {
	return alternationMatch(f.bench, name)
}

// alternationMatch: some alternative matches each element of name, as far as the alternative
// has levels; partial when that alternative has more levels than the name (Go's match.go).
func alternationMatch(alts [][]string, name string) (ok, partial bool) {
	elems := strings.Split(name, "/")
	for _, alt := range alts {
		ok := true
		for i, e := range elems {
			if i >= len(alt) {
				break
			}
			if !matchString(alt[i], e) {
				ok = false
				break
			}
		}
		if ok {
			return true, len(elems) < len(alt)
		}
	}
	return false, false
}

// verifyPattern rewrites each element of a split pattern as subtest names are rewritten, and
// ends the test binary if one does not compile, with Go's message (match.go's verify):
// "testing: invalid regexp for [alternation A of ]element E of NAME ("PAT"): ERROR".
func verifyPattern(alts [][]string, name string) {
	for a, alt := range alts {
		for i, s := range alt {
			alt[i] = rewrite(s)
			if e := regexpError(alt[i]); e != "" {
				msg := fmt.Sprintf("element %d of %s (%q): %s", i, name, alt[i], e)
				if len(alts) > 1 {
					msg = fmt.Sprintf("alternation %d of %s", a, msg)
				}
				fmt.Fprintf(os.Stderr, "testing: invalid regexp for %s\n", msg)
				os.Exit(1)
			}
		}
	}
}

// regexpError is regexp.Compile(pat)'s error text, or "".
func regexpError(pat string) string

// splitRegexp splits a -test.run pattern as Go's testing does: at "|" into alternatives and at
// "/" into levels, outside brackets and parentheses.
func splitRegexp(s string) [][]string {
	var alts [][]string
	var cur []string
	cs, cp := 0, 0
	for i := 0; i < len(s); {
		switch s[i] {
		case '[':
			cs++
		case ']':
			if cs--; cs < 0 {
				cs = 0
			}
		case '(':
			if cs == 0 {
				cp++
			}
		case ')':
			if cs == 0 {
				cp--
			}
		case '\\':
			i++
		case '/', '|':
			if cs == 0 && cp == 0 {
				cur = append(cur, s[:i])
				if s[i] == '|' {
					alts = append(alts, cur)
					cur = nil
				}
				s = s[i+1:]
				i = 0
				continue
			}
		}
		i++
	}
	return append(alts, append(cur, s))
}

// The testing flags, registered on flag.CommandLine by Init with Go's names, defaults and usage
// texts (a test binary's usage message lists them), and read by parseFlags once M.Run has
// parsed the command line, with the package's own flags.
var (
	initRan              bool
	short                *bool
	failFast             *bool
	outputDir            *string
	chatty               *bool
	count                *uint
	coverProfile         *string
	matchList            *string
	match                *string
	memProfile           *string
	memProfileRate       *int
	cpuProfile           *string
	blockProfile         *string
	blockProfileRate     *int
	mutexProfile         *string
	mutexProfileFraction *int
	panicOnExit0         *bool
	traceFile            *string
	timeout              *time.Duration
	cpuListStr           *string
	parallel             *int
	testlog              *string
	shuffle              *string

	matchBenchmarks  *string
	benchmarkMemory  *bool
	benchTime        = durationOrCountFlag{d: 1 * time.Second}
	matchFuzz        *string
	fuzzDuration     durationOrCountFlag
	minimizeDuration = durationOrCountFlag{d: 60 * time.Second, allowZero: true}
	fuzzCacheDir     *string
	isFuzzWorker     *bool
)

// Init registers the testing flags, as Go's does; the test binary's main calls it (MainStart),
// and so may a program that uses package testing outside go test.
func Init() {
	if initRan {
		return
	}
	initRan = true
	short = flag.Bool("test.short", false, "run smaller test suite to save time")
	failFast = flag.Bool("test.failfast", false, "do not start new tests after the first test failure")
	outputDir = flag.String("test.outputdir", "", "write profiles to `dir`")
	chatty = flag.Bool("test.v", false, "verbose: print additional output")
	count = flag.Uint("test.count", 1, "run tests and benchmarks `n` times")
	coverProfile = flag.String("test.coverprofile", "", "write a coverage profile to `file`")
	matchList = flag.String("test.list", "", "list tests, examples, and benchmarks matching `regexp` then exit")
	match = flag.String("test.run", "", "run only tests and examples matching `regexp`")
	memProfile = flag.String("test.memprofile", "", "write an allocation profile to `file`")
	memProfileRate = flag.Int("test.memprofilerate", 0, "set memory allocation profiling `rate` (see runtime.MemProfileRate)")
	cpuProfile = flag.String("test.cpuprofile", "", "write a cpu profile to `file`")
	blockProfile = flag.String("test.blockprofile", "", "write a goroutine blocking profile to `file`")
	blockProfileRate = flag.Int("test.blockprofilerate", 1, "set blocking profile `rate` (see runtime.SetBlockProfileRate)")
	mutexProfile = flag.String("test.mutexprofile", "", "write a mutex contention profile to the named file after execution")
	mutexProfileFraction = flag.Int("test.mutexprofilefraction", 1, "if >= 0, calls runtime.SetMutexProfileFraction()")
	panicOnExit0 = flag.Bool("test.paniconexit0", false, "panic on call to os.Exit(0)")
	traceFile = flag.String("test.trace", "", "write an execution trace to `file`")
	timeout = flag.Duration("test.timeout", 0, "panic test binary after duration `d` (default 0, timeout disabled)")
	cpuListStr = flag.String("test.cpu", "", "comma-separated `list` of cpu counts to run each test with")
	parallel = flag.Int("test.parallel", runtime.GOMAXPROCS(0), "run at most `n` tests in parallel")
	testlog = flag.String("test.testlogfile", "", "write test action log to `file` (for use only by cmd/go)")
	shuffle = flag.String("test.shuffle", "off", "randomize the execution order of tests and benchmarks")

	matchBenchmarks = flag.String("test.bench", "", "run only benchmarks matching `regexp`")
	benchmarkMemory = flag.Bool("test.benchmem", false, "print memory allocations for benchmarks")
	flag.Var(&benchTime, "test.benchtime", "run each benchmark for duration `d`")

	matchFuzz = flag.String("test.fuzz", "", "run the fuzz test matching `regexp`")
	flag.Var(&fuzzDuration, "test.fuzztime", "time to spend fuzzing; default is to run indefinitely")
	flag.Var(&minimizeDuration, "test.fuzzminimizetime", "time to spend minimizing a value after finding a failing input")
	fuzzCacheDir = flag.String("test.fuzzcachedir", "", "directory where interesting fuzzing inputs are stored (for use only by cmd/go)")
	isFuzzWorker = flag.Bool("test.fuzzworker", false, "coordinate with the parent process to fuzz random values (for use only by cmd/go)")
}

// flagSet reports whether the command line set the flag named name.
func flagSet(name string) bool {
	set := false
	flag.Visit(func(f *flag.Flag) {
		if f.Name == name {
			set = true
		}
	})
	return set
}

// parseFlags reads go test's flags from their variables, once M.Run has parsed them.
func parseFlags() *runFlags {
	f := &runFlags{
		count: int(*count), chatty: *chatty, short: *short, failfast: *failFast, benchmem: *benchmarkMemory,
		fuzz: *matchFuzz, memprofile: *memProfile != "", timeout: *timeout, benchTime: benchTimeValue(),
	}
	if flagSet("test.run") {
		f.runSet = true
		f.run = splitRegexp(*match)
	}
	f.benchSet = *matchBenchmarks != ""
	f.bench = splitRegexp(*matchBenchmarks)
	if *cpuListStr != "" {
		f.cpuList = parseCpuList(*cpuListStr)
	} else {
		f.cpuList = []int{runtime.GOMAXPROCS(-1)}
	}
	if f.timeout > 0 {
		f.deadline = time.Now().Add(f.timeout)
	}
	f.maxParallel = *parallel
	f.running = 1 // the sequential tests (newTestContext)
	f.startParallel = make(chan bool)
	return f
}

// benchTimeValue is -test.benchtime, or gort's default (defaultBenchTime) when it is not given.
func benchTimeValue() durationOrCount {
	if !initRan || !flagSet("test.benchtime") {
		return durationOrCount{d: defaultBenchTime}
	}
	return durationOrCount{d: benchTime.d, n: benchTime.n}
}

// parseCpuList reads -test.cpu's comma-separated GOMAXPROCS values, as Go's parseCpuList does.
func parseCpuList(list string) []int {
	var cpus []int
	for _, val := range strings.Split(list, ",") {
		val = strings.TrimSpace(val)
		if val == "" {
			continue
		}
		cpu, err := strconv.Atoi(val)
		if err != nil || cpu <= 0 {
			fmt.Fprintf(os.Stderr, "testing: invalid value %q for -test.cpu\n", val)
			os.Exit(1)
		}
		cpus = append(cpus, cpu)
	}
	return cpus
}

// InternalExample is an ExampleXxx function with its output comment.
type InternalExample struct {
	Name      string
	F         func()
	Output    string
	Unordered bool
}

// runExample runs one example in the calling goroutine, as Go's runExample does: its stdout
// is kept and compared (processRunResult).
func runExample(eg InternalExample, chatty bool) (ok bool) {
	if chatty {
		chattyUpdate(eg.Name, "=== RUN   "+eg.Name+"\n")
	}
	start := time.Now()
	captureStdout()
	finished := false
	defer func() {
		timeSpent := time.Since(start)
		out := stopCapture()
		err := recover()
		ok = eg.processRunResult(out, timeSpent, finished, err, chatty)
	}()
	eg.F()
	finished = true
	return
}

// processRunResult reports an example's result, as Go's does: its output trimmed of spaces is
// compared with the comment's (line by line sorted for "Unordered output:", whose failure shows
// both untrimmed); a panic fails it without showing the output and goes on, and so does a
// runtime.Goexit or panic(nil), as errNilPanicOrGoexit.
func (eg *InternalExample) processRunResult(stdout string, timeSpent time.Duration, finished bool, recovered any, chatty bool) (passed bool) {
	passed = true
	dstr := fmtDuration(timeSpent)
	var fail string
	got := strings.TrimSpace(stdout)
	want := strings.TrimSpace(eg.Output)
	if eg.Unordered {
		if sortLines(got) != sortLines(want) && recovered == nil {
			fail = fmt.Sprintf("got:\n%s\nwant (unordered):\n%s\n", stdout, eg.Output)
		}
	} else {
		if got != want && recovered == nil {
			fail = fmt.Sprintf("got:\n%s\nwant:\n%s\n", got, want)
		}
	}
	if fail != "" || !finished || recovered != nil {
		fmt.Printf("--- FAIL: %s (%s)\n%s", eg.Name, dstr, fail)
		passed = false
	} else if chatty {
		chattyUpdate(eg.Name, "--- PASS: "+eg.Name+" ("+dstr+")\n")
	}
	if recovered != nil {
		panic(recovered)
	}
	if !finished && recovered == nil {
		panic(errNilPanicOrGoexit)
	}
	return
}

// fmtDuration prints d as go test does; a duration read across goroutines' clocks that came
// out below zero is zero.
func fmtDuration(d time.Duration) string {
	if d < 0 {
		d = 0
	}
	return fmt.Sprintf("%.2fs", d.Seconds())
}

// sortLines sorts the lines of s (an insertion sort: examples print a few lines).
func sortLines(s string) string {
	lines := strings.Split(s, "\n")
	for i := 1; i < len(lines); i++ {
		for j := i; j > 0 && lines[j] < lines[j-1]; j-- {
			lines[j], lines[j-1] = lines[j-1], lines[j]
		}
	}
	return strings.Join(lines, "\n")
}

// M is what TestMain receives: Run runs the tests and examples.
type M struct {
	tests       []InternalTest
	sites       []string
	examples    []InternalExample
	benchmarks  []InternalBenchmark
	fuzzTargets []InternalFuzzTarget
	importPath  string
	exitCode    int
}

// MainStart is the test binary's main (called by the main gort test generates): the tests (each
// -test.count times), the examples and the benchmarks run from m.Run, directly or from the
// package's TestMain; the process then exits with m.Run's code, as Go's generated main does
// (also when TestMain returns without calling os.Exit). sites are the tests' "file.go:line" (the
// leak report); importPath is the package's (the benchmarks' "pkg:" line).
func MainStart(importPath string, tests []InternalTest, sites []string, examples []InternalExample, benchmarks []InternalBenchmark, fuzzTargets []InternalFuzzTarget) *M {
	Init()
	return &M{tests: tests, sites: sites, examples: examples, benchmarks: benchmarks, fuzzTargets: fuzzTargets, importPath: importPath}
}

// flags are the test binary's flags, read once (parseFlags) after M.Run has parsed them.
var flags *runFlags

func testFlags() *runFlags {
	if flags == nil {
		flags = parseFlags()
	}
	return flags
}

// Short reports whether -test.short is set; called before Init or before the flags are parsed
// (a package variable's initializer, TestMain before flag.Parse), it panics as Go's does.
func Short() bool {
	if short == nil {
		panic("testing: Short called before Init")
	}
	if !flag.Parsed() {
		panic("testing: Short called before Parse")
	}
	return *short
}

// Verbose reports whether -test.v is set (and panics as Short does).
func Verbose() bool {
	if chatty == nil {
		panic("testing: Verbose called before Init")
	}
	if !flag.Parsed() {
		panic("testing: Verbose called before Parse")
	}
	return *chatty
}

// CoverMode is the -test.covermode, "" without coverage (gort has none).
func CoverMode() string { return "" }

// Coverage is the statement coverage so far: 0 without coverage (gort has none).
func Coverage() float64 { return 0 }

// listTests prints the names -test.list matches: tests, benchmarks, fuzz tests, then the
// examples that have an output comment (Go's listTests).
func listTests(m *M) {
	if e := regexpError(*matchList); e != "" {
		fmt.Fprintf(os.Stderr, "testing: invalid regexp in -test.list (%q): %s\n", *matchList, e)
		os.Exit(1)
	}
	for _, test := range m.tests {
		if matchString(*matchList, test.Name) {
			fmt.Println(test.Name)
		}
	}
	for _, bench := range m.benchmarks {
		if matchString(*matchList, bench.Name) {
			fmt.Println(bench.Name)
		}
	}
	for _, ft := range m.fuzzTargets {
		if matchString(*matchList, ft.Name) {
			fmt.Println(ft.Name)
		}
	}
	for _, eg := range m.examples {
		if matchString(*matchList, eg.Name) && eg.Output != "" {
			fmt.Println(eg.Name)
		}
	}
}

// Run runs the tests and the examples, prints PASS or FAIL, and returns the exit code.
func (m *M) Run() int {
	tests, sites, examples := m.tests, m.sites, m.examples
	// TestMain may have parsed the flags already.
	if !flag.Parsed() {
		flag.Parse()
	}
	if *parallel < 1 {
		fmt.Fprintln(os.Stderr, "testing: -parallel can only be given a positive integer")
		flag.Usage()
		return 2
	}
	if *matchList != "" {
		listTests(m)
		return 0
	}
	// -test.shuffle, as Go's: the tests (with their sites) and the benchmarks in a seeded order.
	if *shuffle != "off" {
		var n int64
		var err error
		if *shuffle == "on" {
			n = time.Now().UnixNano()
		} else {
			n, err = strconv.ParseInt(*shuffle, 10, 64)
			if err != nil {
				fmt.Fprintln(os.Stderr, `testing: -shuffle should be "off", "on", or a valid integer:`, err)
				m.exitCode = 2
				return 2
			}
		}
		fmt.Println("-test.shuffle", n)
		rng := rand.New(rand.NewSource(n))
		rng.Shuffle(len(tests), func(i, j int) { tests[i], tests[j] = tests[j], tests[i]; sites[i], sites[j] = sites[j], sites[i] })
		rng.Shuffle(len(m.benchmarks), func(i, j int) { m.benchmarks[i], m.benchmarks[j] = m.benchmarks[j], m.benchmarks[i] })
	}
	flags := testFlags()
	if fuzzMode() != fuzzSeedOnly {
		// gort's fuzz driver: only the fuzz test it fuzzes runs (fuzz.go).
		tests, examples = nil, nil
		flags.count = 1
	}
	// -test.timeout (go test passes 10m0s): in simulated time, so a test that hangs ends at once
	// with Go's panic and every goroutine's stack (startAlarm).
	// The alarm stops before the benchmarks, as Go's stopAlarm does.
	var alarm *time.Timer
	if flags.timeout > 0 {
		alarm = m.startAlarm(flags.timeout)
		defer alarm.Stop()
	}
	// The -test.run pattern is checked before anything runs (Go's newMatcher: a bad one ends
	// the binary with exit status 1).
	if flags.runSet {
		verifyPattern(flags.run, "-test.run")
	}
	// go test passes -test.paniconexit0: until Run returns, os.Exit(0) panics (M.before/after).
	setPanicOnExit0(true)
	defer setPanicOnExit0(false)
	// The tests, each -test.cpu value in turn, -test.count rounds each (at Go's line).
//gort:line 1726
	ran, failed := runTests(flags, tests, sites)
	// The fuzz tests' seed corpus runs once, after the tests (Go's runFuzzTests).
	fran, ffailed := runFuzzTests(flags, m.fuzzTargets, flags.fuzz)
	failed = failed || ffailed
	ran = ran || fran
	// The examples run once whatever -count says (Go's runExamples has no rounds).
	for _, eg := range examples {
		if !flags.matches(eg.Name, 0) {
			continue
		}
		ran = true
		if !runExample(eg, flags.chatty) {
			failed = true
		}
	}
	if alarm != nil {
		alarm.Stop()
	}
	if !ran && !flags.benchSet && flags.fuzz == "" {
		os.Stderr.WriteString("testing: warning: no tests to run\n")
	}
	// Go's M.Run runs the benchmarks only if the tests and examples passed.
	if !failed && fuzzMode() == fuzzSeedOnly && !runBenchmarks(m.importPath, flags, m.benchmarks) {
		failed = true
	}
	defer flags.after()
	if failed {
		fmt.Print("FAIL\n")
		m.exitCode = 1
		return 1
	}
	fmt.Print("PASS\n")
	m.exitCode = 0
	return 0
}

// runTests runs the top-level tests, each -test.cpu value in turn, -test.count rounds each,
// as Go's runTests: a round's root test runs them in tRunner, from a function that starts
// each through the root's Run (Go's lines: the tRunner call at 1844, Run at 1846), so that
// goroutine 1's stack meanwhile is Go's. Reports whether a test ran and whether one failed.
//gort:line 1821
func runTests(flags *runFlags, tests []InternalTest, sites []string) (ran, failed bool) {
	for _, procs := range flags.cpuList {
		runtime.GOMAXPROCS(procs)
		for n := 0; n < flags.count; n++ {
			// A root per round, as Go's runTests has: its barrier closes once.
			root := &T{common: common{signal: make(chan bool), barrier: make(chan bool), chatty: flags.chatty, runFlags: flags, level: -1}}
			rootRaces := raceErrors()
			var parallel []*T
			var sub *T
//gort:line 1844
			tRunner(root, func(t *T) {
				for i := nextTest(t, tests, sites, 0, &sub); i < len(tests); i = nextTest(t, tests, sites, i+1, &sub) {
					t.Run(tests[i].Name, tests[i].F) // it ended, or paused in Parallel
					if sub.isParallel {
						parallel = append(parallel, sub)
					}
				}
			})
			// The parallel tests go on once every sequential one has run, as under Go's runTests.
			settleSlot(&root.common, false, runParallelSubs(&root.common, parallel))
			// The root test's own tRunner sees the round's races too; with -v its Errorf line is
			// printed (under the root's empty name), though a root reports nothing else.
			if flags.chatty && raceErrors() > rootRaces {
				chattyPrint("", root.decorateAt("testing.go:1319", "race detected during execution of test"))
				root.failed = true
			}
			failed = failed || root.failed
			ran = ran || root.ran
		}
	}
	return ran, failed
}

// nextTest readies the first test from index i on that -test.run selects, as root's next
// (T.Run then runs it rather than a subtest) and *sub, and returns its index: len(tests) when
// none is left or -failfast stops the round.
func nextTest(root *T, tests []InternalTest, sites []string, i int, sub **T) int {
	flags := root.runFlags
	for ; i < len(tests); i++ {
		t := &T{common: common{
			name: tests[i].Name, parent: &root.common, chatty: flags.chatty,
			barrier: make(chan bool), signal: make(chan bool), runFlags: flags,
		}, site: sites[i]}
		if !flags.matches(t.name, 0) {
			continue
		}
		if flags.shouldFailFast() {
			return len(tests)
		}
		root.next = t
		*sub = t
		return i
	}
	return i
}

// after is Go's M.after: its writeProfiles runs a collection before it writes the heap profile
// ("materialize all statistics"). gort's CLI writes the profile when the binary exits, as of
// that last collection.
func (f *runFlags) after() {
	if f.memprofile {
		runtime.GC()
	}
}

// The goroutine of a test: tRunner and Run come last in the file (then startAlarm), their
// lines put at Go's by //gort:line directives (frontend/parse-ctx.ts), so that a panicking
// test's traceback names Go 1.19's testing.go lines: tRunner.func1.2 (doPanic's panic) at 1396, tRunner.func1 at
// 1399, tRunner at 1446 (its call of the test), created by testing.(*T).Run at 1493. The
// closures come in Go's order (func1.1 the deferred signal, func1.2 doPanic).

// Cleanup and runCleanup sit here, before tRunner: their Go lines (1019, 1180) are below
// tRunner's, and lines must keep increasing (frontend/parse-ctx.ts, line directives).

// Cleanup registers f to run when the test and its subtests end (last registered first). It
// runs wrapped as Go's (testing.(*common).Cleanup.func1 calls it at Go's line), and a log line
// of its that only helpers and package testing stand above is attributed to Cleanup's caller,
// as Go's frameSkip does with cleanupPc.
//gort:line 1019
func (c *common) Cleanup(f func()) {
	site := callSite(c.helpers)




	fn := func() {
		defer func() {
			c.cleanupSite = ""
		}()
		c.cleanupSite = site











//gort:line 1041
		f()
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.cleanups = append(c.cleanups, fn)
}

// panicHandling says whether runCleanup recovers a cleanup's panic (Go's).
type panicHandling int

const (
	normalPanic panicHandling = iota
	recoverAndReturnPanic
)

// runCleanup runs the cleanups, last registered first; one that panics does not stop the rest.
// With recoverAndReturnPanic, the panic is recovered and returned.
//gort:line 1180
func (c *common) runCleanup(ph panicHandling) (panicVal any) {
	if ph == recoverAndReturnPanic {
		defer func() {
			panicVal = recover()
		}()
	}

	// Make sure that if a cleanup function panics,
	// we still run the remaining cleanup functions.
	defer func() {
		c.mu.Lock()
		recur := len(c.cleanups) > 0
		c.mu.Unlock()
		if recur {
			c.runCleanup(normalPanic)
		}
	}()

	for {
		var cleanup func()
		c.mu.Lock()
		if len(c.cleanups) > 0 {
			last := len(c.cleanups) - 1
			cleanup = c.cleanups[last]
			c.cleanups = c.cleanups[:last]
		}
		c.mu.Unlock()
		if cleanup == nil {
			return nil
		}
//gort:line 1210
		cleanup()
	}
}

// tRunner runs one test: f, then (after its parallel subtests) its cleanups and its report.
// A round's root (runTests) only runs f, the function that runs the round's top-level tests:
// runTests does the rest, as before it had a tRunner frame.
func tRunner(t *T, f func(t *T)) {
	root := t.level < 0
	races := raceErrors()
	// A top-level test's goroutines, its subtests' and theirs make its leak group; the other
	// tests', parallel or not, do not.
	group := 0
	if t.level == 0 {
		group = leakGroup()
	}
	defer func() {
		if root {
			return
		}
		err := recover()
		signal := true
		if !t.finished && err == nil {
			// The function neither returned nor called FailNow or SkipNow: it called
			// runtime.Goexit, or panicked with nil (which recover cannot tell from no panic).
			err = errNilPanicOrGoexit
			for p := t.parent; p != nil; p = p.parent {
				if p.finished {
					// A parent's FailNow ran here: the parent's Run goes on with it (signal).
					line := t.decorateAt("testing.go:1343", fmt.Sprintf("%v: subtest may have called FailNow on a parent test", err))
					if t.chatty && !t.bench {
						chattyPrint(t.name, line)
					} else {
						t.appendOutput(line)
					}
					t.Fail()
					err = nil
					signal = false
					break
				}
			}
		}
		if err != nil && t.fuzzing {
			// Go's worker logs a panic of the fuzz target as the input's failure.
			t.Fail()
			t.appendOutput(t.decorateAt("testing.go:1356", fmt.Sprintf("panic: %v\n%s\n", err, debug.Stack())))
			err = nil
		}
		// As Go's: a deferred call tells the parent the test is done unless it panicked, and
		// doPanic reports the test and its ancestors and panics again.
		didPanic := false
		defer func() {
			if didPanic {
				return
			}
			if t.parent != nil {
				t.parent.signal <- signal
			}
		}()
		doPanic := func(err any) {
			didPanic = true
			// A panic: the test's cleanups run, then it and its ancestors fail and report, each
			// ancestor's cleanups after its child's report, then the panic goes on (printed by
			// Go as "panic: ... [recovered]").
			t.Fail()
			if r := t.runCleanup(recoverAndReturnPanic); r != nil {
				t.Logf("cleanup panicked with %v", r)
			}
			for c := t; c != nil; c = c.ptest {
				c.duration = time.Since(c.start)
				c.report()
				if p := c.ptest; p != nil {
					if r := p.runCleanup(recoverAndReturnPanic); r != nil {
						p.appendOutput(fmt.Sprintf("cleanup panicked with %v", r))
					}
				}
			}
			// A seed of a fuzz test: the F reports too (its parent is the F's common).
			top := t
			for top.ptest != nil {
				top = top.ptest
			}
			if top.level == 1 {
				top.parent.Fail()
				top.parent.duration = time.Since(top.parent.start)
				top.parent.report()
			}
//gort:line 1396
			panic(err)
		}
		if err != nil {
//gort:line 1399
			doPanic(err)
		}
		// Go's -race build fails a test during which the detector reported a race.
		if raceErrors() > races {
			// Errorf's line: printed at once with -v, else kept for the test's report.
			line := t.decorateAt("testing.go:1319", "race detected during execution of test")
			if t.chatty && !t.bench {
				chattyPrint(t.name, line)
			} else {
				t.appendOutput(line)
			}
			t.Fail()
		}
		t.mu.Lock()
		t.finished = true
		t.mu.Unlock()
		if t.Failed() {
			atomic.AddUint32(&t.runFlags.numFailed, 1) // as Go's tRunner counts, before the parallel subtests go on
		}
		// The parallel subtests run, then the cleanups; then the test's parallel slot goes back
		// (Go's tRunner and its runCleanup defer, in that order).
		subs := runParallelSubs(&t.common, t.subs)
		if subs {
			// Without parallel subtests the cleanups ran already (the deferred call below).
			if err := t.runCleanup(recoverAndReturnPanic); err != nil {
				doPanic(err)
			}
		}
		// The leak check's wait is gort's (go test has none): a line the test's goroutines log
		// meanwhile goes to its parent, as after its report, and its time is not the test's.
		var waited time.Duration
		if t.level == 0 && leakCheck() {
			waited = t.checkLeaks(group)
		}
		settleSlot(&t.common, t.isParallel && !t.fuzzing, subs)
		t.duration = time.Since(t.start) - waited
		t.report()
		t.done = true
		if t.parent != nil && !t.hasSub {
			t.setRan()
		}
	}()
//gort:line 1438
	defer func() {
		if !root && !hasParallelSubs(t.subs) {
			t.runCleanup(normalPanic)
		}
	}()
//gort:line 1446
	f(t)

	// Not reached when f calls FailNow, SkipNow or runtime.Goexit, or panics.

	t.finished = !root

}

// hasParallelSubs says whether any of ts called Parallel (Go's len(t.sub) > 0).
func hasParallelSubs(ts []*T) bool {
	for _, s := range ts {
		if s.isParallel {
			return true
		}
	}
	return false
}

// Run runs f as a subtest of t called name, in its own goroutine, and reports whether it
// passed (a parallel subtest: when it pauses, true). A round's root starts its next top-level
// test, which runTests has made (t.next), through Run too, as Go's runTests does.
func (t *T) Run(name string, f func(t *T)) bool {
	sub := t.next
	t.next = nil
	if sub == nil {
		t.hasSub = true
		sub = &T{common: common{
			name: t.unique(rewrite(name)), parent: &t.common, level: t.level + 1, chatty: t.chatty,
			barrier: make(chan bool), signal: make(chan bool), runFlags: t.runFlags,
		}, ptest: t}
		if !t.runFlags.matches(sub.name, sub.level) || t.runFlags.shouldFailFast() {
			return true
		}
		t.subs = append(t.subs, sub)
	}
	if sub.chatty {
		chattyUpdate(sub.name, "=== RUN   "+sub.name+"\n")
	}
	sub.start = time.Now()
//gort:line 1493
	go tRunner(sub, f)
	if !<-t.signal {
		// The subtest called t's FailNow (or an ancestor's): t stops too.
		runtime.Goexit()
	}
	return !sub.failed
}

// startAlarm starts -test.timeout's alarm; a timed-out test's traceback names its func at Go's
// line (testing.(*M).startAlarm.func1, testing.go:2036).
func (m *M) startAlarm(timeout time.Duration) *time.Timer {
	return time.AfterFunc(timeout, func() {
		debug.SetTraceback("all")
//gort:line 2036
		panic(fmt.Sprintf("test timed out after %v", timeout))
	})
}
