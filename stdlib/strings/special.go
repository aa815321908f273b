// The special-case mappings: a unicode.SpecialCase (Turkish's, say) applied to every rune.

package strings

import "unicode"

// ToUpperSpecial returns s with all Unicode letters mapped to upper case, c's mapping first.
func ToUpperSpecial(c unicode.SpecialCase, s string) string { return Map(c.ToUpper, s) }

// ToLowerSpecial returns s with all Unicode letters mapped to lower case, c's mapping first.
func ToLowerSpecial(c unicode.SpecialCase, s string) string { return Map(c.ToLower, s) }

// ToTitleSpecial returns s with all Unicode letters mapped to title case, c's mapping first.
func ToTitleSpecial(c unicode.SpecialCase, s string) string { return Map(c.ToTitle, s) }
