// Standard input read three ways: bufio.Scanner by lines, then by words over the rest, and
// os.Stdin.Read after the end. The bytes come from stdin_scan.stdin (the recorder pipes it in).
package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	r := bufio.NewReader(os.Stdin)
	header, err := r.ReadString('\n')
	fmt.Printf("header %q %v\n", header, err)
	sc := bufio.NewScanner(r)
	lines := 0
	for sc.Scan() {
		line := sc.Text()
		if line == "--" {
			break
		}
		lines++
		fmt.Printf("%d: %s (%d words)\n", lines, strings.ToUpper(line), len(strings.Fields(line)))
	}
	ws := bufio.NewScanner(r)
	ws.Split(bufio.ScanWords)
	words := 0
	for ws.Scan() {
		words++
	}
	fmt.Println("words after --:", words)
	buf := make([]byte, 8)
	n, err := os.Stdin.Read(buf)
	fmt.Println("after the end:", n, err)
	fmt.Fprintln(os.Stderr, "lines", lines, "words", words)
}
