// Race-free: what a goroutine does before it starts a timer happens before the timer's
// channel delivers (time.After, NewTimer, a Ticker, and a timer Reset by another goroutine).
package main

import (
	"fmt"
	"time"
)

type state struct {
	phase string
	ticks int
}

func main() {
	st := &state{}
	var c <-chan time.Time
	done := make(chan bool)
	go func() {
		st.phase = "armed"
		c = time.After(2 * time.Millisecond)
		done <- true
	}()
	<-done
	<-c
	fmt.Println(st.phase)

	t := time.NewTimer(time.Hour)
	go func() {
		st.phase = "reset"
		t.Reset(time.Millisecond)
	}()
	<-t.C
	fmt.Println(st.phase)

	tk := time.NewTicker(time.Millisecond)
	for i := 0; i < 3; i++ {
		<-tk.C
		st.ticks++
	}
	tk.Stop()
	fmt.Println(st.ticks)
}
