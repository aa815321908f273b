// Pipe, a synchronous in-memory pipe (Go 1.19's io/pipe.go, all of it).
//
// As in Go, a write blocks until readers have taken all of its bytes, through two unbuffered
// channels (the bytes one way, the count read the other way); a mutex makes writes take turns;
// closing either end closes done, which wakes every blocked call. The statements where a
// goroutine can block sit on the lines of Go's pipe.go, so that tracebacks name them alike.

package io

import (
	"errors"
	"sync"
)

// onceError is an error that can be stored once; later stores are ignored.
type onceError struct {
	sync.Mutex
	err error
}

func (a *onceError) Store(err error) {
	a.Lock()
	defer a.Unlock()
	if a.err == nil {
		a.err = err
	}
}

func (a *onceError) Load() error {
	a.Lock()
	defer a.Unlock()
	return a.err
}

// ErrClosedPipe is the error used for read or write operations on a closed pipe.
var ErrClosedPipe = errors.New("io: read/write on closed pipe")

// A pipe is the shared pipe structure underlying PipeReader and PipeWriter.
type pipe struct {
	wrMu sync.Mutex // one Write at a time
	wrCh chan []byte
	rdCh chan int

	once sync.Once // closes done once
	done chan struct{}
	rerr onceError
	werr onceError
}

func (p *pipe) read(b []byte) (n int, err error) {
	select {
	case <-p.done:
		return 0, p.readCloseError()
	default:
	}
	// Wait for a writer's bytes, or for either end to close.
	select {
	case bw := <-p.wrCh:
		nr := copy(b, bw)
		p.rdCh <- nr
		return nr, nil
	case <-p.done:
		return 0, p.readCloseError()
	}
}

func (p *pipe) closeRead(err error) error {
	if err == nil {
		err = ErrClosedPipe
	}
	p.rerr.Store(err)
	p.once.Do(func() { close(p.done) })
	return nil
}

func (p *pipe) write(b []byte) (n int, err error) {
	select {
	case <-p.done:
		return 0, p.writeCloseError()
	default:
		p.wrMu.Lock()
		defer p.wrMu.Unlock()
	}
	// At least one send, so that a zero-length write meets a reader too.
	for first := true; first || len(b) > 0; first = false {
		select {
		case p.wrCh <- b:
			nw := <-p.rdCh
			b = b[nw:]
			n += nw
		case <-p.done:
			return n, p.writeCloseError()
		}
	}
	return n, nil
}

func (p *pipe) closeWrite(err error) error {
	if err == nil {
		err = EOF
	}
	p.werr.Store(err)
	p.once.Do(func() { close(p.done) })
	return nil
}

// readCloseError is what Read returns once the pipe is closed: the writer's error if only the
// writer closed it, else ErrClosedPipe.
func (p *pipe) readCloseError() error {
	rerr := p.rerr.Load()
	if werr := p.werr.Load(); rerr == nil && werr != nil {
		return werr
	}
	return ErrClosedPipe
}

// writeCloseError is what Write returns once the pipe is closed: the reader's error if only the
// reader closed it, else ErrClosedPipe.
func (p *pipe) writeCloseError() error {
	werr := p.werr.Load()
	if rerr := p.rerr.Load(); werr == nil && rerr != nil {
		return rerr
	}
	return ErrClosedPipe
}

// A PipeReader is the read half of a pipe.
type PipeReader struct {
	p *pipe
}

// Read implements the standard Read interface: it reads data from the pipe, blocking until a
// writer arrives or the write end is closed. If the write end is closed with an error, that
// error is returned as err; otherwise err is EOF.
func (r *PipeReader) Read(data []byte) (n int, err error) {
	return r.p.read(data)
}

// Close closes the reader; subsequent writes to the write half of the pipe will return the
// error ErrClosedPipe.
func (r *PipeReader) Close() error {
	return r.CloseWithError(nil)
}

// CloseWithError closes the reader; subsequent writes to the write half of the pipe will
// return the error err. It never overwrites the previous error if it exists and always
// returns nil.
func (r *PipeReader) CloseWithError(err error) error {
	return r.p.closeRead(err)
}

// A PipeWriter is the write half of a pipe. Its writes go to the readers of the PipeReader
// that Pipe made with it; several goroutines may write at once (each Write is delivered
// whole, in turn), and any of them may close it: a close wakes them all.
type PipeWriter struct {
	p *pipe
}

// Write implements the standard Write interface: it writes data to the pipe, blocking until
// one or more readers have consumed all the data or the read end is closed. If the read end
// is closed with an error, that err is returned as err; otherwise err is ErrClosedPipe. A
// write of no bytes still waits for a reader (or a close), as in Go: it is delivered as an
// empty chunk.
func (w *PipeWriter) Write(data []byte) (n int, err error) {
	return w.p.write(data)
}

// Close closes the writer; subsequent reads from the read half of the pipe will return no
// bytes and EOF.
func (w *PipeWriter) Close() error {
	return w.CloseWithError(nil)
}

// CloseWithError closes the writer; subsequent reads from the read half of the pipe will
// return no bytes and the error err, or EOF if err is nil. It never overwrites the previous
// error if it exists and always returns nil.
func (w *PipeWriter) CloseWithError(err error) error {
	return w.p.closeWrite(err)
}

// Pipe creates a synchronous in-memory pipe. It can be used to connect code expecting an
// io.Reader with code expecting an io.Writer. Reads and Writes on the pipe are matched one to
// one except when multiple Reads are needed to consume a single Write; there is no internal
// buffering. It is safe to call Read and Write in parallel with each other or with Close.
func Pipe() (*PipeReader, *PipeWriter) {
	p := &pipe{
		wrCh: make(chan []byte),
		rdCh: make(chan int),
		done: make(chan struct{}),
	}
	return &PipeReader{p}, &PipeWriter{p}
}
