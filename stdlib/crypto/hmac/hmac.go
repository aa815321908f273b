// Package hmac implements the Keyed-Hash Message Authentication Code (HMAC) as defined in U.S.
// Federal Information Processing Standards Publication 198 (Go 1.19's crypto/hmac: New,
// Equal).
//
// Simplification vs real Go: Reset and Sum always rewrite the padded key into the hashes; Go
// saves and restores their marshaled state when the hash can marshal itself. The MACs are the
// same.
package hmac

import "hash"

// hmac computes H((key ^ opad) || H((key ^ ipad) || message)).
type hmac struct {
	opad, ipad   []byte
	outer, inner hash.Hash
}

func (h *hmac) Sum(in []byte) []byte {
	n := len(in)
	in = h.inner.Sum(in)
	h.outer.Reset()
	h.outer.Write(h.opad)
	h.outer.Write(in[n:])
	return h.outer.Sum(in[:n])
}

func (h *hmac) Write(p []byte) (n int, err error) {
	return h.inner.Write(p)
}

func (h *hmac) Size() int      { return h.outer.Size() }
func (h *hmac) BlockSize() int { return h.inner.BlockSize() }

func (h *hmac) Reset() {
	h.inner.Reset()
	h.inner.Write(h.ipad)
}

// New returns a new HMAC hash using the given hash.Hash type and key. New functions like
// sha256.New can be used as h. h must return a new Hash every time it is called.
func New(h func() hash.Hash, key []byte) hash.Hash {
	hm := new(hmac)
	hm.outer = h()
	hm.inner = h()
	if same(hm.outer, hm.inner) {
		panic("crypto/hmac: hash generation function does not produce unique values")
	}
	blocksize := hm.inner.BlockSize()
	hm.ipad = make([]byte, blocksize)
	hm.opad = make([]byte, blocksize)
	if len(key) > blocksize {
		// A key longer than a block is replaced by its hash.
		hm.outer.Write(key)
		key = hm.outer.Sum(nil)
	}
	copy(hm.ipad, key)
	copy(hm.opad, key)
	for i := range hm.ipad {
		hm.ipad[i] ^= 0x36
	}
	for i := range hm.opad {
		hm.opad[i] ^= 0x5c
	}
	hm.inner.Write(hm.ipad)
	return hm
}

// same reports whether a and b are one value; hashes of an uncomparable type are distinct.
func same(a, b hash.Hash) (eq bool) {
	defer func() {
		if recover() != nil {
			eq = false
		}
	}()
	return a == b
}

// Equal compares two MACs for equality without leaking timing information.
func Equal(mac1, mac2 []byte) bool {
	if len(mac1) != len(mac2) {
		return false
	}
	var v byte
	for i := range mac1 {
		v |= mac1[i] ^ mac2[i]
	}
	return v == 0
}
