// RWMutex hand-offs between writers and readers, in orders that Go's writer preference fixes:
// a reader and a writer waiting on a write lock, a reader arriving behind a waiting writer,
// and a group of readers released at once ahead of the next writer.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

const pause = 10 * time.Millisecond

// writerThenReaderWaiting: a writer waits for the lock, then a reader does; Unlock lets the
// reader in first (readers waiting on a write lock go before the next writer).
func writerThenReaderWaiting() {
	var mu sync.RWMutex
	var wg sync.WaitGroup
	mu.Lock()
	wg.Add(2)
	go func() {
		defer wg.Done()
		mu.Lock()
		fmt.Println("  writer has the lock")
		mu.Unlock()
	}()
	time.Sleep(pause)
	go func() {
		defer wg.Done()
		mu.RLock()
		fmt.Println("  reader has the lock")
		mu.RUnlock()
	}()
	time.Sleep(pause)
	mu.Unlock()
	wg.Wait()
}

// readerBehindWriter: a reader holds the lock and a writer waits for it; a new reader must wait
// behind the writer.
func readerBehindWriter() {
	var mu sync.RWMutex
	var wg sync.WaitGroup
	mu.RLock()
	wg.Add(2)
	go func() {
		defer wg.Done()
		mu.Lock()
		fmt.Println("  writer has the lock")
		mu.Unlock()
	}()
	time.Sleep(pause)
	go func() {
		defer wg.Done()
		mu.RLock()
		fmt.Println("  second reader has the lock")
		mu.RUnlock()
	}()
	time.Sleep(pause)
	fmt.Println("  first reader unlocks")
	mu.RUnlock()
	wg.Wait()
}

// readersBeforeNextWriter: three readers and then a writer wait on a write lock; the readers all
// get in before the writer.
func readersBeforeNextWriter() {
	var mu sync.RWMutex
	var wg sync.WaitGroup
	var inside int32
	mu.Lock()
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.RLock()
			atomic.AddInt32(&inside, 1)
			time.Sleep(pause)
			mu.RUnlock()
		}()
	}
	time.Sleep(pause)
	wg.Add(1)
	go func() {
		defer wg.Done()
		mu.Lock()
		fmt.Println("  writer saw", atomic.LoadInt32(&inside), "readers before it")
		mu.Unlock()
	}()
	time.Sleep(pause)
	mu.Unlock()
	wg.Wait()
}

// mixed: many readers and writers over a shared map; the totals do not depend on the order.
func mixed() {
	var mu sync.RWMutex
	var wg sync.WaitGroup
	m := map[int]int{}
	reads := int64(0)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				if (g+i)%4 == 0 {
					mu.Lock()
					m[i%10]++
					mu.Unlock()
				} else {
					mu.RLock()
					_ = m[i%10]
					atomic.AddInt64(&reads, 1)
					mu.RUnlock()
				}
			}
		}(g)
	}
	wg.Wait()
	total := 0
	for _, v := range m {
		total += v
	}
	fmt.Println("  writes", total, "reads", atomic.LoadInt64(&reads), "keys", len(m))
}

func main() {
	fmt.Println("writer, then reader, waiting on a write lock:")
	writerThenReaderWaiting()
	fmt.Println("reader behind a waiting writer:")
	readerBehindWriter()
	fmt.Println("readers before the next writer:")
	readersBeforeNextWriter()
	fmt.Println("mixed:")
	mixed()
	var mu sync.RWMutex
	mu.Lock()
	mu.Unlock()
	mu.RLock()
	mu.RUnlock()
	fmt.Printf("%+v\n", mu)
}
