// Package syscall as gort has it: the errno and signal numbers with Go's texts, the types
// package os and os/exec use (Errno, Signal, WaitStatus, SysProcAttr, Credential, Rusage), and
// the environment. The simulated machine has no system calls a program can make itself (no
// Syscall, Open, Socket...): package os makes its file calls through its own natives.
//
// Models Go 1.19's syscall for linux/amd64 (syscall_unix.go: Errno, Signal; syscall_linux.go:
// WaitStatus; exec_linux.go, exec_unix.go: SysProcAttr, SysProcIDMap, Credential, ProcAttr;
// ztypes_linux_amd64.go: Rusage, Timeval; env_unix.go: Getenv, Environ...). The numbers and
// texts are zerrors_linux_amd64.go's (this package's copy). Errno.Is answers for io/fs's
// portable errors (Go's internal/oserror, which io/fs re-exports: the same values).
package syscall

import (
	"internal/sigtab"
	"io/fs"
	"strconv"
)

// An Errno is an unsigned number describing an error condition. It implements the error
// interface. The zero Errno is by convention a non-error, so code to convert from Errno to
// error should use:
//
//	err = nil
//	if errno != 0 {
//		err = errno
//	}
//
// Errno values can be tested against error values from the os package using errors.Is.
type Errno uintptr

func (e Errno) Error() string {
	if 0 <= int(e) && int(e) < len(errors) {
		s := errors[e]
		if s != "" {
			return s
		}
	}
	return "errno " + strconv.Itoa(int(e))
}

func (e Errno) Is(target error) bool {
	switch target {
	case fs.ErrPermission:
		return e == EACCES || e == EPERM
	case fs.ErrExist:
		return e == EEXIST || e == ENOTEMPTY
	case fs.ErrNotExist:
		return e == ENOENT
	}
	return false
}

func (e Errno) Temporary() bool {
	return e == EINTR || e == EMFILE || e == ENFILE || e.Timeout()
}

func (e Errno) Timeout() bool {
	return e == EAGAIN || e == EWOULDBLOCK || e == ETIMEDOUT
}

// A Signal is a number describing a process signal. It implements the os.Signal interface.
type Signal int

func (s Signal) Signal() {}

func (s Signal) String() string {
	if 0 <= s && int(s) < len(signals) {
		str := signals[s]
		if str != "" {
			return str
		}
	}
	return "signal " + strconv.Itoa(int(s))
}

// WaitStatus is a process's wait status (wait4's), as linux encodes it.
type WaitStatus uint32

// Wait status is 7 bits at bottom, either 0 (exited), 0x7F (stopped), or a signal number
// that caused an exit. The 0x80 bit is whether there was a core dump. An extra number (exit
// code, signal causing a stop) is in the high bits.
const (
	mask    = 0x7F
	core    = 0x80
	exited  = 0x00
	stopped = 0x7F
	shift   = 8
)

func (w WaitStatus) Exited() bool { return w&mask == exited }

func (w WaitStatus) Signaled() bool { return w&mask != stopped && w&mask != exited }

func (w WaitStatus) Stopped() bool { return w&0xFF == stopped }

func (w WaitStatus) Continued() bool { return w == 0xFFFF }

func (w WaitStatus) CoreDump() bool { return w.Signaled() && w&core != 0 }

func (w WaitStatus) ExitStatus() int {
	if !w.Exited() {
		return -1
	}
	return int(w>>shift) & 0xFF
}

func (w WaitStatus) Signal() Signal {
	if !w.Signaled() {
		return -1
	}
	return Signal(w & mask)
}

func (w WaitStatus) StopSignal() Signal {
	if !w.Stopped() {
		return -1
	}
	return Signal(w>>shift) & 0xFF
}

func (w WaitStatus) TrapCause() int {
	if w.StopSignal() != SIGTRAP {
		return -1
	}
	return int(w>>shift) >> 8
}

// SysProcIDMap holds Container ID to Host ID mappings used for User Namespaces in Linux.
type SysProcIDMap struct {
	ContainerID int // Container ID.
	HostID      int // Host ID.
	Size        int // Size.
}

// SysProcAttr holds linux's optional settings for starting a process (os/exec's
// Cmd.SysProcAttr). The simulated machine starts no process, so none has an effect.
type SysProcAttr struct {
	Chroot                     string      // Chroot.
	Credential                 *Credential // Credential.
	Ptrace                     bool
	Setsid                     bool // Create session.
	Setpgid                    bool
	Setctty                    bool
	Noctty                     bool // Detach fd 0 from controlling terminal
	Ctty                       int  // Controlling TTY fd
	Foreground                 bool
	Pgid                       int // Child's process group ID if Setpgid.
	Pdeathsig                  Signal
	Cloneflags                 uintptr        // Flags for clone calls (Linux only)
	Unshareflags               uintptr        // Flags for unshare calls (Linux only)
	UidMappings                []SysProcIDMap // User ID mappings for user namespaces.
	GidMappings                []SysProcIDMap // Group ID mappings for user namespaces.
	GidMappingsEnableSetgroups bool
	AmbientCaps                []uintptr // Ambient capabilities (Linux only)
}

// Credential holds user and group identities to be assumed by a child process started by
// StartProcess.
type Credential struct {
	Uid         uint32   // User ID.
	Gid         uint32   // Group ID.
	Groups      []uint32 // Supplementary group IDs.
	NoSetGroups bool     // If true, don't set supplementary groups
}

// ProcAttr holds attributes that will be applied to a new process started by StartProcess.
type ProcAttr struct {
	Dir   string    // Current working directory.
	Env   []string  // Environment.
	Files []uintptr // File descriptors.
	Sys   *SysProcAttr
}

type Timeval struct {
	Sec  int64
	Usec int64
}

// Nano returns the time stored in tv as nanoseconds.
func (tv *Timeval) Nano() int64 {
	return int64(tv.Sec)*1e9 + int64(tv.Usec)*1000
}

// Unix returns the time stored in tv as seconds plus nanoseconds.
func (tv *Timeval) Unix() (sec int64, nsec int64) {
	return int64(tv.Sec), int64(tv.Usec) * 1000
}

type Rusage struct {
	Utime    Timeval
	Stime    Timeval
	Maxrss   int64
	Ixrss    int64
	Idrss    int64
	Isrss    int64
	Minflt   int64
	Majflt   int64
	Nswap    int64
	Inblock  int64
	Oublock  int64
	Msgsnd   int64
	Msgrcv   int64
	Nsignals int64
	Nvcsw    int64
	Nivcsw   int64
}

// Getenv retrieves the value of the environment variable named by the key.
func Getenv(key string) (value string, found bool)

// Setenv sets the value of the environment variable named by the key.
func Setenv(key, value string) error {
	if len(key) == 0 {
		return EINVAL
	}
	for i := 0; i < len(key); i++ {
		if key[i] == '=' || key[i] == 0 {
			return EINVAL
		}
	}
	for i := 0; i < len(value); i++ {
		if value[i] == 0 {
			return EINVAL
		}
	}
	setenv(key, value)
	return nil
}

func setenv(key, value string)

// Unsetenv unsets a single environment variable.
func Unsetenv(key string) error {
	unsetenv(key)
	return nil
}

func unsetenv(key string)

// Environ returns a copy of strings representing the environment, in the form "key=value".
func Environ() []string

// Getpid returns the process id of the caller (the simulated process is pid 1).
func Getpid() int { return 1 }

// Kill sends the signal sig to the process pid: the program itself when pid is its own pid or 0
// (its process group holds only it); there is no other process (ESRCH). Signal 0 only checks
// that the process exists. A signal the program ignores (signal.Ignore), or one whose default
// action is to be ignored (SIGCHLD, SIGURG, SIGWINCH) and that no signal.Notify asked for, has
// no effect; delivering any other is not supported by gort, which delivers no signals.
func Kill(pid int, sig Signal) (err error) {
	if pid != Getpid() && pid != 0 {
		return ESRCH
	}
	if sig < 0 || sig >= sigtab.NumSig {
		return EINVAL
	}
	if sig == 0 || sigtab.Ignored[sig] {
		return nil
	}
	if !sigtab.Wanted[sig] && (sig == SIGCHLD || sig == SIGURG || sig == SIGWINCH) {
		return nil
	}
	panic("gort: syscall.Kill of the program's own process with " + sig.String() + " is not supported yet")
}

// Getppid returns the process id of the caller's parent (none: 0).
func Getppid() int { return 0 }

// Getpagesize returns the system's memory page size.
func Getpagesize() int { return 4096 }

// Standard file descriptors.
const (
	Stdin  = 0
	Stdout = 1
	Stderr = 2
)


// A RawConn is a raw network connection.
type RawConn interface {
	// Control invokes f on the underlying connection's file descriptor or handle.
	Control(f func(fd uintptr)) error
	// Read invokes f on the underlying connection's file descriptor or handle; f is expected
	// to try to read from the file descriptor.
	Read(f func(fd uintptr) (done bool)) error
	// Write is like Read but for writing.
	Write(f func(fd uintptr) (done bool)) error
}

// Conn is implemented by some types in the net and os packages to provide access to the
// underlying file descriptor or handle for a network connection or file.
type Conn interface {
	// SyscallConn returns a raw network connection.
	SyscallConn() (RawConn, error)
}
