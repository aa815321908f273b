// Exercises bufio: Scanner with each split function, Buffer and ErrTooLong, Reader's
// ReadString/ReadLine/ReadRune/ReadBytes/Peek/UnreadByte, and Writer's buffering, including
// how buffered output interleaves with direct writes to os.Stdout.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

func scanners() {
	sc := bufio.NewScanner(strings.NewReader("one\ntwo\r\n\nthree"))
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
	}
	fmt.Println(sc.Err())
	sc = bufio.NewScanner(strings.NewReader("  alpha beta\t\ngamma  "))
	sc.Split(bufio.ScanWords)
	n := 0
	for sc.Scan() {
		n++
		fmt.Print(sc.Text(), ",")
	}
	fmt.Println(n)
	sc = bufio.NewScanner(strings.NewReader("héllo, 世界"))
	sc.Split(bufio.ScanRunes)
	for sc.Scan() {
		fmt.Print("[", sc.Text(), "]")
	}
	fmt.Println()
	sc = bufio.NewScanner(strings.NewReader(strings.Repeat("x", 100) + "\nshort\n"))
	sc.Buffer(make([]byte, 10), 50)
	for sc.Scan() {
		fmt.Println("token", sc.Text())
	}
	fmt.Println("err:", sc.Err())
	sc = bufio.NewScanner(strings.NewReader(strings.Repeat("y", 5000) + "\nz"))
	for sc.Scan() {
		fmt.Println(len(sc.Bytes()))
	}
}

func readers() {
	r := bufio.NewReaderSize(strings.NewReader("line one\nline two\r\nlast"), 16)
	s, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", s, err)
	line, prefix, err := r.ReadLine()
	fmt.Printf("%q %v %v\n", line, prefix, err)
	b, err := r.ReadBytes('\n')
	fmt.Printf("%q %v\n", b, err)
	b, err = r.ReadBytes('\n')
	fmt.Printf("%q %v\n", b, err)
	r = bufio.NewReader(strings.NewReader("añb"))
	for {
		c, size, err := r.ReadRune()
		if err == io.EOF {
			break
		}
		fmt.Print(string(c), size, " ")
	}
	fmt.Println(r.UnreadRune())
	r = bufio.NewReader(strings.NewReader("peekaboo"))
	p, _ := r.Peek(4)
	fmt.Printf("%s %d\n", p, r.Buffered())
	c, _ := r.ReadByte()
	fmt.Println(c, r.UnreadByte(), r.UnreadByte())
	d, err := r.Discard(3)
	fmt.Println(d, err)
	rest, _ := io.ReadAll(r)
	fmt.Println(string(rest))
	r = bufio.NewReaderSize(strings.NewReader("a very long line without newline here"), 16)
	line, prefix, err = r.ReadLine()
	fmt.Printf("%q %v %v\n", line, prefix, err)
}

func writers() {
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(w, "buffered %d\n", 1)
	fmt.Println("direct")
	fmt.Println(w.Buffered(), w.Available(), w.Size())
	w.WriteString("more ")
	w.WriteByte('!')
	w.WriteRune('é')
	w.WriteRune('\n')
	w.Flush()
	small := bufio.NewWriterSize(os.Stdout, 8)
	small.WriteString("abcdef")
	fmt.Print("<direct>")
	small.WriteString("ghij\n")
	fmt.Print("<direct2>\n")
	small.Flush()
	var sb strings.Builder
	bw := bufio.NewWriter(&sb)
	n, err := bw.ReadFrom(strings.NewReader("copied"))
	bw.Flush()
	fmt.Println(n, err, sb.String())
	rw := bufio.NewReadWriter(bufio.NewReader(strings.NewReader("rw\n")), bufio.NewWriter(os.Stdout))
	s, _ := rw.ReadString('\n')
	rw.WriteString("got " + s)
	rw.Flush()
}

func main() {
	scanners()
	readers()
	writers()
	sc := bufio.NewScanner(os.Stdin)
	for sc.Scan() {
		fmt.Println("stdin:", sc.Text())
	}
	fmt.Println("stdin done", sc.Err())
}
