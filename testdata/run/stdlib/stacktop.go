// runtime.Stack's traceback starts at its caller (no runtime.Stack frame), debug.Stack's at
// debug.Stack, named by its import path; every goroutine with all = true.
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
)

func funcLines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l != "" && !strings.HasPrefix(l, "\t") {
			out = append(out, l)
		}
	}
	return out
}

func main() {
	buf := make([]byte, 8192)
	n := runtime.Stack(buf, false)
	fmt.Println(funcLines(string(buf[:n])))
	fmt.Println(funcLines(string(debug.Stack())))
	block := make(chan int)
	go func() { <-block }()
	runtime.Gosched()
	n = runtime.Stack(buf, true)
	fmt.Println(funcLines(string(buf[:n]))[:2])
	close(block)
}
