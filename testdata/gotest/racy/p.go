package p

func Get(m map[string]int, k string) int { return m[k] }
