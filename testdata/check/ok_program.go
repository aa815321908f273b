package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (c *Circle) Area() float64   { return 3.14159 * c.R * c.R }
func (c *Circle) Perimeter() float64 {
	return 2 * 3.14159 * c.R
}

type byArea []Shape

func (a byArea) Len() int           { return len(a) }
func (a byArea) Less(i, j int) bool { return a[i].Area() < a[j].Area() }
func (a byArea) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

const (
	A = iota * 10
	B
	C
	_
	E
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
)

func (d Weekday) String() string { return [...]string{"Sun", "Mon"}[d] }

var errNeg = errors.New("negative")

func sqrt(x float64) (float64, error) {
	if x < 0 {
		return 0, errNeg
	}
	z := 1.0
	for i := 0; i < 10; i++ {
		z -= (z*z - x) / (2 * z)
	}
	return z, nil
}

type Node struct {
	val         int
	left, right *Node
}

func (n *Node) Insert(v int) *Node {
	if n == nil {
		return &Node{val: v}
	}
	if v < n.val {
		n.left = n.left.Insert(v)
	} else {
		n.right = n.right.Insert(v)
	}
	return n
}

func (n *Node) Walk(f func(int)) {
	if n == nil {
		return
	}
	n.left.Walk(f)
	f(n.val)
	n.right.Walk(f)
}

var total = compute()

func compute() int { return A + B + C + E }

func main() {
	shapes := []Shape{Rect{3, 4}, &Circle{1}, Rect{W: 1, H: 2}}
	sort.Sort(byArea(shapes))
	for i, s := range shapes {
		fmt.Printf("%d %T %.2f %.2f\n", i, s, s.Area(), s.Perimeter())
	}
	m := map[string]int{"a": 1, "b": 2}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(strings.Join(keys, ","), total, Monday)
	if v, err := sqrt(2); err == nil {
		fmt.Println(v)
	}
	_, err := sqrt(-1)
	fmt.Println(err)
	var root *Node
	for _, v := range []int{5, 3, 8, 1} {
		root = root.Insert(v)
	}
	sum := 0
	root.Walk(func(v int) { sum += v })
	fmt.Println(sum)
	ch := make(chan int, 3)
	done := make(chan struct{})
	go func() {
		defer close(done)
		for v := range ch {
			fmt.Println("got", v)
		}
	}()
	for i := 0; i < 3; i++ {
		ch <- i
	}
	close(ch)
	<-done
	var x interface{} = 3
	switch v := x.(type) {
	case int:
		fmt.Println("int", v+1)
	case string, error:
		fmt.Println("other", v)
	default:
		_ = v
	}
	select {
	case v, ok := <-ch:
		fmt.Println(v, ok)
	default:
	}
	b := []byte("hello")
	b = append(b, " world"...)
	n := copy(b, "J")
	fmt.Println(string(b), n, len("abc"), cap(b) > 0)
	arr := [...]int{1, 2, 3, 9: 10}
	fmt.Println(len(arr), arr[9])
	var p *Rect = &Rect{1, 2}
	f := p.Area
	g := Rect.Perimeter
	h := (*Circle).Area
	fmt.Println(f(), g(*p), h(&Circle{2}))
	r := []rune("héllo")
	fmt.Println(len(r), string(r[1]), string(rune(65)))
	const big = 1 << 62
	var u8 uint8 = 255
	u8++
	fmt.Println(big>>60, u8, 7/2, 7.0/2, -7%3, 1e3)
	type local struct{ a, b int }
	l := local{1, 2}
	l.a += l.b
	fmt.Println(l)
	func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("recovered", r)
			}
		}()
		panic("boom")
	}()
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
		}
	}
	var iface fmt.Stringer = Monday
	fmt.Println(iface.String())
	println("done", complex(1, 2), real(3i))
}
