package main

func main() {
L:
	for {
		goto M // ERROR "goto M jumps over declaration of v at \\./labels\\.go:7:5"
		v := 1
		_ = v
	M:
		break L
	}
L: // ERROR "label L already defined at \\./labels\\.go:4:1"
	{
		goto N // ERROR "goto N jumps into block starting at \\./labels\\.go:19:10"
	}
	for {
		break Q // ERROR "break label not defined: Q"
	}
	if true {
	N:
	}
	switch {
	case true:
		continue L // ERROR "invalid continue label L"
	}
	for {
		break
	}
	continue // ERROR "continue is not in a loop"
U: // ERROR "label U defined and not used"
	fallthrough // ERROR "fallthrough statement out of place"
}
