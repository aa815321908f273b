// encoding/binary: both byte orders, Read and Write of fixed-size values, pointers and slices,
// invalid types, Size, and varints (zig-zag, overflow, short input, Read*varint).
package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math"
)

func main() {
	b := make([]byte, 8)
	binary.BigEndian.PutUint32(b, 0xdeadbeef)
	binary.LittleEndian.PutUint16(b[4:], 0x1234)
	fmt.Printf("% x %x %x %v %#v\n", b, binary.BigEndian.Uint32(b), binary.LittleEndian.Uint64(b), binary.BigEndian, binary.LittleEndian)
	fmt.Printf("% x\n", binary.BigEndian.AppendUint64(nil, math.MaxUint64-1))
	var buf bytes.Buffer
	binary.Write(&buf, binary.LittleEndian, uint16(513))
	binary.Write(&buf, binary.BigEndian, []int32{-1, 2})
	binary.Write(&buf, binary.LittleEndian, math.Pi)
	f := float32(1.5)
	binary.Write(&buf, binary.BigEndian, &f)
	binary.Write(&buf, binary.BigEndian, []bool{true, false})
	fmt.Printf("% x\n", buf.Bytes())
	var u uint16
	var xs = make([]int32, 2)
	var pi float64
	var f2 float32
	bo := make([]bool, 2)
	r := bytes.NewReader(buf.Bytes())
	fmt.Println(binary.Read(r, binary.LittleEndian, &u), binary.Read(r, binary.BigEndian, xs), binary.Read(r, binary.LittleEndian, &pi), binary.Read(r, binary.BigEndian, &f2), binary.Read(r, binary.BigEndian, bo))
	fmt.Println(u, xs, pi, f2, bo, binary.Read(r, binary.BigEndian, &u))
	var n int
	fmt.Println(binary.Read(r, binary.BigEndian, &n), binary.Write(&buf, binary.BigEndian, 7), binary.Size(uint64(1)), binary.Size([]uint16{1, 2}), binary.Size("x"))
	vb := make([]byte, binary.MaxVarintLen64)
	for _, x := range []int64{0, 1, -1, 63, -64, 300, math.MaxInt64, math.MinInt64} {
		k := binary.PutVarint(vb, x)
		y, m := binary.Varint(vb[:k])
		fmt.Printf("%d % x %d %d\n", x, vb[:k], y, m)
	}
	for _, in := range [][]byte{{}, {0x80}, {0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02}, {0x96, 0x01}} {
		v, k := binary.Uvarint(in)
		fmt.Println(v, k)
	}
	fmt.Printf("% x\n", binary.AppendUvarint(binary.AppendVarint(nil, -3), 1<<40))
	rr := bytes.NewReader([]byte{0xac, 0x02, 0x80})
	v1, e1 := binary.ReadUvarint(rr)
	v2, e2 := binary.ReadVarint(rr)
	fmt.Println(v1, e1, v2, e2)
}
