// Swapper: a function that swaps the elements of a slice.
//
// Models Go 1.19's reflect/swapper.go: the panics for a non-slice and for indexes into an empty
// or one-element slice. The swap itself is a native (a swap of two slots of the backing array:
// element values, even structs and arrays, move as a whole, as a Go swap of values does).
package reflect

// Swapper returns a function that swaps the elements in the provided slice. It panics if the
// provided interface is not a slice.
func Swapper(slice any) func(i, j int) {
	v := ValueOf(slice)
	if v.Kind() != Slice {
		panic(&ValueError{Method: "Swapper", Kind: v.Kind()})
	}
	switch v.Len() {
	case 0:
		return func(i, j int) { panic("reflect: slice index out of range") }
	case 1:
		return func(i, j int) {
			if i != 0 || j != 0 {
				panic("reflect: slice index out of range")
			}
		}
	}
	n := v.Len()
	return func(i, j int) {
		if uint(i) >= uint(n) || uint(j) >= uint(n) {
			panic("reflect: slice index out of range")
		}
		swap(slice, i, j)
	}
}

// swap exchanges elements i and j of the slice held in s (both in range).
func swap(s any, i, j int)
