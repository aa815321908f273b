// Stack and PrintStack at Go 1.19's lines of runtime/debug/stack.go, so that a traceback
// through them names stack.go:16 and stack.go:24 as Go's does. From Go's source (the Go
// Authors' BSD license, stdlib/LICENSE).

// The package's doc comment is in debug.go.

package debug

import (
	"os"
	"runtime"
)

// PrintStack prints to standard error the stack trace returned by runtime.Stack.
func PrintStack() {
	os.Stderr.Write(Stack())
}

// Stack returns a formatted stack trace of the goroutine that calls it.
// It calls runtime.Stack with a large enough buffer to capture the entire trace.
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
