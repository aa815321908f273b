// Long groups of names that share one type (ten or more: tree-sitter-go splits them): in
// parameter and result lists of functions, methods, interface methods, func types and func
// literals, and in struct fields, var, const and := declarations.
package main

import "fmt"

type I interface {
	M(m0, m1, m2, m3, m4, m5, m6, m7, m8, m9, m10, m11 int) (q0, q1, q2, q3, q4, q5, q6, q7, q8, q9, q10, q11 string)
}

type F func(x0, x1, x2, x3, x4, x5, x6, x7, x8, x9, x10, x11 int, y0, y1, y2, y3, y4, y5, y6, y7, y8, y9, y10, y11 string) (z0, z1, z2, z3, z4, z5, z6, z7, z8, z9, z10, z11 bool)

type impl struct{}

type S struct {
	a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12 int
	b0, b1, b2, b3, b4, b5, b6, b7, b8, b9, b10 string
}

var v0, v1, v2, v3, v4, v5, v6, v7, v8, v9, v10 int = 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10

func (impl) M(m0, m1, m2, m3, m4, m5, m6, m7, m8, m9, m10, m11 int) (q0, q1, q2, q3, q4, q5, q6, q7, q8, q9, q10, q11 string) {
	q11 = fmt.Sprint(m0 + m11)
	return
}

func g(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, b0, b1, b2, b3, b4, b5, b6, b7, b8, b9, b10, b11 int, s ...string) int { return a0 + b11 + len(s) }

func h(int, int, int, int, int, int, int, int, int, int, int, int) {}

const (c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11 = 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)

func main() {
	var i I = impl{}
	_, _, _, _, _, _, _, _, _, _, _, last := i.M(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)
	lit := func(l0, l1, l2, l3, l4, l5, l6, l7, l8, l9, l10, l11 int) int { return l0 + l11 }
	var f F = func(x0, x1, x2, x3, x4, x5, x6, x7, x8, x9, x10, x11 int, y0, y1, y2, y3, y4, y5, y6, y7, y8, y9, y10, y11 string) (z0, z1, z2, z3, z4, z5, z6, z7, z8, z9, z10, z11 bool) { z0 = x0 == 0; return }
	u0, u1, u2, u3, u4, u5, u6, u7, u8, u9, u10, u11 := 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11
	_, _, _, _, _, _, _, _, _, _ = u1, u2, u3, u4, u5, u6, u7, u8, u9, u10
	fmt.Println(last, lit(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11), g(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23), c11, u0 + u11)
	r := make([]bool, 0)
	_, _, _, _, _, _, _, _, _, _, _, z := f(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, "s", "s", "s", "s", "s", "s", "s", "s", "s", "s", "s", "s")
	r = append(r, z)
	h(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)
	fmt.Println(r)
	s := S{a12: 12, b10: "ten"}
	fmt.Printf("%+v %d\n", s, v10)
}
