// Package runtime is gort's view of Go's runtime package. Functions without a body are natives
// in src/stdlib/native/runtime.ts, backed by the scheduler and allocator models.
package runtime

const GOOS = "linux"
const GOARCH = "amd64"
const Compiler = "gc"

// Error identifies a run time error, as in Go.
type Error interface {
	error
	RuntimeError()
}

// A TypeAssertionError explains a failed type assertion, as Go's. gort's runtime makes it with
// its message (Go's keeps the types and builds the message in Error).
type TypeAssertionError struct {
	msg string
}

func (*TypeAssertionError) RuntimeError() {}

func (e *TypeAssertionError) Error() string { return e.msg }

func registerTypeAssertionError(e error)

func init() { registerTypeAssertionError((*TypeAssertionError)(nil)) }

func Gosched()
func GOMAXPROCS(n int) int
func NumGoroutine() int

// NumCgoCall returns the number of calls into C the process has made (one by the runtime
// before main in a cgo program; C.CString, C.CBytes and C.malloc are one each).
func NumCgoCall() int64
func NumCPU() int
func GC()
func Goexit()
func Version() string

// MemProfileRate is the memory profiler's sampling rate, as Go's: on average one allocation per
// MemProfileRate bytes is recorded in the heap profile (every one at 1, none at 0), which
// gort run --memprofile and runtime/pprof.WriteHeapProfile write (src/runtime/mprof.ts).
var MemProfileRate int = 512 * 1024

// defaultGOROOT is where Go 1.19 lives on the machine gort models (Debian's golang-1.19-go).
const defaultGOROOT = "/usr/lib/go-1.19"

// GOROOT returns $GOROOT if set, else the root the toolchain was built with, as Go's does.
func GOROOT() string {
	if s := getenv("GOROOT"); s != "" {
		return s
	}
	return defaultGOROOT
}

func getenv(key string) string

// Breakpoint executes a breakpoint trap. gort stops the run with a named limit: the trap's
// SIGTRAP crash is not modelled.
func Breakpoint()
func KeepAlive(x any) {}
func SetFinalizer(obj any, finalizer any)
func LockOSThread()   {}
func UnlockOSThread() {}

// MemStats holds the allocator's statistics, as Go's runtime.MemStats.
type MemStats struct {
	Alloc         uint64
	TotalAlloc    uint64
	Sys           uint64
	Lookups       uint64
	Mallocs       uint64
	Frees         uint64
	HeapAlloc     uint64
	HeapSys       uint64
	HeapIdle      uint64
	HeapInuse     uint64
	HeapReleased  uint64
	HeapObjects   uint64
	StackInuse    uint64
	StackSys      uint64
	MSpanInuse    uint64
	MSpanSys      uint64
	MCacheInuse   uint64
	MCacheSys     uint64
	BuckHashSys   uint64
	GCSys         uint64
	OtherSys      uint64
	NextGC        uint64
	LastGC        uint64
	PauseTotalNs  uint64
	PauseNs       [256]uint64
	PauseEnd      [256]uint64
	NumGC         uint32
	NumForcedGC   uint32
	GCCPUFraction float64
	EnableGC      bool
	DebugGC       bool
	BySize        [61]struct {
		Size    uint32
		Mallocs uint64
		Frees   uint64
	}
}

func ReadMemStats(m *MemStats) {
	readMemStats(m)
	m.EnableGC = true
}

func readMemStats(m *MemStats)
