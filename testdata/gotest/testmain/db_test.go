package testmain

import (
	"fmt"
	"os"
	"testing"
)

func TestMain(m *testing.M) {
	registry = map[string]int{"a": 1}
	fmt.Println("setup done")
	code := m.Run()
	fmt.Println("teardown, code", code)
	os.Exit(code)
}

func TestLookup(t *testing.T) {
	if v, ok := Lookup("a"); !ok || v != 1 {
		t.Fatal(v, ok)
	}
}

func TestMissing(t *testing.T) {
	if _, ok := Lookup("b"); ok {
		t.Fatal("b")
	}
	t.Log("b is missing")
}
