// Benchmark: 64-bit hashing and generators whose values live past 2^53: xorshift64 steps,
// FNV-1a-64 steps and splitmix64 outputs, n of each. Usage: hash64 [n]; prints the three
// results.
package main

import (
	"fmt"
	"os"
	"strconv"
)

func xorshift(x uint64, n int) uint64 {
	for i := 0; i < n; i++ {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
	}
	return x
}

func fnv(n int) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < n; i++ {
		h ^= uint64(byte(i))
		h *= 1099511628211
	}
	return h
}

func splitmix(n int) uint64 {
	var s, acc uint64
	for i := 0; i < n; i++ {
		s += 0x9e3779b97f4a7c15
		z := s
		z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
		z = (z ^ (z >> 27)) * 0x94d049bb133111eb
		acc ^= z ^ (z >> 31)
	}
	return acc
}

func main() {
	n := 20000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	fmt.Println(xorshift(88172645463325252, n), fnv(n), splitmix(n))
}
