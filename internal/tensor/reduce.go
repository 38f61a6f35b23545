package tensor

// Reductions in canonical order (docs/kernels.md): an output element of sum or matmul_abt is a
// fold that starts from +0 and adds its terms one at a time, in ascending order. The dispute
// game's partial-sum bisection (docs/dispute-game.md section 10) cuts that fold into segments,
// so the fold from any term to any other is part of the reference, not only the whole of it.

// ReductionLen returns the number of terms every output element of op adds, for output shape
// out and operand shapes in (already checked with InferShape): for sum, the input elements that
// reduce into one output element; for matmul_abt, K. It returns 0 for every other op and for an
// output without elements.
func ReductionLen(op Op, out []int, in [][]int) int {
	switch op {
	case OpSum:
		if n := Numel(out); n > 0 {
			return Numel(in[0]) / n
		}
	case OpMatMulABT:
		if Numel(out) > 0 {
			a := in[0]
			return a[len(a)-1]
		}
	}
	return 0
}

// ReductionTerm returns the flat operand indices of term t (0 ≤ t < ReductionLen) of output
// element i: for sum, x is the index into the input (the t-th input element, in ascending flat
// order, that reduces into i) and y is -1; for matmul_abt, the term is float32(A[x]·B[y]).
func ReductionTerm(op Op, out []int, in [][]int, i, t int) (x, y int) {
	if op == OpMatMulABT {
		a, b := in[0], in[1]
		r := len(a)
		m, n, k := a[r-2], b[r-2], a[r-1]
		bi, row, col := i/(m*n), (i/n)%m, i%n
		return (bi*m+row)*k + t, (bi*n+col)*k + t
	}
	from := in[0]
	off := len(from) - len(out)
	oi := unravel(i, out)
	idx := make([]int, len(from))
	// Axes of the input that are missing from the output, or of size 1 there, run over their
	// extent (the last one fastest); the others are fixed by i.
	for a := len(from) - 1; a >= 0; a-- {
		if a >= off && out[a-off] != 1 {
			idx[a] = oi[a-off]
			continue
		}
		idx[a] = t % from[a]
		t /= from[a]
	}
	return ravel(idx, from), -1
}

// RefPartial folds terms [from, to) of output element i of a sum or matmul_abt into start, in
// canonical order, and returns the result with NaN canonicalised. RefPartial(d, in, i, 0,
// ReductionLen, +0) is the element itself (RefElement), and folding a range in two parts gives
// the same bits as folding it at once: a NaN stays NaN, and canonicalising it in between does not
// change the canonical NaN at the end.
func RefPartial(d *Desc, in []*Tensor, i, from, to int, start float32) float32 {
	return refPartial(d, in, shapesOf(in), i, from, to, start)
}

func refPartial(d *Desc, in []*Tensor, shapes [][]int, i, from, to int, start float32) float32 {
	s := start
	for t := from; t < to; t++ {
		x, y := ReductionTerm(d.Op, d.Shape, shapes, i, t)
		if d.Op == OpMatMulABT {
			s = s + float32(in[0].Data[x]*in[1].Data[y])
		} else {
			s += in[0].Data[x]
		}
	}
	return canon(s)
}
