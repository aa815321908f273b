// Map basics: insert, overwrite, delete, len, comma-ok lookup, zero values
// for missing keys, and reads and deletes on a nil map.
package main

import "fmt"

func main() {
	m := make(map[string]int)
	m["one"] = 1
	m["two"] = 2
	m["one"] = 11
	fmt.Println(len(m), m["one"], m["two"], m["three"])
	v, ok := m["two"]
	fmt.Println(v, ok)
	v, ok = m["zero"]
	fmt.Println(v, ok)
	delete(m, "two")
	delete(m, "missing")
	fmt.Println(len(m), m)
	var nm map[string]bool
	fmt.Println(nm == nil, len(nm), nm["x"])
	delete(nm, "x")
	_, ok = nm["x"]
	fmt.Println(ok)
	counts := map[rune]int{}
	for _, r := range "mississippi" {
		counts[r]++
	}
	fmt.Println(counts)
	ints := map[int]string{1: "a", -5: "b", 1 << 40: "c"}
	fmt.Println(ints, len(ints))
	for i := 0; i < 1000; i++ {
		ints[i] = "v"
	}
	for i := 0; i < 1000; i += 2 {
		delete(ints, i)
	}
	fmt.Println(len(ints), ints[999], ints[998] == "")
}
