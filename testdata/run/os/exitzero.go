// os.Exit(0) from a goroutine ends the whole program successfully while
// main is still blocked.
package main

import (
	"fmt"
	"os"
)

func main() {
	go func() {
		fmt.Println("goroutine exits the process")
		os.Exit(0)
	}()
	select {}
}
