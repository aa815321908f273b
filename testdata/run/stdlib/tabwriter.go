// Exercises text/tabwriter: left and right alignment, tab padding, minwidth, Debug bars,
// DiscardEmptyColumns, TabIndent, form feeds, escapes, FilterHTML and unicode widths.
package main

import (
	"fmt"
	"os"
	"text/tabwriter"
)

func main() {
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', 0)
	fmt.Fprintln(w, "name\tage\tcity")
	fmt.Fprintln(w, "Alice\t30\tParis")
	fmt.Fprintln(w, "Bob\t4\tSão Paulo")
	fmt.Fprintln(w, "a very long name\t100\t")
	w.Flush()

	w = tabwriter.NewWriter(os.Stdout, 5, 0, 2, '.', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "x\tyy\tzzz\t")
	fmt.Fprintln(w, "1234567\t1\t12\t")
	fmt.Fprintf(w, "single line\n")
	fmt.Fprintln(w, "p\tq\t")
	w.Flush()

	w = tabwriter.NewWriter(os.Stdout, 0, 4, 0, '\t', tabwriter.TabIndent)
	fmt.Fprintln(w, "\tindented\tcol")
	fmt.Fprintln(w, "\t\tdouble\tx")
	fmt.Fprint(w, "a\tb\fc\td\n")
	w.Flush()

	w = tabwriter.NewWriter(os.Stdout, 0, 8, 1, '-', tabwriter.DiscardEmptyColumns|tabwriter.Debug)
	fmt.Fprintln(w, "a\t\tb")
	fmt.Fprintln(w, "cc\t\td")
	fmt.Fprint(w, "\xfftab\there\xff\tafter\n")
	fmt.Fprint(w, "no newline\tat end")
	w.Flush()
	fmt.Println()

	w = tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', tabwriter.FilterHTML|tabwriter.StripEscape)
	fmt.Fprintln(w, "<b>bold</b>\t&amp;\t\xffesc\t\xff|")
	fmt.Fprintln(w, "plain\tx\ty|")
	w.Flush()
}
