// A module that requires another module replaced by a directory inside it (go.mod's
// `replace example.com/mathx => ./third_party/mathx`): packages of both modules, the
// replacement's subpackage, a method value and an interface satisfied across packages. The
// last call divides by zero inside the replacement module.
package main

import (
	"fmt"

	"example.com/mathx"
	"example.com/mathx/stats"
	"example.com/replaced/greet"
)

type doubler struct{}

func (doubler) Apply(x int) int { return 2 * x }

func main() {
	fmt.Println(greet.Hello("modules"))
	xs := []int{5, 3, 8, 1}
	fmt.Println("gcd:", mathx.GCD(84, 36), "clamp:", mathx.Clamp(15, 0, 10))
	fmt.Println("mean:", stats.Mean(xs), "median:", stats.Median(xs))
	fmt.Println("mapped:", mathx.MapAll(xs, doubler{}))
	var acc stats.Acc
	add := acc.Add
	for _, x := range xs {
		add(x)
	}
	fmt.Printf("%v %T\n", acc, acc)
	fmt.Println(stats.Mean(nil))
}
