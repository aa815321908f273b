// string(b) of a []byte or []rune reads the slice after the statement's calls, as gc orders
// it: a call in the same statement that writes the slice is seen.
package main

import "fmt"

func fill(b []byte) int { copy(b, "XY"); return 2 }

func rfill(r []rune) int { r[0] = 'Z'; return 1 }

func main() {
	buf := []byte("ab")
	fmt.Println(string(buf), fill(buf))
	buf = []byte("ab")
	s := string(buf) + fmt.Sprint(fill(buf))
	fmt.Println(s)
	buf = []byte("ab")
	m := map[string]int{string(buf): fill(buf)}
	fmt.Println(m)
	buf = []byte("ab")
	xs := []string{string(buf), fmt.Sprint(fill(buf))}
	fmt.Println(xs)
	rs := []rune("hé")
	fmt.Println(string(rs), rfill(rs))
	buf = []byte("ab")
	var x, y string
	x, y = string(buf), fmt.Sprint(fill(buf))
	fmt.Println(x, y)
	buf = []byte("ab")
	switch string(buf) + fmt.Sprint(fill(buf)) {
	case "XY2":
		fmt.Println("switch XY2")
	default:
		fmt.Println("switch other")
	}
}
