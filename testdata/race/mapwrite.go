// A goroutine writes a map that main reads: the map header and the entry both race.
package main

import (
	"fmt"
	"time"
)

var cache = map[string]int{}

func store(k string, v int) {
	cache[k] = v
}

func main() {
	go store("a", 1)
	time.Sleep(10 * time.Millisecond)
	v, ok := cache["a"]
	fmt.Println(v >= 0, ok || !ok)
}
