// A recursion 100,000 frames deep that writes a map and sends on a channel at
// every level: each yield point is visited once per frame, and the depth does
// not make each one slower.
package main

import "fmt"

var m = map[int]int{}

func down(n int, c chan int) int {
	m[n%16] = n
	if n%1000 == 0 {
		c <- n
	}
	if n == 0 {
		return 0
	}
	return down(n-1, c) + 1
}

func main() {
	c := make(chan int, 200)
	fmt.Println(down(100000, c), len(c), len(m))
}
