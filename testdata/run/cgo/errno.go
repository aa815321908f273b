// cgo's errno form: r, err := C.f() gives C's errno after the call as a syscall.Errno (nil when
// C left it 0, as cgo clears it first), also for a void function with _ for its result; the
// error matches syscall's constants and io/fs's errors.
package main

/*
#include <errno.h>

int parse_digit(char c) {
	if (c < '0' || c > '9') {
		errno = EINVAL;
		return -1;
	}
	return c - '0';
}
void touch(int fail) {
	if (fail) errno = EACCES;
}
int stale(void) { return 5; }
*/
import "C"

import (
	"errors"
	"fmt"
	"io/fs"
	"syscall"
)

func main() {
	for _, c := range "7x" {
		d, err := C.parse_digit(C.char(c))
		fmt.Println(d, err, err == syscall.EINVAL)
	}
	_, err := C.touch(1)
	fmt.Println(err, errors.Is(err, fs.ErrPermission))
	_, err = C.touch(0)
	fmt.Println(err == nil)
	C.touch(1)
	n, err := C.stale()
	fmt.Printf("%d %v %T\n", n, err, err)
	var e syscall.Errno
	_, err = C.parse_digit('?')
	fmt.Println(errors.As(err, &e), uintptr(e), e.Temporary())
}
