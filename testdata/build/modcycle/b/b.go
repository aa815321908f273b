package b

import "example.com/modcycle/a"

func B(n int) int { return a.A(n) + 1 }
