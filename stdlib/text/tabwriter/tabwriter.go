// Package tabwriter implements a write filter that aligns tab-terminated cells in columns
// (the elastic tabstops algorithm).
//
// Models Go 1.19's text/tabwriter/tabwriter.go. Plain Go.
//
// Terms: text is buffered as lines of cells; a cell is tab-terminated text (size bytes,
// width runes). A column block is a run of consecutive lines that all have a cell in the
// same column; the block's width is its widest cell plus padding (at least minwidth).
//
// Algorithm (format):
//   1. Walk the lines; at the first line that has a cell in the current column, write the
//      lines before it (their columns are complete).
//   2. Extend the block while lines keep having a cell in this column; take its width.
//   3. Recurse into the next column for the block, then continue after it.
// A newline after a line with a single cell, or a form feed, flushes everything buffered.
//
// Invariant: buf holds the text of all cells not yet written, in order; pos is the end of
// the part of buf already counted into cell.width.
package tabwriter

import (
	"io"
	"unicode/utf8"
)

type cell struct {
	size  int  // cell size in bytes
	width int  // cell width in runes
	htab  bool // true if the cell is terminated by an htab ('\t')
}

// A Writer is a filter that inserts padding around tab-delimited columns in its input to
// align them in the output.
type Writer struct {
	output   io.Writer
	minwidth int
	tabwidth int
	padding  int
	padbytes [8]byte
	flags    uint

	buf     []byte
	pos     int
	cell    cell
	endChar byte
	lines   [][]cell
	widths  []int
}

// Formatting can be controlled with these flags.
const (
	// Ignore html tags and treat entities (starting with '&' and ending in ';') as single
	// characters (width = 1).
	FilterHTML uint = 1 << iota
	// Strip Escape characters bracketing escaped text segments instead of passing them through.
	StripEscape
	// Force right-alignment of cell content. Default is left-alignment.
	AlignRight
	// Handle empty columns as if they were not present in the input in the first place.
	DiscardEmptyColumns
	// Always use tabs for indentation columns (i.e., padding of leading empty cells).
	TabIndent
	// Print a vertical bar ('|') between columns (after formatting).
	Debug
)

// Escape is the escape character used to bracket text that is written unchanged.
const Escape = '\xff'

var (
	newline = []byte{'\n'}
	tabs    = []byte("\t\t\t\t\t\t\t\t")
	vbar    = []byte{'|'}
	hbar    = []byte("---\n")
)

func (b *Writer) addLine(flushed bool) {
	if n := len(b.lines) + 1; n <= cap(b.lines) {
		b.lines = b.lines[:n]
		b.lines[n-1] = b.lines[n-1][:0]
	} else {
		b.lines = append(b.lines, nil)
	}
	if !flushed {
		// The previous line is a good guess for how many cells this one will have.
		if n := len(b.lines); n >= 2 {
			if prev := len(b.lines[n-2]); prev > cap(b.lines[n-1]) {
				b.lines[n-1] = make([]cell, 0, prev)
			}
		}
	}
}

func (b *Writer) reset() {
	b.buf = b.buf[:0]
	b.pos = 0
	b.cell = cell{}
	b.endChar = 0
	b.lines = b.lines[0:0]
	b.widths = b.widths[0:0]
	b.addLine(true)
}

// Init initializes a Writer. padchar is the byte used for padding; with '\t' the Writer
// assumes a tab has width tabwidth and cells are left-aligned regardless of flags.
func (b *Writer) Init(output io.Writer, minwidth, tabwidth, padding int, padchar byte, flags uint) *Writer {
	if minwidth < 0 || tabwidth < 0 || padding < 0 {
		panic("negative minwidth, tabwidth, or padding")
	}
	b.output = output
	b.minwidth = minwidth
	b.tabwidth = tabwidth
	b.padding = padding
	for i := range b.padbytes {
		b.padbytes[i] = padchar
	}
	if padchar == '\t' {
		flags &^= AlignRight
	}
	b.flags = flags
	b.reset()
	return b
}

// NewWriter allocates and initializes a new tabwriter.Writer.
func NewWriter(output io.Writer, minwidth, tabwidth, padding int, padchar byte, flags uint) *Writer {
	return new(Writer).Init(output, minwidth, tabwidth, padding, padchar, flags)
}

// osError wraps an error from the output, so that handlePanic can tell it from a bug.
type osError struct {
	err error
}

func (b *Writer) write0(buf []byte) {
	n, err := b.output.Write(buf)
	if n != len(buf) && err == nil {
		err = io.ErrShortWrite
	}
	if err != nil {
		panic(osError{err})
	}
}

func (b *Writer) writeN(src []byte, n int) {
	for n > len(src) {
		b.write0(src)
		n -= len(src)
	}
	b.write0(src[0:n])
}

func (b *Writer) writePadding(textw, cellw int, useTabs bool) {
	if b.padbytes[0] == '\t' || useTabs {
		// Padding is done with tabs.
		if b.tabwidth == 0 {
			return // tabs have no width - can't do any padding
		}
		// Make cellw the smallest multiple of b.tabwidth.
		cellw = (cellw + b.tabwidth - 1) / b.tabwidth * b.tabwidth
		n := cellw - textw // amount of padding
		if n < 0 {
			panic("internal error")
		}
		b.writeN(tabs, (n+b.tabwidth-1)/b.tabwidth)
		return
	}
	b.writeN(b.padbytes[0:], cellw-textw)
}

// writeLines writes lines [line0, line1) with the current column widths.
func (b *Writer) writeLines(pos0 int, line0, line1 int) (pos int) {
	pos = pos0
	for i := line0; i < line1; i++ {
		line := b.lines[i]
		// If TabIndent is set, use tabs to pad leading empty cells.
		useTabs := b.flags&TabIndent != 0
		for j, c := range line {
			if j > 0 && b.flags&Debug != 0 {
				b.write0(vbar)
			}
			if c.size == 0 {
				if j < len(b.widths) {
					b.writePadding(c.width, b.widths[j], useTabs)
				}
				continue
			}
			useTabs = false
			if b.flags&AlignRight == 0 {
				b.write0(b.buf[pos : pos+c.size])
				pos += c.size
				if j < len(b.widths) {
					b.writePadding(c.width, b.widths[j], false)
				}
			} else {
				if j < len(b.widths) {
					b.writePadding(c.width, b.widths[j], false)
				}
				b.write0(b.buf[pos : pos+c.size])
				pos += c.size
			}
		}
		if i+1 == len(b.lines) {
			// The last buffered line has no newline: write its outstanding cell text.
			b.write0(b.buf[pos : pos+b.cell.size])
			pos += b.cell.size
		} else {
			b.write0(newline)
		}
	}
	return
}

// format formats lines [line0, line1) starting at column len(b.widths); see the header.
func (b *Writer) format(pos0 int, line0, line1 int) (pos int) {
	pos = pos0
	column := len(b.widths)
	for this := line0; this < line1; this++ {
		line := b.lines[this]
		if column >= len(line)-1 {
			continue
		}
		// 1. A cell exists in this column: write the lines before the block.
		pos = b.writeLines(pos, line0, this)
		line0 = this
		// 2. Find the extent and width of the column block.
		width := b.minwidth
		discardable := true
		for ; this < line1; this++ {
			line = b.lines[this]
			if column >= len(line)-1 {
				break
			}
			c := line[column]
			if w := c.width + b.padding; w > width {
				width = w
			}
			if c.width > 0 || c.htab {
				discardable = false
			}
		}
		if discardable && b.flags&DiscardEmptyColumns != 0 {
			width = 0
		}
		// 3. Format the block's next columns, then continue after it.
		b.widths = append(b.widths, width)
		pos = b.format(pos, line0, this)
		b.widths = b.widths[0 : len(b.widths)-1]
		line0 = this
	}
	return b.writeLines(pos, line0, line1)
}

// append adds text to the current cell.
func (b *Writer) append(text []byte) {
	b.buf = append(b.buf, text...)
	b.cell.size += len(text)
}

// updateWidth counts the runes added to the current cell since the last update.
func (b *Writer) updateWidth() {
	b.cell.width += utf8.RuneCount(b.buf[b.pos:])
	b.pos = len(b.buf)
}

// terminateCell ends the current cell and returns the number of cells in the line.
func (b *Writer) terminateCell(htab bool) int {
	b.cell.htab = htab
	line := &b.lines[len(b.lines)-1]
	*line = append(*line, b.cell)
	b.cell = cell{}
	return len(*line)
}

func (b *Writer) startEscape(ch byte) {
	switch ch {
	case Escape:
		b.endChar = Escape
	case '<':
		b.endChar = '>'
	case '&':
		b.endChar = ';'
	}
}

// endEscape terminates an escaped text segment; its width depends on its kind.
func (b *Writer) endEscape() {
	switch b.endChar {
	case Escape:
		b.updateWidth()
		if b.flags&StripEscape == 0 {
			b.cell.width -= 2 // don't count the Escape chars
		}
	case '>': // tag of zero width
	case ';':
		b.cell.width++ // entity, count as one rune
	}
	b.pos = len(b.buf)
	b.endChar = 0
}

func (b *Writer) handlePanic(err *error, op string) {
	if e := recover(); e != nil {
		if op == "Flush" {
			// If Flush ran into a panic, we still need to reset.
			b.reset()
		}
		if nerr, ok := e.(osError); ok {
			*err = nerr.err
			return
		}
		panic("tabwriter: panic during " + op)
	}
}

// Flush should be called after the last call to Write to ensure that any data buffered in
// the Writer is written to output.
func (b *Writer) Flush() error {
	return b.flush()
}

func (b *Writer) flush() (err error) {
	defer b.handlePanic(&err, "Flush")
	b.flushNoDefers()
	return nil
}

func (b *Writer) flushNoDefers() {
	// Add the current cell if not empty.
	if b.cell.size > 0 {
		if b.endChar != 0 {
			// Inside an escape: terminate it even if incomplete.
			b.endEscape()
		}
		b.terminateCell(false)
	}
	b.format(0, 0, len(b.lines))
	b.reset()
}

// Write writes buf to the writer b. The only errors returned are ones encountered while
// writing to the underlying output stream.
func (b *Writer) Write(buf []byte) (n int, err error) {
	defer b.handlePanic(&err, "Write")
	n = 0
	for i, ch := range buf {
		if b.endChar != 0 {
			// Inside an escape.
			if ch == b.endChar {
				j := i + 1
				if ch == Escape && b.flags&StripEscape != 0 {
					j = i // strip the Escape
				}
				b.append(buf[n:j])
				n = i + 1 // ch consumed
				b.endEscape()
			}
			continue
		}
		switch ch {
		case '\t', '\v', '\n', '\f':
			b.append(buf[n:i])
			b.updateWidth()
			n = i + 1 // ch consumed
			ncells := b.terminateCell(ch == '\t')
			if ch == '\n' || ch == '\f' {
				b.addLine(ch == '\f')
				if ch == '\f' || ncells == 1 {
					// A form feed, or a newline after a one-cell line, ends all columns.
					b.flushNoDefers()
					if ch == '\f' && b.flags&Debug != 0 {
						b.write0(hbar)
					}
				}
			}
		case Escape:
			b.append(buf[n:i])
			b.updateWidth()
			n = i
			if b.flags&StripEscape != 0 {
				n++ // strip the Escape
			}
			b.startEscape(Escape)
		case '<', '&':
			if b.flags&FilterHTML != 0 {
				b.append(buf[n:i])
				b.updateWidth()
				n = i
				b.startEscape(ch)
			}
		}
	}
	b.append(buf[n:])
	n = len(buf)
	return
}
