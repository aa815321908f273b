package lockorder

import (
	"sync"
	"testing"
)

func TestTransfers(t *testing.T) {
	a, b := &Account{bal: 10}, &Account{bal: 10}
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		Transfer(a, b, 1)
	}()
	go func() {
		defer wg.Done()
		Audit(20000)
		Transfer(b, a, 2)
	}()
	wg.Wait()
	if a.bal+b.bal != 20 {
		t.Fatalf("money changed: %d", a.bal+b.bal)
	}
}
