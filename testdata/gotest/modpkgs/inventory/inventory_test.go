package inventory

import "testing"

func TestAddNumbers(t *testing.T) {
	var s Stock
	a := s.Add("apple", 120)
	b := s.Add("pear", 99)
	if a.ID != "it-001" || b.ID != "it-002" {
		t.Fatalf("ids %s %s", a.ID, b.ID)
	}
	t.Logf("%+v %T", b, b.Price)
}
