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
	for i := 0; i < n; i++ {
		r := &p[i]
		r.AllocObjects = memProfileValue(inuseZero, i, 0)
		r.AllocBytes = memProfileValue(inuseZero, i, 1)
		r.FreeObjects = memProfileValue(inuseZero, i, 2)
		r.FreeBytes = memProfileValue(inuseZero, i, 3)
		for j := range r.Stack0 {
			r.Stack0[j] = uintptr(memProfileValue(inuseZero, i, 4+j))
		}
	}
	return n, true
}

// memProfileLen is the number of records MemProfile returns.
func memProfileLen(inuseZero bool) int

// memProfileValue is record i's k-th value: allocs, alloc bytes, frees, free bytes, then its
// 32 pcs (0 past the stack's end).
func memProfileValue(inuseZero bool, i, k int) int64
