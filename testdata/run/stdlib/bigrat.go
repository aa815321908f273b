// math/big's Rat: construction and normalization, SetString's fractions, decimals, exponents
// and prefixes (and its rejections), arithmetic with aliasing, comparisons, FloatString's
// rounding, conversions to and from float64/float32, text and JSON encodings, panics' texts.
package main

import (
	"encoding/json"
	"fmt"
	"math"
	"math/big"
)

func show(label string, r *big.Rat) {
	f, exact := r.Float64()
	fmt.Printf("%s: %v %s num=%v den=%v sign=%d int=%v f=%v exact=%v\n", label, r, r.RatString(), r.Num(), r.Denom(), r.Sign(), r.IsInt(), f, exact)
}

func construction() {
	show("new", big.NewRat(6, -4))
	show("zero", new(big.Rat))
	var z big.Rat
	fmt.Println(z.Denom(), z.Num(), z.String(), z.FloatString(2))
	show("frac", new(big.Rat).SetFrac(big.NewInt(-100), big.NewInt(-75)))
	show("int", new(big.Rat).SetInt(big.NewInt(-42)))
	show("int64", new(big.Rat).SetInt64(7))
	show("uint64", new(big.Rat).SetUint64(math.MaxUint64))
	show("frac64", new(big.Rat).SetFrac64(10, 4))
	for _, f := range []float64{0.1, -2.5, 1e300, 5e-324, 0, 3} {
		r := new(big.Rat).SetFloat64(f)
		g, exact := r.Float64()
		fmt.Println(f, r.RatString()[:min(len(r.RatString()), 50)], g == f, exact)
	}
	fmt.Println(new(big.Rat).SetFloat64(math.Inf(1)) == nil, new(big.Rat).SetFloat64(math.NaN()) == nil)
}

func min(a, b int) int {
	if a < b {
		return a
	}
	return b
}

func parsing() {
	inputs := []string{"3/4", "-6/8", "+6/-8", "0x10/0b11", "1.25", "-.5", "1.", "1e10", "1.5e-3", "2E+2", "0x1p-2", "0x1.8p1", "0b101.1", "0o7.4", "1_000.5", "1/0", "1/", "/2", "", "abc", "1.2.3", "1e", "0.000001", "12345678901234567890.0987654321", "1e-1000000", "-0", "0/5", "3/4/5", "1 /2", "1p3", "07", "08.5"}
	for _, s := range inputs {
		r, ok := new(big.Rat).SetString(s)
		if ok {
			fmt.Printf("%q -> %v (%s)\n", s, r, r.FloatString(4))
		} else {
			fmt.Printf("%q -> %v\n", s, r)
		}
	}
}

func arithmetic() {
	a := big.NewRat(1, 3)
	b := big.NewRat(-5, 6)
	fmt.Println(new(big.Rat).Add(a, b), new(big.Rat).Sub(a, b), new(big.Rat).Mul(a, b), new(big.Rat).Quo(a, b))
	fmt.Println(a.Cmp(b), b.Cmp(a), a.Cmp(big.NewRat(2, 6)))
	s := new(big.Rat)
	for i := int64(1); i <= 20; i++ {
		s.Add(s, big.NewRat(1, i))
	}
	fmt.Println("H20 =", s, s.FloatString(10))
	x := big.NewRat(3, 7)
	x.Mul(x, x)
	x.Add(x, x)
	x.Sub(x, big.NewRat(1, 49))
	x.Quo(x, x)
	fmt.Println(x, new(big.Rat).Inv(big.NewRat(-3, 8)), new(big.Rat).Neg(b), new(big.Rat).Abs(b), new(big.Rat).Set(b))
	// An approximation of e from its series.
	e := new(big.Rat)
	f := big.NewInt(1)
	for i := int64(0); i < 30; i++ {
		if i > 0 {
			f.Mul(f, big.NewInt(i))
		}
		e.Add(e, new(big.Rat).SetFrac(big.NewInt(1), f))
	}
	fmt.Println(e.FloatString(30))
	fe, exact := e.Float64()
	fmt.Println(fe, exact, fe == math.E)
	f32, exact32 := big.NewRat(1, 3).Float32()
	fmt.Println(f32, exact32)
	huge := new(big.Rat).SetFrac(new(big.Int).Lsh(big.NewInt(1), 2000), big.NewInt(3))
	hf, hexact := huge.Float64()
	fmt.Println(hf, hexact)
	tiny := new(big.Rat).SetFrac(big.NewInt(1), new(big.Int).Lsh(big.NewInt(1), 1080))
	tf, texact := tiny.Float64()
	fmt.Println(tf, texact)
}

func floatStrings() {
	for _, r := range []*big.Rat{big.NewRat(1, 2), big.NewRat(-1, 2), big.NewRat(5, 8), big.NewRat(-5, 8), big.NewRat(1, 1000), big.NewRat(-1, 1000), big.NewRat(2, 3), big.NewRat(999, 1000), big.NewRat(-7, 1)} {
		fmt.Printf("%s: [%s] [%s] [%s] [%s]\n", r, r.FloatString(0), r.FloatString(1), r.FloatString(2), r.FloatString(5))
	}
}

func encodings() {
	t, _ := big.NewRat(-3, 9).MarshalText()
	u, _ := big.NewRat(8, 2).MarshalText()
	fmt.Println(string(t), string(u))
	var r big.Rat
	fmt.Println(r.UnmarshalText([]byte("2.5")), &r, r.UnmarshalText([]byte("x")))
	type doc struct{ R *big.Rat }
	js, err := json.Marshal(doc{big.NewRat(22, 7)})
	fmt.Println(string(js), err)
	var d doc
	fmt.Println(json.Unmarshal([]byte(`{"R":"1/3"}`), &d), d.R)
	var s1 big.Rat
	n, err := fmt.Sscan("-1.5e2", &s1)
	fmt.Println(n, err, &s1)
}

func panics() {
	try := func(name string, f func()) {
		defer func() { fmt.Println(name, "recovered:", recover()) }()
		f()
	}
	try("quo", func() { new(big.Rat).Quo(big.NewRat(1, 2), new(big.Rat)) })
	try("inv", func() { new(big.Rat).Inv(new(big.Rat)) })
	try("newrat", func() { big.NewRat(1, 0) })
	try("setfrac", func() { new(big.Rat).SetFrac(big.NewInt(1), big.NewInt(0)) })
}

func main() {
	construction()
	parsing()
	arithmetic()
	floatStrings()
	encodings()
	panics()
}
