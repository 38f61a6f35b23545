package fmath

import "math"

// Exp constants (exactly representable float32; bits checked by a test).
const (
	// expOverflow = 0x42b17218 = 0x1.62e43p+06 ~ 88.72283936: the smallest
	// float32 whose exponential rounds to +Inf. Exp(x) = +Inf for x >= it.
	expOverflow float32 = 0x1.62e43p+06
	// expUnderflow = 0xc2cff1b5 = -0x1.9fe36ap+06 ~ -103.972084: the largest
	// float32 whose exponential rounds to +0 (e^x < 2^-150). Exp(x) = +0 for
	// x <= it.
	expUnderflow float32 = -0x1.9fe36ap+06
	// log2e = 0x3fb8aa3b = 0x1.715476p+00: log2(e) rounded to float32.
	log2e float32 = 0x1.715476p+00
	// roundMagic = 0x4b400000 = 0x1.8p+23 = 1.5*2^23. For |v| < 2^22,
	// (v + roundMagic) - roundMagic is v rounded to the nearest integer,
	// ties to even, and the low bits of v + roundMagic hold that integer.
	roundMagic float32 = 0x1.8p+23
	// Polynomial e^r ~ 1 + r + r^2*(1/2 + r*(expC3 + r*(expC4 + r*(expC5 +
	// r*expC6)))), a minimax fit of the relative error (about 4.3e-9 before
	// rounding) on |r| <= ln2/2 with the first three coefficients fixed.
	expC3 float32 = 0x1.555466p-03 // 0x3e2aaa33 ~ 0.16666488
	expC4 float32 = 0x1.5553p-05   // 0x3d2aa980 ~ 0.041665554
	expC5 float32 = 0x1.125792p-07 // 0x3c092bc9 ~ 0.0083722556
	expC6 float32 = 0x1.6fee8cp-10 // 0x3ab7f746 ~ 0.0014035485
	// two64 = 0x5f800000 = 2^64 and twoM64 = 0x1f800000 = 2^-64, the second
	// step of the two-step scaling.
	two64  float32 = 0x1p+64
	twoM64 float32 = 0x1p-64
)

// Exp returns e**x in float32. Every operation below is one IEEE binary32
// operation rounded to nearest even; "fl(a op b)" is written float32(a op b)
// in the code where it could otherwise be fused.
//
// Specification (this is the normative algorithm; the Solidity port follows
// it step by step):
//
//  1. Special cases, decided by comparisons only:
//     x is NaN -> CanonicalNaN; x >= expOverflow (0x42b17218, including +Inf)
//     -> +Inf (0x7f800000); x <= expUnderflow (0xc2cff1b5, including -Inf)
//     -> +0 (0x00000000). Otherwise expUnderflow < x < expOverflow.
//  2. Argument reduction: t = fl(x*log2e) + roundMagic (two roundings:
//     product, then sum); n = int32(bits(t)) - 0x4b400000 (an integer in
//     [-150, 128]); kf = t - roundMagic (exact, equals float32(n)).
//  3. Cody-Waite: hi = x - fl(kf*ln2Hi) (the product is exact because ln2Hi
//     has 15 significant bits and |n| < 2^9, and the difference is exact
//     because x and n*ln2Hi are close); lo = fl(kf*ln2Lo); r = hi - lo.
//     |r| <= ~0.347. (Remarks on exactness only explain the accuracy; the
//     result is defined by the rounded operations as written.)
//  4. Polynomial, Horner order: q = fl(r*expC6); q = expC5 + q;
//     q = fl(r*q); q = expC4 + q; q = fl(r*q); q = expC3 + q;
//     q = fl(r*q); q = 0.5 + q; r2 = fl(r*r); u = fl(r2*q).
//     Then 1 + r + u is summed with the rounding errors of step 3's r and
//     of 1 + r carried along (Fast2Sum style, no products involved):
//     rc = (hi - r) - lo; p0 = 1 + r; e = (1 - p0) + r;
//     p = p0 + ((e + rc) + u). (p is in [0.70, 1.42].)
//  5. Scale by 2^n with a single rounding:
//     if -126 <= n <= 127: result = fl(p * 2^n) where 2^n is built from its
//     bits ((n+127) << 23); this single multiply is the only rounding (it
//     is exact unless n = -126 and p < 1, where the result is subnormal;
//     it cannot overflow).
//     if n > 127 (only n = 128): result = fl(fl(p * 2^(n-64)) * 2^64).
//     if n < -126: result = fl(fl(p * 2^(n+64)) * 2^-64).
//     In the two-step cases the first product is exact (it stays a normal
//     number), so the only rounding is the final IEEE multiply, which rounds
//     correctly into the subnormal range (or to +Inf/MaxFloat32).
//
// Special values: Exp(±0) = 1, Exp(+Inf) = +Inf, Exp(-Inf) = +0,
// Exp(NaN) = CanonicalNaN. Accuracy, measured on all 2^32 inputs against
// binary64 math.Exp: max error 0.789 ulp, never more than 1 ulp from the
// correctly rounded result, and monotone (non-decreasing).
func Exp(x float32) float32 {
	if !(x > expUnderflow && x < expOverflow) {
		return expSpecial(x)
	}
	t := float32(x*log2e) + roundMagic
	n := int32(math.Float32bits(t)) - 0x4b400000
	kf := t - roundMagic
	hi := x - float32(kf*ln2Hi)
	lo := float32(kf * ln2Lo)
	r := hi - lo
	q := expC5 + float32(r*expC6)
	q = expC4 + float32(r*q)
	q = expC3 + float32(r*q)
	q = 0.5 + float32(r*q)
	u := float32(float32(r*r) * q)
	rc := (hi - r) - lo
	p0 := 1 + r
	e := (1 - p0) + r
	p := p0 + ((e + rc) + u)
	if uint32(n+126) <= 253 {
		return float32(p * math.Float32frombits(uint32(n+127)<<23))
	}
	return expScale(p, n)
}

// expScale computes p*2^n for n outside [-126, 127] with one rounding (step 5).
func expScale(p float32, n int32) float32 {
	if n > 0 {
		return float32(float32(p*math.Float32frombits(uint32(n-64+127)<<23)) * two64)
	}
	return float32(float32(p*math.Float32frombits(uint32(n+64+127)<<23)) * twoM64)
}

// expSpecial handles step 1 for x outside (expUnderflow, expOverflow).
func expSpecial(x float32) float32 {
	if x != x {
		return NaN()
	}
	if x >= expOverflow {
		return math.Float32frombits(0x7f800000)
	}
	return 0
}
