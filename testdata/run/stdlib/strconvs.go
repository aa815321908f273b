// strconv: Itoa/Atoi, ParseInt with bases and range errors, ParseFloat,
// FormatFloat, ParseBool, Quote and AppendInt.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(-45), strconv.Itoa(0))
	for _, s := range []string{"123", "-7", "12a", "", "99999999999999999999"} {
		n, err := strconv.Atoi(s)
		fmt.Println(n, err)
	}
	v, err := strconv.ParseInt("-ff", 16, 64)
	fmt.Println(v, err)
	v, err = strconv.ParseInt("300", 10, 8)
	fmt.Println(v, err)
	u, err := strconv.ParseUint("0x1F", 0, 64)
	fmt.Println(u, err)
	b, err := strconv.ParseInt("1010", 2, 64)
	fmt.Println(b, err)
	f, err := strconv.ParseFloat("3.25e2", 64)
	fmt.Println(f, err)
	_, err = strconv.ParseFloat("x1", 64)
	fmt.Println(err)
	fmt.Println(strconv.FormatFloat(1.5, 'f', 3, 64), strconv.FormatFloat(1234.5678, 'e', -1, 64))
	fmt.Println(strconv.FormatFloat(0.1, 'g', -1, 32), strconv.FormatInt(-255, 16))
	t, err := strconv.ParseBool("TRUE")
	fmt.Println(t, err)
	fmt.Println(strconv.Quote("tab\there \"q\" é \x01"), strconv.QuoteToASCII("é"))
	uq, err := strconv.Unquote(`"a\nb"`)
	fmt.Printf("%q %v\n", uq, err)
	fmt.Println(string(strconv.AppendInt([]byte("n="), 42, 10)))
}
