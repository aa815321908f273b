// Package files keeps key/value records in a directory, one file per key.
package files

import (
	"errors"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Store is a directory of records.
type Store struct{ Dir string }

// Put writes the record for key.
func (s Store) Put(key, value string) error {
	if strings.ContainsRune(key, '/') {
		return errors.New("bad key " + key)
	}
	return os.WriteFile(filepath.Join(s.Dir, key), []byte(value), 0o644)
}

// Get reads the record for key.
func (s Store) Get(key string) (string, error) {
	b, err := os.ReadFile(filepath.Join(s.Dir, key))
	return string(b), err
}

// Keys lists the keys, sorted.
func (s Store) Keys() ([]string, error) {
	entries, err := os.ReadDir(s.Dir)
	if err != nil {
		return nil, err
	}
	var keys []string
	for _, e := range entries {
		if !e.IsDir() {
			keys = append(keys, e.Name())
		}
	}
	sort.Strings(keys)
	return keys, nil
}
