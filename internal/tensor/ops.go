package tensor

import (
	"fmt"
)

// Op names one primitive of the step program. The set is small and orthogonal (DESIGN.md
// section 2): layers, losses and optimizers are compositions of these.
type Op uint8

// The primitives. Leaves (Input, State, Const) produce values from outside the step; every other
// op computes its output from its inputs with the canonical order documented on its kernel.
const (
	OpInvalid Op = iota
	// Leaves.
	OpInput // a batch input (filled by the data pipeline each step)
	OpState // a training-state tensor (parameter, optimizer slot, step counter) as of step start
	OpConst // a constant tensor carried in the descriptor
	// Shape and data movement (no arithmetic).
	OpReshape   // same elements, new shape
	OpPermute   // axis permutation: out[i_0..i_n] = in[i_perm^-1...]; Perm[j] = input axis of output axis j
	OpBroadcast // expand size-1 (or missing leading) axes of the input to the output shape
	OpGather    // out[i,:] = table[idx[i],:]; inputs (table [N,D], idx [M]) -> [M,D]
	OpOneHot    // out[i,c] = 1 if idx[i] == c else 0; input idx [M] -> [M,C]
	// Reductions.
	OpSum        // sum the input down to the (broadcast-compatible) output shape
	OpMaxLast    // maximum over the last axis, kept as size 1
	OpMatMulABT  // C[..,m,n] = sum_k A[..,m,k]*B[..,n,k]
	OpScatterAdd // out[N,D] = 0; out[idx[i],:] += g[i,:] for i ascending; inputs (g [M,D], idx [M])
	// Elementwise, equal shapes.
	OpAdd
	OpSub
	OpMul
	OpDiv
	OpMax   // NaN if either input is NaN, else the larger (b when equal)
	OpGT    // 1 if a > b else 0
	OpWhere // inputs (c, a, b): a where c != 0 else b
	OpNeg
	OpExp  // fmath.Exp
	OpLog  // fmath.Log
	OpSqrt // correctly rounded
	numOps
)

var opNames = [...]string{
	OpInvalid:    "invalid",
	OpInput:      "input",
	OpState:      "state",
	OpConst:      "const",
	OpReshape:    "reshape",
	OpPermute:    "permute",
	OpBroadcast:  "broadcast",
	OpGather:     "gather",
	OpOneHot:     "onehot",
	OpSum:        "sum",
	OpMaxLast:    "max_last",
	OpMatMulABT:  "matmul_abt",
	OpScatterAdd: "scatter_add",
	OpAdd:        "add",
	OpSub:        "sub",
	OpMul:        "mul",
	OpDiv:        "div",
	OpMax:        "max",
	OpGT:         "gt",
	OpWhere:      "where",
	OpNeg:        "neg",
	OpExp:        "exp",
	OpLog:        "log",
	OpSqrt:       "sqrt",
}

func (o Op) String() string {
	if int(o) < len(opNames) && opNames[o] != "" {
		return opNames[o]
	}
	return fmt.Sprintf("op(%d)", uint8(o))
}

// NumOps is one more than the largest valid Op, for tables indexed by Op.
const NumOps = int(numOps)

// Arity is the number of inputs op takes (0 for leaves).
func (o Op) Arity() int {
	switch o {
	case OpInput, OpState, OpConst:
		return 0
	case OpGather, OpScatterAdd, OpMatMulABT, OpAdd, OpSub, OpMul, OpDiv, OpMax, OpGT:
		return 2
	case OpWhere:
		return 3
	}
	return 1
}

// Desc describes one op instance: everything needed to compute its output from its inputs.
type Desc struct {
	Op    Op
	Shape []int     // output shape
	Perm  []int     // OpPermute only
	Value []float32 // OpConst only (len = Numel(Shape))
}

// InferShape checks that the input shapes suit the op and returns the output shape. For ops whose
// output shape is an attribute (reshape, broadcast, sum, onehot classes, scatter rows), want
// carries it; it is ignored otherwise.
func InferShape(op Op, perm []int, want []int, in ...[]int) ([]int, error) {
	if len(in) != op.Arity() {
		return nil, fmt.Errorf("%v takes %d inputs, got %d", op, op.Arity(), len(in))
	}
	if len(want) > MaxRank {
		return nil, fmt.Errorf("%v: rank %d is above the maximum %d", op, len(want), MaxRank)
	}
	for _, s := range in {
		if len(s) > MaxRank {
			return nil, fmt.Errorf("%v: input rank %d is above the maximum %d", op, len(s), MaxRank)
		}
	}
	switch op {
	case OpInput, OpState, OpConst:
		return clone(want), nil
	case OpReshape:
		if Numel(want) != Numel(in[0]) {
			return nil, fmt.Errorf("reshape %s to %s changes the element count", ShapeString(in[0]), ShapeString(want))
		}
		return clone(want), nil
	case OpPermute:
		if len(perm) != len(in[0]) {
			return nil, fmt.Errorf("permute %v of rank-%d tensor", perm, len(in[0]))
		}
		seen := make([]bool, len(perm))
		out := make([]int, len(perm))
		for j, p := range perm {
			if p < 0 || p >= len(perm) || seen[p] {
				return nil, fmt.Errorf("permute %v is not a permutation", perm)
			}
			seen[p] = true
			out[j] = in[0][p]
		}
		return out, nil
	case OpBroadcast:
		if !Broadcastable(in[0], want) {
			return nil, fmt.Errorf("cannot broadcast %s to %s", ShapeString(in[0]), ShapeString(want))
		}
		return clone(want), nil
	case OpSum:
		if !Broadcastable(want, in[0]) {
			return nil, fmt.Errorf("cannot sum %s down to %s", ShapeString(in[0]), ShapeString(want))
		}
		return clone(want), nil
	case OpMaxLast:
		if len(in[0]) == 0 || in[0][len(in[0])-1] == 0 {
			return nil, fmt.Errorf("max_last needs a non-empty last axis, got %s", ShapeString(in[0]))
		}
		out := clone(in[0])
		out[len(out)-1] = 1
		return out, nil
	case OpMatMulABT:
		a, b := in[0], in[1]
		if len(a) < 2 || len(b) != len(a) {
			return nil, fmt.Errorf("matmul_abt needs equal-rank operands of rank >= 2, got %s and %s", ShapeString(a), ShapeString(b))
		}
		r := len(a)
		if !SameShape(a[:r-2], b[:r-2]) || a[r-1] != b[r-1] {
			return nil, fmt.Errorf("matmul_abt shapes %s and %s disagree (need [..,M,K] and [..,N,K])", ShapeString(a), ShapeString(b))
		}
		out := clone(a)
		out[r-1] = b[r-2]
		return out, nil
	case OpGather:
		t, idx := in[0], in[1]
		if len(t) != 2 || len(idx) != 1 {
			return nil, fmt.Errorf("gather needs table [N,D] and indices [M], got %s and %s", ShapeString(t), ShapeString(idx))
		}
		return []int{idx[0], t[1]}, nil
	case OpScatterAdd:
		g, idx := in[0], in[1]
		if len(g) != 2 || len(idx) != 1 || idx[0] != g[0] || len(want) != 2 || want[1] != g[1] {
			return nil, fmt.Errorf("scatter_add needs g [M,D], indices [M] and output [N,D], got %s, %s, %s", ShapeString(g), ShapeString(idx), ShapeString(want))
		}
		return clone(want), nil
	case OpOneHot:
		if len(in[0]) != 1 || len(want) != 2 || want[0] != in[0][0] || want[1] < 1 {
			return nil, fmt.Errorf("onehot needs indices [M] and output [M,C], got %s and %s", ShapeString(in[0]), ShapeString(want))
		}
		return clone(want), nil
	case OpAdd, OpSub, OpMul, OpDiv, OpMax, OpGT, OpWhere:
		for _, s := range in[1:] {
			if !SameShape(in[0], s) {
				return nil, fmt.Errorf("%v needs equal shapes, got %s and %s", op, ShapeString(in[0]), ShapeString(s))
			}
		}
		return clone(in[0]), nil
	case OpNeg, OpExp, OpLog, OpSqrt:
		return clone(in[0]), nil
	}
	return nil, fmt.Errorf("unknown op %v", op)
}

// Broadcastable reports whether shape from can be broadcast to shape to: after aligning trailing
// axes (missing leading axes count as 1), every axis of from is 1 or equal to to's.
func Broadcastable(from, to []int) bool {
	if len(from) > len(to) {
		return false
	}
	off := len(to) - len(from)
	for i, d := range from {
		if d != 1 && d != to[off+i] {
			return false
		}
	}
	return true
}

func clone(s []int) []int { return append([]int{}, s...) }
