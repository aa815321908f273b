// Package sigtab is gort's stand-in for the runtime's record of what the program asked for each
// signal: Go 1.19's runtime/sigqueue.go keeps it in sig.wanted and sig.ignored, set through
// os/signal's signal_enable, signal_disable and signal_ignore. Package os/signal writes it and
// syscall.Kill reads it for a signal the program sends to itself.
package sigtab

// NumSig is one more than the highest signal number (os/signal's numSig).
const NumSig = 65

// Wanted: a Notify asked for the signal. Ignored: Ignore set it to SIG_IGN.
var (
	Wanted  [NumSig]bool
	Ignored [NumSig]bool
)
