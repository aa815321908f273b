// Package debug is gort's view of runtime/debug.
package debug

func SetGCPercent(percent int) int
func FreeOSMemory()
func SetMaxStack(bytes int) int { return 1000000000 }

// SetTraceback sets how much a crash's traceback prints (GOTRACEBACK's levels); it cannot
// lower the level GOTRACEBACK set.
func SetTraceback(level string)
