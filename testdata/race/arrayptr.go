// Goroutines write elements of an array through a pointer; main reads one after a sleep.
package main

import (
	"fmt"
	"time"
)

type grid [4]int

func mark(g *grid, i int) {
	g[i] = 1
}

func main() {
	var g grid
	go mark(&g, 1)
	time.Sleep(5 * time.Millisecond)
	fmt.Println(g[1] >= 0)
}
