// Constants and iota: implicit repetition, skipped values, typed constants,
// bit flags and untyped constant arithmetic beyond 64 bits.
package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

const (
	FlagA = 1 << iota
	FlagB
	FlagC
	FlagD
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

const (
	x0, y0 = iota, iota * 10
	x1, y1
	x2, y2
)

const big = 1 << 100
const small = big >> 98

const typedF float32 = 1.0 / 3
const untypedF = 1.0 / 3

func (d Weekday) String() string {
	return [...]string{"Sun", "Mon", "Tue", "Wed", "Thu"}[d]
}

func main() {
	fmt.Println(Sunday, Monday, Tuesday, Thursday)
	fmt.Println(int(Thursday))
	fmt.Println(FlagA, FlagB, FlagC, FlagD, FlagA|FlagD)
	fmt.Println(KB, MB, GB)
	fmt.Println(x0, y0, x1, y1, x2, y2)
	fmt.Println(small)
	fmt.Println(typedF, untypedF)
	const s = "const" + "ant"
	fmt.Println(s, len(s))
	var r rune = 'A' + 2
	fmt.Println(r, string(r))
}
