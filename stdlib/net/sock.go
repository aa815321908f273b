// The network under Dial and Listen on the simulated machine: a loopback interface (127.0.0.1
// and ::1) carried in-process, TCP and UDP, no route anywhere else, no raw IP or unix sockets.
//
// Models what linux answers Go 1.19's net (tcpsock_posix.go, sock_posix.go, fd_unix.go,
// internal/poll's errors) on such a machine:
//   - Listen on a loopback or unspecified address binds the port (0: the next free port from
//     32768 up). Its Addr is Go's: "[::]:port" for "tcp" on a wildcard (a dual-stack socket),
//     "0.0.0.0:port" for "tcp4". A port already bound: "bind: address already in use"; any
//     other address: "bind: cannot assign requested address".
//   - A TCP connect to a loopback or unspecified address (an empty host: 127.0.0.1) reaches
//     the listener bound there, or is refused: "dial tcp 127.0.0.1:8080: connect: connection
//     refused" (os.SyscallError{"connect", syscall.ECONNREFUSED} in an OpError); to any other
//     address: "connect: network is unreachable" (ENETUNREACH). The kernel completes the
//     handshake: Dial returns before the server's Accept.
//   - A connection is two byte streams of up to loopBuf bytes each: Read blocks until bytes
//     come, returns io.EOF after the peer's Close or CloseWrite; Write blocks while the peer's
//     buffer is full and fails as EPIPE ("write: broken pipe") once the peer has closed.
//     Deadlines are the simulated clock's (os.ErrDeadlineExceeded, "i/o timeout"); a closed
//     end answers ErrClosed ("use of closed network connection"), in Go's OpErrors.
//   - UDP on loopback works (udp.go): datagrams between bound ports; a connected socket's
//     datagram to a port nothing is bound to makes its next call fail as ECONNREFUSED (the
//     ICMP port-unreachable's error), "read udp 127.0.0.1:40000->127.0.0.1:9: read:
//     connection refused"; an unconnected socket's is dropped.
//   - Any other socket (raw IP, unix) cannot be made: its socket call fails with ENOSYS
//     ("listen unix /tmp/s: socket: function not implemented").
//   - The interface table (Interfaces, InterfaceAddrs) is linux's lo alone: index 1, MTU 65536,
//     "up|loopback", addresses 127.0.0.1/8 and ::1/128, multicast groups 224.0.0.1, ff02::1
//     and ff01::1.
//
// Simplifications vs real Go: connecting and each transfer cost no simulated time; a peer
// closing with unread data does not reset the connection (no ECONNRESET); an Accept or Read
// that nothing can end is a deadlock gort reports, where Go's network poller would wait
// forever; File, SyscallConn and the socket options do nothing (File and SyscallConn fail).
package net

import (
	"context"
	"io"
	"os"
	"sync"
	"syscall"
	"time"
)

// loopBuf is a connection's buffer in each direction (linux's default socket buffers are of
// this order).
const loopBuf = 256 << 10

// The test hooks dial.go reads (Go's hook.go).
var (
	testHookDialTCP      func(ctx context.Context, net string, laddr, raddr *TCPAddr) (*TCPConn, error)
	testHookSetKeepAlive = func(time.Duration) {}
)

// probe: the loopback interface has both families (ipsock_posix.go's probe on such a machine).
func (p *ipStackCapabilities) probe() {
	p.ipv4Enabled = true
	p.ipv6Enabled = true
	p.ipv4MappedIPv6Enabled = true
}

// isConnError is error_unix.go's.
func isConnError(err error) bool {
	if se, ok := err.(syscall.Errno); ok {
		return se == syscall.ECONNRESET || se == syscall.ECONNABORTED
	}
	return false
}

var errNoSocket = os.NewSyscallError("socket", syscall.ENOSYS)

// netFD is a network file descriptor: one end of a loopback connection, or a listener.
type netFD struct {
	net          string
	laddr, raddr Addr
	mu           *sync.Mutex // the connection's (or listener's) lock
	cond         *sync.Cond
	closed       bool
	rdl, wdl     time.Time // deadlines
	rtimer       *time.Timer
	wtimer       *time.Timer
	in, out      *stream   // a connection's: what it reads, what it writes
	ln           *listener // a listener's
	udp          *udpSock  // a UDP socket's (udp.go)
}

// stream is one direction of a connection.
type stream struct {
	buf     []byte
	eof     bool // the writer closed or shut down writing
	rclosed bool // the reader closed or shut down reading
}

// listener is a bound port's state.
type listener struct {
	port   int
	ip     IP // nil: any loopback address
	v4, v6 bool
	queue  []*netFD
	fd     *netFD
}

// loopback is the machine's table of bound ports.
var loopback struct {
	mu       sync.Mutex
	bound    map[int]*listener
	udp      map[int]*netFD
	nextPort int
}

// lo is the machine's only network interface.
var lo = Interface{Index: 1, MTU: 65536, Name: "lo", Flags: FlagUp | FlagLoopback}

func interfaceTable(ifindex int) ([]Interface, error) {
	if ifindex != 0 && ifindex != lo.Index {
		return nil, nil
	}
	return []Interface{lo}, nil
}

func interfaceAddrTable(ifi *Interface) ([]Addr, error) {
	if ifi != nil && ifi.Index != lo.Index {
		return nil, nil
	}
	return []Addr{
		&IPNet{IP: IPv4(127, 0, 0, 1), Mask: CIDRMask(8, 8*IPv4len)},
		&IPNet{IP: IPv6loopback, Mask: CIDRMask(128, 8*IPv6len)},
	}, nil
}

func interfaceMulticastAddrTable(ifi *Interface) ([]Addr, error) {
	if ifi != nil && ifi.Index != lo.Index {
		return nil, nil
	}
	return []Addr{
		&IPAddr{IP: IPv4(224, 0, 0, 1)},
		&IPAddr{IP: ParseIP("ff02::1")},
		&IPAddr{IP: ParseIP("ff01::1")},
	}, nil
}

func expired(t time.Time) bool { return !t.IsZero() && !time.Now().Before(t) }

// wake arranges for the fd's waiters to look again at t (a deadline).
func (fd *netFD) wakeAt(t time.Time, old *time.Timer) *time.Timer {
	if old != nil {
		old.Stop()
	}
	if t.IsZero() {
		return nil
	}
	return time.AfterFunc(time.Until(t), func() {
		fd.mu.Lock()
		fd.cond.Broadcast()
		fd.mu.Unlock()
	})
}

func isLoopbackOrAny(ip IP) bool { return ip == nil || ip.IsUnspecified() || ip.IsLoopback() }

func (sd *sysDialer) dialTCP(ctx context.Context, laddr, raddr *TCPAddr) (*TCPConn, error) {
	if h := sd.testHookDialTCP; h != nil {
		return h(ctx, sd.network, laddr, raddr)
	}
	if h := testHookDialTCP; h != nil {
		return h(ctx, sd.network, laddr, raddr)
	}
	if !isLoopbackOrAny(raddr.IP) {
		return nil, os.NewSyscallError("connect", syscall.ENETUNREACH)
	}
	ip := raddr.IP
	if ip == nil || ip.Equal(IPv4zero) {
		ip = IPv4(127, 0, 0, 1)
	} else if ip.Equal(IPv6unspecified) {
		ip = IPv6loopback
	}
	if ip4 := ip.To4(); ip4 != nil {
		ip = ip4
	}
	loopback.mu.Lock()
	defer loopback.mu.Unlock()
	l := loopback.bound[raddr.Port]
	if l == nil || !l.accepts(ip) {
		return nil, os.NewSyscallError("connect", syscall.ECONNREFUSED)
	}
	mu := new(sync.Mutex)
	cond := sync.NewCond(mu)
	a, b := &stream{}, &stream{}
	server := &TCPAddr{IP: ip, Port: raddr.Port}
	client := &TCPAddr{IP: ip, Port: nextPortLocked()}
	if laddr != nil && laddr.Port != 0 {
		client.Port = laddr.Port
	}
	c := &netFD{net: sd.network, laddr: client, raddr: server, mu: mu, cond: cond, in: a, out: b}
	s := &netFD{net: l.fd.net, laddr: server, raddr: client, mu: mu, cond: cond, in: b, out: a}
	l.fd.mu.Lock()
	l.queue = append(l.queue, s)
	l.fd.cond.Broadcast()
	l.fd.mu.Unlock()
	return newTCPConn(c), nil
}

func (l *listener) accepts(ip IP) bool {
	if l.ip != nil {
		return l.ip.Equal(ip)
	}
	if ip.To4() != nil {
		return l.v4
	}
	return l.v6
}

// nextPortLocked returns a free port from 32768 up (loopback.mu held).
func nextPortLocked() int {
	if loopback.nextPort < 32768 || loopback.nextPort > 60999 {
		loopback.nextPort = 32768
	}
	for loopback.bound[loopback.nextPort] != nil || loopback.udp[loopback.nextPort] != nil {
		loopback.nextPort++
	}
	p := loopback.nextPort
	loopback.nextPort++
	return p
}

func (sl *sysListener) listenTCP(ctx context.Context, laddr *TCPAddr) (*TCPListener, error) {
	if !isLoopbackOrAny(laddr.IP) {
		return nil, os.NewSyscallError("bind", syscall.EADDRNOTAVAIL)
	}
	loopback.mu.Lock()
	defer loopback.mu.Unlock()
	if loopback.bound == nil {
		loopback.bound = make(map[int]*listener)
	}
	port := laddr.Port
	if port == 0 {
		port = nextPortLocked()
	} else if loopback.bound[port] != nil {
		return nil, os.NewSyscallError("bind", syscall.EADDRINUSE)
	}
	l := &listener{port: port}
	var addr *TCPAddr
	last := sl.network[len(sl.network)-1]
	switch {
	case laddr.IP != nil && !laddr.IP.IsUnspecified():
		l.ip = laddr.IP
		if ip4 := laddr.IP.To4(); ip4 != nil {
			l.ip = ip4
		}
		addr = &TCPAddr{IP: l.ip, Port: port}
	case last == '4' || laddr.IP != nil && laddr.IP.To4() != nil && last == '6':
		l.v4 = true
		addr = &TCPAddr{IP: IPv4zero.To4(), Port: port}
	case last == '6':
		l.v6 = true
		addr = &TCPAddr{IP: IPv6unspecified, Port: port}
	default: // "tcp" on a wildcard: a dual-stack socket
		l.v4, l.v6 = true, true
		addr = &TCPAddr{IP: IPv6unspecified, Port: port}
	}
	mu := new(sync.Mutex)
	l.fd = &netFD{net: sl.network, laddr: addr, mu: mu, cond: sync.NewCond(mu), ln: l}
	loopback.bound[port] = l
	return &TCPListener{fd: l.fd, lc: sl.ListenConfig}, nil
}

func (sd *sysDialer) dialIP(ctx context.Context, laddr, raddr *IPAddr) (*IPConn, error) {
	return nil, errNoSocket
}

func (sd *sysDialer) dialUnix(ctx context.Context, laddr, raddr *UnixAddr) (*UnixConn, error) {
	return nil, errNoSocket
}

func (sl *sysListener) listenIP(ctx context.Context, laddr *IPAddr) (*IPConn, error) {
	return nil, errNoSocket
}

func (sl *sysListener) listenUnix(ctx context.Context, laddr *UnixAddr) (*UnixListener, error) {
	return nil, errNoSocket
}

func (sl *sysListener) listenUnixgram(ctx context.Context, laddr *UnixAddr) (*UnixConn, error) {
	return nil, errNoSocket
}

// accept takes the next connection made to the listener, waiting for one.
func (fd *netFD) accept() (*netFD, error) {
	fd.mu.Lock()
	defer fd.mu.Unlock()
	for {
		if fd.closed {
			return nil, ErrClosed
		}
		// An expired deadline wins over a waiting connection (poll's prepareRead comes first).
		if expired(fd.rdl) {
			return nil, os.ErrDeadlineExceeded
		}
		if q := fd.ln.queue; len(q) > 0 {
			c := q[0]
			fd.ln.queue = q[1:]
			return c, nil
		}
		fd.cond.Wait()
	}
}

func (fd *netFD) Read(b []byte) (int, error) {
	if fd.udp != nil {
		n, _, err := fd.readFrom(b, "read")
		return n, err
	}
	fd.mu.Lock()
	defer fd.mu.Unlock()
	if fd.closed {
		return 0, ErrClosed
	}
	if fd.in == nil {
		return 0, os.NewSyscallError("read", syscall.ENOTCONN)
	}
	if len(b) == 0 {
		return 0, nil
	}
	for {
		if fd.closed {
			return 0, ErrClosed
		}
		// An expired deadline wins over buffered bytes (poll's prepareRead comes first).
		if expired(fd.rdl) {
			return 0, os.ErrDeadlineExceeded
		}
		if len(fd.in.buf) > 0 {
			n := copy(b, fd.in.buf)
			fd.in.buf = fd.in.buf[n:]
			fd.cond.Broadcast()
			return n, nil
		}
		if fd.in.eof || fd.in.rclosed {
			return 0, io.EOF
		}
		fd.cond.Wait()
	}
}

func (fd *netFD) Write(b []byte) (int, error) {
	if fd.udp != nil {
		return fd.writeTo(b, nil, "write")
	}
	fd.mu.Lock()
	defer fd.mu.Unlock()
	if fd.closed {
		return 0, ErrClosed
	}
	if fd.out == nil {
		return 0, os.NewSyscallError("write", syscall.ENOTCONN)
	}
	n := 0
	for {
		if fd.closed {
			return n, ErrClosed
		}
		if n == len(b) && n > 0 {
			return n, nil
		}
		if expired(fd.wdl) {
			return n, os.ErrDeadlineExceeded
		}
		if n == len(b) {
			return n, nil
		}
		if fd.out.rclosed || fd.out.eof {
			return n, os.NewSyscallError("write", syscall.EPIPE)
		}
		if room := loopBuf - len(fd.out.buf); room > 0 {
			m := len(b) - n
			if m > room {
				m = room
			}
			fd.out.buf = append(fd.out.buf, b[n:n+m]...)
			n += m
			fd.cond.Broadcast()
			continue
		}
		fd.cond.Wait()
	}
}

func (fd *netFD) Close() error {
	fd.mu.Lock()
	if fd.closed {
		fd.mu.Unlock()
		return ErrClosed
	}
	fd.closed = true
	if fd.in != nil {
		fd.in.rclosed = true
		fd.in.buf = nil
		fd.out.eof = true
	}
	fd.cond.Broadcast()
	fd.mu.Unlock()
	if u := fd.udp; u != nil {
		loopback.mu.Lock()
		if loopback.udp[u.port] == fd {
			delete(loopback.udp, u.port)
		}
		loopback.mu.Unlock()
	}
	if l := fd.ln; l != nil {
		loopback.mu.Lock()
		if loopback.bound[l.port] == l {
			delete(loopback.bound, l.port)
		}
		loopback.mu.Unlock()
		fd.mu.Lock()
		q := l.queue
		l.queue = nil
		fd.mu.Unlock()
		for _, c := range q {
			c.Close()
		}
	}
	return nil
}

func (fd *netFD) closeRead() error {
	fd.mu.Lock()
	defer fd.mu.Unlock()
	if fd.closed {
		return ErrClosed
	}
	fd.in.rclosed = true
	fd.in.buf = nil
	fd.cond.Broadcast()
	return nil
}

func (fd *netFD) closeWrite() error {
	fd.mu.Lock()
	defer fd.mu.Unlock()
	if fd.closed {
		return ErrClosed
	}
	fd.out.eof = true
	fd.cond.Broadcast()
	return nil
}

func (fd *netFD) SetDeadline(t time.Time) error {
	if err := fd.SetReadDeadline(t); err != nil {
		return err
	}
	return fd.SetWriteDeadline(t)
}

func (fd *netFD) SetReadDeadline(t time.Time) error {
	fd.mu.Lock()
	defer fd.mu.Unlock()
	if fd.closed {
		return ErrClosed
	}
	fd.rdl = t
	fd.rtimer = fd.wakeAt(t, fd.rtimer)
	fd.cond.Broadcast()
	return nil
}

func (fd *netFD) SetWriteDeadline(t time.Time) error {
	fd.mu.Lock()
	defer fd.mu.Unlock()
	if fd.closed {
		return ErrClosed
	}
	fd.wdl = t
	fd.wtimer = fd.wakeAt(t, fd.wtimer)
	fd.cond.Broadcast()
	return nil
}

// dup: the simulated machine's sockets have no descriptor to share with os.File.
func (fd *netFD) dup() (*os.File, error) {
	return nil, os.NewSyscallError("dup", syscall.ENOSYS)
}

func setReadBuffer(fd *netFD, bytes int) error                { return nil }
func setWriteBuffer(fd *netFD, bytes int) error               { return nil }
func setKeepAlive(fd *netFD, keepalive bool) error            { return nil }
func setKeepAlivePeriod(fd *netFD, d time.Duration) error     { return nil }
func setLinger(fd *netFD, sec int) error                      { return nil }
func setNoDelay(fd *netFD, noDelay bool) error                { return nil }
func newTCPConn(fd *netFD) *TCPConn                           { return &TCPConn{conn{fd}} }
func (c *TCPConn) readFrom(r io.Reader) (int64, error)        { return genericReadFrom(c, r) }
func genericReadFrom(w io.Writer, r io.Reader) (int64, error) { return io.Copy(writerOnly{w}, r) }

// writerOnly hides a writer's ReadFrom (net.go's).
type writerOnly struct {
	io.Writer
}

// TCPConn is an implementation of the Conn interface for TCP network connections.
type TCPConn struct {
	conn
}

// SyscallConn: no raw connection on the simulated machine.
func (c *TCPConn) SyscallConn() (syscall.RawConn, error) {
	if !c.ok() {
		return nil, syscall.EINVAL
	}
	return nil, &OpError{Op: "raw-control", Net: c.fd.net, Source: c.fd.laddr, Addr: c.fd.raddr, Err: syscall.ENOSYS}
}

// ReadFrom implements the io.ReaderFrom ReadFrom method.
func (c *TCPConn) ReadFrom(r io.Reader) (int64, error) {
	if !c.ok() {
		return 0, syscall.EINVAL
	}
	n, err := c.readFrom(r)
	if err != nil && err != io.EOF {
		err = &OpError{Op: "readfrom", Net: c.fd.net, Source: c.fd.laddr, Addr: c.fd.raddr, Err: err}
	}
	return n, err
}

// CloseRead shuts down the reading side of the TCP connection.
func (c *TCPConn) CloseRead() error {
	if !c.ok() {
		return syscall.EINVAL
	}
	if err := c.fd.closeRead(); err != nil {
		return &OpError{Op: "close", Net: c.fd.net, Source: c.fd.laddr, Addr: c.fd.raddr, Err: err}
	}
	return nil
}

// CloseWrite shuts down the writing side of the TCP connection.
func (c *TCPConn) CloseWrite() error {
	if !c.ok() {
		return syscall.EINVAL
	}
	if err := c.fd.closeWrite(); err != nil {
		return &OpError{Op: "close", Net: c.fd.net, Source: c.fd.laddr, Addr: c.fd.raddr, Err: err}
	}
	return nil
}

// SetLinger sets the behavior of Close on a connection which still has data waiting to be
// sent or to be acknowledged.
func (c *TCPConn) SetLinger(sec int) error {
	if !c.ok() {
		return syscall.EINVAL
	}
	if err := setLinger(c.fd, sec); err != nil {
		return &OpError{Op: "set", Net: c.fd.net, Source: c.fd.laddr, Addr: c.fd.raddr, Err: err}
	}
	return nil
}

// SetKeepAlive sets whether the operating system should send keep-alive messages on the
// connection.
func (c *TCPConn) SetKeepAlive(keepalive bool) error {
	if !c.ok() {
		return syscall.EINVAL
	}
	if err := setKeepAlive(c.fd, keepalive); err != nil {
		return &OpError{Op: "set", Net: c.fd.net, Source: c.fd.laddr, Addr: c.fd.raddr, Err: err}
	}
	return nil
}

// SetKeepAlivePeriod sets period between keep-alives.
func (c *TCPConn) SetKeepAlivePeriod(d time.Duration) error {
	if !c.ok() {
		return syscall.EINVAL
	}
	if err := setKeepAlivePeriod(c.fd, d); err != nil {
		return &OpError{Op: "set", Net: c.fd.net, Source: c.fd.laddr, Addr: c.fd.raddr, Err: err}
	}
	return nil
}

// SetNoDelay controls whether the operating system should delay packet transmission in hopes
// of sending fewer packets (Nagle's algorithm).
func (c *TCPConn) SetNoDelay(noDelay bool) error {
	if !c.ok() {
		return syscall.EINVAL
	}
	if err := setNoDelay(c.fd, noDelay); err != nil {
		return &OpError{Op: "set", Net: c.fd.net, Source: c.fd.laddr, Addr: c.fd.raddr, Err: err}
	}
	return nil
}

// TCPListener is a TCP network listener.
type TCPListener struct {
	fd *netFD
	lc ListenConfig
}

func (ln *TCPListener) ok() bool { return ln != nil && ln.fd != nil }

func (ln *TCPListener) accept() (*TCPConn, error) {
	fd, err := ln.fd.accept()
	if err != nil {
		return nil, err
	}
	return newTCPConn(fd), nil
}

// SyscallConn: no raw connection on the simulated machine.
func (l *TCPListener) SyscallConn() (syscall.RawConn, error) {
	if !l.ok() {
		return nil, syscall.EINVAL
	}
	return nil, &OpError{Op: "raw-control", Net: l.fd.net, Source: nil, Addr: l.fd.laddr, Err: syscall.ENOSYS}
}

// AcceptTCP accepts the next incoming call and returns the new connection.
func (l *TCPListener) AcceptTCP() (*TCPConn, error) {
	if !l.ok() {
		return nil, syscall.EINVAL
	}
	c, err := l.accept()
	if err != nil {
		return nil, &OpError{Op: "accept", Net: l.fd.net, Source: nil, Addr: l.fd.laddr, Err: err}
	}
	return c, nil
}

// Accept implements the Accept method in the Listener interface; it waits for the next call
// and returns a generic Conn.
func (l *TCPListener) Accept() (Conn, error) {
	if !l.ok() {
		return nil, syscall.EINVAL
	}
	c, err := l.accept()
	if err != nil {
		return nil, &OpError{Op: "accept", Net: l.fd.net, Source: nil, Addr: l.fd.laddr, Err: err}
	}
	return c, nil
}

// Close stops listening on the TCP address. Already Accepted connections are not closed.
func (l *TCPListener) Close() error {
	if !l.ok() {
		return syscall.EINVAL
	}
	if err := l.fd.Close(); err != nil {
		return &OpError{Op: "close", Net: l.fd.net, Source: nil, Addr: l.fd.laddr, Err: err}
	}
	return nil
}

// Addr returns the listener's network address, a *TCPAddr.
func (l *TCPListener) Addr() Addr { return l.fd.laddr }

// SetDeadline sets the deadline associated with the listener.
func (l *TCPListener) SetDeadline(t time.Time) error {
	if !l.ok() {
		return syscall.EINVAL
	}
	if err := l.fd.SetReadDeadline(t); err != nil {
		return &OpError{Op: "set", Net: l.fd.net, Source: nil, Addr: l.fd.laddr, Err: err}
	}
	return nil
}

// File: the simulated machine's sockets have no descriptor.
func (l *TCPListener) File() (f *os.File, err error) {
	if !l.ok() {
		return nil, syscall.EINVAL
	}
	f, err = l.fd.dup()
	if err != nil {
		err = &OpError{Op: "file", Net: l.fd.net, Source: nil, Addr: l.fd.laddr, Err: err}
	}
	return
}

// The connection types of the sockets the machine cannot make (raw IP, unix): no value
// of them is ever returned, so their methods are those of a nil connection.

// IPConn is the implementation of the Conn and PacketConn interfaces for IP network
// connections.
type IPConn struct {
	conn
}

func (c *IPConn) ReadFromIP(b []byte) (int, *IPAddr, error)      { return 0, nil, syscall.EINVAL }
func (c *IPConn) ReadFrom(b []byte) (int, Addr, error)           { return 0, nil, syscall.EINVAL }
func (c *IPConn) WriteToIP(b []byte, addr *IPAddr) (int, error)  { return 0, syscall.EINVAL }
func (c *IPConn) WriteTo(b []byte, addr Addr) (int, error)       { return 0, syscall.EINVAL }
func (c *IPConn) SyscallConn() (syscall.RawConn, error)          { return nil, syscall.EINVAL }

// UnixConn is an implementation of the Conn interface for connections to Unix domain
// sockets.
type UnixConn struct {
	conn
}

func (c *UnixConn) CloseRead() error                                  { return syscall.EINVAL }
func (c *UnixConn) CloseWrite() error                                 { return syscall.EINVAL }
func (c *UnixConn) ReadFromUnix(b []byte) (int, *UnixAddr, error)     { return 0, nil, syscall.EINVAL }
func (c *UnixConn) ReadFrom(b []byte) (int, Addr, error)              { return 0, nil, syscall.EINVAL }
func (c *UnixConn) WriteToUnix(b []byte, addr *UnixAddr) (int, error) { return 0, syscall.EINVAL }
func (c *UnixConn) WriteTo(b []byte, addr Addr) (int, error)          { return 0, syscall.EINVAL }
func (c *UnixConn) SyscallConn() (syscall.RawConn, error)             { return nil, syscall.EINVAL }

// UnixListener is a Unix domain socket listener.
type UnixListener struct {
	fd *netFD
}

func (l *UnixListener) AcceptUnix() (*UnixConn, error)        { return nil, syscall.EINVAL }
func (l *UnixListener) Accept() (Conn, error)                 { return nil, syscall.EINVAL }
func (l *UnixListener) Close() error                          { return syscall.EINVAL }
func (l *UnixListener) Addr() Addr                            { return nil }
func (l *UnixListener) SetDeadline(t time.Time) error         { return syscall.EINVAL }
func (l *UnixListener) File() (f *os.File, err error)         { return nil, syscall.EINVAL }
func (l *UnixListener) SetUnlinkOnClose(unlink bool)          {}
func (l *UnixListener) SyscallConn() (syscall.RawConn, error) { return nil, syscall.EINVAL }
