// Marshal and MarshalIndent: struct tags, omitempty, ",string", embedded structs and their
// promoted fields, maps with string/int/TextMarshaler keys, slices, arrays, []byte, pointers,
// interfaces, float formatting, string escaping, custom marshalers and the errors.
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strings"
)

type Base struct {
	ID      int    `json:"id"`
	Created string `json:"created,omitempty"`
	Hidden  bool   `json:"-"`
	Dash    int    `json:"-,"`
}

type Meta struct {
	Tags  []string
	Score float64 `json:"score"`
}

type Item struct {
	Base
	*Meta
	Name     string         `json:"name"`
	Price    float64        `json:"price,string"`
	Count    int            `json:",omitempty"`
	Note     *string        `json:"note,omitempty"`
	Attrs    map[string]int `json:"attrs,omitempty"`
	Raw      []byte         `json:"raw"`
	Any      interface{}    `json:"any"`
	private  int
	Nums     [3]int8
	Children []*Item        `json:"children,omitempty"`
	Props    map[int]string `json:"props,omitempty"`
}

// Two embedded structs at the same depth: their common untagged field X disappears, the
// tagged Y wins, the shallower Z wins.
type L1 struct {
	X int
	Y int `json:"Y"`
}
type L2 struct {
	X int
	Y int
	Z int
}
type Deep struct{ L2 }
type Conflict struct {
	L1
	Deep
	Z string
}

type Celsius float64

func (c Celsius) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(` { "celsius" : %.1f } `, float64(c))), nil
}

type Color struct{ R, G, B uint8 }

func (c Color) MarshalText() ([]byte, error) {
	return []byte(fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B)), nil
}

type PtrM struct{ N int }

func (p *PtrM) MarshalJSON() ([]byte, error) { return []byte(fmt.Sprintf(`"ptr-%d"`, p.N)), nil }

type Bad struct{}

func (Bad) MarshalJSON() ([]byte, error) { return []byte(`{bad}`), nil }

type Failing struct{}

func (Failing) MarshalJSON() ([]byte, error) { return nil, errors.New("boom") }

type FailText struct{}

func (FailText) MarshalText() ([]byte, error) { return nil, errors.New("no text") }

func show(v interface{}) {
	b, err := json.Marshal(v)
	if err != nil {
		fmt.Printf("error %T: %v\n", err, err)
		return
	}
	fmt.Println(string(b))
}

func main() {
	note := "a \"quoted\" note"
	it := Item{
		Base:  Base{ID: 7, Hidden: true, Dash: 3},
		Meta:  &Meta{Tags: []string{"x", "y"}, Score: 0.5},
		Name:  "widget <b>&</b>",
		Price: 12.25,
		Note:  &note,
		Attrs: map[string]int{"b": 2, "a": 1, "c": 3},
		Raw:   []byte("hello, world"),
		Any:   []interface{}{1, "two", 3.0, nil, true, map[string]interface{}{"k": "v"}},
		Nums:  [3]int8{-1, 0, 1},
		Props: map[int]string{10: "ten", -2: "minus two", 3: "three"},
	}
	it.Children = []*Item{{Name: "child"}}
	show(it)
	b, _ := json.MarshalIndent(it, "> ", "  ")
	fmt.Println(string(b))

	show(Conflict{L1{1, 2}, Deep{L2{3, 4, 5}}, "z"})

	// Scalars and floats.
	for _, f := range []float64{0, 1, -1.5, 1e20, 1e21, 123456789, 1e-6, 1e-7, 0.000001234, 3.141592653589793, 1e100, -2.5e-10, math.MaxFloat64, math.SmallestNonzeroFloat64} {
		show(f)
	}
	show(float32(3.14))
	show(float32(1e-7))
	show(float32(1e21))
	show(uint64(math.MaxUint64))
	show(int64(math.MinInt64))
	show(true)
	show(nil)
	show("plain")
	show("tab\there\nnewline \\ slash / <script> & 'q' \x01 \x7f é 日本 \u2028 \u2029 \xff bad")
	show([]int(nil))
	show([]int{})
	show(map[string]int(nil))
	show([]byte(nil))
	show([]byte{})
	show([2]bool{true, false})
	var np *Item
	show(np)
	show(struct{}{})
	show(struct {
		A, B int    `json:",string"`
		S    string `json:"s,string"`
		F    bool   `json:"f,string"`
	}{1, -2, "str", true})

	// Marshalers.
	show(Celsius(21.5))
	show([]Celsius{1, 2})
	show(Color{255, 128, 0})
	show(map[Color]int{{1, 2, 3}: 1, {0, 0, 0}: 2})
	show(PtrM{5})
	show(&PtrM{6})
	show([]PtrM{{7}})
	show(struct{ P PtrM }{PtrM{8}})
	show(&struct{ P PtrM }{PtrM{9}})
	show(json.RawMessage(`{"pre":"encoded"}`))
	show(struct {
		R json.RawMessage
		N json.Number
		E json.Number
	}{json.RawMessage(`[1, 2]`), json.Number("12.5e3"), ""})

	// Errors.
	show(make(chan int))
	show(map[string]interface{}{"f": func() {}})
	show(math.NaN())
	show(math.Inf(-1))
	show(map[[2]int]int{{1, 2}: 3})
	show(Bad{})
	show(Failing{})
	show(FailText{})
	show(json.Number("1.2.3"))
	_, err := json.Marshal(Failing{})
	var me *json.MarshalerError
	fmt.Println(errors.As(err, &me), errors.Unwrap(err))

	// Indent, Compact, HTMLEscape, Valid.
	var sb strings.Builder
	for _, src := range []string{`{"a":[1,2,{"b":null}],"c":{},"d":[]}`, `  [ 1 , "x y" ]  `, `{"a":}`} {
		var out bytesBuffer
		err := json.Indent(&out.Buffer, []byte(src), "", "\t")
		sb.WriteString(fmt.Sprintf("indent %q: %q %v\n", src, out.String(), err))
		var c bytesBuffer
		err = json.Compact(&c.Buffer, []byte(src))
		sb.WriteString(fmt.Sprintf("compact: %q %v\n", c.String(), err))
	}
	fmt.Print(sb.String())
	var h bytesBuffer
	json.HTMLEscape(&h.Buffer, []byte(`{"html":"<a href='x'>&amp;</a>\u2028"}`))
	fmt.Println(h.String())
	for _, s := range []string{`{}`, `[1,2`, `"\u12"`, `nul`, `1.`, `-`, `{"a" 1}`, ` 0 `, `01`} {
		fmt.Println(s, json.Valid([]byte(s)))
	}
	cycles()
}

type bytesBuffer struct{ bytes.Buffer }

type Node struct {
	Name string
	Next *Node
}

// cycles: Go's encoder notices a pointer, map or slice that contains itself.
func cycles() {
	a := &Node{Name: "a"}
	a.Next = &Node{Name: "b", Next: a}
	show(a)
	m := map[string]interface{}{"k": 1}
	m["self"] = m
	show(m)
	s := []interface{}{1, nil}
	s[1] = s
	show(s)
	shared := &Node{Name: "shared"}
	show([]*Node{shared, shared})
}
