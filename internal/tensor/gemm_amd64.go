//go:build amd64 && !purego

package tensor

import (
	"sync"
	"unsafe"

	"golang.org/x/sys/cpu"
)

// AVX2 path of MatMulABT: packed panels, cache blocking and a 6x16 assembly micro-kernel
// (gemm_amd64.s).
//
// It computes exactly the canonical order of MatMulABT (and so the bits of matmulBlock and
// RefElement): every output element has one float32 accumulator that starts at +0 and adds
// float32(a[i][p]*b[j][p]) for p ascending. The kernel vectorises across 16 output columns and
// multiplies then adds (VMULPS, VADDPS: never an FMA). Blocking k into chunks of at most gemmKC
// keeps the order because the partial sums stay float32: a chunk's partial sums are stored in C
// and the next chunk's accumulators start from them. The NaN results are canonicalised when the
// last chunk is stored. MXCSR is never touched (Go runs without FTZ/DAZ), so subnormals are kept.
//
// Layout of the packed panels (zero padded past the matrix edges; with a single k chunk the
// full A panels are read in place, since they are already laid out that way):
//
//	B panel of columns j0..j0+15, k range [p0, p0+kb): bp[p*16 + jj] = B[j0+jj][p0+p]
//	A panel of rows    i0..i0+5,  same k range:        ap[ii*kb + p] = A[i0+ii][p0+p] (a copy)
//
// Loop nest (outermost first): column blocks of at most gemmNC, k chunks of at most gemmKC (B
// block packed: NC x KC floats, L2/L3 resident), row blocks of at most gemmMC (A block packed:
// MC x KC, L2 resident), 16-column panels (one B panel, 16 KC floats, stays in L1), 6-row panels.

const (
	gemmMR = 6
	gemmNR = 16
	gemmKC = 256  // 16 KiB B panel + 6 KiB A panel in the 32 KiB L1
	gemmMC = 144  // A block: 144 KiB
	gemmNC = 3072 // B block: 3 MiB
)

// gemmSIMDAvailable reports whether this machine can run the assembly kernel.
var gemmSIMDAvailable = cpu.X86.HasAVX2 && cpu.X86.HasAVX

// gemmForce overrides the choice between the pure-Go kernel and the SIMD path (tests only; both
// produce the same bits).
var gemmForce = gemmAuto

const (
	gemmAuto = iota
	gemmForceGeneric
	gemmForceSIMD
)

// gemmKernel6x16 computes one 6x16 tile: C[i][j] (row stride ldc elements) accumulates
// a[i*lda+p]*b[p*16+j] for p = 0..kc-1 (kc >= 1). flags&1: start from the partial sums in C,
// else from +0. flags&2: write NaN results as the canonical NaN. pf (0: none) is the address of
// the next tile of C, which the kernel prefetches (a hint: it is never dereferenced).
//
//go:noescape
func gemmKernel6x16(kc int, a *float32, lda int, b, c *float32, ldc int, flags int, pf uintptr)

// gemmPack8 transposes n8 >= 1 consecutive 8x8 blocks: dst[(8q+i)*ldd + r] = src[r*lds + 8q+i]
// for r < rows (1 <= rows <= 8), else 0 (rows r >= rows of src are not read).
//
//go:noescape
func gemmPack8(dst *float32, ldd int, src *float32, lds int, rows int, n8 int)

// matmulRange computes rows [i0, i1) of one C = A·Bᵀ (c is m x n, a is m x k, b is n x k).
func matmulRange(c, a, b []float32, i0, i1, n, k int) {
	if i0 >= i1 || n == 0 {
		return
	}
	simd := gemmSIMDAvailable
	switch gemmForce {
	case gemmForceGeneric:
		simd = false
	case gemmAuto:
		// Below about 8x8x8 the packing costs more than it saves.
		simd = simd && (i1-i0)*n*k >= 512
	}
	if simd {
		matmulSIMD(c, a, b, i0, i1, n, k)
	} else {
		matmulBlock(c, a, b, i0, i1, n, k)
	}
}

// gemmScratch holds one goroutine's packing buffers; they are reused across calls, so that a
// steady-state MatMulABT allocates nothing.
type gemmScratch struct {
	ap, bp []float32 // 32-byte aligned
	tile   [gemmMR * gemmNR]float32
}

// gemmFree is the free list of scratch buffers. (A sync.Pool would drop them at every GC, and
// at random under the race detector; the list holds at most one per concurrent matmulSIMD.)
var (
	gemmFreeMu sync.Mutex
	gemmFree   []*gemmScratch
)

func getGemmScratch() *gemmScratch {
	gemmFreeMu.Lock()
	defer gemmFreeMu.Unlock()
	if n := len(gemmFree); n > 0 {
		s := gemmFree[n-1]
		gemmFree[n-1] = nil
		gemmFree = gemmFree[:n-1]
		return s
	}
	return new(gemmScratch)
}

func putGemmScratch(s *gemmScratch) {
	gemmFreeMu.Lock()
	gemmFree = append(gemmFree, s)
	gemmFreeMu.Unlock()
}

// alignedFloats returns a zeroed slice of n float32 whose first element is 32-byte aligned.
func alignedFloats(n int) []float32 {
	s := make([]float32, n+8)
	off := int(uintptr(unsafe.Pointer(&s[0]))&31) / 4
	if off != 0 {
		off = 8 - off
	}
	return s[off : off+n : off+n]
}

func (s *gemmScratch) reserve(na, nb int) {
	if cap(s.ap) < na {
		s.ap = alignedFloats(na)
	}
	if cap(s.bp) < nb {
		s.bp = alignedFloats(nb)
	}
	s.ap, s.bp = s.ap[:na], s.bp[:nb]
}

func roundUp(x, m int) int { return (x + m - 1) / m * m }

// matmulSIMD is matmulRange on the AVX2 kernel.
func matmulSIMD(c, a, b []float32, i0, i1, n, k int) {
	s := getGemmScratch()
	defer putGemmScratch(s)

	// Split k, n and the rows into near-equal blocks (no tiny trailing block).
	nkb := (k + gemmKC - 1) / gemmKC
	kc := min(roundUp((k+nkb-1)/nkb, 8), gemmKC) // multiple of 8 for the packing transposes
	nnb := (n + gemmNC - 1) / gemmNC
	nc := roundUp((n+nnb-1)/nnb, gemmNR)
	rows := i1 - i0
	nmb := (rows + gemmMC - 1) / gemmMC
	mc := roundUp((rows+nmb-1)/nmb, gemmMR)
	s.reserve(mc*kc, nc*kc)
	// With a single k chunk the rows of an A block are already contiguous, exactly as packed:
	// the kernel reads full 6-row panels from a directly (only a partial panel is copied, to be
	// zero-padded).
	directA := kc == k

	for jc := 0; jc < n; jc += nc {
		nb := min(nc, n-jc)
		for pc := 0; pc < k; pc += kc {
			kb := min(kc, k-pc)
			flags := 0
			if pc > 0 {
				flags |= 1
			}
			if pc+kb == k {
				flags |= 2
			}
			gemmPackB(s.bp, b, jc, nb, pc, kb, k)
			for ic := i0; ic < i1; ic += mc {
				mb := min(mc, i1-ic)
				if !directA {
					gemmPackA(s.ap, a, ic, mb, pc, kb, k)
				} else if r := mb % gemmMR; r != 0 {
					gemmPackA(s.ap[(mb-r)*kb:], a, ic+mb-r, r, pc, kb, k) // the partial panel
				}
				for jr := 0; jr < nb; jr += gemmNR {
					nr := min(gemmNR, nb-jr)
					bp := &s.bp[jr*kb]
					for ir := 0; ir < mb; ir += gemmMR {
						mr := min(gemmMR, mb-ir)
						ap, lda := &s.ap[ir*kb], kb
						if directA && mr == gemmMR {
							ap, lda = &a[(ic+ir)*k], k
						}
						ci := (ic+ir)*n + jc + jr
						var pf uintptr // the next tile: 6 rows down, or the next column panel
						if ir+gemmMR < mb {
							pf = uintptr(unsafe.Pointer(&c[ci+gemmMR*n]))
						} else if jr+gemmNR < nb {
							pf = uintptr(unsafe.Pointer(&c[ic*n+jc+jr+gemmNR]))
						}
						if mr == gemmMR && nr == gemmNR {
							_ = c[ci+(gemmMR-1)*n+gemmNR-1] // the kernel writes up to here
							gemmKernel6x16(kb, ap, lda, bp, &c[ci], n, flags, pf)
							continue
						}
						// Edge tile: run the kernel on the tile buffer, copy the valid part.
						t := &s.tile
						if flags&1 != 0 {
							for i := range mr {
								copy(t[i*gemmNR:i*gemmNR+nr], c[ci+i*n:ci+i*n+nr])
							}
						}
						gemmKernel6x16(kb, ap, lda, bp, &t[0], gemmNR, flags, pf)
						for i := range mr {
							copy(c[ci+i*n:ci+i*n+nr], t[i*gemmNR:i*gemmNR+nr])
						}
					}
				}
			}
		}
	}
}

// gemmPackB packs columns [j0, j0+nb) of C (rows of b) over the k range [p0, p0+kb) into panels
// of 16: dst[jr*kb + p*16 + jj] = b[j0+jr+jj][p0+p], zero past nb.
func gemmPackB(dst, b []float32, j0, nb, p0, kb, k int) {
	for jr := 0; jr < nb; jr += gemmNR {
		panel := dst[jr*kb : (jr+gemmNR)*kb]
		gemmPackPanel(panel[:], gemmNR, b, (j0+jr)*k+p0, k, min(8, nb-jr), kb)
		gemmPackPanel(panel[8:], gemmNR, b, (j0+jr+8)*k+p0, k, min(8, nb-jr-8), kb)
	}
}

// gemmPackA copies rows [i0, i0+mb) of a over the k range [p0, p0+kb) into row-major panels of 6
// rows: dst[ir*kb + ii*kb + p] = a[i0+ir+ii][p0+p], zero rows past mb.
func gemmPackA(dst, a []float32, i0, mb, p0, kb, k int) {
	mp := roundUp(mb, gemmMR)
	for i := range mp {
		d := dst[i*kb : i*kb+kb]
		if i < mb {
			off := (i0+i)*k + p0
			copy(d, a[off:off+kb])
		} else {
			clear(d)
		}
	}
}

// gemmPackPanel transposes rows [0, rows) of src (row r starts at src[off + r*lds]) over kb
// columns into dst[p*ldd + r] for r < 8, writing zeros for r >= rows.
func gemmPackPanel(dst []float32, ldd int, src []float32, off, lds, rows, kb int) {
	_ = dst[(kb-1)*ldd+7]
	if rows <= 0 {
		for p := range kb {
			clear(dst[p*ldd : p*ldd+8])
		}
		return
	}
	_ = src[off+(rows-1)*lds+kb-1] // every element read below is in bounds
	n8 := kb / 8
	if n8 > 0 {
		gemmPack8(&dst[0], ldd, &src[off], lds, rows, n8)
	}
	for p := n8 * 8; p < kb; p++ {
		d := dst[p*ldd : p*ldd+8]
		for r := range d {
			if r < rows {
				d[r] = src[off+r*lds+p]
			} else {
				d[r] = 0
			}
		}
	}
}
