// Package unicode provides data and functions to test some properties of Unicode code points.
//
// This is gort's version of Go 1.19's package unicode (Unicode 13.0.0). The classification and
// case functions are natives (src/stdlib/native/unicode.ts); see that file for how its tables
// are derived and for the known differences. The range tables (Letter, Han, Categories...) are
// Go's own, generated into tables.go; the Go code over them (Is, In, SpecialCase) is in
// letter.go.
package unicode

// Version is the Unicode edition from which the tables are derived.
const Version = "13.0.0"

const (
	MaxRune         = '\U0010FFFF' // Maximum valid Unicode code point.
	ReplacementChar = '\uFFFD'     // Represents invalid code points.
	MaxASCII        = '\u007F'     // maximum ASCII value.
	MaxLatin1       = '\u00FF'     // maximum Latin-1 value.
)

// Indices into the Delta arrays inside CaseRanges for case mapping.
const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

// IsLetter reports whether the rune is a letter (category L).
func IsLetter(r rune) bool

// IsDigit reports whether the rune is a decimal digit (category Nd).
func IsDigit(r rune) bool

// IsNumber reports whether the rune is a number (category N).
func IsNumber(r rune) bool

// IsSpace reports whether the rune is a space character as defined by Unicode's White Space
// property; in the Latin-1 space this is '\t', '\n', '\v', '\f', '\r', ' ', U+0085 and U+00A0.
func IsSpace(r rune) bool

// IsUpper reports whether the rune is an upper case letter.
func IsUpper(r rune) bool

// IsLower reports whether the rune is a lower case letter.
func IsLower(r rune) bool

// IsTitle reports whether the rune is a title case letter.
func IsTitle(r rune) bool

// IsPunct reports whether the rune is a Unicode punctuation character (category P).
func IsPunct(r rune) bool

// IsPrint reports whether the rune is printable by Go: letters, marks, numbers, punctuation,
// symbols and the ASCII space.
func IsPrint(r rune) bool

// IsGraphic reports whether the rune is a graphic: L, M, N, P, S or Zs.
func IsGraphic(r rune) bool

// IsControl reports whether the rune is a control character (only Latin-1 ones).
func IsControl(r rune) bool

// IsMark reports whether the rune is a mark character (category M).
func IsMark(r rune) bool

// IsSymbol reports whether the rune is a symbolic character (category S).
func IsSymbol(r rune) bool

// ToUpper maps the rune to upper case.
func ToUpper(r rune) rune

// ToLower maps the rune to lower case.
func ToLower(r rune) rune

// ToTitle maps the rune to title case.
func ToTitle(r rune) rune

// To maps the rune to the specified case: UpperCase, LowerCase, or TitleCase.
func To(_case int, r rune) rune

// SimpleFold iterates over Unicode code points equivalent under simple case folding.
func SimpleFold(r rune) rune
