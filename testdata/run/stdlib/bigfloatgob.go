// math/big's Float gob encoding: GobEncode's bytes (mantissa words as Go keeps them after each
// operation, precision, mode, accuracy) and GobDecode's round trip and errors, over pseudo-random
// operands at many precisions and modes, with a checksum.
package main

import (
	"fmt"
	"hash/crc32"
	"math"
	"math/big"
)

type lcg uint64

func (s *lcg) next() uint64 {
	*s = *s*6364136223846793005 + 1442695040888963407
	return uint64(*s >> 11)
}

func (s *lcg) float() float64 {
	m := float64(s.next()%(1<<53)) / (1 << 53)
	return math.Ldexp(m+0.5, int(s.next()%40)-20)
}

func main() {
	var g lcg = 3
	h := crc32.NewIEEE()
	show := func(f *big.Float) {
		b, _ := f.GobEncode()
		var d big.Float
		err := d.GobDecode(b)
		fmt.Fprintln(h, b, err, d.Text('p', 0), d.Prec(), d.Mode(), d.Acc(), d.Cmp(f))
	}
	for i := 0; i < 150; i++ {
		x, y := big.NewFloat(g.float()), new(big.Float).SetPrec(uint(g.next()%300)+1).SetFloat64(g.float())
		for _, prec := range []uint{1, 24, 53, 63, 64, 65, 100, 128, 129, 200, 256} {
			m := big.RoundingMode(g.next() % 6)
			ops := []*big.Float{
				new(big.Float).SetPrec(prec).SetMode(m).Add(x, y),
				new(big.Float).SetPrec(prec).SetMode(m).Sub(x, y),
				new(big.Float).SetPrec(prec).SetMode(m).Mul(x, y),
				new(big.Float).SetPrec(prec).SetMode(m).Quo(x, y),
				new(big.Float).SetPrec(prec).SetMode(m).Sqrt(x),
				new(big.Float).SetPrec(prec).SetMode(m).SetInt(new(big.Int).Lsh(big.NewInt(int64(g.next())), uint(g.next()%200))),
				new(big.Float).SetPrec(prec).SetMode(m).SetRat(big.NewRat(int64(g.next()%1000), int64(g.next()%1000+1))),
			}
			f, _, _ := big.ParseFloat("1.2345678901234567890123456789e-7", 10, prec, m)
			ops = append(ops, f, new(big.Float).SetPrec(prec/2+1).Set(ops[3]))
			for _, r := range ops {
				show(r)
			}
		}
	}
	b, _ := new(big.Float).GobEncode()
	fmt.Println(b)
	b, _ = big.NewFloat(-1.5).GobEncode()
	fmt.Println(b)
	var d big.Float
	fmt.Println(d.GobDecode([]byte{1, 2}), d.GobDecode([]byte{2, 0, 0, 0, 0, 0}), d.GobDecode([]byte{1, 2, 0, 0, 0, 10}))
	fmt.Printf("%08x\n", h.Sum32())
}
