// Race-free: ownership of slices and structs passes from goroutine to goroutine through
// channels; results are copied and ranged over only after the hand-off.
package main

import (
	"fmt"
	"strings"
)

type batch struct {
	lines []string
	total int
}

func stage(in <-chan *batch, out chan<- *batch) {
	for b := range in {
		for i, l := range b.lines {
			b.lines[i] = strings.ToUpper(l)
			b.total += len(l)
		}
		out <- b
	}
	close(out)
}

func main() {
	in := make(chan *batch)
	out := make(chan *batch, 1)
	go stage(in, out)
	go func() {
		for i := 0; i < 3; i++ {
			in <- &batch{lines: []string{"a", "bb", fmt.Sprint(i)}}
		}
		close(in)
	}()
	all := []string{}
	sum := 0
	for b := range out {
		cp := make([]string, len(b.lines))
		copy(cp, b.lines)
		all = append(all, cp...)
		sum += b.total
	}
	fmt.Println(strings.Join(all, ","), sum)
}
