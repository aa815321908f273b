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

// go/doc's output prefix is case-insensitive.
func ExampleShout_lower() {
	Shout("x")
	// output: X
}

// A failing unordered example shows both outputs as they are, newline-terminated.
func ExampleShout_unorderedWrong() {
	Shout("b", "a")
	// Unordered output:
	// A
	// C
}
