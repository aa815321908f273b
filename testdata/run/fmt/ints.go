// Integer verbs with widths and flags: %d %x %X %o %O %b %c %U %q and the
// +, space, -, 0 and # flags.
package main

import "fmt"

func main() {
	for _, n := range []int{0, 7, -42, 255, 1 << 20} {
		fmt.Printf("|%d|%5d|%-5d|%05d|%+d|% d|\n", n, n, n, n, n, n)
		fmt.Printf("|%x|%X|%#x|%o|%#o|%O|%b|%08b|\n", n, n, n, n, n, n, n, n)
	}
	fmt.Printf("%c %c %q %U %#U\n", 'A', 0x4E16, 'x', 0x1F600, 'é')
	fmt.Printf("%d %x %v\n", int8(-128), uint8(200), uint64(1<<64-1))
	fmt.Printf("%6.3d|%-+6d|%x\n", 7, 3, -255)
	fmt.Printf("%*d|%-*d|\n", 6, 12, 4, 3)
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%d %d\n", 1, 2, 3)
	fmt.Printf("%!\n")
}
