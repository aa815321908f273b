// Package lockorder is a kernel of an AB-BA deadlock that needs a goroutine to be descheduled
// while it holds its first lock: the second transfer starts only after some work of its own.
package lockorder

import "sync"

type Account struct {
	mu  sync.Mutex
	bal int
}

// Transfer moves n from a to b, locking a then b: two transfers in opposite directions take
// the locks in opposite orders.
func Transfer(a, b *Account, n int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	b.mu.Lock()
	defer b.mu.Unlock()
	a.bal -= n
	b.bal += n
}

func Audit(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s = (s*7 + i) % 8191
	}
	return s
}
