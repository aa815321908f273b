// Package debug is gort's view of runtime/debug.
package debug

import (
	"os"
	"runtime"
)

func SetGCPercent(percent int) int
func FreeOSMemory()
// SetMaxStack sets the most stack a goroutine may use (its first stack overflow throws).
func SetMaxStack(bytes int) int

// SetTraceback sets how much a crash's traceback prints (GOTRACEBACK's levels); it cannot
// lower the level GOTRACEBACK set.
func SetTraceback(level string)

// Stack returns a formatted stack trace of the goroutine that calls it (runtime.Stack's,
// growing the buffer until it fits).
func Stack() []byte {
	buf := make([]byte, 1024)
	for {
		n := runtime.Stack(buf, false)
		if n < len(buf) {
			return buf[:n]
		}
		buf = make([]byte, 2*len(buf))
	}
}

// PrintStack prints to standard error the stack trace returned by Stack.
func PrintStack() {
	os.Stderr.Write(Stack())
}
