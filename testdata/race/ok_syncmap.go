// Race-free: sync.Map shared by writers and readers, and a value published through it.
package main

import (
	"fmt"
	"sync"
)

type entry struct {
	hits int
}

func main() {
	var m sync.Map
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			e := &entry{hits: i}
			m.Store(i, e)
		}(i)
	}
	wg.Wait()
	n := 0
	m.Range(func(k, v any) bool {
		n += v.(*entry).hits
		return true
	})
	v, _ := m.Load(3)
	fmt.Println(n, v.(*entry).hits)
}
