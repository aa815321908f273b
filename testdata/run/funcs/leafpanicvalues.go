// panic(err) of an interface value in small leaves, called through other leaves: recovered,
// then raised again in a deferred call while the first panic unwinds, as Go prints it.
package main

import (
	"errors"
	"fmt"
	"os"
)

func check(err error) {
	if err != nil {
		panic(err)
	}
}

func wrap(err error) { check(err) }

type E struct{ msg string }

func (e *E) Error() string { return e.msg }

func get(m map[string]int, k string) error {
	if m == nil {
		return errNil
	}
	return nil
}

var errNil = errors.New("nil map")

func main() {
	func() {
		defer func() { fmt.Println("r:", recover()) }()
		wrap(&E{"custom"})
	}()
	fmt.Println(get(nil, "a"), get(map[string]int{}, "a"))
	defer func() {
		fmt.Fprintln(os.Stderr, "deferred")
		wrap(errors.New("second"))
	}()
	wrap(errors.New("first"))
}
