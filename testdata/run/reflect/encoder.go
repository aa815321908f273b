// A small JSON-like encoder and decoder written over reflect, as encoding/json is: struct tags
// (names, omitempty, "-"), embedded structs flattened, pointers and interfaces followed, maps
// with sorted keys, a Marshaler interface found with Implements and called through Call,
// generic instance types, and a decoder that fills a struct through settable Values.
package main

import (
	"fmt"
	"reflect"
	"sort"
	"strconv"
	"strings"
)

type Marshaler interface {
	MarshalText() (string, error)
}

type Level int

func (l Level) MarshalText() (string, error) { return "L" + strconv.Itoa(int(l)), nil }

type Meta struct {
	Created string `enc:"created"`
	Version int    `enc:"v,omitempty"`
}

type Pair[K comparable, V any] struct {
	K K
	V V
}

type Doc struct {
	Meta
	Title    string            `enc:"title"`
	Tags     []string          `enc:"tags,omitempty"`
	Counts   map[string]int    `enc:"counts"`
	Parent   *Doc              `enc:"parent,omitempty"`
	Level    Level             `enc:"level"`
	Extra    any               `enc:"extra"`
	Skip     string            `enc:"-"`
	internal int
	Pairs    []Pair[string, float64] `enc:"pairs"`
	Ratio    float32
}

var marshalerType = reflect.TypeOf((*Marshaler)(nil)).Elem()

func encode(b *strings.Builder, v reflect.Value) {
	if !v.IsValid() {
		b.WriteString("null")
		return
	}
	if v.Type().Implements(marshalerType) {
		out := v.MethodByName("MarshalText").Call(nil)
		if !out[1].IsNil() {
			panic(out[1].Interface())
		}
		b.WriteString(strconv.Quote(out[0].String()))
		return
	}
	switch v.Kind() {
	case reflect.Bool:
		b.WriteString(strconv.FormatBool(v.Bool()))
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		b.WriteString(strconv.FormatInt(v.Int(), 10))
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		b.WriteString(strconv.FormatUint(v.Uint(), 10))
	case reflect.Float32, reflect.Float64:
		b.WriteString(strconv.FormatFloat(v.Float(), 'g', -1, v.Type().Bits()))
	case reflect.String:
		b.WriteString(strconv.Quote(v.String()))
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			b.WriteString("null")
			return
		}
		encode(b, v.Elem())
	case reflect.Slice, reflect.Array:
		if v.Kind() == reflect.Slice && v.IsNil() {
			b.WriteString("null")
			return
		}
		b.WriteByte('[')
		for i := 0; i < v.Len(); i++ {
			if i > 0 {
				b.WriteByte(',')
			}
			encode(b, v.Index(i))
		}
		b.WriteByte(']')
	case reflect.Map:
		keys := v.MapKeys()
		sort.Slice(keys, func(i, j int) bool { return keys[i].String() < keys[j].String() })
		b.WriteByte('{')
		for i, k := range keys {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString(strconv.Quote(k.String()) + ":")
			encode(b, v.MapIndex(k))
		}
		b.WriteByte('}')
	case reflect.Struct:
		b.WriteByte('{')
		first := true
		encodeFields(b, v, &first)
		b.WriteByte('}')
	default:
		panic("unsupported kind " + v.Kind().String())
	}
}

func encodeFields(b *strings.Builder, v reflect.Value, first *bool) {
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if f.Anonymous && f.Type.Kind() == reflect.Struct {
			encodeFields(b, v.Field(i), first)
			continue
		}
		if !f.IsExported() {
			continue
		}
		name, opts, _ := strings.Cut(f.Tag.Get("enc"), ",")
		if name == "-" {
			continue
		}
		if name == "" {
			name = f.Name
		}
		fv := v.Field(i)
		if opts == "omitempty" && fv.IsZero() {
			continue
		}
		if !*first {
			b.WriteByte(',')
		}
		*first = false
		b.WriteString(strconv.Quote(name) + ":")
		encode(b, fv)
	}
}

func Marshal(x any) string {
	var b strings.Builder
	encode(&b, reflect.ValueOf(x))
	return b.String()
}

// decode fills the struct *ptr from "name=value" lines, converting each value to the field's
// kind.
func decode(input string, ptr any) error {
	v := reflect.ValueOf(ptr)
	if v.Kind() != reflect.Pointer || v.IsNil() {
		return fmt.Errorf("decode: need a non-nil pointer, got %v", v.Type())
	}
	v = v.Elem()
	byName := map[string][]int{}
	for _, f := range reflect.VisibleFields(v.Type()) {
		if name, _, _ := strings.Cut(f.Tag.Get("enc"), ","); name != "" && name != "-" {
			byName[name] = f.Index
		}
	}
	for _, line := range strings.Split(strings.TrimSpace(input), "\n") {
		name, val, _ := strings.Cut(line, "=")
		index, ok := byName[name]
		if !ok {
			return fmt.Errorf("decode: unknown field %q", name)
		}
		fv := v.FieldByIndex(index)
		switch fv.Kind() {
		case reflect.String:
			fv.SetString(val)
		case reflect.Int:
			n, err := strconv.ParseInt(val, 10, 64)
			if err != nil {
				return err
			}
			if fv.OverflowInt(n) {
				return fmt.Errorf("decode: %d overflows %v", n, fv.Type())
			}
			fv.SetInt(n)
		case reflect.Slice:
			parts := strings.Split(val, ",")
			s := reflect.MakeSlice(fv.Type(), 0, len(parts))
			for _, p := range parts {
				s = reflect.Append(s, reflect.ValueOf(p).Convert(fv.Type().Elem()))
			}
			fv.Set(s)
		case reflect.Map:
			if fv.IsNil() {
				fv.Set(reflect.MakeMap(fv.Type()))
			}
			k, n, _ := strings.Cut(val, ":")
			c, _ := strconv.Atoi(n)
			fv.SetMapIndex(reflect.ValueOf(k), reflect.ValueOf(c))
		default:
			return fmt.Errorf("decode: cannot set %s of kind %v", name, fv.Kind())
		}
	}
	return nil
}

func main() {
	parent := &Doc{Title: "root", Level: 1}
	d := Doc{
		Meta:     Meta{Created: "today"},
		Title:    "child \"one\"",
		Counts:   map[string]int{"b": 2, "a": 1},
		Parent:   parent,
		Level:    3,
		Extra:    []any{1, "two", nil, 4.5, Level(9)},
		Skip:     "hidden",
		internal: 7,
		Pairs:    []Pair[string, float64]{{"pi", 3.14159}, {"e", 2.71828}},
		Ratio:    0.1,
	}
	fmt.Println(Marshal(d))
	fmt.Println(Marshal(map[Level]bool{2: true}))
	fmt.Println(Marshal([2]Pair[int, *int]{}))

	var got Doc
	err := decode("title=decoded\nv=12\ntags=x,y,z\ncounts=k:5\ncreated=now", &got)
	fmt.Println(err, got.Title, got.Version, got.Tags, got.Counts, got.Created)
	fmt.Println(decode("nope=1", &got))
	fmt.Println(decode("level=1", &got), got.Level)
	fmt.Println(decode("parent=x", &got))
	fmt.Println(decode("x=1", got))
	fmt.Println(Marshal(got))
}
