// UDP on the loopback interface: ListenPacket, a connected Dial, an echo with truncation and
// an empty datagram, ICMP port unreachable after the server closes (read: and recvfrom:
// connection refused), deadlines, WriteTo on a connected socket, Write on an unconnected one,
// udp4 and an IPv6 destination, a port already bound. Port numbers are printed as P.
package main

import (
	"errors"
	"fmt"
	"net"
	"strconv"
	"strings"
	"syscall"
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

func port(a net.Addr) string { return strconv.Itoa(a.(*net.UDPAddr).Port) }

func main() {
	srv, err := net.ListenPacket("udp", "127.0.0.1:0")
	fmt.Println(err)
	ports = append(ports, port(srv.LocalAddr()))
	fmt.Println(mask(srv.LocalAddr()), srv.LocalAddr().Network())
	serverDone := make(chan bool)
	go func() {
		defer close(serverDone)
		buf := make([]byte, 5)
		for {
			n, from, err := srv.ReadFrom(buf)
			if err != nil {
				fmt.Println("server:", mask(err), errors.Is(err, net.ErrClosed))
				return
			}
			srv.WriteTo([]byte(strings.ToUpper(string(buf[:n]))), from)
		}
	}()
	c, err := net.Dial("udp", srv.LocalAddr().String())
	fmt.Println(err)
	ports = append(ports, port(c.LocalAddr()))
	fmt.Println(mask(c.LocalAddr()), mask(c.RemoteAddr()))
	buf := make([]byte, 100)
	for _, m := range []string{"ping", "truncated message", ""} {
		n, err := c.Write([]byte(m))
		fmt.Println(n, err)
		n, err = c.Read(buf)
		fmt.Printf("%q %v\n", buf[:n], err)
	}
	_, err = c.(*net.UDPConn).WriteTo([]byte("x"), srv.LocalAddr())
	fmt.Println(mask(err))
	srv.Close()
	<-serverDone
	n, err := c.Write([]byte("anyone?"))
	fmt.Println(n, err)
	_, err = c.Read(buf)
	fmt.Println(mask(err), errors.Is(err, syscall.ECONNREFUSED))
	n, err = c.Write([]byte("again"))
	fmt.Println(n, err)
	time.Sleep(10 * time.Millisecond)
	_, _, err = c.(*net.UDPConn).ReadFromUDP(buf)
	fmt.Println(mask(err))
	c.SetReadDeadline(time.Now().Add(10 * time.Millisecond))
	_, err = c.Read(buf)
	fmt.Println(mask(err))
	c.Close()

	u, err := net.ListenUDP("udp4", &net.UDPAddr{})
	fmt.Println(err, u.LocalAddr().(*net.UDPAddr).IP)
	ports = append(ports, port(u.LocalAddr()))
	n, err = u.WriteToUDP([]byte("to nobody"), &net.UDPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 9})
	fmt.Println(n, err)
	_, err = u.Write([]byte("x"))
	fmt.Println(mask(err))
	_, err = u.WriteToUDP([]byte("x"), &net.UDPAddr{IP: net.ParseIP("::1"), Port: 9})
	fmt.Println(mask(err))
	_, err = net.ListenUDP("udp", u.LocalAddr().(*net.UDPAddr))
	fmt.Println(mask(err))
	u.Close()
	time.Sleep(10 * time.Millisecond)
}
