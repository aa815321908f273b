// Methods with value and pointer receivers: value receivers get a copy,
// pointer receivers modify the original, and addressable values call
// pointer methods through automatic &.
package main

import "fmt"

type Counter struct{ n int }

func (c Counter) Get() int    { return c.n }
func (c Counter) IncCopy()    { c.n++ }
func (c *Counter) Inc()       { c.n++ }
func (c *Counter) Add(k int) *Counter { c.n += k; return c }

type Celsius float64

func (c Celsius) F() float64 { return float64(c)*9/5 + 32 }

type list []int

func (l list) Sum() (s int) {
	for _, v := range l {
		s += v
	}
	return
}

func (l *list) Push(v int) { *l = append(*l, v) }

func main() {
	var c Counter
	c.IncCopy()
	fmt.Println(c.Get())
	c.Inc()
	c.Add(5).Add(10)
	fmt.Println(c.Get())
	p := &c
	p.IncCopy()
	fmt.Println(p.Get())
	fmt.Println(Celsius(100).F(), Celsius(-40).F())
	var l list
	l.Push(1)
	l.Push(2)
	l.Push(39)
	fmt.Println(l, l.Sum())
	cs := []Counter{{1}, {2}}
	for _, x := range cs {
		x.Inc()
	}
	for i := range cs {
		cs[i].Inc()
	}
	fmt.Println(cs)
}
