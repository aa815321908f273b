// Builder: efficient building of a string with Write methods.
//
// Models strings/builder.go (Go 1.19). All methods are natives (src/stdlib/native/strings.ts):
// the accumulated bytes live in a Go string field, which in gort is a JS string, so appending
// is cheap. addr implements Go's copy check: a Builder copied by value after its first write
// panics when written again.
//
// Simplifications vs real Go: %v of a Builder shows these fields, not Go's addr and buf []byte
// (Cap is the capacity the native keeps, following append's growth and Grow's).

package strings

// A Builder is used to efficiently build a string using Write methods.
// The zero value is ready to use. Do not copy a non-zero Builder.
type Builder struct {
	addr *Builder // the Builder itself once used, to detect copies by value
	s    string      // the bytes written so far
	buf  *builderBuf // Go's buf as the allocator sees it: its current allocation
}

// builderBuf stands for the backing array of Go's buf; its capacity is the native's.
type builderBuf struct{}

// String returns the accumulated string.
func (b *Builder) String() string

// Len returns the number of accumulated bytes.
func (b *Builder) Len() int

// Cap returns the capacity of the builder's underlying byte slice.
func (b *Builder) Cap() int

// Reset resets the Builder to be empty.
func (b *Builder) Reset()

// Grow grows b's capacity by at least n bytes; it panics if n is negative.
func (b *Builder) Grow(n int)

// Write appends the contents of p to b's buffer. It always returns len(p), nil.
func (b *Builder) Write(p []byte) (int, error)

// WriteByte appends the byte c to b's buffer. It always returns nil.
func (b *Builder) WriteByte(c byte) error

// WriteRune appends the UTF-8 encoding of r to b's buffer.
func (b *Builder) WriteRune(r rune) (int, error)

// WriteString appends the contents of s to b's buffer.
func (b *Builder) WriteString(s string) (int, error)
