// What is under package signal on the simulated machine, whose process no signal reaches:
// there is no other process to send one (os.Process.Signal answers ErrProcessDone) and the
// host's terminal signals stop gort itself, not the program.
//
// Models Go 1.19's os/signal/signal_unix.go and the runtime's sigqueue.go (signal_enable,
// signal_disable, signal_ignore, signal_ignored) for such a process: Notify, Stop, Ignore and
// Reset keep Go's bookkeeping (signal.go's handlers table, Ignored's answers) but no signal is
// ever delivered, so no watch loop is started (watchSignalLoop stays nil). A channel given to
// Notify never receives; NotifyContext's context is done only by its stop function.
//
// Simplifications vs real Go: a program blocked forever on such a channel, with nothing else
// able to run, is reported as a deadlock ("all goroutines are asleep"), where the real
// process would wait for a signal.
package signal

import (
	"os"
	"syscall"
)

const (
	numSig = 65 // max across all systems
)

func signum(sig os.Signal) int {
	switch sig := sig.(type) {
	case syscall.Signal:
		i := int(sig)
		if i < 0 || i >= numSig {
			return -1
		}
		return i
	default:
		return -1
	}
}

// ignored is the runtime's record of the signals Ignore set to SIG_IGN.
var ignored [numSig]bool

func enableSignal(sig int) {
	ignored[sig] = false
}

// disableSignal leaves the ignored mark, as the runtime's signal_disable does (so Ignored
// still answers true after Reset, as in Go).
func disableSignal(sig int) {}

func ignoreSignal(sig int) {
	ignored[sig] = true
}

func signalIgnored(sig int) bool {
	return ignored[sig]
}
