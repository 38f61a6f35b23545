//go:build !amd64 || purego

package tensor

// Without the amd64 assembly (other architectures, or the purego build tag) every elementwise op
// runs the scalar loops of elemTask.run.

// elemSIMDAvailable reports whether a SIMD elementwise path exists on this build: it does not.
const elemSIMDAvailable = false

// elemUseSIMD mirrors the amd64 test switch; there is only one path here.
var elemUseSIMD = false

// elemSIMD never handles an op here.
func elemSIMD(op Op, o, a, b, c []float32) bool { return false }
