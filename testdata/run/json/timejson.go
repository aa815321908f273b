// time.Time through encoding/json and encoding/xml, and as text: RFC 3339 with fractional
// seconds when there are any, zones kept as offsets, null and bad input, years out of range.
package main

import (
	"encoding/json"
	"encoding/xml"
	"fmt"
	"time"
)

type Event struct {
	Name  string     `json:"name" xml:"name"`
	When  time.Time  `json:"when" xml:"when"`
	Until *time.Time `json:"until,omitempty" xml:"until,omitempty"`
}

func main() {
	zone := time.FixedZone("X", -5*3600-30*60)
	t1 := time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC)
	t2 := time.Date(1999, 12, 31, 23, 59, 59, 123456789, zone)
	b, err := json.Marshal(Event{Name: "launch", When: t1, Until: &t2})
	fmt.Println(string(b), err)
	var e Event
	err = json.Unmarshal(b, &e)
	fmt.Println(e.Name, e.When, e.When.Equal(t1), e.Until.Equal(t2), e.Until.Format(time.RFC3339Nano), err)
	err = json.Unmarshal([]byte(`{"when":null,"until":null}`), &e)
	fmt.Println(e.When, e.Until, err)
	err = json.Unmarshal([]byte(`{"when":"yesterday"}`), &e)
	fmt.Println(err)
	_, err = json.Marshal(time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC))
	fmt.Println(err)
	x, err := xml.Marshal(Event{Name: "x", When: t2})
	fmt.Println(string(x), err)
	var back Event
	err = xml.Unmarshal(x, &back)
	fmt.Println(back.When.Equal(t2), back.When.Format(time.RFC3339Nano), err)
	txt, err := t2.MarshalText()
	fmt.Println(string(txt), err)
	var t3 time.Time
	fmt.Println(t3.UnmarshalText([]byte("2020-02-29T12:00:00.5+01:00")), t3.Format(time.RFC3339Nano))
	m := map[string]time.Time{"a": t1}
	mb, _ := json.MarshalIndent(m, "", "  ")
	fmt.Println(string(mb))
}
