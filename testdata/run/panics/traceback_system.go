// env: GOTRACEBACK=system
// GOTRACEBACK=system: an unrecovered panic's traceback shows the runtime's frames, from the
// panic frame (gopanic's call of fatalpanic) down to runtime.main and goexit, and the runtime's
// own goroutines; a deferred call that runs first prints before the panic. (No fmt: importing
// os starts the finalizer goroutine, whose id real Go gives by P.)
package main

import "errors"

func check(n int) {
	defer println("deferred in check", n)
	if n > 2 {
		panic(errors.New("n is too large"))
	}
}

func main() {
	for i := 0; i < 5; i++ {
		check(i)
	}
}
