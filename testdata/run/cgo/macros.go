// Object-like macros that are C constants are Go constants, as cmd/cgo makes them: an integer
// expression with its C type's signedness, a float or double, a string literal, and a character
// literal (a rune constant). They work wherever Go wants a constant: an array length, a
// constant declaration, a float32. A `#cgo CFLAGS: -D` option defines a macro as gcc's does.
package main

/*
#cgo CFLAGS: -O2 -DBASE=7 -DVERBOSE
#define WIDTH 12
#define HEIGHT (WIDTH / 4 + 1)
#define AREA (WIDTH * HEIGHT)
#define OFFSET (-WIDTH * 2)
#define RATIO 1.5
#define THIRD 0.333333f
#define COOL -40.25
#define GREETING "hi, cgo"
#define TOP 1ULL << 63
#define LETTER 'g'
#define FLAGS (0xf0 | 0x0c) & ~0x04
#define MILLION 1000000L

int area(int w, int h) { return w * h; }
int based(int x) { return x * BASE + VERBOSE; }
*/
import "C"

import "fmt"

const cells = C.AREA * 2

type grid [C.HEIGHT][C.WIDTH]byte

func main() {
	fmt.Println(C.WIDTH, C.HEIGHT, C.AREA, C.OFFSET, cells, C.MILLION)
	fmt.Println(C.RATIO, C.THIRD, C.COOL, C.GREETING, uint64(C.TOP), C.LETTER, C.FLAGS)
	fmt.Printf("%T %T %T %T %T\n", C.WIDTH, C.RATIO, C.THIRD, C.GREETING, C.LETTER)
	var g grid
	fmt.Println(len(g), len(g[0]), C.area(C.WIDTH, C.HEIGHT) == C.AREA)
	var f32 float32 = C.THIRD
	fmt.Println(f32, C.THIRD == 0.333333, string(rune(C.LETTER)))
	fmt.Println(C.based(2), C.BASE, C.VERBOSE)
}
