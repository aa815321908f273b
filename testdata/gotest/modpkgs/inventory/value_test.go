package inventory_test

import (
	"testing"

	"example.com/modpkgs/inventory"
	"example.com/modpkgs/money"
)

func TestValue(t *testing.T) {
	var s inventory.Stock
	s.Add("apple", 120)
	s.Add("pear", 99)
	if got, want := s.Value(), money.Sum(120, 99); got != want {
		t.Errorf("Value() = %v (%T), want %v", got, got, want)
	}
}

func TestEmpty(t *testing.T) {
	var s inventory.Stock
	if v := s.Value(); v != 0 {
		t.Errorf("empty stock worth %v", v)
	}
}
