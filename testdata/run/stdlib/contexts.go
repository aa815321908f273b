// Exercises context on the scheduler and the simulated clock: cancellation propagating to
// children and grandchildren, WithTimeout firing while goroutines wait on Done, WithDeadline
// in the past, WithValue lookups through a chain, and the String forms of contexts.
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

type key string

func worker(ctx context.Context, id int, wg *sync.WaitGroup, out chan<- string) {
	defer wg.Done()
	select {
	case <-ctx.Done():
		out <- fmt.Sprintf("worker %d: %v", id, ctx.Err())
	case <-time.After(time.Duration(id) * 40 * time.Millisecond):
		out <- fmt.Sprintf("worker %d: finished", id)
	}
}

func main() {
	bg := context.Background()
	fmt.Println(bg, context.TODO(), bg.Err(), bg.Done() == nil)
	_, has := bg.Deadline()
	fmt.Println(has)

	parent, cancel := context.WithCancel(bg)
	child, cancelChild := context.WithCancel(parent)
	defer cancelChild()
	vctx := context.WithValue(child, key("user"), "gopher")
	grand, cancelGrand := context.WithCancel(vctx)
	defer cancelGrand()
	fmt.Println(parent, vctx, grand)
	fmt.Println(grand.Value(key("user")), grand.Value(key("none")), grand.Value("user"))
	cancel()
	<-grand.Done()
	fmt.Println(parent.Err(), child.Err(), grand.Err(), errors.Is(grand.Err(), context.Canceled))
	cancel()

	ctx, stop := context.WithTimeout(bg, 100*time.Millisecond)
	defer stop()
	dl, ok := ctx.Deadline()
	left := time.Until(dl)
	fmt.Println(ok, left > 90*time.Millisecond && left <= 100*time.Millisecond)
	var wg sync.WaitGroup
	out := make(chan string, 4)
	for i := 1; i <= 4; i++ {
		wg.Add(1)
		go worker(ctx, i, &wg, out)
	}
	wg.Wait()
	close(out)
	var lines []string
	for l := range out {
		lines = append(lines, l)
	}
	for i := 1; i <= 4; i++ {
		for _, l := range lines {
			if l[7] == byte('0'+i) {
				fmt.Println(l)
			}
		}
	}
	fmt.Println(ctx.Err(), ctx.Err() == context.DeadlineExceeded)

	past, stopPast := context.WithDeadline(bg, time.Now().Add(-time.Second))
	fmt.Println(past.Err())
	stopPast()
	short, stopShort := context.WithTimeout(bg, time.Hour)
	inner, stopInner := context.WithTimeout(short, 2*time.Hour)
	d1, _ := short.Deadline()
	d2, _ := inner.Deadline()
	fmt.Println(d1.Equal(d2))
	stopShort()
	stopInner()
	fmt.Println(inner.Err())
	var te interface{ Timeout() bool }
	fmt.Println(errors.As(context.DeadlineExceeded, &te), te.Timeout())
	defer func() { fmt.Println("recovered:", recover()) }()
	context.WithValue(bg, nil, 1)
}
