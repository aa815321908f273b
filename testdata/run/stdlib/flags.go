// args: -n=3 -name gopher -v --dur 1m30s -ratio=0.25 rest1 -notflag rest2
//
// Exercises flag: the CommandLine set over os.Args, each value type, "-x=v", "-x v" and
// "--x" forms, positional arguments after the first non-flag, Visit/VisitAll, PrintDefaults,
// FlagSets with ContinueOnError and their error messages, and time.ParseDuration.
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"time"
)

func main() {
	n := flag.Int("n", 1, "number of `items`")
	name := flag.String("name", "world", "who to greet")
	v := flag.Bool("v", false, "verbose")
	d := flag.Duration("dur", time.Second, "how long")
	ratio := flag.Float64("ratio", 0, "a ratio")
	var u uint
	flag.UintVar(&u, "u", 7, "an unsigned\nmultiline usage")
	flag.Parse()
	fmt.Println(*n, *name, *v, *d, *ratio, u, flag.NArg(), flag.Args(), flag.Arg(1), flag.NFlag(), flag.Parsed())
	flag.Visit(func(f *flag.Flag) { fmt.Print(f.Name, "=", f.Value, " ") })
	fmt.Println()
	flag.CommandLine.SetOutput(os.Stdout)
	flag.PrintDefaults()
	fmt.Println(flag.Set("u", "9"), u, flag.Set("nope", "1"), flag.Lookup("name").DefValue)

	fs := flag.NewFlagSet("sub", flag.ContinueOnError)
	var sb strings.Builder
	fs.SetOutput(&sb)
	level := fs.Int("level", 0, "level")
	fs.Bool("q", true, "quiet")
	var seen []string
	fs.Func("tag", "add a tag", func(s string) error { seen = append(seen, s); return nil })
	for _, args := range [][]string{
		{"-level", "5", "-tag=a", "-tag", "b", "x"},
		{"-level=abc"},
		{"-level"},
		{"-missing"},
		{"-q=maybe"},
		{"---bad"},
		{"-h"},
		{"-level=99999999999999999999"},
		{"--", "-level=1"},
	} {
		sb.Reset()
		err := fs.Parse(args)
		fmt.Printf("%v -> level=%d err=%v args=%v\n", args, *level, err, fs.Args())
		fmt.Print(sb.String())
	}
	fmt.Println(seen)
	for _, s := range []string{"1h15m30.5s", "-1.5h", "300ms", "2us", "0", "", "1x", "3", ".s", "1.000000001s", "9999999999h", "+5m"} {
		d, err := time.ParseDuration(s)
		fmt.Println(d, err)
	}
	bad := flag.NewFlagSet("exit", flag.ExitOnError)
	bad.Parse([]string{"-zzz"})
}
