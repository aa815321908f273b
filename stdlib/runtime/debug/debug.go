// Package debug is gort's view of runtime/debug.
package debug

func SetGCPercent(percent int) int
func FreeOSMemory()
// SetMaxStack sets the most stack a goroutine may use (its first stack overflow throws).
func SetMaxStack(bytes int) int

// SetTraceback sets how much a crash's traceback prints (GOTRACEBACK's levels); it cannot
// lower the level GOTRACEBACK set.
func SetTraceback(level string)
