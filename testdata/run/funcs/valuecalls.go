// Calls through func values: a method value's receiver is copied for each call, a nil func
// value panics after its arguments are evaluated, and a go statement's callee expression is
// evaluated by the goroutine that runs the statement.
package main

import (
	"fmt"
	"sync"
)

type S struct {
	n int
	a [2]int
}

func (s S) Bump() int   { s.n++; s.a[0]++; return s.n*10 + s.a[0] }
func (s S) Self() S     { return s }
func (s *S) PBump() int { s.n++; return s.n }

type O struct{ *S }
type V struct{ S }

type A [3]int

func (a A) Inc() int { a[0]++; return a[0] }

func side(tag string) int {
	fmt.Println("argument", tag)
	return 1
}

func getF(ch chan func(int)) func(int) { return <-ch }

func main() {
	s := S{}
	mv := s.Bump
	fmt.Println(mv(), mv(), s.n)
	sv := s.Self
	r := sv()
	r.n = 99
	fmt.Println(sv().n, s.n)
	o := O{&S{}}
	pb := o.PBump
	pb()
	fmt.Println(pb(), o.n)
	ob := o.Bump
	o.n = 50
	fmt.Println(ob(), ob())
	v := V{}
	vb := v.Bump
	vp := v.PBump
	vp()
	fmt.Println(vb(), v.n)
	var a A
	ai := a.Inc
	fmt.Println(ai(), ai(), a)

	var wg sync.WaitGroup
	var mu sync.Mutex
	got := 0
	m := map[string]func(int){"k": func(x int) { mu.Lock(); got += x * x; mu.Unlock(); wg.Done() }}
	ch := make(chan func(int), 2)
	start := func() {
		wg.Add(3)
		go m["k"](1)
		ch <- m["k"]
		go getF(ch)(2)
		ch <- m["k"]
		go (<-ch)(3)
	}
	start()
	wg.Wait()
	fmt.Println("got", got)

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var f func(int) int
		f(side("before the nil call"))
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var np *S
		bad := np.Bump
		fmt.Println(bad())
	}()
}
