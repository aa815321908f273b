// Dialing where nothing listens: a TCP connect to a closed port on 127.0.0.1 (and the
// unspecified address, an empty host) is refused; the errors Dial, DialTimeout, DialTCP and
// Dialer.DialContext build before any connect (a bad address, an unknown network, a
// canceled context); errors.Is/As through OpError and SyscallError.
package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"syscall"
	"time"
)

func show(c net.Conn, err error) {
	if c != nil {
		c.Close()
		fmt.Println("connected?")
		return
	}
	var op *net.OpError
	var se *os.SyscallError
	fmt.Println(err, errors.As(err, &op), errors.As(err, &se), errors.Is(err, syscall.ECONNREFUSED))
	if op != nil {
		fmt.Printf("  op=%s net=%s source=%v addr=%v timeout=%v\n", op.Op, op.Net, op.Source, op.Addr, op.Timeout())
	}
	if se != nil {
		fmt.Printf("  syscall=%s err=%#v\n", se.Syscall, se.Err)
	}
}

func main() {
	show(net.Dial("tcp", "127.0.0.1:1"))
	show(net.Dial("tcp4", "127.0.0.1:1"))
	show(net.Dial("tcp", ":1"))
	show(net.Dial("tcp", "0.0.0.0:1"))
	show(net.DialTimeout("tcp", "127.0.0.1:1", time.Second))
	d := net.Dialer{Timeout: time.Second}
	show(d.Dial("tcp", "127.0.0.1:1"))
	show(d.DialContext(context.Background(), "tcp", "127.0.0.1:1"))
	c, err := net.DialTCP("tcp", nil, &net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 1})
	fmt.Println(c == nil, err)
	_, err = net.DialTCP("tcp", nil, nil)
	fmt.Println(err)
	_, err = net.DialTCP("udp", nil, &net.TCPAddr{Port: 1})
	fmt.Println(err)
	show(net.Dial("tcp", "127.0.0.1"))
	show(net.Dial("tcp", "127.0.0.1:99999"))
	show(net.Dial("tcp", "127.0.0.1:nosuchservice"))
	show(net.Dial("tcp6", "127.0.0.1:1"))
	show(net.Dial("foo", "127.0.0.1:1"))
	show(net.Dial("unix", ""))
	show(net.Dial("tcp", "[::1%"))
	show(net.Dial("ip:nosuchproto", "127.0.0.1"))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err = d.DialContext(ctx, "tcp", "127.0.0.1:1")
	fmt.Println(err, errors.Is(err, context.Canceled))
	ctx, cancel = context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	defer cancel()
	_, err = d.DialContext(ctx, "tcp", "127.0.0.1:1")
	fmt.Println(err, errors.Is(err, context.DeadlineExceeded), os.IsTimeout(err))
	var ne net.Error
	fmt.Println(errors.As(err, &ne), ne.Timeout())
	_, err = (&net.Dialer{Deadline: time.Now().Add(-time.Second)}).Dial("tcp", "127.0.0.1:1")
	fmt.Println(err, os.IsTimeout(err), errors.Is(err, os.ErrDeadlineExceeded))
}
