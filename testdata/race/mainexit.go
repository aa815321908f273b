// main starts a goroutine that writes a variable, then prints, reads the variable and returns
// without waiting. Under -race the exit waits in racefini (TSan's atexit sleep, cut short by
// sysmon's preemption signal), the goroutine runs meanwhile, and the race is reported on
// every run.
package main

import "fmt"

var ready int

func main() {
	go func() {
		ready = 1
	}()
	fmt.Println("main: starting")
	fmt.Println("main: ready is", ready)
	for i := 0; i < 2; i++ {
		fmt.Println("main: step", i)
	}
}
