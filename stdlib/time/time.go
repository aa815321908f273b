// Package time runs on gort's simulated clock. Now starts at the Go playground's epoch,
// 2009-11-10 23:00:00 UTC, plus the simulated time since the program started.
//
// Models Go 1.19's time package: time.go (Time, its arithmetic and calendar), zoneinfo.go
// (Location: UTC, Local, FixedZone), format.go (Format, Parse and their layouts), sleep.go and
// tick.go (timers, on the runtime's timers). Files: time.go (Duration, Time's instant
// arithmetic, timers), date.go (the calendar), zone.go (locations), format.go (layouts),
// parse.go (ParseDuration).
//
// Simplifications: no time zone database: LoadLocation knows "", "UTC" and "Local"; Local is
// UTC (the simulated machine's /etc/localtime), named "Local", or "UTC" when TZ is set to "" or
// "UTC" (or to a zone gort cannot load, where Go falls back to UTC the same way). No
// MarshalJSON/Text or GobEncode. Times before year 1 are not supported by Truncate and Round.
package time

// A Duration is a span of time in nanoseconds.
type Duration int64

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

func (d Duration) String() string { return durationString(int64(d)) }

func durationString(d int64) string

func (d Duration) Nanoseconds() int64   { return int64(d) }
func (d Duration) Microseconds() int64  { return int64(d) / 1e3 }
func (d Duration) Milliseconds() int64  { return int64(d) / 1e6 }
func (d Duration) Seconds() float64     { return float64(d/Second) + float64(d%Second)/1e9 }
func (d Duration) Minutes() float64     { return float64(d/Minute) + float64(d%Minute)/(60e9) }
func (d Duration) Hours() float64       { return float64(d/Hour) + float64(d%Hour)/(60*60e9) }
func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d < 0 {
		r = -r
		if lessThanHalf(r, m) {
			return d + r
		}
		if d1 := d - m + r; d1 < d {
			return d1
		}
		return minDuration // overflow
	}
	if lessThanHalf(r, m) {
		return d - r
	}
	if d1 := d + m - r; d1 > d {
		return d1
	}
	return maxDuration // overflow
}

// lessThanHalf reports whether x+x < y without overflowing, for x and y not negative.
func lessThanHalf(x, y Duration) bool {
	return uint64(x)+uint64(x) < uint64(y)
}

// Abs returns the absolute value of d; the most negative Duration gives the largest.
func (d Duration) Abs() Duration {
	switch {
	case d >= 0:
		return d
	case d == minDuration:
		return maxDuration
	default:
		return -d
	}
}

// A Time is an instant with a location, as Go's: seconds since January 1, year 1, 00:00:00 UTC
// (so the zero Time is that instant, as in Go) and nanoseconds within the second, plus the
// monotonic clock reading of Now (Go keeps it in the same word as the wall clock; gort keeps
// the simulated time since the process started, plus one, 0 meaning none) and the location.
type Time struct {
	sec   int64
	nsec  int64
	mono  int64
	loc   *Location // nil: UTC, or Local when local is set
	local bool
}

// unixToInternal is the number of seconds from January 1, year 1 to the Unix epoch.
const unixToInternal int64 = (1969*365 + 1969/4 - 1969/100 + 1969/400) * 86400

// playgroundUnix is the Unix second at which gort's processes start: the Go playground's epoch,
// 2009-11-10 23:00:00 UTC.
const playgroundUnix int64 = 1257894000

// now is the simulated time since the process started, in nanoseconds.
func now() int64

// Now returns the current simulated time, in Local, with a monotonic clock reading.
func Now() Time {
	n := now()
	return Time{sec: unixToInternal + playgroundUnix + n/1e9, nsec: n % 1e9, mono: n + 1, local: true}
}

// Unix returns the local Time corresponding to the given Unix time.
func Unix(sec int64, nsec int64) Time {
	if nsec < 0 || nsec >= 1e9 {
		n := nsec / 1e9
		sec += n
		nsec -= n * 1e9
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	return Time{sec: sec + unixToInternal, nsec: nsec, local: true}
}

// UnixMilli returns the local Time corresponding to the given Unix time in milliseconds.
func UnixMilli(msec int64) Time { return Unix(msec/1e3, (msec%1e3)*1e6) }

// UnixMicro returns the local Time corresponding to the given Unix time in microseconds.
func UnixMicro(usec int64) Time { return Unix(usec/1e6, (usec%1e6)*1e3) }

func Since(t Time) Duration { return Now().Sub(t) }
func Until(t Time) Duration { return t.Sub(Now()) }

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

// Sub returns t-u, from the monotonic readings when both have one; saturated at the
// Durations' range.
func (t Time) Sub(u Time) Duration {
	if t.mono != 0 && u.mono != 0 {
		return Duration(t.mono - u.mono)
	}
	d := Duration(t.sec-u.sec)*Second + Duration(t.nsec-u.nsec)
	switch {
	case u.Add(d).Equal(t):
		return d
	case t.Before(u):
		return minDuration
	default:
		return maxDuration
	}
}

// Add returns t+d; the monotonic reading moves too, unless it would overflow.
func (t Time) Add(d Duration) Time {
	dsec := int64(d / 1e9)
	nsec := t.nsec + int64(d%1e9)
	if nsec >= 1e9 {
		dsec++
		nsec -= 1e9
	} else if nsec < 0 {
		dsec--
		nsec += 1e9
	}
	t.sec += dsec
	t.nsec = nsec
	if t.mono != 0 {
		te := t.mono + int64(d)
		if d < 0 && te > t.mono || d > 0 && te < t.mono || te <= 0 {
			t.mono = 0
		} else {
			t.mono = te
		}
	}
	return t
}

// Before, After and Equal use the monotonic readings when both times have one.
func (t Time) Before(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono < u.mono
	}
	return t.sec < u.sec || t.sec == u.sec && t.nsec < u.nsec
}

func (t Time) After(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono > u.mono
	}
	return t.sec > u.sec || t.sec == u.sec && t.nsec > u.nsec
}

func (t Time) Equal(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono == u.mono
	}
	return t.sec == u.sec && t.nsec == u.nsec
}

// IsZero reports whether t is January 1, year 1, 00:00:00 UTC.
func (t Time) IsZero() bool { return t.sec == 0 && t.nsec == 0 }

func (t Time) Unix() int64      { return t.sec - unixToInternal }
func (t Time) UnixNano() int64  { return (t.sec-unixToInternal)*1e9 + t.nsec }
func (t Time) UnixMilli() int64 { return (t.sec-unixToInternal)*1e3 + t.nsec/1e6 }
func (t Time) UnixMicro() int64 { return (t.sec-unixToInternal)*1e6 + t.nsec/1e3 }
func (t Time) Nanosecond() int  { return int(t.nsec) }

// Round(0) strips the monotonic reading, as in Go.
func (t Time) stripMono() Time {
	t.mono = 0
	return t
}

// Sleep pauses the current goroutine for at least d.
func Sleep(d Duration)

// A Timer sends the time on C once, after its duration.
type Timer struct {
	C <-chan Time
	r *runtimeTimer
}

type runtimeTimer struct {
	id int
}

func newTimer(d Duration, c chan Time, f func(), period Duration) *runtimeTimer
func stopTimer(r *runtimeTimer) bool
func resetTimer(r *runtimeTimer, d Duration) bool

func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	return &Timer{C: c, r: newTimer(d, c, nil, 0)}
}

func (t *Timer) Stop() bool {
	if t.r == nil {
		panic("time: Stop called on uninitialized Timer")
	}
	return stopTimer(t.r)
}

func (t *Timer) Reset(d Duration) bool {
	if t.r == nil {
		panic("time: Reset called on uninitialized Timer")
	}
	return resetTimer(t.r, d)
}

func After(d Duration) <-chan Time       { return NewTimer(d).C }
func AfterFunc(d Duration, f func()) *Timer {
	return &Timer{r: newTimer(d, nil, f, 0)}
}

// A Ticker sends the time on C every period.
type Ticker struct {
	C <-chan Time
	r *runtimeTimer
}

// Stop of a Ticker that was never started does nothing (Go's deltimer of a zero timer).
func (t *Ticker) Stop() {
	if t.r != nil {
		stopTimer(t.r)
	}
}

func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	if t.r == nil {
		panic("time: Reset called on uninitialized Ticker")
	}
	resetTimer(t.r, d)
}
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}
