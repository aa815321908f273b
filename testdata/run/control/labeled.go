// Labeled break and continue leave or restart outer loops, including from
// inside a switch and a select.
package main

import "fmt"

func main() {
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j > i {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	ch <- 3
	count := 0
read:
	for {
		select {
		case v := <-ch:
			count += v
		default:
			break read
		}
	}
	fmt.Println("count", count)
	found := -1
search:
	for i, row := range [][]int{{1, 2}, {3, 4}, {5, 6}} {
		for _, v := range row {
			switch {
			case v == 4:
				found = i
				break search
			case v%2 == 1:
				continue
			}
			fmt.Print("even ", v, " ")
		}
	}
	fmt.Println("found row", found)
}
