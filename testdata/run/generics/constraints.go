// User-written constraints with ~ and unions, defined types whose underlying
// types satisfy them, core-type inference with S ~[]E preserving the defined
// slice type, conversions T(x) and float64(v), and a type switch on any(v).
package main

import "fmt"

type Number interface {
	~int | ~int64 | ~float64
}

type Celsius float64
type Meters int
type Count int64

type Temps []Celsius

func (t Temps) Describe() string { return fmt.Sprintf("%d readings", len(t)) }

func Sum[T Number](xs ...T) T {
	var total T
	for _, x := range xs {
		total += x
	}
	return total
}

func Average[T Number](xs []T) float64 {
	if len(xs) == 0 {
		return 0
	}
	return float64(Sum(xs...)) / float64(len(xs))
}

func Scale[S ~[]E, E Number](s S, c E) S {
	out := make(S, len(s))
	for i, v := range s {
		out[i] = v * c
	}
	return out
}

func FromInt[T Number](n int) T {
	return T(n)
}

func Convert[To, From Number](v From) To {
	return To(v)
}

func Kind[T Number](v T) string {
	switch x := any(v).(type) {
	case int:
		return fmt.Sprintf("int %d", x)
	case int64:
		return fmt.Sprintf("int64 %d", x)
	case float64:
		return fmt.Sprintf("float64 %.2f", x)
	case Celsius:
		return fmt.Sprintf("Celsius %.1f°C", float64(x))
	default:
		return fmt.Sprintf("other %T %v", x, x)
	}
}

func Clamp[T Number](v, lo, hi T) T {
	if v < lo {
		return lo
	}
	if v > hi {
		return hi
	}
	return v
}

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.25), Sum[Count](4, 5, 6))
	fmt.Println(Sum[int]())
	temps := Temps{20.5, 22, 19.5, 25}
	fmt.Printf("avg %.3f\n", Average(temps))
	hot := Scale(temps, 2)
	fmt.Printf("%v %T %s\n", hot, hot, hot.Describe())
	plain := Scale([]int{1, 2, 3}, 10)
	fmt.Printf("%v %T\n", plain, plain)
	dists := Scale([]Meters{3, 4}, Meters(5))
	fmt.Printf("%v %T\n", dists, dists)
	c := FromInt[Celsius](37)
	fmt.Printf("%v %T\n", c, c)
	fmt.Println(Convert[int](3.99), Convert[float64](Meters(7)), Convert[Count](Celsius(-2.7)))
	fmt.Println(Kind(42))
	fmt.Println(Kind(int64(1) << 40))
	fmt.Println(Kind(2.0 / 3))
	fmt.Println(Kind(Celsius(36.6)))
	fmt.Println(Kind(Meters(12)))
	fmt.Println(Kind(Count(-9)))
	fmt.Println(Clamp(150, 0, 100), Clamp(Celsius(-40), -10, 50), Clamp(1.5, 0.0, 1.0))
	fmt.Println(Average([]Count{}), Average([]int{1, 2}))
}
