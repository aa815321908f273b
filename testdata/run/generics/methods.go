// Constraints that carry methods: a Stringer constraint, a ~int constraint
// with a String method, and a pointer-method constraint (PT interface{ *T;
// Set(string) }); calling those methods on T values, and zero values via
// var zero T and *new(T).
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Stringer interface{ String() string }

type Weekday int

func (d Weekday) String() string {
	return [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}[d%7]
}

type Enum interface {
	~int
	String() string
}

type Color struct{ R, G, B uint8 }

func (c Color) String() string { return fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B) }

func JoinAll[T Stringer](xs []T, sep string) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = x.String()
	}
	return strings.Join(parts, sep)
}

func Next[E Enum](e E, n int) (E, string) {
	v := e + E(n)
	return v, e.String() + "+" + strconv.Itoa(n) + "=" + v.String()
}

type Setter[T any] interface {
	*T
	Set(string) error
}

type IntBox struct{ v int }

func (b *IntBox) Set(s string) error {
	n, err := strconv.Atoi(s)
	if err != nil {
		return errors.New("IntBox: bad input " + strconv.Quote(s))
	}
	b.v = n
	return nil
}

type Name struct{ first, last string }

func (n *Name) Set(s string) error {
	f := strings.Fields(s)
	if len(f) != 2 {
		return fmt.Errorf("Name: want 2 words, got %d", len(f))
	}
	n.first, n.last = f[0], f[1]
	return nil
}

func ParseAll[T any, PT Setter[T]](inputs []string) ([]T, error) {
	out := make([]T, 0, len(inputs))
	for _, in := range inputs {
		var v T
		if err := PT(&v).Set(in); err != nil {
			return out, err
		}
		out = append(out, v)
	}
	return out, nil
}

func Zero[T any]() T { return *new(T) }

func FirstNonZero[T comparable](xs ...T) (T, bool) {
	var zero T
	for _, x := range xs {
		if x != zero {
			return x, true
		}
	}
	return zero, false
}

func main() {
	days := []Weekday{1, 3, 5}
	fmt.Println(JoinAll(days, ", "))
	fmt.Println(JoinAll([]Color{{255, 0, 128}, {1, 2, 3}}, " "))
	d, msg := Next(Weekday(5), 4)
	fmt.Println(int(d), d, msg)
	boxes, err := ParseAll[IntBox]([]string{"10", "-3", "42"})
	fmt.Println(boxes, err)
	boxes, err = ParseAll[IntBox]([]string{"7", "x"})
	fmt.Println(boxes, err)
	names, err := ParseAll[Name]([]string{"Ada Lovelace", "Alan Turing"})
	fmt.Printf("%+v %v\n", names, err)
	_, err = ParseAll[Name]([]string{"Grace"})
	fmt.Println("error:", err)
	fmt.Printf("%q %v %v %v %v\n", Zero[string](), Zero[int](), Zero[*Name]() == nil, Zero[Color](), Zero[[]int]() == nil)
	fmt.Printf("%+v %v\n", Zero[Name](), Zero[Weekday]())
	s, ok := FirstNonZero("", "", "third", "fourth")
	fmt.Println(s, ok)
	n, ok := FirstNonZero(0, 0, 0)
	fmt.Println(n, ok)
	c, ok := FirstNonZero(Color{}, Color{0, 0, 9})
	fmt.Println(c, ok)
}
