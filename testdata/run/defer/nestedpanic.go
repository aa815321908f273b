// A panic raised by a deferred call while another panic is unwinding: both
// messages are printed, the earlier one first, and the program exits 2.
package main

import (
	"errors"
	"fmt"
)

func main() {
	defer func() {
		panic(errors.New("third"))
	}()
	defer func() {
		fmt.Println("deferred 1 runs")
		panic(fmt.Sprintf("second %d", 2))
	}()
	panic("first")
}
