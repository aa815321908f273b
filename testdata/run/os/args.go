// os.Args holds the program name and its arguments; the program prints
// only the arguments so the output does not depend on the binary path.
// args: first "second arg" 3
package main

import (
	"fmt"
	"os"
	"path/filepath"
)

func main() {
	fmt.Println(len(os.Args), os.Args[1:])
	fmt.Println(filepath.Base(os.Args[0]) != "")
}
