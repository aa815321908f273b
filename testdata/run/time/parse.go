// Parse and ParseInLocation: layouts with zones given as Z, offsets, names and GMT+h; day and
// month checks; fractions the layout does not mention; case-insensitive names; and the error
// texts of each failure.
package main

import (
	"fmt"
	"time"
)

func main() {
	est := time.FixedZone("EST", -5*3600)
	cases := [][2]string{
		{time.RFC3339, "2023-01-02T03:04:05Z"},
		{time.RFC3339, "2023-01-02T03:04:05+02:00"},
		{time.RFC3339, "2023-01-02T03:04:05+00:00"},
		{time.RFC3339Nano, "2023-01-02T03:04:05.123456-07:30"},
		{time.RFC3339, "2023-01-02T03:04:05.5Z"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 PST"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 UTC"},
		{time.RFC1123Z, "Mon, 02 Jan 2006 15:04:05 -0800"},
		{time.RFC850, "Monday, 02-Jan-06 15:04:05 EST"},
		{time.ANSIC, "Mon Jan  2 15:04:05 2006"},
		{time.Kitchen, "3:04PM"},
		{time.Kitchen, "12:00AM"},
		{"Jan 2 15:04:05 2006", "feb 29 23:59:59 2024"},
		{"2006-01-02 15:04:05", "2023-01-02 03:04:05.5"},
		{"2006-01-02 15:04:05", "2023-01-02 03:04:05,25"},
		{"2006-01-02 15:04:05.000", "2023-01-02 03:04:05.1"},
		{"02/01/2006 15:04 MST", "10/11/2009 23:00 GMT+3"},
		{"2006 002", "2024 060"},
		{"2006 __2 Jan", "2023  59 Feb"},
		{"06-1-2", "69-1-2"},
		{"06-1-2", "68-1-2"},
		{"2006-01-02", "2023-02-30"},
		{"2006-01-02", "2023-13-01"},
		{"2006-01-02", "x023-01-01"},
		{"2006-01-02", "2023-01-01 extra"},
		{"2006-01-02", "2023-1-01"},
		{"15:04", "24:00"},
		{"15:04:05", "23:60:00"},
		{"3PM", "13PM"},
		{"Monday", "Funday"},
		{"2006 002", "2023 366"},
		{"2006-01-02 -0700", "2023-01-02 +0a00"},
		{"2006-01-02 MST", "2023-01-02 X"},
		{"2006  01", "2006 \"01"},
	}
	for _, c := range cases {
		t, err := time.Parse(c[0], c[1])
		if err != nil {
			fmt.Printf("%q: %v\n", c[1], err)
			continue
		}
		name, off := t.Zone()
		fmt.Printf("%q: %v (%s %d %s)\n", c[1], t, name, off, t.Location())
	}
	t, err := time.ParseInLocation("2006-01-02 15:04", "2023-06-01 12:00", est)
	fmt.Println(t, err, t.UTC())
	t, err = time.ParseInLocation("2006-01-02 15:04 MST", "2023-06-01 12:00 EST", est)
	fmt.Println(t, err)
	t, err = time.ParseInLocation(time.RFC3339, "2023-06-01T12:00:00-05:00", est)
	fmt.Println(t, err, t.Location())
	for _, name := range []string{"", "UTC", "Local"} {
		l, err := time.LoadLocation(name)
		fmt.Println(l, err)
	}
	_, err = time.LoadLocation("../etc/passwd")
	fmt.Println(err)
	d, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(d, err)
}
