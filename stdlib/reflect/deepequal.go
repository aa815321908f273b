// DeepEqual: Go's deep equality.
//
// Models Go 1.19's reflect/deepequal.go; the walk is a native
// (src/stdlib/native/reflect_deepequal.ts), since it calls no Go code.
package reflect

// DeepEqual reports whether x and y are "deeply equal": identical types, and values equal
// element by element, field by field, with cycles of pointers, slices and maps treated as
// equal the second time they are met. NaN is not deeply equal to itself; a nil slice or map
// is not deeply equal to an empty one; funcs are deeply equal only if both are nil.
func DeepEqual(x, y any) bool
