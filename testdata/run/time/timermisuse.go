// Misused timers and tickers panic as Go's time package does: a zero Timer's Stop and Reset,
// a zero Ticker's Reset (its Stop does nothing), a non-positive interval.
package main

import (
	"fmt"
	"time"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: %T %v\n", name, r, r)
	}()
	f()
}

func main() {
	try("timer stop", func() { var t time.Timer; t.Stop() })
	try("timer reset", func() { var t time.Timer; t.Reset(time.Second) })
	try("ticker stop", func() { var t time.Ticker; t.Stop() })
	try("ticker reset", func() { var t time.Ticker; t.Reset(time.Second) })
	try("ticker reset 0", func() { t := time.NewTicker(time.Second); t.Reset(0) })
	try("new ticker", func() { time.NewTicker(-1) })
}
