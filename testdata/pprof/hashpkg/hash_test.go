package hashpkg

import "testing"

func TestSum(t *testing.T) {
	buf := make([]byte, 4096)
	for i := range buf {
		buf[i] = byte(i * 7)
	}
	h := uint64(14695981039346656037)
	for r := 0; r < 4000; r++ {
		h = Sum(buf, h)
	}
	if h == 0 {
		t.Fatal("zero hash")
	}
}
