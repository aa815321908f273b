// encoding/binary over structs, arrays and slices of them (its reflect path): Write, Read and
// Size in both byte orders, blank fields, nested values, and the errors for what has no fixed
// size.
package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
)

type header struct {
	Magic   [4]byte
	Version uint16
	Flags   uint16
	Length  int32
	_       [2]byte
	Scale   float32
}

type point struct {
	X, Y int16
}

type record struct {
	ID     uint64
	Points [2]point
	Valid  bool
}

func main() {
	h := header{Magic: [4]byte{'G', 'O', 'R', 'T'}, Version: 3, Flags: 0x8001, Length: -42, Scale: 1.5}
	for _, order := range []binary.ByteOrder{binary.LittleEndian, binary.BigEndian} {
		var buf bytes.Buffer
		if err := binary.Write(&buf, order, h); err != nil {
			fmt.Println("write:", err)
		}
		fmt.Printf("%v % x\n", order, buf.Bytes())
		var back header
		if err := binary.Read(bytes.NewReader(buf.Bytes()), order, &back); err != nil {
			fmt.Println("read:", err)
		}
		fmt.Printf("%+v\n", back)
	}
	fmt.Println("sizes:", binary.Size(h), binary.Size(record{}), binary.Size([]point{{1, 2}, {3, 4}}))

	recs := []record{{ID: 7, Points: [2]point{{1, -1}, {2, -2}}, Valid: true}, {ID: 8}}
	var buf bytes.Buffer
	fmt.Println(binary.Write(&buf, binary.BigEndian, recs), buf.Len())
	out := make([]record, 2)
	fmt.Println(binary.Read(&buf, binary.BigEndian, out))
	fmt.Printf("%+v\n", out)

	fmt.Println(binary.Write(&buf, binary.LittleEndian, struct{ S string }{"x"}))
	fmt.Println(binary.Size(map[int]int{}), binary.Size(struct{ P *int }{}))
	var short header
	fmt.Println(binary.Read(bytes.NewReader([]byte{1, 2, 3}), binary.LittleEndian, &short))
}
