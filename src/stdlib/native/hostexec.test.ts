// Tests of `--exec host` (src/host/hostexec.ts, stdlib/os/proc_host.go): os/exec and
// os.StartProcess start real host processes (sh, cat, echo), and what the program sees of them
// is what real Go shows: output, exit statuses, ExitError, signals, start errors. Without the
// option nothing starts (execnet.test.ts). The assertions are on the children's output, which
// the host gives the same every time; only their timing varies.

import { test, after } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { compile, defaultRunOptions, run, type Program } from "../../api.js";
import { gortRoot, nodeToolchain } from "../../host/node.js";
import { NodeFS } from "../../host/nodefs.js";
import { HostProcs } from "../../host/hostexec.js";

const tc = await nodeToolchain();
const procs = new HostProcs();
after(() => procs.shutdown());

function build(text: string): Program {
  const c = compile(tc, [{ name: "./main.go", path: "/home/gopher/prog/main.go", text }], "command-line-arguments");
  if (!c.ok) throw new Error(c.stderr);
  return c.program;
}

/** Run text in a fresh temporary directory (its cwd) with host processes; its stdout. */
function runHost(text: string, setup?: (dir: string) => void): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gort-hostexec-"));
  try {
    setup?.(dir);
    const r = run(build(text), {
      ...defaultRunOptions, seed: 1, environ: new Map([["PATH", "/usr/bin:/bin"], ["HOME", dir]]),
      newFS: () => new NodeFS(dir), newExec: () => procs.session(),
    });
    assert.equal(r.stderr, "");
    assert.equal(r.exitCode, 0);
    return r.stdout.replaceAll(fs.realpathSync(dir), "$DIR");
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

test("os/exec with --exec host: output, exit statuses, stdin, big outputs, pipes, signals", () => {
  const out = runHost(`package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"os/exec"
	"strings"
	"time"
)

func main() {
	out, err := exec.Command("echo", "hello", "world").Output()
	fmt.Printf("%q %v\\n", out, err)
	err = exec.Command("sh", "-c", "exit 3").Run()
	var ee *exec.ExitError
	fmt.Println(err, errors.As(err, &ee), ee.ExitCode(), ee.Success(), ee.Exited())
	// 300 KB of output after the input: os/exec's copier and the child's must not deadlock.
	c := exec.Command("sh", "-c", "cat; head -c 300000 /dev/zero | tr '\\\\0' x")
	c.Stdin = strings.NewReader("input\\n")
	out, err = c.Output()
	fmt.Println(len(out), strings.Count(string(out), "x"), string(out[:6]) == "input\\n", err)
	c = exec.Command("cat")
	c.Stdin = strings.NewReader(strings.Repeat("y", 1<<20))
	out, err = c.CombinedOutput()
	fmt.Println(len(out), err)
	out, err = exec.Command("sh", "-c", "echo out; echo err >&2; echo out2; exit 1").CombinedOutput()
	fmt.Printf("%q %v\\n", out, err)
	c = exec.Command("sh", "-c", "for i in 1 2 3; do echo line $i; done")
	r, _ := c.StdoutPipe()
	fmt.Println(c.Start(), c.Process.Pid > 0)
	s := bufio.NewScanner(r)
	for s.Scan() {
		fmt.Println("got", s.Text())
	}
	fmt.Println(c.Wait(), c.ProcessState.ExitCode(), c.ProcessState)
	c = exec.Command("sleep", "10")
	fmt.Println(c.Start())
	fmt.Println(c.Process.Kill())
	err = c.Wait()
	fmt.Println(err, c.ProcessState.ExitCode(), c.Process.Kill())
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	t := time.Now()
	err = exec.CommandContext(ctx, "sleep", "10").Run()
	fmt.Println(err, time.Since(t) >= 200*time.Millisecond, time.Since(t) < 5*time.Second)
}
`);
  assert.equal(out, [
    `"hello world\\n" <nil>`,
    "exit status 3 true 3 false true",
    "300006 300000 true <nil>",
    "1048576 <nil>",
    `"out\\nerr\\nout2\\n" exit status 1`,
    "<nil> true",
    "got line 1",
    "got line 2",
    "got line 3",
    "<nil> 0 exit status 0",
    "<nil>",
    "<nil>",
    "signal: killed -1 os: process already finished",
    "signal: killed true true",
    "",
  ].join("\n"));
});

test("os.StartProcess with --exec host: Dir, Env, start errors, and what is not supported", () => {
  const out = runHost(`package main

import (
	"fmt"
	"os"
	"os/exec"
	"syscall"
)

func main() {
	c := exec.Command("sh", "-c", "pwd; echo $FOO; echo $HOME")
	c.Dir = "sub"
	c.Env = []string{"FOO=bar"}
	out, err := c.Output()
	fmt.Printf("%q %v\\n", out, err)
	_, err = exec.Command("./nosuch").Output()
	fmt.Println(err)
	_, err = exec.Command("./plain").Output()
	fmt.Println(err)
	c = exec.Command("true")
	c.ExtraFiles = []*os.File{os.Stdout}
	fmt.Println(c.Run())
	c = exec.Command("true")
	c.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	fmt.Println(c.Run())
	p, err := os.StartProcess("/bin/sh", []string{"sh", "-c", "echo direct; exit 2"}, &os.ProcAttr{Files: []*os.File{nil, os.Stdout, os.Stderr}})
	fmt.Println(err)
	st, err := p.Wait()
	fmt.Println(st, st.Success(), st.Sys().(syscall.WaitStatus).ExitStatus(), err)
	_, err = p.Wait()
	fmt.Println(err)
}
`, (dir) => {
    fs.mkdirSync(path.join(dir, "sub"));
    fs.writeFileSync(path.join(dir, "plain"), "not a program\n", { mode: 0o644 });
  });
  assert.equal(out, [
    `"$DIR/sub\\nbar\\n\\n" <nil>`,
    "fork/exec ./nosuch: no such file or directory",
    "fork/exec ./plain: permission denied",
    "fork/exec /usr/bin/true: gort: files beyond stdin, stdout and stderr (ExtraFiles) are not supported yet with --exec host",
    "fork/exec /usr/bin/true: gort: SysProcAttr is not supported yet with --exec host",
    "<nil>",
    "direct",
    "exit status 2 false 2 <nil>",
    "wait: no child processes",
    "",
  ].join("\n"));
});

test("gort run --exec host: the CLI starts a process and exits when the run ends", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gort-hostexec-cli-"));
  try {
    const prog = path.join(dir, "main.go");
    fs.writeFileSync(prog, `package main

import (
	"fmt"
	"os/exec"
)

func main() {
	out, err := exec.Command("sh", "-c", "echo from sh").Output()
	fmt.Printf("%s%v\\n", out, err)
	exec.Command("sleep", "30").Start()
}
`);
    const gort = path.join(gortRoot, "bin", "gort.js");
    const r = spawnSync(process.execPath, [gort, "run", "--exec", "host", prog], { encoding: "utf8", timeout: 60_000 });
    assert.equal(r.error, undefined);
    assert.equal(r.stderr, "");
    assert.equal(r.stdout, "from sh\n<nil>\n");
    assert.equal(r.status, 0);
    const none = spawnSync(process.execPath, [gort, "run", prog], { encoding: "utf8", timeout: 60_000 });
    assert.match(none.stdout, /^fork\/exec \S*\/sh: function not implemented\n$/);
    const bad = spawnSync(process.execPath, [gort, "run", "--exec", "yes", prog], { encoding: "utf8", timeout: 60_000 });
    assert.match(bad.stderr, /invalid value "yes" for flag --exec: want none or host/);
    assert.equal(bad.status, 2);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
