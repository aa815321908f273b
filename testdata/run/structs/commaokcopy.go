// A struct or array taken out of a map, an interface or a channel with the comma-ok forms, or
// bound by a type switch, is a copy: changing it leaves the map's element, the interface's
// value and the sender's variable as they were.
package main

import "fmt"

type C struct{ R int }

var pm = map[string]C{"a": {1}}
var pv, pok = pm["a"]

func main() {
	m := map[string]C{"a": {1}}
	v, _ := m["a"]
	v.R = 99
	fmt.Println(m, v)

	var i interface{} = C{2}
	a, _ := i.(C)
	a.R = 7
	fmt.Println(i, a)

	var j interface{} = [2]int{1, 2}
	switch s := j.(type) {
	case [2]int:
		s[0] = 9
		fmt.Println(s)
	}
	fmt.Println(j)

	var w, ok = m["a"]
	w.R = 5
	fmt.Println(m, w, ok)

	pv.R = 42
	fmt.Println(pm, pv, pok)

	var b C
	b, ok = m["a"]
	b.R = 3
	fmt.Println(m, b)

	ch := make(chan [2]int, 1)
	arr := [2]int{4, 5}
	ch <- arr
	r, ok := <-ch
	r[0] = 6
	fmt.Println(arr, r, ok)

	for k, e := range m {
		e.R = 11
		fmt.Println(k, e, m[k])
	}

	ch <- arr
	select {
	case x, ok := <-ch:
		x[1] = 0
		fmt.Println(arr, x, ok)
	}
}
