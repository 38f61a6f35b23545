package tensor

// elemArg returns x[lo:hi], the part of one input that elemTask.run(lo, hi) reads, or nil when x
// does not cover it (an input the op does not use). elemSIMD rejects an op whose inputs are
// missing or short, so the scalar loop then fails exactly as before.
func elemArg(x []float32, lo, hi int) []float32 {
	if hi > len(x) {
		return nil
	}
	return x[lo:hi]
}
