// Go code reads and writes C memory through the pointers C gives it: *p of a *C.int or *C.double
// that C returned, a **C.char, C.CString, C.CBytes, C.GoBytes, C.GoStringN, C.malloc, C.free of
// an unsafe.Pointer, and pointer arithmetic with unsafe.Add and uintptr.
package main

/*
#include <stdlib.h>
#include <string.h>

int *counters(int n) {
	int *p = malloc(n * sizeof(int));
	for (int i = 0; i < n; i++) p[i] = (n - i) * 10;
	return p;
}
int at(int *p, int i) { return p[i]; }
double *scale(double *d, int n, double k) { for (int i = 0; i < n; i++) d[i] *= k; return d; }
char *join(const char *a, const char *b) {
	char *r = malloc(strlen(a) + strlen(b) + 2);
	strcpy(r, a);
	strcat(r, "+");
	strcat(r, b);
	return r;
}
char **words(void) {
	char **w = malloc(3 * sizeof(char *));
	w[0] = join("left", "right");
	w[1] = join("up", "down");
	w[2] = NULL;
	return w;
}
int checksum(void *p, int n) {
	unsigned char *b = p;
	int s = 0;
	for (int i = 0; i < n; i++) s = s * 31 + b[i];
	return s;
}
long long *wide(void) {
	long long *v = malloc(2 * sizeof(long long));
	v[0] = 1LL << 41;
	v[1] = -7;
	return v;
}
*/
import "C"

import (
	"fmt"
	"sort"
	"unsafe"
)

func main() {
	p := C.counters(5)
	fmt.Println(*p, p != nil, C.at(p, 4))
	*p += 3
	fmt.Println(C.at(p, 0))
	q := p
	fmt.Println(q == p, q == C.counters(1))

	elem := func(i int) *C.int { return (*C.int)(unsafe.Add(unsafe.Pointer(p), i*int(unsafe.Sizeof(*p)))) }
	vals := []int{}
	for i := 0; i < 5; i++ {
		vals = append(vals, int(*elem(i)))
	}
	sort.Ints(vals)
	for i, v := range vals {
		*elem(i) = C.int(v)
	}
	fmt.Println(vals, C.at(p, 0), C.at(p, 4))
	*elem(2) = -1
	third := (*C.int)(unsafe.Add(unsafe.Pointer(p), 2*unsafe.Sizeof(*p)))
	fourth := (*C.int)(unsafe.Pointer(uintptr(unsafe.Pointer(p)) + 12))
	fmt.Println(*third, *fourth, C.at(p, 2))
	C.free(unsafe.Pointer(p))

	d := (*C.double)(C.malloc(C.size_t(3 * unsafe.Sizeof(C.double(0)))))
	for i, v := range []float64{1.5, 2, -0.25} {
		*(*C.double)(unsafe.Add(unsafe.Pointer(d), i*8)) = C.double(v)
	}
	C.scale(d, 3, 4)
	fmt.Println(*d, *(*C.double)(unsafe.Add(unsafe.Pointer(d), 16)))
	C.free(unsafe.Pointer(d))

	cs := C.CString("gopher")
	defer C.free(unsafe.Pointer(cs))
	j := C.join(cs, cs)
	fmt.Println(C.GoString(j), C.GoStringN(j, 3), *j, C.GoString(nil) == "")
	C.free(unsafe.Pointer(j))
	w := C.words()
	for i := 0; ; i++ {
		e := *(**C.char)(unsafe.Add(unsafe.Pointer(w), i*8))
		if e == nil {
			break
		}
		fmt.Println(i, C.GoString(e))
		C.free(unsafe.Pointer(e))
	}
	C.free(unsafe.Pointer(w))

	b := C.CBytes([]byte("bytes\x00\xff"))
	fmt.Println(C.checksum(b, 7))
	g := C.GoBytes(b, 7)
	g[0] = 'B'
	fmt.Println(g, len(g), cap(g), C.GoString((*C.char)(b)))
	C.free(b)

	v := C.wide()
	fmt.Println(*v, *(*C.longlong)(unsafe.Add(unsafe.Pointer(v), 8)))
	fmt.Printf("%T %T %T\n", v, *v, b)
	C.free(unsafe.Pointer(v))
}
