// The calendar of a Time: Date, Clock, YearDay, ISOWeek, Weekday, the Date constructor with
// Go's normalization, AddDate, Truncate and Round (Go 1.19's time/time.go, in part).
//
// Terms: a Time's calendar fields are those of its instant plus its location's offset (its
// "abs" seconds, as Go calls them). Civil dates use the proleptic Gregorian calendar, converted
// from and to days since the Unix epoch with the era-based (400-year cycle) algorithms.
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

var shortMonthNames = []string{
	"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
}

// String returns the English name of the month ("January", "February", ...).
func (m Month) String() string {
	if January <= m && m <= December {
		return longMonthNames[m-1]
	}
	return "%!Month(" + uitoa(uint64(m)) + ")"
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

var shortDayNames = []string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

// String returns the English name of the day ("Sunday", "Monday", ...).
func (d Weekday) String() string {
	if Sunday <= d && d <= Saturday {
		return longDayNames[d]
	}
	return "%!Weekday(" + uitoa(uint64(d)) + ")"
}

// uitoa is v in decimal; Month and Weekday print an out-of-range value as a uint64, as Go's
// fmtInt does (Month(-1) is %!Month(18446744073709551615)).
func uitoa(v uint64) string {
	var b [20]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + v%10)
		v /= 10
		if v == 0 {
			return string(b[i:])
		}
	}
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

// abs returns t's seconds since January 1, year 1 in its location (the instant plus the offset).
func (t Time) abs() int64 {
	_, off := t.Zone()
	return t.sec + int64(off)
}

// days returns the days since 1970-01-01 and the seconds into that day, in t's location.
func (t Time) days() (days int64, secOfDay int64) {
	return floorDiv(t.abs()-unixToInternal, 86400)
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

// daysFromCivil is civil's inverse: the days since 1970-01-01 of a Gregorian date (month 1..12).
func daysFromCivil(year int64, month int64, day int64) int64 {
	if month <= 2 {
		year--
	}
	era, yoe := floorDiv(year, 400)
	mp := (month + 9) % 12
	doy := (153*mp+2)/5 + day - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

func isLeap(year int) bool {
	return year%4 == 0 && (year%100 != 0 || year%400 == 0)
}

// daysBefore[m] counts the days in a non-leap year before month m begins (m from 0).
var daysBefore = [...]int32{0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365}

func daysIn(m Month, year int) int {
	if m == February && isLeap(year) {
		return 29
	}
	return int(daysBefore[m] - daysBefore[m-1])
}

// Date returns the year, month, and day in which t occurs.
func (t Time) Date() (year int, month Month, day int) {
	d, _ := t.days()
	return civil(d)
}

// Clock returns the hour, minute, and second within the day specified by t.
func (t Time) Clock() (hour, min, sec int) {
	_, s := t.days()
	return int(s / 3600), int(s / 60 % 60), int(s % 60)
}

func (t Time) Year() int     { y, _, _ := t.Date(); return y }
func (t Time) Month() Month  { _, m, _ := t.Date(); return m }
func (t Time) Day() int      { _, _, d := t.Date(); return d }
func (t Time) Hour() int     { h, _, _ := t.Clock(); return h }
func (t Time) Minute() int   { _, m, _ := t.Clock(); return m }
func (t Time) Second() int   { _, _, s := t.Clock(); return s }

// Weekday returns the day of the week specified by t (1970-01-01 was a Thursday).
func (t Time) Weekday() Weekday {
	d, _ := t.days()
	_, w := floorDiv(d+4, 7)
	return Weekday(w)
}

// YearDay returns the day of the year specified by t, in [1,365] for non-leap years, and
// [1,366] in leap years.
func (t Time) YearDay() int {
	d, _ := t.days()
	y, _, _ := civil(d)
	return int(d-daysFromCivil(int64(y), 1, 1)) + 1
}

// ISOWeek returns the ISO 8601 year and week number in which t occurs. Weeks start on Monday,
// and January 4 is always in week 1.
func (t Time) ISOWeek() (year, week int) {
	d, _ := t.days()
	wd := t.Weekday()
	// The Thursday of t's week (Monday first) decides the year.
	shift := int64(Thursday - wd)
	if wd == Sunday {
		shift = -3
	}
	thu := d + shift
	y, _, _ := civil(thu)
	yday := thu - daysFromCivil(int64(y), 1, 1)
	return y, int(yday/7) + 1
}

// norm returns nhi, nlo such that hi*base + lo == nhi*base + nlo and 0 <= nlo < base.
func norm(hi, lo, base int) (nhi, nlo int) {
	if lo < 0 {
		n := (-lo-1)/base + 1
		hi -= n
		lo += n * base
	}
	if lo >= base {
		n := lo / base
		hi += n
		lo -= n * base
	}
	return hi, lo
}

// Date returns the Time corresponding to yyyy-mm-dd hh:mm:ss + nsec nanoseconds in loc. Values
// out of their usual ranges are normalized (October 32 is November 1).
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Date")
	}
	m := int(month) - 1
	year, m = norm(year, m, 12)
	month = Month(m) + 1
	sec, nsec = norm(sec, nsec, 1e9)
	min, sec = norm(min, sec, 60)
	hour, min = norm(hour, min, 60)
	day, hour = norm(day, hour, 24)
	days := daysFromCivil(int64(year), int64(month), 1) + int64(day-1)
	unix := days*86400 + int64(hour*3600+min*60+sec)
	// The offset in effect at the wall time taken as UTC; if the instant it gives lies outside
	// that zone's span (near a transition), the offset in effect at that instant (Go's Date).
	_, offset, start, end, _ := loc.lookup(unix)
	if offset != 0 {
		utc := unix - int64(offset)
		if utc < start || utc >= end {
			_, offset, _, _, _ = loc.lookup(utc)
		}
		unix -= int64(offset)
	}
	return Time{sec: unix + unixToInternal, nsec: int64(nsec)}.In(loc)
}

// AddDate returns the time corresponding to adding the given years, months and days to t,
// normalized as Date normalizes.
func (t Time) AddDate(years int, months int, days int) Time {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	return Date(year+years, month+Month(months), day+days, hour, min, sec, int(t.nsec), t.Location())
}

// rem returns t's time since the zero Time modulo d (d > 0), as Go's div does for t >= 0.
func (t Time) rem(d Duration) Duration {
	if d%Second == 0 {
		ds := int64(d / Second)
		_, r := floorDiv(t.sec, ds)
		return Duration(r)*Second + Duration(t.nsec)
	}
	if d < Second && Second%(d+d) == 0 {
		return Duration(t.nsec % int64(d))
	}
	m := uint64(d)
	r := mulmod(uint64(t.sec)%m, uint64(1e9)%m, m)
	return Duration(addmod(r, uint64(t.nsec)%m, m))
}

func addmod(a, b, m uint64) uint64 {
	if a >= m-b {
		return a - (m - b)
	}
	return a + b
}

func mulmod(a, b, m uint64) uint64 {
	var r uint64
	for b > 0 {
		if b&1 == 1 {
			r = addmod(r, a, m)
		}
		a = addmod(a, a, m)
		b >>= 1
	}
	return r
}

// Truncate returns t rounded down to a multiple of d since the zero time (no monotonic
// reading); d <= 0 returns t without it.
func (t Time) Truncate(d Duration) Time {
	t = t.stripMono()
	if d <= 0 {
		return t
	}
	return t.Add(-t.rem(d))
}

// Round returns t rounded to the nearest multiple of d since the zero time, halfway values
// rounding up (no monotonic reading); d <= 0 returns t without it.
func (t Time) Round(d Duration) Time {
	t = t.stripMono()
	if d <= 0 {
		return t
	}
	r := t.rem(d)
	if uint64(r)+uint64(r) < uint64(d) {
		return t.Add(-r)
	}
	return t.Add(d - r)
}
