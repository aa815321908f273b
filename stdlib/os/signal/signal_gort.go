// What is under package signal on the simulated machine, whose process no signal reaches:
// there is no other process to send one (os.Process.Signal answers ErrProcessDone) and the
// host's terminal signals stop gort itself, not the program.
//
// Models Go 1.19's os/signal/signal_unix.go and the runtime's sigqueue.go (signal_enable,
// signal_disable, signal_ignore, signal_ignored) for such a process: Notify, Stop, Ignore and
// Reset keep Go's bookkeeping (signal.go's handlers table, Ignored's answers) but no signal is
// ever delivered, so no watch loop is started (watchSignalLoop stays nil). A channel given to
// Notify never receives; NotifyContext's context is done only by its stop function. What Notify
// and Ignore asked for is kept in internal/sigtab (the runtime's sig.wanted and sig.ignored),
// where syscall.Kill of the program itself finds the signals it may drop.
//
// Simplifications vs real Go: a program blocked forever on such a channel, with nothing else
// able to run, is reported as a deadlock ("all goroutines are asleep"), where the real
// process would wait for a signal.
package signal

import (
	"internal/sigtab"
	"os"
	"syscall"
)

const (
	numSig = sigtab.NumSig // max across all systems
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

func enableSignal(sig int) {
	sigtab.Wanted[sig] = true
	sigtab.Ignored[sig] = false
}

// disableSignal leaves the ignored mark, as the runtime's signal_disable does (so Ignored
// still answers true after Reset, as in Go).
func disableSignal(sig int) {
	sigtab.Wanted[sig] = false
}

func ignoreSignal(sig int) {
	sigtab.Wanted[sig] = false
	sigtab.Ignored[sig] = true
}

func signalIgnored(sig int) bool {
	return sigtab.Ignored[sig]
}
