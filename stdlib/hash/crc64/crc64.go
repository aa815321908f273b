// Package crc64 implements the 64-bit cyclic redundancy check, or CRC-64, checksum (Go 1.19's
// hash/crc64, all of it).
//
// Simplification vs real Go: the byte loop is a native (src/stdlib/native/hash_crc64.ts) over
// the one table, where Go uses slicing-by-8 tables for ISO and ECMA; the checksums are the
// same. As in Go, MakeTable(ISO) and MakeTable(ECMA) each always return one shared table.
package crc64

import (
	"errors"
	"hash"
	"sync"
)

// The size of a CRC-64 checksum in bytes.
const Size = 8

// Predefined polynomials.
const (
	// The ISO polynomial, defined in ISO 3309 and used in HDLC.
	ISO = 0xD800000000000000

	// The ECMA polynomial, defined in ECMA 182.
	ECMA = 0xC96C5795D7870F42
)

// Table is a 256-word table representing the polynomial for efficient processing.
type Table [256]uint64

var (
	tablesOnce sync.Once
	isoTable   *Table
	ecmaTable  *Table
)

// MakeTable returns a Table constructed from the specified polynomial.
func MakeTable(poly uint64) *Table {
	tablesOnce.Do(func() {
		isoTable = makeTable(ISO)
		ecmaTable = makeTable(ECMA)
	})
	switch poly {
	case ISO:
		return isoTable
	case ECMA:
		return ecmaTable
	}
	return makeTable(poly)
}

func makeTable(poly uint64) *Table {
	t := new(Table)
	for i := range t {
		crc := uint64(i)
		for j := 0; j < 8; j++ {
			if crc&1 == 1 {
				crc = crc>>1 ^ poly
			} else {
				crc >>= 1
			}
		}
		t[i] = crc
	}
	return t
}

// digest represents the partial evaluation of a checksum.
type digest struct {
	crc uint64
	tab *Table
}

// New creates a new hash.Hash64 computing the CRC-64 checksum using the polynomial represented
// by the Table. Its Sum method will lay the value out in big-endian byte order.
func New(tab *Table) hash.Hash64 { return &digest{0, tab} }

func (d *digest) Size() int      { return Size }
func (d *digest) BlockSize() int { return 1 }
func (d *digest) Reset()         { d.crc = 0 }

const (
	magic         = "crc\x02"
	marshaledSize = len(magic) + 8 + 8
)

// MarshalBinary saves the state: a magic, a checksum of the table and the CRC so far.
func (d *digest) MarshalBinary() ([]byte, error) {
	b := make([]byte, 0, marshaledSize)
	b = append(b, magic...)
	b = appendUint64(b, tableSum(d.tab))
	b = appendUint64(b, d.crc)
	return b, nil
}

// UnmarshalBinary restores a state saved by MarshalBinary with the same table.
func (d *digest) UnmarshalBinary(b []byte) error {
	if len(b) < len(magic) || string(b[:len(magic)]) != magic {
		return errors.New("hash/crc64: invalid hash state identifier")
	}
	if len(b) != marshaledSize {
		return errors.New("hash/crc64: invalid hash state size")
	}
	if tableSum(d.tab) != readUint64(b[4:]) {
		return errors.New("hash/crc64: tables do not match")
	}
	d.crc = readUint64(b[12:])
	return nil
}

func appendUint64(b []byte, x uint64) []byte {
	for s := 56; s >= 0; s -= 8 {
		b = append(b, byte(x>>s))
	}
	return b
}

func readUint64(b []byte) uint64 {
	_ = b[7]
	var x uint64
	for _, c := range b[:8] {
		x = x<<8 | uint64(c)
	}
	return x
}

// updateTable adds p to crc with tab (native: 64-bit words in host arithmetic).
func updateTable(crc uint64, tab *Table, p []byte) uint64

func update(crc uint64, tab *Table, p []byte) uint64 {
	if len(p) > 0 {
		_ = tab[0] // a nil table is Go's nil dereference, once there are bytes to add
	}
	return updateTable(crc, tab, p)
}

// Update returns the result of adding the bytes in p to the crc.
func Update(crc uint64, tab *Table, p []byte) uint64 { return update(crc, tab, p) }

func (d *digest) Write(p []byte) (n int, err error) {
	d.crc = update(d.crc, d.tab, p)
	return len(p), nil
}

func (d *digest) Sum64() uint64 { return d.crc }

func (d *digest) Sum(in []byte) []byte {
	return appendUint64(in, d.crc)
}

// Checksum returns the CRC-64 checksum of data using the polynomial represented by the Table.
func Checksum(data []byte, tab *Table) uint64 { return update(0, tab, data) }

// tableSum is the ISO checksum of the table's words, big-endian (0's checksum for nil).
func tableSum(t *Table) uint64 {
	var a [2048]byte
	b := a[:0]
	if t != nil {
		for _, x := range t {
			b = appendUint64(b, x)
		}
	}
	return Checksum(b, MakeTable(ISO))
}
