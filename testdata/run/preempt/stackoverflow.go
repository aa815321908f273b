// env: GOMAXPROCS=1
// A recursion with 64 KiB frames outgrows Go's stack limit after a few thousand
// calls: Go's "stack overflow", not a limit of the simulator. A throw prints
// every goroutine, with the runtime's, whatever GOTRACEBACK says.
package main

func deep(n int) int {
	var buf [8192]int64
	buf[n%8192] = int64(n)
	return deep(n+1) + int(buf[(n*7)%8192])
}

func main() {
	println("start")
	println(deep(0))
}
