// string(b) reads the bytes (runtime.slicebytetostring) and append(dst, src...) reads the
// source (runtime.slicecopy) while another goroutine writes them, a sleep later (no order): two
// races.
package main

import (
	"fmt"
	"time"
)

func main() {
	b := []byte("hello")
	done := make(chan bool)
	go func() {
		time.Sleep(time.Millisecond)
		b[1] = 'a'
		done <- true
	}()
	s := string(b)
	<-done
	fmt.Println(len(s))
	dst := make([]byte, 0, 16)
	src := []byte("abc")
	go func() {
		time.Sleep(time.Millisecond)
		src[1] = 'x'
		done <- true
	}()
	dst = append(dst, src...)
	<-done
	fmt.Println(len(dst))
}
