// The caller and stack queries of Go 1.19's runtime (extern.go, symtab.go, mprof.go's Stack):
// Caller, Callers, CallersFrames, FuncForPC and Stack, over the goroutine's frame stack.
//
// A program counter here is gort's own number for a function and a line (pcOf in
// src/stdlib/native/runtime.ts): it is stable within a run, round-trips through FuncForPC and
// CallersFrames, and is nothing like a machine address. Frames below the program's (Go's
// runtime.main and runtime.goexit) are reported as Go reports them.
package runtime

// Caller reports file and line number information about function invocations on the calling
// goroutine's stack. The argument skip is the number of stack frames to ascend, with 0
// identifying the caller of Caller.
func Caller(skip int) (pc uintptr, file string, line int, ok bool)

// Callers fills the slice pc with the return program counters of function invocations on the
// calling goroutine's stack. The argument skip is the number of stack frames to skip before
// recording in pc, with 0 identifying the frame for Callers itself and 1 identifying the
// caller of Callers. It returns the number of entries written to pc.
func Callers(skip int, pc []uintptr) int

// funcInfo returns the function, file and line of a program counter from Caller or Callers,
// and whether it is one.
func funcInfo(pc uintptr) (name string, file string, line int, entry uintptr, ok bool)

// Frames may be used to get function/file/line information for a slice of PC values returned
// by Callers.
type Frames struct {
	callers []uintptr
}

// Frame is the information returned by Frames for each call frame.
type Frame struct {
	PC       uintptr
	Func     *Func
	Function string
	File     string
	Line     int
	Entry    uintptr
}

// CallersFrames takes a slice of PCs returned by Callers and prepares to return
// function/file/line information.
func CallersFrames(callers []uintptr) *Frames {
	return &Frames{callers: callers}
}

// Next returns a Frame representing the next call frame in the slice of PC values, and whether
// there are more frames after it.
func (ci *Frames) Next() (frame Frame, more bool) {
	for len(ci.callers) > 0 {
		pc := ci.callers[0]
		ci.callers = ci.callers[1:]
		name, file, line, entry, ok := funcInfo(pc)
		if !ok {
			continue
		}
		frame = Frame{PC: pc, Func: &Func{name: name, file: file, line: line, entry: entry}, Function: name, File: file, Line: line, Entry: entry}
		return frame, len(ci.callers) > 0
	}
	return Frame{}, false
}

// A Func represents a Go function in the running binary.
type Func struct {
	name  string
	file  string
	line  int
	entry uintptr
}

// FuncForPC returns a *Func describing the function that contains the given program counter
// address, or else nil.
func FuncForPC(pc uintptr) *Func {
	name, file, line, entry, ok := funcInfo(pc)
	if !ok {
		return nil
	}
	return &Func{name: name, file: file, line: line, entry: entry}
}

// Name returns the name of the function.
func (f *Func) Name() string {
	if f == nil {
		return ""
	}
	return f.name
}

// Entry returns the entry address of the function.
func (f *Func) Entry() uintptr {
	if f == nil {
		return 0
	}
	return f.entry
}

// FileLine returns the file name and line number of the source code corresponding to the
// program counter pc.
func (f *Func) FileLine(pc uintptr) (file string, line int) {
	_, file, line, _, _ = funcInfo(pc)
	return
}

// Stack formats a stack trace of the calling goroutine into buf and returns the number of bytes
// written to buf. If all is true, Stack formats stack traces of all other goroutines into buf
// after the trace for the current goroutine.
func Stack(buf []byte, all bool) int {
	return copy(buf, stack(all))
}

func stack(all bool) string
