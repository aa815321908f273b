// Go 1.19 has one iteration variable per range loop: a struct or array one whose address is
// taken keeps its storage, so pointers, pointer-method values and deferred pointer-method
// calls taken in earlier iterations all see the last value (the classic &v bug).
package main

import "fmt"

type S struct{ v int }

func (s *S) Show() { fmt.Print(s.v, " ") }

type closer struct{ name string }

func (c *closer) Close() { fmt.Print("close ", c.name, "; ") }

func main() {
	var ps []*S
	var shows []func()
	for _, s := range []S{{1}, {2}, {3}} {
		ps = append(ps, &s)
		shows = append(shows, s.Show)
	}
	fmt.Println(ps[0].v, ps[1].v, ps[2].v, ps[0] == ps[2])
	for _, f := range shows {
		f()
	}
	fmt.Println()
	var as []*[1]int
	for _, a := range [][1]int{{1}, {2}} {
		as = append(as, &a)
	}
	fmt.Println(as[0][0], as[1][0])
	idx := map[string]*S{}
	for i, e := range []S{{10}, {20}} {
		idx[fmt.Sprint(i)] = &e
	}
	fmt.Println(idx["0"].v, idx["1"].v)
	func() {
		for _, c := range []closer{{"a"}, {"b"}} {
			defer c.Close()
		}
	}()
	fmt.Println()
	ch := make(chan S, 2)
	ch <- S{7}
	ch <- S{8}
	close(ch)
	var cs []*S
	for s := range ch {
		cs = append(cs, &s)
	}
	fmt.Println(cs[0].v, cs[1].v)
	m := map[int]S{1: {5}}
	for _, s := range m {
		p := &s
		p.v = 6
	}
	fmt.Println(m[1].v)
}
