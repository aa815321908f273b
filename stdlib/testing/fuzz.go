// Fuzz tests: FuzzXxx(f *testing.F) functions, their seed corpus (f.Add and the files of
// testdata/fuzz/FuzzXxx) and the execution of one input that gort's fuzz driver chose.
//
// Models Go 1.19's testing/fuzz.go: F embeds common; F.Add checks and keeps a seed; F.Fuzz checks
// the fuzz target's signature, reads testdata/fuzz/<name> (each file in internal/fuzz's "go test
// fuzz v1" encoding, encoding.go), and, without -test.fuzz, runs each entry as a subtest named
// <name>/seed#N or <name>/<file name>, in its own goroutine, through reflect.Value.Call, as
// runFuzzTests does. fRunner is Go's fRunner: an F that returns without calling Fuzz, Fail or
// Skip fails.
//
// Terms: the driver is gort's coverage-guided loop outside the simulator (src/fuzz.ts); an
// execution is one run of the test binary on one input and one schedule. The driver tells the
// binary what to do through the natives fuzzMode and fuzzNext: list (report the fuzz target's
// argument types and its seed corpus, then pass), exec (run the target on each input the driver
// hands over until it has no more, as Go's worker does: a panic is recovered and logged as a
// failure, testing.go:1356; the first failing input ends the run) and, for the exec that reports
// a failure, the corpus file it was written to.
//
// Simplifications: one process plays Go's coordinator and worker; the corpus parser accepts
// Go's literal forms line by line (a literal, optionally negated) rather than through go/parser,
// so its error texts for malformed lines are shorter than Go's.
package testing

import (
	"fmt"
	"math"
	"os"
	"reflect"
	"strconv"
	"strings"
	"sync/atomic"
	"time"
	"unicode/utf8"
)

// InternalFuzzTarget is a fuzz test the generated main hands to MainStart.
type InternalFuzzTarget struct {
	Name string
	Fn   func(f *F)
}

// F is a fuzz test's handle.
type F struct {
	common
	// inFuzzFn is set while the fuzz target runs: most F methods then panic.
	inFuzzFn   bool
	corpus     []corpusEntry
	fuzzCalled bool
}

var _ TB = (*F)(nil)

// corpusEntry is a seed: its values and where it came from ("seed#N" or the file's path).
type corpusEntry struct {
	Path   string
	Values []any
}

// corpusDir is where go test keeps the seed corpus of each fuzz test.
const corpusDir = "testdata/fuzz"

// The driver's modes (fuzzMode): run the seed corpus as tests, report the target's types and
// corpus, or execute one input.
const (
	fuzzSeedOnly = 0
	fuzzList     = 1
	fuzzExec     = 2
)

// fuzzMode is the driver's mode for this run of the test binary (fuzzSeedOnly without -fuzz).
func fuzzMode() int

// fuzzNext is the next input to execute, in the v1 encoding, or "" when there is none;
// fuzzCrashPath the corpus file a failing input was written to ("" while the driver searches).
func fuzzNext() string
func fuzzCrashPath() string

// fuzzReport hands the driver the fuzz target's argument types and its seed corpus (each
// entry's name and v1 encoding), all "\x00"-separated.
func fuzzReport(types string, names string, entries string)

// Helper marks the calling function as a helper, as common.Helper does.
func (f *F) Helper() {
	if f.inFuzzFn {
		panic("testing: f.Helper was called inside the fuzz target, use t.Helper instead")
	}
	if name := "\n" + callerName() + "\n"; !strings.Contains(f.helpers, name) {
		f.helpers += name
	}
}

// Fail marks the fuzz test failed; inside the fuzz target it panics.
func (f *F) Fail() {
	if f.inFuzzFn {
		panic("testing: f.Fail was called inside the fuzz target, use t.Fail instead")
	}
	f.common.Fail()
}

// Skipped reports whether the fuzz test was skipped; inside the fuzz target it panics.
func (f *F) Skipped() bool {
	if f.inFuzzFn {
		panic("testing: f.Skipped was called inside the fuzz target, use t.Skipped instead")
	}
	return f.common.Skipped()
}

// Add adds its arguments to the seed corpus; they must be of the fuzzable types.
func (f *F) Add(args ...any) {
	var values []any
	for i := range args {
		if t := reflect.TypeOf(args[i]); !supportedType(t) {
			panic(fmt.Sprintf("testing: unsupported type to Add %v", t))
		}
		values = append(values, args[i])
	}
	f.corpus = append(f.corpus, corpusEntry{Values: values, Path: fmt.Sprintf("seed#%d", len(f.corpus))})
}

// supportedTypes are the types Go 1.19 fuzzes, made on first use (a fuzz test's), so that a test
// binary without fuzz tests starts as before.
var supportedTypes []reflect.Type

func supportedType(t reflect.Type) bool {
	if supportedTypes == nil {
		supportedTypes = []reflect.Type{
			reflect.TypeOf(([]byte)("")), reflect.TypeOf(""), reflect.TypeOf(false),
			reflect.TypeOf(byte(0)), reflect.TypeOf(rune(0)), reflect.TypeOf(float32(0)),
			reflect.TypeOf(float64(0)), reflect.TypeOf(int(0)), reflect.TypeOf(int8(0)),
			reflect.TypeOf(int16(0)), reflect.TypeOf(int32(0)), reflect.TypeOf(int64(0)),
			reflect.TypeOf(uint(0)), reflect.TypeOf(uint8(0)), reflect.TypeOf(uint16(0)),
			reflect.TypeOf(uint32(0)), reflect.TypeOf(uint64(0)),
		}
	}
	for _, s := range supportedTypes {
		if t == s {
			return true
		}
	}
	return false
}

// Fuzz runs the fuzz target ff: on the seed corpus as subtests, or, under gort's fuzz driver, on
// the driver's input.
func (f *F) Fuzz(ff any) {
	if f.fuzzCalled {
		panic("testing: F.Fuzz called more than once")
	}
	f.fuzzCalled = true
	if f.failed {
		return
	}
	f.Helper()
	fn := reflect.ValueOf(ff)
	fnType := fn.Type()
	if fnType.Kind() != reflect.Func {
		panic("testing: F.Fuzz must receive a function")
	}
	if fnType.NumIn() < 2 || fnType.In(0) != reflect.TypeOf((*T)(nil)) {
		panic("testing: fuzz target must receive at least two arguments, where the first argument is a *T")
	}
	if fnType.NumOut() != 0 {
		panic("testing: fuzz target must not return a value")
	}
	var types []reflect.Type
	for i := 1; i < fnType.NumIn(); i++ {
		t := fnType.In(i)
		if !supportedType(t) {
			panic(fmt.Sprintf("testing: unsupported type for fuzzing %v", t))
		}
		types = append(types, t)
	}
	mode := fuzzMode()
	if mode == fuzzExec {
		f.fuzzOnce(fn, types)
		return
	}
	for _, c := range f.corpus {
		if err := checkCorpus(c.Values, types); err != nil {
			f.Fatal(err)
		}
	}
	c, err := readCorpus(corpusDir+"/"+f.name, types)
	if err != nil {
		f.Fatal(err)
	}
	f.corpus = append(f.corpus, c...)
	if mode == fuzzList {
		f.list(types)
		return
	}
	for _, e := range f.corpus {
		name := f.name + "/" + baseName(e.Path)
		if f.runFlags.matches(name, 1) {
			f.runEntry(fn, e, name)
		}
	}
}

// list reports the target's types and its seed corpus to the driver.
func (f *F) list(types []reflect.Type) {
	var ts, names, entries []string
	for _, t := range types {
		ts = append(ts, t.String())
	}
	for _, e := range f.corpus {
		names = append(names, e.Path)
		entries = append(entries, string(marshalCorpusFile(e.Values...)))
	}
	fuzzReport(strings.Join(ts, "\x00"), strings.Join(names, "\x00"), strings.Join(entries, "\x00"))
}

// fuzzOnce runs the target on each of the driver's inputs as Go's worker does (a subtest named
// after the fuzz test, its output kept), until one fails, which it reports as Go's coordinator
// does.
func (f *F) fuzzOnce(fn reflect.Value, types []reflect.Type) {
	crashPath := fuzzCrashPath()
	for {
		input := fuzzNext()
		if input == "" {
			return
		}
		vals, err := unmarshalCorpusFile([]byte(input))
		if err == nil {
			err = checkCorpus(vals, types)
		}
		if err != nil {
			f.Fatal(err)
		}
		if t := f.runEntry(fn, corpusEntry{Values: vals}, f.name); t.Failed() {
			break
		}
	}
	f.output = append(f.output, "    \n"...)
	if crashPath != "" {
		f.output = append(f.output, indent("Failing input written to "+crashPath+"\n")...)
		f.output = append(f.output, indent("To re-run:\ngo test -run="+f.name+"/"+baseName(crashPath)+"\n")...)
	}
}

// runEntry runs the target on one entry as subtest name, in its own goroutine (Go's run).
func (f *F) runEntry(fn reflect.Value, e corpusEntry, name string) *T {
	t := &T{common: common{
		name: name, parent: &f.common, level: f.level + 1, chatty: f.chatty,
		barrier: make(chan bool), signal: make(chan bool), runFlags: f.runFlags,
	}, fuzzing: fuzzMode() == fuzzExec}
	if !t.fuzzing {
		// While fuzzing T.Parallel has no effect and the inputs are not kept (Go's F.Fuzz).
		f.subs = append(f.subs, t)
	}
	if t.chatty {
		chattyUpdate(t.name, "=== RUN   "+t.name+"\n")
	}
	f.inFuzzFn = true
	t.start = time.Now()
	go tRunner(t, func(t *T) {
		args := []reflect.Value{reflect.ValueOf(t)}
		for _, v := range e.Values {
			args = append(args, reflect.ValueOf(v))
		}
		fn.Call(args)
	})
	<-f.signal
	f.inFuzzFn = false
	return t
}

// baseName is the last element of a slash-separated path.
func baseName(p string) string {
	return p[strings.LastIndex(p, "/")+1:]
}

// fRunner runs a fuzz test in its own goroutine, as tRunner runs a test (Go's fRunner).
func fRunner(f *F, fn func(*F)) {
	defer func() {
		err := recover()
		if err == nil && !f.fuzzCalled && !f.skipped && !f.failed {
			// Go's F.Error is called from testing's own fRunner: the line is fuzz.go's.
			f.output = append(f.output, f.decorateAt("fuzz.go:629", "returned without calling F.Fuzz, F.Fail, or F.Skip")...)
			f.common.Fail()
		}
		if err != nil {
			f.common.Fail()
			f.duration = time.Since(f.start)
			f.report()
			panic(err)
		}
		f.finished = true
		if f.failed {
			atomic.AddUint32(&f.runFlags.numFailed, 1)
		}
		subs := runParallelSubs(&f.common, f.subs)
		for i := len(f.cleanups) - 1; i >= 0; i-- {
			f.cleanups[i]()
		}
		settleSlot(&f.common, false, subs)
		f.duration = time.Since(f.start)
		f.report()
		f.done = true
		f.setRan()
		f.parent.signal <- true
	}()
	f.start = time.Now()
	fn(f)
}

// runFuzzTests runs the fuzz tests that -test.run selects, their seed corpus as subtests; under
// the fuzz driver (list and exec) only the one -test.fuzz names.
func runFuzzTests(flags *runFlags, targets []InternalFuzzTarget, fuzz string) (ran, failed bool) {
	root := &T{common: common{signal: make(chan bool), barrier: make(chan bool), chatty: flags.chatty, runFlags: flags, level: -1}}
	for _, ft := range targets {
		if fuzzMode() != fuzzSeedOnly {
			// The driver checked that -test.fuzz matches this fuzz test alone.
			if !matchString(fuzz, ft.Name) {
				continue
			}
		} else if !flags.matches(ft.Name, 0) || (fuzz != "" && matchString(fuzz, ft.Name)) {
			continue
		}
		if flags.shouldFailFast() {
			break
		}
		// Under the driver the output is Go's coordinator's, which -test.v does not change.
		f := &F{common: common{
			name: ft.Name, parent: &root.common, chatty: flags.chatty && fuzzMode() == fuzzSeedOnly,
			barrier: make(chan bool), signal: make(chan bool), runFlags: flags,
		}}
		if f.chatty && fuzzMode() == fuzzSeedOnly {
			chattyUpdate(f.name, "=== RUN   "+f.name+"\n")
		}
		go fRunner(f, ft.Fn)
		<-root.signal
	}
	return root.ran, root.failed
}

// ---- The corpus files: internal/fuzz/encoding.go's "go test fuzz v1" ------------------------

const encVersion1 = "go test fuzz v1"

// marshalCorpusFile encodes values as Go's marshalCorpusFile does.
func marshalCorpusFile(vals ...any) []byte {
	var b strings.Builder
	b.WriteString(encVersion1 + "\n")
	for _, val := range vals {
		switch t := val.(type) {
		case int, int8, int16, int64, uint, uint16, uint32, uint64, bool:
			fmt.Fprintf(&b, "%T(%v)\n", t, t)
		case float32:
			if math.IsNaN(float64(t)) && math.Float32bits(t) != math.Float32bits(float32(math.NaN())) {
				fmt.Fprintf(&b, "math.Float32frombits(0x%x)\n", math.Float32bits(t))
			} else {
				fmt.Fprintf(&b, "%T(%v)\n", t, t)
			}
		case float64:
			if math.IsNaN(t) && math.Float64bits(t) != math.Float64bits(math.NaN()) {
				fmt.Fprintf(&b, "math.Float64frombits(0x%x)\n", math.Float64bits(t))
			} else {
				fmt.Fprintf(&b, "%T(%v)\n", t, t)
			}
		case string:
			fmt.Fprintf(&b, "string(%q)\n", t)
		case rune:
			if utf8.ValidRune(t) {
				fmt.Fprintf(&b, "rune(%q)\n", t)
			} else {
				fmt.Fprintf(&b, "int32(%v)\n", t)
			}
		case byte:
			fmt.Fprintf(&b, "byte(%q)\n", t)
		case []byte:
			fmt.Fprintf(&b, "[]byte(%q)\n", t)
		}
	}
	return []byte(b.String())
}

// unmarshalCorpusFile decodes a corpus file (Go's unmarshalCorpusFile).
func unmarshalCorpusFile(b []byte) ([]any, error) {
	if len(b) == 0 {
		return nil, fmt.Errorf("cannot unmarshal empty string")
	}
	lines := strings.Split(string(b), "\n")
	if len(lines) < 2 {
		return nil, fmt.Errorf("must include version and at least one value")
	}
	if version := strings.TrimSuffix(lines[0], "\r"); version != encVersion1 {
		return nil, fmt.Errorf("unknown encoding version: %s", version)
	}
	var vals []any
	for _, line := range lines[1:] {
		line = strings.TrimSpace(line)
		if len(line) == 0 {
			continue
		}
		v, err := parseCorpusValue(line)
		if err != nil {
			return nil, fmt.Errorf("malformed line %q: %v", line, err)
		}
		vals = append(vals, v)
	}
	return vals, nil
}

// parseCorpusValue reads one line: a conversion T(literal) or math.FloatNNfrombits(0x...).
func parseCorpusValue(line string) (any, error) {
	open := strings.IndexByte(line, '(')
	if open < 0 || !strings.HasSuffix(line, ")") {
		return nil, fmt.Errorf("expected call expression")
	}
	typ, lit := line[:open], strings.TrimSpace(line[open+1:len(line)-1])
	switch typ {
	case "math.Float32frombits", "math.Float64frombits":
		u, err := strconv.ParseUint(lit, 0, 64)
		if err != nil {
			return nil, fmt.Errorf("invalid uint literal: %v", err)
		}
		if typ == "math.Float32frombits" {
			return math.Float32frombits(uint32(u)), nil
		}
		return math.Float64frombits(u), nil
	case "[]byte", "string":
		s, err := strconv.Unquote(lit)
		if err != nil {
			return nil, fmt.Errorf("string literal value required for type %s", typ)
		}
		if typ == "string" {
			return s, nil
		}
		return []byte(s), nil
	case "bool":
		if lit == "true" || lit == "false" {
			return lit == "true", nil
		}
		return nil, fmt.Errorf("bool literal value required for type bool")
	}
	return parseNumber(typ, lit)
}

// parseNumber reads an integer, character or float literal (optionally negated) as type typ.
func parseNumber(typ, lit string) (any, error) {
	if strings.HasPrefix(lit, "'") {
		r, _, tail, err := strconv.UnquoteChar(lit[1:len(lit)-1], '\'')
		if err != nil || tail != "" || len(lit) < 3 {
			return nil, fmt.Errorf("invalid character literal %s", lit)
		}
		lit = strconv.Itoa(int(r))
	}
	switch typ {
	case "float32", "float64":
		bits := 64
		if typ == "float32" {
			bits = 32
		}
		v, err := strconv.ParseFloat(lit, bits)
		if err != nil && !strings.Contains(lit, "Inf") && lit != "NaN" {
			return nil, err
		}
		if typ == "float32" {
			return float32(v), nil
		}
		return v, nil
	case "int", "int8", "int16", "int32", "rune", "int64":
		v, err := strconv.ParseInt(lit, 0, intBits(typ))
		if err != nil {
			return nil, err
		}
		return intValue(typ, v), nil
	case "uint", "uint8", "byte", "uint16", "uint32", "uint64":
		v, err := strconv.ParseUint(lit, 0, intBits(typ))
		if err != nil {
			return nil, err
		}
		return uintValue(typ, v), nil
	}
	return nil, fmt.Errorf("expected []byte or primitive type")
}

func intBits(typ string) int {
	switch typ {
	case "int8", "uint8", "byte":
		return 8
	case "int16", "uint16":
		return 16
	case "int32", "rune", "uint32":
		return 32
	}
	return 64
}

func intValue(typ string, v int64) any {
	switch typ {
	case "int":
		return int(v)
	case "int8":
		return int8(v)
	case "int16":
		return int16(v)
	case "int32", "rune":
		return int32(v)
	}
	return v
}

func uintValue(typ string, v uint64) any {
	switch typ {
	case "uint":
		return uint(v)
	case "uint8", "byte":
		return uint8(v)
	case "uint16":
		return uint16(v)
	case "uint32":
		return uint32(v)
	}
	return v
}

// readCorpus reads the corpus files of dir (Go's ReadCorpus): a missing directory is an empty
// corpus; subdirectories are skipped; a malformed file is an error naming it.
func readCorpus(dir string, types []reflect.Type) ([]corpusEntry, error) {
	files, err := os.ReadDir(dir)
	if os.IsNotExist(err) {
		return nil, nil
	} else if err != nil {
		return nil, fmt.Errorf("reading seed corpus from testdata: %v", err)
	}
	var corpus []corpusEntry
	var errs []string
	for _, file := range files {
		if file.IsDir() {
			continue
		}
		filename := dir + "/" + file.Name()
		data, err := os.ReadFile(filename)
		if err != nil {
			return nil, fmt.Errorf("failed to read corpus file: %v", err)
		}
		vals, err := unmarshalCorpusFile(data)
		if err != nil {
			err = fmt.Errorf("unmarshal: %v", err)
		} else {
			err = checkCorpus(vals, types)
		}
		if err != nil {
			errs = append(errs, fmt.Sprintf("%q: %v", filename, err))
			continue
		}
		corpus = append(corpus, corpusEntry{Path: filename, Values: vals})
	}
	if len(errs) > 0 {
		return corpus, fmt.Errorf("%s", strings.Join(errs, "\n"))
	}
	return corpus, nil
}

// checkCorpus checks that vals have the fuzz target's types (Go's CheckCorpus).
func checkCorpus(vals []any, types []reflect.Type) error {
	if len(vals) != len(types) {
		return fmt.Errorf("wrong number of values in corpus entry: %d, want %d", len(vals), len(types))
	}
	valsT := make([]reflect.Type, len(vals))
	for i, v := range vals {
		valsT[i] = reflect.TypeOf(v)
	}
	for i := range types {
		if valsT[i] != types[i] {
			return fmt.Errorf("mismatched types in corpus entry: %v, want %v", valsT, types)
		}
	}
	return nil
}
