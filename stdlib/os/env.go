// Expanding $var and ${var} references, and clearing the environment (Go 1.19's os/env.go:
// Expand, ExpandEnv, Clearenv; Getenv and the rest are in os.go).

package os

// Expand replaces ${var} or $var in the string based on the mapping function. For example,
// os.ExpandEnv(s) is equivalent to os.Expand(s, os.Getenv).
func Expand(s string, mapping func(string) string) string {
	var buf []byte
	// ${} is 2 bytes and $ is 1, so the result is at most twice as long as s if the mapping
	// returns what it was given.
	i := 0
	for j := 0; j < len(s); j++ {
		if s[j] != '$' || j+1 >= len(s) {
			continue
		}
		if buf == nil {
			buf = make([]byte, 0, 2*len(s))
		}
		buf = append(buf, s[i:j]...)
		name, w := getShellName(s[j+1:])
		switch {
		case name == "" && w > 0:
			// Bad syntax ("${}" or an unclosed "${"): dropped.
		case name == "":
			// A '$' followed by nothing a name can start with stays.
			buf = append(buf, s[j])
		default:
			buf = append(buf, mapping(name)...)
		}
		j += w
		i = j + 1
	}
	if buf == nil {
		return s
	}
	return string(buf) + s[i:]
}

// ExpandEnv replaces ${var} or $var in the string according to the values of the current
// environment variables. References to undefined variables are replaced by the empty string.
func ExpandEnv(s string) string {
	return Expand(s, Getenv)
}

// isShellSpecialVar reports whether c names a one-character shell variable ($*, $1 ...).
func isShellSpecialVar(c uint8) bool {
	switch c {
	case '*', '#', '$', '@', '!', '?', '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return true
	}
	return false
}

func isAlphaNum(c uint8) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// getShellName returns the name that begins s (after a '$') and how many bytes it takes;
// a brace-less name is letters, digits and underscores.
func getShellName(s string) (string, int) {
	if s[0] == '{' {
		if len(s) > 2 && isShellSpecialVar(s[1]) && s[2] == '}' {
			return s[1:2], 3
		}
		for i := 1; i < len(s); i++ {
			if s[i] == '}' {
				if i == 1 {
					return "", 2 // "${}": eaten
				}
				return s[1:i], i + 1
			}
		}
		return "", 1 // "${" without "}": the "${" is eaten
	}
	if isShellSpecialVar(s[0]) {
		return s[0:1], 1
	}
	i := 0
	for i < len(s) && isAlphaNum(s[i]) {
		i++
	}
	return s[:i], i
}

// Clearenv deletes all environment variables.
func Clearenv() {
	for _, kv := range Environ() {
		k := kv
		for i := 0; i < len(kv); i++ {
			if kv[i] == '=' {
				k = kv[:i]
				break
			}
		}
		unsetenv(k)
	}
}
