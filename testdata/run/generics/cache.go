// A concurrency-safe generic cache: Cache[K comparable, V any] guarding a map
// with an embedded sync.Mutex, a GetOrCompute loader, and a generic Counter
// with sync.RWMutex hammered by goroutines joined with a WaitGroup.
package main

import (
	"fmt"
	"strconv"
	"sync"
)

type Cache[K comparable, V any] struct {
	sync.Mutex
	data         map[K]V
	hits, misses int
}

func NewCache[K comparable, V any]() *Cache[K, V] { return &Cache[K, V]{data: map[K]V{}} }

func (c *Cache[K, V]) Get(k K) (V, bool) {
	c.Lock()
	defer c.Unlock()
	v, ok := c.data[k]
	if ok {
		c.hits++
	} else {
		c.misses++
	}
	return v, ok
}

func (c *Cache[K, V]) Put(k K, v V) {
	c.Lock()
	c.data[k] = v
	c.Unlock()
}

func (c *Cache[K, V]) GetOrCompute(k K, load func(K) (V, error)) (V, error) {
	if v, ok := c.Get(k); ok {
		return v, nil
	}
	v, err := load(k)
	if err == nil {
		c.Put(k, v)
	}
	return v, err
}

type Counter[K comparable] struct {
	mu sync.RWMutex
	m  map[K]int
}

func (c *Counter[K]) Inc(k K) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil {
		c.m = make(map[K]int)
	}
	c.m[k]++
}

func (c *Counter[K]) Snapshot() map[K]int {
	c.mu.RLock()
	defer c.mu.RUnlock()
	out := make(map[K]int, len(c.m))
	for k, v := range c.m {
		out[k] = v
	}
	return out
}

func main() {
	c := NewCache[string, int]()
	for _, s := range []string{"12", "7", "12", "oops", "7", "12"} {
		v, err := c.GetOrCompute(s, strconv.Atoi)
		fmt.Println(s, v, err)
	}
	fmt.Printf("hits=%d misses=%d size=%d\n", c.hits, c.misses, len(c.data))

	sq := NewCache[int, []int]()
	var wg sync.WaitGroup
	wg.Add(4)
	for g := 0; g < 4; g++ {
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 25; i++ {
				n := (g*25 + i) % 10
				sq.GetOrCompute(n, func(k int) ([]int, error) { return []int{k, k * k}, nil })
			}
		}(g)
	}
	wg.Wait()
	fmt.Println(len(sq.data), sq.hits+sq.misses)
	for k := 0; k < len(sq.data); k++ {
		v, _ := sq.Get(k)
		fmt.Print(v, " ")
	}
	fmt.Println()

	var cnt Counter[rune]
	for _, word := range []string{"generic", "mutex", "cache", "gopher"} {
		wg.Add(1)
		go func(w string) {
			defer wg.Done()
			for _, r := range w {
				cnt.Inc(r)
			}
		}(word)
	}
	wg.Wait()
	snap := cnt.Snapshot()
	for r := 'a'; r <= 'z'; r++ {
		if snap[r] > 0 {
			fmt.Printf("%c%d", r, snap[r])
		}
	}
	fmt.Println(" distinct:", len(snap))
	fmt.Printf("%T %T\n", c, &cnt)
}
