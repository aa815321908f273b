// Times as text: the zero Time, Date's normalization, every predefined layout and the layout
// elements one by one (padding, 12-hour clock, fractions with . and ,, zones as numbers and as
// Z), a fixed zone, and a type whose Format method is not fmt's Formatter.
package main

import (
	"fmt"
	"time"
)

type Report struct{ Title string }

// Format here is not fmt.Formatter's Format(fmt.State, rune): fmt must use String.
func (r Report) Format(prefix string) string { return prefix + r.Title }
func (r Report) String() string               { return "report " + r.Title }

func main() {
	var zero time.Time
	fmt.Println(zero, zero.IsZero(), zero.Unix(), zero.Weekday(), zero.YearDay())
	t := time.Date(2023, time.March, 5, 10, 4, 5, 123456789, time.UTC)
	fmt.Println(t, t.Weekday(), t.YearDay())
	layouts := []string{
		time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z,
		time.RFC850, time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen,
		time.Stamp, time.StampMilli, time.StampMicro, time.StampNano,
	}
	for _, l := range layouts {
		fmt.Printf("%-40q %s\n", l, t.Format(l))
	}
	elems := []string{
		"Jan January 1 01", "Mon Monday", "2 _2 02 __2 002", "15 3 03 4 04 5 05 PM pm",
		"2006 06 _2006", ".0 .000 .9 .999999999 ,000 ,99", "MST Z0700 Z07:00 Z07 -0700 -07:00 -07",
		"Z070000 Z07:00:00 -070000 -07:00:00", "Janet Month 1.5 05.000x",
	}
	est := time.FixedZone("EST", -5*3600)
	ist := time.FixedZone("IST", 5*3600+30*60)
	odd := time.FixedZone("", -(3*3600 + 25*60 + 9))
	for _, e := range elems {
		fmt.Printf("%q\n\t%s\n\t%s\n\t%s\n\t%s\n", e, t.Format(e), t.In(est).Format(e), t.In(ist).Format(e), t.In(odd).Format(e))
	}
	pm := time.Date(2023, time.December, 31, 23, 59, 59, 0, est)
	fmt.Println(pm, pm.UTC(), pm.Format(time.Kitchen), pm.Location(), pm.In(time.UTC).Location())
	noon := time.Date(2024, 2, 29, 12, 0, 0, 0, time.UTC)
	fmt.Println(noon.Format("3:04 PM Monday Jan 2"), noon.AddDate(1, 0, 0), noon.AddDate(0, 0, -60))
	fmt.Println(time.Date(2023, 14, 35, 25, 61, 61, 1e9+5, time.UTC))
	fmt.Println(time.Date(2000, 0, 0, -1, 0, -1, -1, time.UTC))
	fmt.Println(time.Unix(1700000000, 5).UTC(), time.Unix(-1, 0).UTC(), time.UnixMilli(1700000000123).UTC())
	fmt.Printf("%v|%s|%d|%v\n", time.March, time.Weekday(9), time.Month(2), time.Month(13))
	fmt.Printf("%#v\n%#v\n", t, pm)
	r := Report{"Q3"}
	fmt.Println(r, r.Format("> "))
	fmt.Printf("%v %s\n", r, r)
}
