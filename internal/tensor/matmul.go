package tensor

import (
	"runtime"
	"sync"
	"sync/atomic"
)

var threads atomic.Int32

func init() { threads.Store(int32(runtime.GOMAXPROCS(0))) }

// SetThreads sets how many goroutines kernels may use (n < 1 means 1). Results never depend on it:
// threads split output rows, never a reduction.
func SetThreads(n int) {
	if n < 1 {
		n = 1
	}
	threads.Store(int32(n))
}

// Threads reports the current kernel thread count.
func Threads() int { return int(threads.Load()) }

// matmulTask is the row task of one parallel MatMulABT; one runs at a time (mmMu), so
// dispatching it allocates nothing.
type matmulTask struct {
	c, a, b []float32
	m, n, k int
}

func (t *matmulTask) Run(_, lo, hi int) { matmulRows(t.c, t.a, t.b, t.m, t.n, t.k, lo, hi) }

var (
	mmMu     sync.Mutex
	mmShared matmulTask
)

// parallelMinWork is the number of multiply-adds below which a matmul runs on one thread.
const parallelMinWork = 1 << 16

// MatMulABT computes C = A·Bᵀ for batches of matrices: a is [batch, m, k], b is [batch, n, k]
// and c is [batch, m, n], all row-major.
//
// Canonical order (shared with RefElement and the Solidity adjudicator): each output element
// c[i][j] = Σ_k a[i][k]*b[j][k] is accumulated in one float32 accumulator that starts at +0 and
// adds the products float32(a[i][p]*b[j][p]) for p = 0, 1, ..., k-1 in ascending order, each
// product rounded to float32 before the addition (no FMA). A NaN result is written as the
// canonical NaN.
func MatMulABT(c, a, b []float32, batch, m, n, k int) {
	if k == 0 {
		for i := range c[:batch*m*n] {
			c[i] = 0
		}
		return
	}
	rows := batch * m
	if Threads() <= 1 || rows*n*k < parallelMinWork {
		matmulRows(c, a, b, m, n, k, 0, rows)
		return
	}
	// Threads split output rows; each row is computed by one worker, so the result does not
	// depend on the thread count.
	mmMu.Lock()
	mmShared = matmulTask{c: c, a: a, b: b, m: m, n: n, k: k}
	pool.parallel(rows, Threads(), &mmShared)
	mmShared = matmulTask{}
	mmMu.Unlock()
}

// matmulRows computes the flat output rows [lo, hi) (over batch*m) of MatMulABT, one batch item
// at a time. matmulRange (gemm_amd64.go, gemm_other.go) picks the kernel: the AVX2 assembly path
// or the pure-Go matmulBlock below; both compute the canonical order, so they give the same bits.
func matmulRows(c, a, b []float32, m, n, k, lo, hi int) {
	for r := lo; r < hi; {
		bi := r / m
		// rows of this batch item handled in this chunk
		end := min(hi, (bi+1)*m)
		matmulRange(c[bi*m*n:(bi+1)*m*n], a[bi*m*k:(bi+1)*m*k], b[bi*n*k:(bi+1)*n*k], r-bi*m, end-bi*m, n, k)
		r = end
	}
}

// matmulBlock is the generic (pure-Go) kernel and the reference-equal fallback of the SIMD path:
// it computes rows [i0, i1) of one C = A·Bᵀ in register blocks of 4x2 outputs (eight
// accumulators and six operands fit the sixteen amd64 float registers without spilling). Every
// output keeps its own accumulator and walks k in ascending order, so blocking changes only which
// outputs are computed together, never the order of any sum.
func matmulBlock(c, a, b []float32, i0, i1, n, k int) {
	i := i0
	for ; i+4 <= i1; i += 4 {
		a0 := a[i*k : i*k+k]
		a1 := a[(i+1)*k : (i+1)*k+k][:len(a0)]
		a2 := a[(i+2)*k : (i+2)*k+k][:len(a0)]
		a3 := a[(i+3)*k : (i+3)*k+k][:len(a0)]
		c0 := c[i*n : i*n+n]
		c1 := c[(i+1)*n : (i+1)*n+n][:len(c0)]
		c2 := c[(i+2)*n : (i+2)*n+n][:len(c0)]
		c3 := c[(i+3)*n : (i+3)*n+n][:len(c0)]
		j := 0
		for ; j+2 <= n; j += 2 {
			b0 := b[j*k : j*k+k][:len(a0)]
			b1 := b[(j+1)*k : (j+1)*k+k][:len(a0)]
			var s00, s01, s10, s11, s20, s21, s30, s31 float32
			for p, x0 := range a0 {
				x1, x2, x3 := a1[p], a2[p], a3[p]
				y0, y1 := b0[p], b1[p]
				s00 += float32(x0 * y0)
				s01 += float32(x0 * y1)
				s10 += float32(x1 * y0)
				s11 += float32(x1 * y1)
				s20 += float32(x2 * y0)
				s21 += float32(x2 * y1)
				s30 += float32(x3 * y0)
				s31 += float32(x3 * y1)
			}
			c0[j], c0[j+1] = canon(s00), canon(s01)
			c1[j], c1[j+1] = canon(s10), canon(s11)
			c2[j], c2[j+1] = canon(s20), canon(s21)
			c3[j], c3[j+1] = canon(s30), canon(s31)
		}
		for ; j < n; j++ {
			bj := b[j*k : j*k+k][:len(a0)]
			var s0, s1, s2, s3 float32
			for p, y := range bj {
				s0 += float32(a0[p] * y)
				s1 += float32(a1[p] * y)
				s2 += float32(a2[p] * y)
				s3 += float32(a3[p] * y)
			}
			c0[j], c1[j], c2[j], c3[j] = canon(s0), canon(s1), canon(s2), canon(s3)
		}
	}
	for ; i < i1; i++ {
		ai := a[i*k : i*k+k]
		ci := c[i*n : i*n+n]
		for j := range ci {
			ci[j] = canon(Dot(ai, b[j*k:j*k+k]))
		}
	}
}

// Dot is the canonical float32 dot product: s = +0; s = s + float32(a[p]*b[p]) for p ascending.
// It does not canonicalise NaN (callers writing outputs do).
func Dot(a, b []float32) float32 {
	b = b[:len(a)]
	var s float32
	for p, x := range a {
		s += float32(x * b[p])
	}
	return s
}
