// Package reflect as gort runs it: run-time reflection over gort's type descriptors and values.
//
// Models Go 1.19's reflect/type.go: Type (an interface implemented by *rtype, as in Go), Kind,
// ChanDir, Method, StructField, StructTag and the type constructors. A *rtype is the handle of
// one of gort's run-time type descriptors (src/runtime/rtypes.ts): its methods are natives in
// src/stdlib/native/reflect_type.ts, which read the descriptor. Two Types are equal (==) iff
// they denote the same Go type, as in Go.
//
// Simplifications vs real Go: Type has no uncommon() method; StructOf, FuncOf and ArrayOf build
// gort descriptors (StructOf without embedded fields); the method sets are gort's method tables.
package reflect

import "strconv"

// Type is the representation of a Go type.
type Type interface {
	Align() int
	FieldAlign() int
	Method(int) Method
	MethodByName(string) (Method, bool)
	NumMethod() int
	Name() string
	PkgPath() string
	Size() uintptr
	String() string
	Kind() Kind
	Implements(u Type) bool
	AssignableTo(u Type) bool
	ConvertibleTo(u Type) bool
	Comparable() bool
	Bits() int
	ChanDir() ChanDir
	IsVariadic() bool
	Elem() Type
	Field(i int) StructField
	FieldByIndex(index []int) StructField
	FieldByName(name string) (StructField, bool)
	FieldByNameFunc(match func(string) bool) (StructField, bool)
	In(i int) Type
	Key() Type
	Len() int
	NumField() int
	NumIn() int
	NumOut() int
	Out(i int) Type

	common() *rtype
}

// A Kind represents the specific kind of type that a Type represents.
type Kind uint

const (
	Invalid Kind = iota
	Bool
	Int
	Int8
	Int16
	Int32
	Int64
	Uint
	Uint8
	Uint16
	Uint32
	Uint64
	Uintptr
	Float32
	Float64
	Complex64
	Complex128
	Array
	Chan
	Func
	Interface
	Map
	Pointer
	Slice
	String
	Struct
	UnsafePointer
)

// Ptr is the old name for the Pointer kind.
const Ptr = Pointer

var kindNames = []string{
	Invalid:       "invalid",
	Bool:          "bool",
	Int:           "int",
	Int8:          "int8",
	Int16:         "int16",
	Int32:         "int32",
	Int64:         "int64",
	Uint:          "uint",
	Uint8:         "uint8",
	Uint16:        "uint16",
	Uint32:        "uint32",
	Uint64:        "uint64",
	Uintptr:       "uintptr",
	Float32:       "float32",
	Float64:       "float64",
	Complex64:     "complex64",
	Complex128:    "complex128",
	Array:         "array",
	Chan:          "chan",
	Func:          "func",
	Interface:     "interface",
	Map:           "map",
	Pointer:       "ptr",
	Slice:         "slice",
	String:        "string",
	Struct:        "struct",
	UnsafePointer: "unsafe.Pointer",
}

// String returns the name of k.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind" + strconv.Itoa(int(k))
}

// ChanDir represents a channel type's direction.
type ChanDir int

const (
	RecvDir ChanDir             = 1 << iota // <-chan
	SendDir                                 // chan<-
	BothDir = RecvDir | SendDir             // chan
)

func (d ChanDir) String() string {
	switch d {
	case SendDir:
		return "chan<-"
	case RecvDir:
		return "<-chan"
	case BothDir:
		return "chan"
	}
	return "ChanDir" + strconv.Itoa(int(d))
}

// Method represents a single method.
type Method struct {
	// Name is the method name.
	Name string
	// PkgPath is the package path that qualifies a lower case (unexported) method name. It is
	// empty for upper case (exported) method names.
	PkgPath string

	Type  Type  // method type
	Func  Value // func with receiver as first argument
	Index int   // index for Type.Method
}

// IsExported reports whether the method is exported.
func (m Method) IsExported() bool {
	return m.PkgPath == ""
}

// A StructField describes a single field in a struct.
type StructField struct {
	// Name is the field name.
	Name string
	// PkgPath is the package path that qualifies a lower case (unexported) field name. It is
	// empty for upper case (exported) field names.
	PkgPath string

	Type      Type      // field type
	Tag       StructTag // field tag string
	Offset    uintptr   // offset within struct, in bytes
	Index     []int     // index sequence for Type.FieldByIndex
	Anonymous bool      // is an embedded field
}

// IsExported reports whether the field is exported.
func (f StructField) IsExported() bool {
	return f.PkgPath == ""
}

// A StructTag is the tag string in a struct field: by convention a concatenation of
// optionally space-separated key:"value" pairs.
type StructTag string

// Get returns the value associated with key in the tag string, or "" if there is none.
func (tag StructTag) Get(key string) string {
	v, _ := tag.Lookup(key)
	return v
}

// Lookup returns the value associated with key in the tag string and whether the key was
// present. A key is a run of non-control characters other than space, quote and colon; its
// value is a Go double-quoted string literal right after the colon.
func (tag StructTag) Lookup(key string) (value string, ok bool) {
	s := string(tag)
	for s != "" {
		// Skip the spaces before the next key.
		for s != "" && s[0] == ' ' {
			s = s[1:]
		}
		if s == "" {
			return "", false
		}
		// The key ends at the first space, quote, colon or control character.
		n := 0
		for n < len(s) && s[n] > ' ' && s[n] != ':' && s[n] != '"' && s[n] != 0x7f {
			n++
		}
		if n == 0 || n+1 >= len(s) || s[n] != ':' || s[n+1] != '"' {
			return "", false
		}
		name := s[:n]
		s = s[n+1:]
		// The quoted value: up to the first unescaped quote.
		n = 1
		for n < len(s) && s[n] != '"' {
			if s[n] == '\\' {
				n++
			}
			n++
		}
		if n >= len(s) {
			return "", false
		}
		quoted := s[:n+1]
		s = s[n+1:]
		if name == key {
			v, err := strconv.Unquote(quoted)
			if err != nil {
				return "", false
			}
			return v, true
		}
	}
	return "", false
}

// rtype is the handle of one of gort's run-time type descriptors; only natives make one.
type rtype struct {
	_ [0]byte
}

func (t *rtype) common() *rtype { return t }

func (t *rtype) Align() int
func (t *rtype) FieldAlign() int
func (t *rtype) NumMethod() int
func (t *rtype) Name() string
func (t *rtype) PkgPath() string
func (t *rtype) Size() uintptr
func (t *rtype) String() string
func (t *rtype) Kind() Kind
func (t *rtype) Comparable() bool
func (t *rtype) Bits() int
func (t *rtype) ChanDir() ChanDir
func (t *rtype) IsVariadic() bool
func (t *rtype) Elem() Type
func (t *rtype) Field(i int) StructField
func (t *rtype) FieldByName(name string) (StructField, bool)
func (t *rtype) FieldByNameFunc(match func(string) bool) (StructField, bool)
func (t *rtype) In(i int) Type
func (t *rtype) Key() Type
func (t *rtype) Len() int
func (t *rtype) NumField() int
func (t *rtype) NumIn() int
func (t *rtype) NumOut() int
func (t *rtype) Out(i int) Type
func (t *rtype) Method(i int) Method
func (t *rtype) MethodByName(name string) (Method, bool)
func (t *rtype) Implements(u Type) bool
func (t *rtype) AssignableTo(u Type) bool
func (t *rtype) ConvertibleTo(u Type) bool

// FieldByIndex returns the nested field corresponding to index.
func (t *rtype) FieldByIndex(index []int) StructField {
	if t.Kind() != Struct {
		panic("reflect: FieldByIndex of non-struct type " + t.String())
	}
	f := StructField{Type: t}
	var ft Type = t
	for i, x := range index {
		if i > 0 {
			if ft.Kind() == Pointer && ft.Elem().Kind() == Struct {
				ft = ft.Elem()
			}
		}
		f = ft.Field(x)
		ft = f.Type
	}
	return f
}

// TypeOf returns the reflection Type that represents the dynamic type of i; nil for a nil
// interface value.
func TypeOf(i any) Type

// PtrTo returns the pointer type with element t. It is the old name of PointerTo.
func PtrTo(t Type) Type { return PointerTo(t) }

// PointerTo returns the pointer type with element t.
func PointerTo(t Type) Type { return ptrTo(t.common()) }

func ptrTo(t *rtype) Type

// SliceOf returns the slice type with element type t.
func SliceOf(t Type) Type { return sliceOf(t.common()) }

func sliceOf(t *rtype) Type

// MapOf returns the map type with the given key and element types. It panics if the key type
// is not a valid map key type.
func MapOf(key, elem Type) Type { return mapOf(key.common(), elem.common()) }

func mapOf(k, e *rtype) Type

// ChanOf returns the channel type with the given direction and element type.
func ChanOf(dir ChanDir, t Type) Type {
	if dir != RecvDir && dir != SendDir && dir != BothDir {
		panic("reflect.ChanOf: invalid dir")
	}
	return chanOf(int(dir), t.common())
}

func chanOf(dir int, t *rtype) Type

// ArrayOf returns the array type with the given length and element type.
func ArrayOf(length int, elem Type) Type {
	if length < 0 {
		panic("reflect: negative length passed to ArrayOf")
	}
	return arrayOf(length, elem.common())
}

func arrayOf(n int, t *rtype) Type

// FuncOf returns the function type with the given argument and result types.
func FuncOf(in, out []Type, variadic bool) Type {
	if variadic && (len(in) == 0 || in[len(in)-1].Kind() != Slice) {
		panic("reflect.FuncOf: last arg of variadic func must be slice")
	}
	ins := make([]*rtype, len(in))
	for i, t := range in {
		ins[i] = t.common()
	}
	outs := make([]*rtype, len(out))
	for i, t := range out {
		outs[i] = t.common()
	}
	return funcOf(ins, outs, variadic)
}

func funcOf(in, out []*rtype, variadic bool) Type

// StructOf returns the struct type containing fields. Embedded fields are not supported.
func StructOf(fields []StructField) Type {
	names := make([]string, len(fields))
	pkgs := make([]string, len(fields))
	types := make([]*rtype, len(fields))
	tags := make([]string, len(fields))
	seen := map[string]bool{}
	for i, f := range fields {
		if f.Name == "" {
			panic("reflect.StructOf: field " + strconv.Itoa(i) + " has no name")
		}
		if !isValidFieldName(f.Name) {
			panic("reflect.StructOf: field " + strconv.Itoa(i) + " has invalid name")
		}
		if f.Type == nil {
			panic("reflect.StructOf: field " + strconv.Itoa(i) + " has no type")
		}
		if f.Anonymous {
			panic("gort: reflect.StructOf with embedded fields is not supported yet")
		}
		if f.Name[0] < 'A' || f.Name[0] > 'Z' {
			if f.PkgPath == "" {
				panic("reflect.StructOf: field \"" + f.Name + "\" is unexported but missing PkgPath")
			}
		}
		if seen[f.Name] && f.Name != "_" {
			panic("reflect.StructOf: duplicate field " + f.Name)
		}
		seen[f.Name] = true
		names[i] = f.Name
		pkgs[i] = f.PkgPath
		types[i] = f.Type.common()
		tags[i] = string(f.Tag)
	}
	return structOf(names, pkgs, types, tags)
}

func structOf(names, pkgs []string, types []*rtype, tags []string) Type

// isValidFieldName reports whether fieldName is a valid Go identifier (letters, digits and
// underscores, not starting with a digit).
func isValidFieldName(fieldName string) bool {
	for i, c := range fieldName {
		if i == 0 && !isLetter(c) {
			return false
		}
		if !(isLetter(c) || ('0' <= c && c <= '9')) {
			return false
		}
	}
	return len(fieldName) > 0
}

func isLetter(ch rune) bool {
	return 'a' <= ch && ch <= 'z' || 'A' <= ch && ch <= 'Z' || ch == '_' || ch >= 0x80
}
