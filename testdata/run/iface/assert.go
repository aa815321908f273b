// Type assertions with comma-ok never panic: they report whether the
// dynamic type matches a concrete type or implements an interface.
package main

import (
	"fmt"
	"io"
	"strings"
)

type Stringer interface{ String() string }

type ID int

func (i ID) String() string { return fmt.Sprintf("ID(%d)", int(i)) }

func main() {
	vals := []interface{}{1, "s", ID(5), 2.5, nil, strings.NewReader("r")}
	for _, v := range vals {
		n, isInt := v.(int)
		s, isStr := v.(Stringer)
		_, isReader := v.(io.Reader)
		fmt.Println(n, isInt, s, isStr, isReader)
	}
	var st Stringer = ID(9)
	id, ok := st.(ID)
	fmt.Println(id, ok, int(id))
	var r io.Reader = strings.NewReader("xyz")
	if rs, ok := r.(io.ReadSeeker); ok {
		pos, _ := rs.Seek(1, io.SeekStart)
		fmt.Println("seek", pos)
	}
	_, ok = r.(io.Writer)
	fmt.Println(ok)
}
