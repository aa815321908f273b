package latelog

import (
	"testing"
	"time"
)

// A subtest's log after it has ended goes to its parent's log.
func TestParent(t *testing.T) {
	var sub *testing.T
	t.Run("s", func(t *testing.T) { sub = t })
	sub.Log("late log")
}

var saved *testing.T

func TestSave(t *testing.T) { saved = t }

// A top-level test's log after it has ended goes to the root's, which is never printed.
func TestLater(t *testing.T) {
	saved.Log("after TestSave")
	t.Log("own log")
}

// A goroutine the test started logs after the test has returned: the line goes to the root's
// log, which is never printed.
func TestGoroutineLogsLate(t *testing.T) {
	go func() {
		time.Sleep(20 * time.Millisecond)
		t.Log("from a goroutine, too late")
	}()
	t.Log("test body")
}

// Failing a test that has ended panics.
func TestFailLate(t *testing.T) {
	var sub *testing.T
	t.Run("s", func(t *testing.T) { sub = t })
	sub.Errorf("late error %d", 1)
}
