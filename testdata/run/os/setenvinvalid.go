// os.Setenv refuses what syscall.Setenv refuses: an empty key, a key with '=' or NUL, a value
// with NUL; the variable is then unchanged.
package main

import (
	"fmt"
	"os"
)

func main() {
	for _, kv := range [][2]string{{"", "x"}, {"A=B", "x"}, {"a\x00b", "x"}, {"GOOD", "a\x00b"}, {"GOOD", "fine"}} {
		err := os.Setenv(kv[0], kv[1])
		fmt.Printf("%q %v\n", kv[0], err)
	}
	v, ok := os.LookupEnv("GOOD")
	fmt.Printf("%q %v\n", v, ok)
}
