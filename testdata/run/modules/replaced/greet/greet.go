package greet

import "strings"

func Hello(who string) string { return "hello, " + strings.ToUpper(who) }
