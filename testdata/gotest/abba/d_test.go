package d

import (
	"sync"
	"testing"
)

func TestDeposit(t *testing.T) {
	var a Account
	a.Deposit(3)
	if a.bal != 3 {
		t.Fatal(a.bal)
	}
}

func TestTransfer(t *testing.T) {
	a, b := &Account{bal: 10}, &Account{bal: 10}
	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(2)
		go func() { defer wg.Done(); Transfer(a, b, 1) }()
		go func() { defer wg.Done(); Transfer(b, a, 1) }()
	}
	wg.Wait()
}
