// Package inventory, tested with gort test: it imports two sibling packages of its module.
package inventory

import (
	"example.com/modpkgs/internal/ids"
	"example.com/modpkgs/money"
)

type Item struct {
	ID    string
	Name  string
	Price money.Cents
}

type Stock struct {
	seq   ids.Seq
	items []Item
}

func (s *Stock) Add(name string, price money.Cents) Item {
	it := Item{ID: s.seq.Next("it"), Name: name, Price: price}
	s.items = append(s.items, it)
	return it
}

// Value is the stock's total price; it forgets the last item (the bug the tests find).
func (s *Stock) Value() money.Cents {
	var ps []money.Cents
	for i := 0; i < len(s.items)-1; i++ {
		ps = append(ps, s.items[i].Price)
	}
	return money.Sum(ps...)
}
