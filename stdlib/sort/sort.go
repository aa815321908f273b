// Package sort provides primitives for sorting slices and user-defined collections.
//
// This is gort's version of Go 1.19's package sort, written in Go so that Less, Swap and the
// less funcs of Slice run as ordinary Go calls on gort's engine. The algorithms (pdqsort.go)
// follow Go 1.19 step by step, so the order of equal elements after an unstable sort matches
// real Go. Slice and SliceStable sort with the func variant of the algorithms
// (zsortfunc.go, generated from pdqsort.go as Go generates its own), and reach the slice
// through two natives (sliceLen, sliceSwap) in place of Go's reflect.Swapper.
package sort

import "math/bits"

// An Interface is a collection that can be sorted by the routines in this package.
type Interface interface {
	// Len is the number of elements in the collection.
	Len() int
	// Less reports whether the element with index i must sort before the element with index j.
	Less(i, j int) bool
	// Swap swaps the elements with indexes i and j.
	Swap(i, j int)
}

// Sort sorts data in ascending order as determined by the Less method. It is not stable.
func Sort(data Interface) {
	n := data.Len()
	if n <= 1 {
		return
	}
	pdqsort(data, 0, n, bits.Len(uint(n)))
}

// Stable sorts data in ascending order, keeping the original order of equal elements.
func Stable(data Interface) {
	stable(data, data.Len())
}

// IsSorted reports whether data is sorted.
func IsSorted(data Interface) bool {
	n := data.Len()
	for i := n - 1; i > 0; i-- {
		if data.Less(i, i-1) {
			return false
		}
	}
	return true
}

type reverse struct {
	// This embedded Interface permits Reverse to use the methods of another implementation.
	Interface
}

// Less returns the opposite of the embedded implementation's Less method.
func (r reverse) Less(i, j int) bool {
	return r.Interface.Less(j, i)
}

// Reverse returns the reverse order for data.
func Reverse(data Interface) Interface {
	return &reverse{data}
}

// sliceLen returns len(x) for a slice held in an interface; it panics like reflect when x is
// not a slice.
func sliceLen(x any) int

// sliceSwap swaps elements i and j of the slice held in x.
func sliceSwap(x any, i, j int)

// lessSwap is what Slice and SliceStable sort (zsortfunc.go), as in Go: the caller's less
// func, called directly, and the slice, whose elements Swap exchanges in place of the func Go's
// reflectlite.Swapper makes.
type lessSwap struct {
	Less func(i, j int) bool
	x    any
}

func (d *lessSwap) Swap(i, j int) { sliceSwap(d.x, i, j) }

// Slice sorts the slice x given the provided less function. It panics if x is not a slice.
// The sort is not stable.
func Slice(x any, less func(i, j int) bool) {
	n := sliceLen(x)
	data := lessSwap{less, x}
	pdqsort_func(&data, 0, n, bits.Len(uint(n)))
}

// SliceStable sorts the slice x using the provided less function, keeping equal elements in
// their original order.
func SliceStable(x any, less func(i, j int) bool) {
	n := sliceLen(x)
	data := lessSwap{less, x}
	stable_func(&data, n)
}

// SliceIsSorted reports whether the slice x is sorted according to the provided less function.
func SliceIsSorted(x any, less func(i, j int) bool) bool {
	n := sliceLen(x)
	for i := n - 1; i > 0; i-- {
		if less(i, i-1) {
			return false
		}
	}
	return true
}

// IntSlice attaches the methods of Interface to []int, sorting in increasing order.
type IntSlice []int

func (x IntSlice) Len() int           { return len(x) }
func (x IntSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x IntSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

// Sort is a convenience method: x.Sort() calls Sort(x).
func (x IntSlice) Sort() { Sort(x) }

// Search returns the result of applying SearchInts to the receiver and x.
func (x IntSlice) Search(v int) int { return SearchInts(x, v) }

// Float64Slice implements Interface for a []float64, sorting in increasing order,
// with not-a-number (NaN) values ordered before other values.
type Float64Slice []float64

func (x Float64Slice) Len() int { return len(x) }

// Less reports x[i] < x[j], with NaNs first.
func (x Float64Slice) Less(i, j int) bool { return x[i] < x[j] || (isNaN(x[i]) && !isNaN(x[j])) }
func (x Float64Slice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

// isNaN is a copy of math.IsNaN to avoid a dependency on the math package.
func isNaN(f float64) bool {
	return f != f
}

// Sort is a convenience method: x.Sort() calls Sort(x).
func (x Float64Slice) Sort() { Sort(x) }

// Search returns the result of applying SearchFloat64s to the receiver and x.
func (x Float64Slice) Search(v float64) int { return SearchFloat64s(x, v) }

// StringSlice attaches the methods of Interface to []string, sorting in increasing order.
type StringSlice []string

func (x StringSlice) Len() int           { return len(x) }
func (x StringSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x StringSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

// Sort is a convenience method: x.Sort() calls Sort(x).
func (x StringSlice) Sort() { Sort(x) }

// Search returns the result of applying SearchStrings to the receiver and x.
func (x StringSlice) Search(v string) int { return SearchStrings(x, v) }

// Ints sorts a slice of ints in increasing order. Equal ints cannot be told apart, so the
// native sort (sortInts) leaves exactly what pdqsort leaves, without running it in Go.
func Ints(x []int) { sortInts(x) }

func sortInts(x []int)

// Float64s sorts a slice of float64s in increasing order (NaNs first).
func Float64s(x []float64) { Sort(Float64Slice(x)) }

// Strings sorts a slice of strings in increasing order, natively as Ints does. (Float64s
// stays in Go: pdqsort's order of -0 and +0, which compare equal, is visible.)
func Strings(x []string) { sortStrings(x) }

func sortStrings(x []string)

// IntsAreSorted reports whether the slice x is sorted in increasing order.
func IntsAreSorted(x []int) bool { return IsSorted(IntSlice(x)) }

// Float64sAreSorted reports whether the slice x is sorted in increasing order.
func Float64sAreSorted(x []float64) bool { return IsSorted(Float64Slice(x)) }

// StringsAreSorted reports whether the slice x is sorted in increasing order.
func StringsAreSorted(x []string) bool { return IsSorted(StringSlice(x)) }
