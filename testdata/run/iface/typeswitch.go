// Type switches: concrete types, interfaces, multiple types per case (the
// variable keeps the interface type), nil, and default.
package main

import (
	"errors"
	"fmt"
)

type Celsius float64

func classify(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprintf("int %d", x+1)
	case int8, int16:
		return fmt.Sprintf("small %T %v", x, x)
	case string:
		return "string of len " + fmt.Sprint(len(x))
	case error:
		return "error " + x.Error()
	case fmt.Stringer:
		return "stringer " + x.String()
	case Celsius:
		return fmt.Sprintf("celsius %.1f", float64(x))
	case []int:
		return fmt.Sprint("slice ", len(x))
	case func() int:
		return fmt.Sprint("func ", x())
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	inputs := []interface{}{nil, 41, int8(3), int16(4), "héllo", errors.New("bad"),
		Celsius(21.5), []int{1, 2}, func() int { return 9 }, 3.5, struct{}{}, map[int]int{}}
	for _, in := range inputs {
		fmt.Println(classify(in))
	}
}
