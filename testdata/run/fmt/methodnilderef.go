// fmt recovers a nil dereference in a String, Error or Format method as the runtime error it
// is, and prints it in place: %!v(PANIC=String method: ...); a nil pointer receiver prints <nil>.
package main

import (
	"errors"
	"fmt"
)

type S struct{ p *int }

func (s S) String() string { return fmt.Sprint(*s.p) }

type T struct{ name string }

func (t *T) String() string { return t.name }

type E struct{ m map[string]int }

func (e E) Error() string { return fmt.Sprint(e.m["x"], *(*int)(nil)) }

func main() {
	fmt.Println(S{})
	var t *T
	fmt.Println(t)
	fmt.Printf("%v|%s|%d\n", S{}, S{}, S{})
	fmt.Println(E{})
	err := fmt.Errorf("wrap: %w", E{})
	fmt.Println(err, errors.Unwrap(err) != nil)
}
