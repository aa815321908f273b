package lib

func Half(n int) int {
	return n / "2"
}

func Twice(n int) string { return n * 2 }
