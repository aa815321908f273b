package main

import (
	"fmt"
	"sync"
)

func worker(id int, wg *sync.WaitGroup, out []int) {
	defer wg.Done()
	sum := 0
	for i := 0; i < 3; i++ {
		sum += id
	}
	out[id] = sum
}

func main() {
	var wg sync.WaitGroup
	out := make([]int, 3)
	for id := 0; id < 3; id++ {
		wg.Add(1)
		go worker(id, &wg, out)
	}
	wg.Wait()
	fmt.Println(out)
}
