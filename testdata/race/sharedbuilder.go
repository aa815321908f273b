// Goroutines append to one strings.Builder while main reads its length: the accesses are
// inside strings.(*Builder)'s methods (and the copy check inlined in them).
package main

import (
	"fmt"
	"strings"
	"sync"
)

func main() {
	var sb strings.Builder
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			fmt.Fprintf(&sb, "part %d;", id)
		}(i)
	}
	n := sb.Len()
	wg.Wait()
	fmt.Println(n >= 0, len(sb.String()) > 0)
}
