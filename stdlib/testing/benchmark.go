// Benchmarks: BenchmarkXxx functions, run after the tests and examples when -test.bench is
// given, as go test runs them.
//
// Models Go 1.19's testing/benchmark.go: run1 runs a benchmark once with b.N = 1 (a benchmark
// that calls b.Run is not measured itself: its sub-benchmarks are); launch then grows b.N as Go
// predicts it (the last rate, 1.2x more, at most 100x the last N, at most 1e9) until the timed
// part has run for -test.benchtime (gort's default 10ms: see defaultBenchTime) or, with
// "-test.benchtime Nx", runs N times.
// Results print as go test prints them: "BenchmarkX-4   \t  123456\t      9.87 ns/op", with
// B/op and allocs/op under -test.benchmem or b.ReportAllocs, MB/s after b.SetBytes, and the
// metrics of b.ReportMetric; each benchmark -test.count times.
//
// Time is simulated: a benchmark measures gort's cost model of the operations (docs/FIDELITY.md),
// not the host, and its result is a function of the program and the seed. A benchmark gort runs
// again gives the same N and ns/op, which Go cannot offer.
//
// Simplifications: no "cpu:" line (the simulated machine has no model name); no benchmarkLock
// (benchmarks run one at a time and nothing else runs then).
package testing

import (
	"fmt"
	"math"
	"os"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode"
)

// InternalBenchmark is a benchmark the generated main hands to MainStart.
type InternalBenchmark struct {
	Name string
	F    func(b *B)
}

// durationOrCount is -test.benchtime: a duration, or a count of iterations ("100x").
type durationOrCount struct {
	d time.Duration
	n int
}

// durationOrCountFlag is the flag.Value of -test.benchtime and -test.fuzztime (Go's).
type durationOrCountFlag struct {
	d         time.Duration
	n         int
	allowZero bool
}

func (f *durationOrCountFlag) String() string {
	if f.n > 0 {
		return fmt.Sprintf("%dx", f.n)
	}
	return f.d.String()
}

func (f *durationOrCountFlag) Set(s string) error {
	if strings.HasSuffix(s, "x") {
		n, err := strconv.ParseInt(s[:len(s)-1], 10, 0)
		if err != nil || n < 0 || (!f.allowZero && n == 0) {
			return fmt.Errorf("invalid count")
		}
		*f = durationOrCountFlag{n: int(n)}
		return nil
	}
	d, err := time.ParseDuration(s)
	if err != nil || d < 0 || (!f.allowZero && d == 0) {
		return fmt.Errorf("invalid duration")
	}
	*f = durationOrCountFlag{d: d}
	return nil
}

// defaultBenchTime is gort's -test.benchtime default: 10ms of simulated time (Go's is 1s of real
// time, to average out the host's noise). The simulated clock has no noise to average, and the
// host runs the model some 50 times slower than the clock it keeps, so Go's default would cost
// about a minute per benchmark; 10ms still runs a cheap operation a million times.
const defaultBenchTime = 10 * time.Millisecond

// memStats is read at each start and stop of a benchmark's timer.
var memStats runtime.MemStats

// B is a benchmark's handle: b.N iterations to run, its timer and its results.
type B struct {
	common
	importPath       string
	context          *benchContext
	N                int
	previousN        int
	previousDuration time.Duration
	benchFunc        func(b *B)
	benchTime        durationOrCount
	bytes            int64
	missingBytes     bool
	timerOn          bool
	showAllocResult  bool
	result           BenchmarkResult
	parallelism      int
	startAllocs      uint64
	startBytes       uint64
	netAllocs        uint64
	netBytes         uint64
	extra            map[string]float64
	quiet            bool // testing.Benchmark: nothing is printed (Go's discard writer)
}

// StartTimer starts timing (called before the benchmark function runs).
func (b *B) StartTimer() {
	if !b.timerOn {
		runtime.ReadMemStats(&memStats)
		b.startAllocs = memStats.Mallocs
		b.startBytes = memStats.TotalAlloc
		b.start = time.Now()
		b.timerOn = true
	}
}

// StopTimer stops timing, for work the benchmark should not count.
func (b *B) StopTimer() {
	if b.timerOn {
		b.duration += time.Since(b.start)
		runtime.ReadMemStats(&memStats)
		b.netAllocs += memStats.Mallocs - b.startAllocs
		b.netBytes += memStats.TotalAlloc - b.startBytes
		b.timerOn = false
	}
}

// ResetTimer zeroes the elapsed time, the allocation counts and the reported metrics.
func (b *B) ResetTimer() {
	if b.extra == nil {
		b.extra = make(map[string]float64, 16)
	} else {
		for k := range b.extra {
			delete(b.extra, k)
		}
	}
	if b.timerOn {
		runtime.ReadMemStats(&memStats)
		b.startAllocs = memStats.Mallocs
		b.startBytes = memStats.TotalAlloc
		b.start = time.Now()
	}
	b.duration = 0
	b.netAllocs = 0
	b.netBytes = 0
}

// SetBytes records the bytes one operation processes: the result then shows MB/s.
func (b *B) SetBytes(n int64) { b.bytes = n }

// ReportAllocs shows this benchmark's B/op and allocs/op, as -test.benchmem does for all.
func (b *B) ReportAllocs() { b.showAllocResult = true }

// ReportMetric adds "n unit" to the results (ns/op 0 hides the built-in one).
func (b *B) ReportMetric(n float64, unit string) {
	if unit == "" {
		panic("metric unit must not be empty")
	}
	if strings.IndexFunc(unit, unicode.IsSpace) >= 0 {
		panic("metric unit must not contain whitespace")
	}
	b.extra[unit] = n
}

// SetParallelism sets the goroutines of RunParallel to p*GOMAXPROCS (p >= 1).
func (b *B) SetParallelism(p int) {
	if p >= 1 {
		b.parallelism = p
	}
}

// runN runs the benchmark function once with b.N = n, timed.
func (b *B) runN(n int) {
	defer b.runCleanups()
	// A comparable start for each run: the garbage of the previous one collected.
	runtime.GC()
	races := raceErrors()
	b.N = n
	b.parallelism = 1
	b.ResetTimer()
	b.StartTimer()
	b.benchFunc(b)
	b.StopTimer()
	b.previousN = n
	b.previousDuration = b.duration
	if raceErrors() > races {
		b.appendOutput(b.decorateAt("benchmark.go:199", "race detected during execution of benchmark"))
		b.Fail()
	}
}

// runCleanups runs the cleanups registered so far, last first.
func (b *B) runCleanups() {
	for i := len(b.cleanups) - 1; i >= 0; i-- {
		b.cleanups[i]()
	}
	b.cleanups = nil
}

// run1 runs the benchmark once with b.N = 1 and reports whether it is to be measured: not when
// it failed, stopped, or ran sub-benchmarks.
func (b *B) run1() bool {
	if ctx := b.context; ctx != nil {
		if n := len(b.name) + ctx.extLen + 1; n > ctx.maxLen {
			ctx.maxLen = n + 8 // slack, so that the column does not move at every longer name
		}
	}
	go func() {
		defer func() { b.signal <- true }()
		b.runN(1)
	}()
	<-b.signal
	if b.failed {
		if !b.quiet {
			fmt.Printf("--- FAIL: %s\n%s", b.name, b.output)
		}
		return false
	}
	if b.hasSub || b.finished {
		tag := "BENCH"
		if b.skipped {
			tag = "SKIP"
		}
		if b.chatty && (len(b.output) > 0 || b.finished) {
			b.trimOutput()
			fmt.Printf("--- %s: %s\n%s", tag, b.name, b.output)
		}
		return false
	}
	return true
}

// labelsOnce prints go test's header before the first result.
var labelsOnce sync.Once

func printLabels(importPath string) {
	labelsOnce.Do(func() {
		fmt.Printf("goos: %s\n", runtime.GOOS)
		fmt.Printf("goarch: %s\n", runtime.GOARCH)
		if importPath != "" {
			fmt.Printf("pkg: %s\n", importPath)
		}
	})
}

// run measures the benchmark: through its context under go test, else directly.
func (b *B) run() {
	if b.context != nil {
		printLabels(b.importPath)
		b.context.processBench(b)
	} else {
		b.doBench()
	}
}

func (b *B) doBench() BenchmarkResult {
	go b.launch()
	<-b.signal
	return b.result
}

// launch grows b.N until the timed part has run for the bench time (see the header).
func (b *B) launch() {
	defer func() { b.signal <- true }()
	if b.benchTime.n > 0 {
		// run1 ran one iteration already: -test.benchtime=1x uses it.
		if b.benchTime.n > 1 {
			b.runN(b.benchTime.n)
		}
	} else {
		d := b.benchTime.d
		for n := int64(1); !b.failed && b.duration < d && n < 1e9; {
			last := n
			goalns := d.Nanoseconds()
			prevIters := int64(b.N)
			prevns := b.duration.Nanoseconds()
			if prevns <= 0 {
				prevns = 1
			}
			// Multiply first: for very fast benchmarks prevIters/prevns would round to 0 or 1.
			n = goalns * prevIters / prevns
			n += n / 5
			n = min64(n, 100*last)
			n = max64(n, last+1)
			n = min64(n, 1e9)
			b.runN(int(n))
		}
	}
	b.result = BenchmarkResult{b.N, b.duration, b.bytes, b.netAllocs, b.netBytes, b.extra}
}

func min64(x, y int64) int64 {
	if x > y {
		return y
	}
	return x
}

func max64(x, y int64) int64 {
	if x < y {
		return y
	}
	return x
}

// Run runs f as a sub-benchmark called name and reports whether it passed. A benchmark that
// calls Run is not measured itself.
func (b *B) Run(name string, f func(b *B)) bool {
	b.hasSub = true
	benchName, ok, partial := b.name, true, false
	if b.context != nil {
		benchName, ok, partial = b.context.fullName(b, name)
	}
	if !ok {
		return true
	}
	sub := &B{
		common: common{
			signal: make(chan bool), name: benchName, parent: &b.common, level: b.level + 1,
			chatty: b.chatty, bench: true, runFlags: b.runFlags,
		},
		importPath: b.importPath,
		benchFunc:  f,
		benchTime:  b.benchTime,
		context:    b.context,
	}
	sub.hasSub = partial // -bench=X/Y matching BenchmarkX: only its sub-benchmarks run
	if b.chatty {
		printLabels(b.importPath)
		fmt.Println(benchName)
	}
	if sub.run1() {
		sub.run()
	}
	b.add(sub.result)
	return !sub.failed
}

// add folds a sub-benchmark's result into b's, as if they had run in sequence once.
func (b *B) add(other BenchmarkResult) {
	r := &b.result
	r.N = 1
	r.T += time.Duration(other.NsPerOp())
	if other.Bytes == 0 {
		b.missingBytes = true
		r.Bytes = 0
	}
	if !b.missingBytes {
		r.Bytes += other.Bytes
	}
	r.MemAllocs += uint64(other.AllocsPerOp())
	r.MemBytes += uint64(other.AllocedBytesPerOp())
}

// trimOutput keeps the first ten lines of a benchmark's output.
func (b *B) trimOutput() {
	const maxNewlines = 10
	for nl, j := 0, 0; j < len(b.output); j++ {
		if b.output[j] == '\n' {
			nl++
			if nl >= maxNewlines {
				b.output = append(b.output[:j], "\n\t... [output truncated]\n"...)
				break
			}
		}
	}
}

// BenchmarkResult is what a benchmark measured.
type BenchmarkResult struct {
	N         int           // The number of iterations.
	T         time.Duration // The total time taken.
	Bytes     int64         // Bytes processed in one iteration.
	MemAllocs uint64        // The total number of memory allocations.
	MemBytes  uint64        // The total number of bytes allocated.

	// Extra records additional metrics reported by ReportMetric.
	Extra map[string]float64
}

// NsPerOp is the ns/op metric.
func (r BenchmarkResult) NsPerOp() int64 {
	if v, ok := r.Extra["ns/op"]; ok {
		return int64(v)
	}
	if r.N <= 0 {
		return 0
	}
	return r.T.Nanoseconds() / int64(r.N)
}

func (r BenchmarkResult) mbPerSec() float64 {
	if v, ok := r.Extra["MB/s"]; ok {
		return v
	}
	if r.Bytes <= 0 || r.T <= 0 || r.N <= 0 {
		return 0
	}
	return (float64(r.Bytes) * float64(r.N) / 1e6) / r.T.Seconds()
}

// AllocsPerOp is the allocs/op metric: MemAllocs / N.
func (r BenchmarkResult) AllocsPerOp() int64 { return r.perOp("allocs/op", r.MemAllocs) }

// AllocedBytesPerOp is the B/op metric: MemBytes / N.
func (r BenchmarkResult) AllocedBytesPerOp() int64 { return r.perOp("B/op", r.MemBytes) }

// perOp is total / N, unless ReportMetric set unit.
func (r BenchmarkResult) perOp(unit string, total uint64) int64 {
	if v, ok := r.Extra[unit]; ok {
		return int64(v)
	}
	if r.N <= 0 {
		return 0
	}
	return int64(total) / int64(r.N)
}

// String is the result line after the benchmark's name: N, ns/op, MB/s and the extra metrics.
func (r BenchmarkResult) String() string {
	buf := new(strings.Builder)
	fmt.Fprintf(buf, "%8d", r.N)
	ns, ok := r.Extra["ns/op"]
	if !ok {
		ns = float64(r.T.Nanoseconds()) / float64(r.N)
	}
	if ns != 0 {
		buf.WriteByte('\t')
		prettyPrint(buf, ns, "ns/op")
	}
	if mbs := r.mbPerSec(); mbs != 0 {
		fmt.Fprintf(buf, "\t%7.2f MB/s", mbs)
	}
	var extraKeys []string
	for k := range r.Extra {
		switch k {
		case "ns/op", "MB/s", "B/op", "allocs/op":
			continue
		}
		extraKeys = append(extraKeys, k)
	}
	sort.Strings(extraKeys)
	for _, k := range extraKeys {
		buf.WriteByte('\t')
		prettyPrint(buf, r.Extra[k], k)
	}
	return buf.String()
}

// prettyPrint prints x with ten places before the point, small numbers with four significant
// figures, the points of all formats aligned.
func prettyPrint(w *strings.Builder, x float64, unit string) {
	var format string
	switch y := math.Abs(x); {
	case y == 0 || y >= 999.95:
		format = "%10.0f %s"
	case y >= 99.995:
		format = "%12.1f %s"
	case y >= 9.9995:
		format = "%13.2f %s"
	case y >= 0.99995:
		format = "%14.3f %s"
	case y >= 0.099995:
		format = "%15.4f %s"
	case y >= 0.0099995:
		format = "%16.5f %s"
	case y >= 0.00099995:
		format = "%17.6f %s"
	default:
		format = "%18.7f %s"
	}
	fmt.Fprintf(w, format, x, unit)
}

// MemString is B/op and allocs/op as go test prints them.
func (r BenchmarkResult) MemString() string {
	return fmt.Sprintf("%8d B/op\t%8d allocs/op", r.AllocedBytesPerOp(), r.AllocsPerOp())
}

// benchmarkName is the benchmark's name with its GOMAXPROCS ("-4"), none for 1.
func benchmarkName(name string, n int) string {
	if n != 1 {
		return fmt.Sprintf("%s-%d", name, n)
	}
	return name
}

// benchContext is what the benchmarks of one go test run share.
type benchContext struct {
	flags  *runFlags
	maxLen int // the name column's width
	extLen int // the width of the "-N" suffix
}

// fullName is a sub-benchmark's name, whether -test.bench selects it, and whether only its own
// sub-benchmarks are selected (the pattern has more levels than the name).
func (ctx *benchContext) fullName(parent *B, sub string) (string, bool, bool) {
	name := rewrite(sub)
	level := 0
	if parent != nil && parent.level >= 0 {
		name = parent.name + "/" + name
		level = parent.level + 1
	}
	ok, partial := ctx.flags.benchMatches(name, level)
	return name, ok, partial
}

// processBench measures b -test.count times for each -test.cpu value and prints each result,
// as Go's processBench does.
func (ctx *benchContext) processBench(b *B) {
	for i, procs := range ctx.flags.cpuList {
		for j := 0; j < ctx.flags.count; j++ {
			runtime.GOMAXPROCS(procs)
			benchName := benchmarkName(b.name, procs)
			if !b.chatty {
				fmt.Printf("%-*s\t", ctx.maxLen, benchName)
			}
			if i > 0 || j > 0 {
				b = &B{
					common:    common{signal: make(chan bool), name: b.name, chatty: b.chatty, bench: true, runFlags: b.runFlags, level: b.level},
					benchFunc: b.benchFunc,
					benchTime: b.benchTime,
				}
				b.run1()
			}
			r := b.doBench()
			if b.failed {
				fmt.Printf("--- FAIL: %s\n%s", benchName, b.output)
				continue
			}
			results := r.String()
			if b.chatty {
				fmt.Printf("%-*s\t", ctx.maxLen, benchName)
			}
			if ctx.flags.benchmem || b.showAllocResult {
				results += "\t" + r.MemString()
			}
			fmt.Println(results)
			if len(b.output) > 0 {
				b.trimOutput()
				fmt.Printf("--- BENCH: %s\n%s", benchName, b.output)
			}
			if p := runtime.GOMAXPROCS(-1); p != procs {
				fmt.Fprintf(os.Stderr, "testing: %s left GOMAXPROCS set to %d\n", benchName, p)
			}
		}
	}
}

// runBenchmarks runs the benchmarks -test.bench selects and reports whether none failed.
func runBenchmarks(importPath string, flags *runFlags, benchmarks []InternalBenchmark) bool {
	if !flags.benchSet {
		return true
	}
	// Names are padded for the widest -test.cpu suffix, as Go's runBenchmarks pads them.
	procs := 1
	for _, p := range flags.cpuList {
		if p > procs {
			procs = p
		}
	}
	ctx := &benchContext{flags: flags, extLen: len(benchmarkName("", procs))}
	var bs []InternalBenchmark
	for _, bm := range benchmarks {
		if ok, _ := flags.benchMatches(bm.Name, 0); ok {
			bs = append(bs, bm)
			if l := len(benchmarkName(bm.Name, procs)) + ctx.extLen + 1; l > ctx.maxLen {
				ctx.maxLen = l
			}
		}
	}
	main := &B{
		common:     common{name: "Main", bench: true, chatty: flags.chatty, runFlags: flags, level: -1, signal: make(chan bool)},
		importPath: importPath,
		benchFunc: func(b *B) {
			for _, bm := range bs {
				b.Run(bm.Name, bm.F)
			}
		},
		benchTime: flags.benchTime,
		context:   ctx,
	}
	main.runN(1)
	return !main.failed
}

// PB hands out RunParallel's iterations to its goroutines.
type PB struct {
	globalN *uint64 // the iterations taken so far, shared
	grain   uint64  // how many a goroutine takes at once
	cache   uint64  // how many this goroutine has left of those
	bN      uint64  // b.N
}

// Next reports whether there is another iteration to run.
func (pb *PB) Next() bool {
	if pb.cache == 0 {
		n := atomic.AddUint64(pb.globalN, pb.grain)
		if n <= pb.bN {
			pb.cache = pb.grain
		} else if n < pb.bN+pb.grain {
			pb.cache = pb.bN + pb.grain - n
		} else {
			return false
		}
	}
	pb.cache--
	return true
}

// RunParallel runs body in parallelism*GOMAXPROCS goroutines that share b.N iterations.
func (b *B) RunParallel(body func(*PB)) {
	if b.N == 0 {
		return
	}
	// A grain of about 100µs of iterations, between 1 and 1e4.
	grain := uint64(0)
	if b.previousN > 0 && b.previousDuration > 0 {
		grain = 1e5 * uint64(b.previousN) / uint64(b.previousDuration)
	}
	if grain < 1 {
		grain = 1
	}
	if grain > 1e4 {
		grain = 1e4
	}
	n := uint64(0)
	numProcs := b.parallelism * runtime.GOMAXPROCS(0)
	var wg sync.WaitGroup
	wg.Add(numProcs)
	for p := 0; p < numProcs; p++ {
		go func() {
			defer wg.Done()
			pb := &PB{globalN: &n, grain: grain, bN: uint64(b.N)}
			body(pb)
		}()
	}
	wg.Wait()
	if n <= uint64(b.N) && !b.Failed() {
		b.Fatal("RunParallel: body exited without pb.Next() == false")
	}
}

// Benchmark benchmarks f outside go test, for -test.benchtime (gort's default when not given).
func Benchmark(f func(b *B)) BenchmarkResult {
	b := &B{
		common:    common{signal: make(chan bool), bench: true, level: 0, runFlags: &runFlags{count: 1}},
		benchFunc: f,
		benchTime: benchTimeValue(),
		quiet:     true,
	}
	if b.run1() {
		b.run()
	}
	return b.result
}

// AllocsPerRun is the average number of allocations of one call of f, over runs calls after a
// warm-up call (GOMAXPROCS 1 in Go: here the calls are timed on one goroutine anyway).
func AllocsPerRun(runs int, f func()) (avg float64) {
	f()
	var memstats runtime.MemStats
	runtime.ReadMemStats(&memstats)
	mallocs := 0 - memstats.Mallocs
	for i := 0; i < runs; i++ {
		f()
	}
	runtime.ReadMemStats(&memstats)
	mallocs += memstats.Mallocs
	return float64(mallocs / uint64(runs))
}
