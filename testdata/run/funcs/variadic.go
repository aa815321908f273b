// Variadic functions: zero arguments give a nil slice, a slice passed with
// ... is shared (not copied), and variadic interface{} parameters.
package main

import "fmt"

func sum(label string, nums ...int) string {
	t := 0
	for _, n := range nums {
		t += n
	}
	return fmt.Sprintf("%s:%d:%d:%v", label, len(nums), t, nums == nil)
}

func zeroFirst(nums ...int) {
	if len(nums) > 0 {
		nums[0] = 0
	}
}

func describe(args ...interface{}) {
	for i, a := range args {
		fmt.Printf("%d=%v(%T) ", i, a, a)
	}
	fmt.Println(len(args))
}

func main() {
	fmt.Println(sum("none"))
	fmt.Println(sum("three", 1, 2, 3))
	s := []int{5, 6, 7}
	fmt.Println(sum("spread", s...))
	zeroFirst(s...)
	fmt.Println(s)
	zeroFirst(8, 9)
	describe(1, "a", nil, 2.5, []int{1})
	describe()
	is := []interface{}{true, 'x'}
	describe(is...)
	fmt.Println(append([]int{}, s[1:]...))
}
