// The calendar of a Time: ISO weeks around new year, year days in leap years, weekdays across
// centuries, Truncate and Round to durations that do and do not divide a day, and Sub/Add/
// Before/After/Equal between zones.
package main

import (
	"fmt"
	"time"
)

func main() {
	for _, d := range []time.Time{
		time.Date(2020, 12, 31, 0, 0, 0, 0, time.UTC),
		time.Date(2021, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2021, 1, 3, 0, 0, 0, 0, time.UTC),
		time.Date(2021, 1, 4, 0, 0, 0, 0, time.UTC),
		time.Date(2024, 12, 30, 0, 0, 0, 0, time.UTC),
		time.Date(2026, 12, 31, 0, 0, 0, 0, time.UTC),
		time.Date(1900, 3, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2000, 2, 29, 0, 0, 0, 0, time.UTC),
		time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(9999, 12, 31, 23, 59, 59, 0, time.UTC),
	} {
		y, w := d.ISOWeek()
		fmt.Println(d.Format("2006-01-02 Mon"), d.YearDay(), y, w, d.Unix())
	}
	t := time.Date(2023, time.March, 5, 10, 34, 56, 789000000, time.UTC)
	for _, d := range []time.Duration{0, -time.Second, time.Nanosecond, 250 * time.Millisecond, time.Second, 7 * time.Second, time.Minute, time.Hour, 5 * time.Hour, 24 * time.Hour, 7 * 24 * time.Hour, 1234567 * time.Microsecond} {
		fmt.Println(d, t.Truncate(d), t.Round(d))
	}
	est := time.FixedZone("EST", -5*3600)
	u := t.In(est)
	fmt.Println(u.Equal(t), u == t, u.Sub(t), t.Add(90*time.Minute).Sub(u), u.Before(t.Add(1)), u.After(t.Add(-1)))
	fmt.Println(u.Date())
	fmt.Println(u.Clock())
	fmt.Println(u.Zone())
	far := time.Date(2300, 1, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println(far.Sub(t), t.Sub(far), t.Sub(t.AddDate(-1, 0, 0)))
	fmt.Println(time.Date(2023, 1, 31, 0, 0, 0, 0, time.UTC).AddDate(0, 1, 0))
}
