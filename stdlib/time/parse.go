// ParseDuration: reading a Duration from text such as "1h15m30.5s" (Go 1.19's time/format.go).
//
// The arithmetic is Go's: integer and fraction parts are accumulated in uint64 with the same
// overflow checks, and the fraction is scaled in float64, so results agree bit for bit.
package time

import "errors"

var unitMap = map[string]uint64{
	"ns":      uint64(Nanosecond),
	"us":      uint64(Microsecond),
	"\u00b5s": uint64(Microsecond), // U+00B5 = micro symbol
	"\u03bcs": uint64(Microsecond), // U+03BC = Greek letter mu
	"ms":      uint64(Millisecond),
	"s":       uint64(Second),
	"m":       uint64(Minute),
	"h":       uint64(Hour),
}

var errLeadingInt = errors.New("time: bad [0-9]*")

// leadingInt consumes the leading [0-9]* from s.
func leadingInt(s string) (x uint64, rem string, err error) {
	i := 0
	for ; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			break
		}
		if x > 1<<63/10 {
			return 0, "", errLeadingInt
		}
		x = x*10 + uint64(c) - '0'
		if x > 1<<63 {
			return 0, "", errLeadingInt
		}
	}
	return x, s[i:], nil
}

// leadingFraction consumes the leading [0-9]* from s, ignoring digits past overflow.
func leadingFraction(s string) (x uint64, scale float64, rem string) {
	i := 0
	scale = 1
	overflow := false
	for ; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			break
		}
		if overflow {
			continue
		}
		if x > (1<<63-1)/10 {
			overflow = true
			continue
		}
		y := x*10 + uint64(c) - '0'
		if y > 1<<63 {
			overflow = true
			continue
		}
		x = y
		scale *= 10
	}
	return x, scale, s[i:]
}

// quote is time's own small quoting: non-ASCII and control bytes become \xNN.
func quote(s string) string {
	const lowerhex = "0123456789abcdef"
	buf := []byte{'"'}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 || c < ' ' {
			buf = append(buf, '\\', 'x', lowerhex[c>>4], lowerhex[c&0xF])
			continue
		}
		if c == '"' || c == '\\' {
			buf = append(buf, '\\')
		}
		buf = append(buf, c)
	}
	return string(append(buf, '"'))
}

// ParseDuration parses a duration string: a possibly signed sequence of decimal numbers,
// each with optional fraction and a unit suffix (ns, us, ms, s, m, h).
func ParseDuration(s string) (Duration, error) {
	orig := s
	var d uint64
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	if s == "0" {
		return 0, nil
	}
	invalid := errors.New("time: invalid duration " + quote(orig))
	if s == "" {
		return 0, invalid
	}
	for s != "" {
		v, f, scale, unit, rest, err := durationTerm(s, orig)
		if err != nil {
			return 0, err
		}
		s = rest
		if v > 1<<63/unit {
			return 0, invalid
		}
		v *= unit
		if f > 0 {
			v += uint64(float64(f) * (float64(unit) / scale))
			if v > 1<<63 {
				return 0, invalid
			}
		}
		d += v
		if d > 1<<63 {
			return 0, invalid
		}
	}
	if neg {
		return -Duration(d), nil
	}
	if d > 1<<63-1 {
		return 0, invalid
	}
	return Duration(d), nil
}

// durationTerm reads one "<int>[.<frac>]<unit>" term from the front of s.
func durationTerm(s, orig string) (v, f uint64, scale float64, unit uint64, rest string, err error) {
	invalid := errors.New("time: invalid duration " + quote(orig))
	scale = 1
	if !(s[0] == '.' || '0' <= s[0] && s[0] <= '9') {
		return 0, 0, 0, 0, "", invalid
	}
	pl := len(s)
	v, s, err = leadingInt(s)
	if err != nil {
		return 0, 0, 0, 0, "", invalid
	}
	pre := pl != len(s)
	post := false
	if s != "" && s[0] == '.' {
		s = s[1:]
		pl := len(s)
		f, scale, s = leadingFraction(s)
		post = pl != len(s)
	}
	if !pre && !post {
		return 0, 0, 0, 0, "", invalid
	}
	i := 0
	for ; i < len(s); i++ {
		c := s[i]
		if c == '.' || '0' <= c && c <= '9' {
			break
		}
	}
	if i == 0 {
		return 0, 0, 0, 0, "", errors.New("time: missing unit in duration " + quote(orig))
	}
	u := s[:i]
	unit, ok := unitMap[u]
	if !ok {
		return 0, 0, 0, 0, "", errors.New("time: unknown unit " + quote(u) + " in duration " + quote(orig))
	}
	return v, f, scale, unit, s[i:], nil
}
