package cleanups

import (
	"fmt"
	"os"
	"testing"
)

// checkPositive is a helper: its errors name its caller's line.
func checkPositive(t *testing.T, n int) {
	t.Helper()
	if n <= 0 {
		t.Errorf("want a positive number, got %d", n)
	}
}

func TestHelperInCleanup(t *testing.T) {
	t.Cleanup(func() {
		t.Helper()
		checkPositive(t, -1)
	})
	t.Log("body done")
}

func TestSetenvThenParallel(t *testing.T) {
	t.Setenv("CLEANUPS_MODE", "fast")
	defer func() {
		t.Log("recovered:", recover())
	}()
	t.Parallel()
}

func TestParallelThenSetenv(t *testing.T) {
	t.Run("inner", func(t *testing.T) {
		t.Parallel()
		defer func() {
			t.Log("recovered:", recover())
		}()
		t.Setenv("CLEANUPS_MODE", "slow")
	})
	_, set := os.LookupEnv("CLEANUPS_MODE")
	t.Log("set after:", set)
}

func TestPanicInSub(t *testing.T) {
	t.Cleanup(func() { fmt.Println("outer cleanup") })
	t.Run("bad", func(t *testing.T) {
		t.Cleanup(func() { fmt.Println("inner cleanup") })
		t.Log("about to panic")
		panic(fmt.Errorf("bad input %d", 7))
	})
}

func TestCleanupPanics(t *testing.T) {
	t.Cleanup(func() { fmt.Println("registered first, runs last") })
	t.Cleanup(func() { panic("cleanup failed") })
	t.Log("body")
}
