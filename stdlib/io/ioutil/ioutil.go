// Package ioutil as gort runs it: the deprecated helpers that remain useful without files.
//
// Models Go 1.19's io/ioutil (ioutil.go): ReadAll, NopCloser and Discard forward to io.
//
// Simplifications vs real Go: gort has no file system, so ReadFile, WriteFile, ReadDir,
// TempFile and TempDir are not provided.
package ioutil

import "io"

// ReadAll reads from r until an error or EOF and returns the data it read.
func ReadAll(r io.Reader) ([]byte, error) { return io.ReadAll(r) }

// NopCloser returns a ReadCloser with a no-op Close method wrapping r.
func NopCloser(r io.Reader) io.ReadCloser { return io.NopCloser(r) }

// Discard is an io.Writer on which all Write calls succeed without doing anything.
var Discard io.Writer = io.Discard
