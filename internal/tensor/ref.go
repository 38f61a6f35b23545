package tensor

import (
	"fmt"

	"veritrain/internal/fmath"
)

// RefElement computes output element i (flat row-major index) of op d from its inputs, one
// element at a time, in the canonical order. It is the executable specification of every
// primitive: the fast kernels in Exec must match it bit for bit, and the Solidity element checks
// implement exactly this. It is deliberately simple and slow.
func RefElement(d *Desc, in []*Tensor, i int) float32 {
	out := d.Shape
	switch d.Op {
	case OpConst:
		return d.Value[i]
	case OpReshape:
		return in[0].Data[i]
	case OpPermute:
		oi := unravel(i, out)
		ii := make([]int, len(oi))
		for a, p := range d.Perm {
			ii[p] = oi[a]
		}
		return in[0].Data[ravel(ii, in[0].Shape)]
	case OpBroadcast:
		return in[0].Data[bcastSource(i, out, in[0].Shape)]
	case OpSum, OpMatMulABT:
		// From +0, add the terms in ascending order (sum: every input element that broadcasts
		// from element i; matmul_abt: the rounded products along K).
		shapes := shapesOf(in)
		return refPartial(d, in, shapes, i, 0, ReductionLen(d.Op, out, shapes), 0)
	case OpMaxLast:
		n := in[0].Shape[len(in[0].Shape)-1]
		return maxRow(in[0].Data[i*n : i*n+n])
	case OpGather:
		dim := in[0].Shape[1]
		r := index(in[1].Data[i/dim], in[0].Shape[0])
		return in[0].Data[r*dim+i%dim]
	case OpScatterAdd:
		dim := out[1]
		row, col := i/dim, i%dim
		var s float32 // +0, then g[m][col] for every m with idx[m] == row, m ascending
		for m, f := range in[1].Data {
			if index(f, out[0]) == row {
				s += in[0].Data[m*dim+col]
			}
		}
		return canon(s)
	case OpOneHot:
		c := out[1]
		if index(in[0].Data[i/c], c) == i%c {
			return 1
		}
		return 0
	case OpAdd:
		return canon(in[0].Data[i] + in[1].Data[i])
	case OpSub:
		return canon(in[0].Data[i] - in[1].Data[i])
	case OpMul:
		return canon(in[0].Data[i] * in[1].Data[i])
	case OpDiv:
		return canon(in[0].Data[i] / in[1].Data[i])
	case OpMax:
		return max2(in[0].Data[i], in[1].Data[i])
	case OpGT:
		return gt(in[0].Data[i], in[1].Data[i])
	case OpWhere:
		if in[0].Data[i] != 0 {
			return in[1].Data[i]
		}
		return in[2].Data[i]
	case OpNeg:
		return canon(-in[0].Data[i])
	case OpExp:
		return fmath.Exp(in[0].Data[i])
	case OpLog:
		return fmath.Log(in[0].Data[i])
	case OpSqrt:
		return fmath.Sqrt(in[0].Data[i])
	}
	panic(fmt.Sprintf("tensor: RefElement of %v", d.Op))
}

func shapesOf(in []*Tensor) [][]int {
	s := make([][]int, len(in))
	for j, t := range in {
		s[j] = t.Shape
	}
	return s
}

// RefExec fills out element by element with RefElement.
func RefExec(d *Desc, out *Tensor, in ...*Tensor) {
	for i := range out.Data {
		out.Data[i] = RefElement(d, in, i)
	}
}

// Unravel returns the multi-index of flat index i in shape (row-major), as RefElement uses it.
func Unravel(i int, shape []int) []int { return unravel(i, shape) }

// Ravel is the flat index of multi-index idx in shape (row-major).
func Ravel(idx, shape []int) int { return ravel(idx, shape) }

// BroadcastSource is the flat index of the element of shape from that element i of shape to (to
// which from broadcasts) copies or reduces into, as RefElement defines broadcast and sum.
func BroadcastSource(i int, to, from []int) int { return bcastSource(i, to, from) }

func unravel(i int, shape []int) []int {
	idx := make([]int, len(shape))
	for a := len(shape) - 1; a >= 0; a-- {
		idx[a] = i % shape[a]
		i /= shape[a]
	}
	return idx
}

func ravel(idx, shape []int) int {
	i := 0
	for a, d := range shape {
		i = i*d + idx[a]
	}
	return i
}

// bcastSource maps flat index i of shape to to the flat index of the element of shape from (which
// broadcasts to to) that it copies.
func bcastSource(i int, to, from []int) int {
	idx := unravel(i, to)
	off := len(to) - len(from)
	j := 0
	for a, d := range from {
		x := 0
		if d != 1 {
			x = idx[off+a]
		}
		j = j*d + x
	}
	return j
}
