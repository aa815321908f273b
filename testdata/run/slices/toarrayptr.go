// Converting a slice to an array pointer when the slice is only part of its backing array: the
// pointer aliases the slice's elements (writes through either show in the other), pointers to
// the same elements compare equal however they were taken, and %p agrees with &s[i].
package main

import (
	"fmt"
	"reflect"
)

type pair struct{ a, b int }

func main() {
	buf := make([]byte, 6, 16)
	for i := range buf {
		buf[i] = byte('a' + i)
	}
	p := (*[4]byte)(buf[1:])
	p[0] = 'X'
	buf[4] = 'Y'
	fmt.Println(string(buf), string(p[:]), len(p), cap(p[:2]))
	fmt.Println(&p[0] == &buf[1], &p[3] == &buf[4], &p[1] == &buf[1])
	fmt.Println(p == (*[4]byte)(buf[1:5]), p == (*[4]byte)(buf[1:]), fmt.Sprintf("%p", p) == fmt.Sprintf("%p", &buf[1]))
	arr := *p
	arr[0] = 'Z'
	fmt.Println(string(arr[:]), string(p[:]))
	*p = [4]byte{'1', '2', '3', '4'}
	fmt.Println(string(buf))
	sum := 0
	for i, c := range p {
		sum += i * int(c)
	}
	fmt.Println(sum)

	ps := []pair{{1, 2}, {3, 4}, {5, 6}, {7, 8}}
	q := (*[2]pair)(ps[2:])
	q[1].a = 70
	ps[2].b = 60
	fmt.Println(ps, *q, &q[0] == &ps[2])

	words := make([]string, 3, 8)
	w := reflect.ValueOf(words[1:]).Convert(reflect.TypeOf((*[2]string)(nil))).Interface().(*[2]string)
	w[1] = "last"
	fmt.Printf("%q %v\n", words, &w[0] == &words[1])

	defer func() { fmt.Println("recovered:", recover()) }()
	_ = (*[5]byte)(buf[3:])
}
