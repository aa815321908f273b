// bytes.TrimSpace of nothing but spaces is nil, not an empty slice: json shows null, and a
// bufio.Scanner split function that returns it gives no token.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
)

func main() {
	for _, in := range []string{"   ", "", "\t\n", " x ", " \u00a0 "} {
		b := bytes.TrimSpace([]byte(in))
		j, _ := json.Marshal(struct{ B []byte }{b})
		fmt.Printf("%q: nil %v %#v %s\n", in, b == nil, b, j)
	}
	sc := bufio.NewScanner(strings.NewReader("a,, b,  ,c"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		if i := bytes.IndexByte(data, ','); i >= 0 {
			return i + 1, bytes.TrimSpace(data[:i]), nil
		}
		if atEOF && len(data) > 0 {
			return len(data), bytes.TrimSpace(data), nil
		}
		return 0, nil, nil
	})
	for sc.Scan() {
		fmt.Printf("[%s]", sc.Text())
	}
	fmt.Println()
}
