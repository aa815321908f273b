// reflect.Value: reading and setting basic kinds, Convert, slices (Index, Slice, Append,
// MakeSlice, SetLen, Copy, Swapper), maps (MapIndex, MapKeys sorted, MapRange, SetMapIndex and
// delete), Zero, New, Indirect, IsNil, IsZero, Interface round trips, channels, and Call of
// funcs, variadic funcs, methods (by index, by name, through an interface) and MakeFunc.
package main

import (
	"errors"
	"fmt"
	"reflect"
	"sort"
	"strings"
)

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f deg", float64(t)) }

type Counter struct{ N int }

func (c *Counter) Add(d int) int { c.N += d; return c.N }
func (c Counter) Get() int        { return c.N }

type Greeter interface{ Greet(string) string }
type english struct{}

func (english) Greet(name string) string { return "hello, " + name }

func sum(base int, xs ...int) (int, error) {
	for _, x := range xs {
		base += x
	}
	if base < 0 {
		return base, errors.New("negative")
	}
	return base, nil
}

func main() {
	fmt.Println("-- basic kinds")
	x := 3
	v := reflect.ValueOf(&x).Elem()
	v.SetInt(-7)
	fmt.Println(x, v.Int(), v.Kind(), v.Type(), v.CanSet(), v.CanAddr())
	var i8 int8
	reflect.ValueOf(&i8).Elem().SetInt(300)
	var u16 uint16
	reflect.ValueOf(&u16).Elem().SetUint(70000)
	var f32 float32
	reflect.ValueOf(&f32).Elem().SetFloat(1.0 / 3)
	var c64 complex64
	reflect.ValueOf(&c64).Elem().SetComplex(complex(1.0/3, -2))
	var s string
	reflect.ValueOf(&s).Elem().SetString("set")
	var b bool
	reflect.ValueOf(&b).Elem().SetBool(true)
	var big uint64
	reflect.ValueOf(&big).Elem().SetUint(1<<64 - 1)
	fmt.Println(i8, u16, f32, c64, s, b, big, reflect.ValueOf(big).Uint())
	fmt.Println(reflect.ValueOf(int8(0)).OverflowInt(128), reflect.ValueOf(int8(0)).OverflowInt(-128),
		reflect.ValueOf(uint8(0)).OverflowUint(256), reflect.ValueOf(float32(0)).OverflowFloat(1e39),
		reflect.ValueOf(int64(0)).OverflowInt(1<<62))
	fmt.Println(reflect.ValueOf(Temp(21.5)).Float(), reflect.ValueOf(Temp(21.5)), reflect.ValueOf(2+3i).Complex())
	fmt.Println(reflect.ValueOf(3).CanInt(), reflect.ValueOf(3).CanUint(), reflect.ValueOf(3.5).CanFloat(), reflect.ValueOf(1i).CanComplex())

	fmt.Println("-- convert")
	fmt.Println(reflect.ValueOf(65).Convert(reflect.TypeOf("")), reflect.ValueOf(-1).Convert(reflect.TypeOf(uint8(0))),
		reflect.ValueOf(3.99).Convert(reflect.TypeOf(0)), reflect.ValueOf(300).Convert(reflect.TypeOf(int8(0))),
		reflect.ValueOf("héllo").Convert(reflect.TypeOf([]rune{})), reflect.ValueOf([]byte("hi")).Convert(reflect.TypeOf("")),
		reflect.ValueOf(12.5).Convert(reflect.TypeOf(Temp(0))), reflect.ValueOf(1<<40).Convert(reflect.TypeOf(float32(0))),
		reflect.ValueOf(Temp(3)).Convert(reflect.TypeOf((*fmt.Stringer)(nil)).Elem()).Type())
	arr := reflect.ValueOf([]int{1, 2}).Convert(reflect.TypeOf(&[2]int{})).Interface().(*[2]int)
	fmt.Println(*arr, reflect.ValueOf([]int{1}).CanConvert(reflect.TypeOf(&[2]int{})), reflect.ValueOf("x").CanConvert(reflect.TypeOf(0)))

	fmt.Println("-- slices")
	sl := []string{"a", "b", "c", "d"}
	sv := reflect.ValueOf(sl)
	sv.Index(1).SetString("B")
	fmt.Println(sl, sv.Len(), sv.Cap(), sv.Index(2), sv.Slice(1, 3), sv.Slice3(0, 1, 2).Cap())
	sv2 := reflect.Append(sv, reflect.ValueOf("e"), reflect.ValueOf("f"))
	sv2 = reflect.AppendSlice(sv2, reflect.ValueOf([]string{"g"}))
	fmt.Println(sv2, sv2.Len(), sl)
	ms := reflect.MakeSlice(reflect.TypeOf([]Counter{}), 2, 5)
	ms.Index(0).Field(0).SetInt(4)
	fmt.Println(ms, ms.Len(), ms.Cap())
	ps := reflect.New(reflect.TypeOf([]int{}))
	ps.Elem().Set(reflect.MakeSlice(reflect.TypeOf([]int{}), 3, 10))
	ps.Elem().SetLen(5)
	fmt.Println(ps.Elem().Len(), ps.Elem().Cap(), *ps.Interface().(*[]int))
	dst := make([]int, 3)
	n := reflect.Copy(reflect.ValueOf(dst), reflect.ValueOf([]int{9, 8, 7, 6}))
	bs := make([]byte, 4)
	n2 := reflect.Copy(reflect.ValueOf(bs), reflect.ValueOf("xyz"))
	fmt.Println(n, dst, n2, bs, reflect.ValueOf(bs).Bytes())
	words := []string{"pear", "fig", "apple", "kiwi"}
	swap := reflect.Swapper(words)
	swap(0, 3)
	fmt.Println(words)
	a3 := [3]int{1, 2, 3}
	av := reflect.ValueOf(&a3).Elem()
	av.Index(2).SetInt(30)
	fmt.Println(a3, av.Slice(1, 3), av.Len(), reflect.ValueOf(a3).Index(0).CanSet())

	fmt.Println("-- maps")
	m := map[string]int{"one": 1, "two": 2, "three": 3}
	mv := reflect.ValueOf(m)
	keys := mv.MapKeys()
	sort.Slice(keys, func(i, j int) bool { return keys[i].String() < keys[j].String() })
	fmt.Println(keys, mv.MapIndex(reflect.ValueOf("two")), mv.MapIndex(reflect.ValueOf("zero")).IsValid())
	mv.SetMapIndex(reflect.ValueOf("four"), reflect.ValueOf(4))
	mv.SetMapIndex(reflect.ValueOf("one"), reflect.Value{})
	fmt.Println(m, mv.Len())
	total := 0
	it := mv.MapRange()
	for it.Next() {
		total += int(it.Value().Int()) * len(it.Key().String())
	}
	fmt.Println("total", total)
	nm := reflect.MakeMapWithSize(reflect.TypeOf(map[int][]string{}), 10)
	nm.SetMapIndex(reflect.ValueOf(1), reflect.ValueOf([]string{"x"}))
	fmt.Println(nm, nm.Type())
	var kv reflect.Value = reflect.New(reflect.TypeOf("")).Elem()
	ev := reflect.New(reflect.TypeOf(0)).Elem()
	it2 := reflect.ValueOf(map[string]int{"only": 42}).MapRange()
	for it2.Next() {
		kv.SetIterKey(it2)
		ev.SetIterValue(it2)
	}
	fmt.Println(kv, ev)
	var anyMap = map[any]any{1: "int", "s": 2.5}
	amv := reflect.ValueOf(anyMap)
	fmt.Println(amv.MapIndex(reflect.ValueOf(1)), amv.MapIndex(reflect.ValueOf("s")).Elem().Kind())

	fmt.Println("-- zero, new, nil")
	z := reflect.Zero(reflect.TypeOf(Counter{}))
	fmt.Println(z, z.IsZero(), z.CanSet(), reflect.Zero(reflect.TypeOf((*int)(nil))).IsNil())
	np := reflect.New(reflect.TypeOf(0))
	np.Elem().SetInt(12)
	fmt.Println(*np.Interface().(*int), np.Type(), reflect.Indirect(np), reflect.Indirect(reflect.ValueOf(5)))
	var nilp *Counter
	var nilIf error
	var nilSlice []int
	var nilMap map[int]int
	var nilFunc func()
	var nilChan chan int
	for _, x := range []any{nilp, nilSlice, nilMap, nilFunc, nilChan, &nilIf} {
		fmt.Print(reflect.ValueOf(x).IsNil(), " ")
	}
	fmt.Println(reflect.ValueOf(&nilIf).Elem().IsNil(), reflect.ValueOf(&nilIf).Elem().Elem().IsValid(), reflect.ValueOf(nilp).Elem().IsValid())
	for _, x := range []any{0, 1, "", "a", 0.0, -0.0 * -1, [2]int{}, [2]int{0, 1}, Counter{}, Counter{1}, []int{}, nilSlice, false} {
		fmt.Print(reflect.ValueOf(x).IsZero(), " ")
	}
	fmt.Println()

	fmt.Println("-- interfaces")
	var g Greeter = english{}
	gv := reflect.ValueOf(&g).Elem()
	fmt.Println(gv.Kind(), gv.Elem().Type(), gv.NumMethod(), gv.Method(0).Call([]reflect.Value{reflect.ValueOf("ivy")})[0])
	var e any = Temp(5)
	ev2 := reflect.ValueOf(&e).Elem()
	fmt.Println(ev2.Kind(), ev2.Elem().Kind(), ev2.Elem().Type(), ev2.Interface())
	ev2.Set(reflect.ValueOf("now a string"))
	fmt.Println(e)
	back := reflect.ValueOf(Counter{3}).Interface().(Counter)
	fmt.Println(back.Get(), reflect.ValueOf(e).Interface() == e)

	fmt.Println("-- channels")
	ch := reflect.MakeChan(reflect.TypeOf(make(chan int)), 2)
	ch.Send(reflect.ValueOf(10))
	fmt.Println(ch.TrySend(reflect.ValueOf(20)), ch.TrySend(reflect.ValueOf(30)), ch.Len(), ch.Cap())
	r1, ok1 := ch.Recv()
	r2, ok2 := ch.TryRecv()
	r3, ok3 := ch.TryRecv()
	ch.Close()
	r4, ok4 := ch.Recv()
	fmt.Println(r1, ok1, r2, ok2, r3.IsValid(), ok3, r4, ok4)
	c1 := make(chan string, 1)
	c2 := make(chan string, 1)
	c2 <- "from c2"
	chosen, recv, recvOK := reflect.Select([]reflect.SelectCase{
		{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(c1)},
		{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(c2)},
	})
	fmt.Println(chosen, recv, recvOK)
	chosen, _, _ = reflect.Select([]reflect.SelectCase{
		{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(c1)},
		{Dir: reflect.SelectDefault},
	})
	fmt.Println(chosen)

	fmt.Println("-- calls")
	out := reflect.ValueOf(strings.ToUpper).Call([]reflect.Value{reflect.ValueOf("shout")})
	fmt.Println(out[0], len(out))
	sumV := reflect.ValueOf(sum)
	out = sumV.Call([]reflect.Value{reflect.ValueOf(1), reflect.ValueOf(2), reflect.ValueOf(3)})
	fmt.Println(out[0].Int(), out[1].IsNil())
	out = sumV.Call([]reflect.Value{reflect.ValueOf(-10)})
	fmt.Println(out[0], out[1], out[1].Type())
	out = sumV.CallSlice([]reflect.Value{reflect.ValueOf(100), reflect.ValueOf([]int{1, 1})})
	fmt.Println(out[0])
	cnt := &Counter{}
	cv := reflect.ValueOf(cnt)
	fmt.Println(cv.NumMethod(), cv.Elem().NumMethod(), cv.Type().Method(0).Name, cv.Type().Method(1).Name)
	cv.MethodByName("Add").Call([]reflect.Value{reflect.ValueOf(5)})
	cv.Method(0).Call([]reflect.Value{reflect.ValueOf(2)})
	fmt.Println(cnt.N, cv.MethodByName("Get").Call(nil)[0], cv.Elem().MethodByName("Get").Call(nil)[0])
	get := cv.Elem().MethodByName("Get")
	cnt.N = 100
	fmt.Println(get.Call(nil)[0], get.Type(), cv.MethodByName("Nope").IsValid())
	add := reflect.TypeOf(cnt).Method(0).Func
	fmt.Println(add.Call([]reflect.Value{cv, reflect.ValueOf(1)})[0], add.Type())
	addFn := cv.MethodByName("Add").Interface().(func(int) int)
	fmt.Println(addFn(10), cnt.N)
	swapT := reflect.TypeOf(func(int, string) (string, int) { return "", 0 })
	swapFn := reflect.MakeFunc(swapT, func(args []reflect.Value) []reflect.Value {
		return []reflect.Value{args[1], args[0]}
	})
	fmt.Println(swapFn.Type())
	sf := swapFn.Interface().(func(int, string) (string, int))
	s1, i1 := sf(7, "seven")
	fmt.Println(s1, i1)
	var double func(int) int
	reflect.ValueOf(&double).Elem().Set(reflect.MakeFunc(reflect.TypeOf(double), func(a []reflect.Value) []reflect.Value {
		return []reflect.Value{reflect.ValueOf(int(a[0].Int() * 2))}
	}))
	fmt.Println(double(21))
	fmt.Println(reflect.ValueOf(fmt.Sprintf).Call([]reflect.Value{reflect.ValueOf("%d-%s"), reflect.ValueOf(1), reflect.ValueOf("x")})[0])

	fmt.Println("-- strings and printing")
	fmt.Println(reflect.ValueOf(42).String(), reflect.Value{}.String(), reflect.ValueOf("str").String(), reflect.ValueOf("héllo").Index(1))
	fmt.Printf("%v %d %s %q %v\n", reflect.ValueOf(42), reflect.ValueOf(42), reflect.ValueOf(Temp(1)), reflect.ValueOf("q"), reflect.Value{})
	fmt.Println([]reflect.Value{reflect.ValueOf(1), reflect.ValueOf("a")})
	fmt.Println(reflect.ValueOf(&x).Pointer() == reflect.ValueOf(&x).Pointer(), reflect.ValueOf(&x).Elem().UnsafeAddr() == reflect.ValueOf(&x).Pointer())
}
