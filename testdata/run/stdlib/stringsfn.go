// The strings package: searching, splitting, joining, replacing, case
// mapping, trimming, Builder and Fields.
package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "  The quick brown fox  "
	fmt.Printf("%q\n", strings.TrimSpace(s))
	fmt.Println(strings.Contains(s, "quick"), strings.Index(s, "o"), strings.LastIndex(s, "o"))
	fmt.Println(strings.HasPrefix("golang", "go"), strings.HasSuffix("golang", "ng"))
	fmt.Printf("%q\n", strings.Split("a,b,,c", ","))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.Fields(s))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, "-"))
	fmt.Println(strings.Replace("aaaa", "a", "b", 2), strings.ReplaceAll("aaaa", "aa", "c"))
	fmt.Println(strings.ToUpper("héllo"), strings.ToLower("ÀB"), strings.Title("go on"))
	fmt.Println(strings.Repeat("ab", 3), strings.Count("cheese", "e"), strings.Count("abc", ""))
	fmt.Println(strings.Trim("xxhixx", "x"), strings.TrimLeft("001200", "0"), strings.TrimPrefix("prefix-x", "prefix-"))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.Compare("a", "b"), strings.IndexByte("abc", 'c'))
	var sb strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&sb, "%d;", i)
	}
	sb.WriteString("end")
	sb.WriteByte('!')
	sb.WriteRune('✓')
	fmt.Println(sb.String(), sb.Len())
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return r + 1
	}, "banana"))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("<b>hi</b>"))
	fmt.Println(strings.IndexFunc("abc1", func(r rune) bool { return r >= '0' && r <= '9' }))
}
