// Struct comparison is field by field, including nested arrays and
// interfaces; structs with comparable fields can be map keys.
package main

import "fmt"

type inner struct {
	tags [2]string
}

type rec struct {
	id   int
	name string
	in   inner
	any  interface{}
}

func main() {
	a := rec{1, "a", inner{[2]string{"x", "y"}}, 5}
	b := a
	fmt.Println(a == b)
	b.in.tags[1] = "z"
	fmt.Println(a == b, a.in == inner{[2]string{"x", "y"}})
	b = a
	b.any = int64(5)
	fmt.Println(a == b)
	b.any = 5
	fmt.Println(a == b)
	var z rec
	fmt.Println(z == rec{}, z.any == nil)
	type pair struct{ a, b float64 }
	fmt.Println(pair{0, 1} == pair{-0.0, 1})
	set := map[rec]int{a: 1}
	set[b]++
	fmt.Println(len(set), set[a])
}
