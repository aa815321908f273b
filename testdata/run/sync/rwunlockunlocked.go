// Unlock of an RWMutex that is only read-locked is a fatal error.
package main

import (
	"fmt"
	"sync"
)

func unlock(rw *sync.RWMutex) {
	rw.Unlock()
}

func main() {
	var rw sync.RWMutex
	rw.Lock()
	unlock(&rw)
	rw.RLock()
	fmt.Println("read-locked; unlocking")
	unlock(&rw)
}
