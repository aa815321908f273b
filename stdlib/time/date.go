// Calendar fields of a Time: Date, Clock, Month, Weekday (Go 1.19's time/time.go, in part).
//
// Terms: all times are UTC (gort's simulated process runs with TZ=UTC, as the goldens are
// recorded); civil dates use the proleptic Gregorian calendar, computed from days since the
// Unix epoch with the usual era-based (400-year cycle) conversion.
//
// Simplifications vs real Go: no Location, no Format/Parse layouts, no YearDay or ISOWeek.
package time

// A Month specifies a month of the year (January = 1, ...).
type Month int

const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

var longMonthNames = []string{
	"January", "February", "March", "April", "May", "June",
	"July", "August", "September", "October", "November", "December",
}

// String returns the English name of the month ("January", "February", ...).
func (m Month) String() string {
	if January <= m && m <= December {
		return longMonthNames[m-1]
	}
	return "%!Month(" + itoa(int(m)) + ")"
}

// A Weekday specifies a day of the week (Sunday = 0, ...).
type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var longDayNames = []string{
	"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
}

// String returns the English name of the day ("Sunday", "Monday", ...).
func (d Weekday) String() string {
	if Sunday <= d && d <= Saturday {
		return longDayNames[d]
	}
	return "%!Weekday(" + itoa(int(d)) + ")"
}

func itoa(v int) string {
	if v == 0 {
		return "0"
	}
	neg := v < 0
	if neg {
		v = -v
	}
	var b [20]byte
	i := len(b)
	for v > 0 {
		i--
		b[i] = byte('0' + v%10)
		v /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

// floorDiv returns the floor of a/b and the non-negative remainder, for b > 0.
func floorDiv(a, b int64) (q, r int64) {
	q, r = a/b, a%b
	if r < 0 {
		q--
		r += b
	}
	return
}

// days returns the days since 1970-01-01 and the nanoseconds into that day.
func (t Time) days() (days int64, nsOfDay int64) {
	return floorDiv(t.ns, 86400*1e9)
}

// civil converts days since 1970-01-01 to a Gregorian year, month and day.
func civil(days int64) (year int, month Month, day int) {
	z := days + 719468
	era, doe := floorDiv(z, 146097)
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		y++
	}
	return int(y), Month(m), int(d)
}

// Date returns the year, month, and day in which t occurs.
func (t Time) Date() (year int, month Month, day int) {
	d, _ := t.days()
	return civil(d)
}

// Clock returns the hour, minute, and second within the day specified by t.
func (t Time) Clock() (hour, min, sec int) {
	_, ns := t.days()
	s := int(ns / 1e9)
	return s / 3600, s / 60 % 60, s % 60
}

func (t Time) Year() int { y, _, _ := t.Date(); return y }
func (t Time) Month() Month { _, m, _ := t.Date(); return m }
func (t Time) Day() int { _, _, d := t.Date(); return d }
func (t Time) Hour() int { h, _, _ := t.Clock(); return h }
func (t Time) Minute() int { _, m, _ := t.Clock(); return m }
func (t Time) Second() int { _, _, s := t.Clock(); return s }

// Weekday returns the day of the week specified by t (1970-01-01 was a Thursday).
func (t Time) Weekday() Weekday {
	d, _ := t.days()
	_, w := floorDiv(d+4, 7)
	return Weekday(w)
}

// UTC returns t with the location set to UTC (every gort Time is UTC already).
func (t Time) UTC() Time { return t }

// Local returns t in the local time zone, which is UTC in gort.
func (t Time) Local() Time { return t }

// String returns the time formatted as "2006-01-02 15:04:05.999999999 -0700 MST" (always UTC
// in gort, and without Go's monotonic clock suffix "m=+...").
func (t Time) String() string {
	y, mo, d := t.Date()
	h, mi, s := t.Clock()
	b := make([]byte, 0, 40)
	b = appendInt(b, y, 4)
	b = append(b, '-')
	b = appendInt(b, int(mo), 2)
	b = append(b, '-')
	b = appendInt(b, d, 2)
	b = append(b, ' ')
	b = appendInt(b, h, 2)
	b = append(b, ':')
	b = appendInt(b, mi, 2)
	b = append(b, ':')
	b = appendInt(b, s, 2)
	if ns := t.Nanosecond(); ns != 0 {
		frac := appendInt(nil, ns, 9)
		for frac[len(frac)-1] == '0' {
			frac = frac[:len(frac)-1]
		}
		b = append(b, '.')
		b = append(b, frac...)
	}
	return string(b) + " +0000 UTC"
}

// appendInt appends v in decimal, zero-padded to at least width digits.
func appendInt(b []byte, v int, width int) []byte {
	s := itoa(v)
	for i := len(s); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, s...)
}
