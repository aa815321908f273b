// html: EscapeString of the five special characters; UnescapeString of named references
// (with and without semicolons, two-rune ones, prefixes), decimal and hex references (the
// Windows-1252 range, zero, surrogates, overflow) and malformed ones; round trips.
package main

import (
	"fmt"
	"html"
)

func main() {
	for _, s := range []string{"", "plain", `<a href="x?a=1&b=2">it's</a>`, "&&&", "日本語 <b>"} {
		e := html.EscapeString(s)
		fmt.Printf("%q -> %q -> %q\n", s, e, html.UnescapeString(e))
	}
	for _, s := range []string{
		"&amp; &lt; &gt; &quot; &apos; &#39; &#34;",
		"&AMP &amp &lt &gt &copy &reg &nbsp;x &nbspx",
		"&aacute; &Aacute; &eacute &frac34; &frac34 &middot &hellip; &rarr; &NotEqualTilde; &nvlt; &bne;",
		"&ampx &copyright; &notit; &notin; &not &noti",
		"&#65;&#x42;&#X43;&#x1F600;&#128512;",
		"&#128; &#x80; &#x9F; &#150; &#0; &#xD800; &#x110000; &#99999999999999;",
		"&#; &#x; &#xg; &# &#a; &; & &x &zzz; &abc",
		"a&b&c&&d;&",
		"&#65 &#x41x &#65;;",
		"&Afr;&afr;&ngE;&race;",
		"&thinsp;&ThinSpace;&NegativeThinSpace;&Uuml;&uuml&yuml;",
		"&lt;script&gt;alert(&quot;hi&quot;)&lt;/script&gt;",
		"&\x00; &\xff; &#\xff;",
	} {
		fmt.Printf("%q\n", html.UnescapeString(s))
	}
}
