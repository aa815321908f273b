// Scanning: Sscan, Sscanln, Sscanf with widths, %c, %q, %x, %v prefixes; Fscanln over a
// bufio.Reader; Scan, Scanln and Scanf on standard input (scan.stdin); a Scanner; named types
// with basic underlying types; and the error texts of each failure.
package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

type Point struct{ X, Y int }

func (p *Point) Scan(st fmt.ScanState, verb rune) error {
	_, err := fmt.Fscanf(st, "(%d,%d)", &p.X, &p.Y)
	return err
}

type Celsius float64

func main() {
	var a, b int
	var s string
	var f float64
	var ok bool
	n, err := fmt.Sscan("12 -7\n  hello 3.5e2 true", &a, &b, &s, &f, &ok)
	fmt.Println(n, err, a, b, s, f, ok)
	n, err = fmt.Sscanln("1 2\n3", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanln("1\n2", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf("x=10 y=0x1f name:bob", "x=%d y=%v name:%s", &a, &b, &s)
	fmt.Println(n, err, a, b, s)
	n, err = fmt.Sscanf("5 apples", "%d oranges", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("abc", "%d", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("", "%d", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscan("1", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1 2", "%d", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1", "%d %d", &a)
	fmt.Println(n, err)
	var r rune
	var u8 uint8
	n, err = fmt.Sscanf("Z 300", "%c %d", &r, &u8)
	fmt.Println(n, err, r)
	n, err = fmt.Sscanf("12345", "%3d%2d", &a, &b)
	fmt.Println(n, err, a, b)
	var q string
	n, err = fmt.Sscanf(`"hi\tthere" 6869`, "%q %x", &q, &s)
	fmt.Println(n, err, q, s)
	var p Point
	n, err = fmt.Sscan("(3,4)", &p)
	fmt.Println(n, err, p)
	var c Celsius
	n, err = fmt.Sscan("21.5", &c)
	fmt.Println(n, err, c)
	n, err = fmt.Sscan("99999999999999999999", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscan("300", &u8)
	fmt.Println(n, err)
	var by []byte
	var cx complex128
	n, err = fmt.Sscan("bytes (1+2i)", &by, &cx)
	fmt.Println(n, err, string(by), cx)
	rd := bufio.NewReader(strings.NewReader("7 8\n9\n"))
	var x, y, z int
	n, err = fmt.Fscanln(rd, &x, &y)
	fmt.Println(n, err, x, y)
	n, err = fmt.Fscanln(rd, &z)
	fmt.Println(n, err, z)
	n, err = fmt.Fscanln(rd, &z)
	fmt.Println(n, err)
	var w1, w2 string
	n, err = fmt.Scan(&w1, &w2)
	fmt.Println(n, err, w1, w2)
	var line string
	n, err = fmt.Scanln(&line)
	fmt.Println(n, err, line)
	n, err = fmt.Scanf("%d-%d\n", &a, &b)
	fmt.Println(n, err, a, b)
	fmt.Fprintln(os.Stderr, "done")
}

type Name string
type Small int8
type Big uint64
type Flag bool
type Raw []byte
type C64 complex64

func init() {
	var nm Name
	var sm Small
	var bg Big
	var fl Flag
	var rw Raw
	var c C64
	var f32 float32
	n, err := fmt.Sscan("gopher -5 18446744073709551615 T cafe (1.5-2i) 0.1", &nm, &sm, &bg, &fl, &rw, &c, &f32)
	fmt.Println(n, err, nm, sm, bg, fl, string(rw), c, f32)
	n, err = fmt.Sscan("200", &sm)
	fmt.Println(n, err)
	var ints []int
	n, err = fmt.Sscan("1", &ints)
	fmt.Println(n, err)
	n, err = fmt.Sscan("1", 5)
	fmt.Println(n, err)
	var m map[string]int
	n, err = fmt.Sscan("1", &m)
	fmt.Println(n, err)
}
