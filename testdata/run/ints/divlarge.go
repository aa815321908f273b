// Division and remainder of 64-bit integers past int32 and near 2^53 and 2^63, by constant and
// variable divisors, signed and unsigned; a zero divisor still panics.
package main

import "fmt"

func div(a, b int64) (q, r int64, err string) {
	defer func() {
		if e := recover(); e != nil {
			err = fmt.Sprint(e)
		}
	}()
	return a / b, a % b, ""
}

func main() {
	vals := []int64{
		1<<31 + 5, -(1<<31 + 5), 1<<40 - 1, -(1 << 40), 1<<53 - 1, -(1<<53 - 1), 1 << 53, 1<<53 + 1,
		-(1<<53 + 3), 1<<62 + 12345, -1 << 63, 1<<63 - 1, 9007199254740993, 123456789012345,
	}
	divs := []int64{1, -1, 2, -2, 3, 7, -10, 97, 1 << 20, 1<<31 - 1, 1 << 33, 1<<53 - 1, 1 << 60, 0}
	for _, a := range vals {
		for _, b := range divs {
			q, r, err := div(a, b)
			if err != "" {
				fmt.Println(a, b, err)
				continue
			}
			fmt.Println(a, b, q, r)
		}
		fmt.Println(a/2, a%2, a/10, a%10, a/-3, a%-3, a/1000000007, a%1000000007)
	}
	for _, a := range []uint64{1<<32 + 9, 1<<53 - 1, 1<<53 + 1, 1<<63 + 5, 1<<64 - 1} {
		for _, b := range []uint64{1, 2, 10, 1<<32 - 1, 1 << 40, 1<<63 + 1} {
			fmt.Println(a, b, a/b, a%b)
		}
		fmt.Println(a/3, a%3, a/16, a%16)
	}
	x := 27
	steps := 0
	for x != 1 {
		if x%2 == 0 {
			x /= 2
		} else {
			x = 3*x + 1
		}
		steps++
	}
	fmt.Println(steps)
	neg := -4
	fmt.Println(neg%2 == 0, neg/-4, -neg%3, 0/neg)
}
