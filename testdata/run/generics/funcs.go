// Generic slice and map helpers (Map, Filter, Reduce, Keys, Contains, Max,
// Min), called with explicit instantiation and with inferred type arguments,
// and instantiated generic functions passed around as ordinary func values.
package main

import (
	"fmt"
	"sort"
	"strconv"
)

type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 |
		~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 |
		~float32 | ~float64 | ~string
}

func Map[T, U any](s []T, f func(T) U) []U {
	out := make([]U, 0, len(s))
	for _, v := range s {
		out = append(out, f(v))
	}
	return out
}

func Filter[T any](s []T, keep func(T) bool) []T {
	var out []T
	for _, v := range s {
		if keep(v) {
			out = append(out, v)
		}
	}
	return out
}

func Reduce[T, A any](s []T, init A, f func(A, T) A) A {
	acc := init
	for _, v := range s {
		acc = f(acc, v)
	}
	return acc
}

func Keys[K comparable, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	return keys
}

func SortedKeys[K Ordered, V any](m map[K]V) []K {
	keys := Keys(m)
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	return keys
}

func Contains[T comparable](s []T, x T) bool {
	for _, v := range s {
		if v == x {
			return true
		}
	}
	return false
}

func Max[T Ordered](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Min[T Ordered](a, b T) T {
	if a < b {
		return a
	}
	return b
}

func Fold[T any](s []T, f func(T, T) T) T {
	acc := s[0]
	for _, v := range s[1:] {
		acc = f(acc, v)
	}
	return acc
}

func main() {
	nums := []int{7, 3, 12, 5, 8, 1}
	strs := Map[int, string](nums, func(n int) string { return "#" + strconv.Itoa(n) })
	fmt.Println(strs, len(strs))
	squares := Map(nums, func(n int) int { return n * n })
	fmt.Println(squares)
	evens := Filter(nums, func(n int) bool { return n%2 == 0 })
	fmt.Println("evens:", evens)
	none := Filter(nums, func(n int) bool { return n > 100 })
	fmt.Println("none:", none, none == nil, len(none))
	sum := Reduce(nums, 0, func(a, n int) int { return a + n })
	joined := Reduce(strs, "", func(a string, s string) string { return a + s })
	fmt.Println("sum:", sum, "joined:", joined)
	lens := Reduce[string, map[int]int]([]string{"go", "is", "fun", "and", "fast"}, map[int]int{},
		func(m map[int]int, s string) map[int]int { m[len(s)]++; return m })
	for _, k := range SortedKeys(lens) {
		fmt.Printf("len %d: %d\n", k, lens[k])
	}
	ages := map[string]int{"carol": 41, "alice": 30, "bob": 25}
	fmt.Println(SortedKeys(ages))
	fmt.Println(Contains(nums, 12), Contains(nums, 4), Contains([]string{"x", "y"}, "y"))

	f, g, h := Max[int], Min[float64], Max[string]
	fmt.Printf("%T %T\n", f, g)
	fmt.Println(f(3, 9), g(2.5, -1.25), h("pear", "apple"))
	fmt.Println(Fold(nums, f), Fold(nums, Min[int]))
	ops := map[string]func(int, int) int{"max": Max[int], "min": Min[int]}
	for _, name := range SortedKeys(ops) {
		fmt.Println(name, Reduce(nums[1:], nums[0], ops[name]))
	}
}
