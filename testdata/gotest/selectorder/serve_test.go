package selectorder

import "testing"

func TestServe(t *testing.T) {
	reqs := make(chan int, 50)
	beats := make(chan struct{}, 100)
	for i := 0; i < 50; i++ {
		reqs <- 1
	}
	close(reqs)
	for i := 0; i < 100; i++ {
		beats <- struct{}{}
	}
	if got := Serve(reqs, beats); got != 50 {
		t.Fatalf("Serve handled %d requests, want 50", got)
	}
}
