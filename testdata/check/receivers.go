package main

import "strings"

type T struct{}
type P *int
type I interface{ M() }

func (p *int) M()             {} // ERROR "cannot define new methods on non-local type int"
func (s []int) N()            {} // ERROR "invalid receiver type \\[\\]int"
func (b *strings.Builder) X() {} // ERROR "cannot define new methods on non-local type strings.Builder"
func (x **T) Z()              {} // ERROR "invalid receiver type \\*\\*T"
func (p P) A()                {} // ERROR "invalid receiver type P \\(pointer or interface type\\)"
func (*float64) C()           {} // ERROR "cannot define new methods on non-local type float64"
func (r *I) D()               {} // ERROR "invalid receiver type I \\(pointer or interface type\\)"

func main() {}
