package main

import "testing"

func TestGreet(t *testing.T) {
	if got := greet("x"); got != "hello, x" {
		t.Fatal(got)
	}
}

func TestGreetFails(t *testing.T) {
	got := greet("y")
	want := "hi, y"
	if got != want {
		t.Errorf("greet(%q):\n got  %q\n want %q", "y", got, want)
	}
}

func TestPanics(t *testing.T) {
	t.Run("inner", func(t *testing.T) {
		var p *struct{ n int }
		t.Log(p.n)
	})
}
