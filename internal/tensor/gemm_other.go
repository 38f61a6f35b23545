//go:build !amd64 || purego

package tensor

// Without the amd64 assembly (other architectures, or the purego build tag) MatMulABT runs the
// pure-Go register-blocked kernel matmulBlock, which computes the same canonical order.

// gemmSIMDAvailable reports whether a SIMD MatMulABT path exists on this build: it does not.
const gemmSIMDAvailable = false

// gemmForce mirrors the amd64 test switch; there is only one path here.
var gemmForce = gemmAuto

const (
	gemmAuto = iota
	gemmForceGeneric
	gemmForceSIMD
)

// matmulRange computes rows [i0, i1) of one C = A·Bᵀ (c is m x n, a is m x k, b is n x k).
func matmulRange(c, a, b []float32, i0, i1, n, k int) {
	matmulBlock(c, a, b, i0, i1, n, k)
}
