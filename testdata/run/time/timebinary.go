// time.Time's binary form (MarshalBinary, UnmarshalBinary, GobEncode, GobDecode), which
// encoding/gob finds through the interfaces.
package main

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"time"
)

type Event struct {
	Name string
	At   time.Time
}

func main() {
	var buf bytes.Buffer
	err := gob.NewEncoder(&buf).Encode(Event{"x", time.Date(2023, 1, 2, 3, 4, 5, 6, time.UTC)})
	fmt.Println(err)
	var e Event
	fmt.Println(gob.NewDecoder(&buf).Decode(&e), e.At)
	_, ok := interface{}(time.Time{}).(interface{ MarshalBinary() ([]byte, error) })
	fmt.Println(ok)
	for _, t := range []time.Time{
		time.Date(2020, 5, 6, 7, 8, 9, 10, time.FixedZone("X", 3600)),
		time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2020, 5, 6, 7, 8, 9, 10, time.FixedZone("odd", 3601)),
		time.Unix(1e9, 0),
	} {
		b, err := t.MarshalBinary()
		var u time.Time
		err2 := u.UnmarshalBinary(b)
		fmt.Printf("%x %v %v %v %v\n", b, err, err2, u, u.Equal(t))
	}
	var u time.Time
	fmt.Println(u.UnmarshalBinary(nil), u.UnmarshalBinary([]byte{9}), u.UnmarshalBinary([]byte{1, 2}))
}
