// Package regexp implements regular expression search with the syntax of RE2
// (https://golang.org/s/re2syntax), in time linear in the size of the input.
//
// This is gort's version of Go 1.19's package regexp. The engine is native TypeScript: the
// parser (src/stdlib/native/regexp_parse.ts, modelling regexp/syntax/parse.go), the compiler
// (regexp_compile.ts: simplify.go, compile.go, prog.go and the one-pass test of onepass.go) and
// a Pike VM (regexp_exec.ts: exec.go's machine), reached through the natives declared here
// (src/stdlib/native/regexp.ts). What Go writes in plain Go around the engine (the Find*,
// ReplaceAll*, Expand and Split families) is Go here, written for gort.
//
// Terms: a match is a []int of capture positions, 2 per group plus 2 for the whole match,
// -1 for a group that did not take part. ncap is how many of them a caller asks the engine
// for: 0 (did it match?), 2 (where?) or all of them.
//
// Invariants: every method returns what Go 1.19's returns, including which of several
// possible submatches is reported (the leftmost-first, or with Longest the leftmost-longest,
// choice a backtracking search would make), how empty matches next to a previous match are
// skipped, and invalid UTF-8 in the input (each bad byte is U+FFFD of width 1).
//
// Simplifications vs real Go: the compiled program lives in the engine, so %v of a Regexp
// shows gort's fields, not Go's. The MatchReader family reads runes as Go's NFA would, also
// where Go's one-pass engine would stop reading earlier. ReplaceAllFunc finds every match
// before it calls repl, so a repl that writes into src is not seen by later matches.
package regexp

import (
	"io"
	"regexp/syntax"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Regexp is the representation of a compiled regular expression.
// A Regexp is safe for concurrent use by multiple goroutines,
// except for configuration methods, such as Longest.
type Regexp struct {
	expr           string   // as passed to Compile
	prog           *program // the engine's compiled program
	numCap         int      // capture positions the program records (prog.NumCap)
	numSubexp      int
	subexpNames    []string
	prefix         string // literal every match starts with
	prefixComplete bool   // prefix is the whole regexp
	longest        bool   // leftmost-longest instead of leftmost-first
}

// program stands for the engine's state of one compiled regexp (a native object).
type program struct{}

// compileProg parses and compiles expr with Perl syntax, or POSIX syntax when posix is set.
// On a syntax error code and errExpr give the *syntax.Error's fields and p is nil.
func compileProg(expr string, posix bool) (p *program, numCap, numSubexp int, names []string, prefix string, complete bool, code, errExpr string)

// execute finds the leftmost match in b (if b is not nil) or s starting the search at pos, and
// returns its first ncap capture positions, or nil when there is none.
func execute(p *program, longest bool, b []byte, s string, pos, ncap int) []int

// allMatches returns at most n successive matches in b or s, as FindAll* sees them, each as
// width positions (the first ncap from the engine, then -1s), one after the other.
func allMatches(p *program, longest bool, b []byte, s string, n, ncap, width int) []int

// replaceMatches returns the matches in b or s that ReplaceAll* replace, each as nmatch
// positions, one after the other.
func replaceMatches(p *program, longest bool, b []byte, s string, nmatch int) []int

// executeReader is execute over the runes next returns (width 0 at the end).
func executeReader(p *program, longest bool, next func() (rune, int), ncap int) []int

// String returns the source text used to compile the regular expression.
func (re *Regexp) String() string {
	return re.expr
}

// Copy returns a new Regexp object copied from re.
// Calling Longest on one copy does not affect another.
//
// Deprecated: In earlier releases, when using a Regexp in multiple goroutines,
// giving each goroutine its own copy helped to avoid lock contention.
// As of Go 1.12, using Copy is no longer necessary to avoid lock contention.
// Copy may still be appropriate if the reason for its use is to make
// two copies with different Longest settings.
func (re *Regexp) Copy() *Regexp {
	c := *re
	return &c
}

// Compile parses a regular expression and returns, if successful, a Regexp object that can
// be used to match against text. Matching is leftmost-first, as in Perl.
func Compile(expr string) (*Regexp, error) {
	return compile(expr, false)
}

// CompilePOSIX is like Compile but restricts the regular expression to POSIX ERE (egrep)
// syntax and changes the match semantics to leftmost-longest.
func CompilePOSIX(expr string) (*Regexp, error) {
	return compile(expr, true)
}

func compile(expr string, posix bool) (*Regexp, error) {
	p, numCap, numSubexp, names, prefix, complete, code, errExpr := compileProg(expr, posix)
	if p == nil {
		return nil, &syntax.Error{Code: syntax.ErrorCode(code), Expr: errExpr}
	}
	return &Regexp{
		expr:           expr,
		prog:           p,
		numCap:         numCap,
		numSubexp:      numSubexp,
		subexpNames:    names,
		prefix:         prefix,
		prefixComplete: complete,
		longest:        posix,
	}, nil
}

// Longest makes future searches prefer the leftmost-longest match.
// This method modifies the Regexp and may not be called concurrently
// with any other methods.
func (re *Regexp) Longest() {
	re.longest = true
}

// quote is str in backquotes when it can be, else in double quotes with escapes.
func quote(str string) string {
	if strconv.CanBackquote(str) {
		return "`" + str + "`"
	}
	return strconv.Quote(str)
}

// NumSubexp returns the number of parenthesized subexpressions in this Regexp.
func (re *Regexp) NumSubexp() int {
	return re.numSubexp
}

// SubexpNames returns the names of the parenthesized subexpressions in this Regexp; names[0]
// is always "". The slice should not be modified.
func (re *Regexp) SubexpNames() []string {
	return re.subexpNames
}

// SubexpIndex returns the index of the first subexpression with the given name,
// or -1 if there is no subexpression with that name.
func (re *Regexp) SubexpIndex(name string) int {
	if name == "" {
		return -1
	}
	for i, n := range re.subexpNames {
		if n == name {
			return i
		}
	}
	return -1
}

// LiteralPrefix returns a literal string that must begin any match of the regular expression
// re. It returns the boolean true if the literal string comprises the entire regular
// expression.
func (re *Regexp) LiteralPrefix() (prefix string, complete bool) {
	return re.prefix, re.prefixComplete
}

// MatchReader reports whether the text returned by the RuneReader
// contains any match of the regular expression re.
func (re *Regexp) MatchReader(r io.RuneReader) bool {
	return re.readerExecute(r, 0) != nil
}

// MatchString reports whether the string s
// contains any match of the regular expression re.
func (re *Regexp) MatchString(s string) bool {
	return execute(re.prog, re.longest, nil, s, 0, 0) != nil
}

// Match reports whether the byte slice b
// contains any match of the regular expression re.
func (re *Regexp) Match(b []byte) bool {
	return execute(re.prog, re.longest, b, "", 0, 0) != nil
}

// readerExecute runs the engine over the runes of r.
func (re *Regexp) readerExecute(r io.RuneReader, ncap int) []int {
	next := func() (rune, int) {
		c, w, err := r.ReadRune()
		if err != nil {
			return -1, 0
		}
		return c, w
	}
	return executeReader(re.prog, re.longest, next, ncap)
}

// MatchReader reports whether the text returned by the RuneReader
// contains any match of the regular expression pattern.
func MatchReader(pattern string, r io.RuneReader) (matched bool, err error) {
	re, err := Compile(pattern)
	if err != nil {
		return false, err
	}
	return re.MatchReader(r), nil
}

// MatchString reports whether the string s
// contains any match of the regular expression pattern.
func MatchString(pattern string, s string) (matched bool, err error) {
	re, err := Compile(pattern)
	if err != nil {
		return false, err
	}
	return re.MatchString(s), nil
}

// Match reports whether the byte slice b
// contains any match of the regular expression pattern.
func Match(pattern string, b []byte) (matched bool, err error) {
	re, err := Compile(pattern)
	if err != nil {
		return false, err
	}
	return re.Match(b), nil
}

// QuoteMeta returns a string that escapes all regular expression metacharacters
// inside the argument text; the returned string is a regular expression matching
// the literal text.
func QuoteMeta(s string) string {
	i := 0
	for i < len(s) && !isMeta(s[i]) {
		i++
	}
	if i == len(s) {
		return s
	}
	b := make([]byte, 0, 2*len(s)-i)
	b = append(b, s[:i]...)
	for ; i < len(s); i++ {
		if isMeta(s[i]) {
			b = append(b, '\\')
		}
		b = append(b, s[i])
	}
	return string(b)
}

// isMeta reports whether c must be escaped by QuoteMeta.
func isMeta(c byte) bool {
	return strings.IndexByte(`\.+*?()|[]{}^$`, c) >= 0
}

// pad extends a match to one pair per subexpression, as Go does for a program that lost
// groups to simplification ("(a){0}").
func (re *Regexp) pad(a []int) []int {
	if a == nil {
		return nil
	}
	for n := 2 * (1 + re.numSubexp); len(a) < n; {
		a = append(a, -1)
	}
	return a
}

// extract parses the name of a template variable after its $: name or {name}, where name is a
// non-empty run of letters, digits and underscores. num is the name's value when it is a
// number without leading zeros (below 1e8), else -1.
func extract(str string) (name string, num int, rest string, ok bool) {
	if str == "" {
		return
	}
	brace := str[0] == '{'
	if brace {
		str = str[1:]
	}
	i := 0
	for i < len(str) {
		r, size := utf8.DecodeRuneInString(str[i:])
		if r != '_' && !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			break
		}
		i += size
	}
	if i == 0 {
		return
	}
	name = str[:i]
	if brace {
		if i == len(str) || str[i] != '}' {
			return
		}
		i++
	}
	num = 0
	for j := 0; j < len(name); j++ {
		if name[j] < '0' || name[j] > '9' || num >= 1e8 {
			num = -1
			break
		}
		num = num*10 + int(name[j]-'0')
	}
	if len(name) > 1 && name[0] == '0' {
		num = -1
	}
	return name, num, str[i:], true
}

// The two Must functions come last, with their panics on the lines where Go 1.19's
// regexp.go has them (319 and 330). gort names a frame of the standard library by Go's path
// and gort's own line, so a traceback through MustCompile names Go's line only if the panic
// sits there. A line added or removed above moves them; testdata/run/regexp/mustcompile.go,
// which ends in MustCompile's panic, then fails the differential test. Pad or trim this
// comment to put them back (in the files of this package, only this one has such a
// constraint).

// MustCompile is like Compile but panics if the expression cannot be parsed.
func MustCompile(str string) *Regexp {
	re, err := Compile(str)
	if err != nil {
		panic("regexp: Compile(" + quote(str) + "): " + err.Error())
	}
	return re
}

// MustCompilePOSIX is like CompilePOSIX but panics if the expression cannot be parsed.
//
//
func MustCompilePOSIX(str string) *Regexp {
	re, err := CompilePOSIX(str)
	if err != nil {
		panic("regexp: CompilePOSIX(" + quote(str) + "): " + err.Error())
	}
	return re
}
