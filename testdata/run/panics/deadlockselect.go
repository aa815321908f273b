// An empty select blocks forever; with other goroutines blocked too, the
// runtime reports a deadlock listing every goroutine and its wait reason.
// With one P the goroutine ids in the dump are the same on every run.
// env: GOMAXPROCS=1
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	ch := make(chan int)
	mu.Lock()
	go func() { <-ch }()
	go func() { mu.Lock() }()
	fmt.Println("blocking")
	select {}
}
