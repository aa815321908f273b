// The heap profile as runtime.MemProfile returns it (Go 1.19's runtime/mprof.go): one record
// per allocation stack, as of the last completed GC cycle, from gort's heap profiler
// (src/runtime/mprof.ts), which runs whenever the program can read it.

package runtime

// A MemProfileRecord describes the live objects allocated by a particular call sequence
// (stack trace).
type MemProfileRecord struct {
	AllocBytes, FreeBytes     int64       // number of bytes allocated, freed
	AllocObjects, FreeObjects int64       // number of objects allocated, freed
	Stack0                    [32]uintptr // stack trace for this record; ends at first 0 entry
}

// InUseBytes returns the number of bytes in use (AllocBytes - FreeBytes).
func (r *MemProfileRecord) InUseBytes() int64 { return r.AllocBytes - r.FreeBytes }

// InUseObjects returns the number of objects in use (AllocObjects - FreeObjects).
func (r *MemProfileRecord) InUseObjects() int64 {
	return r.AllocObjects - r.FreeObjects
}

// Stack returns the stack trace associated with the record, a prefix of r.Stack0.
func (r *MemProfileRecord) Stack() []uintptr {
	for i, v := range r.Stack0 {
		if v == 0 {
			return r.Stack0[0:i]
		}
	}
	return r.Stack0[0:]
}

// MemProfile returns a profile of memory allocated and freed per allocation site. It returns
// n, the number of records in the current memory profile; if len(p) >= n, it copies the
// profile into p and returns n, true; otherwise it copies nothing and returns n, false. With
// inuseZero, records with r.AllocBytes == r.FreeBytes are included too.
func MemProfile(p []MemProfileRecord, inuseZero bool) (n int, ok bool) {
	n = memProfileLen(inuseZero)
	if n > len(p) {
		return n, false
	}
	// One snapshot: per record its four counts, then its 32 pcs (0 past the stack's end).
	buf := make([]uintptr, n*36)
	n = memProfileFill(inuseZero, buf)
	for i := 0; i < n; i++ {
		v := buf[36*i : 36*i+36]
		r := &p[i]
		r.AllocObjects, r.AllocBytes = int64(v[0]), int64(v[1])
		r.FreeObjects, r.FreeBytes = int64(v[2]), int64(v[3])
		copy(r.Stack0[:], v[4:])
	}
	return n, true
}

// memProfileLen is the number of records MemProfile returns.
func memProfileLen(inuseZero bool) int

// memProfileFill writes at most len(buf)/36 records into buf and returns how many it wrote.
func memProfileFill(inuseZero bool, buf []uintptr) int
