// time.Duration's Round, Truncate and Abs at the edges: halves, negative durations and the
// overflow of rounding near the largest and smallest Durations, which stops at them.
package main

import (
	"fmt"
	"math"
	"time"
)

func main() {
	ds := []time.Duration{
		0, 1, 499, 500, 501, -499, -500, -501,
		1500 * time.Millisecond, -1500 * time.Millisecond, 2*time.Hour + 29*time.Minute + 30*time.Second,
		math.MaxInt64, math.MinInt64, math.MaxInt64 - 1, math.MinInt64 + 1,
	}
	ms := []time.Duration{0, -1, 1000, time.Second, time.Hour, 7 * time.Millisecond, math.MaxInt64}
	for _, d := range ds {
		for _, m := range ms {
			fmt.Printf("%v round %v = %v, truncate = %v\n", d, m, d.Round(m), d.Truncate(m))
		}
		fmt.Printf("%v abs = %v\n", d, d.Abs())
	}
}
