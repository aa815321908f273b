// m[k] op= v updates the element in place after one mapassign: every
// operator and element kind, new and existing keys, a map that grows
// meanwhile, a right side that writes the map or panics first, a nil map,
// division by zero (checked before the assignment), and generic elements.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type celsius float64
type label string

func grow(m map[int]int, n int) int {
	for i := 0; i < n; i++ {
		m[1000+i] = i
	}
	return n
}

func boom(s []int) int { return s[5] }

type num interface{ ~int | ~float64 | ~complex128 | ~string }

// twice adds v and then doubles: an op= whose element is a type parameter.
func twice[K comparable, V num](m map[K]V, k K, v V) {
	m[k] += v
	m[k] += m[k]
}

type wide [200]byte // a key Go stores indirectly (over 128 bytes)

func sortedKeys(m map[string]int) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func main() {
	ints := map[int]int{}
	for i := 0; i < 2000; i++ {
		ints[i%37] += i
		ints[i%11] -= 3
		ints[i%5] *= 3
		ints[i%7] ^= i << 3
		ints[i%13] |= i
		ints[i%17] &= ^i
		ints[i%19] &^= i >> 1
		ints[i%23]++
		ints[i%29]--
	}
	sum := 0
	for k, v := range ints {
		sum += k * (v % 1000003)
	}
	fmt.Println(len(ints), sum)

	u8 := map[string]uint8{}
	for i := 0; i < 600; i++ {
		u8[fmt.Sprint(i%3)] += uint8(i)
		u8["x"]--
	}
	fmt.Println(u8["0"], u8["1"], u8["2"], u8["x"])

	big := map[uint64]uint64{}
	for i := uint64(0); i < 50; i++ {
		big[i%4] += 0xfedcba9876543210 + i
		big[i%3] *= 0x9e3779b97f4a7c15
		big[i%5] ^= big[i%4] >> 7
	}
	fmt.Println(big[0], big[1], big[2], big[3], big[4])

	i64 := map[int64]int64{}
	i64[-1] -= 1 << 62
	i64[-1] -= 1 << 62
	i64[-1] -= 1 << 62
	fmt.Println(i64[-1])

	fl := map[string]celsius{}
	for i := 0; i < 10; i++ {
		fl["t"] += celsius(i) / 4
		fl["u"] -= 0.1
	}
	fmt.Println(fl["t"], fl["u"])

	cx := map[int]complex128{}
	cx[1] += 2 + 3i
	cx[1] *= 1 - 1i
	cx[2] -= 1i
	fmt.Println(cx[1], cx[2])

	words := map[label]label{}
	for _, w := range strings.Fields("a b a c b a") {
		words[label(w)] += label(w) + ","
	}
	fmt.Println(words["a"], words["b"], words["c"], len(words))

	counts := map[string]int{}
	for _, w := range strings.Fields("the cat and the hat and the bat") {
		counts[w]++
	}
	for _, k := range sortedKeys(counts) {
		fmt.Print(k, "=", counts[k], " ")
	}
	fmt.Println()

	// The right side runs first; here it grows the map the element lives in.
	g := map[int]int{}
	g[1] += grow(g, 500)
	g[2000] += grow(g, 600)
	fmt.Println(len(g), g[1], g[2000], g[1100])

	// A panic on the right side leaves the map as it was.
	p := map[string]int{"a": 1}
	func() {
		defer func() { fmt.Println(recover(), len(p), p["a"]) }()
		p["new"] += boom(nil)
	}()
	func() {
		defer func() { fmt.Println(recover(), len(p)) }()
		z := 0
		p["div"] /= z
	}()
	func() {
		defer func() { fmt.Println(recover(), len(p)) }()
		n := -1
		p["shift"] <<= n
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		var nm map[string]int
		nm["x"] += 1
	}()
	gi := map[string]int{}
	twice(gi, "x", 3)
	twice(gi, "x", 1)
	gc := map[[2]int]complex128{}
	twice(gc, [2]int{1, 2}, 1i)
	gs := map[int]label{}
	twice(gs, 1, "ab")
	gw := map[wide]float64{}
	twice(gw, wide{1}, 0.5)
	ga := map[any]int{}
	ga[1.5]++
	ga["s"] += 2
	fmt.Println(gi, gc, gs, gw[wide{1}], ga)

	d := map[int]int{7: 100}
	d[7] /= 3
	d[7] %= 5
	d[7] <<= 4
	d[7] >>= 1
	d[8] /= 2
	fmt.Println(d)
}
