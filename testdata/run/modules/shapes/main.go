// A module of several packages: main imports geometry (two files, an init, a generic
// function, an error type), render (a package whose name, pretty, is not its directory's) and
// geometry's internal/units. Types of other packages print with their package's name under
// %T and %#v; the final panic's traceback runs through geometry's functions, named by import
// path.
package main

import (
	"errors"
	"fmt"
	"sort"

	"example.com/shapes/geometry"
	"example.com/shapes/internal/units"
	"example.com/shapes/render"
)

func main() {
	shapes := []geometry.Shape{
		geometry.Rect{W: 3, H: 4},
		&geometry.Circle{R: 1},
		geometry.Square(2),
	}
	sort.Slice(shapes, func(i, j int) bool { return shapes[i].Area() < shapes[j].Area() })
	for _, s := range shapes {
		fmt.Printf("%-18T %s\n", s, pretty.Line(s))
	}
	fmt.Printf("%#v\n", geometry.Rect{W: 1, H: 2})
	fmt.Printf("%v %+v\n", &geometry.Circle{R: 2}, geometry.Rect{W: 5, H: 6})
	fmt.Println("total:", geometry.Sum(shapes, geometry.Shape.Area))
	fmt.Println("perimeters:", geometry.Sum(shapes, func(s geometry.Shape) float64 { return s.Perimeter() }))
	fmt.Println("cm:", units.ToCM(units.Inch(2)), units.Inch(1))
	fmt.Println("made:", geometry.Made())

	if _, err := geometry.NewRect(-1, 2); err != nil {
		var de *geometry.DimError
		fmt.Println("error:", err, errors.As(err, &de), de.Field)
		fmt.Printf("%T\n", err)
	}
	var p pretty.Printer = pretty.New("> ")
	p.Print("done")
	fmt.Printf("%T %T\n", p, units.Inch(3))
	geometry.MustRect(0, 3)
}
