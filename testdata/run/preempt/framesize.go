// Recursions whose frames hold a 1 KiB, 4 KiB and 16 KiB array, 20,000 calls
// deep on a goroutine: well within Go's stack limit, as a 20,000-deep recursion
// with frames of a few words would be with a million calls.
package main

import "fmt"

func d1(n int) int {
	var b [128]int64
	b[n%128] = int64(n)
	if n == 0 {
		return 0
	}
	return d1(n-1) + int(b[n%128]&1)
}

func d4(n int) int {
	var b [512]int64
	b[n%512] = int64(n)
	if n == 0 {
		return 0
	}
	return d4(n-1) + int(b[n%512]&1)
}

func d16(n int) int {
	var b [2048]int64
	b[n%2048] = int64(n)
	if n == 0 {
		return 0
	}
	return d16(n-1) + int(b[n%2048]&1)
}

func small(n int) int {
	if n == 0 {
		return 0
	}
	return small(n-1) + 1
}

func main() {
	done := make(chan int)
	go func() { done <- d1(20000) + d4(20000) + d16(20000) }()
	fmt.Println(<-done)
	fmt.Println(small(1000000 - 10))
}
