// A struct passed by value is a copy: whatever the callee or anyone else writes while it runs,
// through a pointer, a package variable, a callee or the receiver itself, the two stay apart;
// and go and defer take their arguments when the statement runs.
package main

import "fmt"

type vec struct{ x, y float64 }

type box struct {
	min, max vec
	tags     [2]int
}

var global = vec{1, 2}

func (v vec) add(w vec) vec    { return vec{v.x + w.x, v.y + w.y} }
func (v vec) dot(w vec) float64 { return v.x*w.x + v.y*w.y }
func (v vec) norm2() float64    { return v.dot(v) }

// bump writes its own copy of the receiver.
func (v vec) bump() float64 {
	v.x += 100
	return v.x
}

// viaPointer writes the caller's variable through p while it reads v.
func viaPointer(v vec, p *vec) float64 {
	p.x = 50
	return v.x
}

// viaGlobal writes the package variable the caller passed.
func viaGlobal(v vec) float64 {
	global.x = 60
	return v.x
}

func setX(p *vec, x float64) { p.x = x }

// viaCallee calls a function that writes through a pointer.
func viaCallee(v vec, p *vec) float64 {
	setX(p, 70)
	return v.x
}

func (b box) width() float64 { return b.max.x - b.min.x }

func (b box) grow(p *box) float64 {
	p.max.x += 10
	p.tags[0] = 9
	return b.width() + float64(b.tags[0])
}

func depth(v vec, n int) float64 {
	if n == 0 {
		return v.x
	}
	return depth(v, n-1)
}

func show(label string, v vec) { fmt.Println(label, v.x, v.y) }

func main() {
	a := vec{1, 1}
	b := vec{2, 3}
	fmt.Println("add", a.add(b), "norm2", b.norm2())
	fmt.Println("bump", a.bump(), a.x)
	fmt.Println("pointer", viaPointer(a, &a), a.x)
	fmt.Println("global", viaGlobal(global), global.x)
	c := vec{5, 5}
	fmt.Println("callee", viaCallee(c, &c), c.x)
	bx := box{vec{0, 0}, vec{4, 4}, [2]int{1, 2}}
	fmt.Println("grow", bx.grow(&bx), bx.width(), bx.tags[0])
	vs := []vec{{7, 7}}
	fmt.Println("depth", depth(vs[0], 3))
	p := &vs[0]
	fmt.Println("deref", p.norm2(), (*p).add(vec{1, 1}))
	d := vec{8, 8}
	defer show("deferred", d)
	d.x = 80
	done := make(chan bool)
	go func(v vec) {
		show("goroutine", v)
		done <- true
	}(d)
	<-done
	d.x = 800
}
