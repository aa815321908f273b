// The sync types print with Go 1.19's fields: Mutex's state word, RWMutex's reader count going
// negative while a writer holds it, WaitGroup's counter in the high half of state1, and the
// zero Once, Cond, Pool and Map.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	var rw sync.RWMutex
	var wg sync.WaitGroup
	var once sync.Once
	var pool sync.Pool
	var m sync.Map
	c := sync.NewCond(&mu)
	fmt.Printf("%v %+v\n", mu, rw)
	fmt.Printf("%v %+v\n", wg, wg)
	fmt.Printf("%v %+v\n", once, once)
	fmt.Printf("%+v\n", *c)
	fmt.Printf("%+v\n%+v\n", pool, m)

	mu.Lock()
	rw.RLock()
	rw.RLock()
	wg.Add(5)
	fmt.Printf("%v %+v %v\n", mu, rw, wg)
	rw.RUnlock()
	rw.RUnlock()
	rw.Lock()
	fmt.Printf("%+v %#v\n", rw, mu)
	rw.Unlock()
	mu.Unlock()
	wg.Add(-5)
	once.Do(func() {})
	fmt.Printf("%v %v %v %v\n", mu, rw, wg, once)
}
