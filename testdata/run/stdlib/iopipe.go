// io.Pipe: a writer goroutine feeding a reader through short reads, io.Copy from a pipe,
// concurrent writers taking turns, Close and CloseWithError from either end with the errors
// each side sees, zero-length writes, and a deadlock on a pipe nobody reads (Go's message).
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
)

func main() {
	r, w := io.Pipe()
	go func() {
		for i := 0; i < 5; i++ {
			n, err := fmt.Fprintf(w, "line %d: %s\n", i, strings.Repeat("x", i*3))
			if err != nil {
				fmt.Println("write error", n, err)
			}
		}
		w.Close()
	}()
	small := make([]byte, 7)
	for {
		n, err := r.Read(small)
		fmt.Printf("%d %q %v\n", n, small[:n], err)
		if err != nil {
			break
		}
	}
	n, err := w.Write([]byte("after close"))
	fmt.Println(n, err, errors.Is(err, io.ErrClosedPipe))

	r, w = io.Pipe()
	go func() {
		w.CloseWithError(errors.New("producer failed"))
	}()
	data, err := io.ReadAll(r)
	fmt.Printf("%q %v\n", data, err)
	fmt.Println(w.CloseWithError(errors.New("second")), w.Close())
	_, err = r.Read(make([]byte, 1))
	fmt.Println(err)

	r, w = io.Pipe()
	go func() {
		r.CloseWithError(errors.New("consumer gone"))
	}()
	n, err = w.Write([]byte("nobody reads this"))
	fmt.Println(n, err)
	r.Close()
	_, err = r.Read(make([]byte, 4))
	fmt.Println(err)

	r, w = io.Pipe()
	var wg sync.WaitGroup
	for g := 0; g < 3; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 3; i++ {
				fmt.Fprintf(w, "writer%d-msg%d\n", g, i)
			}
		}(g)
	}
	go func() {
		wg.Wait()
		w.Close()
	}()
	sc := bufio.NewScanner(r)
	count := map[string]int{}
	lines := 0
	for sc.Scan() {
		lines++
		count[sc.Text()[:7]]++
	}
	fmt.Println(lines, count, sc.Err())

	// The writer reports through the channel, so that the two lines print in one order (both
	// goroutines finish the rendezvous at once; printing from both raced, in real Go too).
	r, w = io.Pipe()
	done := make(chan string)
	go func() {
		n, err := w.Write(nil)
		done <- fmt.Sprint("empty write: ", n, " ", err)
	}()
	n, err = r.Read(make([]byte, 10))
	fmt.Println(<-done)
	fmt.Println("read of empty write:", n, err)

	var sb strings.Builder
	r, w = io.Pipe()
	go func() {
		io.Copy(w, strings.NewReader(strings.Repeat("copy me ", 1000)))
		w.Close()
	}()
	copied, err := io.Copy(&sb, r)
	fmt.Println(copied, err, sb.Len())

	_, w = io.Pipe()
	w.Write([]byte("deadlock"))
}
