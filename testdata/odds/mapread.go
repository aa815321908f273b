// Odds: main reads a map while another goroutine writes it, without a lock. Go's map detector
// ends the run with "concurrent map read and map write" (or "concurrent map writes") when it
// observes the overlap; otherwise the program prints the sum.
package main

import "fmt"

func main() {
	m := make(map[int]int)
	for i := 0; i < 8; i++ {
		m[i] = i
	}
	done := make(chan bool)
	go func() {
		for i := 0; i < 300000; i++ {
			m[i%8] = i
		}
		done <- true
	}()
	sum := 0
	for i := 0; i < 300000; i++ {
		sum += m[i%8]
	}
	<-done
	fmt.Println("finished", sum > 0)
}
