// fmt recovers a panic in a String, Error or Format method and prints it; the goroutine's
// stack is as before the call, so a later panic's traceback shows no frame of fmt's.
package main

import "fmt"

type S struct{}

func (S) String() string { panic("in String") }

type E struct{}

func (E) Error() string { panic(fmt.Errorf("in Error")) }

type F struct{}

func (F) Format(f fmt.State, c rune) { panic("in Format") }

type P struct{ n int }

func (p *P) String() string { return fmt.Sprint(p.n) }

func show() {
	var p *P
	fmt.Println(S{}, E{}, F{})
	fmt.Printf("%v %s|%d\n", p, S{}, F{})
}

func main() {
	for i := 0; i < 3; i++ {
		show()
	}
	var m map[string]int
	m["x"] = 1
}
