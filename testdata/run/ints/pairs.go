// 64-bit locals that mix bits (hashes, generators) across their whole range: every operator,
// constant and variable shift counts, conversions to and from narrower types, comparisons,
// parallel and tuple assignments, captured variables and parameters, signed and unsigned.
package main

import (
	"errors"
	"fmt"
	"math/bits"
)

type Hash uint64

var edges = []uint64{
	0, 1, 2, 3, 0x7f, 0x80, 0xff, 0x7fff, 0x8000, 0xffff, 0x7fffffff, 0x80000000, 0xffffffff,
	0x100000000, 0x1fffffffffffff, 0x20000000000000, 0x7fffffffffffffff, 0x8000000000000000,
	0xfffffffffffffffe, 0xffffffffffffffff, 0xdeadbeefcafebabe, 0x0123456789abcdef,
}

// mix is a murmur3 finalizer: a parameter mixed in place.
func mix(h uint64) uint64 {
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	h ^= h >> 33
	return h
}

func fnv(b []byte) Hash {
	h := Hash(14695981039346656037)
	for _, c := range b {
		h ^= Hash(c)
		h *= 1099511628211
	}
	return h
}

// ops applies every binary operator to two unsigned pair variables.
func ops(a, b uint64, s uint) []uint64 {
	x := a * 1
	y := b * 1
	out := []uint64{x + y, x - y, x * y, x & y, x | y, x ^ y, x &^ y, -x, ^y}
	out = append(out, x<<0, x<<1, x<<13, x<<31, x<<32, x<<33, x<<63, x<<64, x<<100)
	out = append(out, x>>0, x>>1, x>>13, x>>31, x>>32, x>>33, x>>63, x>>64, x>>100)
	out = append(out, x<<s, x>>s, x<<(s+40), x>>(s+40))
	if y != 0 {
		out = append(out, x/y, x%y)
	}
	out = append(out, uint64(uint8(x)), uint64(int8(x)), uint64(uint16(x)), uint64(int16(x)), uint64(uint32(x)), uint64(int32(x)))
	var flags uint64
	for i, c := range []bool{x == y, x != y, x < y, x <= y, x > y, x >= y, x == 0, x > 0x1fffffffffffff} {
		if c {
			flags |= 1 << i
		}
	}
	return append(out, flags, uint64(float64(x)))
}

// sops applies them to two signed ones (a large constant makes them pairs).
func sops(a, b int64, s uint) []int64 {
	x := a*0x100000001 - a*0x100000000
	y := b*0x100000001 - b*0x100000000
	out := []int64{x + y, x - y, x * y, x & y, x | y, x ^ y, x &^ y, -x, ^y}
	out = append(out, x<<1, x<<31, x<<32, x<<63, x<<64, x>>1, x>>31, x>>32, x>>33, x>>63, x>>64, x>>100)
	out = append(out, x<<s, x>>s, x>>(s+40))
	if y != 0 {
		out = append(out, x/y, x%y)
	}
	out = append(out, int64(uint8(x)), int64(int8(x)), int64(uint32(x)), int64(int32(x)))
	var flags int64
	for i, c := range []bool{x == y, x != y, x < y, x <= y, x > y, x >= y, x < 0} {
		if c {
			flags |= 1 << i
		}
	}
	return append(out, flags)
}

// widen mixes in narrower values, sign- or zero-extended.
func widen(v int) uint64 {
	h := uint64(0)
	h ^= uint64(int8(v))
	h *= 31
	h ^= uint64(uint8(v))
	h *= 31
	h ^= uint64(int16(v))
	h *= 31
	h ^= uint64(int32(v))
	h *= 31
	h ^= uint64(uint32(v))
	h *= 31
	h ^= uint64(v)
	return h
}

// xorshift and an int64 LCG: generators whose state is a pair.
func gens(seed uint64, n int) (uint64, int64, int) {
	x := seed | 1
	l := int64(seed)
	k := int(seed)
	for i := 0; i < n; i++ {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		l = l*6364136223846793005 + 1442695040888963407
		k = k*0x5851f42d4c957f2d + i
	}
	return x, l, k
}

// swaps: parallel and tuple assignments store into pairs as a whole.
func swaps(a, b uint64) (uint64, uint64, bool) {
	x := a ^ 0xffff0000ffff0000
	y := b ^ 0x0000ffff0000ffff
	x, y = y, x
	x, y = x*3, x+y
	var ok bool
	x, ok = pick(x)
	y++
	x--
	return x, y, ok
}

func pick(v uint64) (uint64, bool) { return v ^ 1, v&1 == 1 }

// popcount: a pair in the loop's condition.
func popcount(v uint64) int {
	x := v * 1
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

// captured: a closure's variable is not a pair, and still right.
func captured(v uint64) uint64 {
	h := v * 0x9e3779b97f4a7c15
	f := func() { h ^= h >> 29 }
	f()
	h *= 3
	f()
	return h
}

// chanMix: a pair in a function that blocks (a generator).
func chanMix(c chan uint64, n int) uint64 {
	h := uint64(0xcbf29ce484222325)
	for i := 0; i < n; i++ {
		h ^= <-c
		h *= 0x100000001b3
	}
	return h
}

func divZero(a uint64) (r uint64, err error) {
	defer func() {
		if e := recover(); e != nil {
			err = errors.New(fmt.Sprint(e))
		}
	}()
	x := a * 7
	y := x ^ x
	return x / y, nil
}

func main() {
	var sum uint64
	for i, a := range edges {
		b := edges[(i*7+3)%len(edges)]
		fmt.Println(a, b, mix(a), widen(int(a)), popcount(a), captured(a))
		fmt.Println(ops(a, b, uint(i)))
		fmt.Println(sops(int64(a), int64(b), uint(i)))
		x, y, ok := swaps(a, b)
		fmt.Println(x, y, ok)
		sum += mix(a) ^ uint64(fnv([]byte(fmt.Sprint(a))))
	}
	fmt.Println(sum)
	fmt.Println(gens(1, 1000))
	fmt.Println(gens(0xdeadbeef, 77))
	c := make(chan uint64, 8)
	go func() {
		for i := 0; i < 20; i++ {
			c <- uint64(i) << 50
		}
	}()
	fmt.Println(chanMix(c, 20))
	fmt.Println(divZero(5))
	m := map[Hash]int{}
	for i := 0; i < 100; i++ {
		m[fnv([]byte{byte(i), byte(i >> 8)})]++
	}
	fmt.Println(len(m), m[fnv([]byte{7, 0})])
	fmt.Printf("%x %d\n", fnv([]byte("gort")), int64(fnv(nil)))
}

// Mix is a method whose receiver is mixed in place.
func (h Hash) Mix() Hash {
	h ^= h >> 31
	h *= 0x94d049bb133111eb
	return h ^ h>>29
}

func init() {
	fmt.Println(Hash(12345).Mix(), Hash(0xffffffffffffffff).Mix())
}

// fromFloat: conversions a pair takes as usual (from a float, a uintptr).
func fromFloat(f float64, p uintptr) (uint64, int64) {
	x := uint64(f)
	x *= 3
	y := int64(f) * 0x100000000
	y ^= int64(p) << 3
	return x, y
}

func init() {
	fmt.Println(fromFloat(12345.75, 77))
	fmt.Println(fromFloat(1e18, 1<<40))
}

// multi: pairs declared and assigned several at a time, and from a tuple.
func multi(seed uint64) (uint64, uint64, uint64) {
	var s, acc uint64
	a, b := seed^0x5555555555555555, seed*3
	var c, d = a << 7, b >> 3
	for i := 0; i < 50; i++ {
		s += 0x9e3779b97f4a7c15
		z := s
		z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
		acc ^= z ^ (z >> 31)
		a, b = b^acc, a*5
		c, d = d, c^a
	}
	x, ok := pick(acc)
	if ok {
		x *= 7
	}
	return acc ^ x, a ^ b, c + d
}

func init() {
	fmt.Println(multi(0))
	fmt.Println(multi(0xfedcba9876543210))
}

// divs divides a pair by divisors on both sides of the halves' long division's limit (2^21).
func divs(a uint64) (q, r uint64) {
	x := a * 1
	for _, d := range []uint64{1, 2, 7, 10, 1000, 2097151, 2097152, 0xffffffff, 0x100000001} {
		y := d * 1
		q ^= x / y
		r += x % y
		r ^= x % 10
	}
	return q, r
}

func init() {
	for _, a := range edges {
		fmt.Println(divs(a))
	}
}

// bitsOf: math/bits' rotations and counts of pairs.
func bitsOf(a uint64, k int) []int {
	x := a * 1
	r := bits.RotateLeft64(x, 7) ^ bits.RotateLeft64(x, -13) ^ bits.RotateLeft64(x, 0) ^ bits.RotateLeft64(x, 64) ^ bits.RotateLeft64(x, 70) ^ bits.RotateLeft64(x, k)
	return []int{bits.OnesCount64(x), bits.LeadingZeros64(x), bits.TrailingZeros64(x), bits.Len64(x),
		bits.OnesCount64(r), bits.LeadingZeros64(x >> 40), bits.TrailingZeros64(x << 40), bits.Len64(r&0xffff), int(r % 1000)}
}

func init() {
	for i, a := range edges {
		fmt.Println(bitsOf(a, i*5-50))
	}
}

// ifaceCmp compares pairs with interfaces (as interfaces).
func ifaceCmp(v uint64) (bool, bool, bool) {
	var i interface{} = uint64(7)
	var n interface{}
	h := v * 1
	return h == i, i != h, h == n
}

// rowSum indexes a slice of slices by a pair in a loop (the row is read once per strip).
func rowSum(a [][]int, i uint) int {
	i ^= 1
	var j uint
	j ^= 1
	s := 0
	for k := 0; k < 2; k++ {
		s += a[i][k] + a[j][k]
	}
	return s
}

func init() {
	fmt.Println(ifaceCmp(7))
	fmt.Println(ifaceCmp(0))
	fmt.Println(rowSum([][]int{{1, 2}, {3, 4}}, 0))
}
