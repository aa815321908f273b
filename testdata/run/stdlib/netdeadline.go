// Deadlines on loopback TCP: an expired read deadline wins over buffered bytes, an expired
// write deadline fails even an empty Write, clearing them restores I/O; EOF after the peer's
// Close; an expired listener deadline wins over a waiting connection.
package main

import (
	"fmt"
	"net"
	"time"
)

func main() {
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	c, _ := net.Dial("tcp", ln.Addr().String())
	s, _ := ln.Accept()
	s.Write([]byte("data"))
	time.Sleep(10 * time.Millisecond)
	c.SetReadDeadline(time.Now().Add(-time.Second))
	n, err := c.Read(make([]byte, 10))
	fmt.Println(n, err != nil)
	c.SetReadDeadline(time.Time{})
	n, err = c.Read(make([]byte, 10))
	fmt.Println(n, err)
	c.SetWriteDeadline(time.Now().Add(-time.Second))
	n, err = c.Write(nil)
	fmt.Println(n, err != nil)
	n, err = c.Write([]byte("x"))
	fmt.Println(n, err != nil)
	c.SetWriteDeadline(time.Time{})
	n, err = c.Write(nil)
	fmt.Println(n, err)
	s.Close()
	time.Sleep(10 * time.Millisecond)
	n, err = c.Read(make([]byte, 10))
	fmt.Println(n, err)
	ln.(*net.TCPListener).SetDeadline(time.Now().Add(-time.Second))
	go net.Dial("tcp", ln.Addr().String())
	time.Sleep(10 * time.Millisecond)
	_, err = ln.Accept()
	fmt.Println(err != nil)
}
