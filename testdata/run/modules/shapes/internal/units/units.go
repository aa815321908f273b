// Package units converts lengths; internal to the shapes module.
package units

import "fmt"

type Inch float64

func (i Inch) String() string { return fmt.Sprintf("%g\"", float64(i)) }

func ToCM(i Inch) float64 { return float64(i) * 2.54 }
