// The typed atomics carry Go's marker fields (fmt and reflect show them), and an out-of-range
// Month or Weekday prints as a uint64.
package main

import (
	"fmt"
	"reflect"
	"sync/atomic"
	"time"
	"unsafe"
)

type Stats struct {
	Hits atomic.Int64
	On   atomic.Bool
	P    atomic.Pointer[int]
	U    atomic.Uint32
}

func main() {
	var s Stats
	s.Hits.Add(3)
	s.On.Store(true)
	s.U.Add(7)
	fmt.Printf("%v\n%+v\n", s.Hits, &s.On)
	fmt.Printf("%#v\n", atomic.Int32{})
	fmt.Printf("%v %+v\n", s, s)
	fmt.Println(reflect.TypeOf(s.Hits).NumField(), unsafe.Sizeof(s), unsafe.Sizeof(atomic.Int64{}), s.Hits.Load(), s.On.Load(), s.U.Load())
	fmt.Println(time.Weekday(-1), time.Month(-1), time.Weekday(7), time.Month(-13), time.Month(0), time.Month(13))
}
