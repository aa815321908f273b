// net.Pipe: a synchronous in-memory connection; writes block until read, deadlines give
// os.ErrDeadlineExceeded, Close gives io.EOF to the other end and io.ErrClosedPipe to its own,
// and the "pipe" addresses.
package main

import (
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"time"
)

func main() {
	a, b := net.Pipe()
	fmt.Println(a.LocalAddr(), a.RemoteAddr().Network())
	go func() {
		a.Write([]byte("hello"))
		a.Write([]byte(" world"))
		a.Close()
	}()
	buf := make([]byte, 3)
	for {
		n, err := b.Read(buf)
		fmt.Printf("%q %v\n", buf[:n], err)
		if err != nil {
			break
		}
	}
	_, err := b.Write([]byte("x"))
	fmt.Println(err)
	b.SetReadDeadline(time.Now().Add(10 * time.Millisecond))
	_, err = b.Read(buf)
	fmt.Println(err)
	c, d := net.Pipe()
	c.SetWriteDeadline(time.Now().Add(10 * time.Millisecond))
	_, err = c.Write([]byte("nobody reads"))
	fmt.Println(err, errors.Is(err, os.ErrDeadlineExceeded), os.IsTimeout(err))
	d.Close()
	_, err = c.Write([]byte("x"))
	fmt.Println(err == io.ErrClosedPipe, err)
	c.Close()
	_, err = c.Read(buf)
	fmt.Println(err)
}
