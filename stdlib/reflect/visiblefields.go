// VisibleFields: the fields of a struct type that FieldByName reaches.
//
// Models Go 1.19's reflect/visiblefields.go: fields in index preorder (an embedded field is
// followed by the fields it promotes); a name is visible at the shallowest depth it occurs at,
// and only if it occurs once at that depth.
package reflect

// VisibleFields returns all the visible fields in t, which must be a struct type, including
// the fields inside embedded structs and unexported fields.
func VisibleFields(t Type) []StructField {
	if t == nil {
		panic("reflect: VisibleFields(nil)")
	}
	if t.Kind() != Struct {
		panic("reflect.VisibleFields of non-struct type")
	}
	var all []StructField
	collectFields(t, nil, map[Type]bool{}, &all)
	depth := map[string]int{}
	count := map[string]int{}
	for _, f := range all {
		d := len(f.Index)
		if m, ok := depth[f.Name]; !ok || d < m {
			depth[f.Name] = d
			count[f.Name] = 1
		} else if d == m {
			count[f.Name]++
		}
	}
	out := make([]StructField, 0, len(all))
	for _, f := range all {
		if len(f.Index) == depth[f.Name] && count[f.Name] == 1 {
			out = append(out, f)
		}
	}
	return out
}

// collectFields appends the fields of struct type t and, after each embedded struct field,
// the fields of that struct, with their index paths below path. A struct type already being
// walked on the current path is not walked again.
func collectFields(t Type, path []int, walking map[Type]bool, out *[]StructField) {
	if walking[t] {
		return
	}
	walking[t] = true
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		f.Index = append(append([]int(nil), path...), i)
		*out = append(*out, f)
		if f.Anonymous {
			ft := f.Type
			if ft.Kind() == Pointer {
				ft = ft.Elem()
			}
			if ft.Kind() == Struct {
				collectFields(ft, f.Index, walking, out)
			}
		}
	}
	delete(walking, t)
}
