// Value: a Go value seen through reflection.
//
// Models Go 1.19's reflect/value.go and reflect/makefunc.go. A Value is a type, a word and a
// flag, as in Go; the flag's bits are Go's (kind, flagStickyRO, flagEmbedRO, flagIndir,
// flagAddr). The word holds the value itself, or with flagIndir a gort pointer to it (a Ptr, or
// for a struct or an array the object itself: src/runtime/value.ts), which is how an
// addressable Value reaches the variable, field or element it stands for. Only the natives in
// src/stdlib/native/reflect_value.ts read the word.
//
// Simplifications vs real Go: no unsafe.Pointer (UnsafeAddr and Pointer return gort's stand-in
// addresses, as %p prints them); a method Value is a bound func Value (flagMethod is not used).
package reflect

// Value is the reflection interface to a Go value. The zero Value represents no value.
type Value struct {
	typ *rtype
	ptr *word // the value, or with flagIndir a pointer to it (read only by natives)
	flag
}

// word stands for whatever a Value's ptr holds; Go code never dereferences it.
type word struct {
	_ [0]byte
}

type flag uintptr

const (
	flagKindWidth        = 5 // there are 27 kinds
	flagKindMask    flag = 1<<flagKindWidth - 1
	flagStickyRO    flag = 1 << 5
	flagEmbedRO     flag = 1 << 6
	flagIndir       flag = 1 << 7
	flagAddr        flag = 1 << 8
	flagMethod      flag = 1 << 9
	flagMethodShift      = 10
	flagRO          flag = flagStickyRO | flagEmbedRO
)

func (f flag) kind() Kind {
	return Kind(f & flagKindMask)
}

// A ValueError occurs when a Value method is invoked on a Value that does not support it.
type ValueError struct {
	Method string
	Kind   Kind
}

func (e *ValueError) Error() string {
	if e.Kind == 0 {
		return "reflect: call of " + e.Method + " on zero Value"
	}
	return "reflect: call of " + e.Method + " on " + e.Kind.String() + " Value"
}

// register hands the natives the run-time types of the values they make.
func register(value, valueError, structField, method, rtypePtr, mapIter any)

func init() {
	register(Value{}, &ValueError{}, StructField{}, Method{}, (*rtype)(nil), &MapIter{})
}

// Kind returns v's Kind; Invalid for the zero Value.
func (v Value) Kind() Kind {
	return v.kind()
}

// IsValid reports whether v represents a value.
func (v Value) IsValid() bool {
	return v.flag != 0
}

// CanAddr reports whether the value's address can be obtained with Addr.
func (v Value) CanAddr() bool {
	return v.flag&flagAddr != 0
}

// CanSet reports whether the value of v can be changed: it is addressable and was not
// obtained through unexported struct fields.
func (v Value) CanSet() bool {
	return v.flag&(flagAddr|flagRO) == flagAddr
}

// CanInterface reports whether Interface can be used without panicking.
func (v Value) CanInterface() bool {
	if v.flag == 0 {
		panic(&ValueError{"reflect.Value.CanInterface", Invalid})
	}
	return v.flag&flagRO == 0
}

// CanInt reports whether Int can be used without panicking.
func (v Value) CanInt() bool {
	switch v.kind() {
	case Int, Int8, Int16, Int32, Int64:
		return true
	}
	return false
}

// CanUint reports whether Uint can be used without panicking.
func (v Value) CanUint() bool {
	switch v.kind() {
	case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
		return true
	}
	return false
}

// CanFloat reports whether Float can be used without panicking.
func (v Value) CanFloat() bool {
	switch v.kind() {
	case Float32, Float64:
		return true
	}
	return false
}

// CanComplex reports whether Complex can be used without panicking.
func (v Value) CanComplex() bool {
	switch v.kind() {
	case Complex64, Complex128:
		return true
	}
	return false
}

// Indirect returns the value that v points to; the zero Value for a nil pointer, v itself
// when v is not a pointer.
func Indirect(v Value) Value {
	if v.Kind() != Pointer {
		return v
	}
	return v.Elem()
}

// ValueOf returns a new Value initialized to the concrete value stored in i; the zero Value
// for a nil interface.
func ValueOf(i any) Value

func (v Value) Type() Type
func (v Value) Addr() Value
func (v Value) Bool() bool
func (v Value) Bytes() []byte
func (v Value) Cap() int
func (v Value) Close()
func (v Value) Complex() complex128
func (v Value) Convert(t Type) Value
func (v Value) CanConvert(t Type) bool
func (v Value) Elem() Value
func (v Value) Field(i int) Value
func (v Value) FieldByIndex(index []int) Value
func (v Value) FieldByName(name string) Value
func (v Value) FieldByNameFunc(match func(string) bool) Value
func (v Value) Float() float64
func (v Value) Index(i int) Value
func (v Value) Int() int64
func (v Value) Interface() (i any)
func (v Value) IsNil() bool
func (v Value) IsZero() bool
func (v Value) Len() int
func (v Value) MapIndex(key Value) Value
func (v Value) MapKeys() []Value
func (v Value) Method(i int) Value
func (v Value) NumMethod() int
func (v Value) MethodByName(name string) Value
func (v Value) NumField() int
func (v Value) OverflowComplex(x complex128) bool
func (v Value) OverflowFloat(x float64) bool
func (v Value) OverflowInt(x int64) bool
func (v Value) OverflowUint(x uint64) bool
func (v Value) Pointer() uintptr
func (v Value) UnsafeAddr() uintptr
func (v Value) Recv() (x Value, ok bool)
func (v Value) TryRecv() (x Value, ok bool)
func (v Value) Send(x Value)
func (v Value) TrySend(x Value) bool
func (v Value) Set(x Value)
func (v Value) SetBool(x bool)
func (v Value) SetBytes(x []byte)
func (v Value) SetComplex(x complex128)
func (v Value) SetFloat(x float64)
func (v Value) SetInt(x int64)
func (v Value) SetLen(n int)
func (v Value) SetCap(n int)
func (v Value) SetMapIndex(key, elem Value)
func (v Value) SetUint(x uint64)
func (v Value) SetString(x string)
func (v Value) Slice(i, j int) Value
func (v Value) Slice3(i, j, k int) Value
func (v Value) String() string
func (v Value) Uint() uint64
func (v Value) Call(in []Value) []Value
func (v Value) CallSlice(in []Value) []Value
func (v Value) SetIterKey(iter *MapIter)
func (v Value) SetIterValue(iter *MapIter)

// FieldByIndexErr returns the nested field corresponding to index, or an error when the walk
// meets a nil pointer to an embedded struct.
func (v Value) FieldByIndexErr(index []int) (Value, error) {
	msg, ok := v.fieldByIndexErr(index)
	if !ok {
		return Value{}, errorString(msg)
	}
	return v.FieldByIndex(index), nil
}

func (v Value) fieldByIndexErr(index []int) (string, bool)

type errorString string

func (e errorString) Error() string { return string(e) }

// InterfaceData is not supported: gort's interface values are not two machine words.
func (v Value) InterfaceData() [2]uintptr {
	panic("gort: reflect.Value.InterfaceData is not supported yet")
}

// A MapIter is an iterator for ranging over a map. See Value.MapRange.
type MapIter struct {
	m  Value
	it *word // the map model's iterator; nil until the first Next
}

func (iter *MapIter) Key() Value
func (iter *MapIter) Value() Value
func (iter *MapIter) Next() bool

// Reset modifies iter to iterate over v (no map for the zero Value).
func (iter *MapIter) Reset(v Value) {
	if v.IsValid() && v.kind() != Map {
		panic(&ValueError{"unknown method", v.kind()})
	}
	iter.m = v
	iter.it = nil
}

// MapRange returns a range iterator for a map. It panics if v's Kind is not Map.
func (v Value) MapRange() *MapIter {
	if v.kind() != Map {
		v.panicNotMap()
	}
	return &MapIter{m: v}
}

func (v Value) panicNotMap()

// Append appends the values x to a slice s and returns the resulting slice.
func Append(s Value, x ...Value) Value

// AppendSlice appends a slice t to a slice s and returns the resulting slice.
func AppendSlice(s, t Value) Value

// Copy copies the contents of src into dst until either dst has been filled or src has been
// exhausted. It returns the number of elements copied.
func Copy(dst, src Value) int

// Zero returns a Value representing the zero value for the specified type.
func Zero(typ Type) Value {
	if typ == nil {
		panic("reflect: Zero(nil)")
	}
	return zero(typ.common())
}

func zero(t *rtype) Value

// New returns a Value representing a pointer to a new zero value for the specified type.
func New(typ Type) Value {
	if typ == nil {
		panic("reflect: New(nil)")
	}
	return newValue(typ.common())
}

func newValue(t *rtype) Value

// MakeSlice creates a new zero-initialized slice value for the specified slice type, length
// and capacity.
func MakeSlice(typ Type, len, cap int) Value {
	if typ.Kind() != Slice {
		panic("reflect.MakeSlice of non-slice type")
	}
	if len < 0 {
		panic("reflect.MakeSlice: negative len")
	}
	if cap < 0 {
		panic("reflect.MakeSlice: negative cap")
	}
	if len > cap {
		panic("reflect.MakeSlice: len > cap")
	}
	return makeSlice(typ.common(), len, cap)
}

func makeSlice(t *rtype, len, cap int) Value

// MakeChan creates a new channel with the specified type and buffer size.
func MakeChan(typ Type, buffer int) Value {
	if typ.Kind() != Chan {
		panic("reflect.MakeChan of non-chan type")
	}
	if buffer < 0 {
		panic("reflect.MakeChan: negative buffer size")
	}
	if typ.ChanDir() != BothDir {
		panic("reflect.MakeChan: unidirectional channel type")
	}
	return makeChan(typ.common(), buffer)
}

func makeChan(t *rtype, buffer int) Value

// MakeMap creates a new map with the specified type.
func MakeMap(typ Type) Value {
	return MakeMapWithSize(typ, 0)
}

// MakeMapWithSize creates a new map with the specified type and initial space for
// approximately n elements.
func MakeMapWithSize(typ Type, n int) Value {
	if typ.Kind() != Map {
		panic("reflect.MakeMapWithSize of non-map type")
	}
	return makeMap(typ.common(), n)
}

func makeMap(t *rtype, n int) Value

// MakeFunc returns a new function of the given Type that wraps the function fn. When called,
// that new function converts its arguments to a slice of Values, runs fn, and returns fn's
// results.
func MakeFunc(typ Type, fn func(args []Value) (results []Value)) Value {
	if typ.Kind() != Func {
		panic("reflect: call of MakeFunc with non-Func type")
	}
	return makeFunc(typ.common(), fn)
}

func makeFunc(t *rtype, fn func([]Value) []Value) Value

// A SelectDir describes the communication direction of a select case.
type SelectDir int

const (
	_             SelectDir = iota
	SelectSend              // case Chan <- Send
	SelectRecv              // case <-Chan:
	SelectDefault           // default
)

// A SelectCase describes a single case in a select operation.
type SelectCase struct {
	Dir  SelectDir // direction of case
	Chan Value     // channel to use (for send or receive)
	Send Value     // value to send (for send)
}

// Select executes a select operation described by the list of cases. Like the Go select
// statement, it blocks until at least one of the cases can proceed, makes a uniform
// pseudo-random choice, and then executes that case.
func Select(cases []SelectCase) (chosen int, recv Value, recvOK bool) {
	if len(cases) > 65536 {
		panic("reflect.Select: too many cases (max 65536)")
	}
	dirs := make([]int, len(cases))
	chans := make([]Value, len(cases))
	sends := make([]Value, len(cases))
	haveDefault := false
	for i, c := range cases {
		switch c.Dir {
		default:
			panic("reflect.Select: invalid Dir")
		case SelectDefault:
			if haveDefault {
				panic("reflect.Select: multiple default cases")
			}
			haveDefault = true
			if c.Chan.IsValid() {
				panic("reflect.Select: default case has Chan value")
			}
			if c.Send.IsValid() {
				panic("reflect.Select: default case has Send value")
			}
		case SelectSend:
			if c.Chan.IsValid() {
				c.Chan.mustBeChan()
				if ChanDir(c.Chan.Type().ChanDir())&SendDir == 0 {
					panic("reflect.Select: SendDir case using recv-only channel")
				}
			}
			if !c.Send.IsValid() {
				panic("reflect.Select: SendDir case missing Send value")
			}
		case SelectRecv:
			if c.Send.IsValid() {
				panic("reflect.Select: RecvDir case has Send value")
			}
			if c.Chan.IsValid() {
				c.Chan.mustBeChan()
				if ChanDir(c.Chan.Type().ChanDir())&RecvDir == 0 {
					panic("reflect.Select: RecvDir case using send-only channel")
				}
			}
		}
		dirs[i] = int(c.Dir)
		chans[i] = c.Chan
		sends[i] = c.Send
	}
	return selectgo(dirs, chans, sends)
}

func (v Value) mustBeChan()

func selectgo(dirs []int, chans, sends []Value) (int, Value, bool)
