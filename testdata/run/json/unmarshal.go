// Unmarshal into structs (exact and case-insensitive keys, embedded, ",string"), maps with
// string/int/TextUnmarshaler keys, slices, arrays, pointers, interface{}, Number, RawMessage
// and custom unmarshalers, and the errors: syntax, type (with the field path), invalid target.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

type Inner struct {
	V int
	W []string
}

type Embedded struct {
	Level int `json:"level"`
}

type Record struct {
	Embedded
	Name    string           `json:"name"`
	Age     int              `json:"age,omitempty"`
	Ratio   float32          `json:"ratio"`
	Inner   Inner            `json:"inner"`
	PInner  *Inner           `json:"pinner"`
	Tags    []string         `json:"tags"`
	Grid    [2][2]int        `json:"grid"`
	Counts  map[string]int   `json:"counts"`
	ByID    map[int64]string `json:"by_id"`
	Any     interface{}      `json:"any"`
	Big     json.Number      `json:"big"`
	Raw     json.RawMessage  `json:"raw"`
	Quoted  int64            `json:"quoted,string"`
	Skip    string           `json:"-"`
	Bytes   []byte           `json:"bytes"`
	Small   uint8            `json:"small"`
	private string
}

type Upper string

func (u *Upper) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("upper: %w", err)
	}
	*u = Upper(strings.ToUpper(s))
	return nil
}

type Point struct{ X, Y int }

func (p *Point) UnmarshalText(b []byte) error {
	_, err := fmt.Sscanf(string(b), "%d,%d", &p.X, &p.Y)
	return err
}

type Custom struct {
	U    Upper
	P    Point
	PP   *Point
	Keys map[Point]string
	S    *Strict
}

func (c Custom) String() string {
	s := fmt.Sprintf("U=%s P=%+v Keys=%v", c.U, c.P, c.Keys)
	if c.PP != nil {
		s += fmt.Sprintf(" PP=%+v", *c.PP)
	}
	if c.S != nil {
		s += fmt.Sprintf(" S=%+v", *c.S)
	}
	return s
}

type Strict struct {
	A int
}

func (s *Strict) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		return errors.New("strict: null not allowed")
	}
	type plain Strict
	return json.Unmarshal(b, (*plain)(s))
}

func try(src string, v interface{}) {
	err := json.Unmarshal([]byte(src), v)
	if err != nil {
		fmt.Printf("%-40q -> %T: %v\n", src, err, err)
		if se, ok := err.(*json.SyntaxError); ok {
			fmt.Println("   offset", se.Offset)
		}
		if te, ok := err.(*json.UnmarshalTypeError); ok {
			fmt.Println("   value", te.Value, "type", te.Type, "offset", te.Offset, "struct", te.Struct, "field", te.Field)
		}
	}
	fmt.Printf("%-40q => %+v\n", src, deref(v))
}

func deref(v interface{}) interface{} {
	switch p := v.(type) {
	case *int:
		return *p
	case *string:
		return *p
	case *interface{}:
		return *p
	case *[]int:
		return *p
	case *map[string]int:
		return *p
	case *Record:
		if p == nil {
			return "nil *Record"
		}
		q := *p
		q.PInner = nil
		return q
	case *Custom:
		return p.String()
	case *float64:
		return *p
	case *[3]int:
		return *p
	case **int:
		if *p == nil {
			return "nil *int"
		}
		return **p
	}
	return v
}

func main() {
	src := `{
		"level": 3,
		"NAME": "Ada",
		"age": 36,
		"ratio": 0.25,
		"inner": {"v": 9, "w": ["a", "b"]},
		"pinner": {"V": 10},
		"tags": ["x", "y", "z"],
		"grid": [[1, 2], [3, 4, 5]],
		"counts": {"a": 1, "b": 2},
		"by_id": {"10": "ten", "-3": "minus"},
		"any": {"list": [1, 2.5, "s", false, null], "obj": {"k": {}}},
		"big": 123456789012345678901234567890,
		"raw": { "keep" : [ 1,2 ] },
		"quoted": "42",
		"Skip": "ignored",
		"bytes": "aGk=",
		"small": 255,
		"private": "no",
		"unknown": [1, {"deep": true}]
	}`
	var r Record
	if err := json.Unmarshal([]byte(src), &r); err != nil {
		fmt.Println("error:", err)
	}
	p := r.PInner
	r.PInner = nil
	fmt.Printf("%+v\n", r)
	fmt.Printf("%+v %s %s %s\n", *p, r.Raw, r.Bytes, r.Big)
	f, _ := r.Big.Float64()
	_, ierr := r.Big.Int64()
	fmt.Println(f, ierr)

	// Merging into existing values; null leaves non-pointers alone.
	r2 := Record{Name: "keep", Tags: []string{"old1", "old2", "old3"}, Counts: map[string]int{"z": 26}}
	try(`{"tags": ["new"], "counts": {"a": 1}, "name": null, "pinner": null}`, &r2)
	fmt.Println(len(r2.Tags), r2.Tags, r2.Counts, r2.PInner == nil)

	// interface{} results and UseNumber.
	var x interface{}
	try(`[1, -0.5, 1e3, "s\u00e9\ud83d\ude00", true, null, {"b": [], "a": {}}]`, &x)
	for _, e := range x.([]interface{}) {
		fmt.Printf("%T ", e)
	}
	fmt.Println()
	d := json.NewDecoder(strings.NewReader(`{"n": 12345678901234567890, "f": 1.5}`))
	d.UseNumber()
	var m map[string]interface{}
	fmt.Println(d.Decode(&m), m, fmt.Sprintf("%T", m["n"]))

	// Scalars, pointers and strings.
	var i int
	var s string
	var fl float64
	var pi *int
	var arr [3]int
	var sl []int
	try(`  42 `, &i)
	try(`"tab\t\"q\" \u00e9 \ud800 x"`, &s)
	try("\"bad \xff utf8\"", &s)
	try(`-1.25e2`, &fl)
	try(`7`, &pi)
	try(`null`, &pi)
	try(`[1,2,3,4]`, &arr)
	try(`[9]`, &arr)
	try(`[]`, &sl)
	try(`null`, &sl)

	// Custom unmarshalers.
	var u Custom
	try(`{"U": "shout", "P": "3,4", "PP": "5,6", "Keys": {"1,2": "a", "7,8": "b"}, "S": {"A": 1}}`, &u)
	try(`{"U": 5}`, &u)
	try(`{"S": null}`, &u)
	try(`{"P": 12}`, &u)

	// Type errors: the first is returned, decoding goes on.
	var r3 Record
	try(`{"age": "old", "name": "still set"}`, &r3)
	fmt.Println(r3.Name)
	try(`{"inner": {"v": "nine"}}`, &r3)
	try(`{"inner": {"w": [1]}}`, &r3)
	try(`{"tags": {"a": 1}}`, &r3)
	try(`{"counts": {"a": "1"}}`, &r3)
	try(`{"small": 256}`, &r3)
	try(`{"small": -1}`, &r3)
	try(`{"by_id": {"x": "y"}}`, &r3)
	try(`{"quoted": 42}`, &r3)
	try(`{"quoted": "abc"}`, &r3)
	try(`{"bytes": "!!!"}`, &r3)
	try(`{"big": "12x"}`, &r3)
	try(`"str"`, &i)
	try(`1.5`, &i)
	try(`true`, &s)
	try(`{}`, &sl)
	try(`[1]`, &s)
	try(`1e400`, &fl)

	// Syntax errors.
	for _, bad := range []string{``, `   `, `{`, `{"a":1,}`, `[1,,2]`, `{"a" 1}`, `{1:2}`, `tru`, `trux`, `nul!`, `01`, `1.`, `1e`, `-x`, `"abc`, "\"a\x01\"", `"\x"`, `"\u12G4"`, `[1] x`, `{"a":1}}`, `@`} {
		try(bad, &x)
	}

	// Invalid targets.
	var rp *Record
	try(`{}`, rp)
	var notPtr interface{} = Record{}
	try(`{}`, notPtr)
	try(`{}`, nil)
	var noTarget interface{}
	fmt.Println(json.Unmarshal([]byte(`{`), noTarget))

	// Unknown fields.
	dec := json.NewDecoder(strings.NewReader(`{"name": "x", "extra": 1}`))
	dec.DisallowUnknownFields()
	var r4 Record
	err := dec.Decode(&r4)
	fmt.Printf("%T: %v (%q)\n", err, err, r4.Name)
}
