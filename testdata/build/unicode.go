// Diagnostics that quote non-ASCII identifiers and constants: UTF-8, as gc prints them.
package main

const cé = "é…"

func main() {
	é := 1
	var x int = cé
	var s string = 'ñ'
	_, _ = x, s
	undefinedé()
}
