// Package testmain keeps a registry that its tests set up once in TestMain.
package testmain

var registry map[string]int

// Lookup returns a registered value.
func Lookup(k string) (int, bool) {
	v, ok := registry[k]
	return v, ok
}
