package examples

import (
	"fmt"
	"testing"
)

func TestGreet(t *testing.T) {
	if Greet("x") != "Hello, x!" {
		t.Fatal(Greet("x"))
	}
}

func ExampleGreet() {
	fmt.Println(Greet("gopher"))
	// Output: Hello, gopher!
}

func ExampleShout() {
	Shout("go", "run")
	// Output:
	// GO
	// RUN
}

func ExampleShout_unordered() {
	Shout("b", "a", "c")
	// Unordered output:
	// A
	// C
	// B
}

func ExampleShout_wrong() {
	Shout("quiet")
	// Output:
	// quiet
}

func ExampleNotRun() {
	fmt.Println("no output comment: compiled, not run")
}
