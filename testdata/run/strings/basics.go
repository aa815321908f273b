// String basics: len counts bytes, indexing yields bytes, slicing,
// concatenation, comparison and immutability through copies.
package main

import "fmt"

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s), s[0], s[1], s[2], string(s[0]))
	fmt.Println(s[7:], s[:2], s[1:3] == "é")
	t := s
	t += "!"
	fmt.Println(s, t, len(t))
	words := []string{"apple", "Apple", "apples", "", "b", "a"}
	for i := 0; i < len(words)-1; i++ {
		a, b := words[i], words[i+1]
		fmt.Println(a < b, a == b, a > b, a <= b)
	}
	var built string
	for i := 0; i < 5; i++ {
		built += string(rune('a' + i))
	}
	fmt.Println(built)
	fmt.Println("tab\there", `raw\t\n`, "quote\"d")
	fmt.Println("\xff"[0], len("\u00e9"), len("\U0001F600"))
}
