package proof

import (
	"fmt"

	"veritrain/internal/autograd"
	"veritrain/internal/commit"
	"veritrain/internal/tensor"
)

// ElementDeps returns which leaves of each operand output element e of op d reads: deps[j] lists
// leaf indices of operand j (in the tensor layout of docs/commitments.md section 4, for shape
// in[j]), ascending and without repeats. These are exactly the values tensor.RefElement reads
// for element e, rounded up to whole leaves:
//
//   - reshape, permute, broadcast, and the elementwise ops: the leaf holding the source element
//     of each operand;
//   - matmul_abt: every chunk of one row of A and of one row of B;
//   - max_last: every chunk of the input row;
//   - sum: every leaf holding an input element that reduces into e (possibly many rows);
//   - gather: the leaf of index m, then the leaf of the table element that index names;
//   - scatter_add: every leaf of the indices, then the leaf of element (m, col) of g for every m
//     whose index is e's row;
//   - onehot: the leaf of index m.
//
// Leaf ops (input, state, const) have no operands and no dependencies.
//
// The dependencies of gather and scatter_add depend on the index values. value(j, i) returns
// element i (flat) of operand j if the caller knows it; ElementDeps asks only for index elements
// inside leaves it has already listed, so a judge can answer from proven leaves alone. An index
// that value does not know, or that is not an exact integer inside the indexed extent (invalid
// input, which no honest step computes), is an error, as are shapes that do not suit the op. An
// error-free result guarantees that RefElement(d, inputs, e) does not panic.
func ElementDeps(d *autograd.OpDesc, in [][]int, e int, value func(j, i int) (float32, bool)) ([][]int, error) {
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
	lay := make([]commit.TensorLayout, len(in))
	for j, s := range in {
		lay[j], _ = commit.LayoutOf(s) // checked by checkShapes
	}
	deps := make([][]int, len(in))
	// at is the leaf of operand j holding flat element i.
	at := func(j, i int) int {
		r, c, _ := lay[j].Locate(i)
		return r*lay[j].ChunksPerRow + c
	}
	// row lists every chunk of row r of operand j.
	row := func(j, r int) {
		for c := 0; c < lay[j].ChunksPerRow; c++ {
			deps[j] = append(deps[j], r*lay[j].ChunksPerRow+c)
		}
	}
	// idx reads index element i of operand j, which must be an integer in [0, n).
	idx := func(j, i, n int) (int, error) {
		f, ok := value(j, i)
		if !ok {
			return 0, fmt.Errorf("%v: index element %d of operand %d is not known", d.Op, i, j)
		}
		if !(f >= 0 && f < float32(n)) || f != float32(int(f)) || int(f) >= n {
			return 0, fmt.Errorf("%v: index element %d of operand %d is %v, not an integer in [0, %d)", d.Op, i, j, f, n)
		}
		return int(f), nil
	}
	switch d.Op {
	case tensor.OpInput, tensor.OpState, tensor.OpConst:
	case tensor.OpReshape:
		deps[0] = []int{at(0, e)}
	case tensor.OpPermute:
		deps[0] = []int{at(0, permSource(e, d.Shape, in[0], d.Perm))}
	case tensor.OpBroadcast:
		deps[0] = []int{at(0, tensor.BroadcastSource(e, d.Shape, in[0]))}
	case tensor.OpSum:
		if lay[0].Elements > 0 {
			deps[0] = sumLeaves(in[0], d.Shape, e, lay[0])
		}
	case tensor.OpMaxLast:
		row(0, e) // output row e is the input's row e; InferShape ensures it is not empty
	case tensor.OpMatMulABT:
		a, b := in[0], in[1]
		r := len(a)
		m, n := a[r-2], b[r-2]
		if lay[0].Elements > 0 { // K = 0 reads nothing
			bi, i, k := e/(m*n), (e/n)%m, e%n
			row(0, bi*m+i)
			row(1, bi*n+k)
		}
	case tensor.OpGather:
		dim := in[0][1]
		m := e / dim
		deps[1] = []int{at(1, m)}
		r, err := idx(1, m, in[0][0])
		if err != nil {
			return nil, err
		}
		deps[0] = []int{at(0, r*dim+e%dim)}
	case tensor.OpScatterAdd:
		dim := d.Shape[1]
		r, col := e/dim, e%dim
		if lay[1].Elements > 0 {
			row(1, 0) // a 1-D index tensor is one row: every chunk
		}
		for m := 0; m < in[1][0]; m++ {
			x, err := idx(1, m, d.Shape[0])
			if err != nil {
				return nil, err
			}
			if x == r {
				deps[0] = append(deps[0], at(0, m*dim+col))
			}
		}
	case tensor.OpOneHot:
		m := e / d.Shape[1]
		deps[0] = []int{at(0, m)}
		if _, err := idx(0, m, d.Shape[1]); err != nil {
			return nil, err
		}
	case tensor.OpAdd, tensor.OpSub, tensor.OpMul, tensor.OpDiv, tensor.OpMax, tensor.OpGT, tensor.OpWhere,
		tensor.OpNeg, tensor.OpExp, tensor.OpLog, tensor.OpSqrt:
		for j := range in {
			deps[j] = []int{at(j, e)}
		}
	default:
		return nil, fmt.Errorf("unknown op %v", d.Op)
	}
	return deps, nil
}

// checkShapes checks that every shape has a valid commitment layout and that the operand shapes
// suit op d with output d.Shape (tensor.InferShape), and returns the output layout.
func checkShapes(d *autograd.OpDesc, in [][]int) (commit.TensorLayout, error) {
	out, err := commit.LayoutOf(d.Shape)
	if err != nil {
		return out, err
	}
	if len(d.Shape) > tensor.MaxRank {
		return out, fmt.Errorf("%v: output rank %d above %d", d.Op, len(d.Shape), tensor.MaxRank)
	}
	for _, s := range in {
		if _, err := commit.LayoutOf(s); err != nil {
			return out, err
		}
	}
	var perm []int
	if d.Op == tensor.OpPermute {
		perm = d.Perm
	}
	got, err := tensor.InferShape(d.Op, perm, d.Shape, in...)
	if err != nil {
		return out, err
	}
	if !tensor.SameShape(got, d.Shape) {
		return out, fmt.Errorf("%v of %v gives shape %v, the descriptor says %v", d.Op, in, got, d.Shape)
	}
	return out, nil
}

// sumLeaves lists the leaves of x (shape from, layout l, not empty) holding the elements that
// sum into element e of the output shape to: every axis of from that is missing from to or has
// size 1 there runs over its whole extent, the others are fixed by e. Rows come out in
// ascending order, so the leaves do too.
func sumLeaves(from, to []int, e int, l commit.TensorLayout) []int {
	r := len(from)
	off := r - len(to)
	oi := tensor.Unravel(e, to)
	fixed := make([]int, r) // -1: runs over the axis
	for a := range from {
		fixed[a] = -1
		if a >= off && to[a-off] != 1 {
			fixed[a] = oi[a-off]
		}
	}
	if r == 0 { // a scalar: one leaf
		return []int{0}
	}
	var leaves []int
	lead := from[:r-1]
	cur := make([]int, r-1)
	for a := range cur {
		if fixed[a] >= 0 {
			cur[a] = fixed[a]
		}
	}
	for {
		rowIdx := 0
		for a, dim := range lead {
			rowIdx = rowIdx*dim + cur[a]
		}
		if fixed[r-1] < 0 {
			for c := 0; c < l.ChunksPerRow; c++ {
				leaves = append(leaves, rowIdx*l.ChunksPerRow+c)
			}
		} else {
			leaves = append(leaves, rowIdx*l.ChunksPerRow+fixed[r-1]/commit.ChunkFloats)
		}
		// Next combination of the free leading axes, last axis fastest.
		a := r - 2
		for ; a >= 0; a-- {
			if fixed[a] >= 0 {
				continue
			}
			if cur[a]++; cur[a] < lead[a] {
				break
			}
			cur[a] = 0
		}
		if a < 0 {
			return leaves
		}
	}
}

// permSource is the flat index of the input element that element i of a permute's output
// copies: input axis perm[a] takes output axis a's index.
func permSource(i int, out, in, perm []int) int {
	oi := tensor.Unravel(i, out)
	ii := make([]int, len(oi))
	for a, p := range perm {
		ii[p] = oi[a]
	}
	return tensor.Ravel(ii, in)
}
