// Slicing beyond capacity terminates the program with the bound and the
// capacity in the message.
package main

import "fmt"

func main() {
	s := make([]int, 3, 5)
	hi := 7
	fmt.Println(len(s[:5]))
	fmt.Println(s[:hi])
}
