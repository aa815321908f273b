// Package ids numbers things; internal to the module.
package ids

import "fmt"

type Seq struct{ next int }

func (s *Seq) Next(prefix string) string {
	s.next++
	return fmt.Sprintf("%s-%03d", prefix, s.next)
}
