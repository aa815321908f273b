// Package money: amounts in cents.
package money

import "fmt"

type Cents int64

func (c Cents) String() string { return fmt.Sprintf("$%d.%02d", c/100, c%100) }

func Sum(cs ...Cents) Cents {
	var t Cents
	for _, c := range cs {
		t += c
	}
	return t
}
