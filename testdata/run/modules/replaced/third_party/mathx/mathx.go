// Package mathx is its own module, used through a replace directive.
package mathx

// Mapper maps an int; main's doubler satisfies it.
type Mapper interface{ Apply(int) int }

func GCD(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func Clamp(x, lo, hi int) int {
	if x < lo {
		return lo
	}
	if x > hi {
		return hi
	}
	return x
}

func MapAll(xs []int, m Mapper) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = m.Apply(x)
	}
	return out
}
