// Package json implements encoding and decoding of JSON as defined in RFC 7159 (Go 1.19's
// encoding/json), over gort's reflect: Marshal and Unmarshal with Go's rules for struct tags,
// embedded structs, maps, Marshaler and TextMarshaler, the streaming Encoder and Decoder, and
// Compact, Indent, HTMLEscape and Valid, with Go's error types and texts.
package json

import (
	"bytes"
	"encoding"
	"encoding/base64"
	"fmt"
	"math"
	"reflect"
	"sort"
	"strconv"
	"unicode/utf8"
)

// Marshaler is the interface implemented by types that can marshal themselves into valid JSON.
type Marshaler interface {
	MarshalJSON() ([]byte, error)
}

// An UnsupportedTypeError is returned by Marshal when attempting to encode an unsupported value type.
type UnsupportedTypeError struct {
	Type reflect.Type
}

func (e *UnsupportedTypeError) Error() string {
	return "json: unsupported type: " + e.Type.String()
}

// An UnsupportedValueError is returned by Marshal when attempting to encode an unsupported value.
type UnsupportedValueError struct {
	Value reflect.Value
	Str   string
}

func (e *UnsupportedValueError) Error() string {
	return "json: unsupported value: " + e.Str
}

// Before Go 1.2, an InvalidUTF8Error was returned by Marshal when attempting to encode a
// string value with invalid UTF-8 sequences. It is no longer used.
type InvalidUTF8Error struct {
	S string
}

func (e *InvalidUTF8Error) Error() string {
	return "json: invalid UTF-8 in string: " + strconv.Quote(e.S)
}

// A MarshalerError represents an error from calling a MarshalJSON or MarshalText method.
type MarshalerError struct {
	Type       reflect.Type
	Err        error
	sourceFunc string
}

func (e *MarshalerError) Error() string {
	src := e.sourceFunc
	if src == "" {
		src = "MarshalJSON"
	}
	return "json: error calling " + src + " for type " + e.Type.String() + ": " + e.Err.Error()
}

// Unwrap returns the underlying error.
func (e *MarshalerError) Unwrap() error { return e.Err }

var (
	marshalerType     = reflect.TypeOf((*Marshaler)(nil)).Elem()
	textMarshalerType = reflect.TypeOf((*encoding.TextMarshaler)(nil)).Elem()
)

type encodeState struct {
	b          []byte
	escapeHTML bool
	// Cycle detection, as Go's: after startDetectingCyclesAfter nested pointers, maps and
	// slices, each one's address is remembered while it is being encoded.
	ptrLevel int
	ptrSeen  map[cycleKey]bool
}

const startDetectingCyclesAfter = 1000

type cycleKey struct {
	ptr uintptr
	len int
	typ reflect.Type
}

// enter is called before encoding through pointer, map or slice v; leave after it.
func (e *encodeState) enter(v reflect.Value) error {
	e.ptrLevel++
	if e.ptrLevel <= startDetectingCyclesAfter {
		return nil
	}
	k := cycleKey{v.Pointer(), 0, v.Type()}
	if v.Kind() == reflect.Slice {
		k.len = v.Len()
	}
	if e.ptrSeen == nil {
		e.ptrSeen = map[cycleKey]bool{}
	}
	if e.ptrSeen[k] {
		return &UnsupportedValueError{v, fmt.Sprintf("encountered a cycle via %s", v.Type())}
	}
	e.ptrSeen[k] = true
	return nil
}

func (e *encodeState) leave(v reflect.Value) {
	if e.ptrLevel > startDetectingCyclesAfter {
		k := cycleKey{v.Pointer(), 0, v.Type()}
		if v.Kind() == reflect.Slice {
			k.len = v.Len()
		}
		delete(e.ptrSeen, k)
	}
	e.ptrLevel--
}

// Marshal returns the JSON encoding of v.
func Marshal(v any) ([]byte, error) {
	e := encodeState{escapeHTML: true}
//gort:line 160
	if err := e.marshal(v); err != nil {
		return nil, err
	}
	return e.b, nil
}

// marshal encodes v into e. As Go's, a panic while it encodes (a MarshalJSON or String method
// of the value's) is recovered and panicked again, at Go's lines: the program's traceback then
// shows "[recovered]" as Go's does.
//gort:line 321
func (e *encodeState) marshal(v any) (err error) {
	defer func() {
		if r := recover(); r != nil {
			// gort's encoder returns its errors rather than panicking
			// with a jsonError (Go's), so a panic here is the program's:
			// it goes on.
			panic(r)
		}
	}()

	return e.value(reflect.ValueOf(v), false)
}

// MarshalIndent is like Marshal but applies Indent to format the output.
func MarshalIndent(v any, prefix, indent string) ([]byte, error) {
	b, err := Marshal(v)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := Indent(&buf, b, prefix, indent); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func (e *encodeState) value(v reflect.Value, quoted bool) error {
	if !v.IsValid() {
		e.b = append(e.b, "null"...)
		return nil
	}
	t := v.Type()
	addr := t.Kind() != reflect.Pointer && v.CanAddr()
	switch {
	case addr && reflect.PointerTo(t).Implements(marshalerType):
		return e.marshaler(v.Addr(), t)
	case t.Implements(marshalerType):
		return e.marshaler(v, t)
	case addr && reflect.PointerTo(t).Implements(textMarshalerType):
		return e.textMarshaler(v.Addr(), t)
	case t.Implements(textMarshalerType):
		return e.textMarshaler(v, t)
	}
	switch v.Kind() {
	case reflect.Bool:
		e.quote(quoted, func() { e.b = strconv.AppendBool(e.b, v.Bool()) })
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		e.quote(quoted, func() { e.b = strconv.AppendInt(e.b, v.Int(), 10) })
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		e.quote(quoted, func() { e.b = strconv.AppendUint(e.b, v.Uint(), 10) })
	case reflect.Float32, reflect.Float64:
		f, bits := v.Float(), t.Bits()
		if math.IsInf(f, 0) || math.IsNaN(f) {
			return &UnsupportedValueError{v, strconv.FormatFloat(f, 'g', -1, bits)}
		}
		e.quote(quoted, func() { e.b = appendFloat(e.b, f, bits) })
	case reflect.String:
		if t == numberType {
			s := v.String()
			if s == "" {
				s = "0"
			}
			if !isValidNumber(s) {
				return fmt.Errorf("json: invalid number literal %q", s)
			}
			e.quote(quoted, func() { e.b = append(e.b, s...) })
		} else if quoted {
			inner := encodeState{escapeHTML: e.escapeHTML}
			inner.string(v.String())
			esc := e.escapeHTML
			e.escapeHTML = false
			e.string(string(inner.b))
			e.escapeHTML = esc
		} else {
			e.string(v.String())
		}
	case reflect.Interface:
		if v.IsNil() {
			e.b = append(e.b, "null"...)
			return nil
		}
		return e.value(v.Elem(), false)
	case reflect.Pointer:
		if v.IsNil() {
			e.b = append(e.b, "null"...)
			return nil
		}
		if err := e.enter(v); err != nil {
			return err
		}
		defer e.leave(v)
		// A ",string" option holds through the pointer (Go's ptrEncoder passes its opts on).
		return e.value(v.Elem(), quoted)
	case reflect.Struct:
		return e.structValue(v)
	case reflect.Map:
		if !v.IsNil() {
			if err := e.enter(v); err != nil {
				return err
			}
			defer e.leave(v)
		}
		return e.mapValue(v)
	case reflect.Slice:
		if v.IsNil() {
			e.b = append(e.b, "null"...)
			return nil
		}
		et := t.Elem()
		if et.Kind() == reflect.Uint8 {
			pt := reflect.PointerTo(et)
			if !pt.Implements(marshalerType) && !pt.Implements(textMarshalerType) {
				e.b = append(e.b, '"')
				e.b = append(e.b, base64.StdEncoding.EncodeToString(v.Bytes())...)
				e.b = append(e.b, '"')
				return nil
			}
		}
		if err := e.enter(v); err != nil {
			return err
		}
		defer e.leave(v)
		return e.array(v)
	case reflect.Array:
		return e.array(v)
	default:
		return &UnsupportedTypeError{t}
	}
	return nil
}

func (e *encodeState) quote(quoted bool, f func()) {
	if quoted {
		e.b = append(e.b, '"')
	}
	f()
	if quoted {
		e.b = append(e.b, '"')
	}
}

// appendFloat formats f as Go's encoder does: the shortest 'f' form, or 'e' form outside
// [1e-6, 1e21), with a two-digit negative exponent shortened (1e-07 -> 1e-7).
func appendFloat(b []byte, f float64, bits int) []byte {
	abs := math.Abs(f)
	format := byte('f')
	if abs != 0 {
		if bits == 64 && (abs < 1e-6 || abs >= 1e21) || bits == 32 && (float32(abs) < 1e-6 || float32(abs) >= 1e21) {
			format = 'e'
		}
	}
	b = strconv.AppendFloat(b, f, format, -1, bits)
	if format == 'e' {
		n := len(b)
		if n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b
}

func (e *encodeState) marshaler(v reflect.Value, t reflect.Type) error {
	if (v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface) && v.IsNil() {
		e.b = append(e.b, "null"...)
		return nil
	}
	m, ok := v.Interface().(Marshaler)
	if !ok {
		e.b = append(e.b, "null"...)
		return nil
	}
	out, err := m.MarshalJSON()
	if err == nil {
		var buf bytes.Buffer
		if err = compact(&buf, out, e.escapeHTML); err == nil {
			e.b = append(e.b, buf.Bytes()...)
			return nil
		}
	}
	return &MarshalerError{t, err, "MarshalJSON"}
}

func (e *encodeState) textMarshaler(v reflect.Value, t reflect.Type) error {
	if (v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface) && v.IsNil() {
		e.b = append(e.b, "null"...)
		return nil
	}
	m, ok := v.Interface().(encoding.TextMarshaler)
	if !ok {
		e.b = append(e.b, "null"...)
		return nil
	}
	out, err := m.MarshalText()
	if err != nil {
		return &MarshalerError{t, err, "MarshalText"}
	}
	e.string(string(out))
	return nil
}

func isEmptyValue(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Array, reflect.Map, reflect.Slice, reflect.String:
		return v.Len() == 0
	case reflect.Bool:
		return !v.Bool()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return v.Int() == 0
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return v.Uint() == 0
	case reflect.Float32, reflect.Float64:
		return v.Float() == 0
	case reflect.Interface, reflect.Pointer:
		return v.IsNil()
	}
	return false
}

func (e *encodeState) structValue(v reflect.Value) error {
	e.b = append(e.b, '{')
	first := true
fields:
	for _, f := range cachedTypeFields(v.Type()) {
		fv := v
		for _, i := range f.index {
			if fv.Kind() == reflect.Pointer {
				if fv.IsNil() {
					continue fields
				}
				fv = fv.Elem()
			}
			fv = fv.Field(i)
		}
		if f.omitEmpty && isEmptyValue(fv) {
			continue
		}
		if !first {
			e.b = append(e.b, ',')
		}
		first = false
		e.string(f.name)
		e.b = append(e.b, ':')
		if err := e.value(fv, f.quoted); err != nil {
			return err
		}
	}
	e.b = append(e.b, '}')
	return nil
}

func (e *encodeState) mapValue(v reflect.Value) error {
	t := v.Type()
	kt := t.Key()
	switch kt.Kind() {
	case reflect.String, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
	default:
		if !kt.Implements(textMarshalerType) {
			return &UnsupportedTypeError{t}
		}
	}
	if v.IsNil() {
		e.b = append(e.b, "null"...)
		return nil
	}
	type entry struct {
		key string
		v   reflect.Value
	}
	var entries []entry
	it := v.MapRange()
	for it.Next() {
		k := it.Key()
		var name string
		if k.Kind() == reflect.String {
			name = k.String()
		} else if tm, ok := k.Interface().(encoding.TextMarshaler); ok {
			if k.Kind() != reflect.Pointer || !k.IsNil() {
				b, err := tm.MarshalText()
				if err != nil {
					return &MarshalerError{k.Type(), err, "MarshalText"}
				}
				name = string(b)
			}
		} else if k.CanInt() {
			name = strconv.FormatInt(k.Int(), 10)
		} else {
			name = strconv.FormatUint(k.Uint(), 10)
		}
		entries = append(entries, entry{name, it.Value()})
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].key < entries[j].key })
	e.b = append(e.b, '{')
	for i, en := range entries {
		if i > 0 {
			e.b = append(e.b, ',')
		}
		e.string(en.key)
		e.b = append(e.b, ':')
		if err := e.value(en.v, false); err != nil {
			return err
		}
	}
	e.b = append(e.b, '}')
	return nil
}

func (e *encodeState) array(v reflect.Value) error {
	e.b = append(e.b, '[')
	for i, n := 0, v.Len(); i < n; i++ {
		if i > 0 {
			e.b = append(e.b, ',')
		}
		if err := e.value(v.Index(i), false); err != nil {
			return err
		}
	}
	e.b = append(e.b, ']')
	return nil
}

// string appends s as a JSON string: control characters, quote and backslash escaped, <, >
// and & too when escaping HTML, U+2028 and U+2029 always, and invalid UTF-8 as \ufffd.
func (e *encodeState) string(s string) {
	e.b = append(e.b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && (!e.escapeHTML || c != '<' && c != '>' && c != '&') {
				i++
				continue
			}
			e.b = append(e.b, s[start:i]...)
			switch c {
			case '"', '\\':
				e.b = append(e.b, '\\', c)
			case '\n':
				e.b = append(e.b, '\\', 'n')
			case '\r':
				e.b = append(e.b, '\\', 'r')
			case '\t':
				e.b = append(e.b, '\\', 't')
			default:
				e.b = append(e.b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			e.b = append(e.b, s[start:i]...)
			e.b = append(e.b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			e.b = append(e.b, s[start:i]...)
			e.b = append(e.b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	e.b = append(e.b, s[start:]...)
	e.b = append(e.b, '"')
}
