// goto and labels: a loop built from goto, jumping forward over code, and
// labels in nested blocks.
package main

import "fmt"

func main() {
	i := 0
loop:
	if i < 5 {
		fmt.Print(i, " ")
		i++
		goto loop
	}
	fmt.Println()
	n := 7
	steps := 0
collatz:
	if n == 1 {
		goto done
	}
	if n%2 == 0 {
		n /= 2
	} else {
		n = 3*n + 1
	}
	steps++
	goto collatz
done:
	fmt.Println("steps", steps)
	for j := 0; j < 3; j++ {
		if j == 1 {
			goto next
		}
		fmt.Println("j", j)
	next:
	}
}
