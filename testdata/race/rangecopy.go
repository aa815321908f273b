// A goroutine updates a slice that main ranges over and copies from, with no synchronization.
package main

import (
	"fmt"
	"time"
)

func update(s []int) {
	s[1] = 9
}

func main() {
	s := []int{1, 2, 3}
	go update(s)
	time.Sleep(5 * time.Millisecond)
	sum := 0
	for _, v := range s {
		sum += v
	}
	dst := make([]int, 3)
	go func() { dst[2] = 1 }()
	time.Sleep(5 * time.Millisecond)
	copy(dst, s)
	fmt.Println(sum > 0, len(dst))
}
