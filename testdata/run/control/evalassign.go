// Evaluation order in assignments, returns and declarations: the calls of the right side are
// made before the left side's index and pointer operands are read, op= reads its left side
// after the right side's calls, and a map key is read late unless the map has no fast routine.
package main

import "fmt"

type cell struct{ v int }

func pairRet() (a, b int) {
	x := 1
	f := func() int { x = 2; return 3 }
	return x, f()
}

func results(p *int, f func() int) (int, int) { return *p, f() }

func main() {
	x := 1
	bump := func() int { x++; return 10 }

	// Index and pointer operands on the left.
	a := []int{0, 0, 0}
	i := 0
	seti := func() int { i = 2; return 7 }
	a[i] = seti()
	fmt.Println("index store:", a)
	i = 0
	a = []int{0, 0, 0}
	var b int
	a[i], b = seti(), x
	fmt.Println("multi store:", a, b)
	i = 0
	a = []int{0, 0, 0}
	tup := func() (int, bool) { i = 1; return 5, true }
	a[i], _ = tup()
	fmt.Println("tuple store:", a)
	var arr [3]int
	i = 0
	arr[i] = seti()
	fmt.Println("array store:", arr)
	p := &cell{1}
	q := p
	p.v = func() int { p = &cell{100}; return 5 }()
	fmt.Println("pointer store:", p.v, q.v)

	// Map keys: fast maps (int, string keys) read the key late, others copy it first.
	mi := map[int]int{}
	k := 1
	mi[k] = func() int { k = 2; return 5 }()
	ms := map[string]int{}
	ks := "a"
	ms[ks] = func() int { ks = "b"; return 5 }()
	ma := map[[2]int]int{}
	ka := [2]int{1, 1}
	ma[ka] = func() int { ka = [2]int{2, 2}; return 5 }()
	mf := map[float64]int{}
	kf := 1.5
	mf[kf] = func() int { kf = 2.5; return 5 }()
	fmt.Println("map keys:", mi, ms, ma, mf)

	// op= reads the left side after the right side's calls.
	x = 1
	x += bump()
	fmt.Println("op=:", x)
	s := []int{1, 1}
	j := 0
	s[j] += func() int { j = 1; return 10 }()
	fmt.Println("op= index:", s)
	m := map[string]int{"a": 10}
	m["a"] += func() int { m["a"] = 20; return 1 }()
	fmt.Println("op= map:", m)
	p = &cell{1}
	q = p
	p.v += func() int { p = &cell{100}; return 1 }()
	fmt.Println("op= pointer:", p.v, q.v)

	// Short variable declarations read late; a var declaration assigns left to right.
	x = 1
	v1, v2 := x, bump()
	fmt.Println(":=:", v1, v2)
	x = 1
	var v3, v4 = x, bump()
	fmt.Println("var:", v3, v4)
	x = 1
	var v5 = x + bump()
	fmt.Println("var one:", v5)
	x = 1
	x, y := x+bump(), x
	fmt.Println("swap:", x, y)

	// Returns.
	fmt.Println(pairRet())
	x = 1
	fmt.Println(results(&x, bump))
	var e any
	x = 1
	e = x + bump()
	fmt.Println("iface assign:", e)
}
