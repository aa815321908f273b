// Prints package math's results, as Float64bits in hex, for a deterministic sweep of inputs per
// function: the expectations of src/stdlib/native/math_exact.test.ts, which regenerates the same
// inputs with the same generator (keep the two in step).
//
//	go run math_exact_gen.go > math_exact.txt            (the stored file: Go 1.19, linux/amd64)
//	go run math_exact_gen.go 50 7 [Sin,Exp,...] > big.txt (50 times the inputs, seed 7; check it
//	                                                      with GORT_MATH_GOLDEN=big.txt)
package main

import (
	"fmt"
	"math"
	"os"
	"strconv"
	"strings"
)

type argSpec struct {
	lo, hi   float64
	elo, ehi int
	step     float64
	pos      bool
}

type fnSpec struct {
	name string
	n    int
	args []argSpec
}

var specials = []float64{
	0, math.Copysign(0, -1), math.Inf(1), math.Inf(-1), math.NaN(), 1, -1, 0.5, -0.5, 2, -2, 3, 0.25,
	0.7, 0.66, 0.625, 2.414213562373095, 0.4142135623730951, -0.2928932188134524, math.Pi, -math.Pi,
	math.Pi / 2, math.Pi / 4, 3 * math.Pi / 4, 1e-300, -1e-300, 5e-324, -5e-324, 2.2250738585072014e-308,
	2.225073858507201e-308, math.MaxFloat64, -math.MaxFloat64, 1 << 28, 1.0 / (1 << 28), 1 << 29,
	1<<29 - 1, 21, 22, 44.01484596555653, 709.782712893384, 709.7827128933841, -745.1332191019411,
	-745.1332191019412, 1023.9999999999999, 1024, -1074, -1075, 1e22, 1e300, 3.337311630366261e-308,
	38.816242111356935, 1.0397207708399179, 0.34657359027997264, 1 << 53, 1 << 63, 1e-20, 100, 10, 0.1,
	7, 1.0000000000000002, 0.9999999999999999, -0.9999999999999999, 1e-8, -709.5, 0.7071067811865476,
}

var intSpecials = []int{0, 1, -1, 1023, 1024, -1022, -1074, -1075, -1076, 2000, -2000, 52, 53, -53, 1 << 40, -(1 << 40)}

func sp(lo, hi float64, elo, ehi int, step float64) argSpec {
	return argSpec{lo, hi, elo, ehi, step, false}
}
func pp(lo, hi float64, elo, ehi int, step float64) argSpec {
	return argSpec{lo, hi, elo, ehi, step, true}
}

var (
	trig   = sp(-10, 10, -40, 1023, math.Pi/4)
	unit   = sp(-1.1, 1.1, -60, 0, 0.125)
	wide   = sp(-10, 10, -1074, 1023, 0.5)
	hyper  = sp(-30, 30, -60, 10, 0.5)
	logs   = pp(0, 10, -1074, 1023, 0.5)
	bessel = sp(-60, 60, -1074, 1023, math.Pi/4)
)

var fns = []fnSpec{
	{"Sin", 2000, []argSpec{trig}}, {"Cos", 2000, []argSpec{trig}}, {"Tan", 2000, []argSpec{trig}},
	{"Asin", 2000, []argSpec{unit}}, {"Acos", 2000, []argSpec{unit}}, {"Atan", 2000, []argSpec{sp(-10, 10, -60, 1023, 0.5)}},
	{"Sinh", 2000, []argSpec{hyper}}, {"Cosh", 2000, []argSpec{hyper}}, {"Tanh", 2000, []argSpec{hyper}},
	{"Exp", 2000, []argSpec{sp(-750, 712, -60, 11, 0.5)}}, {"Exp2", 2000, []argSpec{sp(-1080, 1030, -60, 11, 0.5)}},
	{"Log", 2000, []argSpec{logs}}, {"Log10", 2000, []argSpec{logs}}, {"Log2", 2000, []argSpec{logs}},
	{"Cbrt", 2000, []argSpec{wide}}, {"Acosh", 2000, []argSpec{pp(1, 10, 0, 1023, 0.5)}},
	{"Pow", 2000, []argSpec{sp(-10, 10, -30, 30, 0.5), sp(-20, 20, -20, 10, 0.5)}},
	{"Atan2", 1000, []argSpec{wide, wide}}, {"Expm1", 1000, []argSpec{sp(-40, 712, -60, 11, 0.5)}},
	{"Log1p", 1000, []argSpec{sp(-1, 10, -60, 1023, 0.25)}}, {"Asinh", 1000, []argSpec{sp(-10, 10, -60, 1023, 0.5)}},
	{"Atanh", 1000, []argSpec{unit}}, {"Hypot", 1000, []argSpec{wide, wide}},
	{"FMA", 1000, []argSpec{sp(-10, 10, -600, 600, 0.5), sp(-10, 10, -600, 600, 0.5), sp(-100, 100, -1074, 1023, 0.5)}},
	{"Mod", 1000, []argSpec{sp(-100, 100, -1074, 1023, 0.5), sp(-10, 10, -1074, 1023, 0.5)}},
	{"Sqrt", 400, []argSpec{pp(0, 100, -1074, 1023, 1)}}, {"Floor", 400, []argSpec{wide}}, {"Ceil", 400, []argSpec{wide}},
	{"Trunc", 400, []argSpec{wide}}, {"Round", 400, []argSpec{wide}}, {"RoundToEven", 400, []argSpec{wide}},
	{"Abs", 400, []argSpec{wide}}, {"Frexp", 400, []argSpec{wide}}, {"Modf", 400, []argSpec{wide}},
	{"Ldexp", 400, []argSpec{wide, {}}}, {"Max", 400, []argSpec{wide, wide}}, {"Min", 400, []argSpec{wide, wide}},
	{"Dim", 400, []argSpec{wide, wide}}, {"Copysign", 400, []argSpec{wide, wide}}, {"Nextafter", 400, []argSpec{wide, wide}},
	{"Nextafter32", 400, []argSpec{sp(-10, 10, -150, 127, 0.5), sp(-10, 10, -150, 127, 0.5)}},
	{"Erf", 400, []argSpec{sp(-7, 7, -1074, 10, 0.125)}}, {"Erfc", 400, []argSpec{sp(-7, 30, -1074, 10, 0.125)}},
	{"Erfinv", 400, []argSpec{unit}}, {"Erfcinv", 400, []argSpec{sp(0, 2, -60, 1, 0.125)}},
	{"Gamma", 400, []argSpec{sp(-180, 180, -1074, 10, 0.5)}}, {"Lgamma", 400, []argSpec{sp(-200, 200, -1074, 1023, 0.5)}},
	{"J0", 400, []argSpec{bessel}}, {"J1", 400, []argSpec{bessel}},
	{"Y0", 400, []argSpec{pp(0, 60, -1074, 1023, math.Pi/4)}}, {"Y1", 400, []argSpec{pp(0, 60, -1074, 1023, math.Pi/4)}},
	{"Jn", 400, []argSpec{{}, sp(-80, 80, -1074, 1023, 0.5)}}, {"Yn", 400, []argSpec{{}, pp(0, 80, -1074, 1023, 0.5)}},
}

var state uint64

func next() uint64 {
	state += 0x9e3779b97f4a7c15
	z := state
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

func seed(name string, salt uint64) {
	h := uint64(0xcbf29ce484222325)
	for i := 0; i < len(name); i++ {
		h ^= uint64(name[i])
		h *= 0x100000001b3
	}
	state = h ^ salt
}

func gen(s argSpec) float64 {
	switch r := next() % 20; {
	case r < 8:
		u := float64(next()>>11) * 0x1p-53
		return s.lo + (s.hi-s.lo)*u
	case r < 15:
		e := s.elo + int(next()%uint64(s.ehi-s.elo+1))
		m := next() & (1<<52 - 1)
		var b uint64
		if e >= -1022 {
			b = uint64(e+1023)<<52 | m
		} else {
			b = (m | 1<<52) >> uint(-1022-e)
		}
		if next()&1 == 1 && !s.pos {
			b |= 1 << 63
		}
		return math.Float64frombits(b)
	case r < 17:
		b := next()
		if s.pos {
			b &^= 1 << 63
		}
		return math.Float64frombits(b)
	default:
		k := int64(next()%81) - 40
		v := float64(k) * s.step
		if s.pos {
			v = math.Abs(v)
		}
		return math.Float64frombits(math.Float64bits(v) + next()%5 - 2)
	}
}

// inputs returns the i-th argument list of f.
func inputs(f fnSpec, i int) []float64 {
	n := len(specials)
	a := make([]float64, len(f.args))
	if i < n*len(f.args) {
		for k := range a {
			a[k] = specials[(i*(1+2*k)+(i/n)*(k*17))%n]
		}
	} else {
		for k := range a {
			a[k] = gen(f.args[k])
		}
		if f.name == "FMA" && i%4 == 0 {
			a[2] = math.Float64frombits(math.Float64bits(-(a[0] * a[1])) + next()%5 - 2)
		}
	}
	if f.name == "Ldexp" {
		if i < len(intSpecials) {
			a[1] = float64(intSpecials[i])
		} else {
			a[1] = float64(int64(next()%2400) - 1200)
		}
	}
	if f.name == "Jn" || f.name == "Yn" {
		a[0] = float64(int64(next()%80) - 10) // the order n
	}
	if f.name == "Nextafter32" {
		a[0], a[1] = float64(float32(a[0])), float64(float32(a[1]))
	}
	return a
}

func h(f float64) string { return fmt.Sprintf("%016x", math.Float64bits(f)) }
func hi(i int) string    { return fmt.Sprintf("%016x", uint64(int64(i))) }

func call(name string, a []float64) string {
	x := a[0]
	var y, z float64
	if len(a) > 1 {
		y = a[1]
	}
	if len(a) > 2 {
		z = a[2]
	}
	switch name {
	case "Sin":
		return h(math.Sin(x))
	case "Cos":
		return h(math.Cos(x))
	case "Tan":
		return h(math.Tan(x))
	case "Asin":
		return h(math.Asin(x))
	case "Acos":
		return h(math.Acos(x))
	case "Atan":
		return h(math.Atan(x))
	case "Sinh":
		return h(math.Sinh(x))
	case "Cosh":
		return h(math.Cosh(x))
	case "Tanh":
		return h(math.Tanh(x))
	case "Exp":
		return h(math.Exp(x))
	case "Exp2":
		return h(math.Exp2(x))
	case "Log":
		return h(math.Log(x))
	case "Log10":
		return h(math.Log10(x))
	case "Log2":
		return h(math.Log2(x))
	case "Cbrt":
		return h(math.Cbrt(x))
	case "Acosh":
		return h(math.Acosh(x))
	case "Pow":
		return h(math.Pow(x, y))
	case "Atan2":
		return h(math.Atan2(x, y))
	case "Expm1":
		return h(math.Expm1(x))
	case "Log1p":
		return h(math.Log1p(x))
	case "Asinh":
		return h(math.Asinh(x))
	case "Atanh":
		return h(math.Atanh(x))
	case "Hypot":
		return h(math.Hypot(x, y))
	case "FMA":
		return h(math.FMA(x, y, z))
	case "Mod":
		return h(math.Mod(x, y))
	case "Sqrt":
		return h(math.Sqrt(x))
	case "Floor":
		return h(math.Floor(x))
	case "Ceil":
		return h(math.Ceil(x))
	case "Trunc":
		return h(math.Trunc(x))
	case "Round":
		return h(math.Round(x))
	case "RoundToEven":
		return h(math.RoundToEven(x))
	case "Abs":
		return h(math.Abs(x))
	case "Frexp":
		f, e := math.Frexp(x)
		return h(f) + hi(e)
	case "Modf":
		i, f := math.Modf(x)
		return h(i) + h(f)
	case "Ldexp":
		return h(math.Ldexp(x, int(y)))
	case "Max":
		return h(math.Max(x, y))
	case "Min":
		return h(math.Min(x, y))
	case "Dim":
		return h(math.Dim(x, y))
	case "Copysign":
		return h(math.Copysign(x, y))
	case "Nextafter":
		return h(math.Nextafter(x, y))
	case "Erf":
		return h(math.Erf(x))
	case "Erfc":
		return h(math.Erfc(x))
	case "Erfinv":
		return h(math.Erfinv(x))
	case "Erfcinv":
		return h(math.Erfcinv(x))
	case "Gamma":
		return h(math.Gamma(x))
	case "Lgamma":
		v, s := math.Lgamma(x)
		return h(v) + hi(s)
	case "J0":
		return h(math.J0(x))
	case "J1":
		return h(math.J1(x))
	case "Y0":
		return h(math.Y0(x))
	case "Y1":
		return h(math.Y1(x))
	case "Jn":
		return h(math.Jn(int(x), y))
	case "Yn":
		return h(math.Yn(int(x), y))
	case "Nextafter32":
		return fmt.Sprintf("%016x", uint64(math.Float32bits(math.Nextafter32(float32(x), float32(y)))))
	}
	panic(name)
}

func main() {
	mult, salt := 1, uint64(0)
	only := ""
	if len(os.Args) > 1 {
		mult, _ = strconv.Atoi(os.Args[1])
		salt, _ = strconv.ParseUint(os.Args[2], 10, 64)
	}
	if len(os.Args) > 3 {
		only = os.Args[3]
	}
	fmt.Printf("salt %d\n", salt)
	for _, f := range fns {
		if only != "" && !strings.Contains(","+only+",", ","+f.name+",") {
			continue
		}
		seed(f.name, salt)
		n := f.n * mult
		var sb strings.Builder
		for i := 0; i < n; i++ {
			sb.WriteString(call(f.name, inputs(f, i)))
		}
		fmt.Printf("%s %d %s\n", f.name, n, sb.String())
	}
}
