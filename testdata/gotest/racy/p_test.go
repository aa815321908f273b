package p

import (
	"testing"
	"time"
)

var hits int

func TestRace(t *testing.T) {
	go func() { hits++ }()
	time.Sleep(time.Millisecond)
	if hits > 1 {
		t.Fatal(hits)
	}
}

func TestQuiet(t *testing.T) {
	if Get(map[string]int{"a": 1}, "a") != 1 {
		t.Fatal("get")
	}
}
