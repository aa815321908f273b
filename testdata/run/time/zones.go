// Time zones from the zone database: conversions with In, Date in a zone (including the hour a
// spring-forward skips and the hour a fall-back repeats), far past and far future instants (the
// file's transitions, then its TZ string), half- and quarter-hour offsets, the southern
// hemisphere, IsDST, ZoneBounds, and LoadLocation's errors.
package main

import (
	"fmt"
	"time"
)

func show(loc *time.Location, ts ...time.Time) {
	for _, t := range ts {
		name, off := t.In(loc).Zone()
		fmt.Printf("%-20s %s %s %d dst=%v\n", loc, t.In(loc).Format("2006-01-02 15:04:05 MST -0700"), name, off, t.In(loc).IsDST())
	}
}

func main() {
	base := []time.Time{
		time.Date(2024, 1, 15, 12, 0, 0, 0, time.UTC),
		time.Date(2024, 7, 4, 16, 30, 0, 0, time.UTC),
		time.Date(1901, 3, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2061, 8, 1, 9, 0, 0, 0, time.UTC),
	}
	for _, name := range []string{"America/New_York", "Europe/Paris", "Asia/Tokyo", "Australia/Sydney", "Asia/Kolkata", "Asia/Kathmandu", "Australia/Lord_Howe", "America/Sao_Paulo", "UTC", "Etc/GMT+5"} {
		loc, err := time.LoadLocation(name)
		if err != nil {
			fmt.Println(name, err)
			continue
		}
		show(loc, base...)
	}
	ny, _ := time.LoadLocation("America/New_York")
	// 2024-03-10 02:30 does not exist in New York; 2024-11-03 01:30 happens twice.
	for _, d := range []time.Time{
		time.Date(2024, 3, 10, 1, 59, 59, 0, ny),
		time.Date(2024, 3, 10, 2, 30, 0, 0, ny),
		time.Date(2024, 3, 10, 3, 0, 0, 0, ny),
		time.Date(2024, 11, 3, 1, 30, 0, 0, ny),
		time.Date(2024, 11, 3, 2, 30, 0, 0, ny),
		time.Date(2055, 3, 14, 2, 30, 0, 0, ny),
	} {
		fmt.Println(d, d.UTC(), d.Unix())
	}
	start, end := time.Date(2024, 6, 1, 0, 0, 0, 0, ny).ZoneBounds()
	fmt.Println("bounds", start, end)
	s2, e2 := time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC).ZoneBounds()
	fmt.Println("utc bounds", s2.IsZero(), e2.IsZero())
	t, err := time.ParseInLocation("2006-01-02 15:04", "2024-12-25 18:00", ny)
	fmt.Println(t, err, t.Add(24*time.Hour*180))
	for _, bad := range []string{"Mars/Olympus_Mons", "../etc/passwd", "America/New_York/"} {
		_, err := time.LoadLocation(bad)
		fmt.Println(err)
	}
}
