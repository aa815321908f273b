package b

import "example.com/modinternal/a/internal/x"

func B() int { return x.X() + 1 }
