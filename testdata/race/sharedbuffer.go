// Workers each append their result line to one bytes.Buffer without a lock: the race is
// inside the standard library's code (bytes.(*Buffer).WriteString and the helpers it calls),
// which -race instruments as it does the program's.
package main

import (
	"bytes"
	"fmt"
	"strconv"
	"sync"
)

func square(n int) string {
	return strconv.Itoa(n) + "^2 = " + strconv.Itoa(n*n) + "\n"
}

func main() {
	var report bytes.Buffer
	var wg sync.WaitGroup
	for i := 1; i <= 2; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			report.WriteString(square(n))
		}(i)
	}
	wg.Wait()
	fmt.Println("lines:", bytes.Count(report.Bytes(), []byte("\n")))
}
