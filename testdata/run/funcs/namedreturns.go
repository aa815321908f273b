// A return sets the named results before the function ends: a pointer to one, a closure over
// one and the deferred calls see the returned values, and a struct result whose address is
// taken is copied out, not shared with the pointer.
package main

import "fmt"

type T struct{ n int }

type acc struct{ v int }

func (a *acc) add(k int) { a.v += k }

func f() (n int, p *int) { return 7, &n }
func g() (t T, get func() int) {
	get = func() int { return t.n }
	return T{6}, get
}
func h() (t T) {
	defer func(p *T) { p.n++ }(&t)
	return T{10}
}
func k() (a acc) {
	defer a.add(2)
	return acc{10}
}
func swap() (a, b int) {
	a, b = 1, 2
	return b, a
}
func alias() (t T, p *T) {
	t = T{1}
	return t, &t
}
func bare() (t T, p *T) {
	p = &t
	t.n = 4
	return
}

func main() {
	_, p := f()
	_, get := g()
	fmt.Println(*p, get(), h(), k())
	fmt.Println(swap())
	t, q := alias()
	q.n = 9
	fmt.Println(t, *q)
	t2, q2 := bare()
	q2.n = 8
	fmt.Println(t2, *q2)
}
