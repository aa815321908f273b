// math/rand drawn every way: the top-level functions, a Rand over Go's source and one over a
// Source of the program's own, whose values go through Int63; the source's state as fmt and
// reflect see it.
package main

import (
	"fmt"
	"math/rand"
	"reflect"
)

// counter is a Source of the program's own.
type counter struct{ n int64 }

func (c *counter) Int63() int64    { c.n = c.n*6364136223846793005 + 1442695040888963407; return int64(uint64(c.n) >> 1) }
func (c *counter) Seed(seed int64) { c.n = seed }

func draw(name string, r *rand.Rand) {
	s := 0
	for i := 0; i < 2000; i++ {
		s += r.Intn(1000) + int(r.Int31n(77)) + int(r.Int63n(1<<40+3)%1000)
	}
	f := 0.0
	for i := 0; i < 1000; i++ {
		f += r.Float64() + float64(r.Float32())
	}
	fmt.Println(name, s, f, r.Int31(), r.Uint32(), r.Int(), r.Int63(), r.Uint64(), r.Perm(8))
	xs := []string{"a", "b", "c", "d", "e", "f", "g"}
	r.Shuffle(len(xs), func(i, j int) { xs[i], xs[j] = xs[j], xs[i] })
	b := make([]byte, 9)
	r.Read(b)
	fmt.Println(name, xs, b, r.NormFloat64(), r.ExpFloat64(), r.Intn(1<<40))
}

func main() {
	fmt.Println(rand.Intn(100), rand.Int31n(1<<20), rand.Int63n(1<<50+1), rand.Float64(), rand.Float32())
	fmt.Println(rand.Int(), rand.Int31(), rand.Int63(), rand.Uint32(), rand.Uint64(), rand.Perm(6))
	rand.Seed(99)
	in := 0
	for i := 0; i < 20000; i++ {
		x, y := rand.Float64(), rand.Float64()
		if x*x+y*y < 1 {
			in++
		}
	}
	fmt.Println("pi", float64(in)/5000)
	draw("go", rand.New(rand.NewSource(7)))
	draw("own", rand.New(&counter{}))

	a, b := rand.NewSource(5), rand.NewSource(5)
	s := fmt.Sprint(a)
	fmt.Println(len(s), s[:100], s[len(s)-50:])
	fmt.Println(reflect.DeepEqual(a, b))
	a.Int63()
	fmt.Println(reflect.DeepEqual(a, b))
	b.Int63()
	fmt.Println(reflect.DeepEqual(a, b))
	v := reflect.ValueOf(a).Elem()
	fmt.Println(v.NumField(), v.Field(0), v.Field(1), v.Field(2).Len(), v.Field(2).Index(333), v.Field(2).Index(606))

	defer func() { fmt.Println("recovered:", recover()) }()
	rand.Intn(0)
}
