// Slices of zero-size elements: append's capacity is the length asked for, make's is as
// given, and copies, reslices and ranges behave as for any element type.
package main

import "fmt"

type empty struct{}

type marker [0]int

func main() {
	var e []struct{}
	for i := 0; i < 5; i++ {
		e = append(e, struct{}{})
		fmt.Println(len(e), cap(e))
	}
	e = append(e, make([]struct{}, 10)...)
	fmt.Println(len(e), cap(e))
	m := make([]marker, 3, 7)
	m = append(m, marker{}, marker{})
	fmt.Println(len(m), cap(m))
	m = append(m, marker{}, marker{}, marker{})
	fmt.Println(len(m), cap(m))
	var es []empty
	es = append(es, empty{}, empty{}, empty{})
	fmt.Println(len(es), cap(es), len(es[1:]), cap(es[1:]), cap(es[:1:2]))
	n := copy(es, make([]empty, 10))
	fmt.Println(n)
	count := 0
	for range es {
		count++
	}
	fmt.Println(count)
	set := map[string]struct{}{}
	for _, w := range []string{"a", "b", "a", "c"} {
		set[w] = struct{}{}
	}
	fmt.Println(len(set))
}
