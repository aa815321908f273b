package a

import "example.com/modcycle/b"

func A(n int) int {
	if n == 0 {
		return 0
	}
	return b.B(n - 1)
}
