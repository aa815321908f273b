// net/url: Parse and ParseRequestURI over absolute, relative, opaque, IPv6, userinfo, query
// and fragment forms, and every parse error text; the URL methods (String, EscapedPath,
// EscapedFragment, Hostname, Port, Query, RequestURI, Redacted, IsAbs, ResolveReference,
// Parse, JoinPath, Marshal/UnmarshalBinary); Values; the escaping functions and their errors.
package main

import (
	"errors"
	"fmt"
	"net/url"
)

func show(u *url.URL) {
	fmt.Printf("  scheme=%q opaque=%q user=%v host=%q path=%q raw=%q omit=%v force=%v query=%q frag=%q rawfrag=%q\n",
		u.Scheme, u.Opaque, u.User, u.Host, u.Path, u.RawPath, u.OmitHost, u.ForceQuery, u.RawQuery, u.Fragment, u.RawFragment)
	fmt.Printf("  String=%q EscapedPath=%q EscapedFragment=%q Hostname=%q Port=%q RequestURI=%q Redacted=%q IsAbs=%v\n",
		u.String(), u.EscapedPath(), u.EscapedFragment(), u.Hostname(), u.Port(), u.RequestURI(), u.Redacted(), u.IsAbs())
}

func main() {
	for _, s := range []string{
		"https://user:p%40ss@example.com:8443/a/b%2Fc/d e?x=1&y=%20z&x=2#frag%20ment",
		"http://example.com", "http://example.com/", "HTTP://Example.COM/Path?", "http://[::1]:80/x", "http://[fe80::1%25en0]/",
		"mailto:joe@example.com?subject=hi", "file:///etc/passwd", "scheme:/no/host", "//host/only/path", "/just/path?q#f",
		"relative/path", "./a:b", "*", "", "?only=query", "#only-frag", "http://a.com/%7Euser/x%3Fy", "http://h/p#a%2Fb%20c!()*",
		"http://user@host", "http://:8080/", "https://example.com:/", "http://x.com/a;b,c=d$e", "foo://%41%42", "http://ex%41mple.com/",
		"postgres://u:@db/x", "http://x/ÿ€", "http://x/?a=1;b=2",
		// errors
		"http://[::1/", "http://host:port/", "http://[::1]:x/", ":foo", "1http://x", "a:b/c", "http://x/%zz", "http://x/%4",
		"http://h%zz/", "http://h<>/", "http://us er@h/", "http://x/\x7f", "http://x/\n", "http://%41:8080/", "http://[fe80::1%25%zz]/",
		"http://h#%", "http://x y/", "http://h:99999999999/",
	} {
		u, err := url.Parse(s)
		fmt.Printf("Parse(%q)\n", s)
		if err != nil {
			var ue *url.Error
			fmt.Println("  error:", err, errors.As(err, &ue), ue.Op, ue.URL, ue.Timeout(), ue.Temporary(), errors.Unwrap(err))
			continue
		}
		show(u)
	}
	for _, s := range []string{"/a/b?c=d", "http://h/p", "relative", "", "*", "//host/x", "/x#frag", "mailto:x", "http://h/p?x#y"} {
		u, err := url.ParseRequestURI(s)
		if err != nil {
			fmt.Printf("ParseRequestURI(%q) error: %v\n", s, err)
			continue
		}
		fmt.Printf("ParseRequestURI(%q)\n", s)
		show(u)
	}

	base, _ := url.Parse("http://a/b/c/d;p?q#f")
	for _, ref := range []string{"g:h", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "g?y#s", ";x", "g;x", "", ".", "./",
		"..", "../", "../g", "../..", "../../", "../../g", "../../../g", "/./g", "/../g", "g.", ".g", "g..", "..g", "./../g", "./g/.",
		"g/./h", "g/../h", "g;x=1/./y", "http:g", "mailto:x@y", "?", "a%2Fb"} {
		r, err := base.Parse(ref)
		if err != nil {
			fmt.Println(ref, "error", err)
			continue
		}
		fmt.Printf("%-12q -> %s\n", ref, r)
	}
	rel := &url.URL{Path: "x/y", RawQuery: "z=1"}
	fmt.Println(base.ResolveReference(rel), (&url.URL{Path: "a:b"}).String(), (&url.URL{Host: "h", Path: "rel"}).String())
	fmt.Println((&url.URL{Scheme: "http", Host: "h", Path: "/a b", RawPath: "/a%20b"}).EscapedPath(), (&url.URL{Path: "/a b", RawPath: "/bogus"}).EscapedPath())
	fmt.Println((&url.URL{Scheme: "http", Host: "h", User: url.UserPassword("u s", "p:w@")}).String(), (&url.URL{Scheme: "x", Opaque: "//op", RawQuery: "q"}).RequestURI())

	j, _ := url.Parse("https://go.dev/doc/")
	fmt.Println(j.JoinPath("a", "../b", "c/"), j.JoinPath(), j.JoinPath("x y", "%2F"))
	js, err := url.JoinPath("https://h/a/", "b", "..", "c")
	fmt.Println(js, err)
	js, err = url.JoinPath("rel", "x")
	fmt.Println(js, err)
	js, err = url.JoinPath(":bad", "x")
	fmt.Printf("%q %v\n", js, err)

	b, err := base.MarshalBinary()
	fmt.Println(string(b), err)
	var u2 url.URL
	fmt.Println(u2.UnmarshalBinary([]byte("http://x/y?z#w")), u2.String(), u2.UnmarshalBinary([]byte("%")))

	q := url.Values{}
	q.Set("name", "Ava Smith")
	q.Add("friend", "Jess")
	q.Add("friend", "Sarah & Zoe")
	q.Add("empty", "")
	q.Set("ünïcode", "✓/?=&+")
	fmt.Println(q.Encode(), q.Get("friend"), q.Get("nope"), q.Has("empty"), q.Has("nope"))
	q.Del("friend")
	fmt.Println(q.Encode(), url.Values(nil).Encode(), url.Values(nil).Get("x"), url.Values(nil).Has("x"))
	for _, s := range []string{"a=1&b=2&a=3", "x=%zz&y=2", "a;b=1&c=2", "=novalue&noeq&&k=v=w", "a+b=c+d&%41=%42", "k=%", "x=1&y=%2"} {
		v, err := url.ParseQuery(s)
		fmt.Println(s, "=>", v, len(v), err)
	}
	uq, _ := url.Parse("http://h/?b=2&a=1&a=0&c")
	fmt.Println(uq.Query(), uq.Query().Encode())

	for _, s := range []string{"", "abc", "a b+c", "100%", "a/b?c&d=e#f", "ü~-_.!*'()", "\x00\xff"} {
		fmt.Printf("%q: Q=%q P=%q\n", s, url.QueryEscape(s), url.PathEscape(s))
	}
	for _, s := range []string{"a+b%20c", "%41%42", "%", "%4", "%zz", "abc%2", "a%2Fb", "100%25"} {
		q, qerr := url.QueryUnescape(s)
		p, perr := url.PathUnescape(s)
		fmt.Printf("%q: Q=%q %v P=%q %v\n", s, q, qerr, p, perr)
	}
	fmt.Println(url.EscapeError("%zz").Error(), url.InvalidHostError("<").Error())
	var ee url.EscapeError
	_, err = url.Parse("http://x/%g0")
	fmt.Println(errors.As(err, &ee), ee)
	fmt.Println(url.User("bob").String(), url.User("bob").Username(), url.UserPassword("a", "").String())
	var nilUser *url.Userinfo
	pw, set := nilUser.Password()
	fmt.Printf("%q %q %q %v\n", nilUser.String(), nilUser.Username(), pw, set)
	var nilURL *url.URL
	fmt.Printf("%q\n", nilURL.Redacted())
}
