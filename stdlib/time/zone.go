// Locations (Go 1.19's time/zoneinfo.go): UTC, Local, the fixed zones of FixedZone and the
// zone database's (zoneinfo_read.go), and what a Time does with them (In, UTC, Local,
// Location, Zone).
//
// Invariant: a Time in UTC has a nil loc, one in Local has local set (so that the runtime's
// timers, which build Time values natively, can make a Local one), any other has loc set.
package time

import "errors"

// A Location maps time instants to the zone in use at that time. UTC's and FixedZone's have one
// zone (zone, offset); the zone database's have zones, transitions and a TZ string (extend).
type Location struct {
	name   string
	zone   string // the zone's abbreviation, as Format's MST prints it
	offset int    // seconds east of UTC
	zones  []zone
	tx     []zoneTrans
	extend string
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

// init is Go's initLocal: TZ names the local zone (":" prefix allowed, a path taken as is);
// "" or "UTC", or a zone that cannot be loaded, is UTC. Unset, it is the simulated machine's
// zone, UTC under the name Local (Go would read /etc/localtime).
func init() {
	tz, ok := lookupEnv("TZ")
	if !ok || tz == "Local" {
		return
	}
	if tz != "" && tz[0] == ':' {
		tz = tz[1:]
	}
	if tz != "" && tz[0] == '/' {
		if data, errText := readZoneFile(tz); errText == "" {
			if z, err := LoadLocationFromTZData(tz, []byte(data)); err == nil {
				localLoc = *z
				if tz == "/etc/localtime" {
					localLoc.name = "Local"
				}
				return
			}
		}
	} else if tz != "" && tz != "UTC" {
		if z, err := loadTzinfo(tz); err == nil {
			localLoc = *z
			return
		}
	}
	localLoc.name = "UTC"
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

// LoadLocation returns the Location with the given name: "" or "UTC" is UTC, "Local" is Local,
// any other a zone of the zone database ("America/New_York").
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
	return loadTzinfo(name)
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
	name, offset, _, _, _ = t.Location().lookup(t.sec - unixToInternal)
	return
}

// ZoneBounds returns the bounds of the time zone in effect at time t: the zone begins at start
// and the next zone begins at end (zero Times when unbounded).
func (t Time) ZoneBounds() (start, end Time) {
	_, _, startSec, endSec, _ := t.Location().lookup(t.sec - unixToInternal)
	if startSec != alpha {
		start = Unix(startSec, 0).In(t.Location())
	}
	if endSec != omega {
		end = Unix(endSec, 0).In(t.Location())
	}
	return
}

// IsDST reports whether the time in the configured location is in Daylight Savings Time.
func (t Time) IsDST() bool {
	_, _, _, _, isDST := t.Location().lookup(t.sec - unixToInternal)
	return isDST
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
