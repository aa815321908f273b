// sort.Ints and sort.Strings (sorted natively): large random ints with values beyond 2^53, and
// byte-ordered strings.
package main

import (
	"fmt"
	"math/rand"
	"sort"
)

func main() {
	r := rand.New(rand.NewSource(1))
	xs := make([]int, 50000)
	for i := range xs {
		xs[i] = r.Intn(1000000) - 50000
	}
	xs[0] = 1 << 62
	xs[1] = -(1 << 62)
	sort.Ints(xs)
	fmt.Println(xs[0], xs[1], xs[25000], xs[len(xs)-1], sort.IntsAreSorted(xs))
	ss := []string{"b", "a", "é", "Z", "", "ab"}
	sort.Strings(ss)
	fmt.Printf("%q\n", ss)
	sort.Ints(nil)
}
