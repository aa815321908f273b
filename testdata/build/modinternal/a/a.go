package a

import "example.com/modinternal/a/internal/x"

func A() int { return x.X() }
