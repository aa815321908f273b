// RUnlock of an RWMutex nobody read-locked is a fatal error, also while a writer holds it.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	rw.RLock()
	rw.RUnlock()
	rw.Lock()
	fmt.Println("write-locked; read-unlocking")
	rw.RUnlock()
}
