// Method expressions on type literals: an interface literal, a struct literal embedding a
// named type, a pointer to a struct literal, in parentheses, spanning lines, called at once or
// kept as a func value, and inside a generic function whose literal mentions its type parameter.
package main

import "fmt"

type Counter struct{ n int }

func (c Counter) Get() int   { return c.n }
func (c *Counter) Add(d int) { c.n += d }

type Named string

func (s Named) Name() string { return string(s) }

func describe[T any](v T) string {
	return interface{ Name() string }.Name(any(v).(interface{ Name() string }))
}

func main() {
	get := interface{ Get() int }.Get
	fmt.Println(get(Counter{3}))

	fmt.Println(interface {
		Get() int
	}.Get(Counter{4}))

	add := (*struct{ Counter }).Add
	var s struct{ Counter }
	add(&s, 5)
	add(&s, 6)
	fmt.Println(struct{ Counter }.Get(s), s.n)

	fmt.Println((interface{ Name() string }).Name(Named("paren")))
	fmt.Printf("%T\n", interface{ Name() string }.Name)
	fmt.Printf("%T\n", (*struct{ Counter }).Add)
	fmt.Println(describe(Named("generic")))

	defer func() { fmt.Println("recovered:", recover()) }()
	var nilIface interface{ Get() int }
	interface{ Get() int }.Get(nilIface)
}
