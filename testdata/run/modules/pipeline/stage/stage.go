// Package stage: the functions a pool runs, some of them package-level closures.
package stage

import "sort"

var table = map[string]func(int) int{
	"square": Square,
	"invert": func(x int) int { return 100 / x },
	"negate": func(x int) int { return -x },
}

func Square(x int) int { return x * x }

func Pick(name string) func(int) int { return table[name] }

func Names() []string {
	var ns []string
	for n := range table {
		ns = append(ns, n)
	}
	sort.Strings(ns)
	return ns
}
