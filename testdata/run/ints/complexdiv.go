// Complex division at the edges: NaN and infinite operands, division by zero.
package main

import (
	"fmt"
	"math"
)

func main() {
	nan, inf := math.NaN(), math.Inf(1)
	nums := []complex128{0, 1 + 2i, complex(inf, 0), complex(nan, 1), complex(-inf, inf)}
	dens := []complex128{0, 2 - 1i, complex(nan, nan), complex(nan, 0), complex(inf, 1), complex(0, -inf)}
	for _, n := range nums {
		for _, d := range dens {
			fmt.Print(n/d, " ")
		}
		fmt.Println()
	}
}
