//go:build windows

package ign

func F() {}
