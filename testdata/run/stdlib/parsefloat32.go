// ParseFloat rounds once: a decimal lying within a hair of the point halfway between two
// float32s (or two float64s, for hexadecimal mantissas) must land on the side it lies on.
package main

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// decrement subtracts one unit in the last place of a decimal mantissa "d.ddd".
func decrement(m string) string {
	b := []byte(m)
	for i := len(b) - 1; i >= 0; i-- {
		if b[i] == '.' {
			continue
		}
		if b[i] > '0' {
			b[i]--
			break
		}
		b[i] = '9'
	}
	return string(b)
}

func parse32(s string) string {
	f, err := strconv.ParseFloat(s, 32)
	e := "ok"
	if err != nil {
		e = err.(*strconv.NumError).Err.Error()
	}
	return fmt.Sprintf("%08x %s", math.Float32bits(float32(f)), e)
}

// halfway prints how three decimals around the point halfway above f parse: just below it,
// exactly on it (a tie: to even), just above it.
func halfway(name string, f float32, up float64) {
	mid := (float64(f) + up) / 2
	exact := strconv.FormatFloat(mid, 'e', 220, 64)
	i := strings.IndexByte(exact, 'e')
	mant, exp := exact[:i], exact[i:]
	below := decrement(mant) + exp
	above := mant + "1" + exp
	fmt.Printf("%s: below %s, on %s, above %s\n", name, parse32(below), parse32(exact), parse32(above))
}

func main() {
	x := uint32(0x3f800001)
	for i := 0; i < 24; i++ {
		f := math.Float32frombits(x & 0x7effffff)
		halfway(fmt.Sprintf("%08x", math.Float32bits(f)), f, float64(math.Nextafter32(f, float32(math.Inf(1)))))
		x = x*1664525 + 1013904223
	}
	halfway("zero", 0, float64(math.SmallestNonzeroFloat32))
	halfway("subnormal", math.SmallestNonzeroFloat32*3, float64(math.SmallestNonzeroFloat32*4))
	halfway("max", math.MaxFloat32, math.Ldexp(1, 128))
	halfway("negative", -1.5, -1.5-math.Ldexp(1, -23))

	for _, s := range []string{
		"0x1.000001p0", "0x1.000003p0", "0x1.0000011p0", "0x1.00000100000000000000001p0",
		"0x1.fffffep127", "0x1.ffffffp127", "0x1.fffffefp127", "0x1p-149", "0x1p-150",
		"0x1.0000000001p-150", "0x3p-150", "-0x1.000001p-126",
	} {
		fmt.Printf("%s (32): %s\n", s, parse32(s))
	}
	for _, s := range []string{
		"0x1.00000000000008p0", "0x1.00000000000018p0", "0x1.000000000000080000000001p0",
		"0x1.fffffffffffff8p1023", "0x1.fffffffffffff7ffp1023", "0x1p-1074", "0x1p-1075",
		"0x1.00001p-1075", "0x3p-1075", "0x1p-99999", "0x1p99999", "0x123456789abcdef0123p-40",
	} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Printf("%s (64): %016x %v\n", s, math.Float64bits(f), err)
	}
}
