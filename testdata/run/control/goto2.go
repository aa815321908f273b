// goto: backward loops, forward jumps out of nested loops, goto beside unlabeled
// break/continue in a loop body, labels inside a case clause and inside a closure.
package main

import "fmt"

// sum counts down with a backward goto at the function's top level.
func sum(n int) int {
	total := 0
	i := 0
loop:
	if i < n {
		total += i
		i++
		goto loop
	}
	return total
}

// find jumps forward out of nested loops to a label in an enclosing block.
func find(grid [][]int, want int) (int, int) {
	for r := range grid {
		for c := range grid[r] {
			if grid[r][c] == want {
				goto found
			}
		}
		continue
	found:
		for c := range grid[r] {
			if grid[r][c] == want {
				return r, c
			}
		}
	}
	return -1, -1
}

// retry uses a goto inside a for loop body together with an unlabeled break and continue.
func retry() []string {
	var out []string
	for k := 0; k < 4; k++ {
		tries := 0
	again:
		tries++
		if k == 1 {
			continue
		}
		if k == 3 {
			break
		}
		if tries < 3 {
			goto again
		}
		out = append(out, fmt.Sprintf("k=%d tries=%d", k, tries))
	}
	return out
}

// inSwitch jumps within a case clause body.
func inSwitch(x int) string {
	switch x {
	case 1:
		s := ""
		i := 0
	more:
		s += "a"
		i++
		if i < 3 {
			goto more
		}
		return s
	default:
		goto out
	}
out:
	return "default"
}

func main() {
	fmt.Println(sum(10))
	fmt.Println(find([][]int{{1, 2}, {3, 4}, {5, 6}}, 4))
	fmt.Println(find([][]int{{1, 2}}, 9))
	fmt.Println(retry())
	fmt.Println(inSwitch(1), inSwitch(2))
	func() {
		i := 0
	l:
		i++
		if i < 5 {
			goto l
		}
		fmt.Println("closure goto", i)
	}()
}
