// os/signal where no signal arrives: Notify, Ignore, Ignored, Reset, NotifyContext and its
// stop, Stop; a select on the channel and the context falls to its timeout.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"
)

func main() {
	c := make(chan os.Signal, 1)
	signal.Notify(c, os.Interrupt, syscall.SIGTERM)
	fmt.Println(signal.Ignored(syscall.SIGHUP))
	signal.Ignore(syscall.SIGHUP)
	fmt.Println(signal.Ignored(syscall.SIGHUP))
	signal.Reset(syscall.SIGHUP)
	fmt.Println(signal.Ignored(syscall.SIGHUP))
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	select {
	case s := <-c:
		fmt.Println("signal", s)
	case <-ctx.Done():
		fmt.Println("ctx done")
	case <-time.After(100 * time.Millisecond):
		fmt.Println("no signal")
	}
	stop()
	fmt.Println(ctx.Err())
	signal.Stop(c)
	fmt.Println("done")
}
