// Package net's pure parts: ParseIP, ParseCIDR, IPv4, IP's methods (String, To4, To16, Mask,
// DefaultMask, Equal, the Is* classes), IPMask, IPNet.Contains, SplitHostPort, JoinHostPort,
// ParseMAC, the address types' String and Network, ResolveTCPAddr/UDPAddr/IPAddr on literal
// addresses, LookupHost and LookupPort on literals, and how the error types print.
package main

import (
	"errors"
	"fmt"
	"net"
	"os"
	"syscall"
)

func main() {
	for _, s := range []string{"192.168.1.1", "::ffff:1.2.3.4", "2001:db8::1", "::", "fe80::1%eth0", "1.2.3", "256.1.1.1", "", "0:0:0:0:0:0:0:1", "2001:db8:0:0:1:0:0:1"} {
		ip := net.ParseIP(s)
		fmt.Printf("%q -> %v len=%d v4=%v loop=%v unspec=%v\n", s, ip, len(ip), ip.To4() != nil, ip.IsLoopback(), ip.IsUnspecified())
	}
	for _, s := range []string{"10.1.2.3/8", "192.168.100.14/24", "2001:db8::1/48", "1.2.3.4/33", "1.2.3.4", "::/0"} {
		ip, n, err := net.ParseCIDR(s)
		if err != nil {
			var pe *net.ParseError
			fmt.Println(s, "error:", err, errors.As(err, &pe))
			continue
		}
		ones, bits := n.Mask.Size()
		fmt.Println(s, ip, n, n.IP, n.Mask, ones, bits, n.Network(), n.Contains(net.ParseIP("10.9.9.9")), n.Contains(ip))
	}
	ip := net.IPv4(172, 16, 5, 4)
	fmt.Println(ip, len(ip), len(ip.To4()), ip.DefaultMask(), ip.Mask(net.CIDRMask(12, 32)), ip.Mask(ip.DefaultMask()))
	fmt.Println(net.IPv4(10, 0, 0, 1).IsPrivate(), net.IPv4(8, 8, 8, 8).IsGlobalUnicast(), net.ParseIP("fe80::1").IsLinkLocalUnicast(), net.ParseIP("ff02::1").IsLinkLocalMulticast(), net.IPv4(224, 0, 0, 1).IsMulticast())
	fmt.Println(net.IPv4bcast, net.IPv4zero, net.IPv4allsys, net.IPv6loopback, net.IPv6unspecified, net.IP{1, 2}, net.IP(nil))
	fmt.Println(net.ParseIP("1.2.3.4").Equal(net.IPv4(1, 2, 3, 4)), net.IPv4Mask(255, 255, 255, 0), net.CIDRMask(64, 128), net.CIDRMask(33, 32) == nil)
	b, err := net.ParseIP("::1").MarshalText()
	fmt.Println(string(b), err)
	var u net.IP
	fmt.Println(u.UnmarshalText([]byte("10.0.0.7")), u, u.UnmarshalText([]byte("x")))
	for _, s := range []string{"host:80", "[::1]:443", "1.2.3.4", "[::1]", "a:b:c", ":8080", "[fe80::1%eth0]:22", "host:"} {
		h, p, err := net.SplitHostPort(s)
		fmt.Printf("%q -> %q %q %v\n", s, h, p, err)
	}
	fmt.Println(net.JoinHostPort("::1", "80"), net.JoinHostPort("example.com", "http"), net.JoinHostPort("", "0"))
	for _, s := range []string{"01:23:45:67:89:ab", "01-23-45-67-89-AB", "0123.4567.89ab", "01:23:45", "00:00:5e:00:53:01:02:03"} {
		m, err := net.ParseMAC(s)
		fmt.Println(s, m, len(m), err)
	}
	ta := &net.TCPAddr{IP: net.ParseIP("::1"), Port: 8080, Zone: "lo"}
	fmt.Println(ta, ta.Network(), &net.UDPAddr{IP: net.IPv4(1, 2, 3, 4), Port: 53}, &net.IPAddr{IP: net.IPv4(5, 6, 7, 8)}, &net.UnixAddr{Name: "/tmp/s", Net: "unix"}, &net.TCPAddr{Port: 1})
	fmt.Println(net.ResolveTCPAddr("tcp", "1.2.3.4:80"))
	fmt.Println(net.ResolveTCPAddr("tcp4", "[::1]:80"))
	fmt.Println(net.ResolveTCPAddr("tcp", ":http"))
	fmt.Println(net.ResolveTCPAddr("udp", "1.2.3.4:80"))
	fmt.Println(net.ResolveUDPAddr("udp", "[2001:db8::1]:53"))
	fmt.Println(net.ResolveIPAddr("ip", "127.0.0.1"))
	fmt.Println(net.ResolveUnixAddr("unix", "/run/x.sock"))
	fmt.Println(net.ResolveTCPAddr("tcp", "1.2.3.4:99999"))
	fmt.Println(net.LookupHost("10.0.0.1"))
	fmt.Println(net.LookupPort("tcp", "http"))
	fmt.Println(net.LookupPort("tcp", "8080"))
	fmt.Println(net.LookupPort("tcp", "-1"))
	fmt.Println(net.LookupPort("foo", "http"))
	_, err = net.LookupHost("")
	fmt.Println(err)
	op := &net.OpError{Op: "read", Net: "tcp", Source: &net.TCPAddr{IP: net.IPv4(1, 2, 3, 4), Port: 5}, Addr: &net.TCPAddr{IP: net.ParseIP("::1"), Port: 6}, Err: os.NewSyscallError("read", syscall.ECONNRESET)}
	fmt.Println(op, op.Timeout(), op.Temporary(), errors.Is(op, syscall.ECONNRESET))
	op = &net.OpError{Op: "dial", Net: "tcp", Addr: &net.TCPAddr{IP: net.IPv4(10, 0, 0, 1), Port: 80}, Err: os.NewSyscallError("connect", syscall.ETIMEDOUT)}
	fmt.Println(op, op.Timeout(), errors.Is(op, syscall.ETIMEDOUT), os.IsTimeout(op))
	fmt.Println(&net.OpError{Op: "close", Err: net.ErrClosed}, errors.Is(&net.OpError{Op: "close", Err: net.ErrClosed}, net.ErrClosed))
	dns := &net.DNSError{Err: "no such host", Name: "example.invalid", Server: "10.0.0.53:53", IsNotFound: true}
	fmt.Println(dns, dns.Timeout(), dns.Temporary(), &net.DNSError{Err: "server misbehaving", Name: "x", IsTemporary: true})
	var ne net.Error = &net.DNSError{Err: "i/o timeout", Name: "y", IsTimeout: true}
	fmt.Println(ne, ne.Timeout(), ne.Temporary())
	fmt.Println(&net.AddrError{Err: "missing port in address", Addr: "host"}, &net.AddrError{Err: "bad"}, net.UnknownNetworkError("foo"), net.InvalidAddrError("invalid"), &net.ParseError{Type: "IP address", Text: "q"})
	fmt.Println(net.ErrClosed, net.ErrWriteToConnected, syscall.ECONNREFUSED, syscall.ENETUNREACH, syscall.ENOSYS, syscall.Errno(200), syscall.SIGINT, syscall.Signal(99))
	bufs := net.Buffers{[]byte("ab"), []byte("cde")}
	n, err := bufs.WriteTo(os.Stdout)
	fmt.Println("", n, err, len(bufs))
}
