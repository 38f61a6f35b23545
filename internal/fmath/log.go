package fmath

import "math"

// Log constants (exactly representable float32; bits checked by a test).
const (
	// two25 = 0x4c000000 = 2^25, used to normalise subnormal inputs.
	two25 float32 = 0x1p+25
	// Minimax coefficients of (log(1+s)-log(1-s))/s ~ 2 + Lg1*s^2 + Lg2*s^4 +
	// Lg3*s^6 + Lg4*s^8 on the reduced range (those of FreeBSD's e_logf.c,
	// error < 2^-34.24).
	logLg1 float32 = 0x1.555554p-01 // 0x3f2aaaaa ~ 0.66666662693
	logLg2 float32 = 0x1.999c26p-02 // 0x3eccce13 ~ 0.40000972152
	logLg3 float32 = 0x1.23d3dcp-02 // 0x3e91e9ee ~ 0.28498786688
	logLg4 float32 = 0x1.f13c4cp-03 // 0x3e789e26 ~ 0.24279078841
)

// Log returns the natural logarithm of x in float32. Every operation below
// is one IEEE binary32 operation rounded to nearest even.
//
// Specification (normative; the Solidity port follows it step by step):
//
//  1. Let ix = bits(x). Special cases:
//     x is NaN -> CanonicalNaN; x = ±0 -> -Inf (0xff800000);
//     x < 0 (including -Inf) -> CanonicalNaN; x = +Inf -> +Inf (0x7f800000).
//     x positive subnormal (ix < 0x00800000): x = fl(x*two25) (exact),
//     ix = bits(x), k = -25. Otherwise k = 0.
//  2. Decompose: k = k + (ix >> 23) - 127; mant = ix & 0x007fffff;
//     i = (mant + 0x4afb20) & 0x00800000 (i != 0 iff the significand
//     1.mant >= 1 + 0x3504e0/2^23 ~ 1.4142113);
//     m = float32frombits(mant | (i ^ 0x3f800000)) (the significand in
//     [1, ~1.4142) or half of it in [~0.7071, 1)); k = k + (i >> 23).
//     Then x = m * 2^k exactly, with m in [~0.7071, ~1.4142).
//  3. f = m - 1 (exact); s = f / (2 + f) (two roundings: sum, quotient);
//     dk = float32(k) (exact); z = fl(s*s); w = fl(z*z);
//     t1 = fl(w * (logLg2 + fl(w*logLg4)));
//     t2 = fl(z * (logLg1 + fl(w*logLg3)));
//     R = t2 + t1.
//  4. If 0x30a3d0 <= mant <= 0x35c288 (the original significand is in about
//     [1.38, 1.42]):
//     hfsq = fl(fl(0.5*f) * f);
//     result = fl(dk*ln2Hi) - ((hfsq - (fl(s*(hfsq+R)) + fl(dk*ln2Lo))) - f)
//     otherwise:
//     result = fl(dk*ln2Hi) - ((fl(s*(f-R)) - fl(dk*ln2Lo)) - f)
//     evaluated in the order the parentheses give, each + - * rounded.
//     (fl(dk*ln2Hi) is exact because |k| <= 149 < 2^9.)
//
// Special values: Log(1) = +0, Log(±0) = -Inf, Log(+Inf) = +Inf,
// Log(x < 0) = Log(NaN) = CanonicalNaN. Accuracy, measured on all 2^32
// inputs against binary64 math.Log: max error 0.888 ulp, never more than
// 1 ulp from the correctly rounded result, and monotone (non-decreasing).
func Log(x float32) float32 {
	ix := math.Float32bits(x)
	k := int32(0)
	if ix-0x00800000 >= 0x7f000000 { // not a positive normal finite number
		if ix&0x7fffffff == 0 {
			return math.Float32frombits(0xff800000)
		}
		if ix >= 0x7f800000 { // NaN (either sign), +Inf, or negative
			if ix == 0x7f800000 {
				return x
			}
			return NaN()
		}
		x = float32(x * two25)
		ix = math.Float32bits(x)
		k = -25
	}
	k += int32(ix>>23) - 127
	mant := ix & 0x007fffff
	i := (mant + 0x4afb20) & 0x00800000
	m := math.Float32frombits(mant | (i ^ 0x3f800000))
	k += int32(i >> 23)
	f := m - 1
	s := f / (2 + f)
	dk := float32(k)
	z := float32(s * s)
	w := float32(z * z)
	t1 := float32(w * (logLg2 + float32(w*logLg4)))
	t2 := float32(z * (logLg1 + float32(w*logLg3)))
	R := t2 + t1
	if mant-0x30a3d0 <= 0x35c288-0x30a3d0 {
		hfsq := float32(float32(0.5*f) * f)
		return float32(dk*ln2Hi) - ((hfsq - (float32(s*(hfsq+R)) + float32(dk*ln2Lo))) - f)
	}
	return float32(dk*ln2Hi) - ((float32(s*(f-R)) - float32(dk*ln2Lo)) - f)
}
