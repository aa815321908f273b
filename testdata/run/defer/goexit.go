// runtime.Goexit runs the goroutine's deferred calls and ends it; recover
// returns nil during Goexit; other goroutines keep running.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() { fmt.Println("recover during Goexit:", recover()) }()
		defer fmt.Println("deferred before Goexit")
		runtime.Goexit()
		fmt.Println("unreachable")
	}()
	wg.Wait()
	fmt.Println("main continues")
}
