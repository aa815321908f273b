// String and byte-slice verbs: %s %q %x %X % x with widths, precision,
// and the # flag for backquoted strings.
package main

import "fmt"

func main() {
	s := "héllo\n"
	fmt.Printf("[%s][%q][%+q][%#q]\n", s, s, s, "raw")
	fmt.Printf("[%10s][%-10s][%.3s][%10.2s]\n", "go", "go", "gopher", "gopher")
	fmt.Printf("[%x][%X][% x][%#x]\n", "hi!", "hi!", "hi!", "hi!")
	b := []byte("bytes")
	fmt.Printf("[%s][%q][%x][%v][%d]\n", b, b, b, b, b)
	fmt.Printf("[%q][%v][%s]\n", []string{"a", "b c"}, []string{"a"}, []string{"x", "y"})
	fmt.Printf("[%5q][%-8q]\n", 'r', "q")
	fmt.Printf("[%s]\n", nil)
	fmt.Printf("[%s][%v]\n", error(nil), []interface{}{nil, 1})
	var ps *string
	fmt.Printf("[%v][%s]\n", ps, 42)
}
