// Anonymous structs: literals, slices of them, assignability between
// identical anonymous types, and struct{} as a zero-size value.
package main

import "fmt"

type named struct {
	X int
	Y string
}

func main() {
	p := struct {
		X int
		Y string
	}{1, "one"}
	var n named = p
	fmt.Println(p, n, n == named(p))
	points := []struct{ x, y int }{{1, 2}, {3, 4}}
	for _, pt := range points {
		fmt.Println(pt.x + pt.y)
	}
	cfg := struct {
		Name string
		Opts struct{ Verbose bool }
	}{Name: "cfg"}
	cfg.Opts.Verbose = true
	fmt.Printf("%+v\n", cfg)
	set := map[string]struct{}{"a": {}, "b": {}}
	_, has := set["a"]
	fmt.Println(len(set), has, struct{}{} == struct{}{})
}
