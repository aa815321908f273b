// Benchmark: a map-heavy mix of string and int keys. First n string-key increments spread over
// n/6 keys (m[k]++ on a map that grows as it goes), then 10n/3 XORs into an int-keyed map of
// 65536 keys (m[k] ^= i). Usage: map_mixed [n]; prints the sizes and checksums.
package main

import (
	"fmt"
	"os"
	"strconv"
)

func main() {
	n := 300000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	nkeys := n / 6
	if nkeys < 1 {
		nkeys = 1
	}
	keys := make([]string, nkeys)
	for i := range keys {
		keys[i] = "w" + strconv.Itoa(i*2654435761%1000003)
	}
	counts := make(map[string]int)
	x := uint32(12345)
	for i := 0; i < n; i++ {
		x = x*1664525 + 1013904223
		counts[keys[int(x>>8)%nkeys]]++
	}
	total := 0
	for _, c := range counts {
		total += c
	}
	xs := make(map[int]int)
	ops := n * 10 / 3
	for i := 0; i < ops; i++ {
		x = x*1664525 + 1013904223
		xs[int(x>>16)] ^= i
	}
	sum := 0
	for k, e := range xs {
		sum += e ^ k
	}
	fmt.Println(len(counts), total, len(xs), sum)
}
