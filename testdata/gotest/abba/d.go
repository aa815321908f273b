package d

import "sync"

type Account struct {
	mu  sync.Mutex
	bal int
}

func (a *Account) Deposit(n int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.bal += n
}

// Transfer locks both accounts in argument order: two opposite transfers deadlock (AB-BA).
func Transfer(from, to *Account, n int) {
	from.mu.Lock()
	defer from.mu.Unlock()
	to.mu.Lock()
	defer to.mu.Unlock()
	from.bal -= n
	to.bal += n
}
