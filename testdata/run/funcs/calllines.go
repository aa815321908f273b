// A call runs at the line of its opening parenthesis: runtime.Caller from calls spread over
// several lines of one statement, and a traceback from one, read each call's own line.
package main

import (
	"fmt"
	"runtime"
)

func here() int { _, _, l, _ := runtime.Caller(1); return l }

type Rec struct{ A, B int }

type B struct{}

func NewB() *B          { return &B{} }
func (b *B) Add() *B    { fmt.Println("add at", here()); return b }
func (b *B) Fail() int { return here() }

func div(a, b int) int { return a / b }

func main() {
	r := Rec{
		A: here(),
		B: here(),
	}
	fmt.Println(r, here(),
		here())
	fmt.Println(NewB().
		Add().
		Fail())
	func() {
		fmt.Println("iife", here())
	}()
	x := 1 +
		div(1, 0)
	fmt.Println(x)
}
