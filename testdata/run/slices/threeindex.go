// Full slice expressions s[lo:hi:max] limit capacity, so a later append
// must reallocate instead of overwriting the shared array.
package main

import "fmt"

func main() {
	arr := [8]int{0, 1, 2, 3, 4, 5, 6, 7}
	a := arr[2:4:5]
	fmt.Println(a, len(a), cap(a))
	a = append(a, 100)
	fmt.Println(arr, a)
	a = append(a, 200)
	a[0] = -2
	fmt.Println(arr, a, cap(a) >= 4)
	b := arr[1:3:3]
	b = append(b, 300)
	fmt.Println(arr, b)
	c := arr[:0:0]
	fmt.Println(len(c), cap(c))
	s := []string{"a", "b", "c", "d"}
	t := s[1:2:3]
	fmt.Println(t, len(t), cap(t), t[:cap(t)])
}
