// encoding/gob (Go 1.19's source): a struct to a compatible struct, maps and pointers,
// a registered interface value, and a decoding error.
package main

import (
	"bytes"
	"encoding/gob"
	"fmt"
)

type P struct {
	X, Y, Z int
	Name    string
	M       map[string][]float64
	Ptr     *int
}

type Q struct {
	X, Y *int32
	Name string
}

type Shape interface{ Area() float64 }
type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

func main() {
	var network bytes.Buffer
	enc := gob.NewEncoder(&network)
	dec := gob.NewDecoder(&network)
	seven := 7
	err := enc.Encode(P{3, 4, 5, "Pythagoras", map[string][]float64{"a": {1.5}}, &seven})
	fmt.Println(err, network.Len())
	var q Q
	err = dec.Decode(&q)
	fmt.Println(err, *q.X, *q.Y, q.Name)
	gob.Register(Sq{})
	var s Shape = Sq{3}
	network.Reset()
	enc2 := gob.NewEncoder(&network)
	fmt.Println(enc2.Encode(&s))
	var s2 Shape
	fmt.Println(gob.NewDecoder(&network).Decode(&s2), s2.Area())
	fmt.Println(gob.NewDecoder(bytes.NewReader([]byte{1, 2, 3})).Decode(&q))
}
