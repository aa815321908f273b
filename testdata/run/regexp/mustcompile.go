// Compile's errors for malformed patterns, one per error code of regexp/syntax, checked with
// errors.As, then MustCompile of a bad pattern: the program ends in its panic (exit 2).
package main

import (
	"errors"
	"fmt"
	"regexp"
	"regexp/syntax"
)

func main() {
	bad := []string{
		`(abc`, `abc)`, `[a-`, `[z-a]`, `a**`, `*a`, `a{2,1}`, `x{1001}`, `\8`, `\C`, `(?<name>x)`,
		`(?P<na-me>x)`, `(?P<name`, `(?z)`, `[[:foo:]]`, `\p{Klingon}`, `\pX`, "a\xffb", `abc\`,
		`a++`, `(?i)(?-)`, `\x{110000}`, `[\d-z]`, `(|)+?*`, `a{1000}{2}`, `\Q`,
	}
	for _, p := range bad {
		_, err := regexp.Compile(p)
		var se *syntax.Error
		if errors.As(err, &se) {
			fmt.Printf("%-14q code=%q expr=%q\n", p, se.Code, se.Expr)
			fmt.Println("   ", err)
		} else {
			fmt.Printf("%-14q compiles (err=%v)\n", p, err)
		}
	}
	_, err := regexp.CompilePOSIX(`\d+`)
	fmt.Println("POSIX:", err)
	_, err = regexp.CompilePOSIX(`[a-c-e]`)
	fmt.Println("POSIX:", err)
	fmt.Println(regexp.MustCompilePOSIX(`(a|ab)(c|bcd)`).FindStringSubmatch("abcd"))
	fmt.Println(regexp.MustCompile(`x{2}{3}` + "|ok").String())
}
