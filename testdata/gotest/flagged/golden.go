// Package flagged renders a report that tests compare with a golden file, the way a package
// with an -update flag of its own does.
package flagged

import (
	"fmt"
	"strings"
)

// Render lists the items, one per line.
func Render(items []string) string {
	var b strings.Builder
	for i, it := range items {
		fmt.Fprintf(&b, "%d. %s\n", i+1, it)
	}
	return b.String()
}
