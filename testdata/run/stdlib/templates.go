// text/template: actions, pipelines, variables, range over slices and maps (sorted keys),
// with/else, define/template/block, the builtin functions (and, or, not, eq, lt, index,
// slice, len, print, printf, html, js, urlquery, call), methods with arguments, trim
// markers, custom delimiters, missingkey options, Clone and Lookup, and the texts of parse
// and execution errors.
package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"text/template"
)

type User struct {
	Name  string
	Age   int
	Admin bool
	Tags  map[string]int
	Notes []string
	Boss  *User
}

func (u User) Greet(greeting string, n int) string {
	return strings.Repeat(greeting+" ", n) + u.Name
}

func (u *User) Older(than int) bool { return u.Age > than }

func (u User) Fails() (string, error) { return "", errors.New("boom") }

func run(name, text string, data any) {
	t, err := template.New(name).Funcs(template.FuncMap{
		"upper": strings.ToUpper,
		"add":   func(a, b int) int { return a + b },
		"pair":  func(a, b string) []string { return []string{a, b} },
	}).Parse(text)
	if err != nil {
		fmt.Println("parse error:", err)
		return
	}
	var sb strings.Builder
	if err := t.Execute(&sb, data); err != nil {
		fmt.Printf("%q\nexec error: %v\n", sb.String(), err)
		return
	}
	fmt.Printf("%q\n", sb.String())
}

func main() {
	boss := &User{Name: "Ada", Age: 52}
	u := &User{Name: "Bob <b>", Age: 31, Tags: map[string]int{"z": 1, "a": 2, "m": 3}, Notes: []string{"x", "y"}, Boss: boss}

	run("basic", "{{.Name}} is {{.Age}}{{if .Admin}} (admin){{end}}", u)
	run("vars", `{{$n := len .Notes}}{{$n}} notes{{range $i, $v := .Notes}} {{$i}}={{$v}}{{end}}`, u)
	run("maps", "{{range $k, $v := .Tags}}{{$k}}:{{$v}} {{end}}", u)
	run("rangeelse", "{{range .}}{{.}}{{else}}empty{{end}}", []int{})
	run("with", "{{with .Boss}}boss {{.Name}}{{else}}no boss{{end}} / {{with .Boss.Boss}}x{{else}}none{{end}}", u)
	run("funcs", `{{upper .Name}} {{add 2 3}} {{printf "%05d|%-4s|" .Age "ab"}} {{print 1 2 "x"}} {{len .Tags}}`, u)
	run("logic", `{{and .Admin .Age}} {{or .Admin .Age}} {{not .Admin}} {{eq .Age 31}} {{eq .Name "a" "Bob <b>"}} {{ne 1 2}} {{lt 1 2}} {{le 2 2}} {{gt 1.5 2.5}} {{ge "b" "a"}}`, u)
	run("index", `{{index .Tags "m"}} {{index .Notes 1}} {{slice "hello" 1 3}} {{index (pair "p" "q") 0}}`, u)
	run("escapers", `{{html .Name}} {{js "it's \"q\""}} {{urlquery "a b&c"}} {{.Name | html | printf "[%s]"}}`, u)
	run("methods", `{{.Greet "hi" 2}} {{.Older 30}} {{.Boss.Older 60}}`, u)
	run("define", `{{define "item"}}<{{.}}>{{end}}{{range .Notes}}{{template "item" .}}{{end}}{{block "extra" .Age}}[{{.}}]{{end}}`, u)
	run("trim", "a  {{- 1 -}}  b {{/* a comment */}} c\n{{- \"d\"}}", nil)
	run("call", `{{call .F 3 4}}`, map[string]any{"F": func(a, b int) int { return a * b }})
	run("nilptr", "{{.Boss.Boss.Name}}", u)
	run("missing", "{{.Nope}}", u)
	run("mapmissing", "[{{.nope}}]", map[string]int{"a": 1})
	run("methoderr", "x{{.Fails}}y", u)
	run("badfunc", "{{nosuch 1}}", u)
	run("unclosed", "{{if .Admin}}x", u)
	run("badnum", "{{add 1 \"two\"}}", u)
	run("indexoob", "{{index .Notes 5}}", u)

	t := template.Must(template.New("root").Delims("<<", ">>").Parse(`<<define "a">>A(<<.>>)<<end>><<template "a" .>>`))
	t.Execute(os.Stdout, 7)
	fmt.Println()
	c := template.Must(t.Clone())
	template.Must(c.New("b").Parse("B"))
	fmt.Println(t.Lookup("b") == nil, c.Lookup("b") != nil, t.Lookup("a").Name())
	names := []string{}
	for _, x := range c.Templates() {
		names = append(names, x.Name())
	}
	fmt.Println(len(names))
	if err := c.ExecuteTemplate(os.Stdout, "a", "z"); err != nil {
		fmt.Println(err)
	}
	fmt.Println()
	fmt.Println(c.ExecuteTemplate(os.Stdout, "nope", nil))
	m := template.Must(template.New("m").Option("missingkey=error").Parse("{{.x}}"))
	fmt.Println(m.Execute(os.Stdout, map[string]int{}))
	z := template.Must(template.New("z").Option("missingkey=zero").Parse("{{.x}}"))
	z.Execute(os.Stdout, map[string]int{})
	fmt.Println()
	fmt.Println(template.HTMLEscapeString(`<a href="x">&'`), template.JSEscapeString("</script>"), template.URLQueryEscaper("a/b c"))
}
