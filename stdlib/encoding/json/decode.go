package json

// Decoding runs in two passes, as Go's does: the scanner checks the whole input first (so
// that a syntax error is reported before any value is stored, with Go's text and offset),
// then a recursive descent over the known-valid text stores values through reflect. A type
// mismatch is remembered (the first one is returned) and decoding goes on.

import (
	"encoding"
	"encoding/base64"
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Unmarshaler is the interface implemented by types that can unmarshal a JSON description of themselves.
type Unmarshaler interface {
	UnmarshalJSON([]byte) error
}

// An UnmarshalTypeError describes a JSON value that was not appropriate for a value of a specific Go type.
type UnmarshalTypeError struct {
	Value  string       // description of JSON value - "bool", "array", "number -5"
	Type   reflect.Type // type of Go value it could not be assigned to
	Offset int64        // error occurred after reading Offset bytes
	Struct string       // name of the struct type containing the field
	Field  string       // the full path from root node to the field
}

func (e *UnmarshalTypeError) Error() string {
	if e.Struct != "" || e.Field != "" {
		return "json: cannot unmarshal " + e.Value + " into Go struct field " + e.Struct + "." + e.Field + " of type " + e.Type.String()
	}
	return "json: cannot unmarshal " + e.Value + " into Go value of type " + e.Type.String()
}

// An UnmarshalFieldError describes a JSON object key that led to an unexported (and therefore
// unwritable) struct field. It is no longer used.
type UnmarshalFieldError struct {
	Key   string
	Type  reflect.Type
	Field reflect.StructField
}

func (e *UnmarshalFieldError) Error() string {
	return "json: cannot unmarshal object key " + strconv.Quote(e.Key) + " into unexported field " + e.Field.Name + " of type " + e.Type.String()
}

// An InvalidUnmarshalError describes an invalid argument passed to Unmarshal.
type InvalidUnmarshalError struct {
	Type reflect.Type
}

func (e *InvalidUnmarshalError) Error() string {
	if e.Type == nil {
		return "json: Unmarshal(nil)"
	}
	if e.Type.Kind() != reflect.Pointer {
		return "json: Unmarshal(non-pointer " + e.Type.String() + ")"
	}
	return "json: Unmarshal(nil " + e.Type.String() + ")"
}

// A Number represents a JSON number literal.
type Number string

// String returns the literal text of the number.
func (n Number) String() string { return string(n) }

// Float64 returns the number as a float64.
func (n Number) Float64() (float64, error) { return strconv.ParseFloat(string(n), 64) }

// Int64 returns the number as an int64.
func (n Number) Int64() (int64, error) { return strconv.ParseInt(string(n), 10, 64) }

// RawMessage is a raw encoded JSON value.
type RawMessage []byte

// MarshalJSON returns m as the JSON encoding of m.
func (m RawMessage) MarshalJSON() ([]byte, error) {
	if m == nil {
		return []byte("null"), nil
	}
	return m, nil
}

// UnmarshalJSON sets *m to a copy of data.
func (m *RawMessage) UnmarshalJSON(data []byte) error {
	if m == nil {
		return errors.New("json.RawMessage: UnmarshalJSON on nil pointer")
	}
	*m = append((*m)[0:0], data...)
	return nil
}

var (
	numberType          = reflect.TypeOf(Number(""))
	textUnmarshalerType = reflect.TypeOf((*encoding.TextUnmarshaler)(nil)).Elem()
	float64Type         = reflect.TypeOf(0.0)
)

// isValidNumber reports whether s is a JSON number literal.
func isValidNumber(s string) bool {
	if s == "" {
		return false
	}
	if s[0] == '-' {
		s = s[1:]
		if s == "" {
			return false
		}
	}
	switch {
	case s[0] == '0':
		s = s[1:]
	case '1' <= s[0] && s[0] <= '9':
		for s != "" && isDigit(s[0]) {
			s = s[1:]
		}
	default:
		return false
	}
	if len(s) >= 2 && s[0] == '.' && isDigit(s[1]) {
		s = s[2:]
		for s != "" && isDigit(s[0]) {
			s = s[1:]
		}
	}
	if len(s) >= 2 && (s[0] == 'e' || s[0] == 'E') {
		s = s[1:]
		if s[0] == '+' || s[0] == '-' {
			s = s[1:]
			if s == "" {
				return false
			}
		}
		for s != "" && isDigit(s[0]) {
			s = s[1:]
		}
	}
	return s == ""
}

// Unmarshal parses the JSON-encoded data and stores the result in the value pointed to by v.
func Unmarshal(data []byte, v any) error {
	var s scanner
	if err := checkValid(data, &s); err != nil {
		return err
	}
	d := decodeState{data: data}
	return d.unmarshal(v)
}

type decodeState struct {
	data                  []byte
	off                   int
	useNumber             bool
	disallowUnknownFields bool
	savedError            error
	errStruct             reflect.Type // error context: the struct whose field is being decoded
	fieldStack            []string     // and the path of field names to it
}

func (d *decodeState) unmarshal(v any) error {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return &InvalidUnmarshalError{reflect.TypeOf(v)}
	}
	if err := d.value(rv); err != nil {
		return d.withContext(err)
	}
	return d.savedError
}

func (d *decodeState) withContext(err error) error {
	if d.errStruct != nil || len(d.fieldStack) > 0 {
		if ute, ok := err.(*UnmarshalTypeError); ok {
			if d.errStruct != nil {
				ute.Struct = d.errStruct.Name()
			}
			ute.Field = strings.Join(d.fieldStack, ".")
		}
	}
	return err
}

func (d *decodeState) saveError(err error) {
	if d.savedError == nil {
		d.savedError = d.withContext(err)
	}
}

func (d *decodeState) typeError(what string, t reflect.Type, off int) {
	d.saveError(&UnmarshalTypeError{Value: what, Type: t, Offset: int64(off)})
}

func (d *decodeState) skipSpace() {
	for d.off < len(d.data) && isSpace(d.data[d.off]) {
		d.off++
	}
}

// skip moves past the value at d.off and returns its text.
func (d *decodeState) skip() []byte {
	d.skipSpace()
	start := d.off
	depth := 0
	for {
		switch d.data[d.off] {
		case '{', '[':
			depth++
			d.off++
		case '}', ']':
			depth--
			d.off++
		case ',', ':', ' ', '\t', '\r', '\n':
			d.off++
			continue
		default:
			d.off = literalEnd(d.data, d.off)
		}
		if depth == 0 {
			return d.data[start:d.off]
		}
	}
}

// stringEnd returns the offset after the string literal starting at i.
func stringEnd(data []byte, i int) int {
	for i++; data[i] != '"'; i++ {
		if data[i] == '\\' {
			i++
		}
	}
	return i + 1
}

// literalEnd returns the offset after the literal (string, number, true, false, null) at i.
func literalEnd(data []byte, i int) int {
	if data[i] == '"' {
		return stringEnd(data, i)
	}
	for i < len(data) {
		c := data[i]
		if !(isDigit(c) || 'a' <= c && c <= 'z' || c == '-' || c == '+' || c == '.' || c == 'E') {
			break
		}
		i++
	}
	return i
}

// value decodes the value at d.off into v (which may be invalid: the value is skipped).
func (d *decodeState) value(v reflect.Value) error {
	d.skipSpace()
	if !v.IsValid() {
		d.skip()
		return nil
	}
	switch d.data[d.off] {
	case '{':
		return d.object(v)
	case '[':
		return d.array(v)
	}
	start := d.off
	d.off = literalEnd(d.data, d.off)
	return d.literalStore(d.data[start:d.off], v, false)
}

// indirect walks down v through pointers (allocating them) and non-empty interfaces holding
// pointers, stopping at an Unmarshaler or TextUnmarshaler. With decodingNull, it stops at the
// last settable pointer, so that null can clear it.
func indirect(v reflect.Value, decodingNull bool) (Unmarshaler, encoding.TextUnmarshaler, reflect.Value) {
	v0 := v
	haveAddr := false
	if v.Kind() != reflect.Pointer && v.Type().Name() != "" && v.CanAddr() {
		haveAddr = true
		v = v.Addr()
	}
	for {
		if v.Kind() == reflect.Interface && !v.IsNil() {
			e := v.Elem()
			if e.Kind() == reflect.Pointer && !e.IsNil() && (!decodingNull || e.Elem().Kind() == reflect.Pointer) {
				haveAddr = false
				v = e
				continue
			}
		}
		if v.Kind() != reflect.Pointer {
			break
		}
		if decodingNull && v.CanSet() {
			break
		}
		if v.IsNil() {
			v.Set(reflect.New(v.Type().Elem()))
		}
		if v.Type().NumMethod() > 0 && v.CanInterface() {
			if u, ok := v.Interface().(Unmarshaler); ok {
				return u, nil, reflect.Value{}
			}
			if !decodingNull {
				if u, ok := v.Interface().(encoding.TextUnmarshaler); ok {
					return nil, u, reflect.Value{}
				}
			}
		}
		if haveAddr {
			v = v0
			haveAddr = false
		} else {
			v = v.Elem()
		}
	}
	return nil, nil, v
}

func (d *decodeState) array(v reflect.Value) error {
	start := d.off
	u, ut, pv := indirect(v, false)
	if u != nil {
		return u.UnmarshalJSON(d.skip())
	}
	if ut != nil {
		d.typeError("array", v.Type(), start+1)
		d.skip()
		return nil
	}
	v = pv
	switch v.Kind() {
	case reflect.Interface:
		if v.NumMethod() == 0 {
			v.Set(reflect.ValueOf(d.valueInterface()))
			return nil
		}
		d.typeError("array", v.Type(), start+1)
		d.skip()
		return nil
	case reflect.Array, reflect.Slice:
	default:
		d.typeError("array", v.Type(), start+1)
		d.skip()
		return nil
	}
	d.off++ // [
	i := 0
	for {
		d.skipSpace()
		if d.data[d.off] == ']' {
			d.off++
			break
		}
		if v.Kind() == reflect.Slice {
			if i >= v.Cap() {
				newcap := v.Cap() + v.Cap()/2
				if newcap < 4 {
					newcap = 4
				}
				nv := reflect.MakeSlice(v.Type(), v.Len(), newcap)
				reflect.Copy(nv, v)
				v.Set(nv)
			}
			if i >= v.Len() {
				v.SetLen(i + 1)
			}
		}
		var err error
		if i < v.Len() {
			err = d.value(v.Index(i))
		} else {
			err = d.value(reflect.Value{})
		}
		if err != nil {
			return err
		}
		i++
		d.skipSpace()
		if d.data[d.off] == ',' {
			d.off++
		}
	}
	if i < v.Len() {
		if v.Kind() == reflect.Array {
			z := reflect.Zero(v.Type().Elem())
			for ; i < v.Len(); i++ {
				v.Index(i).Set(z)
			}
		} else {
			v.SetLen(i)
		}
	}
	if i == 0 && v.Kind() == reflect.Slice {
		v.Set(reflect.MakeSlice(v.Type(), 0, 0))
	}
	return nil
}

// unquotedValue stands for a non-string value read for a ",string" field.
type unquotedValue struct{}

func (d *decodeState) object(v reflect.Value) error {
	start := d.off
	u, ut, pv := indirect(v, false)
	if u != nil {
		return u.UnmarshalJSON(d.skip())
	}
	if ut != nil {
		d.typeError("object", v.Type(), start+1)
		d.skip()
		return nil
	}
	v = pv
	t := v.Type()
	if v.Kind() == reflect.Interface && v.NumMethod() == 0 {
		v.Set(reflect.ValueOf(d.valueInterface()))
		return nil
	}
	var fields []field
	switch v.Kind() {
	case reflect.Map:
		switch t.Key().Kind() {
		case reflect.String, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
			reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		default:
			if !reflect.PointerTo(t.Key()).Implements(textUnmarshalerType) {
				d.typeError("object", t, start+1)
				d.skip()
				return nil
			}
		}
		if v.IsNil() {
			v.Set(reflect.MakeMap(t))
		}
	case reflect.Struct:
		fields = cachedTypeFields(t)
	default:
		d.typeError("object", t, start+1)
		d.skip()
		return nil
	}
	origStruct, origDepth := d.errStruct, len(d.fieldStack)
	d.off++ // {
	for {
		d.skipSpace()
		if d.data[d.off] == '}' {
			d.off++
			break
		}
		keyStart := d.off
		d.off = stringEnd(d.data, d.off)
		quotedKey := d.data[keyStart:d.off]
		key, _ := unquote(quotedKey)
		d.skipSpace()
		d.off++ // :
		var subv reflect.Value
		destring := false
		if v.Kind() == reflect.Map {
			subv = reflect.New(t.Elem()).Elem()
		} else if f := fieldByKey(fields, key); f != nil {
			subv = v
			destring = f.quoted
			for _, i := range f.index {
				if subv.Kind() == reflect.Pointer {
					if subv.IsNil() {
						if !subv.CanSet() {
							d.saveError(fmt.Errorf("json: cannot set embedded pointer to unexported struct: %v", subv.Type().Elem()))
							subv, destring = reflect.Value{}, false
							break
						}
						subv.Set(reflect.New(subv.Type().Elem()))
					}
					subv = subv.Elem()
				}
				subv = subv.Field(i)
			}
			d.fieldStack = append(d.fieldStack, f.name)
			d.errStruct = t
		} else if d.disallowUnknownFields {
			d.saveError(fmt.Errorf("json: unknown field %q", key))
		}
		if destring {
			d.skipSpace()
			switch q := d.valueQuoted().(type) {
			case nil:
				if err := d.literalStore([]byte("null"), subv, false); err != nil {
					return err
				}
			case string:
				if err := d.literalStore([]byte(q), subv, true); err != nil {
					return err
				}
			default:
				d.saveError(fmt.Errorf("json: invalid use of ,string struct tag, trying to unmarshal unquoted value into %v", subv.Type()))
			}
		} else if err := d.value(subv); err != nil {
			return err
		}
		if v.Kind() == reflect.Map {
			kt := t.Key()
			var kv reflect.Value
			switch {
			case reflect.PointerTo(kt).Implements(textUnmarshalerType):
				kv = reflect.New(kt)
				if err := d.literalStore(quotedKey, kv, true); err != nil {
					return err
				}
				kv = kv.Elem()
			case kt.Kind() == reflect.String:
				kv = reflect.ValueOf(key).Convert(kt)
			default:
				switch kt.Kind() {
				case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
					n, err := strconv.ParseInt(key, 10, 64)
					if err != nil || reflect.Zero(kt).OverflowInt(n) {
						d.typeError("number "+key, kt, keyStart+1)
						break
					}
					kv = reflect.ValueOf(n).Convert(kt)
				default:
					n, err := strconv.ParseUint(key, 10, 64)
					if err != nil || reflect.Zero(kt).OverflowUint(n) {
						d.typeError("number "+key, kt, keyStart+1)
						break
					}
					kv = reflect.ValueOf(n).Convert(kt)
				}
			}
			if kv.IsValid() {
				v.SetMapIndex(kv, subv)
			}
		}
		d.skipSpace()
		if d.data[d.off] == ',' {
			d.off++
		}
		d.fieldStack = d.fieldStack[:origDepth]
		d.errStruct = origStruct
	}
	return nil
}

// valueQuoted reads a value for a ",string" field: nil for null, the string, or unquotedValue.
func (d *decodeState) valueQuoted() any {
	switch d.data[d.off] {
	case '{', '[':
		d.skip()
		return unquotedValue{}
	}
	switch v := d.valueInterface().(type) {
	case nil, string:
		return v
	}
	return unquotedValue{}
}

func (d *decodeState) stringTagError(item []byte, v reflect.Value) error {
	return fmt.Errorf("json: invalid use of ,string struct tag, trying to unmarshal %q into %v", item, v.Type())
}

// literalStore stores the literal item into v; fromQuoted says item came from inside a
// ",string" field's string.
func (d *decodeState) literalStore(item []byte, v reflect.Value, fromQuoted bool) error {
	if len(item) == 0 {
		d.saveError(d.stringTagError(item, v))
		return nil
	}
	isNull := item[0] == 'n'
	u, ut, pv := indirect(v, isNull)
	if u != nil {
		return u.UnmarshalJSON(item)
	}
	if ut != nil {
		if item[0] != '"' {
			if fromQuoted {
				d.saveError(d.stringTagError(item, v))
				return nil
			}
			what := "number"
			switch item[0] {
			case 'n':
				what = "null"
			case 't', 'f':
				what = "bool"
			}
			d.typeError(what, v.Type(), d.off)
			return nil
		}
		s, ok := unquote(item)
		if !ok {
			return d.stringTagError(item, v)
		}
		return ut.UnmarshalText([]byte(s))
	}
	v = pv
	switch c := item[0]; {
	case c == 'n':
		if fromQuoted && string(item) != "null" {
			d.saveError(d.stringTagError(item, v))
			break
		}
		switch v.Kind() {
		case reflect.Interface, reflect.Pointer, reflect.Map, reflect.Slice:
			v.Set(reflect.Zero(v.Type()))
		}
	case c == 't' || c == 'f':
		value := c == 't'
		if fromQuoted && string(item) != "true" && string(item) != "false" {
			d.saveError(d.stringTagError(item, v))
			break
		}
		switch {
		case v.Kind() == reflect.Bool:
			v.SetBool(value)
		case v.Kind() == reflect.Interface && v.NumMethod() == 0:
			v.Set(reflect.ValueOf(value))
		case fromQuoted && v.Kind() != reflect.Interface:
			d.saveError(d.stringTagError(item, v))
		default:
			d.typeError("bool", v.Type(), d.off)
		}
	case c == '"':
		s, ok := unquote(item)
		if !ok {
			return d.stringTagError(item, v)
		}
		switch v.Kind() {
		case reflect.Slice:
			if v.Type().Elem().Kind() != reflect.Uint8 {
				d.typeError("string", v.Type(), d.off)
				break
			}
			b, err := base64.StdEncoding.DecodeString(s)
			if err != nil {
				d.saveError(err)
				break
			}
			v.SetBytes(b)
		case reflect.String:
			if v.Type() == numberType && !isValidNumber(s) {
				return fmt.Errorf("json: invalid number literal, trying to unmarshal %q into Number", item)
			}
			v.SetString(s)
		case reflect.Interface:
			if v.NumMethod() == 0 {
				v.Set(reflect.ValueOf(s))
			} else {
				d.typeError("string", v.Type(), d.off)
			}
		default:
			d.typeError("string", v.Type(), d.off)
		}
	default:
		if c != '-' && !isDigit(c) {
			return d.stringTagError(item, v)
		}
		s := string(item)
		switch v.Kind() {
		case reflect.Interface:
			n, err := d.convertNumber(s)
			if err != nil {
				d.saveError(err)
				break
			}
			if v.NumMethod() != 0 {
				d.typeError("number", v.Type(), d.off)
				break
			}
			v.Set(reflect.ValueOf(n))
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
			n, err := strconv.ParseInt(s, 10, 64)
			if err != nil || v.OverflowInt(n) {
				d.typeError("number "+s, v.Type(), d.off)
				break
			}
			v.SetInt(n)
		case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
			n, err := strconv.ParseUint(s, 10, 64)
			if err != nil || v.OverflowUint(n) {
				d.typeError("number "+s, v.Type(), d.off)
				break
			}
			v.SetUint(n)
		case reflect.Float32, reflect.Float64:
			n, err := strconv.ParseFloat(s, v.Type().Bits())
			if err != nil || v.OverflowFloat(n) {
				d.typeError("number "+s, v.Type(), d.off)
				break
			}
			v.SetFloat(n)
		default:
			if v.Kind() == reflect.String && v.Type() == numberType {
				v.SetString(s)
				break
			}
			if fromQuoted {
				return d.stringTagError(item, v)
			}
			d.typeError("number", v.Type(), d.off)
		}
	}
	return nil
}

func (d *decodeState) convertNumber(s string) (any, error) {
	if d.useNumber {
		return Number(s), nil
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return nil, &UnmarshalTypeError{Value: "number " + s, Type: float64Type, Offset: int64(d.off)}
	}
	return f, nil
}

// valueInterface decodes the value at d.off into map[string]any, []any, float64 (or Number),
// string, bool or nil.
func (d *decodeState) valueInterface() any {
	d.skipSpace()
	switch d.data[d.off] {
	case '{':
		m := map[string]any{}
		d.off++
		for {
			d.skipSpace()
			if d.data[d.off] == '}' {
				d.off++
				return m
			}
			ks := d.off
			d.off = stringEnd(d.data, d.off)
			key, _ := unquote(d.data[ks:d.off])
			d.skipSpace()
			d.off++ // :
			m[key] = d.valueInterface()
			d.skipSpace()
			if d.data[d.off] == ',' {
				d.off++
			}
		}
	case '[':
		a := []any{}
		d.off++
		for {
			d.skipSpace()
			if d.data[d.off] == ']' {
				d.off++
				return a
			}
			a = append(a, d.valueInterface())
			d.skipSpace()
			if d.data[d.off] == ',' {
				d.off++
			}
		}
	}
	start := d.off
	d.off = literalEnd(d.data, d.off)
	item := d.data[start:d.off]
	switch item[0] {
	case 'n':
		return nil
	case 't', 'f':
		return item[0] == 't'
	case '"':
		s, _ := unquote(item)
		return s
	}
	n, err := d.convertNumber(string(item))
	if err != nil {
		d.saveError(err)
	}
	return n
}

func getu4(s []byte) rune {
	if len(s) < 6 || s[0] != '\\' || s[1] != 'u' {
		return -1
	}
	r, err := strconv.ParseUint(string(s[2:6]), 16, 32)
	if err != nil {
		return -1
	}
	return rune(r)
}

// unquote converts a quoted JSON string literal to its value: escapes decoded, surrogate
// pairs joined, and a lone surrogate or invalid UTF-8 replaced by U+FFFD.
func unquote(s []byte) (string, bool) {
	if len(s) < 2 || s[0] != '"' || s[len(s)-1] != '"' {
		return "", false
	}
	s = s[1 : len(s)-1]
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '\\':
			if i+1 >= len(s) {
				return "", false
			}
			switch e := s[i+1]; e {
			case '"', '\\', '/', '\'':
				b = append(b, e)
			case 'b':
				b = append(b, '\b')
			case 'f':
				b = append(b, '\f')
			case 'n':
				b = append(b, '\n')
			case 'r':
				b = append(b, '\r')
			case 't':
				b = append(b, '\t')
			case 'u':
				r := getu4(s[i:])
				if r < 0 {
					return "", false
				}
				i += 6
				if 0xD800 <= r && r < 0xE000 {
					r2 := getu4(s[i:])
					if r < 0xDC00 && 0xDC00 <= r2 && r2 < 0xE000 {
						r = (r-0xD800)<<10 | (r2 - 0xDC00) + 0x10000
						i += 6
					} else {
						r = utf8.RuneError
					}
				}
				b = utf8.AppendRune(b, r)
				continue
			default:
				return "", false
			}
			i += 2
		case c == '"' || c < ' ':
			return "", false
		case c < utf8.RuneSelf:
			b = append(b, c)
			i++
		default:
			r, size := utf8.DecodeRune(s[i:])
			if r == utf8.RuneError && size == 1 {
				b = utf8.AppendRune(b, utf8.RuneError)
			} else {
				b = append(b, s[i:i+size]...)
			}
			i += size
		}
	}
	return string(b), true
}
