// runtime.Callers from a deferred call during a panic sees the panic's runtime frames, as Go's:
// runtime.gopanic and the function that raised a runtime error (goPanicIndex, panicdivide,
// panicmem under sigpanic, panicdottypeE); a user panic has gopanic alone.
package main

import (
	"fmt"
	"path/filepath"
	"runtime"
)

func show() {
	pcs := make([]uintptr, 16)
	n := runtime.Callers(1, pcs)
	fr := runtime.CallersFrames(pcs[:n])
	for {
		f, more := fr.Next()
		fmt.Printf("  %s %s:%d\n", f.Function, filepath.Base(f.File), f.Line)
		if !more {
			break
		}
	}
}

func try(name string, f func()) {
	defer func() {
		recover()
		fmt.Println(name)
		show()
	}()
	f()
}

func main() {
	try("index", func() { var s []int; _ = s[3] })
	try("user", func() { panic("x") })
	try("div", func() { z := 0; _ = 1 / z })
	try("nil", func() { var p *int; _ = *p })
	try("assert", func() { var x any = 1; _ = x.(string) })
	try("closed", func() { c := make(chan int); close(c); c <- 1 })
	try("slice", func() { s := make([]int, 2, 4); i := 5; _ = s[:i] })
}
