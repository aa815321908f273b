// Package doublelock is a kernel of a self-deadlock: a method that holds a mutex calls a
// helper that takes the same mutex, on a path that only a concurrent Invalidate opens.
package doublelock

import "sync"

type Registry struct {
	mu    sync.Mutex
	items map[string]int
	dirty bool
}

func NewRegistry() *Registry {
	return &Registry{items: map[string]int{"a": 1, "b": 2}}
}

// Get returns the value of k, rebuilding the table first if it was invalidated.
func (r *Registry) Get(k string) int {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.dirty {
		r.rebuild() // the bug: rebuild locks r.mu, which Get already holds
	}
	return r.items[k]
}

func (r *Registry) rebuild() {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.items = map[string]int{"a": 1, "b": 2}
	r.dirty = false
}

// Invalidate marks the table stale.
func (r *Registry) Invalidate() {
	r.mu.Lock()
	r.dirty = true
	r.mu.Unlock()
}
