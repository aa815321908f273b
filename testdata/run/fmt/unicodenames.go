// args: ärg "x y"
// env: ÉNV=vàl
// Non-ASCII type, field, method and function names, arguments and environment: the program
// sees them as their UTF-8 bytes (fmt's %T and %+v, os.Args, os.Getenv, a panic's traceback).
package main

import (
	"fmt"
	"os"
)

type Té struct {
	Çhamp int `json:"ç"`
}

func (t Té) Mé() string { return "mé" }

type Iface interface{ Mé() string }

type Other interface{ Nö() }

func héllo() {
	var i interface{} = Té{1}
	fmt.Printf("%T %+v %v %s %q\n", i, i, i.(Iface).Mé(), "→", "\xff")
	fmt.Println(len(os.Args[1]), os.Args[1], len(os.Args[2]))
	fmt.Println(os.Getenv("ÉNV"), len(os.Getenv("ÉNV")))
	_, ok := i.(Other)
	fmt.Println(ok)
	defer func() {
		fmt.Println("recovered:", recover())
		_ = i.(int)
	}()
	_ = i.(Other)
}

func main() {
	héllo()
}
