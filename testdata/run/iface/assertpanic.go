// An unrecovered failing type assertion terminates the program with the
// interface conversion message and a traceback.
package main

import "fmt"

func convert(v interface{}) int {
	return v.(int) + 1
}

func main() {
	fmt.Println(convert(1))
	fmt.Println(convert("two"))
}
