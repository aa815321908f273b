// A method expression of a generic type with several type arguments, (*G[A, B]).M: the
// index binds tighter than the unary *.
package main

import "fmt"

type Pair[K comparable, V any] struct {
	k K
	v V
}

func (p *Pair[K, V]) Set(v V)  { p.v = v }
func (p Pair[K, V]) Get() V    { return p.v }
func (p *Pair[K, V]) Key() K   { return p.k }

func main() {
	p := &Pair[string, int]{k: "a"}
	(*Pair[string, int]).Set(p, 5)
	set := (*Pair[string, int]).Set
	set(p, 6)
	fmt.Println(p.v, Pair[string, int].Get(*p), (*Pair[string, int]).Key(p))
	var q *Pair[string, int] = (*Pair[string, int])(nil)
	fmt.Println(q == nil)
}
