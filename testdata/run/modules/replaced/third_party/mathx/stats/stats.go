package stats

import (
	"fmt"
	"sort"
)

func Mean(xs []int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t / len(xs)
}

func Median(xs []int) int {
	s := append([]int(nil), xs...)
	sort.Ints(s)
	return s[len(s)/2]
}

// Acc accumulates a running sum.
type Acc struct{ N, Sum int }

func (a *Acc) Add(x int) {
	a.N++
	a.Sum += x
}

func (a Acc) String() string { return fmt.Sprintf("acc{%d items, sum %d}", a.N, a.Sum) }
