// Listen on the wildcard and loopback addresses of both families ("tcp", "tcp4", "tcp6"):
// the listener's address (a dual-stack [::] for "tcp" on a wildcard) and which of 127.0.0.1
// and ::1 a Dial reaches it on.
package main

import (
	"fmt"
	"net"
)

func main() {
	for _, a := range []string{":0", "0.0.0.0:0", "[::]:0", "localhost:0", "[::1]:0"} {
		ln, err := net.Listen("tcp", a)
		if err != nil {
			fmt.Println(a, err)
			continue
		}
		fmt.Println(a, ln.Addr().(*net.TCPAddr).IP)
		c, err := net.Dial("tcp", fmt.Sprintf("127.0.0.1:%d", ln.Addr().(*net.TCPAddr).Port))
		fmt.Println(" v4 dial:", err == nil)
		if c != nil {
			c.Close()
		}
		c, err = net.Dial("tcp", fmt.Sprintf("[::1]:%d", ln.Addr().(*net.TCPAddr).Port))
		fmt.Println(" v6 dial:", err == nil)
		if c != nil {
			c.Close()
		}
		ln.Close()
	}
	for _, a := range []string{":0"} {
		ln, err := net.Listen("tcp6", a)
		fmt.Println("tcp6", err, ln.Addr().(*net.TCPAddr).IP)
		_, err = net.Dial("tcp", fmt.Sprintf("127.0.0.1:%d", ln.Addr().(*net.TCPAddr).Port))
		fmt.Println(" v4 dial:", err == nil)
		ln.Close()
	}
	ln, err := net.Listen("tcp4", "[::1]:0")
	fmt.Println(err)
	ln, err = net.Listen("tcp6", "127.0.0.1:0")
	fmt.Println(err, ln)
}
