// crypto/sha512 (all four variants, Sum and New, chunked writes, Sum's copy semantics),
// crypto/hmac (New over sha1, sha256, sha512, md5, keys longer than a block, Reset, Equal, the
// panic for a hash func that returns one value twice) and crypto/rand (Read and Reader:
// lengths and errors only, since its bytes are random).
package main

import (
	"bytes"
	"crypto/hmac"
	"crypto/md5"
	"crypto/rand"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"fmt"
	"hash"
	"io"
	"strings"
)

func main() {
	for _, s := range []string{"", "abc", "The quick brown fox jumps over the lazy dog", strings.Repeat("x", 111),
		strings.Repeat("y", 112), strings.Repeat("z", 128), strings.Repeat("0123456789", 1000)} {
		b := []byte(s)
		fmt.Printf("%d\n %x\n %x\n %x\n %x\n", len(s), sha512.Sum512(b), sha512.Sum384(b), sha512.Sum512_224(b), sha512.Sum512_256(b))
	}
	for _, mk := range []func() hash.Hash{sha512.New, sha512.New384, sha512.New512_224, sha512.New512_256} {
		h := mk()
		for i := 0; i < 300; i++ {
			fmt.Fprintf(h, "%d,", i*i)
		}
		a := h.Sum(nil)
		b := h.Sum([]byte("pre"))
		io.WriteString(h, "more")
		fmt.Printf("%d %d %x %x %x\n", h.Size(), h.BlockSize(), a, b[:5], h.Sum(nil)[:8])
		h.Reset()
		fmt.Printf("%x\n", h.Sum(nil))
	}
	fmt.Println(sha512.Size, sha512.Size224, sha512.Size256, sha512.Size384, sha512.BlockSize)

	key := []byte("secret key")
	longKey := bytes.Repeat([]byte("k"), 200)
	for _, mk := range []func() hash.Hash{sha256.New, sha512.New, sha1.New, md5.New, sha512.New384} {
		for _, k := range [][]byte{key, longKey, nil} {
			m := hmac.New(mk, k)
			io.WriteString(m, "message to authenticate")
			sum := m.Sum(nil)
			fmt.Printf("%x %d %d\n", sum, m.Size(), m.BlockSize())
			io.WriteString(m, "!")
			fmt.Printf(" %x\n", m.Sum([]byte{1, 2})[:6])
			m.Reset()
			io.WriteString(m, "message to authenticate")
			fmt.Println(" equal after reset:", hmac.Equal(sum, m.Sum(nil)))
		}
	}
	fmt.Println(hmac.Equal([]byte("abc"), []byte("abc")), hmac.Equal([]byte("abc"), []byte("abd")), hmac.Equal([]byte("ab"), []byte("abc")), hmac.Equal(nil, []byte{}))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		h := sha256.New()
		hmac.New(func() hash.Hash { return h }, key)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		// An uncomparable dynamic type: comparing the two panics inside New, which takes them
		// for distinct hashes.
		m := hmac.New(func() hash.Hash { return struct {
			hash.Hash
			f []int
		}{sha256.New(), nil} }, key)
		fmt.Printf("%x\n", m.Sum(nil))
	}()

	buf := make([]byte, 37)
	n, err := rand.Read(buf)
	fmt.Println(n, err)
	other := make([]byte, 37)
	n, err = io.ReadFull(rand.Reader, other)
	fmt.Println(n, err, bytes.Equal(buf, other), bytes.Equal(buf, make([]byte, 37)))
	n, err = rand.Read(nil)
	fmt.Println(n, err)
	n, err = rand.Reader.Read(make([]byte, 4096))
	fmt.Println(n, err)
}
