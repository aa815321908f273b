// strings.Builder's Cap through writes, Grow and Reset.
package main

import (
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	fmt.Println(b.Len(), b.Cap())
	for i := 0; i < 6; i++ {
		b.WriteString("abcde")
		fmt.Println(b.Len(), b.Cap())
	}
	b.Grow(100)
	fmt.Println(b.Len(), b.Cap())
	b.Reset()
	fmt.Println(b.Len(), b.Cap())
	b.Grow(10)
	b.WriteByte('x')
	fmt.Println(b.Len(), b.Cap())
}
