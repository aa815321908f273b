// hash/crc32 (IEEE, Castagnoli, Koopman, MakeTable identity, Update, New, Sum, marshaling and
// its errors), hash/adler32 and hash/crc64 (ISO, ECMA, a custom polynomial) over short, long
// and chunked inputs.
package main

import (
	"fmt"
	"hash"
	"hash/adler32"
	"hash/crc32"
	"hash/crc64"
	"io"
	"strings"
)

// The methods of marshaler and BinaryUnmarshaler.
type marshaler interface{ MarshalBinary() ([]byte, error) }
type unmarshaler interface{ UnmarshalBinary([]byte) error }

func inputs() [][]byte {
	long := make([]byte, 100000)
	for i := range long {
		long[i] = byte(i*7 + i/251)
	}
	return [][]byte{nil, []byte("a"), []byte("abc"), []byte("The quick brown fox jumps over the lazy dog"),
		[]byte(strings.Repeat("\xff", 5553)), long}
}

func chunked(h hash.Hash, data []byte) []byte {
	for len(data) > 0 {
		n := len(data)%13 + 1
		if n > len(data) {
			n = len(data)
		}
		h.Write(data[:n])
		data = data[n:]
	}
	return h.Sum([]byte{0xee})
}

func main() {
	cast := crc32.MakeTable(crc32.Castagnoli)
	koop := crc32.MakeTable(crc32.Koopman)
	fmt.Println(crc32.MakeTable(crc32.IEEE) == crc32.IEEETable, crc32.MakeTable(crc32.Castagnoli) == cast, crc32.MakeTable(crc32.Koopman) == koop)
	fmt.Printf("%08x %08x %08x\n", crc32.IEEETable[1], cast[255], koop[128])
	iso := crc64.MakeTable(crc64.ISO)
	ecma := crc64.MakeTable(crc64.ECMA)
	custom := crc64.MakeTable(0x95ac9329ac4bc9b5)
	fmt.Println(crc64.MakeTable(crc64.ISO) == iso, crc64.MakeTable(crc64.ECMA) == ecma, crc64.MakeTable(0x95ac9329ac4bc9b5) == custom)
	fmt.Printf("%016x %016x %016x\n", iso[1], ecma[255], custom[77])
	for _, in := range inputs() {
		fmt.Printf("len %d: ieee %08x cast %08x koop %08x adler %08x iso %016x ecma %016x custom %016x\n", len(in),
			crc32.ChecksumIEEE(in), crc32.Checksum(in, cast), crc32.Checksum(in, koop), adler32.Checksum(in),
			crc64.Checksum(in, iso), crc64.Checksum(in, ecma), crc64.Checksum(in, custom))
		fmt.Printf("  chunked %x %x %x %x\n", chunked(crc32.NewIEEE(), in), chunked(crc32.New(cast), in), chunked(adler32.New(), in), chunked(crc64.New(ecma), in))
		half := len(in) / 2
		fmt.Printf("  update %08x %016x\n", crc32.Update(crc32.ChecksumIEEE(in[:half]), crc32.IEEETable, in[half:]), crc64.Update(crc64.Checksum(in[:half], iso), iso, in[half:]))
	}
	h32 := crc32.NewIEEE()
	io.WriteString(h32, "hello")
	fmt.Println(h32.Sum32(), h32.Size(), h32.BlockSize(), adler32.New().BlockSize(), crc64.New(iso).Size(), crc64.New(iso).BlockSize())
	h32.Reset()
	fmt.Println(h32.Sum32(), adler32.New().Sum32(), crc64.New(iso).Sum64(), adler32.Size, crc32.Size, crc64.Size)
	fmt.Println(uint64(crc32.IEEE), uint64(crc32.Castagnoli), uint64(crc32.Koopman), uint64(crc64.ISO), uint64(crc64.ECMA))

	// Saving and restoring a running checksum.
	for _, mk := range []func() hash.Hash{
		func() hash.Hash { return crc32.NewIEEE() },
		func() hash.Hash { return crc32.New(cast) },
		func() hash.Hash { return adler32.New() },
		func() hash.Hash { return crc64.New(iso) },
	} {
		h := mk()
		io.WriteString(h, "first half, ")
		state, err := h.(marshaler).MarshalBinary()
		fmt.Printf("%q %v\n", state, err)
		h2 := mk()
		fmt.Println(h2.(unmarshaler).UnmarshalBinary(state))
		io.WriteString(h, "second half")
		io.WriteString(h2, "second half")
		fmt.Printf("%x %x\n", h.Sum(nil), h2.Sum(nil))
		u := mk().(unmarshaler)
		fmt.Println(u.UnmarshalBinary([]byte("xyz")), u.UnmarshalBinary(state[:len(state)-1]))
	}
	fmt.Println(crc32.New(koop).(unmarshaler).UnmarshalBinary([]byte("crc\x01\x00\x00\x00\x00\x00\x00\x00\x00")))
	fmt.Println(crc64.New(custom).(unmarshaler).UnmarshalBinary(make([]byte, 20)))
	st, _ := crc32.New(nil).(marshaler).MarshalBinary()
	fmt.Printf("%x %x\n", st, crc32.Update(5, nil, nil))
	defer func() { fmt.Println("recovered:", recover()) }()
	crc64.Update(0, nil, []byte("x"))
}
