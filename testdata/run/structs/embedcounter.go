// Pointer methods of an embedded non-struct field, called directly and through
// an interface held by a pointer to the outer struct.
package main

import "fmt"

type Counter int

func (c *Counter) Inc()    { *c++ }
func (c Counter) Get() int { return int(c) }

type Flags []string

func (f *Flags) Add(s string) { *f = append(*f, s) }

type Tool struct {
	Counter
	Flags
	name string
}

type Incer interface {
	Inc()
	Get() int
}

func main() {
	var t Tool
	t.Inc()
	t.Inc()
	t.Add("-v")
	var i Incer = &t
	i.Inc()
	fmt.Println(t.Get(), i.Get(), t.Flags, t.Counter)
	p := &Tool{name: "p"}
	p.Add("-x")
	p.Add("-y")
	fmt.Println(p.Flags, p.Get())
}
