package fuzzseed

import (
	"math/bits"
	"testing"
)

func FuzzTypes(f *testing.F) {
	f.Add([]byte("a\x00"), "s\n", true, byte('b'), rune('r'), 1.5, float32(2.5), int(-1), int8(2), int16(3), int32(4), int64(5), uint(6), uint16(8), uint32(9), uint64(10))
	f.Fuzz(func(t *testing.T, b []byte, s string, ok bool, c byte, r rune, x float64, y float32, i int, i8 int8, i16 int16, i32 int32, i64 int64, u uint, u16 uint16, u32 uint32, u64 uint64) {
		t.Logf("%q %q %v %v %v %v %v", b, s, ok, c, r, x, y)
		t.Log(i, i8, i16, i32, i64, u, u16, u32, u64)
	})
}

func FuzzParity(f *testing.F) {
	f.Add(3)
	f.Add(-3)
	f.Add(6)
	f.Fuzz(func(t *testing.T, n int) {
		want := bits.OnesCount64(uint64(n))%2 == 0
		if got := Parity(n); got != want {
			t.Errorf("Parity(%d) = %v, want %v", n, got, want)
		}
	})
}

func FuzzBad(f *testing.F) {
	f.Fuzz(func(t *testing.T, s string) {})
}

func FuzzSkip(f *testing.F) {
	f.Skip("not today")
}

func TestPlain(t *testing.T) {}
