package json

import (
	"reflect"
	"sort"
	"strings"
	"sync"
	"unicode"
)

// A field is one JSON member of a struct type: its name, where it is (an index path through
// embedded structs) and its tag options.
type field struct {
	name      string
	tagged    bool // the name came from the tag
	index     []int
	typ       reflect.Type
	omitEmpty bool
	quoted    bool // ",string"
}

func validTagName(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		if !strings.ContainsRune("!#$%&()*+-./:;<=>?@[]^_{|}~ ", c) && !unicode.IsLetter(c) && !unicode.IsDigit(c) {
			return false
		}
	}
	return true
}

func hasOption(opts, name string) bool {
	for opts != "" {
		var o string
		o, opts, _ = strings.Cut(opts, ",")
		if o == name {
			return true
		}
	}
	return false
}

func lessIndex(a, b []int) bool {
	for k, x := range a {
		if k >= len(b) {
			return false
		}
		if x != b[k] {
			return x < b[k]
		}
	}
	return len(a) < len(b)
}

var fieldCache sync.Map // reflect.Type -> []field

// cachedTypeFields is typeFields computed once per type, as Go's.
func cachedTypeFields(t reflect.Type) []field {
	if f, ok := fieldCache.Load(t); ok {
		return f.([]field)
	}
	f, _ := fieldCache.LoadOrStore(t, typeFields(t))
	return f.([]field)
}

// typeFields returns the JSON fields of struct type t under Go's rules: exported fields and
// the fields promoted from embedded structs, level by level (breadth first); among fields of
// one name the shallowest wins, then a tagged one, and a tie hides the name altogether.
func typeFields(t reflect.Type) []field {
	var all []field
	level := []field{{typ: t}}
	visited := map[reflect.Type]bool{}
	count := map[reflect.Type]int{}
	for len(level) > 0 {
		var next []field
		nextCount := map[reflect.Type]int{}
		for _, f := range level {
			if visited[f.typ] {
				continue
			}
			visited[f.typ] = true
			for i := 0; i < f.typ.NumField(); i++ {
				sf := f.typ.Field(i)
				if sf.Anonymous {
					et := sf.Type
					if et.Kind() == reflect.Pointer {
						et = et.Elem()
					}
					if !sf.IsExported() && et.Kind() != reflect.Struct {
						continue
					}
				} else if !sf.IsExported() {
					continue
				}
				tag := sf.Tag.Get("json")
				if tag == "-" {
					continue
				}
				name, opts, _ := strings.Cut(tag, ",")
				if !validTagName(name) {
					name = ""
				}
				index := append(append([]int(nil), f.index...), i)
				ft := sf.Type
				if ft.Name() == "" && ft.Kind() == reflect.Pointer {
					ft = ft.Elem()
				}
				if name == "" && sf.Anonymous && ft.Kind() == reflect.Struct {
					// Descend into the embedded struct at the next level.
					nextCount[ft]++
					if nextCount[ft] == 1 {
						next = append(next, field{name: ft.Name(), index: index, typ: ft})
					}
					continue
				}
				quoted := false
				if hasOption(opts, "string") {
					switch ft.Kind() {
					case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
						reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
						reflect.Float32, reflect.Float64, reflect.String:
						quoted = true
					}
				}
				nf := field{name: name, tagged: name != "", index: index, typ: ft, omitEmpty: hasOption(opts, "omitempty"), quoted: quoted}
				if nf.name == "" {
					nf.name = sf.Name
				}
				all = append(all, nf)
				if count[f.typ] > 1 {
					// The same struct embedded twice at one level: its fields collide.
					all = append(all, nf)
				}
			}
		}
		level, count = next, nextCount
	}
	sort.SliceStable(all, func(i, j int) bool {
		a, b := all[i], all[j]
		if a.name != b.name {
			return a.name < b.name
		}
		if len(a.index) != len(b.index) {
			return len(a.index) < len(b.index)
		}
		if a.tagged != b.tagged {
			return a.tagged
		}
		return lessIndex(a.index, b.index)
	})
	var out []field
	for i := 0; i < len(all); {
		j := i + 1
		for j < len(all) && all[j].name == all[i].name {
			j++
		}
		if j-i == 1 || len(all[i].index) < len(all[i+1].index) || all[i].tagged && !all[i+1].tagged {
			out = append(out, all[i])
		}
		i = j
	}
	sort.Slice(out, func(i, j int) bool { return lessIndex(out[i].index, out[j].index) })
	return out
}

// fieldByKey finds the field an object key sets: the exact name, else a case-insensitive match.
func fieldByKey(fields []field, key string) *field {
	for i := range fields {
		if fields[i].name == key {
			return &fields[i]
		}
	}
	for i := range fields {
		if strings.EqualFold(fields[i].name, key) {
			return &fields[i]
		}
	}
	return nil
}
