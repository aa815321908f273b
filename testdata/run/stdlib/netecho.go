// A loopback echo server with several concurrent clients, each sending more than a socket
// buffer holds (Write blocks until the echo is read), closing its write side and checking
// what came back; then the server's shutdown through the listener's Close.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net"
	"sync"
)

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		return
	}
	var served sync.WaitGroup
	acceptDone := make(chan bool)
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				fmt.Println("accept done:", errors.Is(err, net.ErrClosed))
				close(acceptDone)
				return
			}
			served.Add(1)
			go func() {
				defer served.Done()
				n, err := io.Copy(c, c)
				c.Close()
				if err != nil || n == 0 {
					fmt.Println("copy:", n, err)
				}
			}()
		}
	}()
	var wg sync.WaitGroup
	results := make([]string, 4)
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			c, err := net.Dial("tcp", ln.Addr().String())
			if err != nil {
				results[i] = err.Error()
				return
			}
			data := make([]byte, 100000+i*100000)
			for j := range data {
				data[j] = byte(j*7 + i)
			}
			go func() {
				c.Write(data)
				c.(*net.TCPConn).CloseWrite()
			}()
			back, err := io.ReadAll(c)
			c.Close()
			results[i] = fmt.Sprintf("client %d: %d bytes, %v, same=%v", i, len(back), err, bytes.Equal(back, data))
		}(i)
	}
	wg.Wait()
	served.Wait()
	for _, r := range results {
		fmt.Println(r)
	}
	ln.Close()
	<-acceptDone
}
