// runtime.Callers with skip 0 records its own frame (runtime.Callers in extern.go), skip 1
// starts at its caller, and a skip past the stack records nothing.
package main

import (
	"fmt"
	"path/filepath"
	"runtime"
)

func show(skip int) {
	pcs := make([]uintptr, 16)
	n := runtime.Callers(skip, pcs)
	fmt.Printf("skip %d: %d frames\n", skip, n)
	frames := runtime.CallersFrames(pcs[:n])
	for {
		f, more := frames.Next()
		if f.Function == "" {
			break
		}
		fmt.Println(" ", f.Function, filepath.Base(f.File), f.Line, runtime.FuncForPC(f.PC).Name() == f.Function)
		if !more {
			break
		}
	}
}

func main() {
	show(0)
	show(1)
	show(4)
	show(10)
}
