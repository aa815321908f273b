// Package selectorder is a kernel of a select-order bug: a server that stops after maxIdle
// heartbeats in a row gives up while requests are still queued, but only when its select
// keeps choosing the heartbeat over a ready request.
package selectorder

const maxIdle = 24

// Serve handles requests until reqs is closed, or until maxIdle heartbeats pass without one.
func Serve(reqs <-chan int, beats <-chan struct{}) int {
	idle, handled := 0, 0
	for {
		select {
		case r, ok := <-reqs:
			if !ok {
				return handled
			}
			handled += r
			idle = 0
		case <-beats:
			idle++
			if idle == maxIdle {
				return handled // the bug: requests may still be queued
			}
		}
	}
}
