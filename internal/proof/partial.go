package proof

import (
	"fmt"
	"math"

	"veritrain/internal/autograd"
	"veritrain/internal/commit"
	"veritrain/internal/tensor"
)

// The partial-sum bisection (docs/dispute-game.md section 10, docs/witness.md section 7). An
// output element of a sum or matmul_abt is a fold of n terms from +0 (tensor.RefPartial). When
// n exceeds SegmentTerms, a dispute about it may be narrowed to one segment of at most
// SegmentTerms terms: the game bisects over the partial sums at segment boundaries, and the
// judge recomputes one segment from its agreed start value. The witness then carries only that
// segment's operand leaves, so its size and the on-chain gas stay bounded however long the
// reduction is.

// SegmentTerms is the number of terms per segment of a partial-sum bisection.
const SegmentTerms = 16

// Segments returns the number of segments a reduction of n terms is cut into when it is long
// enough to be bisected (n > SegmentTerms): ⌈n / SegmentTerms⌉ ≥ 2; otherwise 0.
func Segments(n int) int {
	if n <= SegmentTerms {
		return 0
	}
	return (n + SegmentTerms - 1) / SegmentTerms
}

// SegmentRange returns the terms [from, to) of segment seg of a reduction of n terms.
func SegmentRange(n, seg int) (from, to int) {
	from = seg * SegmentTerms
	return from, min(from+SegmentTerms, n)
}

// Reducible reports whether op is folded in canonical order from +0 and can be bisected.
func Reducible(op tensor.Op) bool { return op == tensor.OpSum || op == tensor.OpMatMulABT }

// SegmentDeps returns which leaves of each operand segment seg of output element e of op d
// (a sum or matmul_abt with operand shapes in) reads: the leaves holding the operand elements of
// terms SegmentRange(n, seg), ascending and without repeats. It checks the shapes, e and that
// seg < Segments(n).
func SegmentDeps(d *autograd.OpDesc, in [][]int, e, seg int) ([][]int, error) {
	if !Reducible(d.Op) {
		return nil, fmt.Errorf("%v is not a reduction", d.Op)
	}
	if len(in) != d.Op.Arity() {
		return nil, fmt.Errorf("%v takes %d operands, got %d", d.Op, d.Op.Arity(), len(in))
	}
	out, err := checkShapes(d, in)
	if err != nil {
		return nil, err
	}
	if e < 0 || e >= out.Elements {
		return nil, fmt.Errorf("element %d outside the %d elements of %v's output %v", e, out.Elements, d.Op, d.Shape)
	}
	n := tensor.ReductionLen(d.Op, d.Shape, in)
	if s := Segments(n); seg < 0 || seg >= s {
		return nil, fmt.Errorf("segment %d outside the %d segments of a %d-term %v", seg, s, n, d.Op)
	}
	deps := make([][]int, len(in))
	add := func(j, x int) {
		l, _ := commit.LayoutOf(in[j]) // checked by checkShapes
		r, c, _ := l.Locate(x)
		leaf := r*l.ChunksPerRow + c
		if m := len(deps[j]); m == 0 || deps[j][m-1] < leaf {
			deps[j] = append(deps[j], leaf)
		}
	}
	from, to := SegmentRange(n, seg)
	for t := from; t < to; t++ {
		x, y := tensor.ReductionTerm(d.Op, d.Shape, in, e, t)
		add(0, x)
		if y >= 0 {
			add(1, y)
		}
	}
	return deps, nil
}

// partial decides a FormPartial witness: the fold of segment a.Segment of element a.Element of
// op k from a.Start, recomputed from the proven operand leaves, against the solver's a.Claimed.
func (j *judge) partial(w *Witness, d *autograd.OpDesc) (Verdict, error) {
	a := j.a
	k, e := w.Op.Index, w.Element
	if e != a.Element || w.Segment != a.Segment {
		return 0, j.fail("witness names element %d segment %d, the dispute element %d segment %d", e, w.Segment, a.Element, a.Segment)
	}
	if !Reducible(d.Op) {
		return 0, j.fail("op %d is a %v, not a reduction", k, d.Op)
	}
	ins, shapes, proven, err := j.operands(w, d)
	if err != nil {
		return 0, err
	}
	deps, err := SegmentDeps(d, shapes, e, w.Segment)
	if err != nil {
		return 0, fmt.Errorf("%w: op %d: %w", ErrWitness, k, err)
	}
	if err := j.sameLeaves(deps, proven, e); err != nil {
		return 0, err
	}
	from, to := SegmentRange(tensor.ReductionLen(d.Op, d.Shape, shapes), w.Segment)
	td := tensor.Desc{Op: d.Op, Shape: d.Shape}
	v := tensor.RefPartial(&td, ins, e, from, to, math.Float32frombits(a.Start))
	return verdict(a.Claimed, math.Float32bits(v)), nil
}

// BuildPartial builds the FormPartial witness for segment seg of element e of op k (a sum or
// matmul_abt): the verifier's operand leaves of that segment, with the operand roots of the
// solver's trace (which must equal the verifier's: k is the first differing op). The proofs of
// the roots are in the solver's op trace (Claimed).
func BuildPartial(a *Agreed, l *Local, c *Claimed, k, e, seg int) (*Witness, error) {
	if err := l.check(a); err != nil {
		return nil, err
	}
	if err := c.checkRoots(a); err != nil {
		return nil, err
	}
	if k < 0 || k >= len(l.Ops) {
		return nil, fmt.Errorf("proof: op %d outside [0, %d)", k, len(l.Ops))
	}
	shapes, err := l.operandShapes(c, k)
	if err != nil {
		return nil, err
	}
	deps, err := SegmentDeps(&l.Ops[k], shapes, e, seg)
	if err != nil {
		return nil, fmt.Errorf("proof: op %d element %d: %w", k, e, err)
	}
	w := &Witness{Form: FormPartial, Op: l.opRef(k), Element: e, Segment: seg}
	if w.Operands, err = l.operands(c, k, deps); err != nil {
		return nil, err
	}
	return w, nil
}

// PartialOf returns the canonical partial sum after the first terms terms of element e of the
// reduction d, reading its operands from values (indexed by op).
func PartialOf(d *autograd.OpDesc, values []*tensor.Tensor, e, terms int) (uint32, error) {
	vals, n, err := reduction(d, values, e)
	if err != nil {
		return 0, err
	}
	if terms < 0 || terms > n {
		return 0, fmt.Errorf("proof: %d terms of a %d-term %v", terms, n, d.Op)
	}
	td := tensor.Desc{Op: d.Op, Shape: d.Shape}
	return math.Float32bits(tensor.RefPartial(&td, vals, e, 0, terms, 0)), nil
}

// BoundaryPartial returns the partial sum at segment boundary b (0 ≤ b ≤ Segments(n)) of
// element e of the long reduction d: the fold of its first min(b·SegmentTerms, n) terms, what a
// party reveals in the partial-sum bisection.
func BoundaryPartial(d *autograd.OpDesc, values []*tensor.Tensor, e, b int) (uint32, error) {
	_, n, err := reduction(d, values, e)
	if err != nil {
		return 0, err
	}
	if s := Segments(n); b < 0 || b > s {
		return 0, fmt.Errorf("proof: boundary %d of a %d-term %v with %d segments", b, n, d.Op, s)
	}
	return PartialOf(d, values, e, min(b*SegmentTerms, n))
}

// reduction returns the operands of the reduction d from values and its number of terms, after
// checking the op, the shapes and that e is an element of its output.
func reduction(d *autograd.OpDesc, values []*tensor.Tensor, e int) ([]*tensor.Tensor, int, error) {
	if !Reducible(d.Op) {
		return nil, 0, fmt.Errorf("proof: %v is not a reduction", d.Op)
	}
	ins := make([][]int, len(d.In))
	vals := make([]*tensor.Tensor, len(d.In))
	for i, in := range d.In {
		if in < 0 || in >= len(values) || values[in] == nil {
			return nil, 0, fmt.Errorf("proof: operand %d (op %d) has no value", i, in)
		}
		vals[i], ins[i] = values[in], values[in].Shape
	}
	out, err := checkShapes(d, ins)
	if err != nil {
		return nil, 0, err
	}
	if e < 0 || e >= out.Elements {
		return nil, 0, fmt.Errorf("proof: element %d of a %v with %d elements", e, d.Op, out.Elements)
	}
	return vals, tensor.ReductionLen(d.Op, d.Shape, ins), nil
}
