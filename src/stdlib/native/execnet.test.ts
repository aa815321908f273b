// Tests of os/exec and net on the simulated machine where they differ from real Go on a real
// one, by design (docs/FIDELITY.md): no process can start (os.StartProcess fails with ENOSYS),
// the network is an in-process loopback interface (TCP and UDP), and there is no DNS. The
// cases that agree with real Go are differential programs (testdata/run/stdlib/execerrors.go,
// netdial.go, netaddr.go, netloopback.go, netlisten.go, netudp.go...).

import { test } from "node:test";
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { compile, defaultRunOptions, run, type Program } from "../../api.js";
import { nodeToolchain } from "../../host/node.js";
import { NodeFS } from "../../host/nodefs.js";

const tc = await nodeToolchain();

function build(text: string): Program {
  const c = compile(tc, [{ name: "./main.go", path: "/home/gopher/prog/main.go", text }], "command-line-arguments");
  if (!c.ok) throw new Error(c.stderr);
  return c.program;
}

const execProg = build(`package main

import (
	"errors"
	"fmt"
	"os/exec"
	"syscall"
)

func main() {
	out, err := exec.Command("tool", "-v").Output()
	fmt.Printf("%q %v %v\\n", out, err, errors.Is(err, syscall.ENOSYS))
	_, err = exec.Command("tool").CombinedOutput()
	fmt.Println(err)
	c := exec.Command("tool")
	r, err := c.StdoutPipe()
	fmt.Println(r != nil, err)
	fmt.Println(c.Start(), c.Process == nil)
	fmt.Println(exec.Command("/bin/true").Run())
	var ee *exec.ExitError
	fmt.Println(errors.As(exec.Command("tool").Run(), &ee))
}
`);

test("os/exec: a command found on PATH fails to start with fork/exec's ENOSYS", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gort-exec-"));
  try {
    fs.mkdirSync(path.join(dir, "bin"));
    fs.writeFileSync(path.join(dir, "bin", "tool"), "#!/bin/sh\n", { mode: 0o755 });
    const bin = path.join(dir, "bin");
    const r = run(execProg, {
      ...defaultRunOptions, seed: 1, environ: new Map([["PATH", bin]]), newFS: () => new NodeFS(dir),
    });
    assert.equal(r.stderr, "");
    const tool = `${bin}/tool`;
    const trueErr = fs.existsSync("/bin/true") ? "fork/exec /bin/true: function not implemented" : "fork/exec /bin/true: no such file or directory";
    assert.equal(r.stdout, [
      `"" fork/exec ${tool}: function not implemented true`,
      `fork/exec ${tool}: function not implemented`,
      "true <nil>",
      `fork/exec ${tool}: function not implemented true`,
      trueErr,
      "false",
      "",
    ].join("\n"));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("os/exec: without a file system LookPath finds nothing and /dev/null cannot be opened", () => {
  const r = run(execProg, { ...defaultRunOptions, seed: 1, environ: new Map([["PATH", "/usr/bin:/bin"]]) });
  assert.equal(r.stdout, [
    `"" exec: "tool": executable file not found in $PATH false`,
    `exec: "tool": executable file not found in $PATH`,
    "true <nil>",
    `exec: "tool": executable file not found in $PATH true`,
    "open /dev/null: function not implemented",
    "false",
    "",
  ].join("\n"));
});

test("net: no route but loopback, no DNS, no raw or unix sockets; ports from 32768; localhost from /etc/hosts", () => {
  const p = build(`package main

import (
	"errors"
	"fmt"
	"net"
	"syscall"
)

func main() {
	_, err := net.Dial("tcp", "10.1.2.3:80")
	fmt.Println(err, errors.Is(err, syscall.ENETUNREACH))
	_, err = net.Dial("tcp", "[2001:db8::1]:443")
	fmt.Println(err)
	_, err = net.Dial("tcp", "[::1]:8080")
	fmt.Println(err, errors.Is(err, syscall.ECONNREFUSED))
	_, err = net.Dial("tcp", "localhost:8080")
	fmt.Println(err)
	_, err = net.Dial("tcp6", "localhost:8080")
	fmt.Println(err)
	_, err = net.Dial("tcp", "example.com:80")
	var dnsErr *net.DNSError
	fmt.Println(err, errors.As(err, &dnsErr), dnsErr.IsNotFound, dnsErr.Server == "", dnsErr.Temporary())
	_, err = net.Dial("udp", "10.1.2.3:53")
	fmt.Println(err, errors.Is(err, syscall.ENETUNREACH))
	u, _ := net.ListenPacket("udp4", "127.0.0.1:0")
	_, err = u.WriteTo([]byte("x"), &net.UDPAddr{IP: net.IPv4(10, 1, 2, 3), Port: 9})
	fmt.Println(err)
	ln, err := net.Listen("tcp", "127.0.0.1:8080")
	fmt.Println(ln.Addr(), err)
	ln2, err := net.Listen("tcp", ":0")
	fmt.Println(ln2.Addr(), err)
	c, err := net.Dial("tcp", "localhost:32769")
	fmt.Println(c.LocalAddr(), c.RemoteAddr(), err)
	_, err = net.ListenPacket("ip4:icmp", "127.0.0.1")
	fmt.Println(err)
	_, err = net.Listen("unix", "/tmp/sock")
	fmt.Println(err)
	fmt.Println(net.LookupHost("localhost"))
	fmt.Println(net.LookupHost("LocalHost"))
	fmt.Println(net.LookupHost("example.com"))
	fmt.Println(net.LookupIP("localhost"))
	fmt.Println(net.LookupAddr("127.0.0.1"))
	fmt.Println(net.LookupAddr("8.8.8.8"))
	fmt.Println(net.LookupAddr("bad"))
	fmt.Println(net.LookupCNAME("localhost"))
	fmt.Println(net.ResolveTCPAddr("tcp", "localhost:80"))
	fmt.Println(net.ResolveUDPAddr("udp6", "localhost:53"))
	fmt.Println(net.ResolveIPAddr("ip", "nosuch.example"))
	fmt.Println(net.LookupMX("example.com"))
	fmt.Println(net.LookupSRV("xmpp-server", "tcp", "example.com"))
}
`);
  const r = run(p, { ...defaultRunOptions, seed: 1 });
  assert.equal(r.stderr, "");
  assert.equal(r.stdout, [
    "dial tcp 10.1.2.3:80: connect: network is unreachable true",
    "dial tcp [2001:db8::1]:443: connect: network is unreachable",
    "dial tcp [::1]:8080: connect: connection refused true",
    "dial tcp 127.0.0.1:8080: connect: connection refused",
    "dial tcp6 [::1]:8080: connect: connection refused",
    "dial tcp: lookup example.com: no such host true true true false",
    "dial udp 10.1.2.3:53: connect: network is unreachable true",
    "write udp4 127.0.0.1:32768->10.1.2.3:9: sendto: network is unreachable",
    "127.0.0.1:8080 <nil>",
    "[::]:32769 <nil>",
    "127.0.0.1:32770 127.0.0.1:32769 <nil>",
    "listen ip4:icmp 127.0.0.1: socket: function not implemented",
    "listen unix /tmp/sock: socket: function not implemented",
    "[127.0.0.1 ::1] <nil>",
    "[127.0.0.1 ::1] <nil>",
    "[] lookup example.com: no such host",
    "[127.0.0.1 ::1] <nil>",
    "[localhost] <nil>",
    "[] lookup 8.8.8.8: no such host",
    "[] lookup bad: unrecognized address",
    "localhost. <nil>",
    "127.0.0.1:80 <nil>",
    "[::1]:53 <nil>",
    "<nil> lookup nosuch.example: no such host",
    "[] lookup example.com: no such host",
    " [] lookup _xmpp-server._tcp.example.com: no such host",
    "",
  ].join("\n"));
});

test("net: an Accept nothing can end is a deadlock, where Go's poller would wait", () => {
  const p = build(`package main

import (
	"fmt"
	"net"
)

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	fmt.Println(err)
	ln.Accept()
}
`);
  const r = run(p, { ...defaultRunOptions, seed: 1 });
  assert.equal(r.stdout, "<nil>\n");
  assert.match(r.stderr, /^fatal error: all goroutines are asleep - deadlock!/);
  assert.equal(r.exitCode, 2);
});

test("os/signal: no signal reaches the process; waiting for one is a deadlock", () => {
  const p = build(`package main

import (
	"fmt"
	"os"
	"os/signal"
)

func main() {
	c := make(chan os.Signal, 1)
	signal.Notify(c, os.Interrupt)
	fmt.Println("waiting")
	<-c
}
`);
  const r = run(p, { ...defaultRunOptions, seed: 1 });
  assert.equal(r.stdout, "waiting\n");
  assert.match(r.stderr, /^fatal error: all goroutines are asleep - deadlock!/);
  assert.equal(r.exitCode, 2);
});

test("net: the interface table is lo alone, as linux reports it", () => {
  const p = build(`package main

import (
	"fmt"
	"net"
)

func main() {
	ifs, err := net.Interfaces()
	fmt.Println(len(ifs), err)
	for _, i := range ifs {
		a, _ := i.Addrs()
		m, _ := i.MulticastAddrs()
		fmt.Println(i.Index, i.Name, i.MTU, i.Flags, i.HardwareAddr, a, m)
	}
	fmt.Println(net.InterfaceAddrs())
	fmt.Println(net.InterfaceByName("eth0"))
}
`);
  const r = run(p, { ...defaultRunOptions, seed: 1 });
  assert.equal(r.stdout, [
    "1 <nil>",
    "1 lo 65536 up|loopback  [127.0.0.1/8 ::1/128] [224.0.0.1 ff02::1 ff01::1]",
    "[127.0.0.1/8 ::1/128] <nil>",
    "<nil> route ip+net: no such network interface",
    "",
  ].join("\n"));
});
