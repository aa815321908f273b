// Decoder.Token: walking a document token by token (Delim, string keys, float64 or Number,
// bool, nil), mixing Token with Decode for array elements and object values, More inside
// arrays and objects, and the errors for a token out of place.
package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

type Pair struct {
	K string
	V int
}

func walk(src string, useNumber bool) {
	dec := json.NewDecoder(strings.NewReader(src))
	if useNumber {
		dec.UseNumber()
	}
	for {
		t, err := dec.Token()
		if err == io.EOF {
			fmt.Println("  EOF")
			return
		}
		if err != nil {
			fmt.Printf("  error %T: %v\n", err, err)
			return
		}
		fmt.Printf("  %T %v (more=%v)\n", t, t, dec.More())
	}
}

func main() {
	walk(`{"name": "gort", "tags": ["a", "b"], "n": 1.5, "ok": true, "nil": null, "obj": {}, "arr": [[]]}`, false)
	walk(`[1, 20000000000000000001] "top" 3`, true)
	walk(`[1 2]`, false)
	walk(`{"a" 1}`, false)
	walk(`{"a": 1 "b": 2}`, false)
	walk(`]`, false)
	walk(`{1: 2}`, false)
	walk(`[1,]`, false)

	// Stream an array of objects: Token for the brackets, Decode for each element.
	dec := json.NewDecoder(strings.NewReader(` [ {"K": "x", "V": 1}, {"K": "y", "V": 2} , {"K": "z", "V": 3} ] `))
	t, err := dec.Token()
	fmt.Println(t, err)
	for dec.More() {
		var p Pair
		if err := dec.Decode(&p); err != nil {
			fmt.Println("decode:", err)
			break
		}
		fmt.Printf("%+v\n", p)
	}
	t, err = dec.Token()
	fmt.Println(t, err)
	t, err = dec.Token()
	fmt.Println(t, err)

	// Object members: Token for the key, Decode for the value.
	dec = json.NewDecoder(strings.NewReader(`{"first": {"K": "a", "V": 10}, "second": [1, 2, 3], "third": "s"}`))
	dec.Token()
	for dec.More() {
		key, _ := dec.Token()
		var v interface{}
		err := dec.Decode(&v)
		fmt.Printf("%v = %v (%v)\n", key, v, err)
	}
	fmt.Println(dec.Token())

	// Decode where a key is expected.
	dec = json.NewDecoder(strings.NewReader(`{"a": 1}`))
	dec.Token()
	var v interface{}
	err = dec.Decode(&v)
	fmt.Printf("%T %v\n", err, err)
	fmt.Println(json.Delim('{'), json.Delim(']').String())
}
