// Package data owns datasets, the keyed permutation sampler and (later) dataset commitments.
//
// Everything that decides which sample a batch row holds is specified bit for bit in
// docs/sampler.md and pinned by golden vectors in the tests: the Solidity adjudicator must compute
// the same index from (N, Batch, Seed, step, row) with unchecked uint64 arithmetic.
package data

import (
	"errors"
	"fmt"
	"math/bits"
)

// Constants of the keyed permutation. They are part of the protocol: changing any of them changes
// every batch of every job (the golden-vector tests fail on purpose).
const (
	// SplitMixGamma is added to the input before mixing (the splitmix64 state increment,
	// 2^64 / golden ratio, rounded to odd).
	SplitMixGamma uint64 = 0x9e3779b97f4a7c15
	// SplitMixMul1 and SplitMixMul2 are the multipliers of the splitmix64 finaliser
	// (Stafford's "Mix13").
	SplitMixMul1 uint64 = 0xbf58476d1ce4e5b9
	SplitMixMul2 uint64 = 0x94d049bb133111eb
	// FeistelRoundMul separates the rounds: round r mixes key ^ (r * FeistelRoundMul) ^ x.
	FeistelRoundMul uint64 = 0xd1b54a32d192ed03
	// FeistelRounds is the number of Feistel rounds applied per encryption (rounds 0..7).
	FeistelRounds = 8
)

// SplitMix64 returns the output of a splitmix64 generator whose state is x before the call:
//
//	z = x + 0x9e3779b97f4a7c15
//	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
//	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
//	return z ^ (z >> 31)
//
// All arithmetic wraps modulo 2^64. SplitMix64(0) = 0xe220a8397b1dcdaf, the first output of the
// reference splitmix64 seeded with 0.
func SplitMix64(x uint64) uint64 {
	z := x + SplitMixGamma
	z = (z ^ (z >> 30)) * SplitMixMul1
	z = (z ^ (z >> 27)) * SplitMixMul2
	return z ^ (z >> 31)
}

// Derive derives a 64-bit key from a seed, a domain-separating label and an index:
//
//	h = SplitMix64(seed)
//	for each byte b of label: h = SplitMix64(h ^ b)
//	h = SplitMix64(h ^ len(label))
//	return SplitMix64(h ^ i)
//
// It is a mixing function, not a cryptographic PRF: it only has to make unrelated streams
// (epochs, shards) look independent, and it is cheap to recompute on-chain.
func Derive(seed uint64, label string, i uint64) uint64 {
	h := SplitMix64(seed)
	for k := 0; k < len(label); k++ {
		h = SplitMix64(h ^ uint64(label[k]))
	}
	h = SplitMix64(h ^ uint64(len(label)))
	return SplitMix64(h ^ i)
}

// Permutation is a keyed pseudorandom permutation of [0, n), evaluable at a single position in
// O(1) expected time. It is a balanced Feistel network over 2h bits, where 2h is the smallest
// even bit count with 2^(2h) >= n (at least 2), with cycle walking: the network is re-applied
// until the value falls below n. Since 2^(2h) < 4n, the expected number of network applications
// per call is below 4.
//
// One network application on x (2h bits) with halves L = x >> h, R = x & (2^h - 1):
//
//	for r = 0 .. 7: L, R = R, L ^ F(r, R)
//	result = L << h | R
//	F(r, v) = SplitMix64(key ^ (r * 0xd1b54a32d192ed03) ^ v) & (2^h - 1)
//
// The zero value is not usable; build one with NewPermutation. A Permutation is an immutable
// value and safe for concurrent use.
type Permutation struct {
	n    uint64
	key  uint64
	h    uint   // half width in bits, 1..32
	mask uint64 // 2^h - 1
}

// ErrEmptyPermutation is returned by NewPermutation for n = 0.
var ErrEmptyPermutation = errors.New("data: permutation of an empty domain (n = 0)")

// NewPermutation returns the keyed permutation of [0, n). n must be at least 1.
func NewPermutation(n uint64, key uint64) (Permutation, error) {
	if n == 0 {
		return Permutation{}, ErrEmptyPermutation
	}
	return newPermutation(n, key), nil
}

// newPermutation is NewPermutation for n >= 1 (checked by the caller).
func newPermutation(n uint64, key uint64) Permutation {
	b := uint(bits.Len64(n - 1)) // bits needed for the largest value n-1
	h := (b + 1) / 2
	if h == 0 {
		h = 1
	}
	return Permutation{n: n, key: key, h: h, mask: uint64(1)<<h - 1}
}

// N returns the size of the domain.
func (p Permutation) N() uint64 { return p.n }

// Key returns the key.
func (p Permutation) Key() uint64 { return p.key }

// HalfBits returns h, the width of one Feistel half; the network permutes [0, 2^(2h)).
func (p Permutation) HalfBits() uint { return p.h }

// round is the Feistel round function F(r, v).
func (p Permutation) round(r int, v uint64) uint64 {
	return SplitMix64(p.key^(uint64(r)*FeistelRoundMul)^v) & p.mask
}

// encrypt applies the Feistel network once to x < 2^(2h).
func (p Permutation) encrypt(x uint64) uint64 {
	l, r := x>>p.h, x&p.mask
	for i := 0; i < FeistelRounds; i++ {
		l, r = r, l^p.round(i, r)
	}
	return l<<p.h | r
}

// decrypt inverts encrypt.
func (p Permutation) decrypt(x uint64) uint64 {
	l, r := x>>p.h, x&p.mask
	for i := FeistelRounds - 1; i >= 0; i-- {
		l, r = r^p.round(i, l), l
	}
	return l<<p.h | r
}

// At returns the image of position i. It panics if i >= N() (an index out of range, like a
// slice access) or if p is the zero Permutation.
func (p Permutation) At(i uint64) uint64 {
	if i >= p.n {
		panic(fmt.Sprintf("data: Permutation.At(%d) out of range [0, %d)", i, p.n))
	}
	x := p.encrypt(i)
	for x >= p.n {
		x = p.encrypt(x)
	}
	return x
}

// Inverse returns the position i with At(i) = j. It panics if j >= N().
func (p Permutation) Inverse(j uint64) uint64 {
	if j >= p.n {
		panic(fmt.Sprintf("data: Permutation.Inverse(%d) out of range [0, %d)", j, p.n))
	}
	x := p.decrypt(j)
	for x >= p.n {
		x = p.decrypt(x)
	}
	return x
}
