// math/big's Int: factorials and Fibonacci numbers, the fmt verbs with flags, truncated and
// Euclidean division for every sign combination, two's-complement bit operations on negative
// numbers, Exp/GCD/ModInverse/Sqrt, ProbablyPrime on primes, composites and Carmichael
// numbers, SetString's bases, prefixes, underscores and errors, bytes, and panics' texts.
package main

import (
	"encoding/json"
	"fmt"
	"math/big"
)

func factorials() {
	f := big.NewInt(1)
	for i := int64(1); i <= 60; i++ {
		f.Mul(f, big.NewInt(i))
		if i%15 == 0 {
			fmt.Println(i, f, f.BitLen(), f.TrailingZeroBits())
		}
	}
	fmt.Println(new(big.Int).MulRange(1, 25), new(big.Int).MulRange(-5, -2), new(big.Int).MulRange(-4, -2), new(big.Int).MulRange(3, 2), new(big.Int).MulRange(-3, 4))
	fmt.Println(new(big.Int).Binomial(100, 50), new(big.Int).Binomial(10, 3), new(big.Int).Binomial(5, 7))
}

func fibonacci() {
	a, b := big.NewInt(0), big.NewInt(1)
	n := 0
	for len(b.String()) < 1000 {
		a.Add(a, b)
		a, b = b, a
		n++
	}
	s := b.String()
	fmt.Println(n, len(s), s[:40], s[len(s)-40:])
	h := b.Text(16)
	fmt.Println(len(h), h[:30], b.Text(36)[:30], b.Text(62)[:30])
	c, ok := new(big.Int).SetString(s, 10)
	fmt.Println(ok, c.Cmp(b), c.Sub(c, b).Sign())
}

func verbs() {
	vals := []*big.Int{big.NewInt(0), big.NewInt(255), big.NewInt(-255), new(big.Int).Lsh(big.NewInt(-3), 20)}
	for _, v := range vals {
		fmt.Printf("%d|%v|%s|%x|%X|%#x|%#X|%o|%#o|%O|%b|%#b\n", v, v, v, v, v, v, v, v, v, v, v, v)
		fmt.Printf("[%8d][%-8d][%08d][%+d][% d][%.5d][%8.5d][%.0d][%+08x][% x]\n", v, v, v, v, v, v, v, v, v, v)
		fmt.Printf("%q %e\n", v, v)
	}
	w := new(big.Int).Lsh(big.NewInt(-3), 70)
	fmt.Printf("%d|%x|%X|%o|%O|%b|[%30d][%-30x][%030X][%+.30d]\n", w, w, w, w, w, w, w, w, w, w)
	var np *big.Int
	fmt.Printf("%v %d %s\n", np, np, np)
	fmt.Println(np.String(), np.Text(2), string(np.Append([]byte("x="), 10)))
	fmt.Println(fmt.Sprint(big.NewInt(7)), fmt.Sprintf("%v", []*big.Int{big.NewInt(1), big.NewInt(-2)}))
}

func division() {
	for _, xs := range []int64{7, -7, 6, -6} {
		for _, ys := range []int64{2, -2, 3, -3} {
			x, y := big.NewInt(xs), big.NewInt(ys)
			q, r := new(big.Int).QuoRem(x, y, new(big.Int))
			d, m := new(big.Int).DivMod(x, y, new(big.Int))
			fmt.Printf("%d,%d: quo %v rem %v div %v mod %v / %v %v %v %v\n", xs, ys, q, r, d, m,
				new(big.Int).Quo(x, y), new(big.Int).Rem(x, y), new(big.Int).Div(x, y), new(big.Int).Mod(x, y))
		}
	}
	big1, _ := new(big.Int).SetString("123456789012345678901234567890123456789", 10)
	big2, _ := new(big.Int).SetString("-987654321098765432", 10)
	q, r := new(big.Int).QuoRem(big1, big2, new(big.Int))
	fmt.Println(q, r)
	d, m := new(big.Int).DivMod(big1, big2, new(big.Int))
	fmt.Println(d, m)
	defer func() { fmt.Println("recovered:", recover()) }()
	new(big.Int).Quo(big1, new(big.Int))
}

func bits() {
	a, b := big.NewInt(-12), big.NewInt(10)
	fmt.Println(new(big.Int).And(a, b), new(big.Int).Or(a, b), new(big.Int).Xor(a, b), new(big.Int).AndNot(a, b), new(big.Int).AndNot(b, a), new(big.Int).Not(a), new(big.Int).Not(b))
	c := new(big.Int).Lsh(big.NewInt(-5), 100)
	fmt.Println(c, new(big.Int).Rsh(c, 99), new(big.Int).Rsh(big.NewInt(-5), 1), new(big.Int).Rsh(big.NewInt(-1), 10), new(big.Int).Rsh(big.NewInt(5), 10))
	fmt.Println(new(big.Int).And(c, big.NewInt(-1)), new(big.Int).Or(c, big.NewInt(7)), new(big.Int).Xor(c, new(big.Int).Not(c)))
	for i := 0; i < 6; i++ {
		fmt.Print(a.Bit(i), b.Bit(i), " ")
	}
	fmt.Println(a.Bit(200))
	fmt.Println(new(big.Int).SetBit(a, 1, 1), new(big.Int).SetBit(a, 2, 0), new(big.Int).SetBit(b, 130, 1), new(big.Int).SetBit(a, 130, 0))
	fmt.Println(a.BitLen(), c.BitLen(), c.TrailingZeroBits(), new(big.Int).TrailingZeroBits())
	x := big.NewInt(3)
	x.Add(x, x)
	x.Mul(x, x)
	x.Sub(x, big.NewInt(100))
	x.Neg(x)
	fmt.Println(x, x.Sign(), new(big.Int).Abs(x), x.Cmp(big.NewInt(64)), x.CmpAbs(big.NewInt(-64)))
	defer func() { fmt.Println("recovered:", recover()) }()
	a.Bit(-1)
}

func numberTheory() {
	p, _ := new(big.Int).SetString("170141183460469231731687303715884105727", 10) // 2^127-1
	fmt.Println(new(big.Int).Exp(big.NewInt(3), big.NewInt(200), nil))
	fmt.Println(new(big.Int).Exp(big.NewInt(3), big.NewInt(200), p), new(big.Int).Exp(big.NewInt(-3), big.NewInt(7), big.NewInt(10)))
	fmt.Println(new(big.Int).Exp(big.NewInt(-3), big.NewInt(7), nil), new(big.Int).Exp(big.NewInt(5), big.NewInt(0), big.NewInt(1)), new(big.Int).Exp(big.NewInt(5), big.NewInt(-2), nil))
	fmt.Println(new(big.Int).Exp(big.NewInt(3), big.NewInt(-1), big.NewInt(7)), new(big.Int).Exp(big.NewInt(4), big.NewInt(-1), big.NewInt(8)))
	for _, ab := range [][2]int64{{12, 18}, {-12, 18}, {12, -18}, {0, 5}, {-5, 0}, {0, 0}, {240, 46}, {17, 5}} {
		x, y := new(big.Int), new(big.Int)
		g := new(big.Int).GCD(x, y, big.NewInt(ab[0]), big.NewInt(ab[1]))
		fmt.Println("gcd", ab, g, x, y, new(big.Int).GCD(nil, nil, big.NewInt(ab[0]), big.NewInt(ab[1])))
	}
	fmt.Println(new(big.Int).ModInverse(big.NewInt(3), big.NewInt(11)), new(big.Int).ModInverse(big.NewInt(-3), big.NewInt(11)), new(big.Int).ModInverse(big.NewInt(4), big.NewInt(8)))
	fmt.Println(new(big.Int).ModInverse(big.NewInt(1234567), p))
	fmt.Println(new(big.Int).Sqrt(p), new(big.Int).Sqrt(big.NewInt(99)), new(big.Int).Sqrt(big.NewInt(100)))
	fmt.Println(big.Jacobi(big.NewInt(1001), big.NewInt(9907)), big.Jacobi(big.NewInt(-7), big.NewInt(15)))
	defer func() { fmt.Println("recovered:", recover()) }()
	new(big.Int).Sqrt(big.NewInt(-4))
}

func primes() {
	nums := []int64{0, 1, 2, 3, 4, 5, 9, 49, 97, 561, 1105, 1729, 2465, 2821, 6601, 8911, 41041, 2047, 3215031751, 1000000007, 999999999989, 4294967297}
	for _, n := range nums {
		fmt.Print(n, ":", big.NewInt(n).ProbablyPrime(10), big.NewInt(n).ProbablyPrime(0), " ")
	}
	fmt.Println()
	m127 := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 127), big.NewInt(1))
	m128 := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 128), big.NewInt(1))
	carm, _ := new(big.Int).SetString("3825123056546413051", 10)
	fmt.Println(m127.ProbablyPrime(20), m128.ProbablyPrime(20), carm.ProbablyPrime(5), big.NewInt(-7).ProbablyPrime(3))
	next := new(big.Int).Lsh(big.NewInt(1), 100)
	for !next.ProbablyPrime(10) {
		next.Add(next, big.NewInt(1))
	}
	fmt.Println("next prime after 2^100:", next)
}

func parsing() {
	inputs := []string{"0", "-0", "+12", "0x1F", "0X_ff", "0b1010", "0o17", "017", "08", "0_7", "1_000_000", "1__0", "_1", "1_", "0x", "", "-", "12a", " 1", "0b102", "zz"}
	for _, s := range inputs {
		v, ok := new(big.Int).SetString(s, 0)
		fmt.Printf("%q:%v,%v ", s, v, ok)
	}
	fmt.Println()
	for _, base := range []int{2, 8, 10, 16, 36, 37, 62} {
		v, ok := new(big.Int).SetString("1Zz", base)
		w, ok2 := new(big.Int).SetString("-101", base)
		fmt.Print(base, ":", v, ok, w, ok2, " ")
	}
	fmt.Println()
	b := new(big.Int).SetBytes([]byte{1, 2, 3, 4, 5, 6, 7, 8, 9})
	fmt.Println(b, b.Bytes(), b.FillBytes(make([]byte, 12)), new(big.Int).SetBytes(nil), len(new(big.Int).Bytes()))
	fmt.Println(big.NewInt(-1<<63).Int64(), big.NewInt(-1<<63).IsInt64(), new(big.Int).SetUint64(1<<64-1), new(big.Int).SetUint64(1<<64-1).IsInt64(), new(big.Int).SetUint64(1<<64-1).IsUint64(), big.NewInt(-1).IsUint64(), big.NewInt(-5).Uint64())
	l := new(big.Int).Lsh(big.NewInt(3), 64)
	l.Add(l, big.NewInt(9))
	fmt.Println(l.Int64(), l.Uint64(), l.IsInt64(), l.IsUint64(), len(l.Bits()), l.Bits()[0], new(big.Int).SetBits([]big.Word{5, 0, 0}))
	var z big.Int
	z.Add(&z, &z)
	fmt.Println(&z, z.Sign(), z.Text(2))
	defer func() { fmt.Println("recovered:", recover()) }()
	big.NewInt(1 << 40).FillBytes(make([]byte, 3))
}

func encodings() {
	v, _ := new(big.Int).SetString("-123456789123456789123456789", 10)
	t, err := v.MarshalText()
	fmt.Println(string(t), err)
	var w big.Int
	fmt.Println(w.UnmarshalText([]byte("0x10")), &w, w.UnmarshalText([]byte("1.5")))
	type doc struct {
		N *big.Int
		M *big.Int
	}
	js, err := json.Marshal(doc{N: v})
	fmt.Println(string(js), err)
	var d doc
	err = json.Unmarshal([]byte(`{"N": 340282366920938463463374607431768211456, "M": null}`), &d)
	fmt.Println(d.N, d.M, err)
	err = json.Unmarshal([]byte(`{"N": "12"}`), &d)
	fmt.Println(err)
	var s1, s2 big.Int
	n, err := fmt.Sscan("12345678901234567890 -0x1f", &s1, &s2)
	fmt.Println(n, err, &s1, &s2)
	n, err = fmt.Sscanf("ff 777", "%x %o", &s1, &s2)
	fmt.Println(n, err, &s1, &s2)
}

func main() {
	factorials()
	fibonacci()
	verbs()
	division()
	bits()
	numberTheory()
	primes()
	parsing()
	encodings()
}
