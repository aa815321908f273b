// Package fuzzmisuse: the errors and panics of package testing for fuzz tests used wrongly.
package fuzzmisuse
