// Host processes (`gort run --exec host`): StartProcess starts a real process of the host, and
// Process.Wait, Signal and Kill reach it.
//
// Models Go 1.19's os.StartProcess, Process.Wait and Process.Signal (exec_posix.go,
// exec_unix.go) for a child the host runs (the natives below: src/stdlib/native/os.ts, on
// src/host/hostexec.ts). The child's fds 0, 1 and 2 are the host's pipes: goroutines here copy
// a File given in ProcAttr.Files to the child's stdin (then close it) and the child's stdout
// and stderr to theirs, as the kernel would move the bytes between the child and a shared
// descriptor. A nil entry, or a File of /dev/null, is the host's /dev/null. A call that would
// wait answers "EAGAIN" and the caller sleeps hostPoll of simulated time and asks again, so that
// the other goroutines (os/exec's own copiers) run meanwhile. Wait returns once the child has
// exited and its stdout and stderr copiers are done; its ProcessState is Go's.
//
// Simplifications vs real Go: a run that starts host processes is not reproducible; the
// ProcessState's rusage is zero; files beyond the first three (ExtraFiles) and a SysProcAttr
// are not supported (StartProcess fails); a File (not a pipe end) given for fd 1 or 2 and
// closed before the child is done loses the rest of the child's output; a child writing to a
// pipe whose read end was closed is sent SIGPIPE, as the kernel would.
package os

import (
	"errors"
	"sync"
	"syscall"
	"time"
)

// The natives (os.ts): errno names, "" for success, "EAGAIN" for "ask again".
func hostExecOn() bool
func hostStart(name string, argv []string, env []string, dir string, stdio []string) (id int, pid int, errno string)
func hostWrite(id int, b []byte) (int, string)
func hostCloseStdin(id int)
func hostRead(id int, fd int, b []byte) (int, string)
func hostWait(id int) (uint32, string)
func hostKill(id int, sig int) string

// hostPoll and hostPollMax: how long a goroutine sleeps before asking the host again, first
// and at most (the sleep doubles while nothing comes).
const (
	hostPoll    = time.Millisecond
	hostPollMax = 16 * time.Millisecond
)

// backoff is a poller's next sleep (zero: hostPoll).
type backoff time.Duration

// sleep sleeps before the next poll, and doubles the next sleep, to hostPollMax.
func (b *backoff) sleep() {
	if *b == 0 {
		*b = backoff(hostPoll)
	}
	time.Sleep(time.Duration(*b))
	if *b < backoff(hostPollMax) {
		*b *= 2
	}
}

// hostChild is a Process's host side.
type hostChild struct {
	id int
	// copiers: the goroutines that copy the child's stdout and stderr.
	copiers sync.WaitGroup
	waited  bool
}

// startHost starts name as a host process (StartProcess under --exec host).
func startHost(name string, argv []string, attr *ProcAttr) (*Process, error) {
	if err := hostUnsupported(attr); err != nil {
		return nil, &PathError{Op: "fork/exec", Path: name, Err: err}
	}
	env := attr.Env
	if env == nil {
		env = Environ()
	}
	dir, err := hostDir(attr.Dir)
	if err != nil {
		return nil, &PathError{Op: "fork/exec", Path: name, Err: err}
	}
	ends, piped, stdio := childStdio(attr.Files)
	id, pid, e := hostStart(hostPath(name), argv, env, dir, stdio)
	if e != "" {
		for i, f := range ends {
			if piped[i] {
				closeChildEnd(f)
			}
		}
		return nil, &PathError{Op: "fork/exec", Path: name, Err: errnoErr(e)}
	}
	c := &hostChild{id: id}
	c.startCopiers(ends, piped)
	return &Process{Pid: pid, host: c}, nil
}

// childStdio is what the child's fds 0-2 are: the copiers' Files, whether each is piped, and
// the host's modes ("null", "pipe", "stdout").
func childStdio(files []*File) (ends [3]*File, piped [3]bool, stdio []string) {
	for i := 0; i < len(files); i++ {
		ends[i], piped[i] = childEnd(files[i])
	}
	stdio = []string{"null", "null", "null"}
	for i, p := range piped {
		if p {
			stdio[i] = "pipe"
		}
	}
	// One File for stdout and stderr (CombinedOutput): one host pipe, which keeps the order
	// of the child's writes; its stdout copier alone copies it.
	if piped[1] && piped[2] && files[1] == files[2] {
		stdio[2] = "stdout"
		piped[2] = false
		closeChildEnd(ends[2])
	}
	return ends, piped, stdio
}

// startCopiers starts the goroutines that copy the piped fds.
func (c *hostChild) startCopiers(ends [3]*File, piped [3]bool) {
	if piped[0] {
		go c.feed(ends[0])
	}
	for fd := 1; fd <= 2; fd++ {
		if piped[fd] {
			c.copiers.Add(1)
			go c.drain(fd, ends[fd])
		}
	}
}

// hostUnsupported says why attr cannot be honoured for a host process, or nil.
func hostUnsupported(attr *ProcAttr) error {
	if len(attr.Files) > 3 {
		return errors.New("gort: files beyond stdin, stdout and stderr (ExtraFiles) are not supported yet with --exec host")
	}
	if attr.Sys != nil {
		return errors.New("gort: SysProcAttr is not supported yet with --exec host")
	}
	return nil
}

// hostDir is the child's working directory, absolute: dir from the process's own.
func hostDir(dir string) (string, error) {
	if dir != "" && dir[0] == '/' {
		return dir, nil
	}
	wd, err := Getwd()
	if err != nil || dir == "" {
		return wd, err
	}
	return wd + "/" + dir, nil
}

// hostPath is the path execve gets: a name without a slash is a file of the working
// directory (the host's spawn would search PATH for it).
func hostPath(name string) string {
	if lastIndex(name, '/') >= 0 {
		return name
	}
	return "./" + name
}

// childEnd is what the child's copier uses for f, and whether the fd is piped: the child's
// own reference to f, as its descriptor would be (a pipe end is shared, so that closing the
// parent's File does not close the child's).
func childEnd(f *File) (*File, bool) {
	switch {
	case f == nil:
		return nil, false
	case f.pipe != nil:
		return f.pipe.dup(f), true
	case f.fd >= 0 && f.fd < 3:
		return &File{fd: f.fd, name: f.name}, true
	case f.name == DevNull:
		return nil, false
	}
	return f, true
}

// closeChildEnd closes the child's reference to a pipe end (other Files are the parent's).
func closeChildEnd(f *File) {
	if f != nil && f.pipe != nil {
		f.Close()
	}
}

// feed copies f to the child's stdin, then closes it; it stops when the child no longer reads
// (EPIPE), and its end of a pipe then closes, so that a writer sees EPIPE too.
func (c *hostChild) feed(f *File) {
	defer closeChildEnd(f)
	buf := make([]byte, 32<<10)
	for {
		n, err := f.Read(buf)
		if n > 0 && !c.write(buf[:n]) {
			return
		}
		if err != nil {
			hostCloseStdin(c.id)
			return
		}
	}
}

// write writes b to the child's stdin; false if it is closed.
func (c *hostChild) write(b []byte) bool {
	var wait backoff
	for len(b) > 0 {
		n, e := hostWrite(c.id, b)
		if e == "EAGAIN" {
			wait.sleep()
			continue
		}
		wait = 0
		if e != "" {
			return false
		}
		b = b[n:]
	}
	return true
}

// drain copies the child's fd (1 or 2) to f until its end.
func (c *hostChild) drain(fd int, f *File) {
	defer c.copiers.Done()
	defer closeChildEnd(f)
	buf := make([]byte, 32<<10)
	broken := false
	var wait backoff
	for {
		n, e := hostRead(c.id, fd, buf)
		if e == "EAGAIN" {
			wait.sleep()
			continue
		}
		wait = 0
		if n == 0 {
			return
		}
		if broken {
			continue
		}
		if _, err := f.Write(buf[:n]); err != nil {
			broken = true
			if errors.Is(err, syscall.EPIPE) {
				hostKill(c.id, int(syscall.SIGPIPE))
			}
		}
	}
}

// wait waits for the child to exit and for its output to be copied.
func (c *hostChild) wait(p *Process) (*ProcessState, error) {
	if c.waited {
		return nil, NewSyscallError("wait", syscall.ECHILD)
	}
	var status uint32
	var wait backoff
	for {
		st, e := hostWait(c.id)
		if e == "" {
			status = st
			break
		}
		wait.sleep()
	}
	c.copiers.Wait()
	c.waited = true
	p.isdone = true
	return &ProcessState{pid: p.Pid, status: syscall.WaitStatus(status), rusage: &syscall.Rusage{}}, nil
}

// signal sends sig to the child (kill(2)): a child already waited for is done.
func (c *hostChild) signal(sig syscall.Signal) error {
	if c.waited {
		return ErrProcessDone
	}
	switch e := hostKill(c.id, int(sig)); e {
	case "":
		return nil
	case "ESRCH":
		return ErrProcessDone
	default:
		return errnoErr(e)
	}
}
