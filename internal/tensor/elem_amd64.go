//go:build amd64 && !purego

package tensor

import (
	"unsafe"

	"golang.org/x/sys/cpu"
)

// AVX2 path of the elementwise kernels (elem_amd64.s). Each kernel computes exactly the bits of
// the scalar loop in elemTask.run, 8 lanes per instruction:
//
//   - add sub mul div: one VADDPS/VSUBPS/VMULPS/VDIVPS (IEEE binary32, round to nearest even,
//     MXCSR untouched so subnormals are kept), then NaN lanes are replaced by the canonical NaN;
//   - max: a where a > b (ordered compare), else b; the canonical NaN where either is NaN
//     (compare + blend, not VMAXPS, whose result for equal or NaN operands differs);
//   - gt: 1.0 where a > b (ordered: 0 for NaN), else +0;
//   - where: a where c != 0 (unordered-or-not-equal, so NaN counts as non-zero), else b, bits
//     copied unchanged;
//   - neg: sign bit flipped, then NaN canonicalised;
//   - sqrt: VSQRTPS (correctly rounded, sqrt(-0) = -0), then NaN canonicalised (negative inputs
//     give a NaN), which is exactly fmath.Sqrt;
//   - exp, log: fmath.Exp and fmath.Log step by step, every float32 operation of their
//     specification as the same single rounded vector operation, both branches of a data
//     dependent choice computed and blended by lane masks, special-case lanes fixed by masks.
//
// There is no fused multiply-add in the assembly (elem_test.go greps it). Whole groups of 8
// elements run in assembly; the last len%8 elements go through the same kernel on a zero padded
// copy on the stack, so no element is ever computed by different code.

// elemSIMDAvailable reports whether this machine can run the assembly kernels.
var elemSIMDAvailable = cpu.X86.HasAVX2 && cpu.X86.HasAVX

// elemUseSIMD selects the assembly kernels when available (tests switch it off to run the scalar
// loops; both produce the same bits).
var elemUseSIMD = elemSIMDAvailable

// The kernels: n is a multiple of 8 (possibly 0). o may be the same slice as an input, but must
// not otherwise overlap one.

//go:noescape
func elemAddAVX2(o, a, b *float32, n int)

//go:noescape
func elemSubAVX2(o, a, b *float32, n int)

//go:noescape
func elemMulAVX2(o, a, b *float32, n int)

//go:noescape
func elemDivAVX2(o, a, b *float32, n int)

//go:noescape
func elemMaxAVX2(o, a, b *float32, n int)

//go:noescape
func elemGTAVX2(o, a, b *float32, n int)

//go:noescape
func elemWhereAVX2(o, cond, x, y *float32, n int)

//go:noescape
func elemNegAVX2(o, a *float32, n int)

//go:noescape
func elemSqrtAVX2(o, a *float32, n int)

//go:noescape
func elemExpAVX2(o, a *float32, n int)

//go:noescape
func elemLogAVX2(o, a *float32, n int)

// elemKernel runs the kernel of op over n (a multiple of 8) elements. Its callers guarantee
// that op is one of the ops below and that every pointer the op reads is valid.
func elemKernel(op Op, o, a, b, c *float32, n int) {
	switch op {
	case OpAdd:
		elemAddAVX2(o, a, b, n)
	case OpSub:
		elemSubAVX2(o, a, b, n)
	case OpMul:
		elemMulAVX2(o, a, b, n)
	case OpDiv:
		elemDivAVX2(o, a, b, n)
	case OpMax:
		elemMaxAVX2(o, a, b, n)
	case OpGT:
		elemGTAVX2(o, a, b, n)
	case OpWhere:
		elemWhereAVX2(o, a, b, c, n)
	case OpNeg:
		elemNegAVX2(o, a, n)
	case OpSqrt:
		elemSqrtAVX2(o, a, n)
	case OpExp:
		elemExpAVX2(o, a, n)
	case OpLog:
		elemLogAVX2(o, a, n)
	}
}

// elemArity is the number of inputs the kernel of op reads, 0 for ops without a kernel.
func elemArity(op Op) int {
	switch op {
	case OpNeg, OpSqrt, OpExp, OpLog:
		return 1
	case OpAdd, OpSub, OpMul, OpDiv, OpMax, OpGT:
		return 2
	case OpWhere:
		return 3
	}
	return 0
}

// partialOverlap reports whether x overlaps o without starting at the same element (the kernels
// handle o == x, not a shifted alias).
func partialOverlap(o, x []float32) bool {
	if len(o) == 0 || len(x) == 0 {
		return false
	}
	po, px := uintptr(unsafe.Pointer(&o[0])), uintptr(unsafe.Pointer(&x[0]))
	return po != px && po < px+uintptr(len(x))*4 && px < po+uintptr(len(o))*4
}

// elemSIMD computes the elementwise op into o from a, b, c (the inputs the op uses) with the
// assembly kernels and reports true, or reports false (touching nothing) if it does not handle
// this call: no AVX2, an op without a kernel, inputs shorter than o, or partially overlapping
// buffers. It allocates nothing.
func elemSIMD(op Op, o, a, b, c []float32) bool {
	if !elemUseSIMD {
		return false
	}
	n := len(o)
	in := [3][]float32{a, b, c}
	k := elemArity(op)
	if k == 0 {
		return false
	}
	var p [3]*float32
	for i := range k {
		if len(in[i]) != n || partialOverlap(o, in[i]) {
			return false
		}
		if n > 0 {
			p[i] = &in[i][0]
		}
	}
	if n == 0 {
		return true
	}
	n8 := n &^ 7
	if n8 > 0 {
		elemKernel(op, &o[0], p[0], p[1], p[2], n8)
	}
	if r := n - n8; r > 0 {
		// The tail: the same kernel on a zero padded copy (the padding lanes are discarded).
		var buf [4][8]float32
		for i := range k {
			copy(buf[i][:], in[i][n8:])
		}
		elemKernel(op, &buf[3][0], &buf[0][0], &buf[1][0], &buf[2][0], 8)
		copy(o[n8:], buf[3][:r])
	}
	return true
}
