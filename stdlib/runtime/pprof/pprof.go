// Package pprof writes the simulated run's profiles in pprof's format, as Go's runtime/pprof
// writes a process's: StartCPUProfile and StopCPUProfile for the CPU profile of simulated time
// (100 samples per second of CPU time on each P), WriteHeapProfile for the allocations sampled
// at runtime.MemProfileRate. The profiling itself is the runtime model's (src/runtime/cpuprof.ts,
// mprof.ts); the natives hand back the gzipped profile.
package pprof

import (
	"errors"
	"io"
)

var cpu struct {
	profiling bool
	w         io.Writer
}

// StartCPUProfile enables CPU profiling for the current process. While profiling, the
// profile will be buffered and written to w. StartCPUProfile returns an error if profiling
// is already enabled.
func StartCPUProfile(w io.Writer) error {
	if cpu.profiling || !startCPUProfile() {
		return errors.New("cpu profiling already in use")
	}
	cpu.profiling = true
	cpu.w = w
	return nil
}

// StopCPUProfile stops the current CPU profile, if any, and writes it out.
func StopCPUProfile() {
	if !cpu.profiling {
		return
	}
	cpu.profiling = false
	cpu.w.Write([]byte(stopCPUProfile()))
	cpu.w = nil
}

// WriteHeapProfile writes the heap profile, as of the last completed garbage collection, to w.
func WriteHeapProfile(w io.Writer) error {
	_, err := w.Write([]byte(heapProfile()))
	return err
}

func startCPUProfile() bool
func stopCPUProfile() string
func heapProfile() string
