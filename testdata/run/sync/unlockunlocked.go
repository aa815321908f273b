// env: GOMAXPROCS=1

// Unlocking an unlocked Mutex is a fatal error (not a panic: recover cannot stop it), and the
// dump shows every goroutine, here one waiting for another Mutex.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	defer func() { fmt.Println("recovered:", recover()) }()
	var held, mu sync.Mutex
	held.Lock()
	go func() {
		held.Lock()
	}()
	time.Sleep(time.Millisecond)
	mu.Lock()
	mu.Unlock()
	fmt.Println("unlocking again")
	mu.Unlock()
}
