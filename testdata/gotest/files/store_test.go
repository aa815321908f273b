package files

import (
	"errors"
	"io/fs"
	"os"
	"strings"
	"testing"
)

func TestPutGet(t *testing.T) {
	s := Store{t.TempDir()}
	if err := s.Put("a", "1"); err != nil {
		t.Fatal(err)
	}
	v, err := s.Get("a")
	if err != nil || v != "1" {
		t.Fatalf("Get(a) = %q, %v", v, err)
	}
	_, err = s.Get("missing")
	if !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("Get(missing) error %v is not ErrNotExist", err)
	}
	t.Log("missing:", strings.Replace(err.Error(), s.Dir, "$DIR", 1))
}

func TestKeys(t *testing.T) {
	dir := t.TempDir()
	second := t.TempDir()
	if dir == second || !strings.HasSuffix(dir, "001") || !strings.HasSuffix(second, "002") {
		t.Errorf("TempDir gave %q then %q", dir, second)
	}
	s := Store{dir}
	for _, k := range []string{"zeta", "alpha", "mid"} {
		s.Put(k, k)
	}
	os.Mkdir(dir+"/sub", 0o755)
	keys, err := s.Keys()
	t.Log(keys, err)
	if len(keys) != 3 || keys[0] != "alpha" {
		t.Errorf("Keys() = %v", keys)
	}
	if err := s.Put("a/b", "x"); err == nil {
		t.Error("Put(a/b) succeeded")
	}
}

var kept string

func TestCleanupRemoves(t *testing.T) {
	t.Run("inner", func(t *testing.T) {
		kept = t.TempDir()
		os.WriteFile(kept+"/f", []byte("x"), 0o600)
	})
	if _, err := os.Stat(kept); !os.IsNotExist(err) {
		t.Errorf("the subtest's TempDir %s is still there: %v", kept, err)
	}
}
