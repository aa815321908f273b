package calc

import "testing"

func TestAdd(t *testing.T) {
	if Add(2, 2) != 4 {
		t.Fatal("2+2")
	}
	t.Log("add ok")
}

func check(t *testing.T, got, want int) {
	t.Helper()
	if got != want {
		t.Errorf("got %d, want %d", got, want)
	}
}

func TestSub(t *testing.T) {
	t.Run("small", func(t *testing.T) {
		check(t, Add(1, -1), 0)
	})
	t.Run("wrong one", func(t *testing.T) {
		check(t, Add(1, 1), 3)
		t.Log("multi\nline")
	})
	t.Run("skip", func(t *testing.T) {
		t.Skip("not now")
	})
}

func TestFatal(t *testing.T) {
	defer t.Log("deferred")
	t.Fatalf("fatal %d", 1)
	t.Log("not reached")
}
