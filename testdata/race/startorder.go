// main starts a goroutine that updates a counter and reads the counter right after the go
// statement. Usually main's read comes first; but an idle thread that is already spinning can
// start the goroutine while racegostart runs, and then its write comes first: go run -race
// reports the pair either way round.
package main

import (
	"fmt"
	"sync"
)

type stats struct {
	label string
	hits  int
}

func (s *stats) record() { s.hits++ }

func (s stats) count() int { return s.hits }

func main() {
	s := &stats{label: "requests"}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		s.record()
	}()
	n := s.count()
	wg.Wait()
	fmt.Println(s.label, n >= 0)
}
