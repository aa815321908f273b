// The range-table half of package unicode: the RangeTable and CaseRange types, membership (Is,
// In, IsOneOf) and special-case mapping (SpecialCase, TurkishCase).
//
// Models Go 1.19's unicode/letter.go, graphic.go and casetables.go. A table is searched as Go
// searches it (linearly while it is short or the rune is Latin-1, else by halving), so a table a
// program builds itself, unsorted or overlapping, answers as it would in Go.

package unicode

// UpperLower is the impossible delta of a CaseRange whose runes alternate upper case (even
// offsets from Lo) and lower case (odd offsets).
const UpperLower = MaxRune + 1

// RangeTable defines a set of Unicode code points by listing the ranges of code points within
// the set: 16-bit ranges in R16, ranges at or above 1<<16 in R32, both sorted and disjoint.
type RangeTable struct {
	R16         []Range16
	R32         []Range32
	LatinOffset int // number of entries in R16 with Hi <= MaxLatin1
}

// Range16 represents a range of 16-bit Unicode code points, Lo to Hi inclusive, by Stride.
type Range16 struct {
	Lo     uint16
	Hi     uint16
	Stride uint16
}

// Range32 represents a range of Unicode code points, Lo to Hi inclusive, by Stride; Lo and Hi
// are at least 1<<16.
type Range32 struct {
	Lo     uint32
	Hi     uint32
	Stride uint32
}

// CaseRange represents a range of code points, Lo to Hi inclusive, for simple case conversion:
// Delta holds what to add to reach the upper, lower and title case (UpperLower for
// alternating pairs).
type CaseRange struct {
	Lo    uint32
	Hi    uint32
	Delta d
}

// SpecialCase represents language-specific case mappings such as Turkish.
type SpecialCase []CaseRange

type d [MaxCase]rune // to make the CaseRanges text shorter

// linearMax: tables of at most this many ranges are searched linearly (Go's calibrated value).
const linearMax = 18

// inRange16 reports whether r is on g's stride; the caller knows Lo <= r <= Hi.
func inRange16(g *Range16, r uint16) bool {
	return g.Stride == 1 || (r-g.Lo)%g.Stride == 0
}

func inRange32(g *Range32, r uint32) bool {
	return g.Stride == 1 || (r-g.Lo)%g.Stride == 0
}

// is16 reports whether r is in the sorted ranges.
func is16(ranges []Range16, r uint16) bool {
	if len(ranges) <= linearMax || r <= MaxLatin1 {
		for i := range ranges {
			g := &ranges[i]
			if r < g.Lo {
				return false
			}
			if r <= g.Hi {
				return inRange16(g, r)
			}
		}
		return false
	}
	lo, hi := 0, len(ranges)
	for lo < hi {
		m := lo + (hi-lo)/2
		g := &ranges[m]
		switch {
		case r < g.Lo:
			hi = m
		case r > g.Hi:
			lo = m + 1
		default:
			return inRange16(g, r)
		}
	}
	return false
}

// is32 reports whether r is in the sorted ranges.
func is32(ranges []Range32, r uint32) bool {
	if len(ranges) <= linearMax {
		for i := range ranges {
			g := &ranges[i]
			if r < g.Lo {
				return false
			}
			if r <= g.Hi {
				return inRange32(g, r)
			}
		}
		return false
	}
	lo, hi := 0, len(ranges)
	for lo < hi {
		m := lo + (hi-lo)/2
		g := &ranges[m]
		switch {
		case r < g.Lo:
			hi = m
		case r > g.Hi:
			lo = m + 1
		default:
			return inRange32(g, r)
		}
	}
	return false
}

// Is reports whether the rune is in the specified table of ranges.
func Is(rangeTab *RangeTable, r rune) bool {
	r16 := rangeTab.R16
	// As uint32, a negative rune is above every range.
	if n := len(r16); n > 0 && uint32(r) <= uint32(r16[n-1].Hi) {
		return is16(r16, uint16(r))
	}
	r32 := rangeTab.R32
	if len(r32) > 0 && r >= rune(r32[0].Lo) {
		return is32(r32, uint32(r))
	}
	return false
}

// IsOneOf reports whether the rune is a member of one of the ranges. In has the nicer
// signature.
func IsOneOf(ranges []*RangeTable, r rune) bool {
	for _, t := range ranges {
		if Is(t, r) {
			return true
		}
	}
	return false
}

// In reports whether the rune is a member of one of the ranges.
func In(r rune, ranges ...*RangeTable) bool {
	return IsOneOf(ranges, r)
}

// GraphicRanges defines the set of graphic characters according to Unicode.
var GraphicRanges = []*RangeTable{
	L, M, N, P, S, Zs,
}

// PrintRanges defines the set of printable characters according to Go (ASCII space, U+0020,
// is handled separately).
var PrintRanges = []*RangeTable{
	L, M, N, P, S,
}

// to maps r to _case through the sorted caseRange; found reports whether some range held r.
func to(_case int, r rune, caseRange []CaseRange) (mapped rune, found bool) {
	if _case < 0 || _case >= MaxCase {
		return ReplacementChar, false
	}
	lo, hi := 0, len(caseRange)
	for lo < hi {
		m := lo + (hi-lo)/2
		cr := caseRange[m]
		switch {
		case r < rune(cr.Lo):
			hi = m
		case r > rune(cr.Hi):
			lo = m + 1
		default:
			delta := cr.Delta[_case]
			if delta > MaxRune {
				// Alternating pairs: an even offset from Lo is upper case, the odd one after
				// it lower case; title case is upper case.
				base := rune(cr.Lo) + (r-rune(cr.Lo))&^1
				return base + rune(_case&1), true
			}
			return r + delta, true
		}
	}
	return r, false
}

// ToUpper maps the rune to upper case giving priority to the special mapping.
func (special SpecialCase) ToUpper(r rune) rune {
	r1, found := to(UpperCase, r, []CaseRange(special))
	if r1 == r && !found {
		r1 = ToUpper(r)
	}
	return r1
}

// ToTitle maps the rune to title case giving priority to the special mapping.
func (special SpecialCase) ToTitle(r rune) rune {
	r1, found := to(TitleCase, r, []CaseRange(special))
	if r1 == r && !found {
		r1 = ToTitle(r)
	}
	return r1
}

// ToLower maps the rune to lower case giving priority to the special mapping.
func (special SpecialCase) ToLower(r rune) rune {
	r1, found := to(LowerCase, r, []CaseRange(special))
	if r1 == r && !found {
		r1 = ToLower(r)
	}
	return r1
}

// TurkishCase: dotted and dotless I, the Turkish and Azeri special case.
var TurkishCase SpecialCase = _TurkishCase
var _TurkishCase = SpecialCase{
	CaseRange{0x0049, 0x0049, d{0, 0x131 - 0x49, 0}},
	CaseRange{0x0069, 0x0069, d{0x130 - 0x69, 0, 0x130 - 0x69}},
	CaseRange{0x0130, 0x0130, d{0, 0x69 - 0x130, 0}},
	CaseRange{0x0131, 0x0131, d{0x49 - 0x131, 0, 0x49 - 0x131}},
}

// AzeriCase is TurkishCase.
var AzeriCase SpecialCase = _TurkishCase

// table returns the i-th range table of the native data (tables.go numbers them); t is a typed
// nil that carries the type to build.
func table(i int, t any) *RangeTable

// caseRanges returns Go's _CaseRanges; t carries the element type.
func caseRanges(t any) []CaseRange
