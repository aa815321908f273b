// Exercises math/rand: the global source (seeded with 1), Seed, New/NewSource, and every
// drawing function, so that the sequence must equal Go 1.19's exactly.
package main

import (
	"fmt"
	"math/rand"
)

func main() {
	fmt.Println(rand.Int(), rand.Intn(100), rand.Int63(), rand.Int31n(10), rand.Float64())
	fmt.Println(rand.Perm(10))
	s := []string{"a", "b", "c", "d", "e", "f"}
	rand.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(s)
	rand.Seed(42)
	fmt.Println(rand.Intn(1000), rand.Uint32(), rand.Uint64(), rand.Int31(), rand.Float32())
	r := rand.New(rand.NewSource(-7))
	for i := 0; i < 5; i++ {
		fmt.Print(r.Intn(6)+1, " ")
	}
	fmt.Println()
	fmt.Println(r.Int63n(1<<40+3), r.Int63n(1024), r.Intn(1<<40), r.Int31n(1<<20+1))
	b := make([]byte, 10)
	n, err := r.Read(b)
	fmt.Println(n, err, b)
	r.Seed(0)
	fmt.Println(r.Int())
	total := 0
	for i := 0; i < 10000; i++ {
		total += rand.Intn(10)
	}
	fmt.Println(total)
	defer func() { fmt.Println("recovered:", recover()) }()
	rand.Intn(0)
}
