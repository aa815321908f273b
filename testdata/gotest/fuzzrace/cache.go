// Package fuzzrace is a sharded counter cache whose Put loses an update when two keys of the
// same shard (the same first byte modulo 8) are put at once and their read and write sections
// interleave: a bug that needs an input and a schedule together.
package fuzzrace

import "sync"

type shard struct {
	mu sync.Mutex
	n  int
}

// Cache counts the keys put into it, per shard.
type Cache struct {
	shards [8]shard
}

func (c *Cache) shard(k string) *shard {
	if k == "" {
		return &c.shards[0]
	}
	return &c.shards[k[0]%8]
}

// Put counts k: it reads the count and writes it back in two locked sections.
func (c *Cache) Put(k string) {
	s := c.shard(k)
	s.mu.Lock()
	n := s.n
	s.mu.Unlock()
	s.mu.Lock()
	s.n = n + 1
	s.mu.Unlock()
}

// Len is the number of keys put.
func (c *Cache) Len() int {
	total := 0
	for i := range c.shards {
		c.shards[i].mu.Lock()
		total += c.shards[i].n
		c.shards[i].mu.Unlock()
	}
	return total
}
