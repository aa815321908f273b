// lru: an LRU cache built from a hand-written doubly linked list and a map[int]*entry. Keys
// come from a linear congruential generator over a range three times the capacity, so most
// misses evict the least recently used entry and its payload becomes garbage.
package main

import (
	"fmt"
	"runtime"
)

type entry struct {
	key        int
	value      []byte
	prev, next *entry
}

type cache struct {
	cap   int
	items map[int]*entry
	root  entry // sentinel: root.next is the most recent, root.prev the least
	hits  int
	evict int
}

func newCache(capacity int) *cache {
	c := &cache{cap: capacity, items: make(map[int]*entry)}
	c.root.next = &c.root
	c.root.prev = &c.root
	return c
}

func (c *cache) unlink(e *entry) {
	e.prev.next = e.next
	e.next.prev = e.prev
	e.prev, e.next = nil, nil
}

func (c *cache) pushFront(e *entry) {
	e.prev = &c.root
	e.next = c.root.next
	c.root.next.prev = e
	c.root.next = e
}

func (c *cache) get(key int) []byte {
	e, ok := c.items[key]
	if !ok {
		return nil
	}
	c.hits++
	c.unlink(e)
	c.pushFront(e)
	return e.value
}

func (c *cache) put(key int, value []byte) {
	if e, ok := c.items[key]; ok {
		e.value = value
		c.unlink(e)
		c.pushFront(e)
		return
	}
	if len(c.items) >= c.cap {
		old := c.root.prev
		c.unlink(old)
		delete(c.items, old.key)
		c.evict++
	}
	e := &entry{key: key, value: value}
	c.items[key] = e
	c.pushFront(e)
}

var lru *cache

func main() {
	lru = newCache(15000)
	x := uint32(12345)
	sum := 0
	for i := 0; i < 300000; i++ {
		x = x*1664525 + 1013904223
		key := int(x>>8) % 45000
		if v := lru.get(key); v != nil {
			sum += int(v[0]) + len(v)
			continue
		}
		v := make([]byte, 80+key%64)
		v[0] = byte(key)
		lru.put(key, v)
	}
	n := 0
	for e := lru.root.next; e != &lru.root; e = e.next {
		n++
		sum += int(e.value[len(e.value)-1])
	}
	fmt.Println("size", n, "hits", lru.hits, "evictions", lru.evict, "checksum", sum)

	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	numgc := m.NumGC
	runtime.GC()
	runtime.ReadMemStats(&m)
	fmt.Printf("gcstat numgc=%d live=%d\n", numgc, m.HeapAlloc)
	if lru.get(-1) != nil {
		fmt.Println("impossible")
	}
}
