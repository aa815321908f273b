// Deferred calls that return at once, that block, that panic and that recover, mixed in one
// frame, in loops and in a deep recursion where each level's deferred call blocks.
package main

import (
	"errors"
	"fmt"
	"sync"
)

var mu sync.Mutex

func named() (n int, err error) {
	defer func() { n *= 10 }()
	defer func() {
		if n > 3 {
			err = errors.New("big")
		}
	}()
	return 4, nil
}

func blocking(ch chan int) (got []int) {
	defer func() { got = append(got, 100) }()
	defer func() { got = append(got, <-ch) }() // blocks until the sender runs
	defer func() { got = append(got, 1) }()
	go func() { ch <- 42 }()
	return nil
}

func panicky() (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint("recovered: ", r)
		}
	}()
	defer fmt.Println("second deferred call runs during the panic")
	defer func() { panic("from a deferred call") }()
	fmt.Println("body returns normally")
	return "unreached"
}

func locked(i int) int {
	mu.Lock()
	defer mu.Unlock()
	return i * 2
}

func loop() (s int) {
	for i := 0; i < 5; i++ {
		defer func(i int) { s = s*10 + i }(i)
	}
	return 0
}

func deep(depth int, ch chan int, wg *sync.WaitGroup) int {
	defer wg.Done()
	if depth == 0 {
		return 0
	}
	defer func() { <-ch }()
	return deep(depth-1, ch, wg) + 1
}

func main() {
	fmt.Println(named())
	fmt.Println(blocking(make(chan int)))
	fmt.Println(panicky())
	sum := 0
	for i := 0; i < 1000; i++ {
		sum += locked(i)
	}
	fmt.Println("locked sum", sum)
	fmt.Println("loop", loop())

	var wg sync.WaitGroup
	ch := make(chan int)
	wg.Add(41)
	done := make(chan int)
	go func() { done <- deep(40, ch, &wg) }()
	for i := 0; i < 40; i++ {
		ch <- i
	}
	fmt.Println("deep", <-done)
	wg.Wait()
}
