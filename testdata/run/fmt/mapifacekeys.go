// A map with interface keys of different dynamic types prints them in the order of their type
// descriptors' addresses: by the descriptor's size, then the type's name, as Go's linker lays
// them out.
package main

import "fmt"

type Z struct{ A int }
type Y int
type W struct{ A, B int }

func (W) String() string { return "w" }
func (W) Other() int     { return 1 }

type S string

func main() {
	m := map[interface{}]int{
		"a": 1, 2: 2, 3.5: 3, true: 4, [1]int{5}: 5, [2]string{"x", "y"}: 6, struct{ B int }{7}: 7,
		Z{8}: 8, Y(9): 9, W{1, 2}: 10, 'r': 11, byte(12): 12, complex(1, 2): 13, S("s"): 14,
		int8(3): 15, uint(4): 16, struct{ C, D, E int }{1, 2, 3}: 17, [3]int{}: 18,
	}
	fmt.Println(m)
	fmt.Printf("%v\n", map[interface{}]string{Z{1}: "z", "s": "str", 1: "int", [1]int{2}: "arr"})
	n := map[interface{}]bool{P{1, 2}: true, Q{3, 4}: true, [2]int{5, 6}: false, struct{ X, Y int }{7, 8}: true, "k": true, 9: false}
	fmt.Println(n)
	fmt.Println(map[interface{}]int{uint16(1): 0, int64(2): 1, float32(3): 2, "x": 3, false: 4})
}

type P struct{ X, Y int }

func (p P) Norm() int { return p.X*p.X + p.Y*p.Y }

type Q [2]int
