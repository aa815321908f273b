// Package time runs on gort's simulated clock. Now starts at the Go playground's epoch,
// 2009-11-10 23:00:00 UTC, plus the simulated time since the program started.
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
		if r+r < m {
			return d + r
		}
		return d - m + r
	}
	if r+r < m {
		return d - r
	}
	return d + m - r
}

// A Time is an instant, kept as nanoseconds since the Unix epoch.
type Time struct {
	ns int64
}

const playgroundEpoch = 1257894000 * 1e9

func now() int64

// Now returns the current simulated time.
func Now() Time { return Time{playgroundEpoch + now()} }

func Unix(sec int64, nsec int64) Time { return Time{sec*1e9 + nsec} }

func Since(t Time) Duration          { return Now().Sub(t) }
func Until(t Time) Duration          { return t.Sub(Now()) }
func (t Time) Sub(u Time) Duration   { return Duration(t.ns - u.ns) }
func (t Time) Add(d Duration) Time   { return Time{t.ns + int64(d)} }
func (t Time) Before(u Time) bool    { return t.ns < u.ns }
func (t Time) After(u Time) bool     { return t.ns > u.ns }
func (t Time) Equal(u Time) bool     { return t.ns == u.ns }
func (t Time) IsZero() bool          { return t.ns == 0 }
func (t Time) Unix() int64           { return t.ns / 1e9 }
func (t Time) UnixNano() int64       { return t.ns }
func (t Time) UnixMilli() int64      { return t.ns / 1e6 }
func (t Time) UnixMicro() int64      { return t.ns / 1e3 }
func (t Time) Nanosecond() int       { return int(t.ns % 1e9) }

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

func (t *Timer) Stop() bool              { return stopTimer(t.r) }
func (t *Timer) Reset(d Duration) bool   { return resetTimer(t.r, d) }
func After(d Duration) <-chan Time       { return NewTimer(d).C }
func AfterFunc(d Duration, f func()) *Timer {
	return &Timer{r: newTimer(d, nil, f, 0)}
}

// A Ticker sends the time on C every period.
type Ticker struct {
	C <-chan Time
	r *runtimeTimer
}

func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic("non-positive interval for NewTicker")
	}
	c := make(chan Time, 1)
	return &Ticker{C: c, r: newTimer(d, c, nil, d)}
}

func (t *Ticker) Stop()              { stopTimer(t.r) }
func (t *Ticker) Reset(d Duration)   { resetTimer(t.r, d) }
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}
