// os/exec's errors that come before a process would start: LookPath (a name on no PATH
// directory, a path that does not exist, one that is not executable, a directory),
// Command's and CommandContext's Cmd (Path, Args, String), Run/Output/CombinedOutput/Start
// returning the lookup error, a working directory that does not exist, "already set" errors,
// exec.Error and ExitError's formatting and errors.Is/As; and os.Pipe, in-process.
// env: PATH=/gort-no-such-dir:/gort-other-dir
package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"syscall"
)

func main() {
	for _, name := range []string{"gort-no-such-cmd", "/gort/no/such", "/etc/passwd", "/", "./gort-nope", ""} {
		p, err := exec.LookPath(name)
		var ee *exec.Error
		fmt.Printf("%q %q %v %v %v", name, p, err, errors.Is(err, exec.ErrNotFound), errors.As(err, &ee))
		if ee != nil {
			fmt.Printf(" name=%q inner=%v notexist=%v perm=%v", ee.Name, ee.Err, errors.Is(err, fs.ErrNotExist), errors.Is(err, fs.ErrPermission))
		}
		fmt.Println()
	}
	p, err := exec.LookPath("/bin/sh")
	fmt.Println(p, err)

	c := exec.Command("gort-no-such-cmd", "-x", "a b")
	fmt.Println(c.Path, c.Args, c.String(), c.Err)
	fmt.Println(c.Run())
	fmt.Println(c.Run())
	out, err := exec.Command("gort-no-such-cmd").Output()
	fmt.Printf("%q %v\n", out, err)
	out, err = exec.Command("gort-no-such-cmd").CombinedOutput()
	fmt.Printf("%q %v\n", out, err)
	c = exec.CommandContext(context.Background(), "gort-no-such-cmd")
	fmt.Println(c.Start(), c.Process == nil, c.ProcessState)
	c = exec.Command("/bin/sh", "-c", "exit 3")
	fmt.Println(c.String(), c.Path, len(c.Args))
	c.Dir = "/gort/no/such/dir"
	err = c.Run()
	var pe *fs.PathError
	fmt.Println(err, errors.As(err, &pe), errors.Is(err, syscall.ENOENT), os.IsNotExist(err))
	c = exec.Command("/bin/sh")
	c.Stdout = &bytes.Buffer{}
	_, err = c.Output()
	fmt.Println(err)
	c = exec.Command("/bin/sh")
	c.Stderr = &bytes.Buffer{}
	_, err = c.CombinedOutput()
	fmt.Println(err)
	fmt.Println(exec.Command("").Run())
	c = &exec.Cmd{}
	fmt.Println(c.Run(), c.String() == "")
	fmt.Println(c.Wait())
	ee := &exec.Error{Name: "x", Err: exec.ErrNotFound}
	fmt.Println(ee, ee.Unwrap() == exec.ErrNotFound, exec.ErrNotFound)
	var xe *exec.ExitError = &exec.ExitError{}
	fmt.Println(xe.ProcessState.String(), xe.ExitCode(), xe.ProcessState.ExitCode())
	_, err = os.StartProcess("/bin/sh", []string{"sh"}, &os.ProcAttr{Dir: "/gort/no/such"})
	fmt.Println(err)
	pr, _ := os.FindProcess(-5)
	fmt.Println(pr.Pid)
	fmt.Println(pr.Release())
	fmt.Println(pr.Pid, pr.Signal(os.Kill))
	fmt.Println(os.Interrupt, os.Kill, syscall.SIGTERM, syscall.WaitStatus(0x100).ExitStatus(), syscall.WaitStatus(9).Signal())

	r, w, err := os.Pipe()
	fmt.Println(err, r.Name(), w.Name())
	go func() {
		w.Write([]byte("hello "))
		w.WriteString("pipe")
		w.Close()
	}()
	var got bytes.Buffer
	n, err := got.ReadFrom(r)
	fmt.Println(n, err, got.String())
	_, err = w.Write([]byte("x"))
	fmt.Println(err)
	r.Close()
	_, err = r.Read(make([]byte, 1))
	fmt.Println(err)
	r, w, _ = os.Pipe()
	r.Close()
	_, err = w.Write([]byte("x"))
	fmt.Println(err, errors.Is(err, syscall.EPIPE))
	w.Close()
}
