// Go slices and arrays over C memory: unsafe.Slice of a C pointer and the older
// (*[1 << 28]T)(unsafe.Pointer(p))[:n:n] idiom share C's bytes with C, so what Go writes C reads
// and the other way round; the standard library reads them as any slice (string(b), bytes, sort,
// fmt), &s[i] is a C pointer again, and an array copied out of C memory is Go's own.
package main

/*
#include <stdlib.h>
#include <string.h>

int *squares(int n) {
	int *a = malloc(n * sizeof(int));
	for (int i = 0; i < n; i++) a[i] = (n - i) * (n - i);
	return a;
}
int sum(int *a, int n) { int s = 0; for (int i = 0; i < n; i++) s += a[i]; return s; }
char *message(void) {
	char *m = malloc(16);
	strcpy(m, "hello, world");
	return m;
}
int first(char *s) { return s[0]; }
double *ramp(int n) {
	double *d = malloc(n * sizeof(double));
	for (int i = 0; i < n; i++) d[i] = i * 0.5;
	return d;
}
*/
import "C"

import (
	"bytes"
	"fmt"
	"sort"
	"unsafe"
)

func main() {
	p := C.squares(6)
	s := unsafe.Slice(p, 6)
	fmt.Println(s, len(s), cap(s), C.sum(p, 6))
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	s[0] = -1
	fmt.Println(s, *p, C.sum(p, 6))
	old := (*[1 << 28]C.int)(unsafe.Pointer(p))[:6:6]
	old[5] += 1000
	dst := make([]C.int, 4)
	fmt.Println(copy(dst, old[2:]), dst, s[5])
	grown := append(old, 7)
	grown[0] = 42
	fmt.Println(len(grown), s[0], grown[0])
	fmt.Println(unsafe.Pointer(&s[3]) == unsafe.Add(unsafe.Pointer(p), 12), C.sum(&s[3], 3))
	arr := (*[6]C.int)(unsafe.Pointer(p))
	mine := *arr
	mine[1] = 0
	fmt.Println(mine, arr[1], mine == *arr)
	C.free(unsafe.Pointer(p))

	m := C.message()
	b := unsafe.Slice((*byte)(unsafe.Pointer(m)), C.strlen(m))
	fmt.Printf("%s|%q|%x|%v\n", b, string(b), b[:3], bytes.Fields(b))
	copy(b, bytes.ToUpper(b[:5]))
	fmt.Println(C.GoString(m), C.first((*C.char)(unsafe.Pointer(&b[7]))))
	C.free(unsafe.Pointer(m))

	d := C.ramp(5)
	ds := unsafe.Slice(d, 5)
	total := 0.0
	for _, v := range ds {
		total += float64(v)
	}
	fmt.Println(ds, total)
	C.free(unsafe.Pointer(d))
}
