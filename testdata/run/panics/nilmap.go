// Writing to a nil map panics with "assignment to entry in nil map".
package main

import "fmt"

type registry struct {
	entries map[string]int
}

func (r *registry) add(k string) {
	r.entries[k]++
}

func main() {
	r := &registry{}
	fmt.Println(len(r.entries), r.entries["x"])
	r.add("x")
}
