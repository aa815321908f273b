// Package stoptwice has a server whose Stop may be called more than once.
package stoptwice

// Server runs until Stop closes quit.
type Server struct {
	quit chan struct{}
}

// New returns a running server.
func New() *Server {
	return &Server{quit: make(chan struct{})}
}

// Stop stops the server unless it has stopped already. The bug: the check and the close are
// two steps, and a second Stop may come between them.
func (s *Server) Stop() {
	select {
	case <-s.quit:
	default:
		close(s.quit)
	}
}

// Stopped reports whether Stop was called.
func (s *Server) Stopped() bool {
	select {
	case <-s.quit:
		return true
	default:
		return false
	}
}
