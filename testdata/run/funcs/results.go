// Multiple and named results: bare returns, results shadowed by
// parameters of inner scopes, and passing multiple results directly to a
// call.
package main

import (
	"errors"
	"fmt"
)

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func parse(s string) (n int, err error) {
	for _, c := range s {
		if c < '0' || c > '9' {
			err = errors.New("bad digit " + string(c))
			return
		}
		n = n*10 + int(c-'0')
	}
	return n, nil
}

func swap(a, b string) (string, string) { return b, a }

func pair() (int, string) { return 7, "seven" }

func show(n int, s string) string { return fmt.Sprint(n, "/", s) }

func main() {
	fmt.Println(divmod(17, 5))
	q, _ := divmod(-17, 5)
	fmt.Println(q)
	for _, in := range []string{"123", "12x", ""} {
		n, err := parse(in)
		fmt.Println(n, err)
	}
	a, b := swap("x", "y")
	fmt.Println(a, b)
	fmt.Println(show(pair()))
	x, y := 1, 2
	x, y = y, x+y
	fmt.Println(x, y)
}
