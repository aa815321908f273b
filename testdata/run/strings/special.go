// strings.Builder's Cap through writes, Grow and Reset, and the special-case mappings of
// strings and bytes with Turkish rules against the plain ones.
package main

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
)

func main() {
	var b strings.Builder
	fmt.Println(b.Len(), b.Cap())
	for i := 0; i < 6; i++ {
		b.WriteString("abcde")
		fmt.Println(b.Len(), b.Cap())
	}
	b.Grow(100)
	fmt.Println(b.Len(), b.Cap())
	b.Reset()
	fmt.Println(b.Len(), b.Cap())
	b.Grow(10)
	b.WriteByte('x')
	fmt.Println(b.Len(), b.Cap())

	s := "Istanbul ıi İI diyarbakır"
	fmt.Println(strings.ToUpper(s), "|", strings.ToUpperSpecial(unicode.TurkishCase, s))
	fmt.Println(strings.ToLower(s), "|", strings.ToLowerSpecial(unicode.TurkishCase, s))
	fmt.Println(strings.ToTitle(s), "|", strings.ToTitleSpecial(unicode.AzeriCase, s))
	bs := []byte(s)
	fmt.Printf("%s | %s | %s\n", bytes.ToUpperSpecial(unicode.TurkishCase, bs), bytes.ToLowerSpecial(unicode.TurkishCase, bs), bytes.ToTitleSpecial(unicode.TurkishCase, bs))
}
