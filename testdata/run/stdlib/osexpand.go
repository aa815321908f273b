// os.Expand and os.ExpandEnv over $name, ${name}, special one-character names, bad syntax
// and a trailing $; os.Clearenv.
package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	os.Setenv("GREETING", "hello")
	os.Setenv("EMPTY", "")
	for _, s := range []string{"", "plain", "$GREETING world", "${GREETING}world", "$GREETING_x ${GREETING}_x", "$EMPTY|$UNSET_VAR_X|",
		"$", "x$", "$$", "$1 $* $# $@ $! $? $- $0", "${1} ${*} ${12}", "${}", "${", "${GREETING", "$-x", "a$.b", "${a b}", "$ GREETING", "é$GREETINGé"} {
		fmt.Printf("%q -> %q\n", s, os.ExpandEnv(s))
	}
	var seen []string
	out := os.Expand("$a ${b} ${c.d} $1 $$ ${x-y}", func(name string) string {
		seen = append(seen, name)
		return "<" + strings.ToUpper(name) + ">"
	})
	fmt.Println(out, seen)
	os.Clearenv()
	fmt.Println(len(os.Environ()), os.Getenv("GREETING") == "", os.ExpandEnv("[$GREETING]"))
	os.Setenv("K", "v=w")
	fmt.Println(os.Environ())
}
