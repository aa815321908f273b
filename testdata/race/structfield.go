// Two goroutines update a field of a shared struct through a pointer receiver.
package main

import (
	"fmt"
	"sync"
)

type Stats struct {
	name  string
	count int
	bytes int
}

func (s *Stats) Add(n int) {
	s.count++
	s.bytes += n
}

func main() {
	st := &Stats{name: "io"}
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			st.Add(n)
		}(i)
	}
	wg.Wait()
	fmt.Println(st.name)
}
