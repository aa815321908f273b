// TCP over the loopback interface: Listen on 127.0.0.1:0, Accept in a goroutine, Dial, an
// echo over the connection, CloseWrite and EOF, read deadlines, the listener's address,
// a port already bound, a non-local address, and the errors after Close (ErrClosed in Go's
// OpErrors). Port numbers, which the kernel picks, are printed as P.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"strconv"
	"strings"
	"time"
)

var ports []string

func mask(v any) string {
	s := fmt.Sprint(v)
	for _, p := range ports {
		s = strings.ReplaceAll(s, ":"+p, ":P")
	}
	return s
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		return
	}
	addr := ln.Addr().(*net.TCPAddr)
	ports = append(ports, strconv.Itoa(addr.Port))
	fmt.Println(ln.Addr().Network(), addr.IP, addr.Port > 0, mask(ln.Addr()))
	done := make(chan bool)
	go func() {
		defer close(done)
		c, err := ln.Accept()
		if err != nil {
			fmt.Println("accept:", err)
			return
		}
		defer c.Close()
		r := bufio.NewReader(c)
		for {
			line, err := r.ReadString('\n')
			if line != "" {
				c.Write([]byte(strings.ToUpper(line)))
			}
			if err != nil {
				fmt.Println("server read:", err)
				return
			}
		}
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		fmt.Println(err)
		return
	}
	ports = append(ports, strconv.Itoa(c.LocalAddr().(*net.TCPAddr).Port))
	fmt.Println(mask(c.LocalAddr()), mask(c.RemoteAddr()), c.LocalAddr().Network())
	r := bufio.NewReader(c)
	for _, msg := range []string{"hello\n", "over the loopback\n"} {
		fmt.Fprint(c, msg)
		line, err := r.ReadString('\n')
		fmt.Printf("%q %v\n", line, err)
	}
	c.SetReadDeadline(time.Now().Add(50 * time.Millisecond))
	_, err = r.ReadByte()
	var ne net.Error
	fmt.Println(mask(err), os.IsTimeout(err), errors.Is(err, os.ErrDeadlineExceeded), errors.As(err, &ne) && ne.Timeout())
	c.SetReadDeadline(time.Time{})
	fmt.Fprint(c, "last, unterminated")
	c.(*net.TCPConn).CloseWrite()
	rest, err := io.ReadAll(r)
	fmt.Printf("%q %v\n", rest, err)
	<-done
	fmt.Println(mask(c.Close()))
	_, err = c.Read(make([]byte, 1))
	fmt.Println(mask(err), errors.Is(err, net.ErrClosed))
	_, err = c.Write([]byte("x"))
	fmt.Println(mask(err))
	fmt.Println(mask(c.Close()))

	_, err = net.Listen("tcp", ln.Addr().String())
	fmt.Println(mask(err))
	_, err = net.Listen("tcp", "10.1.2.3:0")
	fmt.Println(err)
	ln.(*net.TCPListener).SetDeadline(time.Now().Add(20 * time.Millisecond))
	_, err = ln.Accept()
	fmt.Println(mask(err), os.IsTimeout(err))
	fmt.Println(ln.Close())
	_, err = ln.Accept()
	fmt.Println(mask(err), errors.Is(err, net.ErrClosed))
	fmt.Println(mask(ln.Close()))
	_, err = net.Dial("tcp", ln.Addr().String())
	fmt.Println(mask(err))

	ln4, err := net.Listen("tcp4", ":0")
	fmt.Println(err, ln4.Addr().(*net.TCPAddr).IP)
	ports = append(ports, strconv.Itoa(ln4.Addr().(*net.TCPAddr).Port))
	go func() {
		c, err := ln4.Accept()
		if err == nil {
			c.Write([]byte("hi from tcp4"))
			c.Close()
		}
	}()
	c, err = net.DialTimeout("tcp", "localhost:"+ports[len(ports)-1], time.Second)
	fmt.Println(err)
	b, err := io.ReadAll(c)
	fmt.Printf("%q %v\n", b, err)
	c.Close()
	ln4.Close()
}
