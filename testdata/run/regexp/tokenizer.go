// A tokenizer: one alternation of named groups scanned with FindAllStringSubmatchIndex, the
// group that took part naming the token kind; then word boundaries, case-insensitive keywords,
// lazy and greedy quantifiers, and input with invalid UTF-8 and multi-byte runes.
package main

import (
	"fmt"
	"regexp"
	"strings"
)

var tokenRE = regexp.MustCompile(`(?P<space>\s+)|(?P<num>\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)|(?P<ident>[\pL_][\pL\pN_]*)|(?P<str>"(?:[^"\\]|\\.)*")|(?P<op>==|!=|<=|>=|&&|\|\||[-+*/=<>!(){};,])|(?P<bad>.)`)

func tokenize(src string) {
	names := tokenRE.SubexpNames()
	var toks []string
	for _, m := range tokenRE.FindAllStringSubmatchIndex(src, -1) {
		for g := 1; g < len(names); g++ {
			if m[2*g] >= 0 {
				if names[g] != "space" {
					toks = append(toks, fmt.Sprintf("%s(%q)@%d", names[g], src[m[2*g]:m[2*g+1]], m[0]))
				}
				break
			}
		}
	}
	fmt.Println(strings.Join(toks, " "))
}

func main() {
	tokenize(`x := 3.14e-2 + foo_bar*(y1 >= 10) && s != "a \"quoted\" str";`)
	tokenize("αβγ = 42; naïve == 1.5")
	tokenize("ok \xff\xfe bad")
	tokenize(`unterminated "string`)

	// Word boundaries are ASCII-only.
	wb := regexp.MustCompile(`\bcat\b`)
	fmt.Println(wb.FindAllStringIndex("cat concat cat_ cat. écat cat", -1))
	fmt.Println(regexp.MustCompile(`\Bat\B`).FindAllStringIndex("bath at batch", -1))

	// Case-insensitive keywords, including the Kelvin sign and the long s.
	kw := regexp.MustCompile(`(?i)\b(if|else|kelvin|pass)\b`)
	fmt.Printf("%q\n", kw.FindAllString("IF x ELSE y \u212aelvin PAſſ pass", -1))
	fmt.Printf("%q\n", regexp.MustCompile(`(?i)[α-γ]+`).FindAllString("ΑΒΓ αβγ ΔΔ", -1))

	// Greedy and lazy.
	html := `<b>bold</b> and <i>it</i>`
	fmt.Printf("%q\n", regexp.MustCompile(`<.+>`).FindString(html))
	fmt.Printf("%q\n", regexp.MustCompile(`<.+?>`).FindAllString(html, -1))
	fmt.Printf("%q\n", regexp.MustCompile(`(?U)<.+>`).FindAllString(html, -1))
	fmt.Printf("%q\n", regexp.MustCompile(`a{2,3}?`).FindAllString("aaaaaaa", -1))

	// Captures inside repetitions keep the last iteration.
	rep := regexp.MustCompile(`(?:(\w)(\d))+`)
	fmt.Println(rep.FindStringSubmatch("a1b2c3!"), rep.FindStringSubmatchIndex("a1b2c3!"))
	fmt.Println(regexp.MustCompile(`(a|ab)(c|bcd)(d*)`).FindStringSubmatch("abcd"))
	fmt.Println(regexp.MustCompile(`(a*)+`).FindStringSubmatchIndex("b"))
	fmt.Println(regexp.MustCompile(`(a*)*`).FindStringSubmatchIndex("aab"))
	fmt.Println(regexp.MustCompile(`(|a)*`).FindStringSubmatchIndex("aa"))
	fmt.Println(regexp.MustCompile(`(a){0}b`).FindStringSubmatchIndex("ab"))

	// Dot, newlines and the s flag; invalid UTF-8 matches as U+FFFD of one byte.
	fmt.Printf("%q %q\n", regexp.MustCompile(`a.c`).FindAllString("abc a\nc a\xffc", -1), regexp.MustCompile(`(?s)a.c`).FindAllString("a\nc", -1))
	fmt.Println(regexp.MustCompile("\uFFFD").FindAllStringIndex("x\xff\xe2\x82y\uFFFD", -1))
	fmt.Println(regexp.MustCompile(`[^a]`).FindAllStringIndex("a\xffé\n", -1))
}
