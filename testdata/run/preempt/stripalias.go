// A counter written through parentheses keeps the checked step; a field stored through a
// pointer to it, or through another struct type of the same layout, is read again on every
// iteration of a strip-mined loop.
package main

type A struct {
	n int
	m int
}
type B struct {
	n int
	m int
}

func f1() {
	p := &A{n: 3}
	q := (*B)(p)
	sum := 0
	for i := 0; i < 10; i++ {
		q.n = i
		sum += p.n
	}
	println("f1", sum)
}

func f2() {
	p := &A{n: 3}
	pn := &p.n
	sum := 0
	for i := 0; i < 10; i++ {
		*pn = i
		sum += p.n
	}
	println("f2", sum)
}

func f3() {
	p := &A{n: 3}
	q := (*B)(p)
	b := B{n: 7}
	sum := 0
	for i := 0; i < 10; i++ {
		if i == 5 {
			*q = b
		}
		sum += p.n
	}
	println("f3", sum)
}

func counter() {
	for k := 0; k < 1<<61; k++ {
		if k == 5 {
			(k) = 1 << 60
		} else if k > 1<<59 {
			println("counter", k)
			break
		}
	}
}

func main() {
	f1()
	f2()
	f3()
	counter()
}
