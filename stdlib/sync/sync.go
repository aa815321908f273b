// Package sync is gort's sync, built on the runtime model's semaphores (src/runtime/sema.ts) as
// Go's is. The structs have Go 1.19's fields, so that %v prints them as Go does. Mutex, RWMutex,
// WaitGroup, Once and Cond are natives in src/stdlib/native/sync.ts, following Go 1.19's
// algorithms and showing Go's frames in tracebacks; Map and Pool are Go code here, simplified
// (each is a Mutex over a map or a slice).
package sync

import (
	"runtime"
	"sync/atomic"
)

// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// A Mutex is a mutual exclusion lock. state holds mutexLocked, mutexWoken, mutexStarving and
// the waiter count; sema is the semaphore waiters sleep on.
type Mutex struct {
	state int32
	sema  uint32
}

func (m *Mutex) Lock()
func (m *Mutex) Unlock()
func (m *Mutex) TryLock() bool

// An RWMutex is a reader/writer mutual exclusion lock. w serialises writers; readerCount is
// the number of readers, minus rwmutexMaxReaders while a writer is pending; readerWait is the
// number of readers the pending writer waits for.
type RWMutex struct {
	w           Mutex
	writerSem   uint32
	readerSem   uint32
	readerCount int32
	readerWait  int32
}

func (rw *RWMutex) Lock()
func (rw *RWMutex) Unlock()
func (rw *RWMutex) RLock()
func (rw *RWMutex) RUnlock()
func (rw *RWMutex) TryLock() bool
func (rw *RWMutex) TryRLock() bool
func (rw *RWMutex) RLocker() Locker { return (*rlocker)(rw) }

type rlocker RWMutex

func (r *rlocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }

// noCopy marks a struct that must not be copied after first use (for go vet).
type noCopy struct{}

func (*noCopy) Lock()   {}
func (*noCopy) Unlock() {}

// A WaitGroup waits for a collection of goroutines to finish. state1 holds the counter in its
// high 32 bits and the number of waiters in its low 32 bits; state2 is the semaphore.
type WaitGroup struct {
	noCopy noCopy
	state1 uint64
	state2 uint32
}

func (wg *WaitGroup) Add(delta int)
func (wg *WaitGroup) Done()
func (wg *WaitGroup) Wait()

// Once performs exactly one action. Do is a native (its slow path holds m while f runs).
type Once struct {
	done uint32
	m    Mutex
}

func (o *Once) Do(f func())

// Cond implements a condition variable. notify is the runtime's ticket-based notifyList;
// checker detects copies.
type Cond struct {
	noCopy  noCopy
	L       Locker
	notify  notifyList
	checker copyChecker
}

// notifyList mirrors the runtime's: the next ticket to hand out (wait) and to notify (notify).
// gort keeps the parked waiters in the machine's semtable, so head and tail stay nil.
type notifyList struct {
	wait   uint32
	notify uint32
	lock   uintptr
	head   *sudog
	tail   *sudog
}

// sudog stands for the runtime's waiter record, which Go code never dereferences.
type sudog struct{}

// copyChecker holds its own address once the Cond has been used.
type copyChecker uintptr

func NewCond(l Locker) *Cond { return &Cond{L: l} }

func (c *Cond) Wait()
func (c *Cond) Signal()
func (c *Cond) Broadcast()

// Map is a map safe for concurrent use. gort's Map is a Mutex over one map (dirty); read and
// misses are Go 1.19's fields, unused, so that a Map prints as Go's does while it is empty.
type Map struct {
	mu     Mutex
	read   atomic.Value
	dirty  map[any]any
	misses int
}

func (m *Map) Load(key any) (value any, ok bool) {
	m.mu.Lock()
	value, ok = m.dirty[key]
	m.mu.Unlock()
	return
}

func (m *Map) Store(key, value any) {
	m.mu.Lock()
	if m.dirty == nil {
		m.dirty = make(map[any]any)
	}
	m.dirty[key] = value
	m.mu.Unlock()
}

func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if v, ok := m.dirty[key]; ok {
		return v, true
	}
	if m.dirty == nil {
		m.dirty = make(map[any]any)
	}
	m.dirty[key] = value
	return value, false
}

func (m *Map) LoadAndDelete(key any) (value any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	value, loaded = m.dirty[key]
	delete(m.dirty, key)
	return
}

func (m *Map) Delete(key any) {
	m.mu.Lock()
	delete(m.dirty, key)
	m.mu.Unlock()
}

func (m *Map) Range(f func(key, value any) bool) {
	m.mu.Lock()
	keys := make([]any, 0, len(m.dirty))
	vals := make([]any, 0, len(m.dirty))
	for k, v := range m.dirty {
		keys = append(keys, k)
		vals = append(vals, v)
	}
	m.mu.Unlock()
	for i := range keys {
		if !f(keys[i], vals[i]) {
			break
		}
	}
}

// A Pool is a set of temporary objects. gort's Pool is one LIFO list of items behind a Mutex
// (local, made on first use), never emptied by the GC; its fields are Go 1.19's, so that a Pool
// prints as Go's does.
type Pool struct {
	noCopy     noCopy
	local      *poolLocal
	localSize  uintptr
	victim     *poolLocal
	victimSize uintptr
	New        func() any
}

type poolLocal struct {
	mu    Mutex
	items []any
}

func (p *Pool) pin() *poolLocal {
	if p.local == nil {
		p.local = &poolLocal{}
		p.localSize = uintptr(runtime.GOMAXPROCS(0))
	}
	return p.local
}

func (p *Pool) Get() any {
	l := p.pin()
	l.mu.Lock()
	if n := len(l.items); n > 0 {
		x := l.items[n-1]
		l.items = l.items[:n-1]
		l.mu.Unlock()
		return x
	}
	l.mu.Unlock()
	if p.New != nil {
		return p.New()
	}
	return nil
}

func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	l := p.pin()
	l.mu.Lock()
	l.items = append(l.items, x)
	l.mu.Unlock()
}
