// A struct type that holds another by value whose fields point back to it: their type
// descriptors must be built in an order where each exists before a struct that holds it.
package main

import "fmt"

var blank common

type common struct {
	name   string
	parent *common
	subs   []*T
	flags  *options
}

type options struct {
	level int
	span  window
}

type T struct {
	common
	parallel bool
}

type window struct {
	from, to int
}

func main() {
	root := &T{common: common{name: "root", flags: &options{level: 1, span: window{2, 3}}}}
	child := &T{common: common{name: "child", parent: &root.common}}
	root.subs = append(root.subs, child)
	var x any = *child
	fmt.Println(root.name, len(root.subs), root.subs[0].parent.name, root.flags.span.to)
	fmt.Printf("%+v\n", x.(T).common.name)
	fmt.Println(blank.name == "", blank.flags == nil)
}
