package flagged

import (
	"flag"
	"fmt"
	"os"
	"testing"
)

var (
	update = flag.Bool("update", false, "rewrite the golden files")
	golden = flag.String("golden", "report.golden", "the golden `file`")
	level  = flag.Int("level", 1, "detail level")
)

func TestMain(m *testing.M) {
	flag.Parse()
	fmt.Println("main: short", testing.Short(), "args", flag.Args())
	os.Exit(m.Run())
}

func TestFlags(t *testing.T) {
	t.Logf("update=%v golden=%s level=%d verbose=%v", *update, *golden, *level, testing.Verbose())
}

func TestRender(t *testing.T) {
	got := Render([]string{"a", "b"})
	if got != "1. a\n2. b\n" {
		t.Errorf("Render = %q", got)
	}
}

func BenchmarkRender(b *testing.B) {
	for i := 0; i < b.N; i++ {
		Render([]string{"a"})
	}
}

func ExampleRender() {
	fmt.Print(Render([]string{"x"}))
	// Output: 1. x
}

func ExampleRender_none() {
	Render(nil)
}
