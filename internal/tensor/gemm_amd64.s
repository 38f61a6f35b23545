//go:build amd64 && !purego

#include "textflag.h"

// AVX2 micro-kernel for MatMulABT (see gemm_amd64.go for the packing and blocking).
//
// Canonical order: every output element has one float32 accumulator; for p ascending the kernel
// adds the product rounded to float32 (VMULPS, then VADDPS). The kernel vectorises across 16
// output columns (two ymm registers per row) and never across k. There is deliberately no fused
// multiply-add instruction in this file (gemm_test.go greps it). The accumulators start at +0
// (VXORPS), so a sum of -0 products is +0 exactly as in Go. MXCSR is not touched: subnormal
// operands and results are kept (Go runs without FTZ/DAZ). NaN lanes are canonicalised only
// when the last k chunk is stored: once a partial sum is NaN it stays NaN.

// The canonical NaN, 0x7fc00000.
DATA gemmCanonNaN<>+0(SB)/4, $0x7fc00000
GLOBL gemmCanonNaN<>(SB), RODATA|NOPTR, $4

// ROW adds the products of one row (its A value at addr, broadcast) with the 16 packed B values
// in Y12 (columns 0-7) and Y13 (columns 8-15) to the row's accumulators.
#define ROW(addr, acc0, acc1) \
	VBROADCASTSS addr, Y14; \
	VMULPS       Y12, Y14, Y15; \
	VADDPS       Y15, acc0, acc0; \
	VMULPS       Y13, Y14, Y15; \
	VADDPS       Y15, acc1, acc1

// STEP processes one p: the A values of the 6 rows at aoff(AX), aoff(AX)(R11*1), aoff(AX)(R11*2),
// aoff(R12), aoff(R12)(R11*1), aoff(R12)(R11*2) (R11 = row stride, R12 = row 3) and the 16
// packed B values at boff(BX).
#define STEP(aoff, boff) \
	VMOVUPS boff(BX), Y12; \
	VMOVUPS boff+32(BX), Y13; \
	ROW(aoff(AX), Y0, Y1); \
	ROW(aoff(AX)(R11*1), Y2, Y3); \
	ROW(aoff(AX)(R11*2), Y4, Y5); \
	ROW(aoff(R12), Y6, Y7); \
	ROW(aoff(R12)(R11*1), Y8, Y9); \
	ROW(aoff(R12)(R11*2), Y10, Y11)

// CANON replaces the NaN lanes of acc by the canonical NaN (in Y12); Y13 is scratch.
#define CANON(acc) \
	VCMPPS    $3, acc, acc, Y13; \
	VBLENDVPS Y13, Y12, acc, acc

// func gemmKernel6x16(kc int, a *float32, lda int, b, c *float32, ldc int, flags int, pf uintptr)
//
// C[i][j] (i < 6, j < 16, row stride ldc elements) accumulates
// a[i*lda+p] * b[p*16+j] for p = 0..kc-1 ascending, kc >= 1. flags bit 0: the accumulators start
// from the partial sums in C (a previous k block), else from +0. flags bit 1: NaN results are
// written as the canonical NaN (the last k block). pf, if not 0, is the address of the next tile
// (same ldc): its rows are prefetched, so that its partial sums are in cache when it starts.
TEXT ·gemmKernel6x16(SB), NOSPLIT, $0-64
	MOVQ kc+0(FP), CX
	MOVQ a+8(FP), AX
	MOVQ lda+16(FP), R11
	MOVQ b+24(FP), BX
	MOVQ c+32(FP), DI
	MOVQ ldc+40(FP), DX
	MOVQ flags+48(FP), R8
	SHLQ $2, R11                 // A row stride in bytes
	LEAQ (AX)(R11*2), R12
	ADDQ R11, R12                // A row 3
	SHLQ $2, DX                  // C row stride in bytes
	LEAQ (DI)(DX*2), R9          // row 2
	LEAQ (R9)(DX*2), R10         // row 4

	TESTQ $1, R8
	JNZ   load

	VXORPS Y0, Y0, Y0
	VXORPS Y1, Y1, Y1
	VXORPS Y2, Y2, Y2
	VXORPS Y3, Y3, Y3
	VXORPS Y4, Y4, Y4
	VXORPS Y5, Y5, Y5
	VXORPS Y6, Y6, Y6
	VXORPS Y7, Y7, Y7
	VXORPS Y8, Y8, Y8
	VXORPS Y9, Y9, Y9
	VXORPS Y10, Y10, Y10
	VXORPS Y11, Y11, Y11
	JMP    prefetch

load:
	VMOVUPS (DI), Y0
	VMOVUPS 32(DI), Y1
	VMOVUPS (DI)(DX*1), Y2
	VMOVUPS 32(DI)(DX*1), Y3
	VMOVUPS (R9), Y4
	VMOVUPS 32(R9), Y5
	VMOVUPS (R9)(DX*1), Y6
	VMOVUPS 32(R9)(DX*1), Y7
	VMOVUPS (R10), Y8
	VMOVUPS 32(R10), Y9
	VMOVUPS (R10)(DX*1), Y10
	VMOVUPS 32(R10)(DX*1), Y11

prefetch:
	MOVQ  pf+56(FP), R13
	TESTQ R13, R13
	JZ    loop4check
	PREFETCHT0 (R13)
	PREFETCHT0 60(R13)
	PREFETCHT0 (R13)(DX*1)
	PREFETCHT0 60(R13)(DX*1)
	LEAQ       (R13)(DX*2), R13
	PREFETCHT0 (R13)
	PREFETCHT0 60(R13)
	PREFETCHT0 (R13)(DX*1)
	PREFETCHT0 60(R13)(DX*1)
	LEAQ       (R13)(DX*2), R13
	PREFETCHT0 (R13)
	PREFETCHT0 60(R13)
	PREFETCHT0 (R13)(DX*1)
	PREFETCHT0 60(R13)(DX*1)

loop4check:
	CMPQ CX, $4
	JLT  loop1check

loop4:
	STEP(0, 0)
	STEP(4, 64)
	STEP(8, 128)
	STEP(12, 192)
	ADDQ $16, AX
	ADDQ $16, R12
	ADDQ $256, BX
	SUBQ $4, CX
	CMPQ CX, $4
	JGE  loop4

loop1check:
	TESTQ CX, CX
	JZ    store

loop1:
	STEP(0, 0)
	ADDQ $4, AX
	ADDQ $4, R12
	ADDQ $64, BX
	DECQ CX
	JNZ  loop1

store:
	TESTQ $2, R8
	JZ    write
	VBROADCASTSS gemmCanonNaN<>(SB), Y12
	CANON(Y0)
	CANON(Y1)
	CANON(Y2)
	CANON(Y3)
	CANON(Y4)
	CANON(Y5)
	CANON(Y6)
	CANON(Y7)
	CANON(Y8)
	CANON(Y9)
	CANON(Y10)
	CANON(Y11)

write:
	VMOVUPS Y0, (DI)
	VMOVUPS Y1, 32(DI)
	VMOVUPS Y2, (DI)(DX*1)
	VMOVUPS Y3, 32(DI)(DX*1)
	VMOVUPS Y4, (R9)
	VMOVUPS Y5, 32(R9)
	VMOVUPS Y6, (R9)(DX*1)
	VMOVUPS Y7, 32(R9)(DX*1)
	VMOVUPS Y8, (R10)
	VMOVUPS Y9, 32(R10)
	VMOVUPS Y10, (R10)(DX*1)
	VMOVUPS Y11, 32(R10)(DX*1)
	VZEROUPPER
	RET

// func gemmPack8(dst *float32, ldd int, src *float32, lds int, rows int, n8 int)
//
// Transposes n8 consecutive 8x8 blocks: for q < n8, i < 8 and r < 8,
// dst[(8q+i)*ldd + r] = src[r*lds + 8q+i] if r < rows, else 0 (1 <= rows <= 8, n8 >= 1). Rows
// r >= rows of src are not read. Strides are in elements.
TEXT ·gemmPack8(SB), NOSPLIT, $0-48
	MOVQ dst+0(FP), DI
	MOVQ ldd+8(FP), BX
	MOVQ src+16(FP), SI
	MOVQ lds+24(FP), DX
	MOVQ rows+32(FP), R8
	MOVQ n8+40(FP), CX
	SHLQ $2, BX
	SHLQ $2, DX

pack8loop:
	VXORPS Y1, Y1, Y1
	VXORPS Y2, Y2, Y2
	VXORPS Y3, Y3, Y3
	VXORPS Y4, Y4, Y4
	VXORPS Y5, Y5, Y5
	VXORPS Y6, Y6, Y6
	VXORPS Y7, Y7, Y7
	LEAQ   (SI)(DX*1), R9  // row 1
	LEAQ   (SI)(DX*2), R10 // row 2
	LEAQ   (R9)(DX*2), R11 // row 3
	VMOVUPS (SI), Y0
	CMPQ   R8, $2
	JLT    pack8t
	VMOVUPS (R9), Y1
	CMPQ   R8, $3
	JLT    pack8t
	VMOVUPS (R10), Y2
	CMPQ   R8, $4
	JLT    pack8t
	VMOVUPS (R11), Y3
	CMPQ   R8, $5
	JLT    pack8t
	VMOVUPS (SI)(DX*4), Y4
	CMPQ   R8, $6
	JLT    pack8t
	VMOVUPS (R9)(DX*4), Y5
	CMPQ   R8, $7
	JLT    pack8t
	VMOVUPS (R10)(DX*4), Y6
	CMPQ   R8, $8
	JLT    pack8t
	VMOVUPS (R11)(DX*4), Y7

pack8t:
	// 8x8 transpose: Y0..Y7 rows -> Y8..Y15 columns.
	VUNPCKLPS  Y1, Y0, Y8
	VUNPCKHPS  Y1, Y0, Y9
	VUNPCKLPS  Y3, Y2, Y10
	VUNPCKHPS  Y3, Y2, Y11
	VUNPCKLPS  Y5, Y4, Y12
	VUNPCKHPS  Y5, Y4, Y13
	VUNPCKLPS  Y7, Y6, Y14
	VUNPCKHPS  Y7, Y6, Y15
	VSHUFPS    $0x44, Y10, Y8, Y0
	VSHUFPS    $0xEE, Y10, Y8, Y1
	VSHUFPS    $0x44, Y11, Y9, Y2
	VSHUFPS    $0xEE, Y11, Y9, Y3
	VSHUFPS    $0x44, Y14, Y12, Y4
	VSHUFPS    $0xEE, Y14, Y12, Y5
	VSHUFPS    $0x44, Y15, Y13, Y6
	VSHUFPS    $0xEE, Y15, Y13, Y7
	VPERM2F128 $0x20, Y4, Y0, Y8
	VPERM2F128 $0x20, Y5, Y1, Y9
	VPERM2F128 $0x20, Y6, Y2, Y10
	VPERM2F128 $0x20, Y7, Y3, Y11
	VPERM2F128 $0x31, Y4, Y0, Y12
	VPERM2F128 $0x31, Y5, Y1, Y13
	VPERM2F128 $0x31, Y6, Y2, Y14
	VPERM2F128 $0x31, Y7, Y3, Y15

	LEAQ    (DI)(BX*1), R9  // column 1
	LEAQ    (DI)(BX*2), R10 // column 2
	LEAQ    (R9)(BX*2), R11 // column 3
	VMOVUPS Y8, (DI)
	VMOVUPS Y9, (R9)
	VMOVUPS Y10, (R10)
	VMOVUPS Y11, (R11)
	VMOVUPS Y12, (DI)(BX*4)
	VMOVUPS Y13, (R9)(BX*4)
	VMOVUPS Y14, (R10)(BX*4)
	VMOVUPS Y15, (R11)(BX*4)

	ADDQ $32, SI
	LEAQ (DI)(BX*8), DI
	DECQ CX
	JNZ  pack8loop
	VZEROUPPER
	RET
