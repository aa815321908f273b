// syscall.Kill of the program's own process: signal 0 checks that it exists, a signal whose
// default action is to be ignored (SIGCHLD, SIGWINCH, SIGURG) or one that signal.Ignore set
// aside does nothing, and a process that does not exist is ESRCH.
package main

import (
	"errors"
	"fmt"
	"os/signal"
	"syscall"
)

func main() {
	self := syscall.Getpid()
	fmt.Println(syscall.Kill(self, 0), syscall.Kill(0, 0))
	fmt.Println(syscall.Kill(self, syscall.SIGCHLD), syscall.Kill(self, syscall.SIGWINCH), syscall.Kill(self, syscall.SIGURG))
	signal.Ignore(syscall.SIGTERM, syscall.SIGHUP)
	fmt.Println(signal.Ignored(syscall.SIGTERM), syscall.Kill(self, syscall.SIGTERM), syscall.Kill(self, syscall.SIGHUP))
	err := syscall.Kill(1<<30, syscall.SIGTERM)
	fmt.Println(err, errors.Is(err, syscall.ESRCH))
	fmt.Println("still running")
}
