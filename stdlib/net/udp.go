// UDP on the simulated machine's loopback interface (sock.go): sockets bound to ports of
// 127.0.0.1 and ::1 exchanging datagrams in-process.
//
// Models linux's UDP under Go 1.19's net (udpsock.go, udpsock_posix.go, fd_posix.go):
//   - ListenUDP / ListenPacket bind a port (0: the next free one); on a wildcard, "udp" is a
//     dual-stack socket ("[::]:port"), "udp4" "0.0.0.0:port". A bound port: "bind: address
//     already in use"; a non-local address: "bind: cannot assign requested address".
//   - DialUDP connects a socket bound to a new port of the destination's loopback address;
//     a destination off the loopback interface is "connect: network is unreachable".
//   - A datagram goes to the socket bound to its destination port that accepts its address (a
//     connected socket only from its peer), at most udpRcvBuf bytes queued, then dropped. A
//     read returns one datagram, cut to the buffer.
//   - A connected socket's datagram to a port nothing is bound to is answered by ICMP port
//     unreachable: its next call fails with ECONNREFUSED ("read: connection refused",
//     "write: connection refused", ReadFrom's "recvfrom: connection refused"); an unconnected
//     socket's is dropped silently, as linux does without IP_RECVERR.
//   - Write on an unconnected socket: "write: destination address required"; WriteTo on a
//     connected one: ErrWriteToConnected.
//
// Simplifications vs real Go: no simulated time for a datagram; no multicast or broadcast
// (ListenMulticastUDP is missing); ReadMsgUDP and WriteMsgUDP carry no out-of-band data.
package net

import (
	"context"
	"os"
	"sync"
	"syscall"
)

// udpRcvBuf is a socket's receive queue (linux's default rmem, 208 KiB).
const udpRcvBuf = 212992

// udpSock is a UDP socket's state.
type udpSock struct {
	port       int
	ip         IP   // the bound address, nil for a wildcard
	v4, v6     bool // a wildcard's families
	peer       *UDPAddr
	queue      []datagram
	queued     int
	pendingErr bool // an ICMP port unreachable not yet reported
}

type datagram struct {
	data []byte
	from *UDPAddr
}

func (u *udpSock) accepts(ip IP) bool {
	if u.ip != nil {
		return u.ip.Equal(ip)
	}
	if ip.To4() != nil {
		return u.v4
	}
	return u.v6
}

// loopbackIP maps a destination to the loopback address that receives it (an unspecified one
// is the local host), or nil if it is off the interface.
func loopbackDest(ip IP) IP {
	switch {
	case ip == nil || ip.Equal(IPv4zero):
		return IPv4(127, 0, 0, 1).To4()
	case ip.Equal(IPv6unspecified):
		return IPv6loopback
	case ip.IsLoopback():
		if ip4 := ip.To4(); ip4 != nil {
			return ip4
		}
		return ip
	}
	return nil
}

func newUDPFD(network string, u *udpSock, laddr, raddr *UDPAddr) *netFD {
	mu := new(sync.Mutex)
	fd := &netFD{net: network, laddr: laddr, mu: mu, cond: sync.NewCond(mu), udp: u}
	if raddr != nil {
		fd.raddr = raddr
	}
	return fd
}

func (sl *sysListener) listenUDP(ctx context.Context, laddr *UDPAddr) (*UDPConn, error) {
	if !isLoopbackOrAny(laddr.IP) {
		return nil, os.NewSyscallError("bind", syscall.EADDRNOTAVAIL)
	}
	loopback.mu.Lock()
	defer loopback.mu.Unlock()
	if loopback.udp == nil {
		loopback.udp = make(map[int]*netFD)
	}
	port := laddr.Port
	if port == 0 {
		port = nextPortLocked()
	} else if loopback.udp[port] != nil {
		return nil, os.NewSyscallError("bind", syscall.EADDRINUSE)
	}
	u := &udpSock{port: port}
	var addr *UDPAddr
	last := sl.network[len(sl.network)-1]
	switch {
	case laddr.IP != nil && !laddr.IP.IsUnspecified():
		u.ip = laddr.IP
		if ip4 := laddr.IP.To4(); ip4 != nil {
			u.ip = ip4
		}
		addr = &UDPAddr{IP: u.ip, Port: port}
	case last == '4':
		u.v4 = true
		addr = &UDPAddr{IP: IPv4zero.To4(), Port: port}
	case last == '6':
		u.v6 = true
		addr = &UDPAddr{IP: IPv6unspecified, Port: port}
	default: // "udp" on a wildcard: a dual-stack socket
		u.v4, u.v6 = true, true
		addr = &UDPAddr{IP: IPv6unspecified, Port: port}
	}
	fd := newUDPFD(sl.network, u, addr, nil)
	loopback.udp[port] = fd
	return newUDPConn(fd), nil
}

func (sd *sysDialer) dialUDP(ctx context.Context, laddr, raddr *UDPAddr) (*UDPConn, error) {
	ip := loopbackDest(raddr.IP)
	if ip == nil {
		return nil, os.NewSyscallError("connect", syscall.ENETUNREACH)
	}
	loopback.mu.Lock()
	defer loopback.mu.Unlock()
	if loopback.udp == nil {
		loopback.udp = make(map[int]*netFD)
	}
	port := 0
	if laddr != nil && laddr.Port != 0 {
		if loopback.udp[laddr.Port] != nil {
			return nil, os.NewSyscallError("bind", syscall.EADDRINUSE)
		}
		port = laddr.Port
	} else {
		port = nextPortLocked()
	}
	peer := &UDPAddr{IP: ip, Port: raddr.Port}
	u := &udpSock{port: port, ip: ip, peer: peer}
	fd := newUDPFD(sd.network, u, &UDPAddr{IP: ip, Port: port}, peer)
	loopback.udp[port] = fd
	return newUDPConn(fd), nil
}

// readFrom takes the next datagram, waiting for one; call names the system call for an
// ICMP error ("read" or "recvfrom").
func (fd *netFD) readFrom(b []byte, call string) (int, *UDPAddr, error) {
	fd.mu.Lock()
	defer fd.mu.Unlock()
	u := fd.udp
	for {
		if fd.closed {
			return 0, nil, ErrClosed
		}
		if expired(fd.rdl) {
			return 0, nil, os.ErrDeadlineExceeded
		}
		if u.pendingErr {
			u.pendingErr = false
			return 0, nil, os.NewSyscallError(call, syscall.ECONNREFUSED)
		}
		if len(u.queue) > 0 {
			d := u.queue[0]
			u.queue = u.queue[1:]
			u.queued -= len(d.data)
			return copy(b, d.data), d.from, nil
		}
		fd.cond.Wait()
	}
}

// writeTo sends one datagram to addr (nil: the connected peer); call names the system call
// for the errors ("write" or "sendto").
func (fd *netFD) writeTo(b []byte, addr *UDPAddr, call string) (int, error) {
	fd.mu.Lock()
	u := fd.udp
	if fd.closed {
		fd.mu.Unlock()
		return 0, ErrClosed
	}
	if expired(fd.wdl) {
		fd.mu.Unlock()
		return 0, os.ErrDeadlineExceeded
	}
	if u.pendingErr {
		u.pendingErr = false
		fd.mu.Unlock()
		return 0, os.NewSyscallError(call, syscall.ECONNREFUSED)
	}
	dest := u.peer
	if addr != nil {
		dest = addr
	}
	if dest == nil {
		fd.mu.Unlock()
		return 0, os.NewSyscallError(call, syscall.EDESTADDRREQ)
	}
	connected := u.peer != nil
	fd.mu.Unlock()

	ip := loopbackDest(dest.IP)
	if ip == nil {
		return 0, os.NewSyscallError(call, syscall.ENETUNREACH)
	}
	src := u.ip
	if src == nil {
		src = ip
	}
	from := &UDPAddr{IP: src, Port: u.port}
	loopback.mu.Lock()
	to := loopback.udp[dest.Port]
	loopback.mu.Unlock()
	if to == nil || !to.udp.accepts(ip) {
		if connected {
			fd.mu.Lock()
			u.pendingErr = true
			fd.cond.Broadcast()
			fd.mu.Unlock()
		}
		return len(b), nil
	}
	to.mu.Lock()
	tu := to.udp
	ok := !to.closed && tu.queued+len(b) <= udpRcvBuf
	if tu.peer != nil && (tu.peer.Port != from.Port || !tu.peer.IP.Equal(src)) {
		ok = false // a connected socket takes only its peer's datagrams
	}
	if ok {
		tu.queue = append(tu.queue, datagram{data: append([]byte(nil), b...), from: from})
		tu.queued += len(b)
		to.cond.Broadcast()
	}
	to.mu.Unlock()
	return len(b), nil
}

// UDPConn is the implementation of the Conn and PacketConn interfaces for UDP network
// connections.
type UDPConn struct {
	conn
}

func newUDPConn(fd *netFD) *UDPConn { return &UDPConn{conn{fd}} }

// SyscallConn: no raw connection on the simulated machine.
func (c *UDPConn) SyscallConn() (syscall.RawConn, error) {
	if !c.ok() {
		return nil, syscall.EINVAL
	}
	return nil, &OpError{Op: "raw-control", Net: c.fd.net, Source: c.fd.laddr, Addr: c.fd.raddr, Err: syscall.ENOSYS}
}

// ReadFromUDP acts like ReadFrom but returns a UDPAddr.
func (c *UDPConn) ReadFromUDP(b []byte) (n int, addr *UDPAddr, err error) {
	if !c.ok() {
		return 0, nil, syscall.EINVAL
	}
	n, addr, err = c.fd.readFrom(b, "recvfrom")
	if err != nil {
		err = &OpError{Op: "read", Net: c.fd.net, Source: c.fd.laddr, Addr: c.fd.raddr, Err: err}
	}
	return n, addr, err
}

// ReadFrom implements the PacketConn ReadFrom method.
func (c *UDPConn) ReadFrom(b []byte) (int, Addr, error) {
	n, addr, err := c.ReadFromUDP(b)
	if addr == nil {
		// Return Addr(nil), not Addr(*UDPConn(nil)).
		return n, nil, err
	}
	return n, addr, err
}

// ReadMsgUDP reads a message from c, copying the payload into b (no out-of-band data here).
func (c *UDPConn) ReadMsgUDP(b, oob []byte) (n, oobn, flags int, addr *UDPAddr, err error) {
	if !c.ok() {
		return 0, 0, 0, nil, syscall.EINVAL
	}
	n, addr, err = c.fd.readFrom(b, "recvmsg")
	if err != nil {
		err = &OpError{Op: "read", Net: c.fd.net, Source: c.fd.laddr, Addr: c.fd.raddr, Err: err}
	}
	return
}

// WriteToUDP acts like WriteTo but takes a UDPAddr.
func (c *UDPConn) WriteToUDP(b []byte, addr *UDPAddr) (int, error) {
	if !c.ok() {
		return 0, syscall.EINVAL
	}
	n, err := c.writeTo(b, addr)
	if err != nil {
		err = &OpError{Op: "write", Net: c.fd.net, Source: c.fd.laddr, Addr: addr.opAddr(), Err: err}
	}
	return n, err
}

// WriteTo implements the PacketConn WriteTo method.
func (c *UDPConn) WriteTo(b []byte, addr Addr) (int, error) {
	if !c.ok() {
		return 0, syscall.EINVAL
	}
	a, ok := addr.(*UDPAddr)
	if !ok {
		return 0, &OpError{Op: "write", Net: c.fd.net, Source: c.fd.laddr, Addr: addr, Err: syscall.EINVAL}
	}
	n, err := c.writeTo(b, a)
	if err != nil {
		err = &OpError{Op: "write", Net: c.fd.net, Source: c.fd.laddr, Addr: a.opAddr(), Err: err}
	}
	return n, err
}

// WriteMsgUDP writes a message to addr if c isn't connected, or to c's remote address if c is
// connected (no out-of-band data here).
func (c *UDPConn) WriteMsgUDP(b, oob []byte, addr *UDPAddr) (n, oobn int, err error) {
	if !c.ok() {
		return 0, 0, syscall.EINVAL
	}
	if c.fd.udp.peer != nil && addr != nil {
		err = ErrWriteToConnected
	} else if c.fd.udp.peer == nil && addr == nil {
		err = errMissingAddress
	} else {
		n, err = c.fd.writeTo(b, addr, "sendmsg")
	}
	if err != nil {
		err = &OpError{Op: "write", Net: c.fd.net, Source: c.fd.laddr, Addr: addr.opAddr(), Err: err}
	}
	return
}

// writeTo is udpsock_posix.go's checks before sendto.
func (c *UDPConn) writeTo(b []byte, addr *UDPAddr) (int, error) {
	if c.fd.udp.peer != nil {
		return 0, ErrWriteToConnected
	}
	if addr == nil {
		return 0, errMissingAddress
	}
	if c.fd.udp.v4 && !c.fd.udp.v6 && addr.IP != nil && addr.IP.To4() == nil {
		return 0, &AddrError{Err: "non-IPv4 address", Addr: addr.IP.String()}
	}
	return c.fd.writeTo(b, addr, "sendto")
}
