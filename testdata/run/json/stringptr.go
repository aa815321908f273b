// The ",string" option holds through one unnamed pointer, both ways (a **int is not quoted);
// io.NopCloser keeps its reader's WriteTo, and a MultiReader has one, as in Go 1.19.
package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
)

type PB *bool

type T struct {
	N  *bool    `json:",string"`
	I  *int     `json:",string"`
	S  *string  `json:",string"`
	F  *float64 `json:",string,omitempty"`
	NP PB       `json:",string"`
	PP **int    `json:",string"`
	Z  *int     `json:",string"`
}

func main() {
	b, i, s := true, 5, "x"
	ip := &i
	out, err := json.Marshal(T{N: &b, I: &i, S: &s, NP: &b, PP: &ip})
	fmt.Println(string(out), err)
	var t T
	err = json.Unmarshal([]byte(`{"N":"false","I":"7","S":"\"y\"","F":"1.5","Z":null,"PP":"3"}`), &t)
	fmt.Println(err, *t.N, *t.I, *t.S, *t.F, t.Z == nil)
	err = json.Unmarshal([]byte(`{"I":8}`), &t)
	fmt.Println(err)
	_, ok := io.NopCloser(strings.NewReader("q")).(io.WriterTo)
	_, ok2 := io.NopCloser(io.MultiReader()).(io.WriterTo)
	fmt.Println(ok, ok2)
	io.Copy(os.Stdout, io.NopCloser(strings.NewReader("copied\n")))
}
