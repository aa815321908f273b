// Locations (Go 1.19's time/zoneinfo.go, without a zone database): UTC, Local and the fixed
// zones of FixedZone, and what a Time does with them (In, UTC, Local, Location, Zone).
//
// Invariant: a Time in UTC has a nil loc, one in Local has local set (so that the runtime's
// timers, which build Time values natively, can make a Local one), any other has loc set.
package time

import "errors"

// A Location maps time instants to the zone in use at that time. gort's have one zone each.
type Location struct {
	name   string
	zone   string // the zone's abbreviation, as Format's MST prints it
	offset int    // seconds east of UTC
}

var utcLoc = Location{name: "UTC", zone: "UTC"}

// UTC represents Universal Coordinated Time (UTC).
var UTC *Location = &utcLoc

// localLoc is the simulated machine's local zone: UTC, named "Local", or "UTC" when TZ says
// so (Go's initLocal).
var localLoc = Location{name: "Local", zone: "UTC"}

// Local represents the system's local time zone.
var Local *Location = &localLoc

// lookupEnv is the program's environment (syscall.Getenv, which package time uses).
func lookupEnv(key string) (string, bool)

func init() {
	if tz, ok := lookupEnv("TZ"); ok && tz != "Local" {
		// TZ="" or "UTC" is UTC; any other zone needs a zone database gort does not have, and
		// Go falls back to UTC when it cannot load one.
		localLoc.name = "UTC"
	}
}

// String returns a descriptive name for the time zone information.
func (l *Location) String() string {
	if l == nil {
		return "UTC"
	}
	return l.name
}

// FixedZone returns a Location that always uses the given zone name and offset (seconds east
// of UTC).
func FixedZone(name string, offset int) *Location {
	return &Location{name: name, zone: name, offset: offset}
}

var errLocation = errors.New("time: invalid location name")

// LoadLocation returns the Location with the given name: "" or "UTC" is UTC, "Local" is Local.
// gort has no zone database: other names are "unknown time zone" errors.
func LoadLocation(name string) (*Location, error) {
	if name == "" || name == "UTC" {
		return UTC, nil
	}
	if name == "Local" {
		return Local, nil
	}
	if containsDotDot(name) || name[0] == '/' || name[0] == '\\' {
		return nil, errLocation
	}
	return nil, errors.New("unknown time zone " + name)
}

func containsDotDot(s string) bool {
	if len(s) < 2 {
		return false
	}
	for i := 0; i < len(s)-1; i++ {
		if s[i] == '.' && s[i+1] == '.' {
			return true
		}
	}
	return false
}

// Location returns the time zone information associated with t.
func (t Time) Location() *Location {
	if t.local {
		return Local
	}
	if t.loc == nil {
		return UTC
	}
	return t.loc
}

// Zone computes the time zone in effect at time t: its abbreviated name and its offset in
// seconds east of UTC.
func (t Time) Zone() (name string, offset int) {
	l := t.Location()
	return l.zone, l.offset
}

// In returns a copy of t representing the same instant in loc (without a monotonic reading).
func (t Time) In(loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Time.In")
	}
	t.mono = 0
	t.loc = nil
	t.local = false
	if loc == &localLoc {
		t.local = true
	} else if loc != &utcLoc {
		t.loc = loc
	}
	return t
}

// UTC returns t with the location set to UTC.
func (t Time) UTC() Time { return t.In(UTC) }

// Local returns t with the location set to local time.
func (t Time) Local() Time { return t.In(Local) }
