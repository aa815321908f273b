// context's panics on misuse show Go's frames and lines: WithDeadline's at context.go:436 under
// WithTimeout's call at 507 (WithValue's at 525 to 531, WithCancel's at 234).
package main

import (
	"context"
	"fmt"
	"time"
)

func try(f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
		}
	}()
	f()
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), time.Millisecond)
	defer cancel()
	<-ctx.Done()
	fmt.Println(ctx.Err())
	try(func() { context.WithValue(nil, "k", 1) })
	//lint:ignore SA1012 deliberate
	context.WithTimeout(nil, time.Second)
}
