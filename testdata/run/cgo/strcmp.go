// glibc's strcmp, strncmp and memcmp return the difference of the first bytes that differ (as
// unsigned chars), the terminating NUL included, not just its sign.
package main

/*
#include <string.h>
int cmp(const char *a, const char *b) { return strcmp(a, b); }
int ncmp(const char *a, const char *b, int n) { return strncmp(a, b, n); }
int mcmp(const char *a, const char *b, int n) { return memcmp(a, b, n); }
*/
import "C"

import "fmt"

func main() {
	s := func(x string) *C.char { return C.CString(x) }
	fmt.Println(C.cmp(s("apple"), s("apricot")), C.cmp(s("ab"), s("abc")), C.cmp(s("abc"), s("ab")), C.cmp(s("a\xff"), s("a\x01")), C.cmp(s("x"), s("x")))
	fmt.Println(C.ncmp(s("apple"), s("apricot"), 3), C.ncmp(s("apple"), s("apricot"), 2), C.ncmp(s("ab"), s("abc"), 5))
	fmt.Println(C.mcmp(s("apple"), s("apricot"), 5), C.mcmp(s("a\xff"), s("a\x01"), 2))
}
