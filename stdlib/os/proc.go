// Processes and signals: StartProcess, FindProcess, Process, ProcessState, ProcAttr, Signal,
// Interrupt, Kill, and the ids (Getuid, Getppid...).
//
// Models Go 1.19's os (exec.go, exec_posix.go, exec_unix.go, proc.go, exec_unix's signal
// and wait) on a machine that cannot start a process: the clone system call under
// syscall.StartProcess fails with ENOSYS, so StartProcess returns
// &PathError{Op: "fork/exec", Path: name, Err: syscall.ENOSYS} ("fork/exec /bin/ls: function not
// implemented"), after Go's own checks (the working directory's Stat, a NUL byte: EINVAL).
// There is no other process: a Process from FindProcess is answered as a process that has
// exited (Signal and Kill: ErrProcessDone, as kill's ESRCH), and Wait fails as wait4's ECHILD
// ("wait: no child processes").
//
// Under `gort run --exec host` StartProcess starts a real host process instead (proc_host.go),
// and Wait, Signal and Kill reach it.
//
// Simplifications vs real Go: the simulated process is pid 1 with no parent (Getppid 0); its
// user and group ids are 1000 (a gopher, not root); a signal sent to its own pid is not
// delivered (ErrProcessDone too).
package os

import (
	"errors"
	"strconv"
	"syscall"
	"time"
)

// A Signal represents an operating system signal.
type Signal interface {
	String() string
	Signal() // to distinguish from other Stringers
}

// The only signal values guaranteed to be present in the os package on all systems are
// os.Interrupt (send the process an interrupt) and os.Kill (force the process to exit).
var (
	Interrupt Signal = syscall.SIGINT
	Kill      Signal = syscall.SIGKILL
)

// Process stores the information about a process created by StartProcess.
type Process struct {
	Pid    int
	isdone bool
	// host: the host process it is (--exec host), or nil.
	host *hostChild
}

// ProcAttr holds the attributes that will be applied to a new process started by
// StartProcess.
type ProcAttr struct {
	// If Dir is non-empty, the child changes into the directory before creating the process.
	Dir string
	// If Env is non-nil, it gives the environment variables for the new process in the form
	// returned by Environ. If it is nil, the result of Environ will be used.
	Env []string
	// Files specifies the open files inherited by the new process. The first three entries
	// correspond to standard input, standard output, and standard error.
	Files []*File
	// Operating system-specific process creation attributes.
	Sys *syscall.SysProcAttr
}

// ProcessState stores information about a process, as reported by Wait.
type ProcessState struct {
	pid    int                // The process's id.
	status syscall.WaitStatus // System-dependent status info.
	rusage *syscall.Rusage
}

// StartProcess starts a new process with the program, arguments and attributes specified by
// name, argv and attr. The argv slice will become os.Args in the new process, so it normally
// starts with the program name. If there is an error, it will be of type *PathError.
//
// The simulated machine cannot start a process: the error is syscall.ENOSYS (unless the run
// may start host processes: --exec host).
func StartProcess(name string, argv []string, attr *ProcAttr) (*Process, error) {
	// If there is no SysProcAttr (ie. no Chroot or changed UID/GID), double-check existence
	// of the directory we want to chdir into. We can make the error clearer this way.
	if attr != nil && attr.Sys == nil && attr.Dir != "" {
		if _, err := Stat(attr.Dir); err != nil {
			pe := err.(*PathError)
			pe.Op = "chdir"
			return nil, pe
		}
	}
	// syscall.StartProcess: the strings become C strings (EINVAL for a NUL byte), then clone.
	e := syscall.ENOSYS
	if hasNUL(name) || hasNUL(attr.Dir) {
		e = syscall.EINVAL
	}
	for _, s := range argv {
		if hasNUL(s) {
			e = syscall.EINVAL
		}
	}
	if e == syscall.ENOSYS && hostExecOn() {
		return startHost(name, argv, attr)
	}
	return nil, &PathError{Op: "fork/exec", Path: name, Err: e}
}

func hasNUL(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == 0 {
			return true
		}
	}
	return false
}

// FindProcess looks for a running process by its pid. On Unix systems, FindProcess always
// succeeds and returns a Process for the given pid, regardless of whether the process
// exists.
func FindProcess(pid int) (*Process, error) {
	return &Process{Pid: pid}, nil
}

// Release releases any resources associated with the Process p, rendering it unusable in the
// future.
func (p *Process) Release() error {
	// NOOP for unix.
	p.Pid = -1
	return nil
}

// Kill causes the Process to exit immediately.
func (p *Process) Kill() error {
	return p.Signal(Kill)
}

// Wait waits for the Process to exit, and then returns a ProcessState describing its
// status and an error, if any.
func (p *Process) Wait() (*ProcessState, error) {
	if p.Pid == -1 {
		return nil, syscall.EINVAL
	}
	if p.host != nil {
		return p.host.wait(p)
	}
	// wait4: the simulated process has no children.
	return nil, NewSyscallError("wait", syscall.ECHILD)
}

// Signal sends a signal to the Process.
func (p *Process) Signal(sig Signal) error {
	if p.Pid == -1 {
		return errors.New("os: process already released")
	}
	if p.Pid == 0 {
		return errors.New("os: process not initialized")
	}
	if p.isdone {
		return ErrProcessDone
	}
	s, ok := sig.(syscall.Signal)
	if !ok {
		return errors.New("os: unsupported signal type")
	}
	if p.host != nil {
		return p.host.signal(s)
	}
	// kill: no such process (ESRCH), which Go reports as ErrProcessDone.
	return ErrProcessDone
}

// UserTime returns the user CPU time of the exited process and its children.
func (p *ProcessState) UserTime() time.Duration {
	return time.Duration(p.rusage.Utime.Nano()) * time.Nanosecond
}

// SystemTime returns the system CPU time of the exited process and its children.
func (p *ProcessState) SystemTime() time.Duration {
	return time.Duration(p.rusage.Stime.Nano()) * time.Nanosecond
}

// Exited reports whether the program has exited.
func (p *ProcessState) Exited() bool {
	return p.status.Exited()
}

// Success reports whether the program exited successfully, such as with exit status 0 on
// Unix.
func (p *ProcessState) Success() bool {
	return p.status.ExitStatus() == 0
}

// Sys returns system-dependent exit information about the process (a syscall.WaitStatus).
func (p *ProcessState) Sys() any {
	return p.status
}

// SysUsage returns system-dependent resource usage information about the exited process
// (a *syscall.Rusage).
func (p *ProcessState) SysUsage() any {
	return p.rusage
}

// Pid returns the process id of the exited process.
func (p *ProcessState) Pid() int {
	return p.pid
}

func (p *ProcessState) String() string {
	if p == nil {
		return "<nil>"
	}
	status := p.Sys().(syscall.WaitStatus)
	res := ""
	switch {
	case status.Exited():
		res = "exit status " + strconv.Itoa(status.ExitStatus())
	case status.Signaled():
		res = "signal: " + status.Signal().String()
	case status.Stopped():
		res = "stop signal: " + status.StopSignal().String()
		if status.StopSignal() == syscall.SIGTRAP && status.TrapCause() != 0 {
			res += " (trap " + strconv.Itoa(status.TrapCause()) + ")"
		}
	case status.Continued():
		res = "continued"
	}
	if status.CoreDump() {
		res += " (core dumped)"
	}
	return res
}

// ExitCode returns the exit code of the exited process, or -1 if the process hasn't exited
// or was terminated by a signal.
func (p *ProcessState) ExitCode() int {
	// return -1 if the process hasn't started.
	if p == nil {
		return -1
	}
	return p.status.ExitStatus()
}

// Getppid returns the process id of the caller's parent.
func Getppid() int { return syscall.Getppid() }

// Getuid returns the numeric user id of the caller.
func Getuid() int { return 1000 }

// Geteuid returns the numeric effective user id of the caller.
func Geteuid() int { return 1000 }

// Getgid returns the numeric group id of the caller.
func Getgid() int { return 1000 }

// Getegid returns the numeric effective group id of the caller.
func Getegid() int { return 1000 }

// Getpagesize returns the underlying system's memory page size.
func Getpagesize() int { return syscall.Getpagesize() }
