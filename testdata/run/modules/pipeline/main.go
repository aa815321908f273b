// A module whose packages run goroutines: pool starts workers over channels and a
// WaitGroup, stage holds package-level closures (named glob..func in Go). A first batch
// completes; in the second a worker goroutine panics, and the traceback names the worker's
// method and the function that created it by their import paths. One P keeps goroutine ids
// and the worker that takes the bad item the same from run to run.
//
// env: GOMAXPROCS=1
package main

import (
	"fmt"

	"example.com/pipeline/pool"
	"example.com/pipeline/stage"
)

func main() {
	p := pool.New(3, stage.Square)
	out := p.Run([]int{1, 2, 3, 4, 5, 6})
	fmt.Println("squares:", out)
	fmt.Println("stages:", stage.Names())
	q := pool.New(2, stage.Pick("invert"))
	fmt.Println("inverting")
	fmt.Println(q.Run([]int{4, 0, 2}))
}
