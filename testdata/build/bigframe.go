// A function literal that keeps a gigabyte of arrays in its frame: gc refuses to compile it.
package main

var sink [10 << 20]byte

func main() {
	f := func() {
		var a1 [10 << 20]byte
		sink = a1
		var a2 [10 << 20]byte
		sink = a2
		var a3 [10 << 20]byte
		sink = a3
		var a4 [10 << 20]byte
		sink = a4
		var a5 [10 << 20]byte
		sink = a5
		var a6 [10 << 20]byte
		sink = a6
		var a7 [10 << 20]byte
		sink = a7
		var a8 [10 << 20]byte
		sink = a8
		var a9 [10 << 20]byte
		sink = a9
		var a10 [10 << 20]byte
		sink = a10
		var a11 [10 << 20]byte
		sink = a11
		var a12 [10 << 20]byte
		sink = a12
		var a13 [10 << 20]byte
		sink = a13
		var a14 [10 << 20]byte
		sink = a14
		var a15 [10 << 20]byte
		sink = a15
		var a16 [10 << 20]byte
		sink = a16
		var a17 [10 << 20]byte
		sink = a17
		var a18 [10 << 20]byte
		sink = a18
		var a19 [10 << 20]byte
		sink = a19
		var a20 [10 << 20]byte
		sink = a20
		var a21 [10 << 20]byte
		sink = a21
		var a22 [10 << 20]byte
		sink = a22
		var a23 [10 << 20]byte
		sink = a23
		var a24 [10 << 20]byte
		sink = a24
		var a25 [10 << 20]byte
		sink = a25
		var a26 [10 << 20]byte
		sink = a26
		var a27 [10 << 20]byte
		sink = a27
		var a28 [10 << 20]byte
		sink = a28
		var a29 [10 << 20]byte
		sink = a29
		var a30 [10 << 20]byte
		sink = a30
		var a31 [10 << 20]byte
		sink = a31
		var a32 [10 << 20]byte
		sink = a32
		var a33 [10 << 20]byte
		sink = a33
		var a34 [10 << 20]byte
		sink = a34
		var a35 [10 << 20]byte
		sink = a35
		var a36 [10 << 20]byte
		sink = a36
		var a37 [10 << 20]byte
		sink = a37
		var a38 [10 << 20]byte
		sink = a38
		var a39 [10 << 20]byte
		sink = a39
		var a40 [10 << 20]byte
		sink = a40
		var a41 [10 << 20]byte
		sink = a41
		var a42 [10 << 20]byte
		sink = a42
		var a43 [10 << 20]byte
		sink = a43
		var a44 [10 << 20]byte
		sink = a44
		var a45 [10 << 20]byte
		sink = a45
		var a46 [10 << 20]byte
		sink = a46
		var a47 [10 << 20]byte
		sink = a47
		var a48 [10 << 20]byte
		sink = a48
		var a49 [10 << 20]byte
		sink = a49
		var a50 [10 << 20]byte
		sink = a50
		var a51 [10 << 20]byte
		sink = a51
		var a52 [10 << 20]byte
		sink = a52
		var a53 [10 << 20]byte
		sink = a53
		var a54 [10 << 20]byte
		sink = a54
		var a55 [10 << 20]byte
		sink = a55
		var a56 [10 << 20]byte
		sink = a56
		var a57 [10 << 20]byte
		sink = a57
		var a58 [10 << 20]byte
		sink = a58
		var a59 [10 << 20]byte
		sink = a59
		var a60 [10 << 20]byte
		sink = a60
		var a61 [10 << 20]byte
		sink = a61
		var a62 [10 << 20]byte
		sink = a62
		var a63 [10 << 20]byte
		sink = a63
		var a64 [10 << 20]byte
		sink = a64
		var a65 [10 << 20]byte
		sink = a65
		var a66 [10 << 20]byte
		sink = a66
		var a67 [10 << 20]byte
		sink = a67
		var a68 [10 << 20]byte
		sink = a68
		var a69 [10 << 20]byte
		sink = a69
		var a70 [10 << 20]byte
		sink = a70
		var a71 [10 << 20]byte
		sink = a71
		var a72 [10 << 20]byte
		sink = a72
		var a73 [10 << 20]byte
		sink = a73
		var a74 [10 << 20]byte
		sink = a74
		var a75 [10 << 20]byte
		sink = a75
		var a76 [10 << 20]byte
		sink = a76
		var a77 [10 << 20]byte
		sink = a77
		var a78 [10 << 20]byte
		sink = a78
		var a79 [10 << 20]byte
		sink = a79
		var a80 [10 << 20]byte
		sink = a80
		var a81 [10 << 20]byte
		sink = a81
		var a82 [10 << 20]byte
		sink = a82
		var a83 [10 << 20]byte
		sink = a83
		var a84 [10 << 20]byte
		sink = a84
		var a85 [10 << 20]byte
		sink = a85
		var a86 [10 << 20]byte
		sink = a86
		var a87 [10 << 20]byte
		sink = a87
		var a88 [10 << 20]byte
		sink = a88
		var a89 [10 << 20]byte
		sink = a89
		var a90 [10 << 20]byte
		sink = a90
		var a91 [10 << 20]byte
		sink = a91
		var a92 [10 << 20]byte
		sink = a92
		var a93 [10 << 20]byte
		sink = a93
		var a94 [10 << 20]byte
		sink = a94
		var a95 [10 << 20]byte
		sink = a95
		var a96 [10 << 20]byte
		sink = a96
		var a97 [10 << 20]byte
		sink = a97
		var a98 [10 << 20]byte
		sink = a98
		var a99 [10 << 20]byte
		sink = a99
		var a100 [10 << 20]byte
		sink = a100
		var a101 [10 << 20]byte
		sink = a101
		var a102 [10 << 20]byte
		sink = a102
		var a103 [10 << 20]byte
		sink = a103
		var a104 [10 << 20]byte
		sink = a104
		var a105 [10 << 20]byte
		sink = a105
	}
	f()
}
