// runtime.Caller, Callers, CallersFrames, FuncForPC and Stack, in functions, closures, methods
// and another goroutine; file names are shown as base names.
package main

import (
	"fmt"
	"path/filepath"
	"runtime"
	"strings"
)

func where() string {
	_, file, line, ok := runtime.Caller(1)
	return fmt.Sprintf("%s:%d %v", filepath.Base(file), line, ok)
}

func trace() []string {
	pcs := make([]uintptr, 10)
	n := runtime.Callers(2, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	var out []string
	for {
		f, more := frames.Next()
		out = append(out, fmt.Sprintf("%s %s:%d", f.Function, filepath.Base(f.File), f.Line))
		if !more {
			break
		}
	}
	return out
}

type T struct{}

func (T) method() []string { return trace() }

func main() {
	fmt.Println(where())
	func() {
		fmt.Println(where())
	}()
	for _, l := range (T{}).method() {
		fmt.Println(l)
	}
	pc, _, line, _ := runtime.Caller(0)
	f := runtime.FuncForPC(pc)
	file, l2 := f.FileLine(pc)
	fmt.Println(f.Name(), line == l2, filepath.Base(file))
	_, _, _, ok := runtime.Caller(50)
	fmt.Println(ok, runtime.FuncForPC(0) == nil)
	done := make(chan []string)
	go func() { done <- trace() }()
	for _, l := range <-done {
		fmt.Println("g:", l)
	}
	buf := make([]byte, 4096)
	n := runtime.Stack(buf, false)
	s := string(buf[:n])
	fmt.Println(strings.HasPrefix(s, "goroutine 1 [running]:\n"), strings.Contains(s, "main.main()"))
}
