// Benchmark: a long allocation loop whose live heap stays small (a list of at most 1,000
// records, each with a 1 KiB buffer and a formatted name), so that host memory must stay
// bounded however much the program allocates in total (gort's model must really release
// freed objects). Usage: gcchurn [iterations]; prints the total allocated MB.
package main

import (
	"fmt"
	"os"
	"strconv"
)

type rec struct {
	next *rec
	data []byte
	name string
}

var sink *rec

func main() {
	n := 3000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	total := 0
	for i := 0; i < n; i++ {
		if i%1000 == 0 {
			sink = nil
		}
		r := &rec{data: make([]byte, 1024), name: fmt.Sprint("r", i)}
		r.next = sink
		sink = r
		total += len(r.data) + len(r.name)
	}
	fmt.Println(total>>20, "MB allocated")
}
