package fmath

import "math"

// CanonicalNaN is the only NaN bit pattern any function of this package
// returns (quiet NaN, sign bit clear, zero payload).
const CanonicalNaN uint32 = 0x7fc00000

// NaN returns the canonical NaN, bits 0x7fc00000.
func NaN() float32 { return math.Float32frombits(CanonicalNaN) }

// Canon returns the canonical NaN if x is any NaN (any sign, any payload) and
// x itself, bit for bit, otherwise.
func Canon(x float32) float32 {
	if x != x {
		return NaN()
	}
	return x
}

// Sqrt returns the correctly rounded (round to nearest even) square root of x.
//
// Sqrt(+0) = +0, Sqrt(-0) = -0, Sqrt(+Inf) = +Inf, and Sqrt(x) is the
// canonical NaN for x < 0 (including -Inf) and for any NaN. Subnormal inputs
// are handled exactly. The binary64 square root of a float32 rounded to
// float32 is the correctly rounded float32 square root (no double-rounding
// error is possible since 53 >= 2*24+2), so every IEEE-754 platform agrees;
// the Solidity port must implement the correctly rounded binary32 sqrt.
func Sqrt(x float32) float32 {
	if x >= 0 { // false for NaN and x < 0; true for -0 (sqrt(-0) = -0)
		return float32(math.Sqrt(float64(x)))
	}
	return NaN()
}

// Shared constants (exactly representable float32; bits checked by a test).
const (
	// ln2Hi = 0x3f317200 = 0x1.62e4p-01 = 0.693145751953125: the leading
	// 15 significant bits of ln 2, so ln2Hi*k is exact for |k| < 2^9.
	ln2Hi float32 = 0x1.62e4p-01
	// ln2Lo = 0x35bfbe8e = 0x1.7f7d1cp-20 ~ 1.4286068e-06: ln 2 - ln2Hi
	// rounded to float32.
	ln2Lo float32 = 0x1.7f7d1cp-20
)
