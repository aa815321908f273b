// Package condsignal is a kernel of a missed condition-variable signal: Wait checks the
// condition and waits in two critical sections, so a Broadcast between them is lost.
package condsignal

import "sync"

type Gate struct {
	mu   sync.Mutex
	cond *sync.Cond
	open bool
}

func NewGate() *Gate {
	g := &Gate{}
	g.cond = sync.NewCond(&g.mu)
	return g
}

// Wait returns once the gate is open.
func (g *Gate) Wait() {
	g.mu.Lock()
	isOpen := g.open
	g.mu.Unlock()
	if isOpen {
		return
	}
	// The bug: the gate may open here, and its Broadcast finds nobody waiting.
	g.mu.Lock()
	g.cond.Wait()
	g.mu.Unlock()
}

// Open opens the gate and wakes the waiters.
func (g *Gate) Open() {
	g.mu.Lock()
	g.open = true
	g.mu.Unlock()
	g.cond.Broadcast()
}

func Prepare(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s = (s*33 + i) % 65521
	}
	return s
}
