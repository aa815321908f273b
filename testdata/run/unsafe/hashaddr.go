// Hashing addresses, the pattern of sharded locks and interning tables:
// uintptr(unsafe.Pointer(p)) % n picks a bucket. Only what is the same under any allocator is
// printed: the same object always lands in the same bucket, distinct live objects have
// distinct addresses, addresses are aligned, a field lies inside its object, and a map keyed
// by unsafe.Pointer finds an object again.
package main

import (
	"fmt"
	"sort"
	"unsafe"
)

type node struct {
	id   int
	name string
	next *node
}

const nbuckets = 7

func bucket(p unsafe.Pointer) uintptr { return uintptr(p) % nbuckets }

func main() {
	var nodes []*node
	for i := 0; i < 40; i++ {
		nodes = append(nodes, &node{id: i, name: fmt.Sprint("n", i)})
	}

	seen := map[uintptr]int{}
	same, aligned := true, true
	total := 0
	var buckets [nbuckets][]*node
	for _, n := range nodes {
		a := uintptr(unsafe.Pointer(n))
		if a%8 != 0 {
			aligned = false
		}
		if bucket(unsafe.Pointer(n)) != bucket(unsafe.Pointer(n)) {
			same = false
		}
		seen[a]++
		b := bucket(unsafe.Pointer(n))
		buckets[b] = append(buckets[b], n)
	}
	for _, bs := range buckets {
		total += len(bs)
		for _, n := range bs {
			if bucket(unsafe.Pointer(n)) != uintptr(a2b(n)) {
				same = false
			}
		}
	}
	fmt.Println("distinct addresses:", len(seen), "of", len(nodes))
	fmt.Println("stable buckets:", same, "aligned:", aligned, "all placed:", total == len(nodes))

	// Fields lie inside their object, at their offsets.
	n := nodes[3]
	base := uintptr(unsafe.Pointer(n))
	fmt.Println("field offsets:", uintptr(unsafe.Pointer(&n.name))-base, uintptr(unsafe.Pointer(&n.next))-base)

	// Elements of an array are Sizeof apart.
	var arr [4]int32
	fmt.Println("element stride:", uintptr(unsafe.Pointer(&arr[3]))-uintptr(unsafe.Pointer(&arr[0])))

	// A map keyed by unsafe.Pointer finds each object again; a struct and its first field share
	// an address.
	index := map[unsafe.Pointer]int{}
	for _, n := range nodes {
		index[unsafe.Pointer(n)] = n.id
	}
	found := 0
	for _, n := range nodes {
		if index[unsafe.Pointer(n)] == n.id {
			found++
		}
	}
	fmt.Println("map lookups:", found, "first field:", unsafe.Pointer(&n.id) == unsafe.Pointer(n))

	// Locals: two variables never share an address.
	var x, y int64
	fmt.Println("locals differ:", uintptr(unsafe.Pointer(&x)) != uintptr(unsafe.Pointer(&y)))

	// A sorted order by address is a total order over the objects (ordering locks).
	addrs := make([]uintptr, 0, len(nodes))
	for _, n := range nodes {
		addrs = append(addrs, uintptr(unsafe.Pointer(n)))
	}
	sort.Slice(addrs, func(i, j int) bool { return addrs[i] < addrs[j] })
	strict := true
	for i := 1; i < len(addrs); i++ {
		if addrs[i-1] >= addrs[i] {
			strict = false
		}
	}
	fmt.Println("strict order:", strict)
}

func a2b(n *node) uintptr { return uintptr(unsafe.Pointer(n)) % nbuckets }
