// A pointer to an int is written through by one goroutine and read through by another.
package main

import (
	"fmt"
	"sync"
)

func produce(p *int, wg *sync.WaitGroup) {
	defer wg.Done()
	*p = 42
}

func consume(p *int, wg *sync.WaitGroup) {
	defer wg.Done()
	_ = *p
}

func main() {
	n := new(int)
	var wg sync.WaitGroup
	wg.Add(2)
	go produce(n, &wg)
	go consume(n, &wg)
	wg.Wait()
	fmt.Println("ok")
}
