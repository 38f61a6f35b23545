//go:build amd64 && !purego

#include "textflag.h"

// AVX2 elementwise kernels (see elem_amd64.go). Each computes exactly the bits of the scalar loop
// of elemTask.run (kernels.go) and fmath.Exp/Log/Sqrt: every arithmetic step is the same single
// IEEE binary32 operation, rounded to nearest even, that the Go code performs, 8 lanes at a time.
// There is deliberately no fused multiply-add instruction in this file (elem_test.go greps it).
// MXCSR is not touched: subnormal operands and results are kept (Go runs without FTZ/DAZ).
//
// Operand order (Go assembler): "VSUBPS y, x, z" is z = x - y, "VCMPPS $p, y, x, m" compares
// x p y, "VBLENDVPS m, y, x, z" is z = m ? y : x (per lane, by the sign bit of m), and
// "VPANDN y, x, z" is z = ~x & y.
//
// Every kernel takes n, a multiple of 8 (possibly 0). The output may be the same buffer as an
// input: each block of lanes is loaded before it is stored.
//
// VCMPPS predicates used: 0 EQ_OQ, 3 UNORD_Q, 4 NEQ_UQ, 0x11 LT_OQ, 0x1D GE_OQ, 0x1E GT_OQ.

// VCONST defines a 32-byte constant: the 32-bit pattern v (given twice, as a 64-bit value)
// repeated 8 times.
#define VCONST(name, v) \
	DATA name<>+0(SB)/8, $v; \
	DATA name<>+8(SB)/8, $v; \
	DATA name<>+16(SB)/8, $v; \
	DATA name<>+24(SB)/8, $v; \
	GLOBL name<>(SB), RODATA|NOPTR, $32

VCONST(elemNaN, 0x7fc000007fc00000)     // the canonical NaN
VCONST(elemInf, 0x7f8000007f800000)     // +Inf
VCONST(elemNegInf, 0xff800000ff800000)  // -Inf
VCONST(elemOne, 0x3f8000003f800000)     // 1.0
VCONST(elemTwo, 0x4000000040000000)     // 2.0
VCONST(elemHalf, 0x3f0000003f000000)    // 0.5
VCONST(elemSign, 0x8000000080000000)    // the sign bit
VCONST(elemLn2Hi, 0x3f3172003f317200)   // fmath ln2Hi
VCONST(elemLn2Lo, 0x35bfbe8e35bfbe8e)   // fmath ln2Lo

// fmath.Exp constants
VCONST(expOverflow, 0x42b1721842b17218)
VCONST(expUnderflow, 0xc2cff1b5c2cff1b5)
VCONST(expLog2e, 0x3fb8aa3b3fb8aa3b)
VCONST(expRoundMagic, 0x4b4000004b400000) // also the integer 0x4b400000
VCONST(expC3, 0x3e2aaa333e2aaa33)
VCONST(expC4, 0x3d2aa9803d2aa980)
VCONST(expC5, 0x3c092bc93c092bc9)
VCONST(expC6, 0x3ab7f7463ab7f746)
VCONST(expI127, 0x0000007f0000007f)     // int32 127
VCONST(expIM127, 0xffffff81ffffff81)    // int32 -127
VCONST(expI64, 0x0000004000000040)      // int32 64
VCONST(expIM64, 0xffffffc0ffffffc0)     // int32 -64

// fmath.Log constants
VCONST(logTwo25, 0x4c0000004c000000)    // 2^25
VCONST(logLg1, 0x3f2aaaaa3f2aaaaa)
VCONST(logLg2, 0x3eccce133eccce13)
VCONST(logLg3, 0x3e91e9ee3e91e9ee)
VCONST(logLg4, 0x3e789e263e789e26)
VCONST(logIM25, 0xffffffe7ffffffe7)     // int32 -25
VCONST(logI127, 0x0000007f0000007f)     // int32 127
VCONST(logMant, 0x007fffff007fffff)     // significand mask; also the largest subnormal
VCONST(logMaxNorm, 0x7f7fffff7f7fffff)  // the largest finite float32
VCONST(logAdd, 0x004afb20004afb20)
VCONST(logBit23, 0x0080000000800000)
VCONST(logOneBits, 0x3f8000003f800000)
VCONST(logLoMant, 0x0030a3cf0030a3cf)   // 0x30a3d0 - 1
VCONST(logHiMant, 0x0035c2880035c288)

// ---------------------------------------------------------------------------------------------
// Binary arithmetic: o = canon(a OP b).

// ARITH computes one block of 8 at byte offset off: r = a OP b, NaN lanes replaced by the
// canonical NaN in Y15 (t is scratch).
#define ARITH(OP, off, r, t) \
	VMOVUPS   off(SI), r; \
	OP        off(DX), r, r; \
	VCMPPS    $3, r, r, t; \
	VBLENDVPS t, Y15, r, r; \
	VMOVUPS   r, off(DI)

// ARITHFUNC is the body of a binary arithmetic kernel (o, a, b *float32, n int): 32 elements per
// iteration, then 8.
#define ARITHFUNC(OP) \
	MOVQ o+0(FP), DI; \
	MOVQ a+8(FP), SI; \
	MOVQ b+16(FP), DX; \
	MOVQ n+24(FP), CX; \
	VMOVUPS elemNaN<>(SB), Y15; \
	CMPQ CX, $32; \
	JLT  tail; \
loop4: \
	ARITH(OP, 0, Y0, Y1); \
	ARITH(OP, 32, Y2, Y3); \
	ARITH(OP, 64, Y4, Y5); \
	ARITH(OP, 96, Y6, Y7); \
	ADDQ $128, SI; \
	ADDQ $128, DX; \
	ADDQ $128, DI; \
	SUBQ $32, CX; \
	CMPQ CX, $32; \
	JGE  loop4; \
tail: \
	TESTQ CX, CX; \
	JZ    done; \
loop1: \
	ARITH(OP, 0, Y0, Y1); \
	ADDQ $32, SI; \
	ADDQ $32, DX; \
	ADDQ $32, DI; \
	SUBQ $8, CX; \
	JNZ  loop1; \
done: \
	VZEROUPPER; \
	RET

// func elemAddAVX2(o, a, b *float32, n int)
TEXT ·elemAddAVX2(SB), NOSPLIT, $0-32
	ARITHFUNC(VADDPS)

// func elemSubAVX2(o, a, b *float32, n int)
TEXT ·elemSubAVX2(SB), NOSPLIT, $0-32
	ARITHFUNC(VSUBPS)

// func elemMulAVX2(o, a, b *float32, n int)
TEXT ·elemMulAVX2(SB), NOSPLIT, $0-32
	ARITHFUNC(VMULPS)

// func elemDivAVX2(o, a, b *float32, n int)
TEXT ·elemDivAVX2(SB), NOSPLIT, $0-32
	ARITHFUNC(VDIVPS)

// ---------------------------------------------------------------------------------------------
// max: the canonical NaN if a or b is NaN, else a if a > b, else b (max2).

// MAX computes one block at byte offset off (x, y, m are scratch).
#define MAX(off, x, y, m) \
	VMOVUPS   off(SI), x; \
	VMOVUPS   off(DX), y; \
	VCMPPS    $0x1E, y, x, m; \
	VBLENDVPS m, x, y, y; \
	VCMPPS    $3, off(DX), x, m; \
	VBLENDVPS m, Y15, y, y; \
	VMOVUPS   y, off(DI)

// func elemMaxAVX2(o, a, b *float32, n int)
TEXT ·elemMaxAVX2(SB), NOSPLIT, $0-32
	MOVQ    o+0(FP), DI
	MOVQ    a+8(FP), SI
	MOVQ    b+16(FP), DX
	MOVQ    n+24(FP), CX
	VMOVUPS elemNaN<>(SB), Y15
	CMPQ    CX, $32
	JLT     tail

loop4:
	MAX(0, Y0, Y1, Y2)
	MAX(32, Y3, Y4, Y5)
	MAX(64, Y6, Y7, Y8)
	MAX(96, Y9, Y10, Y11)
	ADDQ $128, SI
	ADDQ $128, DX
	ADDQ $128, DI
	SUBQ $32, CX
	CMPQ CX, $32
	JGE  loop4

tail:
	TESTQ CX, CX
	JZ    done

loop1:
	MAX(0, Y0, Y1, Y2)
	ADDQ $32, SI
	ADDQ $32, DX
	ADDQ $32, DI
	SUBQ $8, CX
	JNZ  loop1

done:
	VZEROUPPER
	RET

// ---------------------------------------------------------------------------------------------
// gt: 1.0 where a > b (ordered), else +0.

#define GT(off, x) \
	VMOVUPS off(SI), x; \
	VCMPPS  $0x1E, off(DX), x, x; \
	VANDPS  Y15, x, x; \
	VMOVUPS x, off(DI)

// func elemGTAVX2(o, a, b *float32, n int)
TEXT ·elemGTAVX2(SB), NOSPLIT, $0-32
	MOVQ    o+0(FP), DI
	MOVQ    a+8(FP), SI
	MOVQ    b+16(FP), DX
	MOVQ    n+24(FP), CX
	VMOVUPS elemOne<>(SB), Y15
	CMPQ    CX, $32
	JLT     tail

loop4:
	GT(0, Y0)
	GT(32, Y1)
	GT(64, Y2)
	GT(96, Y3)
	ADDQ $128, SI
	ADDQ $128, DX
	ADDQ $128, DI
	SUBQ $32, CX
	CMPQ CX, $32
	JGE  loop4

tail:
	TESTQ CX, CX
	JZ    done

loop1:
	GT(0, Y0)
	ADDQ $32, SI
	ADDQ $32, DX
	ADDQ $32, DI
	SUBQ $8, CX
	JNZ  loop1

done:
	VZEROUPPER
	RET

// ---------------------------------------------------------------------------------------------
// where: x where cond != 0 (NaN counts as non-zero, -0 as zero), else y; bits copied unchanged.

#define WHERE(off, m, r) \
	VMOVUPS   off(SI), m; \
	VCMPPS    $4, Y15, m, m; \
	VMOVUPS   off(R8), r; \
	VBLENDVPS m, off(DX), r, r; \
	VMOVUPS   r, off(DI)

// func elemWhereAVX2(o, cond, x, y *float32, n int)
TEXT ·elemWhereAVX2(SB), NOSPLIT, $0-40
	MOVQ   o+0(FP), DI
	MOVQ   cond+8(FP), SI
	MOVQ   x+16(FP), DX
	MOVQ   y+24(FP), R8
	MOVQ   n+32(FP), CX
	VXORPS Y15, Y15, Y15
	CMPQ   CX, $32
	JLT    tail

loop4:
	WHERE(0, Y0, Y1)
	WHERE(32, Y2, Y3)
	WHERE(64, Y4, Y5)
	WHERE(96, Y6, Y7)
	ADDQ $128, SI
	ADDQ $128, DX
	ADDQ $128, R8
	ADDQ $128, DI
	SUBQ $32, CX
	CMPQ CX, $32
	JGE  loop4

tail:
	TESTQ CX, CX
	JZ    done

loop1:
	WHERE(0, Y0, Y1)
	ADDQ $32, SI
	ADDQ $32, DX
	ADDQ $32, R8
	ADDQ $32, DI
	SUBQ $8, CX
	JNZ  loop1

done:
	VZEROUPPER
	RET

// ---------------------------------------------------------------------------------------------
// neg: canon(-a), the sign bit flipped (Y14), then NaN lanes canonicalised (Y15).

#define NEG(off, r, t) \
	VXORPS    off(SI), Y14, r; \
	VCMPPS    $3, r, r, t; \
	VBLENDVPS t, Y15, r, r; \
	VMOVUPS   r, off(DI)

// func elemNegAVX2(o, a *float32, n int)
TEXT ·elemNegAVX2(SB), NOSPLIT, $0-24
	MOVQ    o+0(FP), DI
	MOVQ    a+8(FP), SI
	MOVQ    n+16(FP), CX
	VMOVUPS elemNaN<>(SB), Y15
	VMOVUPS elemSign<>(SB), Y14
	CMPQ    CX, $32
	JLT     tail

loop4:
	NEG(0, Y0, Y1)
	NEG(32, Y2, Y3)
	NEG(64, Y4, Y5)
	NEG(96, Y6, Y7)
	ADDQ $128, SI
	ADDQ $128, DI
	SUBQ $32, CX
	CMPQ CX, $32
	JGE  loop4

tail:
	TESTQ CX, CX
	JZ    done

loop1:
	NEG(0, Y0, Y1)
	ADDQ $32, SI
	ADDQ $32, DI
	SUBQ $8, CX
	JNZ  loop1

done:
	VZEROUPPER
	RET

// ---------------------------------------------------------------------------------------------
// sqrt: fmath.Sqrt. VSQRTPS is correctly rounded, keeps -0 (sqrt(-0) = -0) and +Inf, and gives
// a NaN for every negative input (including -Inf and negative subnormals) and every NaN: those
// lanes are exactly the ones fmath.Sqrt maps to the canonical NaN.

#define SQRT(off, r, t) \
	VSQRTPS   off(SI), r; \
	VCMPPS    $3, r, r, t; \
	VBLENDVPS t, Y15, r, r; \
	VMOVUPS   r, off(DI)

// func elemSqrtAVX2(o, a *float32, n int)
TEXT ·elemSqrtAVX2(SB), NOSPLIT, $0-24
	MOVQ    o+0(FP), DI
	MOVQ    a+8(FP), SI
	MOVQ    n+16(FP), CX
	VMOVUPS elemNaN<>(SB), Y15
	CMPQ    CX, $32
	JLT     tail

loop4:
	SQRT(0, Y0, Y1)
	SQRT(32, Y2, Y3)
	SQRT(64, Y4, Y5)
	SQRT(96, Y6, Y7)
	ADDQ $128, SI
	ADDQ $128, DI
	SUBQ $32, CX
	CMPQ CX, $32
	JGE  loop4

tail:
	TESTQ CX, CX
	JZ    done

loop1:
	SQRT(0, Y0, Y1)
	ADDQ $32, SI
	ADDQ $32, DI
	SUBQ $8, CX
	JNZ  loop1

done:
	VZEROUPPER
	RET

// ---------------------------------------------------------------------------------------------
// exp: fmath.Exp, step numbers as in its specification (internal/fmath/exp.go).
//
// Steps 2-5 run on every lane; lanes outside (expUnderflow, expOverflow) compute garbage (no
// trap: exceptions are masked) and are replaced by their step-1 value at the end. Step 5 is
// computed as fl(fl(p * 2^(n+adj)) * 2^-adj) with adj = 0 for -126 <= n <= 127, -64 for n > 127
// and +64 for n < -126: for adj = 0 the second product is a multiplication by 1.0, which is
// exact, so every lane gets exactly the single or two-step scaling of fmath.

// func elemExpAVX2(o, a *float32, n int)
TEXT ·elemExpAVX2(SB), NOSPLIT, $0-24
	MOVQ  o+0(FP), DI
	MOVQ  a+8(FP), SI
	MOVQ  n+16(FP), CX
	TESTQ CX, CX
	JZ    done

loop:
	VMOVUPS (SI), Y0                  // x

	// Step 2: t = fl(x*log2e) + roundMagic; n = bits(t) - 0x4b400000; kf = t - roundMagic.
	VMULPS expLog2e<>(SB), Y0, Y1
	VADDPS expRoundMagic<>(SB), Y1, Y1 // t
	VPSUBD expRoundMagic<>(SB), Y1, Y2 // n (int32)
	VSUBPS expRoundMagic<>(SB), Y1, Y1 // kf

	// Step 3: hi = x - fl(kf*ln2Hi); lo = fl(kf*ln2Lo); r = hi - lo.
	VMULPS elemLn2Hi<>(SB), Y1, Y3
	VSUBPS Y3, Y0, Y3                  // hi
	VMULPS elemLn2Lo<>(SB), Y1, Y4     // lo
	VSUBPS Y4, Y3, Y5                  // r

	// Step 4: q = expC5 + fl(r*expC6); q = expC4 + fl(r*q); q = expC3 + fl(r*q);
	// q = 0.5 + fl(r*q); u = fl(fl(r*r)*q).
	VMULPS expC6<>(SB), Y5, Y6
	VADDPS expC5<>(SB), Y6, Y6
	VMULPS Y6, Y5, Y6
	VADDPS expC4<>(SB), Y6, Y6
	VMULPS Y6, Y5, Y6
	VADDPS expC3<>(SB), Y6, Y6
	VMULPS Y6, Y5, Y6
	VADDPS elemHalf<>(SB), Y6, Y6      // q
	VMULPS Y5, Y5, Y7                  // r*r
	VMULPS Y6, Y7, Y7                  // u

	// rc = (hi - r) - lo; p0 = 1 + r; e = (1 - p0) + r; p = p0 + ((e + rc) + u).
	VSUBPS  Y5, Y3, Y8
	VSUBPS  Y4, Y8, Y8                 // rc
	VADDPS  elemOne<>(SB), Y5, Y9      // p0
	VMOVUPS elemOne<>(SB), Y10
	VSUBPS  Y9, Y10, Y10               // 1 - p0
	VADDPS  Y5, Y10, Y10               // e
	VADDPS  Y8, Y10, Y10               // e + rc
	VADDPS  Y7, Y10, Y10               // (e + rc) + u
	VADDPS  Y10, Y9, Y9                // p

	// Step 5: adj = -64 if n > 127, +64 if n < -126 (n <= -127), else 0.
	VPCMPGTD expI127<>(SB), Y2, Y11    // n > 127
	VPCMPGTD expIM127<>(SB), Y2, Y12   // n > -127
	VPANDN   expI64<>(SB), Y12, Y12    // 64 where n <= -127
	VPAND    expIM64<>(SB), Y11, Y11   // -64 where n > 127
	VPOR     Y11, Y12, Y12             // adj
	VPADDD   expI127<>(SB), Y2, Y2
	VPADDD   Y12, Y2, Y2
	VPSLLD   $23, Y2, Y2               // 2^(n+adj)
	VMULPS   Y2, Y9, Y9                // fl(p * 2^(n+adj))
	VMOVDQU  expI127<>(SB), Y11
	VPSUBD   Y12, Y11, Y11
	VPSLLD   $23, Y11, Y11             // 2^-adj
	VMULPS   Y11, Y9, Y9               // result of steps 2-5

	// Step 1: lanes not in (expUnderflow, expOverflow): +Inf if x >= expOverflow, the
	// canonical NaN if x is NaN, else +0.
	VCMPPS    $0x1D, expOverflow<>(SB), Y0, Y10 // x >= expOverflow
	VANDPS    elemInf<>(SB), Y10, Y10
	VCMPPS    $3, Y0, Y0, Y11                   // x is NaN
	VBLENDVPS Y11, elemNaN<>(SB), Y10, Y10      // the special value
	VCMPPS    $0x1E, expUnderflow<>(SB), Y0, Y11 // x > expUnderflow
	VCMPPS    $0x11, expOverflow<>(SB), Y0, Y12  // x < expOverflow
	VANDPS    Y12, Y11, Y11                      // in range
	VBLENDVPS Y11, Y9, Y10, Y9
	VMOVUPS   Y9, (DI)

	ADDQ $32, SI
	ADDQ $32, DI
	SUBQ $8, CX
	JNZ  loop

done:
	VZEROUPPER
	RET

// ---------------------------------------------------------------------------------------------
// log: fmath.Log, step numbers as in its specification (internal/fmath/log.go).
//
// Steps 2-4 run on every lane (positive subnormals first scaled by 2^25 as in step 1); both
// branches of step 4 are computed and blended by the significand test; lanes that are not
// positive finite non-zero numbers get their step-1 value at the end.

// func elemLogAVX2(o, a *float32, n int)
TEXT ·elemLogAVX2(SB), NOSPLIT, $0-24
	MOVQ   o+0(FP), DI
	MOVQ   a+8(FP), SI
	MOVQ   n+16(FP), CX
	VXORPS Y15, Y15, Y15 // 0
	TESTQ  CX, CX
	JZ     done

loop:
	VMOVUPS (SI), Y0                    // x; as int32: ix

	// Step 1, positive subnormals (0 < ix <= 0x7fffff): x = fl(x*2^25), k = -25.
	VPCMPGTD  Y15, Y0, Y1               // ix > 0
	VPCMPGTD  logMant<>(SB), Y0, Y2     // ix > 0x7fffff
	VPANDN    Y1, Y2, Y1                // sub: positive subnormal
	VMULPS    logTwo25<>(SB), Y0, Y3
	VBLENDVPS Y1, Y3, Y0, Y3            // x (scaled), ix = bits
	VPAND     logIM25<>(SB), Y1, Y4     // k = -25 or 0

	// Step 2: k += (ix >> 23) - 127; mant = ix & 0x7fffff; i = (mant + 0x4afb20) & 0x800000;
	// m = frombits(mant | (i ^ 0x3f800000)); k += i >> 23.
	VPSRLD $23, Y3, Y5
	VPADDD Y5, Y4, Y4
	VPSUBD logI127<>(SB), Y4, Y4
	VPAND  logMant<>(SB), Y3, Y5        // mant
	VPADDD logAdd<>(SB), Y5, Y6
	VPAND  logBit23<>(SB), Y6, Y6       // i
	VPXOR  logOneBits<>(SB), Y6, Y7
	VPOR   Y5, Y7, Y7                   // m
	VPSRLD $23, Y6, Y6
	VPADDD Y6, Y4, Y4                   // k

	// Step 3: f = m - 1; s = f / (2 + f); dk = float32(k); z = fl(s*s); w = fl(z*z);
	// t1 = fl(w*(logLg2 + fl(w*logLg4))); t2 = fl(z*(logLg1 + fl(w*logLg3))); R = t2 + t1.
	VSUBPS    elemOne<>(SB), Y7, Y7     // f
	VADDPS    elemTwo<>(SB), Y7, Y8
	VDIVPS    Y8, Y7, Y8                // s
	VCVTDQ2PS Y4, Y4                    // dk
	VMULPS    Y8, Y8, Y9                // z
	VMULPS    Y9, Y9, Y10               // w
	VMULPS    logLg4<>(SB), Y10, Y11
	VADDPS    logLg2<>(SB), Y11, Y11
	VMULPS    Y11, Y10, Y11             // t1
	VMULPS    logLg3<>(SB), Y10, Y12
	VADDPS    logLg1<>(SB), Y12, Y12
	VMULPS    Y12, Y9, Y12              // t2
	VADDPS    Y11, Y12, Y9              // R

	// Step 4. dkHi = fl(dk*ln2Hi), dkLo = fl(dk*ln2Lo).
	VMULPS elemLn2Hi<>(SB), Y4, Y10     // dkHi
	VMULPS elemLn2Lo<>(SB), Y4, Y4      // dkLo

	// otherwise: dkHi - ((fl(s*(f-R)) - dkLo) - f)
	VSUBPS Y9, Y7, Y11
	VMULPS Y11, Y8, Y11
	VSUBPS Y4, Y11, Y11
	VSUBPS Y7, Y11, Y11
	VSUBPS Y11, Y10, Y11

	// if 0x30a3d0 <= mant <= 0x35c288: hfsq = fl(fl(0.5*f)*f);
	// dkHi - ((hfsq - (fl(s*(hfsq+R)) + dkLo)) - f)
	VMULPS elemHalf<>(SB), Y7, Y12
	VMULPS Y7, Y12, Y12                 // hfsq
	VADDPS Y9, Y12, Y13
	VMULPS Y13, Y8, Y13
	VADDPS Y4, Y13, Y13
	VSUBPS Y13, Y12, Y13
	VSUBPS Y7, Y13, Y13
	VSUBPS Y13, Y10, Y13

	VPCMPGTD  logLoMant<>(SB), Y5, Y6   // mant >= 0x30a3d0
	VPCMPGTD  logHiMant<>(SB), Y5, Y2   // mant > 0x35c288
	VPANDN    Y6, Y2, Y6
	VBLENDVPS Y6, Y13, Y11, Y11         // result of steps 2-4

	// Step 1, other lanes: keep the result where x is a positive normal finite number
	// (0x7fffff < ix <= 0x7f7fffff) or positive subnormal; else -Inf for ±0, +Inf for +Inf,
	// the canonical NaN otherwise (NaN, negative).
	VPCMPGTD  logMant<>(SB), Y0, Y2     // ix > 0x7fffff
	VPCMPGTD  logMaxNorm<>(SB), Y0, Y3  // ix > 0x7f7fffff
	VPANDN    Y2, Y3, Y2
	VPOR      Y1, Y2, Y2                // keep
	VMOVUPS   elemNaN<>(SB), Y3
	VPCMPEQD  elemInf<>(SB), Y0, Y6     // x is +Inf
	VBLENDVPS Y6, elemInf<>(SB), Y3, Y3
	VCMPPS    $0, Y15, Y0, Y6           // x == 0 (either sign)
	VBLENDVPS Y6, elemNegInf<>(SB), Y3, Y3
	VBLENDVPS Y2, Y11, Y3, Y11
	VMOVUPS   Y11, (DI)

	ADDQ $32, SI
	ADDQ $32, DI
	SUBQ $8, CX
	JNZ  loop

done:
	VZEROUPPER
	RET
