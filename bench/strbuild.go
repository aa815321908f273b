// Benchmark: build strings with strings.Builder and fmt.Sprintf, measuring fmt and string
// allocation. Usage: strbuild [n]; prints the final length.
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

func main() {
	n := 500000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	var sb strings.Builder
	total := 0
	for i := 0; i < n; i++ {
		s := fmt.Sprintf("item %d: %x %5.2f|", i, i*i, float64(i)/7)
		sb.WriteString(s)
		if sb.Len() > 1<<16 {
			total += sb.Len()
			sb.Reset()
		}
	}
	fmt.Println(total + sb.Len())
}
