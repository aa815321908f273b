// Package depth3 is a kernel of a bug of depth 3: it shows only when two goroutines are each
// descheduled at one particular point. A loader publishes "loading" and then "ready"; the
// watcher it starts in between reads the state, publishes its own two phases, and starts an
// auditor in between. The auditor fails if it sees both intermediate states.
package depth3

import "sync/atomic"

const (
	idle = iota
	loading
	ready
)

type Reload struct {
	config, index int32
	sawLoading    int32
	done          chan bool
}

func (r *Reload) load(startWatcher chan bool) {
	atomic.StoreInt32(&r.config, loading)
	close(startWatcher)
	atomic.StoreInt32(&r.config, ready)
}

func (r *Reload) watch(startWatcher, startAuditor chan bool) {
	<-startWatcher
	if atomic.LoadInt32(&r.config) == loading {
		atomic.StoreInt32(&r.sawLoading, 1)
	}
	atomic.StoreInt32(&r.index, loading)
	close(startAuditor)
	atomic.StoreInt32(&r.index, ready)
}

func (r *Reload) audit(startAuditor chan bool) {
	<-startAuditor
	// Both intermediate states seen: the index was built from a half-loaded config.
	bad := atomic.LoadInt32(&r.sawLoading) == 1 && atomic.LoadInt32(&r.index) == loading
	r.done <- bad
}

// Run reloads once and reports whether the auditor caught a half-built index.
func Run() bool {
	r := &Reload{done: make(chan bool)}
	w, a := make(chan bool), make(chan bool)
	go r.audit(a)
	go r.watch(w, a)
	go r.load(w)
	return <-r.done
}
