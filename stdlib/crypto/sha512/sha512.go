// Package sha512 implements the SHA-384, SHA-512, SHA-512/224, and SHA-512/256 hash algorithms
// as defined in FIPS 180-4 (Go 1.19's crypto/sha512: New, New384, New512_224, New512_256,
// Sum512, Sum384, Sum512_224, Sum512_256).
//
// The block function is a native (src/stdlib/native/crypto_sha512.ts): its 64-bit arithmetic
// runs on 32-bit halves in the host. Simplification vs real Go: the digests have no
// MarshalBinary/UnmarshalBinary, and the package does not register itself with package crypto.
package sha512

import "hash"

const (
	// Size is the size, in bytes, of a SHA-512 checksum.
	Size = 64

	// Size224 is the size, in bytes, of a SHA-512/224 checksum.
	Size224 = 28

	// Size256 is the size, in bytes, of a SHA-512/256 checksum.
	Size256 = 32

	// Size384 is the size, in bytes, of a SHA-384 checksum.
	Size384 = 48

	// BlockSize is the block size, in bytes, of the SHA-512/224, SHA-512/256, SHA-384 and
	// SHA-512 hash functions.
	BlockSize = 128
)

const chunk = 128

// The four variants: they differ in their initial values and in how much of the state Sum
// gives.
const (
	kind512 = iota
	kind384
	kind512_224
	kind512_256
)

// Initial hash values of FIPS 180-4, section 5.3.
var initial = [4][8]uint64{
	kind512: {0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
		0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179},
	kind384: {0xcbbb9d5dc1059ed8, 0x629a292a367cd507, 0x9159015a3070dd17, 0x152fecd8f70e5939,
		0x67332667ffc00b31, 0x8eb44a8768581511, 0xdb0c2e0d64f98fa7, 0x47b5481dbefa4fa4},
	kind512_224: {0x8c3d37c819544da2, 0x73e1996689dcd4d6, 0x1dfab7ae32ff9c82, 0x679dd514582f9fcf,
		0x0f6d2b697bd44da8, 0x77e36f7304c48942, 0x3f9d85a86a1d36c8, 0x1112e6ad91d692a1},
	kind512_256: {0x22312194fc2bf72c, 0x9f555fa3c84c64c2, 0x2393b86b6f53b151, 0x963877195940eabd,
		0x96283ee2a88effe3, 0xbe5e1e2553863992, 0x2b0199fc2c85b8aa, 0x0eb72ddc81c52ca2},
}

var sizes = [4]int{Size, Size384, Size224, Size256}

// digest represents the partial evaluation of a checksum.
type digest struct {
	h    [8]uint64
	x    [chunk]byte
	nx   int
	len  uint64
	kind int
}

// block runs the compression function over each 128-byte block of p (native).
func block(h *[8]uint64, p []byte)

func (d *digest) Reset() {
	d.h = initial[d.kind]
	d.nx = 0
	d.len = 0
}

func newDigest(kind int) *digest {
	d := &digest{kind: kind}
	d.Reset()
	return d
}

// New returns a new hash.Hash computing the SHA-512 checksum.
func New() hash.Hash { return newDigest(kind512) }

// New512_224 returns a new hash.Hash computing the SHA-512/224 checksum.
func New512_224() hash.Hash { return newDigest(kind512_224) }

// New512_256 returns a new hash.Hash computing the SHA-512/256 checksum.
func New512_256() hash.Hash { return newDigest(kind512_256) }

// New384 returns a new hash.Hash computing the SHA-384 checksum.
func New384() hash.Hash { return newDigest(kind384) }

func (d *digest) Size() int { return sizes[d.kind] }

func (d *digest) BlockSize() int { return BlockSize }

func (d *digest) Write(p []byte) (nn int, err error) {
	nn = len(p)
	d.len += uint64(nn)
	if d.nx > 0 {
		n := copy(d.x[d.nx:], p)
		d.nx += n
		if d.nx == chunk {
			block(&d.h, d.x[:])
			d.nx = 0
		}
		p = p[n:]
	}
	if len(p) >= chunk {
		n := len(p) &^ (chunk - 1)
		block(&d.h, p[:n])
		p = p[n:]
	}
	if len(p) > 0 {
		d.nx = copy(d.x[:], p)
	}
	return
}

func (d *digest) Sum(in []byte) []byte {
	// A copy, so that the caller can keep writing and summing.
	d0 := new(digest)
	*d0 = *d
	hash := d0.checkSum()
	return append(in, hash[:sizes[d.kind]]...)
}

func (d *digest) checkSum() [Size]byte {
	// Padding: a 1 bit, 0 bits up to 112 bytes mod 128, then the length in bits as a 128-bit
	// big-endian number (whose upper half is 0, d.len being a uint64 of bytes).
	n := d.len
	var tmp [128 + 16]byte
	tmp[0] = 0x80
	var t uint64
	if n%128 < 112 {
		t = 112 - n%128
	} else {
		t = 128 + 112 - n%128
	}
	n <<= 3
	for i := uint64(0); i < 8; i++ {
		tmp[t+8+i] = byte(n >> (56 - 8*i))
	}
	d.Write(tmp[:t+16])
	if d.nx != 0 {
		panic("d.nx != 0")
	}
	var digest [Size]byte
	for i, s := range d.h {
		for j := 0; j < 8; j++ {
			digest[i*8+j] = byte(s >> (56 - 8*j))
		}
	}
	return digest
}

func sum(kind int, data []byte) [Size]byte {
	d := digest{kind: kind}
	d.Reset()
	d.Write(data)
	return d.checkSum()
}

// Sum512 returns the SHA512 checksum of the data.
func Sum512(data []byte) [Size]byte { return sum(kind512, data) }

// Sum384 returns the SHA384 checksum of the data.
func Sum384(data []byte) [Size384]byte {
	s := sum(kind384, data)
	var out [Size384]byte
	copy(out[:], s[:])
	return out
}

// Sum512_224 returns the Sum512/224 checksum of the data.
func Sum512_224(data []byte) [Size224]byte {
	s := sum(kind512_224, data)
	var out [Size224]byte
	copy(out[:], s[:])
	return out
}

// Sum512_256 returns the Sum512/256 checksum of the data.
func Sum512_256(data []byte) [Size256]byte {
	s := sum(kind512_256, data)
	var out [Size256]byte
	copy(out[:], s[:])
	return out
}
