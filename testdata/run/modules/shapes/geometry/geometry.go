// Package geometry: shapes with areas and perimeters.
package geometry

import (
	"fmt"
	"math"

	"example.com/shapes/internal/units"
)

// Shape is anything with an area and a perimeter.
type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }

type Circle struct{ R float64 }

var made int

func init() {
	made = 100
	fmt.Println("geometry: init, unit", units.Inch(1))
}

func (r Rect) Area() float64         { return r.W * r.H }
func (r Rect) Perimeter() float64    { return 2 * (r.W + r.H) }
func (c *Circle) Area() float64      { return math.Round(math.Pi*c.R*c.R*100) / 100 }
func (c *Circle) Perimeter() float64 { return math.Round(2*math.Pi*c.R*100) / 100 }
func (c *Circle) String() string     { return fmt.Sprintf("circle(r=%g)", c.R) }

// Square is a Rect with equal sides.
func Square(side float64) Rect {
	made++
	return Rect{W: side, H: side}
}

// Made counts the shapes this package made.
func Made() int { return made }

// Sum adds f over the shapes.
func Sum[S any](xs []S, f func(S) float64) float64 {
	t := 0.0
	for _, x := range xs {
		t += f(x)
	}
	return t
}
