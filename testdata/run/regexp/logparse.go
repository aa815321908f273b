// A log parser built on named groups: SubexpNames, SubexpIndex, FindStringSubmatch,
// FindAllStringSubmatch with a limit, MatchString on a compiled (?m) pattern, LiteralPrefix and
// Longest, over lines that include a malformed one and non-ASCII text.
package main

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
)

const logText = `2024-03-01 12:00:01 INFO  [db] connected to primary (latency=12ms)
2024-03-01 12:00:02 WARN  [cache] miss ratio 0.42 above 0.40
2024-03-01 12:00:05 ERROR [api] request /users/17 failed: timeout after 3000ms
garbage line without a timestamp
2024-03-01 12:01:00 INFO  [api] GET /users/17 -> 200 (latency=8ms)
2024-03-01 12:01:07 DEBUG [sched] tick 42
2024-03-01 12:02:30 ERROR [db] lost connection: «réseau» unreachable
2024-03-01 12:03:00 INFO  [db] reconnected (latency=150ms)`

var lineRE = regexp.MustCompile(`^(?P<date>\d{4}-\d{2}-\d{2}) (?P<time>[0-9:]{8}) (?P<level>[A-Z]+)\s+\[(?P<comp>\w+)\] (?P<msg>.*)$`)

func main() {
	fmt.Println("groups:", lineRE.NumSubexp(), strings.Join(lineRE.SubexpNames(), ","))
	levelIdx := lineRE.SubexpIndex("level")
	compIdx := lineRE.SubexpIndex("comp")
	fmt.Println("level at", levelIdx, "comp at", compIdx, "missing at", lineRE.SubexpIndex("nope"))

	counts := map[string]int{}
	byComp := map[string][]string{}
	for i, line := range strings.Split(logText, "\n") {
		m := lineRE.FindStringSubmatch(line)
		if m == nil {
			fmt.Printf("line %d: no match: %q\n", i+1, line)
			continue
		}
		counts[m[levelIdx]]++
		byComp[m[compIdx]] = append(byComp[m[compIdx]], m[lineRE.SubexpIndex("time")])
	}
	var levels []string
	for l := range counts {
		levels = append(levels, l)
	}
	sort.Strings(levels)
	for _, l := range levels {
		fmt.Printf("%-5s %d\n", l, counts[l])
	}
	var comps []string
	for c := range byComp {
		comps = append(comps, c)
	}
	sort.Strings(comps)
	for _, c := range comps {
		fmt.Println(c, byComp[c])
	}

	// Latencies anywhere in the text, at most three, with their numbers.
	lat := regexp.MustCompile(`latency=(\d+)(ms|s)`)
	for _, m := range lat.FindAllStringSubmatch(logText, 3) {
		fmt.Println("latency", m[1], m[2])
	}
	fmt.Println("all latencies:", len(lat.FindAllString(logText, -1)))

	// Multi-line mode: ^ and $ at every line.
	errLines := regexp.MustCompile(`(?m)^.*ERROR.*$`)
	for _, l := range errLines.FindAllString(logText, -1) {
		fmt.Println("E:", l)
	}
	fmt.Println(regexp.MustCompile(`(?m)^garbage`).MatchString(logText), regexp.MustCompile(`^garbage`).MatchString(logText))

	// Requests and failures: the path and the status or reason.
	req := regexp.MustCompile(`(?:GET|request) (/\w+(?:/\d+)?)(?: -> (\d{3})| failed: (\w+))`)
	for _, m := range req.FindAllStringSubmatchIndex(logText, -1) {
		fmt.Println(m, logText[m[2]:m[3]])
	}

	// Non-ASCII in a class and a Unicode property.
	quoted := regexp.MustCompile(`«(\pL+)»`)
	fmt.Printf("%q\n", quoted.FindStringSubmatch(logText))

	// Literal prefixes, and leftmost-first versus leftmost-longest.
	for _, p := range []string{`2024-03-01`, `2024-\d+`, `INFO|INFOS`, `(?i)info`, `^ERROR$`, `^ERR(OR|ATA)$`} {
		prefix, complete := regexp.MustCompile(p).LiteralPrefix()
		fmt.Printf("%-14s prefix=%q complete=%v\n", p, prefix, complete)
	}
	alt := regexp.MustCompile(`INFO|INFO  \[db\]`)
	fmt.Printf("%q ", alt.FindString(logText))
	alt.Longest()
	fmt.Printf("%q\n", alt.FindString(logText))
}
