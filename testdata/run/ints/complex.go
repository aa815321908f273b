// Complex numbers: arithmetic, real/imag, comparison, and printing of
// complex64 and complex128.
package main

import (
	"fmt"
	"math/cmplx"
)

func main() {
	a := complex(1, 2)
	b := 3 - 4i
	fmt.Println(a+b, a-b, a*b, a/b)
	fmt.Println(real(a*b), imag(a*b), a == complex(1, 2))
	var c complex64 = complex64(a) / 3
	fmt.Println(c)
	fmt.Println(cmplx.Abs(b), cmplx.Conj(a))
	fmt.Printf("%v %.2f %g\n", a, b, c)
	var z complex128
	fmt.Println(z, -z)
}
