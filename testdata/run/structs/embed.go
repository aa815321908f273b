// Struct embedding: promoted fields and methods, shadowing by the outer
// type, pointer embedding, and promoted methods satisfying interfaces.
package main

import "fmt"

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string { return fmt.Sprintf("%s has %d legs", a.Name, a.Legs) }
func (a *Animal) Rename(n string) { a.Name = n }

type Dog struct {
	Animal
	Breed string
}

type Bird struct {
	*Animal
	Legs string
}

type Describer interface{ Describe() string }

func main() {
	d := Dog{Animal{"rex", 4}, "lab"}
	fmt.Println(d.Name, d.Legs, d.Describe())
	d.Rename("max")
	fmt.Println(d.Animal.Name, d.Describe())
	b := Bird{&Animal{"tweety", 2}, "two"}
	fmt.Println(b.Legs, b.Animal.Legs, b.Describe())
	b.Rename("polly")
	fmt.Println(b.Name)
	var ds []Describer = []Describer{d, b, &d}
	for _, x := range ds {
		fmt.Println(x.Describe())
	}
	fmt.Printf("%+v\n", d)
}
