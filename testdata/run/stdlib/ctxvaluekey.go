// context.WithValue refuses a nil key and a key whose type is not comparable.
package main

import (
	"context"
	"fmt"
)

type key struct{ name string }

func try(k any) {
	defer func() { fmt.Println("recovered:", recover()) }()
	ctx := context.WithValue(context.Background(), k, 1)
	fmt.Println(ctx.Value(k))
}

func main() {
	try(key{"a"})
	try("s")
	try(nil)
	try([]int{1})
	try(map[string]int{})
	try(func() {})
	try([2]int{1, 2})
}
