// Tests whose order -shuffle decides: each logs where it ran, and TestLast fails unless the
// others ran before it.
package shuffled

import "testing"

var ran []string

func record(t *testing.T) {
	ran = append(ran, t.Name())
	t.Logf("after %v", ran[:len(ran)-1])
}

func TestAlpha(t *testing.T) { record(t) }
func TestBeta(t *testing.T)  { record(t) }
func TestGamma(t *testing.T) { record(t) }
func TestDelta(t *testing.T) { record(t) }

func TestLast(t *testing.T) {
	record(t)
	if len(ran) != 5 {
		t.Errorf("ran %d tests before the last", len(ran)-1)
	}
}

func BenchmarkOne(b *testing.B) {}
func BenchmarkTwo(b *testing.B) {}
