package fuzzmisuse

import "testing"

func FuzzAddType(f *testing.F) {
	f.Add(struct{ x int }{1})
	f.Fuzz(func(t *testing.T, n int) {})
}

func FuzzTwice(f *testing.F) {
	f.Fuzz(func(t *testing.T, n int) {})
	f.Fuzz(func(t *testing.T, n int) {})
}

func FuzzNoCall(f *testing.F) {
	f.Log("forgot")
}

func FuzzArgs(f *testing.F) {
	f.Fuzz(func(n int) {})
}

func FuzzWrongSeed(f *testing.F) {
	f.Add(1, "x")
	f.Fuzz(func(t *testing.T, n int) {})
}

func FuzzUnsupported(f *testing.F) {
	f.Fuzz(func(t *testing.T, m map[string]int) {})
}

func FuzzFailInside(f *testing.F) {
	f.Add(1)
	f.Fuzz(func(t *testing.T, n int) {
		f.Fail()
	})
}
