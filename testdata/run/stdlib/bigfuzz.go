// math/big on pseudo-random operands: Int arithmetic, bit operations, division, GCD,
// ModInverse, Exp, every fmt verb and base, Rat conversions to floats and FloatString, and
// Float parsing at random precisions and rounding modes with every text format; each part
// prints a few sample lines and a CRC-32 of everything it computed.
package main

import (
	"fmt"
	"hash/crc32"
	"math/big"
	"strconv"
)

type lcg uint64

func (s *lcg) next() uint64 {
	*s = *s*6364136223846793005 + 1442695040888963407
	return uint64(*s >> 11)
}

func (s *lcg) int() *big.Int {
	n := int(s.next() % 5)
	x := new(big.Int)
	for i := 0; i < n; i++ {
		x.Lsh(x, 53)
		x.Add(x, new(big.Int).SetUint64(s.next()))
	}
	if s.next()%2 == 0 {
		x.Neg(x)
	}
	return x
}

func ints() {
	var g lcg = 7
	h := crc32.NewIEEE()
	for i := 0; i < 1200; i++ {
		x, y := g.int(), g.int()
		fmt.Fprintln(h, x, y, new(big.Int).Add(x, y), new(big.Int).Sub(x, y), new(big.Int).Mul(x, y), new(big.Int).And(x, y), new(big.Int).Or(x, y), new(big.Int).Xor(x, y), new(big.Int).AndNot(x, y), new(big.Int).Not(x), x.Cmp(y), x.CmpAbs(y), x.BitLen(), x.TrailingZeroBits())
		if y.Sign() != 0 {
			q, r := new(big.Int).QuoRem(x, y, new(big.Int))
			d, m := new(big.Int).DivMod(x, y, new(big.Int))
			fmt.Fprintln(h, q, r, d, m)
			a, b := new(big.Int), new(big.Int)
			gg := new(big.Int).GCD(a, b, x, y)
			fmt.Fprintln(h, gg, a, b, new(big.Int).ModInverse(x, y), new(big.Int).Exp(x, big.NewInt(int64(g.next()%50)), y))
		}
		s := uint(g.next() % 200)
		fmt.Fprintf(h, "%v %v %x %X %o %O %b %#x %+d %30d %-30x %.40d %08d %s\n", new(big.Int).Lsh(x, s), new(big.Int).Rsh(x, s), x, x, x, x, y, y, x, x, y, x, y, x.Text(int(g.next()%61)+2))
		fmt.Fprintln(h, x.Int64(), x.Uint64(), x.IsInt64(), x.IsUint64(), x.Bit(int(s)), new(big.Int).SetBit(x, int(s), uint(g.next()%2)), new(big.Int).Sqrt(new(big.Int).Abs(x)), x.Bytes(), new(big.Int).Abs(x).ProbablyPrime(3))
		r := new(big.Rat).SetFrac(x, new(big.Int).Add(new(big.Int).Abs(y), big.NewInt(1)))
		f, ex := r.Float64()
		f32, ex32 := r.Float32()
		fmt.Fprintln(h, r, r.FloatString(int(s%20)), f, ex, f32, ex32, new(big.Float).SetRat(r).Text('g', 30))
	}
	fmt.Printf("%08x\n", h.Sum32())
}

func floats() {
	var g lcg = 99
	h := crc32.NewIEEE()
	for i := 0; i < 1200; i++ {
		digits := strconv.FormatUint(g.next(), 10) + strconv.FormatUint(g.next(), 10)
		n := int(g.next()%uint64(len(digits))) + 1
		s := digits[:n]
		if g.next()%2 == 0 {
			p := int(g.next() % uint64(n))
			s = s[:p] + "." + s[p:]
		}
		s += "e" + strconv.Itoa(int(g.next()%80)-40)
		prec := uint(g.next()%120) + 1
		mode := big.RoundingMode(g.next() % 6)
		f, _, err := big.ParseFloat(s, 10, prec, mode)
		if err != nil {
			fmt.Fprintln(h, err)
			continue
		}
		line := fmt.Sprintf("%s %d %s %s %s %s %s %s %s %v %.5e %.3f %g\n", s, prec, f.Text('p', 0), f.Acc(), f.Text('g', -1), f.Text('e', -1), f.Text('f', -1), f.Text('g', 7), f.Text('x', -1), f, f, f, f)
		h.Write([]byte(line))
		if i%150 == 0 {
			fmt.Print(line)
		}
		r, _ := f.Rat(nil)
		ff, acc := f.Float64()
		i64, acc2 := f.Int64()
		fmt.Fprintln(h, r, ff, acc, i64, acc2)
	}
	fmt.Printf("%08x\n", h.Sum32())
}

func main() {
	ints()
	floats()
}
