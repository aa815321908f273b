// math/big's Float: arithmetic rounded at many precisions in all six rounding modes (checked
// bit for bit through 'p' texts and a checksum), Sqrt, Parse/SetString/ParseFloat with
// decimal and binary exponents and errors, Text in every format, Format with fmt's verbs,
// widths and flags, conversions (Float64, Float32, Int64, Uint64, Int, Rat) with their
// accuracies, special values (±0, ±Inf) and the ErrNaN panics.
package main

import (
	"encoding/json"
	"fmt"
	"hash/crc32"
	"math"
	"math/big"
)

var modes = []big.RoundingMode{big.ToNearestEven, big.ToNearestAway, big.ToZero, big.AwayFromZero, big.ToNegativeInf, big.ToPositiveInf}

// lcg is a small deterministic generator of test operands.
type lcg uint64

func (s *lcg) next() uint64 {
	*s = *s*6364136223846793005 + 1442695040888963407
	return uint64(*s >> 11)
}

func (s *lcg) float() float64 {
	m := float64(s.next()%(1<<53)) / (1 << 53)
	e := int(s.next()%40) - 20
	f := math.Ldexp(m+0.5, e)
	if s.next()%3 == 0 {
		f = -f
	}
	return f
}

func rounding() {
	var g lcg = 12345
	h := crc32.NewIEEE()
	for i := 0; i < 60; i++ {
		x, y := big.NewFloat(g.float()), big.NewFloat(g.float())
		for _, prec := range []uint{1, 2, 3, 7, 24, 53, 64, 100} {
			for _, m := range modes {
				ops := []*big.Float{
					new(big.Float).SetPrec(prec).SetMode(m).Add(x, y),
					new(big.Float).SetPrec(prec).SetMode(m).Sub(x, y),
					new(big.Float).SetPrec(prec).SetMode(m).Mul(x, y),
					new(big.Float).SetPrec(prec).SetMode(m).Quo(x, y),
					new(big.Float).SetPrec(prec).SetMode(m).Sqrt(new(big.Float).Abs(x)),
				}
				for _, r := range ops {
					fmt.Fprintf(h, "%s %s %s|", r.Text('p', 0), r.Acc(), r.Text('g', -1))
				}
				if i == 0 && (prec == 3 || prec == 64) {
					fmt.Println(prec, m, ops[0].Text('p', 0), ops[3].Text('p', 0), ops[3].Acc(), ops[4].Text('g', -1))
				}
			}
		}
	}
	fmt.Printf("rounding checksum %08x\n", h.Sum32())
}

func constants() {
	const prec = 300
	// pi by Machin's formula: 16 atan(1/5) - 4 atan(1/239).
	atanInv := func(n int64) *big.Float {
		x := new(big.Float).SetPrec(prec).Quo(big.NewFloat(1), new(big.Float).SetInt64(n))
		x2 := new(big.Float).SetPrec(prec).Mul(x, x)
		sum := new(big.Float).SetPrec(prec).Set(x)
		term := new(big.Float).SetPrec(prec).Set(x)
		for k := int64(1); k < 200; k++ {
			term.Mul(term, x2)
			t := new(big.Float).SetPrec(prec).Quo(term, new(big.Float).SetInt64(2*k+1))
			if k%2 == 1 {
				sum.Sub(sum, t)
			} else {
				sum.Add(sum, t)
			}
		}
		return sum
	}
	pi := new(big.Float).SetPrec(prec).Mul(big.NewFloat(16), atanInv(5))
	pi.Sub(pi, new(big.Float).SetPrec(prec).Mul(big.NewFloat(4), atanInv(239)))
	fmt.Println(pi.Text('f', 80))
	e := new(big.Float).SetPrec(prec).SetInt64(1)
	term := new(big.Float).SetPrec(prec).SetInt64(1)
	for k := int64(1); k < 70; k++ {
		term.Quo(term, new(big.Float).SetInt64(k))
		e.Add(e, term)
	}
	fmt.Println(e.Text('g', 70), e.Acc())
	s := new(big.Float).SetPrec(prec).Sqrt(new(big.Float).SetPrec(prec).SetInt64(3))
	fmt.Println(s.Text('e', 70), s.MinPrec())
	phi := new(big.Float).SetPrec(1000).Sqrt(new(big.Float).SetInt64(5))
	phi.Add(phi, big.NewFloat(1)).Quo(phi, big.NewFloat(2))
	fmt.Println(phi.Text('f', 100))
}

func parsing() {
	inputs := []string{"0", "-0", "1", "1.5", "-2.5e-3", "1e100", "1E-400", "0x1p-1074", "0x1.fffffffffffffp1023", "0b1.1p3", "0o7.7", ".5", "5.", "1_000.000_1", "inf", "-Inf", "+inf", "1e", "abc", "1.5x", "", "0x", "1p5", "123456789012345678901234567890", "0.1", "2.5e1000000000000"}
	for _, s := range inputs {
		f, b, err := new(big.Float).Parse(s, 0)
		if err != nil {
			fmt.Printf("%q: err %v\n", s, err)
			continue
		}
		fmt.Printf("%q: %v base %d prec %d acc %s %s\n", s, f, b, f.Prec(), f.Acc(), f.Text('p', 0))
	}
	for _, base := range []int{2, 8, 10, 16} {
		f, b, err := new(big.Float).SetPrec(30).Parse("101.01", base)
		fmt.Println(base, f, b, err)
	}
	for _, m := range modes {
		f, _, _ := big.ParseFloat("0.1", 10, 10, m)
		g, _, _ := big.ParseFloat("-0.1", 10, 10, m)
		fmt.Println(m, f.Text('p', 0), f.Acc(), g.Text('b', 0), g.Acc())
	}
	f, ok := new(big.Float).SetString("  1")
	fmt.Println(f, ok)
	var sc big.Float
	n, err := fmt.Sscan("6.02214076e23", &sc)
	fmt.Println(n, err, &sc, sc.Prec())
}

func texts() {
	vals := []*big.Float{big.NewFloat(0), new(big.Float).Neg(big.NewFloat(0)), big.NewFloat(1), big.NewFloat(-0.5), big.NewFloat(123456.789), big.NewFloat(1e-7), big.NewFloat(9.999999), big.NewFloat(math.MaxFloat64), big.NewFloat(math.SmallestNonzeroFloat64), big.NewFloat(math.Inf(1)), new(big.Float).SetPrec(10).SetFloat64(1.0 / 3)}
	for _, v := range vals {
		fmt.Println(v.Text('g', -1), v.Text('g', 3), v.Text('G', 10), v.Text('e', -1), v.Text('E', 2), v.Text('f', -1)[:min(len(v.Text('f', -1)), 40)], v.Text('f', 2)[:min(len(v.Text('f', 2)), 40)], v.Text('b', 0), v.Text('p', 0), v.Text('x', -1), v.Text('x', 3), v.Text('q', 1), v.String())
	}
	for _, p := range []int{0, 1, 2, 3} {
		fmt.Print(big.NewFloat(0.125).Text('f', p), " ", big.NewFloat(2.5).Text('f', 0), " ", big.NewFloat(0.5).Text('f', 0), " ", big.NewFloat(0.05).Text('e', p), " ", big.NewFloat(999.5).Text('g', p), "; ")
	}
	fmt.Println()
	x := big.NewFloat(-1234.5678)
	fmt.Printf("%v|%g|%.3g|%e|%.2E|%f|%.1f|%F|%b|%p|%x|%X|%s|%d\n", x, x, x, x, x, x, x, x, x, x, x, x, x, x)
	fmt.Printf("[%12.2f][%-12.2f][%012.2f][%+.1f][% .1f][%+v][%8v][%08v]\n", x, x, x, big.NewFloat(3), big.NewFloat(3), big.NewFloat(math.Inf(1)), big.NewFloat(math.Inf(-1)), big.NewFloat(math.Inf(1)))
	var np *big.Float
	fmt.Println(np)
	t, _ := big.NewFloat(2.75).MarshalText()
	fmt.Println(string(t))
	var u big.Float
	fmt.Println(u.UnmarshalText([]byte("1.25")), &u, u.UnmarshalText([]byte("x1")))
	js, err := json.Marshal(map[string]*big.Float{"v": big.NewFloat(0.1)})
	fmt.Println(string(js), err)
}

func min(a, b int) int {
	if a < b {
		return a
	}
	return b
}

func conversions() {
	for _, v := range []*big.Float{big.NewFloat(2.5), big.NewFloat(-2.5), new(big.Float).SetPrec(100).SetFloat64(1e20), new(big.Float).SetInt64(math.MinInt64), big.NewFloat(1 << 62), big.NewFloat(0.75), big.NewFloat(math.Inf(-1)), new(big.Float).SetPrec(200).Quo(big.NewFloat(1), big.NewFloat(3))} {
		f64, a1 := v.Float64()
		f32, a2 := v.Float32()
		i64, a3 := v.Int64()
		u64, a4 := v.Uint64()
		i, a5 := v.Int(nil)
		r, a6 := v.Rat(nil)
		fmt.Println(v, f64, a1, f32, a2, i64, a3, u64, a4, i, a5, r, a6, v.IsInt(), v.Sign(), v.Signbit(), v.IsInf())
	}
	tiny, _, _ := big.ParseFloat("1e-330", 10, 100, big.ToNearestEven)
	f, acc := tiny.Float64()
	fmt.Println(f, acc)
	huge, _, _ := big.ParseFloat("1e400", 10, 100, big.ToNearestEven)
	f, acc = huge.Float64()
	g, acc2 := huge.Float32()
	fmt.Println(f, acc, g, acc2)
	half := new(big.Float).SetMantExp(big.NewFloat(0.5), -1074)
	f, acc = half.Float64()
	fmt.Println(f, acc, half)
	big1, _ := new(big.Int).SetString("123456789012345678901234567890", 10)
	bf := new(big.Float).SetInt(big1)
	fmt.Println(bf, bf.Prec(), new(big.Float).SetPrec(20).SetInt(big1), new(big.Float).SetRat(big.NewRat(1, 3)), new(big.Float).SetRat(big.NewRat(-7, 1)))
	mant := new(big.Float)
	exp := big.NewFloat(-40.5).MantExp(mant)
	fmt.Println(exp, mant, new(big.Float).SetMantExp(mant, exp), big.NewFloat(0).MantExp(nil))
	c := new(big.Float).Copy(new(big.Float).SetPrec(7).SetMode(big.AwayFromZero).SetFloat64(1.1))
	fmt.Println(c, c.Prec(), c.Mode(), c.Acc(), c.SetPrec(0), c.Acc(), new(big.Float).SetInf(true), big.Accuracy(5), big.RoundingMode(9))
	fmt.Println(big.NewFloat(1).Cmp(big.NewFloat(math.Inf(1))), big.NewFloat(-0.0).Cmp(big.NewFloat(0)), big.NewFloat(math.Inf(-1)).Cmp(big.NewFloat(math.Inf(-1))), big.NewFloat(-2).Cmp(big.NewFloat(-3)))
	z := new(big.Float).SetMode(big.ToNegativeInf)
	z.Sub(big.NewFloat(1), big.NewFloat(1))
	fmt.Println(z, z.Signbit(), new(big.Float).Add(big.NewFloat(-0.0), new(big.Float).Neg(big.NewFloat(0))))
}

func panics() {
	try := func(name string, f func()) {
		defer func() {
			r := recover()
			if e, ok := r.(big.ErrNaN); ok {
				fmt.Println(name, "ErrNaN:", e.Error())
				return
			}
			fmt.Println(name, "recovered:", r)
		}()
		f()
	}
	inf := big.NewFloat(math.Inf(1))
	try("newfloat", func() { big.NewFloat(math.NaN()) })
	try("add", func() { new(big.Float).Add(inf, new(big.Float).Neg(inf)) })
	try("sub", func() { new(big.Float).Sub(inf, inf) })
	try("mul", func() { new(big.Float).Mul(inf, new(big.Float)) })
	try("quo", func() { new(big.Float).Quo(new(big.Float), new(big.Float)) })
	try("sqrt", func() { new(big.Float).Sqrt(big.NewFloat(-1)) })
	fmt.Println(new(big.Float).Quo(big.NewFloat(1), new(big.Float)), new(big.Float).Quo(big.NewFloat(-1), inf), new(big.Float).Sqrt(inf), new(big.Float).Mul(inf, big.NewFloat(-2)))
}

// tinyOperands adds and subtracts a number far below the other operand's last bit.
func tinyOperands() {
	for _, m := range modes {
		for _, prec := range []uint{1, 53, 65} {
			one := new(big.Float).SetPrec(prec).SetInt64(1)
			tiny := new(big.Float).SetMantExp(big.NewFloat(0.5), -1000000)
			a := new(big.Float).SetPrec(prec).SetMode(m).Add(one, tiny)
			b := new(big.Float).SetPrec(prec).SetMode(m).Sub(one, tiny)
			c := new(big.Float).SetPrec(prec).SetMode(m).Sub(tiny, one)
			fmt.Println(m, prec, a.Text('p', 0), a.Acc(), b.Text('p', 0), b.Acc(), c.Text('p', 0), c.Acc())
		}
	}
}

func main() {
	tinyOperands()
	rounding()
	constants()
	parsing()
	texts()
	conversions()
	panics()
}
