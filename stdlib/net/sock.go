// The system calls under Dial and Listen on the simulated machine, which has no network: a
// loopback interface (127.0.0.0/8 and ::1) on which nothing listens, and no route anywhere
// else.
//
// Models what linux answers Go 1.19's net (tcpsock_posix.go, sock_posix.go, fd_unix.go) there:
//   - a TCP connect to a loopback or unspecified address (127.0.0.1, ::1, 0.0.0.0, an empty
//     host) is refused: "dial tcp 127.0.0.1:8080: connect: connection refused"
//     (os.SyscallError{"connect", syscall.ECONNREFUSED} in an OpError, as fd_unix.go makes it);
//   - a TCP connect to any other address finds no route: "connect: network is unreachable"
//     (syscall.ENETUNREACH);
//   - any other socket (a listener, UDP, raw IP, unix) cannot be made: its socket call fails
//     with ENOSYS, "listen tcp 127.0.0.1:8080: socket: function not implemented".
//
// Invariants: no Conn or Listener value is ever made, so the connection types' methods are
// those of a nil connection (Go's answer for those: syscall.EINVAL).
//
// Simplifications vs real Go: the refusal costs no simulated time; a UDP "connect", which
// linux would accept, fails like the other sockets; the connection types have only their
// commonest methods.
package net

import (
	"context"
	"os"
	"syscall"
	"time"
)

// netFD is a network file descriptor; the simulated machine never opens one.
type netFD struct {
	net          string
	laddr, raddr Addr
}

// The test hooks dial.go reads (Go's hook.go).
var (
	testHookDialTCP      func(ctx context.Context, net string, laddr, raddr *TCPAddr) (*TCPConn, error)
	testHookSetKeepAlive = func(time.Duration) {}
)

func setKeepAlive(fd *netFD, keepalive bool) error        { return nil }
func setKeepAlivePeriod(fd *netFD, d time.Duration) error { return nil }

// probe: the loopback interface has both families (ipsock_posix.go's probe on such a machine).
func (p *ipStackCapabilities) probe() {
	p.ipv4Enabled = true
	p.ipv6Enabled = true
	p.ipv4MappedIPv6Enabled = true
}

// connectErr is what linux's connect answers for ip: refused on this machine, unreachable
// elsewhere.
func connectErr(ip IP) error {
	if ip == nil || ip.IsUnspecified() || ip.IsLoopback() {
		return os.NewSyscallError("connect", syscall.ECONNREFUSED)
	}
	return os.NewSyscallError("connect", syscall.ENETUNREACH)
}

// isConnError is error_unix.go's.
func isConnError(err error) bool {
	if se, ok := err.(syscall.Errno); ok {
		return se == syscall.ECONNRESET || se == syscall.ECONNABORTED
	}
	return false
}

var errNoSocket = os.NewSyscallError("socket", syscall.ENOSYS)

func (sd *sysDialer) dialTCP(ctx context.Context, laddr, raddr *TCPAddr) (*TCPConn, error) {
	if h := sd.testHookDialTCP; h != nil {
		return h(ctx, sd.network, laddr, raddr)
	}
	if h := testHookDialTCP; h != nil {
		return h(ctx, sd.network, laddr, raddr)
	}
	return nil, connectErr(raddr.IP)
}

func (sd *sysDialer) dialUDP(ctx context.Context, laddr, raddr *UDPAddr) (*UDPConn, error) {
	return nil, errNoSocket
}

func (sd *sysDialer) dialIP(ctx context.Context, laddr, raddr *IPAddr) (*IPConn, error) {
	return nil, errNoSocket
}

func (sd *sysDialer) dialUnix(ctx context.Context, laddr, raddr *UnixAddr) (*UnixConn, error) {
	return nil, errNoSocket
}

func (sl *sysListener) listenTCP(ctx context.Context, laddr *TCPAddr) (*TCPListener, error) {
	return nil, errNoSocket
}

func (sl *sysListener) listenUDP(ctx context.Context, laddr *UDPAddr) (*UDPConn, error) {
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

// conn is the implementation of Conn the connection types embed (net.go's, for a
// connection that was never made: every call is syscall.EINVAL).
type conn struct {
	fd *netFD
}

func (c *conn) Read(b []byte) (int, error)         { return 0, syscall.EINVAL }
func (c *conn) Write(b []byte) (int, error)        { return 0, syscall.EINVAL }
func (c *conn) Close() error                       { return syscall.EINVAL }
func (c *conn) LocalAddr() Addr                    { return nil }
func (c *conn) RemoteAddr() Addr                   { return nil }
func (c *conn) SetDeadline(t time.Time) error      { return syscall.EINVAL }
func (c *conn) SetReadDeadline(t time.Time) error  { return syscall.EINVAL }
func (c *conn) SetWriteDeadline(t time.Time) error { return syscall.EINVAL }
func (c *conn) SetReadBuffer(bytes int) error      { return syscall.EINVAL }
func (c *conn) SetWriteBuffer(bytes int) error     { return syscall.EINVAL }
func (c *conn) File() (f *os.File, err error)      { return nil, syscall.EINVAL }

// TCPConn is an implementation of the Conn interface for TCP network connections.
type TCPConn struct {
	conn
}

func (c *TCPConn) CloseRead() error                          { return syscall.EINVAL }
func (c *TCPConn) CloseWrite() error                         { return syscall.EINVAL }
func (c *TCPConn) SetLinger(sec int) error                   { return syscall.EINVAL }
func (c *TCPConn) SetKeepAlive(keepalive bool) error         { return syscall.EINVAL }
func (c *TCPConn) SetKeepAlivePeriod(d time.Duration) error  { return syscall.EINVAL }
func (c *TCPConn) SetNoDelay(noDelay bool) error             { return syscall.EINVAL }
func (c *TCPConn) SyscallConn() (syscall.RawConn, error)     { return nil, syscall.EINVAL }

// TCPListener is a TCP network listener.
type TCPListener struct {
	fd *netFD
}

func (l *TCPListener) AcceptTCP() (*TCPConn, error)          { return nil, syscall.EINVAL }
func (l *TCPListener) Accept() (Conn, error)                 { return nil, syscall.EINVAL }
func (l *TCPListener) Close() error                          { return syscall.EINVAL }
func (l *TCPListener) Addr() Addr                            { return nil }
func (l *TCPListener) SetDeadline(t time.Time) error         { return syscall.EINVAL }
func (l *TCPListener) File() (f *os.File, err error)         { return nil, syscall.EINVAL }
func (l *TCPListener) SyscallConn() (syscall.RawConn, error) { return nil, syscall.EINVAL }

// UDPConn is the implementation of the Conn and PacketConn interfaces for UDP network
// connections.
type UDPConn struct {
	conn
}

func (c *UDPConn) ReadFromUDP(b []byte) (int, *UDPAddr, error)    { return 0, nil, syscall.EINVAL }
func (c *UDPConn) ReadFrom(b []byte) (int, Addr, error)           { return 0, nil, syscall.EINVAL }
func (c *UDPConn) WriteToUDP(b []byte, addr *UDPAddr) (int, error) { return 0, syscall.EINVAL }
func (c *UDPConn) WriteTo(b []byte, addr Addr) (int, error)       { return 0, syscall.EINVAL }
func (c *UDPConn) SyscallConn() (syscall.RawConn, error)          { return nil, syscall.EINVAL }

// IPConn is the implementation of the Conn and PacketConn interfaces for IP network
// connections.
type IPConn struct {
	conn
}

func (c *IPConn) ReadFromIP(b []byte) (int, *IPAddr, error)    { return 0, nil, syscall.EINVAL }
func (c *IPConn) ReadFrom(b []byte) (int, Addr, error)         { return 0, nil, syscall.EINVAL }
func (c *IPConn) WriteToIP(b []byte, addr *IPAddr) (int, error) { return 0, syscall.EINVAL }
func (c *IPConn) WriteTo(b []byte, addr Addr) (int, error)     { return 0, syscall.EINVAL }
func (c *IPConn) SyscallConn() (syscall.RawConn, error)        { return nil, syscall.EINVAL }

// UnixConn is an implementation of the Conn interface for connections to Unix domain
// sockets.
type UnixConn struct {
	conn
}

func (c *UnixConn) CloseRead() error                               { return syscall.EINVAL }
func (c *UnixConn) CloseWrite() error                              { return syscall.EINVAL }
func (c *UnixConn) ReadFromUnix(b []byte) (int, *UnixAddr, error)    { return 0, nil, syscall.EINVAL }
func (c *UnixConn) ReadFrom(b []byte) (int, Addr, error)           { return 0, nil, syscall.EINVAL }
func (c *UnixConn) WriteToUnix(b []byte, addr *UnixAddr) (int, error) { return 0, syscall.EINVAL }
func (c *UnixConn) WriteTo(b []byte, addr Addr) (int, error)       { return 0, syscall.EINVAL }
func (c *UnixConn) SyscallConn() (syscall.RawConn, error)          { return nil, syscall.EINVAL }

// UnixListener is a Unix domain socket listener.
type UnixListener struct {
	fd *netFD
}

func (l *UnixListener) AcceptUnix() (*UnixConn, error)         { return nil, syscall.EINVAL }
func (l *UnixListener) Accept() (Conn, error)                  { return nil, syscall.EINVAL }
func (l *UnixListener) Close() error                           { return syscall.EINVAL }
func (l *UnixListener) Addr() Addr                             { return nil }
func (l *UnixListener) SetDeadline(t time.Time) error          { return syscall.EINVAL }
func (l *UnixListener) File() (f *os.File, err error)          { return nil, syscall.EINVAL }
func (l *UnixListener) SetUnlinkOnClose(unlink bool)           {}
func (l *UnixListener) SyscallConn() (syscall.RawConn, error)  { return nil, syscall.EINVAL }
