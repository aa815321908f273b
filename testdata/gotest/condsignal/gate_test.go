package condsignal

import "testing"

func TestGate(t *testing.T) {
	g := NewGate()
	done := make(chan bool)
	go func() {
		g.Wait()
		done <- true
	}()
	Prepare(30000)
	g.Open()
	<-done
}
