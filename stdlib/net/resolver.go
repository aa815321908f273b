// The resolver under Lookup*, Resolve*Addr and Dial on the simulated machine, which has no
// DNS: its hosts database is /etc/hosts alone, holding linux's default
//
//	127.0.0.1	localhost
//	::1		localhost ip6-localhost ip6-loopback
//
// Models what Go 1.19's resolver reports there (the system resolver's answers, as cgo_unix.go
// turns getaddrinfo's EAI_NONAME into an error): a name in the table resolves to its
// addresses in the table's order (localhost: 127.0.0.1, then ::1); any other name is
// &DNSError{Err: "no such host", Name: name, IsNotFound: true}, "lookup example.com: no such
// host" (no Server: no DNS server was asked). A reverse lookup of 127.0.0.1 or ::1 gives
// "localhost"; of another address, the same "no such host" DNSError for it. Services are the
// table of Go's lookup.go (no /etc/services): http is 80, an unknown one "unknown port".
//
// There are no DNS records: LookupMX, LookupNS, LookupTXT and LookupSRV answer that
// DNSError for the name they ask (SRV's "_service._proto.name").
//
// Simplifications vs real Go: the context is not consulted (every lookup answers at once).
package net

import "context"

// hosts is the machine's /etc/hosts: each name's addresses, in the file's order.
var hosts = map[string][]string{
	"localhost":     {"127.0.0.1", "::1"},
	"ip6-localhost": {"::1"},
	"ip6-loopback":  {"::1"},
}

func lookupStaticHost(host string) []string {
	return hosts[lowerASCIIString(host)]
}

func lowerASCIIString(s string) string {
	b := []byte(s)
	lowerASCIIBytes(b)
	return string(b)
}

func errNoSuchHostFor(name string) error {
	return &DNSError{Err: errNoSuchHost.Error(), Name: name, IsNotFound: true}
}

func (r *Resolver) lookupHost(ctx context.Context, host string) ([]string, error) {
	addrs := lookupStaticHost(host)
	if len(addrs) == 0 {
		return nil, errNoSuchHostFor(host)
	}
	return append([]string(nil), addrs...), nil
}

func (r *Resolver) lookupIPAddr(ctx context.Context, network, host string) ([]IPAddr, error) {
	// Make sure that no matter what we do later, host=="" is rejected.
	// parseIPZone, for example, does accept empty strings.
	if host == "" {
		return nil, &DNSError{Err: errNoSuchHost.Error(), Name: host, IsNotFound: true}
	}
	if ip, zone := parseIPZone(host); ip != nil {
		return []IPAddr{{IP: ip, Zone: zone}}, nil
	}
	addrs := lookupStaticHost(host)
	if len(addrs) == 0 {
		return nil, errNoSuchHostFor(host)
	}
	ips := make([]IPAddr, 0, len(addrs))
	for _, a := range addrs {
		ip, zone := parseIPZone(a)
		ips = append(ips, IPAddr{IP: ip, Zone: zone})
	}
	return ips, nil
}

func (r *Resolver) lookupPort(ctx context.Context, network, service string) (int, error) {
	return lookupPortMap(network, service)
}

func lookupProtocol(ctx context.Context, name string) (int, error) {
	return lookupProtocolMap(name)
}

func (r *Resolver) lookupCNAME(ctx context.Context, name string) (string, error) {
	if len(lookupStaticHost(name)) == 0 {
		return "", errNoSuchHostFor(name)
	}
	return name + ".", nil
}

func (r *Resolver) lookupAddr(ctx context.Context, addr string) ([]string, error) {
	ip, _ := parseIPZone(addr)
	if ip == nil {
		return nil, &DNSError{Err: "unrecognized address", Name: addr}
	}
	if ip.Equal(IPv4(127, 0, 0, 1)) || ip.Equal(IPv6loopback) {
		return []string{"localhost"}, nil
	}
	return nil, errNoSuchHostFor(addr)
}

func (r *Resolver) lookupSRV(ctx context.Context, service, proto, name string) (string, []*SRV, error) {
	target := name
	if service != "" || proto != "" {
		target = "_" + service + "._" + proto + "." + name
	}
	return "", nil, errNoSuchHostFor(target)
}

func (r *Resolver) lookupMX(ctx context.Context, name string) ([]*MX, error) {
	return nil, errNoSuchHostFor(name)
}

func (r *Resolver) lookupNS(ctx context.Context, name string) ([]*NS, error) {
	return nil, errNoSuchHostFor(name)
}

func (r *Resolver) lookupTXT(ctx context.Context, name string) ([]string, error) {
	return nil, errNoSuchHostFor(name)
}
