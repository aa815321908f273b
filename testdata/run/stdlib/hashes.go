// crypto/sha256 (Sum256, Sum224, New) and hash/fnv (32a, 64) over short, block-sized and long inputs.
package main

import (
	"crypto/sha256"
	"fmt"
	"hash/fnv"
	"io"
	"strings"
)

func main() {
	for _, s := range []string{"", "abc", "The quick brown fox jumps over the lazy dog", strings.Repeat("a", 1000)} {
		fmt.Printf("%x\n", sha256.Sum256([]byte(s)))
		fmt.Printf("%x\n", sha256.Sum224([]byte(s)))
		h := fnv.New32a()
		h.Write([]byte(s))
		h64 := fnv.New64()
		io.WriteString(h64, s)
		fmt.Println(h.Sum32(), h64.Sum64(), fmt.Sprintf("%x", h64.Sum(nil)))
	}
	h := sha256.New()
	for i := 0; i < 100; i++ {
		fmt.Fprintf(h, "line %d\n", i)
	}
	fmt.Printf("%x %d %d\n", h.Sum(nil), h.Size(), h.BlockSize())
	h.Reset()
	fmt.Printf("%x\n", h.Sum([]byte("prefix")))
}
