// Iterating a map visits every key exactly once; the program sorts the keys
// it collected so that the output does not depend on iteration order.
// Deleting during iteration is allowed and removes entries not yet seen.
package main

import (
	"fmt"
	"sort"
)

func main() {
	m := map[string]int{}
	for i := 0; i < 50; i++ {
		m[fmt.Sprintf("k%02d", i)] = i
	}
	var keys []string
	sum := 0
	for k, v := range m {
		keys = append(keys, k)
		sum += v
	}
	sort.Strings(keys)
	fmt.Println(len(keys), keys[0], keys[49], sum)
	for k := range m {
		if m[k]%2 == 1 {
			delete(m, k)
		}
	}
	fmt.Println(len(m))
	seen := 0
	for k := range m {
		delete(m, k)
		seen++
	}
	fmt.Println(seen, len(m))
	im := map[int]int{}
	for i := 0; i < 10; i++ {
		im[i*i] = i
	}
	var ks []int
	for k := range im {
		ks = append(ks, k)
	}
	sort.Ints(ks)
	for _, k := range ks {
		fmt.Print(k, "=", im[k], " ")
	}
	fmt.Println()
}
