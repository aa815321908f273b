// env: GOMAXPROCS=1

// A recursive read lock deadlocks once a writer waits: the writer waits for the first read lock
// to be released, and the second RLock waits behind the writer (writer preference). The dump
// shows a goroutine in each of RWMutex's waits: a writer for the readers (writerSem), a writer
// for the other writer (w, a Mutex), a reader for the writer (readerSem), and a Cond waiter.
package main

import (
	"fmt"
	"sync"
	"time"
)

var mu sync.RWMutex

func writer(id int) {
	mu.Lock()
	fmt.Println("writer", id, "has the lock")
	mu.Unlock()
}

func reader() {
	mu.RLock()
	fmt.Println("reader has the lock")
	mu.RUnlock()
}

func waitForSignal(c *sync.Cond) {
	c.L.Lock()
	c.Wait()
	c.L.Unlock()
}

func main() {
	mu.RLock()
	go writer(1)
	time.Sleep(10 * time.Millisecond)
	go writer(2)
	go reader()
	go waitForSignal(sync.NewCond(&sync.Mutex{}))
	time.Sleep(10 * time.Millisecond)
	fmt.Println("read-locking again")
	mu.RLock()
	fmt.Println("unreachable")
}
