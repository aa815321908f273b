// html/template: contextual autoescaping in text, attributes, URLs, query strings, JavaScript
// and CSS; typed safe content (HTML, URL, JS); filtered values (#ZgotmplZ); nested
// templates; and the escaper's errors for ambiguous or unfinished contexts.
package main

import (
	"fmt"
	"html/template"
	"os"
	"strings"
)

type Page struct {
	Title string
	URL   string
	Items []string
	JS    string
	Safe  template.HTML
	Link  template.URL
	N     int
	M     map[string]int
}

const page = `<html><head><title>{{.Title}}</title>
<script>var x = {{.JS}}; var items = {{.Items}}; var n = {{.N}}; var m = {{.M}};</script>
<style>p { color: {{index .Items 0}}; }</style></head>
<body><a href="{{.URL}}" title="{{.Title}}">link</a> <a href="{{.Link}}">safe</a>
<a href="/search?q={{.Title}}&n={{.N}}">q</a>
<ul>{{range .Items}}<li style="color: {{.}}">{{.}}</li>{{end}}</ul>
{{.Safe}} {{template "foot" .}}
<p onclick="alert({{.Title}})">x</p><!-- a comment {{.Title}} -->
</body></html>
{{define "foot"}}<footer data-n="{{.N}}">{{.Title | printf "%.5s"}}</footer>{{end}}`

func try(name, text string, data any) {
	t, err := template.New(name).Parse(text)
	if err != nil {
		fmt.Println("parse:", err)
		return
	}
	var sb strings.Builder
	if err := t.Execute(&sb, data); err != nil {
		fmt.Printf("%q exec: %v\n", sb.String(), err)
		return
	}
	fmt.Printf("%q\n", sb.String())
}

func main() {
	t := template.Must(template.New("p").Parse(page))
	p := Page{
		Title: `Tom & Jerry's <"show">`, URL: "javascript:alert(1)", Items: []string{"red", "</script>"},
		JS: "a'b\"c", Safe: "<b>bold</b>", Link: "javascript:ok()", N: 42, M: map[string]int{"b": 2, "a": 1},
	}
	if err := t.Execute(os.Stdout, p); err != nil {
		fmt.Println(err)
	}
	fmt.Println()
	try("unfinished", `<a href="{{.}}`, "x")
	try("script", `<script>{{.}}`, 1)
	try("branches", `{{if .}}<a{{else}}<b{{end}}>`, true)
	try("attrname", `<a {{.}}="x">`, "onclick")
	try("jsregexp", `<script>var r = /{{.}}/;</script>`, "a/b")
	try("jsstr", `<script>var s = "{{.}}";</script>`, "</script><b>")
	try("cssurl", `<div style="background: url({{.}})">`, "http://x/a b")
	try("srcset", `<img srcset="{{.}}">`, "a.png 1x, javascript:x 2x")
	try("safejs", `<script>{{.}}</script>`, template.JS("f()"))
	try("html", `{{.}}`, template.HTML("<i>ok</i>"))
	try("nilmap", `{{.x}}`, map[string]any{})
	fmt.Println(template.HTMLEscapeString("<&>"), template.JSEscapeString("'\"<"), template.URLQueryEscaper("a b"))
}
