package main

import (
	"fmt"
	"sync"
)

// Two accounts, two transfers in opposite directions. Each transfer locks the account it takes
// money from, then the one it pays into: when both hold their first lock, neither gets its
// second, and once main waits too, Go's runtime reports that every goroutine is asleep.
type account struct {
	mu      sync.Mutex
	balance int
}

func transfer(from, to *account, amount int, wg *sync.WaitGroup) {
	defer wg.Done()
	from.mu.Lock()
	defer from.mu.Unlock()
	from.balance -= amount
	to.mu.Lock()
	defer to.mu.Unlock()
	to.balance += amount
}

func main() {
	a := &account{balance: 100}
	b := &account{balance: 100}
	var wg sync.WaitGroup
	wg.Add(2)
	go transfer(a, b, 10, &wg)
	go transfer(b, a, 20, &wg)
	wg.Wait()
	fmt.Println("balances:", a.balance, b.balance)
}
