// A goroutine fills a slice element that main reads without waiting for it.
package main

import (
	"fmt"
	"time"
)

func fill(buf []int, i int) {
	buf[i] = i * 10
}

func main() {
	buf := make([]int, 4)
	go fill(buf, 2)
	time.Sleep(10 * time.Millisecond)
	v := buf[2]
	fmt.Println("len", len(buf), v >= 0)
}
