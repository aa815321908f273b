package latelog

import "testing"

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

// Failing a test that has ended panics.
func TestFailLate(t *testing.T) {
	var sub *testing.T
	t.Run("s", func(t *testing.T) { sub = t })
	sub.Errorf("late error %d", 1)
}
