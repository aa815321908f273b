// Pipe: an in-process pipe (the simulated process has no kernel pipe buffer of its own).
//
// Models Go 1.19's os.Pipe (pipe_linux.go: pipe2 with O_CLOEXEC; the files are named "|0"
// and "|1"): bytes written to w are read from r in order; a Read blocks until some are
// written or w is closed (then io.EOF); a Write blocks while the buffer holds pipeBuf bytes
// (linux's 64 KiB) and fails as EPIPE ("write |1: broken pipe") once r is closed. Go's
// runtime ignores SIGPIPE for such descriptors, so the writer only sees the error.
//
// An end may be shared (dup, for a host process's copier under --exec host, proc_host.go): the
// pipe's side closes when its last File is closed, as a descriptor's does.
//
// Simplifications vs real Go: the ends have no real descriptors (Fd is ^uintptr(0)); Seek,
// Stat, deadlines and the other calls on them are not modelled as a pipe's.
package os

import (
	"io"
	"sync"
	"syscall"
)

// pipeBuf is linux's default pipe capacity.
const pipeBuf = 65536

type pipe struct {
	mu          sync.Mutex
	cond        *sync.Cond
	buf         []byte
	readClosed  bool
	writeClosed bool
	// readers and writers: the open Files of each end.
	readers, writers int
}

// Pipe returns a connected pair of Files; reads from r return bytes written to w. It returns
// the files and an error, if any.
func Pipe() (r *File, w *File, err error) {
	p := &pipe{readers: 1, writers: 1}
	p.cond = sync.NewCond(&p.mu)
	return &File{fd: -1, name: "|0", pipe: p}, &File{fd: -1, name: "|1", pipe: p, pipeWriter: true}, nil
}

func (p *pipe) read(f *File, b []byte) (int, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	for len(p.buf) == 0 && !p.writeClosed && !f.closed {
		p.cond.Wait()
	}
	if f.closed {
		return 0, &PathError{Op: "read", Path: f.name, Err: ErrClosed}
	}
	if len(p.buf) == 0 {
		return 0, io.EOF
	}
	n := copy(b, p.buf)
	p.buf = p.buf[n:]
	p.cond.Broadcast()
	return n, nil
}

func (p *pipe) write(f *File, b []byte) (int, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	n := 0
	for n < len(b) {
		for len(p.buf) >= pipeBuf && !p.readClosed && !f.closed {
			p.cond.Wait()
		}
		if f.closed {
			return n, &PathError{Op: "write", Path: f.name, Err: ErrClosed}
		}
		if p.readClosed {
			return n, &PathError{Op: "write", Path: f.name, Err: syscall.EPIPE}
		}
		m := len(b) - n
		if m > pipeBuf-len(p.buf) {
			m = pipeBuf - len(p.buf)
		}
		p.buf = append(p.buf, b[n:n+m]...)
		n += m
		p.cond.Broadcast()
	}
	return n, nil
}

// dup returns a second File for f's end of the pipe.
func (p *pipe) dup(f *File) *File {
	p.mu.Lock()
	defer p.mu.Unlock()
	if f.pipeWriter {
		p.writers++
	} else {
		p.readers++
	}
	return &File{fd: -1, name: f.name, pipe: p, pipeWriter: f.pipeWriter}
}

func (p *pipe) close(f *File) {
	p.mu.Lock()
	if f.pipeWriter {
		p.writers--
		p.writeClosed = p.writers <= 0
	} else {
		p.readers--
		if p.readers <= 0 {
			p.readClosed = true
			p.buf = nil
		}
	}
	p.cond.Broadcast()
	p.mu.Unlock()
}
