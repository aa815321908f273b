// fmt prints maps with keys sorted: numbers numerically, strings
// lexically, booleans false first, NaN keys first, and interface keys by
// type then value.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(map[int]int{10: 1, -3: 2, 7: 3, 0: 4})
	fmt.Println(map[string]bool{"pear": true, "apple": false, "Zed": true})
	fmt.Println(map[bool]string{true: "t", false: "f"})
	fmt.Println(map[float64]int{2.5: 1, math.Inf(-1): 2, -0.5: 3})
	fmt.Printf("%v\n", map[interface{}]int{"b": 1, 2: 2, "a": 3, 1: 4, 1.5: 5})
	fmt.Printf("%+v\n", map[string]struct{ X int }{"k": {1}})
	fmt.Printf("%#v\n", map[string]int{"b": 2, "a": 1})
	fmt.Printf("%v %d\n", map[string]int(nil), map[string]int{})
	type pt struct{ X, Y int }
	fmt.Println(map[pt]string{{2, 1}: "c", {1, 9}: "b", {1, 2}: "a"})
	fmt.Println(map[[2]int]bool{{3, 0}: true, {0, 3}: false})
}
