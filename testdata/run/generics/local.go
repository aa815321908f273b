// Generic types declared inside an ordinary function: instantiated there with several type
// arguments, printed with %v and %T, and compared.
package main

import "fmt"

func main() {
	type Pair[K comparable, V any] struct {
		Key K
		Val V
	}
	type Ring[T any] []T
	p := Pair[string, int]{"a", 1}
	q := Pair[int, []string]{2, []string{"x"}}
	r := Ring[float64]{1.5, 2.5}
	fmt.Printf("%v %+v %T\n", p, q, r)
	fmt.Println(p == Pair[string, int]{"a", 1}, len(r))
	var anyv any = p
	if v, ok := anyv.(Pair[string, int]); ok {
		fmt.Println("pair", v.Key, v.Val)
	}
}
