// A goroutine writes one field of a package-level struct; main assigns the whole struct.
package main

import (
	"fmt"
	"time"
)

type point struct{ x, y int }

var p point

func main() {
	go func() { p.y = 1 }()
	time.Sleep(time.Millisecond)
	p = point{3, 4}
	fmt.Println(p.x)
}
