// NewTicker, in a file of its own at Go 1.19's lines of time/tick.go, so that its panic's
// traceback names tick.go:24 as Go's does (//gort:line).

package time

import "errors"

//gort:line 22
func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic(errors.New("non-positive interval for NewTicker"))
	}
	c := make(chan Time, 1)
	return &Ticker{C: c, r: newTimer(d, c, nil, d)}
}
