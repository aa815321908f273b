// Zone database: TZif files and POSIX TZ strings (Go 1.19's time/zoneinfo_read.go, the
// lookup half of zoneinfo.go, and tzset).
//
// A Location loaded from the database has zones and transitions; an instant after the last
// transition uses the file's footer TZ string (extend), as Go does. Files are read from the
// simulated machine's file system (the host's, under `gort run`; none with --no-fs), in Go's
// order: $ZONEINFO (a directory), /usr/share/zoneinfo/, /usr/share/lib/zoneinfo/,
// /usr/lib/locale/TZ/.
//
// Simplifications: Go's last source, $GOROOT/lib/time/zoneinfo.zip, is not read; the local zone
// of a machine without TZ set is UTC (the simulated machine has no /etc/localtime), so runs do
// not depend on the host's zone.
package time

import "errors"

// A zone is one of a Location's zones: its abbreviation, its offset and whether it is DST.
type zone struct {
	name   string
	offset int
	isDST  bool
}

// A zoneTrans is a transition: from when (Unix seconds) on, zones[index] is in effect.
type zoneTrans struct {
	when         int64
	index        uint8
	isstd, isutc bool
}

// alpha and omega bound the instants a zone lookup can report.
const (
	alpha = -1 << 63
	omega = 1<<63 - 1
)

const (
	secondsPerMinute = 60
	secondsPerHour   = 60 * secondsPerMinute
	secondsPerDay    = 24 * secondsPerHour
)

var errBadData = errors.New("malformed time zone information")

// readZoneFile reads a file of the simulated machine's file system, or returns the text of the
// error opening it ("no such file or directory" also when the run has no file system).
func readZoneFile(path string) (data string, errText string)

const errNoEnt = "no such file or directory"

// loadTzinfo finds name in the zone sources and parses it.
func loadTzinfo(name string) (*Location, error) {
	var dirs []string
	if zi, ok := lookupEnv("ZONEINFO"); ok && zi != "" {
		dirs = append(dirs, zi+"/")
	}
	dirs = append(dirs, "/usr/share/zoneinfo/", "/usr/share/lib/zoneinfo/", "/usr/lib/locale/TZ/")
	var firstErr error
	for _, d := range dirs {
		data, errText := readZoneFile(d + name)
		if errText != "" {
			// Go keeps the first error other than ENOENT (a path through a file: ENOTDIR).
			if errText != errNoEnt && firstErr == nil {
				firstErr = errors.New(errText)
			}
			continue
		}
		l, err := LoadLocationFromTZData(name, []byte(data))
		if err == nil {
			return l, nil
		}
		if firstErr == nil {
			firstErr = err
		}
	}
	if firstErr != nil {
		return nil, firstErr
	}
	return nil, errors.New("unknown time zone " + name)
}

// dataIO reads big-endian fields from a TZif file.
type dataIO struct {
	p     []byte
	error bool
}

func (d *dataIO) read(n int) []byte {
	if len(d.p) < n {
		d.p = nil
		d.error = true
		return nil
	}
	p := d.p[0:n]
	d.p = d.p[n:]
	return p
}

func (d *dataIO) big4() (uint32, bool) {
	p := d.read(4)
	if len(p) < 4 {
		d.error = true
		return 0, false
	}
	return uint32(p[3]) | uint32(p[2])<<8 | uint32(p[1])<<16 | uint32(p[0])<<24, true
}

func (d *dataIO) big8() (uint64, bool) {
	n1, ok1 := d.big4()
	n2, ok2 := d.big4()
	if !ok1 || !ok2 {
		d.error = true
		return 0, false
	}
	return uint64(n1)<<32 | uint64(n2), true
}

func (d *dataIO) byte() (uint8, bool) {
	p := d.read(1)
	if len(p) < 1 {
		d.error = true
		return 0, false
	}
	return p[0], true
}

func (d *dataIO) rest() []byte {
	r := d.p
	d.p = nil
	return r
}

// byteString returns the NUL-terminated string at the start of p.
func byteString(p []byte) string {
	for i := 0; i < len(p); i++ {
		if p[i] == 0 {
			return string(p[0:i])
		}
	}
	return string(p)
}

// The counts in a TZif header, in file order.
const (
	nUTCLocal = iota
	nStdWall
	nLeap
	nTime
	nZone
	nChar
)

// LoadLocationFromTZData returns a Location with the given name initialized from the
// IANA Time Zone database-formatted data (a TZif file).
func LoadLocationFromTZData(name string, data []byte) (*Location, error) {
	d := dataIO{data, false}
	if magic := d.read(4); string(magic) != "TZif" {
		return nil, errBadData
	}
	var version int
	p := d.read(16)
	if len(p) != 16 {
		return nil, errBadData
	}
	switch p[0] {
	case 0:
		version = 1
	case '2':
		version = 2
	case '3':
		version = 3
	default:
		return nil, errBadData
	}
	var n [6]int
	for i := 0; i < 6; i++ {
		nn, ok := d.big4()
		if !ok {
			return nil, errBadData
		}
		if uint32(int(nn)) != nn {
			return nil, errBadData
		}
		n[i] = int(nn)
	}
	// A version 2 or 3 file repeats the data with 8-byte times after the version 1 block.
	is64 := false
	if version > 1 {
		skip := n[nTime]*4 + n[nTime] + n[nZone]*6 + n[nChar] + n[nLeap]*8 + n[nStdWall] + n[nUTCLocal]
		skip += 4 + 16
		d.read(skip)
		is64 = true
		for i := 0; i < 6; i++ {
			nn, ok := d.big4()
			if !ok {
				return nil, errBadData
			}
			if uint32(int(nn)) != nn {
				return nil, errBadData
			}
			n[i] = int(nn)
		}
	}
	size := 4
	if is64 {
		size = 8
	}
	txtimes := dataIO{d.read(n[nTime] * size), false}
	txzones := d.read(n[nTime])
	zonedata := dataIO{d.read(n[nZone] * 6), false}
	abbrev := d.read(n[nChar])
	d.read(n[nLeap] * (size + 4))
	isstd := d.read(n[nStdWall])
	isutc := d.read(n[nUTCLocal])
	if d.error {
		return nil, errBadData
	}
	var extend string
	rest := d.rest()
	if len(rest) > 2 && rest[0] == '\n' && rest[len(rest)-1] == '\n' {
		extend = string(rest[1 : len(rest)-1])
	}
	nzone := n[nZone]
	if nzone == 0 {
		return nil, errBadData
	}
	zones := make([]zone, nzone)
	for i := range zones {
		var ok bool
		var nn uint32
		if nn, ok = zonedata.big4(); !ok {
			return nil, errBadData
		}
		if uint32(int(nn)) != nn {
			return nil, errBadData
		}
		zones[i].offset = int(int32(nn))
		var b byte
		if b, ok = zonedata.byte(); !ok {
			return nil, errBadData
		}
		zones[i].isDST = b != 0
		if b, ok = zonedata.byte(); !ok || int(b) >= len(abbrev) {
			return nil, errBadData
		}
		zones[i].name = byteString(abbrev[b:])
	}
	tx := make([]zoneTrans, n[nTime])
	for i := range tx {
		var n int64
		if !is64 {
			n4, ok := txtimes.big4()
			if !ok {
				return nil, errBadData
			}
			n = int64(int32(n4))
		} else {
			n8, ok := txtimes.big8()
			if !ok {
				return nil, errBadData
			}
			n = int64(n8)
		}
		tx[i].when = n
		if int(txzones[i]) >= len(zones) {
			return nil, errBadData
		}
		tx[i].index = txzones[i]
		if i < len(isstd) {
			tx[i].isstd = isstd[i] != 0
		}
		if i < len(isutc) {
			tx[i].isutc = isutc[i] != 0
		}
	}
	if len(tx) == 0 {
		// Build a fake transition to cover all time, as Go does for a zone without any.
		tx = append(tx, zoneTrans{when: alpha, index: 0})
	}
	return &Location{name: name, zones: zones, tx: tx, extend: extend}, nil
}

// lookup returns the zone in effect at Unix time sec, and the interval [start, end) in which
// it stays in effect (Go's Location.lookup).
func (l *Location) lookup(sec int64) (name string, offset int, start, end int64, isDST bool) {
	if len(l.zones) == 0 {
		return l.zone, l.offset, alpha, omega, false
	}
	if len(l.tx) == 0 || sec < l.tx[0].when {
		z := &l.zones[l.lookupFirstZone()]
		end = omega
		if len(l.tx) > 0 {
			end = l.tx[0].when
		}
		return z.name, z.offset, alpha, end, z.isDST
	}
	tx := l.tx
	end = omega
	lo := 0
	hi := len(tx)
	for hi-lo > 1 {
		m := lo + (hi-lo)/2
		lim := tx[m].when
		if sec < lim {
			end = lim
			hi = m
		} else {
			lo = m
		}
	}
	z := &l.zones[tx[lo].index]
	name, offset, start, isDST = z.name, z.offset, tx[lo].when, z.isDST
	if lo == len(tx)-1 && l.extend != "" {
		if ename, eoffset, estart, eend, eisDST, ok := tzset(l.extend, start, sec); ok {
			return ename, eoffset, estart, eend, eisDST
		}
	}
	return
}

// lookupFirstZone picks the zone for instants before the first transition: zone 0 unless a
// transition uses it, else the first standard-time zone (Go's rules).
func (l *Location) lookupFirstZone() int {
	used := false
	for _, t := range l.tx {
		if t.index == 0 {
			used = true
			break
		}
	}
	if !used {
		return 0
	}
	if len(l.tx) > 0 && l.zones[l.tx[0].index].isDST {
		for zi := int(l.tx[0].index) - 1; zi >= 0; zi-- {
			if !l.zones[zi].isDST {
				return zi
			}
		}
	}
	for zi := range l.zones {
		if !l.zones[zi].isDST {
			return zi
		}
	}
	return 0
}

// ---- POSIX TZ strings (the footer of a TZif file) ----

// tzset evaluates TZ string s at Unix time sec, sec being after lastTxSec, the file's last
// transition. ok is false when s cannot be parsed.
func tzset(s string, lastTxSec, sec int64) (name string, offset int, start, end int64, isDST, ok bool) {
	var stdName, dstName string
	var stdOffset, dstOffset int
	stdName, s, ok = tzsetName(s)
	if ok {
		stdOffset, s, ok = tzsetOffset(s)
	}
	if !ok {
		return "", 0, 0, 0, false, false
	}
	// A TZ string's offsets are added to local time to get UTC: ours are the opposite.
	stdOffset = -stdOffset
	if len(s) == 0 || s[0] == ',' {
		return stdName, stdOffset, lastTxSec, omega, false, true
	}
	dstName, s, ok = tzsetName(s)
	if ok {
		if len(s) == 0 || s[0] == ',' {
			dstOffset = stdOffset + secondsPerHour
		} else {
			dstOffset, s, ok = tzsetOffset(s)
			dstOffset = -dstOffset
		}
	}
	if !ok {
		return "", 0, 0, 0, false, false
	}
	if len(s) == 0 {
		s = ",M3.2.0,M11.1.0" // tzcode's default rules
	}
	if s[0] != ',' && s[0] != ';' {
		return "", 0, 0, 0, false, false
	}
	s = s[1:]
	var startRule, endRule tzRule
	startRule, s, ok = tzsetRule(s)
	if !ok || len(s) == 0 || s[0] != ',' {
		return "", 0, 0, 0, false, false
	}
	s = s[1:]
	endRule, s, ok = tzsetRule(s)
	if !ok || len(s) > 0 {
		return "", 0, 0, 0, false, false
	}
	// The year of sec, its day of the year and the second of that year, in UTC.
	days, secOfDay := floorDiv(sec, secondsPerDay)
	year, _, _ := civil(days)
	yearStart := daysFromCivil(int64(year), 1, 1)
	ysec := (days-yearStart)*secondsPerDay + secOfDay
	abs := yearStart * secondsPerDay
	startSec := int64(tzruleTime(year, startRule, stdOffset))
	endSec := int64(tzruleTime(year, endRule, dstOffset))
	dstIsDST, stdIsDST := true, false
	// In the southern hemisphere DST spans the new year: swap the roles, keeping the labels.
	if endSec < startSec {
		startSec, endSec = endSec, startSec
		stdName, dstName = dstName, stdName
		stdOffset, dstOffset = dstOffset, stdOffset
		stdIsDST, dstIsDST = dstIsDST, stdIsDST
	}
	// start and end are exact near a transition, otherwise the year's bounds (all Date needs).
	if ysec < startSec {
		return stdName, stdOffset, abs, startSec + abs, stdIsDST, true
	} else if ysec >= endSec {
		return stdName, stdOffset, endSec + abs, abs + 365*secondsPerDay, stdIsDST, true
	}
	return dstName, dstOffset, startSec + abs, endSec + abs, dstIsDST, true
}

// tzsetName parses a zone name: letters, or anything between < and >.
func tzsetName(s string) (string, string, bool) {
	if len(s) == 0 {
		return "", "", false
	}
	if s[0] != '<' {
		for i, r := range s {
			switch r {
			case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', ',', '-', '+':
				if i < 3 {
					return "", "", false
				}
				return s[:i], s[i:], true
			}
		}
		if len(s) < 3 {
			return "", "", false
		}
		return s, "", true
	}
	for i, r := range s {
		if r == '>' {
			return s[1:i], s[i+1:], true
		}
	}
	return "", "", false
}

// tzsetOffset parses [+-]hh[:mm[:ss]] into seconds.
func tzsetOffset(s string) (offset int, rest string, ok bool) {
	if len(s) == 0 {
		return 0, "", false
	}
	neg := false
	if s[0] == '+' {
		s = s[1:]
	} else if s[0] == '-' {
		s = s[1:]
		neg = true
	}
	var hours int
	hours, s, ok = tzsetNum(s, 0, 24*7)
	if !ok {
		return 0, "", false
	}
	off := hours * secondsPerHour
	if len(s) == 0 || s[0] != ':' {
		if neg {
			off = -off
		}
		return off, s, true
	}
	var mins int
	mins, s, ok = tzsetNum(s[1:], 0, 59)
	if !ok {
		return 0, "", false
	}
	off += mins * secondsPerMinute
	if len(s) == 0 || s[0] != ':' {
		if neg {
			off = -off
		}
		return off, s, true
	}
	var secs int
	secs, s, ok = tzsetNum(s[1:], 0, 59)
	if !ok {
		return 0, "", false
	}
	off += secs
	if neg {
		off = -off
	}
	return off, s, true
}

// The kinds of a TZ string's rule: Jn (Julian day, never counting February 29), n (day of the
// year from 0), Mm.w.d (day d of week w of month m).
const (
	ruleJulian = iota
	ruleDOY
	ruleMonthWeekDay
)

type tzRule struct {
	kind int
	day  int
	week int
	mon  int
	time int // seconds after midnight, local time
}

// tzsetRule parses one rule, with its optional /time (default 02:00:00).
func tzsetRule(s string) (tzRule, string, bool) {
	var r tzRule
	if len(s) == 0 {
		return tzRule{}, "", false
	}
	ok := false
	if s[0] == 'J' {
		var jday int
		jday, s, ok = tzsetNum(s[1:], 1, 365)
		if !ok {
			return tzRule{}, "", false
		}
		r.kind = ruleJulian
		r.day = jday
	} else if s[0] == 'M' {
		var mon int
		mon, s, ok = tzsetNum(s[1:], 1, 12)
		if !ok || len(s) == 0 || s[0] != '.' {
			return tzRule{}, "", false
		}
		var week int
		week, s, ok = tzsetNum(s[1:], 1, 5)
		if !ok || len(s) == 0 || s[0] != '.' {
			return tzRule{}, "", false
		}
		var day int
		day, s, ok = tzsetNum(s[1:], 0, 6)
		if !ok {
			return tzRule{}, "", false
		}
		r.kind = ruleMonthWeekDay
		r.day = day
		r.week = week
		r.mon = mon
	} else {
		var day int
		day, s, ok = tzsetNum(s, 0, 365)
		if !ok {
			return tzRule{}, "", false
		}
		r.kind = ruleDOY
		r.day = day
	}
	if len(s) == 0 || s[0] != '/' {
		r.time = 2 * secondsPerHour
		return r, s, true
	}
	offset, s, ok := tzsetOffset(s[1:])
	if !ok {
		return tzRule{}, "", false
	}
	r.time = offset
	return r, s, true
}

// tzsetNum parses a decimal number in [min, max].
func tzsetNum(s string, min, max int) (num int, rest string, ok bool) {
	if len(s) == 0 {
		return 0, "", false
	}
	num = 0
	for i, r := range s {
		if r < '0' || r > '9' {
			if i == 0 || num < min {
				return 0, "", false
			}
			return num, s[i:], true
		}
		num *= 10
		num += int(r) - '0'
		if num > max {
			return 0, "", false
		}
	}
	if num < min {
		return 0, "", false
	}
	return num, "", true
}

// tzruleTime returns the second of the year, in UTC, at which rule r takes effect in year; off
// is the offset in effect before it.
func tzruleTime(year int, r tzRule, off int) int {
	var s int
	switch r.kind {
	case ruleJulian:
		s = (r.day - 1) * secondsPerDay
		if isLeap(year) && r.day >= 60 {
			s += secondsPerDay
		}
	case ruleDOY:
		s = r.day * secondsPerDay
	case ruleMonthWeekDay:
		// The weekday of the month's first day, then the first wanted weekday, then the
		// wanted week (week 5 is the last one).
		first := daysFromCivil(int64(year), int64(r.mon), 1)
		dow := int(((first%7)+7+4)%7) // 1970-01-01 was a Thursday
		d := r.day - dow
		if d < 0 {
			d += 7
		}
		for i := 1; i < r.week; i++ {
			if d+7 >= daysIn(Month(r.mon), year) {
				break
			}
			d += 7
		}
		d += int(first - daysFromCivil(int64(year), 1, 1))
		s = d * secondsPerDay
	}
	return s + r.time - off
}
