// Interfaces: dynamic dispatch, nil interface versus interface holding a
// nil pointer, embedded interfaces, and interface equality.
package main

import (
	"fmt"
	"strings"
)

type Speaker interface{ Speak() string }

type Namer interface{ Name() string }

type NamedSpeaker interface {
	Speaker
	Namer
}

type Cat struct{ name string }

func (c *Cat) Speak() string {
	if c == nil {
		return "<nil cat>"
	}
	return c.name + " says meow"
}
func (c *Cat) Name() string { return c.name }

type Robot int

func (r Robot) Speak() string { return strings.Repeat("beep ", int(r)) }

func find(ok bool) Speaker {
	var c *Cat
	if ok {
		c = &Cat{"tom"}
	}
	return c
}

func main() {
	var ss []Speaker = []Speaker{&Cat{"kit"}, Robot(2)}
	for _, s := range ss {
		fmt.Printf("%q\n", s.Speak())
	}
	var s Speaker
	fmt.Println(s == nil)
	s = find(false)
	fmt.Println(s == nil, s.Speak())
	var ns NamedSpeaker = &Cat{"ns"}
	s = ns
	fmt.Println(s.Speak(), ns.Name())
	var a, b interface{} = 3, 3
	fmt.Println(a == b, a == interface{}(int64(3)), Speaker(Robot(1)) == Speaker(Robot(1)))
	var e interface{}
	fmt.Println(e == nil, e)
}
