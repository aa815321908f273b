// Pointers to variables, struct fields and slice/array elements: writes
// through the pointer are visible in the original; new() and composite
// literal addresses.
package main

import "fmt"

type node struct {
	val  int
	next *node
}

func incr(p *int) { *p++ }

func main() {
	x := 1
	p := &x
	incr(p)
	*p *= 10
	fmt.Println(x, *p, p == &x)
	n := node{val: 5}
	vp := &n.val
	*vp = 6
	fmt.Println(n.val)
	arr := [3]int{1, 2, 3}
	ep := &arr[1]
	*ep = 20
	fmt.Println(arr)
	s := []int{7, 8, 9}
	sp := &s[2]
	s[2] = 90
	fmt.Println(*sp)
	s = append(s, 10)
	s[2] = 900
	fmt.Println(*sp, s[2])
	var list *node
	for i := 3; i > 0; i-- {
		list = &node{i, list}
	}
	for q := list; q != nil; q = q.next {
		fmt.Print(q.val, " ")
	}
	fmt.Println()
	q := new(int)
	fmt.Println(*q)
	pp := &p
	**pp = 77
	fmt.Println(x)
	var np *node
	fmt.Println(np == nil, list.next.next.next == nil)
}
