package main

// Invalid recursive types: through defined types, aliases, embedded interfaces, and local
// declarations; and recursive types that are valid (through an alias, a pointer or a method).

type T0 T0 // ERROR "invalid recursive type T0"

type A1 B1 // ERROR "invalid recursive type A1"
type B1 A1

type P1 Q1 // ERROR "invalid recursive type P1"
type Q1 R1
type R1 P1

type X1 Y1 // ERROR "invalid recursive type X1"
type Y1 struct{ x X1 }

type I0 interface{ I0 } // ERROR "invalid recursive type I0"

type IA interface{ IB } // ERROR "invalid recursive type IA"
type IB interface{ IA }

type IK interface { // ERROR "invalid recursive type IK"
	m()
	IK
}

type AS = []AS // ERROR "invalid recursive type AS"

type AP = struct{ p *AP } // ERROR "invalid recursive type AP"

type AC = AD // ERROR "invalid recursive type AC"
type AD = *AC

type AJ = [2]AK
type AK struct{ j AJ } // ERROR "invalid recursive type AK"

const n = len(T1{}) // ERROR "illegal cycle in declaration of n"
type T1 [n]int

// Valid: an alias met through an interface's method, a slice, a map, a pointer.
type F = func(T)
type T interface{ m(F) }

type G = []U
type U interface{ n() G }

type H = map[string]V
type V struct{ h H }

type PL struct{ next *PL }

func main() {
	type L = []L // ERROR "invalid recursive type L"
	type M interface{ M } // ERROR "invalid recursive type M"
	type N struct{ n *N }
	var t T
	var u U
	var v V
	var pl PL
	var nn N
	_, _, _, _, _ = t, u, v, pl, nn
}
