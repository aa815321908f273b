// Templating with package regexp: ReplaceAllString with $1, ${name} and $$, Expand and
// ExpandString, ReplaceAllStringFunc and ReplaceAllFunc callbacks, literal replacement, empty
// matches in ReplaceAll and FindAll, Split, QuoteMeta, and the []byte and RuneReader forms.
package main

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

func main() {
	vars := map[string]string{"name": "Gopher", "lang": "Go", "n": "3"}
	tmpl := "Hello {{name}}, welcome to {{ lang }}! You have {{n}} new {{unknown}} messages. {{}}"
	placeholder := regexp.MustCompile(`\{\{\s*(\w+)\s*\}\}`)
	out := placeholder.ReplaceAllStringFunc(tmpl, func(m string) string {
		key := placeholder.FindStringSubmatch(m)[1]
		if v, ok := vars[key]; ok {
			return v
		}
		return "<" + strings.ToUpper(key) + "?>"
	})
	fmt.Println(out)

	// $ templates: numbered, named, braces, $$ and names that swallow text.
	date := regexp.MustCompile(`(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)`)
	src := "from 2023-01-15 to 2024-12-31."
	for _, t := range []string{"$d/$m/$y", "${d}.${m}.${y}", "$1x|${1}x", "$$y=$y", "[$4][$name][$]", "$0!"} {
		fmt.Printf("%-18q %q\n", t, date.ReplaceAllString(src, t))
	}
	fmt.Println(date.ReplaceAllLiteralString(src, "$y"))

	// Expand over every match.
	var dst []byte
	for _, m := range date.FindAllStringSubmatchIndex(src, -1) {
		dst = date.ExpandString(dst, "<$y$m$d>", src, m)
	}
	fmt.Println(string(dst))
	b := []byte("key1=val1;key2=val2")
	kv := regexp.MustCompile(`(\w+)=(\w+)`)
	var res []byte
	for _, m := range kv.FindAllSubmatchIndex(b, -1) {
		res = kv.Expand(res, []byte("$2:$1 "), b, m)
	}
	fmt.Printf("%q\n", res)

	// Empty matches: "a*" against "baaac", and in Split.
	star := regexp.MustCompile(`a*`)
	fmt.Printf("%q\n", star.FindAllString("baaac", -1))
	fmt.Println(star.FindAllStringIndex("baaac", -1))
	fmt.Println(star.ReplaceAllString("baaac", "-"))
	fmt.Println(regexp.MustCompile(`x*`).ReplaceAllString("abc", "-"))
	fmt.Println(regexp.MustCompile(``).ReplaceAllString("héllo", "|"))
	fmt.Printf("%q\n", star.Split("baaacada", -1))
	fmt.Printf("%q\n", regexp.MustCompile(`,\s*`).Split("a, b,c,   d", 3))
	fmt.Printf("%q %q %q\n", regexp.MustCompile(`x`).Split("", -1), regexp.MustCompile(``).Split("abc", -1), regexp.MustCompile(`b`).Split("abc", 0))

	// Numbers doubled through a callback on []byte.
	num := regexp.MustCompile(`\d+`)
	doubled := num.ReplaceAllFunc([]byte("3 apples, 12 pears, 0 kiwis"), func(m []byte) []byte {
		n, _ := strconv.Atoi(string(m))
		return []byte(strconv.Itoa(2 * n))
	})
	fmt.Println(string(doubled))
	fmt.Println(string(num.ReplaceAll([]byte("a1b22"), []byte("<$0>"))), string(num.ReplaceAllLiteral([]byte("a1b22"), []byte("<$0>"))))

	// []byte finders keep capacity to the match.
	data := []byte("id:42 id:7")
	idRE := regexp.MustCompile(`id:(\d+)`)
	m := idRE.FindSubmatch(data)
	fmt.Println(string(m[0]), string(m[1]), len(m[1]), cap(m[1]))
	all := idRE.FindAll(data, -1)
	fmt.Println(len(all), string(all[1]), cap(all[0]))
	fmt.Println(idRE.FindIndex(data), idRE.FindAllIndex(data, 1), idRE.Find([]byte("none")) == nil)
	fmt.Printf("%q\n", idRE.FindAllSubmatch(data, -1))

	// QuoteMeta round trip.
	special := `1+1=2? (yes) [sure] {ok} ^$ \. | *`
	q := regexp.QuoteMeta(special)
	fmt.Println(q)
	fmt.Println(regexp.MustCompile("^"+q+"$").MatchString(special), regexp.QuoteMeta("plain") == "plain")

	// RuneReader forms and package-level helpers.
	rr := strings.NewReader("the quick brown fox")
	fmt.Println(regexp.MustCompile(`b(r)own`).FindReaderSubmatchIndex(rr))
	ok, err := regexp.MatchReader(`qu+ick`, strings.NewReader("quuuick"))
	fmt.Println(ok, err)
	ok, err = regexp.Match(`^\d+$`, []byte("12345"))
	fmt.Println(ok, err)
	ok, err = regexp.MatchString(`(`, "x")
	fmt.Println(ok, err)
	fmt.Println(bytes.Equal(regexp.MustCompile(`o`).ReplaceAllLiteral([]byte("foo"), nil), []byte("f")))
}
