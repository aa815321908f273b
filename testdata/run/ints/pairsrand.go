// Random 64-bit arithmetic on locals held as two halves (compiler/pairs.ts): expression trees
// of every operator, constant and variable shift counts, small and large divisors, narrowing
// and widening conversions and comparisons, over signed and unsigned pairs, generated once
// and checked against Go by the golden.
package main

import "fmt"

var zu uint64
var zs int64

func b2u(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}

func b2i(b bool) int64 {
	if b {
		return -1
	}
	return 0
}

func f0(a, b uint64, c int64, s uint) (uint64, int64) {
	x := a * 1
	y := c*0x100000001 - c*0x100000000
	z := b ^ 0
	for i := 0; i < 3; i++ {
		x = (uint64(uint16(a)) >> (s % 70))
		y = ((c >> 28) - ^((int64(i) &^ int64(int8(x))) % ((y % ((int64(117437720) ^ zs) | 1)) | 1)))
		z &= uint64(int16(((uint64(y) >> 0) & (x ^ uint64(uint16(a))))))
		y++
		x--
	}
	return x ^ z, y
}

func f1(a, b uint64, c int64, s uint) (uint64, int64) {
	x := a * 1
	y := c*0x100000001 - c*0x100000000
	z := b ^ 0
	for i := 0; i < 3; i++ {
		x = (uint64(int32((x % ((x % 4294967295) | 1)))) & (((uint64(int32(z)) | z) % ((uint64(int32(z)) << 24) | 1)) >> (s % 70)))
		y = (int64(x) + (((int64(x) | (int64(-442421436) ^ zs)) &^ (c * c)) ^ ^((int64(828326940) ^ zs) - int64(i))))
		z |= (b2u((a%(z|1)) <= x) % (uint64(uint32(x)) | 1))
	}
	return x ^ z, y
}

func f2(a, b uint64, c int64, s uint) (uint64, int64) {
	x := a * 1
	y := c*0x100000001 - c*0x100000000
	z := b ^ 0
	for i := 0; i < 3; i++ {
		x = ((((b % 10) << 66) & ((uint64(int8(y)) - x) + uint64(uint32(x)))) * b)
		y = ((int64(x) % (int64(x) | 1)) &^ int64(int8(x)))
		z += uint64(int16(uint64(i)))
		y++
		x--
	}
	return x ^ z, y
}

func f3(a, b uint64, c int64, s uint) (uint64, int64) {
	x := a * 1
	y := c*0x100000001 - c*0x100000000
	z := b ^ 0
	for i := 0; i < 3; i++ {
		x = uint64(int8(y))
		y = (y & ^((y >> 40) - int64(int8(x))))
		z ^= (b2u(b2u(uint64(int32(z)) < uint64(uint32(x))) > (uint64(i)&uint64(int32(z)))) / (uint64(i) | 1))
		y++
		x--
	}
	return x ^ z, y
}

func f4(a, b uint64, c int64, s uint) (uint64, int64) {
	x := a * 1
	y := c*0x100000001 - c*0x100000000
	z := b ^ 0
	for i := 0; i < 3; i++ {
		x = (((uint64(uint32(x)) &^ uint64(i)) ^ x) % 7)
		y = int64(x)
		z ^= ((x ^ ^(uint64(int32(z)))) / (^((uint64(0xeea57dff) ^ zu) & (uint64(39) ^ zu)) | 1))
	}
	return x ^ z, y
}

func f5(a, b uint64, c int64, s uint) (uint64, int64) {
	x := a * 1
	y := c*0x100000001 - c*0x100000000
	z := b ^ 0
	for i := 0; i < 3; i++ {
		x = b2u((b2u((uint64(int8(y))&uint64(int8(y))) < (uint64(uint32(x))*uint64(int32(z)))) >> 50) > uint64(uint16(a)))
		y = y
		z ^= (b2u(b2u(uint64(y) != z) <= (uint64(int32(z))>>55)) / 7)
	}
	return x ^ z, y
}

func f6(a, b uint64, c int64, s uint) (uint64, int64) {
	x := a * 1
	y := c*0x100000001 - c*0x100000000
	z := b ^ 0
	for i := 0; i < 3; i++ {
		x = (((b2u(uint64(uint32(x)) == uint64(uint32(x))) / 1000) + ((uint64(i) >> 9) >> 14)) / 1000)
		y = (int64(x) &^ int64(i))
		z -= uint64(uint8(uint64(y)))
		y++
		x--
	}
	return x ^ z, y
}

func f7(a, b uint64, c int64, s uint) (uint64, int64) {
	x := a * 1
	y := c*0x100000001 - c*0x100000000
	z := b ^ 0
	for i := 0; i < 3; i++ {
		x = (b2u((uint64(y)>>(s%70)) != (b2u(a != uint64(y))/(((uint64(0x4ce47097947a5403)^zu)<<(s%70))|1))) / 7)
		y = (^(c) &^ (((int64(i) >> (s % 70)) &^ int64(i)) % (^(int64(x)) | 1)))
		z ^= z
		x, z = z, x
	}
	return x ^ z, y
}

func f8(a, b uint64, c int64, s uint) (uint64, int64) {
	x := a * 1
	y := c*0x100000001 - c*0x100000000
	z := b ^ 0
	for i := 0; i < 3; i++ {
		x = b2u(((((uint64(0xe7771284437c9201) ^ zu) % (uint64(y) | 1)) * (x * x)) - ((a * x) % 7)) <= ((-(z) & uint64(int8(y))) << 30))
		y = (((int64(int32((int64(75662374) ^ zs))) % ((int64(-916724205) ^ zs) | 1)) & int64(x)) ^ (int64(int8((y &^ (int64(-802098780) ^ zs)))) | ^(c)))
		z |= (a >> 64)
		y++
		x--
	}
	return x ^ z, y
}

func f9(a, b uint64, c int64, s uint) (uint64, int64) {
	x := a * 1
	y := c*0x100000001 - c*0x100000000
	z := b ^ 0
	for i := 0; i < 3; i++ {
		x = (x | (((uint64(i) % 10) >> 48) * ^(uint64(y) * z)))
		y = int64(int8(x))
		z *= (uint64(uint16((z % 2097152))) * x)
		x, z = z, x
	}
	return x ^ z, y
}

func f10(a, b uint64, c int64, s uint) (uint64, int64) {
	x := a * 1
	y := c*0x100000001 - c*0x100000000
	z := b ^ 0
	for i := 0; i < 3; i++ {
		x = b
		y = (c + (b2i((c&^int64(z)) <= (int64(int8(x))<<(s%70))) << 68))
		z &= uint64(i)
	}
	return x ^ z, y
}

func f11(a, b uint64, c int64, s uint) (uint64, int64) {
	x := a * 1
	y := c*0x100000001 - c*0x100000000
	z := b ^ 0
	for i := 0; i < 3; i++ {
		x = ((uint64(68) ^ zu) - (z << 34))
		y = ((int64(-635127842) ^ zs) - (b2i(int64(int8(y)) < int64(uint16((int64(-787644177)^zs)))) - ((int64(i) * c) % (int64(int8(x)) | 1))))
		z ^= z
		x, z = z, x
	}
	return x ^ z, y
}

func f12(a, b uint64, c int64, s uint) (uint64, int64) {
	x := a * 1
	y := c*0x100000001 - c*0x100000000
	z := b ^ 0
	for i := 0; i < 3; i++ {
		x = uint64(i)
		y = -(y)
		z ^= b2u(((uint64(uint32(x)) / (z | 1)) << (s % 70)) == (uint64(uint16(a)) & (z - uint64(uint16(a)))))
	}
	return x ^ z, y
}

func f13(a, b uint64, c int64, s uint) (uint64, int64) {
	x := a * 1
	y := c*0x100000001 - c*0x100000000
	z := b ^ 0
	for i := 0; i < 3; i++ {
		x = ((uint64(73) ^ zu) / 1)
		y = (((int64(uint32(y)) - (y >> 6)) + (((int64(-245214000) ^ zs) * int64(i)) << 48)) ^ (-(int64(int8(x)) &^ y) << 47))
		z ^= z
	}
	return x ^ z, y
}

func f14(a, b uint64, c int64, s uint) (uint64, int64) {
	x := a * 1
	y := c*0x100000001 - c*0x100000000
	z := b ^ 0
	for i := 0; i < 3; i++ {
		x = ((uint64(int32((z ^ uint64(uint32(x))))) & (a >> 28)) - uint64(int32(z)))
		y = y
		z += (z / (uint64(int32((x &^ uint64(uint16(a))))) | 1))
		x, z = z, x
	}
	return x ^ z, y
}

func f15(a, b uint64, c int64, s uint) (uint64, int64) {
	x := a * 1
	y := c*0x100000001 - c*0x100000000
	z := b ^ 0
	for i := 0; i < 3; i++ {
		x = ((a % (uint64(int8(y)) | 1)) ^ uint64(y))
		y = int64(uint32(y))
		z -= a
	}
	return x ^ z, y
}

func f16(a, b uint64, c int64, s uint) (uint64, int64) {
	x := a * 1
	y := c*0x100000001 - c*0x100000000
	z := b ^ 0
	for i := 0; i < 3; i++ {
		x = uint64(i)
		y = y
		z |= (((x * uint64(y)) - (uint64(uint16(a)) / 1)) % (((uint64(uint32(x)) / (z | 1)) << 57) | 1))
	}
	return x ^ z, y
}

func f17(a, b uint64, c int64, s uint) (uint64, int64) {
	x := a * 1
	y := c*0x100000001 - c*0x100000000
	z := b ^ 0
	for i := 0; i < 3; i++ {
		x = ((-(uint64(i)) + b2u((x+z) != uint64(int32(z)))) % 1)
		y = ((c / (int64(x) | 1)) << 17)
		z |= z
	}
	return x ^ z, y
}

func f18(a, b uint64, c int64, s uint) (uint64, int64) {
	x := a * 1
	y := c*0x100000001 - c*0x100000000
	z := b ^ 0
	for i := 0; i < 3; i++ {
		x = ((uint64(int16((x << 55))) - ((b << (s % 70)) &^ (z - b))) - ((uint64(uint32(z)) >> 24) << 52))
		y = int64(z)
		z |= (((a >> 3) ^ b2u(x != b)) / ((x << (s % 70)) | 1))
		x, z = z, x
		y++
		x--
	}
	return x ^ z, y
}

func f19(a, b uint64, c int64, s uint) (uint64, int64) {
	x := a * 1
	y := c*0x100000001 - c*0x100000000
	z := b ^ 0
	for i := 0; i < 3; i++ {
		x = (uint64(0x495c4f13b1d61ecc) ^ zu)
		y = ((((c - (int64(519391059) ^ zs)) &^ int64(int8(x))) >> 35) << (s % 70))
		z -= uint64(int32(z))
	}
	return x ^ z, y
}

func f20(a, b uint64, c int64, s uint) (uint64, int64) {
	x := a * 1
	y := c*0x100000001 - c*0x100000000
	z := b ^ 0
	for i := 0; i < 3; i++ {
		x = ((-(uint64(0x9566e9a15e9d66ab) ^ zu) & ((z << 35) >> (s % 70))) - (((a >> 58) / 2097151) & uint64(i)))
		y = (int64(int8(int64(z))) << 37)
		z &= -((uint64(uint32(x)) | b) >> 18)
	}
	return x ^ z, y
}

func f21(a, b uint64, c int64, s uint) (uint64, int64) {
	x := a * 1
	y := c*0x100000001 - c*0x100000000
	z := b ^ 0
	for i := 0; i < 3; i++ {
		x = (b2u(uint64(uint16((z%((uint64(0x14a75ff)^zu)|1)))) == ((uint64(0xe25c3ffe68fdc786)^zu)^uint64(uint16(uint64(int8(y)))))) + (((uint64(i) >> (s % 70)) * x) >> 48))
		y = ((int64(int32(int64(z))) << 8) % (int64(z) | 1))
		z *= (((z / 4294967295) << 29) ^ (z * uint64(int8(uint64(uint16(a))))))
	}
	return x ^ z, y
}

func f22(a, b uint64, c int64, s uint) (uint64, int64) {
	x := a * 1
	y := c*0x100000001 - c*0x100000000
	z := b ^ 0
	for i := 0; i < 3; i++ {
		x = -(((uint64(i) &^ uint64(i)) << 51) / (^(x * (uint64(0x8d9ee1ff) ^ zu)) | 1))
		y = int64(i)
		z += (((uint64(uint32(x)) << (s % 70)) >> 45) << 23)
	}
	return x ^ z, y
}

func f23(a, b uint64, c int64, s uint) (uint64, int64) {
	x := a * 1
	y := c*0x100000001 - c*0x100000000
	z := b ^ 0
	for i := 0; i < 3; i++ {
		x = (x + ((((uint64(37) ^ zu) >> 45) * z) &^ uint64(int16(^(z)))))
		y = b2i((y - c) < ((int64(i) << 59) - (((int64(-257381230) ^ zs) ^ (int64(18938660) ^ zs)) * (int64(z) << 46))))
		z |= a
	}
	return x ^ z, y
}

func f24(a, b uint64, c int64, s uint) (uint64, int64) {
	x := a * 1
	y := c*0x100000001 - c*0x100000000
	z := b ^ 0
	for i := 0; i < 3; i++ {
		x = (b2u(uint64(int32((x&^uint64(i)))) != (uint64(uint8(uint64(uint16(a))))>>(s%70))) | x)
		y = (^((int64(x) &^ int64(int8(x))) << 11) * (int64(z) ^ y))
		z |= (uint64(int32(z)) ^ (z | uint64(int8(uint64(int8(y))))))
	}
	return x ^ z, y
}

func f25(a, b uint64, c int64, s uint) (uint64, int64) {
	x := a * 1
	y := c*0x100000001 - c*0x100000000
	z := b ^ 0
	for i := 0; i < 3; i++ {
		x = uint64(int16(b2u((uint64(uint32(uint64(uint16(a)))) & uint64(uint32(x))) >= ((x & z) >> (s % 70)))))
		y = (((int64(-39878845) ^ zs) | ((y * int64(z)) >> (s % 70))) / ((b2i(int64(z) <= (y*int64(i))) & b2i(int64(int8(int64(int8(x)))) <= (int64(int8(x))+(int64(-755056083)^zs)))) | 1))
		z *= (b2u((x&^uint64(int32(z))) < (uint64(i)>>4)) + ((uint64(int32(z)) + uint64(i)) & (x << 48)))
		y++
		x--
	}
	return x ^ z, y
}

func f26(a, b uint64, c int64, s uint) (uint64, int64) {
	x := a * 1
	y := c*0x100000001 - c*0x100000000
	z := b ^ 0
	for i := 0; i < 3; i++ {
		x = ((uint64(uint16(a)) + ^(uint64(i))) >> 40)
		y = b2i(y < int64(int8(x)))
		z |= (b2u((b*uint64(uint16(a))) > ((uint64(31)^zu)>>30)) << 38)
		x, z = z, x
		y++
		x--
	}
	return x ^ z, y
}

func f27(a, b uint64, c int64, s uint) (uint64, int64) {
	x := a * 1
	y := c*0x100000001 - c*0x100000000
	z := b ^ 0
	for i := 0; i < 3; i++ {
		x = (x & b)
		y = int64(int32(int64(int8(x))))
		z += uint64(uint32(x))
		y++
		x--
	}
	return x ^ z, y
}

func f28(a, b uint64, c int64, s uint) (uint64, int64) {
	x := a * 1
	y := c*0x100000001 - c*0x100000000
	z := b ^ 0
	for i := 0; i < 3; i++ {
		x = (^((uint64(int32(z)) - uint64(int32(z))) + (uint64(int8(y)) + z)) >> 66)
		y = ((((int64(x) + int64(int8(x))) >> 46) + ((int64(-339501082) ^ zs) & (int64(z) | y))) % ((((c >> 36) & (c & y)) | (-(int64(i)) - (y & int64(z)))) | 1))
		z |= ((uint64(y) << (s % 70)) + ((uint64(uint16(a)) &^ z) ^ ((uint64(0x4c85edff) ^ zu) % 1)))
		y++
		x--
	}
	return x ^ z, y
}

func f29(a, b uint64, c int64, s uint) (uint64, int64) {
	x := a * 1
	y := c*0x100000001 - c*0x100000000
	z := b ^ 0
	for i := 0; i < 3; i++ {
		x = (b2u(uint64(int8((uint64(y)/((uint64(0xe4193ff)^zu)|1)))) != (uint64(uint32(x))-((uint64(2)^zu)*uint64(int8(y))))) ^ (((z &^ uint64(int32(z))) >> (s % 70)) << 2))
		y = (int64(z) &^ int64(x))
		z *= ^(uint64(i))
	}
	return x ^ z, y
}

var in = []uint64{0, 1, 3, 0x7fffffff, 0x80000000, 0xffffffff, 0x1fffffffffffff, 0x20000000000000, 0x7fffffffffffffff, 0x8000000000000000, 0xffffffffffffffff, 0xdeadbeefcafebabe}

func main() {
	var acc uint64
	var sacc int64
	for i, a := range in {
		b := in[(i*5+1)%len(in)]
		c := int64(in[(i*7+2)%len(in)])
		s := uint(i * 11)
		u0, v0 := f0(a, b, c, s)
		fmt.Println(0, u0, v0)
		acc ^= u0
		sacc += v0
		u1, v1 := f1(a, b, c, s)
		fmt.Println(1, u1, v1)
		acc ^= u1
		sacc += v1
		u2, v2 := f2(a, b, c, s)
		fmt.Println(2, u2, v2)
		acc ^= u2
		sacc += v2
		u3, v3 := f3(a, b, c, s)
		fmt.Println(3, u3, v3)
		acc ^= u3
		sacc += v3
		u4, v4 := f4(a, b, c, s)
		fmt.Println(4, u4, v4)
		acc ^= u4
		sacc += v4
		u5, v5 := f5(a, b, c, s)
		fmt.Println(5, u5, v5)
		acc ^= u5
		sacc += v5
		u6, v6 := f6(a, b, c, s)
		fmt.Println(6, u6, v6)
		acc ^= u6
		sacc += v6
		u7, v7 := f7(a, b, c, s)
		fmt.Println(7, u7, v7)
		acc ^= u7
		sacc += v7
		u8, v8 := f8(a, b, c, s)
		fmt.Println(8, u8, v8)
		acc ^= u8
		sacc += v8
		u9, v9 := f9(a, b, c, s)
		fmt.Println(9, u9, v9)
		acc ^= u9
		sacc += v9
		u10, v10 := f10(a, b, c, s)
		fmt.Println(10, u10, v10)
		acc ^= u10
		sacc += v10
		u11, v11 := f11(a, b, c, s)
		fmt.Println(11, u11, v11)
		acc ^= u11
		sacc += v11
		u12, v12 := f12(a, b, c, s)
		fmt.Println(12, u12, v12)
		acc ^= u12
		sacc += v12
		u13, v13 := f13(a, b, c, s)
		fmt.Println(13, u13, v13)
		acc ^= u13
		sacc += v13
		u14, v14 := f14(a, b, c, s)
		fmt.Println(14, u14, v14)
		acc ^= u14
		sacc += v14
		u15, v15 := f15(a, b, c, s)
		fmt.Println(15, u15, v15)
		acc ^= u15
		sacc += v15
		u16, v16 := f16(a, b, c, s)
		fmt.Println(16, u16, v16)
		acc ^= u16
		sacc += v16
		u17, v17 := f17(a, b, c, s)
		fmt.Println(17, u17, v17)
		acc ^= u17
		sacc += v17
		u18, v18 := f18(a, b, c, s)
		fmt.Println(18, u18, v18)
		acc ^= u18
		sacc += v18
		u19, v19 := f19(a, b, c, s)
		fmt.Println(19, u19, v19)
		acc ^= u19
		sacc += v19
		u20, v20 := f20(a, b, c, s)
		fmt.Println(20, u20, v20)
		acc ^= u20
		sacc += v20
		u21, v21 := f21(a, b, c, s)
		fmt.Println(21, u21, v21)
		acc ^= u21
		sacc += v21
		u22, v22 := f22(a, b, c, s)
		fmt.Println(22, u22, v22)
		acc ^= u22
		sacc += v22
		u23, v23 := f23(a, b, c, s)
		fmt.Println(23, u23, v23)
		acc ^= u23
		sacc += v23
		u24, v24 := f24(a, b, c, s)
		fmt.Println(24, u24, v24)
		acc ^= u24
		sacc += v24
		u25, v25 := f25(a, b, c, s)
		fmt.Println(25, u25, v25)
		acc ^= u25
		sacc += v25
		u26, v26 := f26(a, b, c, s)
		fmt.Println(26, u26, v26)
		acc ^= u26
		sacc += v26
		u27, v27 := f27(a, b, c, s)
		fmt.Println(27, u27, v27)
		acc ^= u27
		sacc += v27
		u28, v28 := f28(a, b, c, s)
		fmt.Println(28, u28, v28)
		acc ^= u28
		sacc += v28
		u29, v29 := f29(a, b, c, s)
		fmt.Println(29, u29, v29)
		acc ^= u29
		sacc += v29
	}
	fmt.Println(acc, sacc)
}
