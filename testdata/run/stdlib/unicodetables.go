// unicode's range tables: Is, In, IsOneOf over scripts, categories and properties; the
// Categories, Scripts, Properties, FoldCategory and FoldScript maps; CaseRanges; SpecialCase
// (TurkishCase); a RangeTable a program builds itself; the shape of a few tables.
package main

import (
	"fmt"
	"sort"
	"unicode"
)

func classify(r rune) []string {
	var out []string
	names := make([]string, 0, len(unicode.Scripts))
	for n := range unicode.Scripts {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		if unicode.Is(unicode.Scripts[n], r) {
			out = append(out, n)
		}
	}
	cats := make([]string, 0, len(unicode.Categories))
	for n := range unicode.Categories {
		cats = append(cats, n)
	}
	sort.Strings(cats)
	for _, n := range cats {
		if unicode.Is(unicode.Categories[n], r) {
			out = append(out, n)
		}
	}
	return out
}

func main() {
	text := "Go 言語 ひらがな カタカナ 한국어 Ελληνικά Русский العربية Ǆ ½ ٣ ∑ € \u0301 \u2028 \t"
	for _, r := range text {
		fmt.Printf("%U %q han=%v latin=%v greek=%v cyr=%v arabic=%v hira=%v kata=%v hangul=%v %v\n",
			r, r, unicode.Is(unicode.Han, r), unicode.Is(unicode.Latin, r), unicode.Is(unicode.Greek, r),
			unicode.Is(unicode.Cyrillic, r), unicode.Is(unicode.Arabic, r), unicode.Is(unicode.Hiragana, r),
			unicode.Is(unicode.Katakana, r), unicode.Is(unicode.Hangul, r), classify(r))
	}
	// The category tables agree with the Is functions.
	mismatch := 0
	for r := rune(0); r <= 0x2ffff; r++ {
		if unicode.Is(unicode.Letter, r) != unicode.IsLetter(r) || unicode.Is(unicode.Digit, r) != unicode.IsDigit(r) ||
			unicode.Is(unicode.Number, r) != unicode.IsNumber(r) || unicode.Is(unicode.Upper, r) != unicode.IsUpper(r) ||
			unicode.Is(unicode.Lower, r) != unicode.IsLower(r) || unicode.Is(unicode.Punct, r) != unicode.IsPunct(r) ||
			unicode.Is(unicode.White_Space, r) != unicode.IsSpace(r) || unicode.Is(unicode.Symbol, r) != unicode.IsSymbol(r) ||
			unicode.Is(unicode.Mark, r) != unicode.IsMark(r) || unicode.Is(unicode.Title, r) != unicode.IsTitle(r) ||
			unicode.IsOneOf(unicode.GraphicRanges, r) != unicode.IsGraphic(r) {
			mismatch++
		}
	}
	fmt.Println("mismatches:", mismatch)
	counts := map[string]int{}
	for _, t := range []struct {
		name string
		tab  *unicode.RangeTable
	}{{"L", unicode.L}, {"Nd", unicode.Nd}, {"N", unicode.N}, {"Lu", unicode.Lu}, {"Ll", unicode.Ll},
		{"P", unicode.P}, {"Space", unicode.Space}, {"S", unicode.S}, {"M", unicode.M}, {"Lt", unicode.Lt},
		{"Han", unicode.Han}, {"Common", unicode.Common}, {"Inherited", unicode.Inherited}} {
		n := 0
		for r := rune(0); r <= unicode.MaxRune; r++ {
			if unicode.Is(t.tab, r) {
				n++
			}
		}
		counts[t.name] = n
		fmt.Printf("%-9s %6d runes, %3d R16, %3d R32, LatinOffset %d\n", t.name, n, len(t.tab.R16), len(t.tab.R32), t.tab.LatinOffset)
	}
	fmt.Println(len(unicode.Categories), len(unicode.Scripts), len(unicode.Properties), len(unicode.FoldCategory), len(unicode.FoldScript), len(unicode.CaseRanges))
	fmt.Println(unicode.Adlam.R16 == nil, len(unicode.Adlam.R16), unicode.Adlam.R32 == nil, unicode.Adlam.R32[0])
	fmt.Println(unicode.Latin.R16[:4], unicode.Greek.R32, unicode.CaseRanges[:3], unicode.CaseRanges[len(unicode.CaseRanges)-1])
	fmt.Println(unicode.Is(unicode.Properties["Dash"], '-'), unicode.Is(unicode.Hyphen, '-'), unicode.Is(unicode.STerm, '!'), unicode.Is(unicode.Sentence_Terminal, '?'))
	fmt.Println(unicode.In('x', unicode.Greek, unicode.Cyrillic), unicode.In('ж', unicode.Greek, unicode.Cyrillic), unicode.In('x'))
	fmt.Println(unicode.Is(unicode.FoldCategory["Ll"], 'A'), unicode.Is(unicode.FoldScript["Greek"], 'µ'), unicode.FoldCategory["Zs"] == nil)
	fmt.Println(unicode.Is(unicode.Han, -1), unicode.Is(unicode.Latin, unicode.MaxRune+1), unicode.Is(unicode.C, 0xd800), unicode.Is(unicode.Cs, 0xdfff), unicode.Is(unicode.Co, 0x10fffd))
	// A table of one's own: strides, an unsorted one searched as Go searches it.
	own := &unicode.RangeTable{
		R16: []unicode.Range16{{Lo: 'a', Hi: 'z', Stride: 5}, {Lo: 0x100, Hi: 0x200, Stride: 16}},
		R32: []unicode.Range32{{Lo: 0x10000, Hi: 0x10010, Stride: 4}},
	}
	for _, r := range []rune{'a', 'b', 'f', 'z', 0x110, 0x111, 0x200, 0x10004, 0x10005, 0x10010} {
		fmt.Print(unicode.Is(own, r), " ")
	}
	fmt.Println(unicode.Is(&unicode.RangeTable{}, 'a'))
	for _, r := range "Iiİı" {
		fmt.Printf("%c: %c %c %c | %c %c %c\n", r, unicode.TurkishCase.ToUpper(r), unicode.TurkishCase.ToLower(r), unicode.TurkishCase.ToTitle(r),
			unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r))
	}
	fmt.Printf("%c %c %c\n", unicode.AzeriCase.ToUpper('q'), unicode.SpecialCase{}.ToLower('Q'), unicode.SpecialCase{{Lo: 'a', Hi: 'f', Delta: [3]rune{unicode.UpperLower, unicode.UpperLower, unicode.UpperLower}}}.ToUpper('d'))
	sc := unicode.SpecialCase{{Lo: 'a', Hi: 'f', Delta: [unicode.MaxCase]rune{unicode.UpperLower, unicode.UpperLower, unicode.UpperLower}}}
	for r := 'a'; r <= 'g'; r++ {
		fmt.Printf("%c%c%c ", sc.ToUpper(r), sc.ToLower(r), sc.ToTitle(r))
	}
	fmt.Println(unicode.UpperLower, unicode.Version)
	fmt.Println(counts["L"] > counts["Lu"]+counts["Ll"])
}
