// The runtime's names of generic instances (%T, reflect's Name): type arguments spelled with
// byte and rune by their kinds' names at any depth, and packages by their import paths.
package main

import (
	"fmt"
	"math/big"
	"reflect"
	"time"
)

type Box[T any] struct{ v T }
type Pair[K comparable, V any] struct {
	k K
	v V
}

func main() {
	fmt.Printf("%T\n", Box[[]byte]{})
	fmt.Printf("%T\n", Box[map[byte]rune]{})
	fmt.Printf("%T\n", Box[func(byte, ...rune) (rune, error)]{})
	fmt.Printf("%T\n", Box[Box[byte]]{})
	fmt.Printf("%T\n", Box[*big.Int]{})
	fmt.Printf("%T\n", Box[time.Duration]{})
	fmt.Printf("%T\n", Pair[[2]byte, chan<- rune]{})
	fmt.Printf("%T\n", Box[struct{ A byte }]{})
	fmt.Printf("%T\n", Box[interface{ M(byte) }]{})
	fmt.Println(reflect.TypeOf(Box[[]rune]{}).Name())
}
