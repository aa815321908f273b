package main

func main() {
	a := []int{}
	_ = len() // ERROR "not enough arguments for len\\(\\) \\(expected 1, found 0\\)"
	_ = len(a, // ERROR "too many arguments for len\\(a, a\\) \\(expected 1, found 2\\)"
		a)
	_ = append() // ERROR "not enough arguments for append\\(\\) \\(expected 1, found 0\\)"
	copy(a) // ERROR "not enough arguments for copy\\(a\\) \\(expected 2, found 1\\)"
	_ = cap(a, a) // ERROR "too many arguments for cap\\(a, a\\) \\(expected 1, found 2\\)"
}

func G[T any](v T) any {
	type box struct{ v T } // gc reports this only after a clean type check
	return box{v}
}
