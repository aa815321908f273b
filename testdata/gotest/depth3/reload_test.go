package depth3

import "testing"

func TestReload(t *testing.T) {
	if Run() {
		t.Fatal("the auditor saw an index built from a half-loaded config")
	}
}
