// Ranging over a string decodes UTF-8: each iteration yields the byte index
// and the rune; invalid bytes decode as U+FFFD one byte at a time.
package main

import "fmt"

func main() {
	inputs := []string{"aé世", "\xff\xfeok", "a\xe4\xb8", "\xed\xa0\x80z", "€"}
	for _, s := range inputs {
		for i, r := range s {
			fmt.Printf("%d:%U ", i, r)
		}
		fmt.Println()
	}
	n := 0
	for range "日本語" {
		n++
	}
	fmt.Println("runes", n)
	for i := range "ab\x80" {
		fmt.Print(i, ";")
	}
	fmt.Println()
}
