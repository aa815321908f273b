// go of a nil func value that Go calls without a wrapper: newproc throws "go of nil func value".
package main

func main() {
	var fn func()
	go fn()
}
