// The errors package: New, wrapping with %w, Unwrap, Is through a chain,
// As into a concrete type, and sentinel comparison.
package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
)

var ErrNotFound = errors.New("not found")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return "query " + e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

func find(q string) error {
	return &QueryError{q, ErrNotFound}
}

func main() {
	e1 := find("users")
	e2 := fmt.Errorf("handler: %w", e1)
	fmt.Println(e2)
	fmt.Println(errors.Is(e2, ErrNotFound), errors.Is(e2, io.EOF))
	var qe *QueryError
	if errors.As(e2, &qe) {
		fmt.Println("as:", qe.Query)
	}
	fmt.Println(errors.Unwrap(e2) == e1, errors.Unwrap(errors.Unwrap(e2)) == ErrNotFound)
	fmt.Println(errors.Unwrap(ErrNotFound))
	e3 := fmt.Errorf("no wrap: %v", ErrNotFound)
	fmt.Println(errors.Is(e3, ErrNotFound), e3)
	fmt.Println(errors.New("x") == errors.New("x"))
	var pe *fs.PathError
	fmt.Println(errors.As(e2, &pe))
	fmt.Printf("%T %T\n", e2, e1)
}
