// go statements of every kind of callee: a declared function (variadic, generic, with results
// or plain), a method expression, a method value, a func value, a native method, a func literal.
package main

import (
	"fmt"
	"sync"
)

type T struct{ n int }

func (t *T) Inc(wg *sync.WaitGroup) { t.n++; wg.Done() }

func vari(wg *sync.WaitGroup, c chan int, xs ...int) {
	s := 0
	for _, x := range xs {
		s += x
	}
	c <- s
	wg.Done()
}

func gen[K comparable](wg *sync.WaitGroup, c chan int, k K) {
	m := map[K]int{k: 7}
	c <- m[k]
	wg.Done()
}

func two(c chan int) (int, error) { c <- 2; return 1, nil }

func plain(p *int) { *p = 42 }

func main() {
	var wg sync.WaitGroup
	c := make(chan int, 100)
	wg.Add(4)
	go vari(&wg, c, 1, 2, 3)
	go gen(&wg, c, "k")
	go gen[int](&wg, c, 5)
	go (*T).Inc(&T{}, &wg)
	wg.Wait()
	fmt.Println(<-c + <-c + <-c)
	go two(c)
	fmt.Println(<-c)
	t := &T{}
	wg.Add(2)
	f := t.Inc
	go t.Inc(&wg)
	go f(&wg)
	wg.Wait()
	fmt.Println(t.n)
	g := func(s string) { c <- len(s) }
	go g("hello")
	fmt.Println(<-c)
	var mu sync.Mutex
	mu.Lock()
	go mu.Unlock()
	mu.Lock()
	wg.Add(1)
	go wg.Done()
	wg.Wait()
	x := 0
	go plain(&x)
	for i := 0; i < 3; i++ {
		var mu sync.Mutex
		mu.Lock()
		go func(i int) { defer mu.Unlock(); c <- i }(i)
		mu.Lock()
		fmt.Println(<-c)
	}
	wg.Add(1)
	go func() { defer wg.Done(); panicky() }()
	wg.Wait()
}

func panicky() {
	defer func() { fmt.Println("rec", recover()) }()
	var p *T
	p.n++
}
