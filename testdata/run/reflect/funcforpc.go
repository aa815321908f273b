// runtime.FuncForPC of reflect's Value.Pointer names the function a func value runs.
package main

import (
	"fmt"
	"reflect"
	"runtime"
	"strings"
)

type T struct{}

func (T) M()     {}
func top(x int) int { return x }
func gen(c chan int) { c <- 1 }

func name(f any) string {
	p := reflect.ValueOf(f).Pointer()
	fn := runtime.FuncForPC(p)
	if fn == nil {
		return "<nil>"
	}
	file, line := fn.FileLine(fn.Entry())
	return fmt.Sprintf("%s %s:%d %v", fn.Name(), file[strings.LastIndex(file, "/")+1:], line, fn.Entry() == p)
}

func main() {
	k := 2
	fmt.Println(name(top))
	fmt.Println(name(gen))
	fmt.Println(name(func() {}))
	fmt.Println(name(func() int { return k }))
	fmt.Println(name(func(c chan int) { c <- k }))
	fmt.Println(name(T.M))
	var fs []func() int
	for i := 0; i < 2; i++ {
		fs = append(fs, func() int { return i })
	}
	fmt.Println(name(fs[0]), reflect.ValueOf(fs[0]).Pointer() == reflect.ValueOf(fs[1]).Pointer())
}
