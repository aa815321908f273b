package subnames

import "testing"

// Subtest names as go test prints them: every space rune becomes '_', an unprintable rune its
// quoted escape, and a repeated name gets a #NN suffix.
func TestNames(t *testing.T) {
	for _, n := range []string{"tab\there", "new\nline", "sp ace", "nbsp\u00a0x", "zw\u200bsp", "nul\x00", "ok", "ok", "über"} {
		t.Run(n, func(t *testing.T) { t.Log(t.Name()) })
	}
}
