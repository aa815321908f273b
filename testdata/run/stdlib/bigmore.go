// math/big's Int and Rat gob encodings, Int.Rand from a seeded math/rand source, ModSqrt with its three algorithms
// (p = 3 mod 4, 5 mod 8, 1 mod 8), aliasing of operands, Scan through fmt, and crypto/rand's
// Int and Prime (checked by their properties, since their bytes are random).
package main

import (
	crand "crypto/rand"
	"fmt"
	"math/big"
	"math/rand"
	"strings"
)

func randoms() {
	r := rand.New(rand.NewSource(7))
	lim, _ := new(big.Int).SetString("98765432109876543210987654321098765432", 10)
	for i := 0; i < 4; i++ {
		fmt.Println(new(big.Int).Rand(r, lim), new(big.Int).Rand(r, big.NewInt(1<<40)), new(big.Int).Rand(r, big.NewInt(-5)))
	}
}

func modSqrts() {
	for _, p := range []int64{7, 13, 17, 41, 97, 1000000007, 998244353} {
		var out []string
		for _, x := range []int64{0, 2, 3, 4, 5, 10, -3, 1234567} {
			out = append(out, fmt.Sprint(new(big.Int).ModSqrt(big.NewInt(x), big.NewInt(p))))
		}
		fmt.Println(p, strings.Join(out, " "))
	}
	p, _ := new(big.Int).SetString("115792089237316195423570985008687907853269984665640564039457584007908834671663", 10)
	fmt.Println(new(big.Int).ModSqrt(big.NewInt(7), p))
	sq := new(big.Int).Exp(big.NewInt(1234567), big.NewInt(2), nil)
	s := new(big.Int).ModSqrt(sq, p)
	fmt.Println(s, new(big.Int).Exp(s, big.NewInt(2), p))
}

func aliasing() {
	x := big.NewInt(12345)
	x.Mul(x, x)
	x.Mul(x, x)
	x.Add(x, x)
	x.Sub(x, x)
	fmt.Println(x)
	y, _ := new(big.Int).SetString("-99999999999999999999999", 10)
	z := new(big.Int).Set(y)
	y.QuoRem(y, big.NewInt(7), z)
	fmt.Println(y, z)
	y.Exp(y, big.NewInt(3), y)
	fmt.Println(y)
	g := big.NewInt(462)
	g.GCD(g, nil, g, big.NewInt(1071))
	fmt.Println(g)
	a := big.NewInt(-17)
	a.Lsh(a, 3).Rsh(a, 1).Not(a).And(a, big.NewInt(0xff))
	fmt.Println(a)
}

func scanning() {
	var a, b, c big.Int
	n, err := fmt.Sscanf("0b101 z 1_000", "%v %d %v", &a, &b, &c)
	fmt.Println(n, err, &a)
	n, err = fmt.Sscan("  +42\n-0o17", &a, &b)
	fmt.Println(n, err, &a, &b)
	n, err = fmt.Sscanf("1f", "%q", &a)
	fmt.Println(n, err)
}

func cryptoRand() {
	for _, bits := range []int{2, 3, 8, 16, 33, 128, 512} {
		p, err := crand.Prime(crand.Reader, bits)
		fmt.Println(bits, p.BitLen(), p.ProbablyPrime(20), err)
	}
	_, err := crand.Prime(crand.Reader, 1)
	fmt.Println(err)
	max := big.NewInt(10)
	seen := map[int64]bool{}
	for i := 0; i < 500; i++ {
		n, err := crand.Int(crand.Reader, max)
		if err != nil || n.Sign() < 0 || n.Cmp(max) >= 0 {
			fmt.Println("out of range", n, err)
		}
		seen[n.Int64()] = true
	}
	fmt.Println(len(seen))
	huge := new(big.Int).Lsh(big.NewInt(1), 300)
	n, _ := crand.Int(crand.Reader, huge)
	fmt.Println(n.Cmp(huge) < 0, n.Sign() >= 0)
	one, _ := crand.Int(crand.Reader, big.NewInt(1))
	fmt.Println(one)
	defer func() { fmt.Println("recovered:", recover()) }()
	crand.Int(crand.Reader, big.NewInt(0))
}

func gobs() {
	for _, x := range []*big.Int{big.NewInt(0), big.NewInt(-5), new(big.Int).Lsh(big.NewInt(3), 100)} {
		b, err := x.GobEncode()
		var y big.Int
		fmt.Println(b, err, y.GobDecode(b), &y)
	}
	for _, r := range []*big.Rat{new(big.Rat), big.NewRat(-3, 4), big.NewRat(5, 1)} {
		b, err := r.GobEncode()
		var y big.Rat
		fmt.Println(b, err, y.GobDecode(b), &y)
	}
	var y big.Int
	fmt.Println(y.GobDecode([]byte{7, 1}))
	var q big.Rat
	fmt.Println(q.GobDecode([]byte{2, 0, 0}), q.GobDecode([]byte{2, 0, 0, 0, 9, 1}), q.GobDecode([]byte{9, 0, 0, 0, 0}))
	var np *big.Int
	b, err := np.GobEncode()
	fmt.Println(b == nil, err)
}

func panics() {
	try := func(name string, f func()) {
		defer func() { fmt.Println(name, recover()) }()
		f()
	}
	try("jacobi", func() { big.Jacobi(big.NewInt(3), big.NewInt(-4)) })
	try("jacobi0", func() { big.Jacobi(big.NewInt(3), big.NewInt(0)) })
	try("setbit", func() { new(big.Int).SetBit(big.NewInt(-3), 4, 2) })
	try("mod", func() { new(big.Int).Mod(big.NewInt(3), new(big.Int)) })
	try("divmod", func() { new(big.Int).DivMod(big.NewInt(3), new(big.Int), new(big.Int)) })
	try("text", func() { big.NewInt(3).Text(63) })
	try("setstring", func() { new(big.Int).SetString("1", 1) })
	try("prime", func() { big.NewInt(3).ProbablyPrime(-1) })
	fmt.Println(big.NewInt(255).FillBytes(make([]byte, 4)), big.NewInt(-256).FillBytes([]byte{9, 9, 9}))
}

func main() {
	panics()
	gobs()
	randoms()
	modSqrts()
	aliasing()
	scanning()
	cryptoRand()
}
