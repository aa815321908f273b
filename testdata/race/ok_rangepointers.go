// A goroutine ranges over a slice of pointers reading one field of each struct while main
// writes another field: the range copies only the pointers, so nothing races.
package main

import (
	"fmt"
	"sync"
)

type job struct {
	id   int
	done bool
}

func main() {
	jobs := []*job{{id: 1}, {id: 2}, {id: 3}}
	var wg sync.WaitGroup
	sum := 0
	wg.Add(1)
	go func() {
		defer wg.Done()
		for _, j := range jobs {
			sum += j.id
		}
	}()
	for i := range jobs {
		jobs[i].done = true
	}
	wg.Wait()
	fmt.Println(sum)
}
