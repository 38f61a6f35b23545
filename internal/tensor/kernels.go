package tensor

import (
	"fmt"
	"math"
	"sync"

	"veritrain/internal/fmath"
)

// canon maps any NaN to the canonical NaN and leaves every other value bit-identical.
func canon(x float32) float32 {
	if x != x {
		return fmath.NaN()
	}
	return x
}

// Exec computes op d into out from the inputs. Shapes must already have been checked with
// InferShape (the step-program compiler does this once); Exec panics on a mismatch. Index inputs
// (gather, scatter_add, onehot) must hold integers in range: the data pipeline validates them
// before a step runs, and Exec panics otherwise.
func Exec(d *Desc, out *Tensor, in ...*Tensor) {
	o := out.Data
	switch d.Op {
	case OpConst:
		copy(o, d.Value)
	case OpReshape:
		copy(o, in[0].Data)
	case OpPermute:
		permute(o, in[0].Data, in[0].Shape, d.Perm)
	case OpBroadcast:
		broadcast(o, out.Shape, in[0].Data, in[0].Shape)
	case OpSum:
		sumTo(o, out.Shape, in[0].Data, in[0].Shape)
	case OpMaxLast:
		r, n := rows(in[0].Shape)
		x := in[0].Data
		for i := 0; i < r; i++ {
			o[i] = maxRow(x[i*n : i*n+n])
		}
	case OpMatMulABT:
		a, b := in[0].Shape, in[1].Shape
		rank := len(a)
		MatMulABT(o, in[0].Data, in[1].Data, Numel(a[:rank-2]), a[rank-2], b[rank-2], a[rank-1])
	case OpGather:
		t, idx := in[0], in[1].Data
		dim := t.Shape[1]
		for i, f := range idx {
			r := index(f, t.Shape[0])
			copy(o[i*dim:(i+1)*dim], t.Data[r*dim:(r+1)*dim])
		}
	case OpScatterAdd:
		g, idx := in[0], in[1].Data
		dim := g.Shape[1]
		clear(o)
		for i, f := range idx {
			r := index(f, out.Shape[0])
			dst, src := o[r*dim:(r+1)*dim], g.Data[i*dim:(i+1)*dim]
			for j, v := range src {
				dst[j] += v
			}
		}
		canonAll(o)
	case OpOneHot:
		c := out.Shape[1]
		clear(o)
		for i, f := range in[0].Data {
			o[i*c+index(f, c)] = 1
		}
	case OpAdd, OpSub, OpMul, OpDiv, OpMax, OpGT, OpWhere, OpNeg, OpExp, OpLog, OpSqrt:
		if len(o) < elemParallelMin || Threads() == 1 {
			var t elemTask
			t.set(d.Op, o, in)
			t.run(0, len(o))
			break
		}
		elemMu.Lock()
		elemShared.t.set(d.Op, o, in)
		elemShared.n = len(o)
		pool.parallel((len(o)+elemChunk-1)/elemChunk, Threads(), &elemShared)
		elemShared.t = elemTask{} // drop references to the buffers
		elemMu.Unlock()
	default:
		panic(fmt.Sprintf("tensor: Exec of %v", d.Op))
	}
}

// max2 is the canonical binary maximum: NaN if either operand is NaN, otherwise a if a > b,
// otherwise b (so max2(-0, +0) = +0 and max2(+0, -0) = -0).
func max2(a, b float32) float32 {
	if a != a || b != b {
		return fmath.NaN()
	}
	if a > b {
		return a
	}
	return b
}

// gt is 1 if a > b, else 0 (0 when either is NaN).
func gt(a, b float32) float32 {
	if a > b {
		return 1
	}
	return 0
}

// maxRow is the canonical row maximum: m = -Inf; for k ascending, m = x[k] if x[k] > m; NaN if any
// element is NaN. Equal values keep the first one (relevant only for -0 and +0).
func maxRow(x []float32) float32 {
	m := float32(math.Inf(-1))
	for _, v := range x {
		if v != v {
			return fmath.NaN()
		}
		if v > m {
			m = v
		}
	}
	return m
}

// index converts an index value stored as float32 to an int in [0, n), panicking otherwise.
func index(f float32, n int) int {
	i := int(f)
	if float32(i) != f || i < 0 || i >= n {
		panic(fmt.Sprintf("tensor: index %v out of range [0,%d)", f, n))
	}
	return i
}

func canonAll(x []float32) {
	for i, v := range x {
		if v != v {
			x[i] = fmath.NaN()
		}
	}
}

// walkRows calls fn(r, base) for every row r (run along the last axis) of a tensor of the given
// shape, in row-major order, where base = Σ idx[a]·str[a] over the leading axes' indices. It is
// the one strided walk that permute, broadcast and sum share.
func walkRows(shape, str []int, fn func(r, base int)) {
	last := len(shape) - 1
	var buf [MaxRank]int // on the stack: kernels allocate nothing
	idx := buf[:last]
	n := Numel(shape[:last])
	for r := 0; r < n; r++ {
		base := 0
		for a, i := range idx {
			base += i * str[a]
		}
		fn(r, base)
		for a := last - 1; a >= 0; a-- {
			idx[a]++
			if idx[a] < shape[a] {
				break
			}
			idx[a] = 0
		}
	}
}

// permute writes out[j...] = in[...] for the axis permutation perm (output axis a is input axis
// perm[a]).
func permute(out, in []float32, inShape, perm []int) {
	rank := len(inShape)
	if rank == 0 || len(in) == 0 {
		copy(out, in)
		return
	}
	if transposeLast2(out, in, inShape, perm) {
		return
	}
	var b1, b2, b3 [MaxRank]int
	inStr := strides(b1[:rank], inShape)
	outShape := b2[:rank]
	str := b3[:rank] // input stride of each output axis
	for a, p := range perm {
		outShape[a] = inShape[p]
		str[a] = inStr[p]
	}
	// Walk the output in row-major order; the innermost axis is a strided copy.
	n, s := outShape[rank-1], str[rank-1]
	walkRows(outShape, str, func(r, base int) {
		dst := out[r*n : r*n+n]
		if s == 1 {
			copy(dst, in[base:base+n])
			return
		}
		for j := range dst {
			dst[j] = in[base+j*s]
		}
	})
}

// bcastStrides fills s (len(to)) with, for every axis of the (larger) shape to, the stride of the
// matching axis of from, or 0 where from is broadcast along that axis.
func bcastStrides(s, from, to []int) []int {
	var buf [MaxRank]int
	fs := strides(buf[:len(from)], from)
	clear(s)
	off := len(to) - len(from)
	for i := range from {
		if from[i] != 1 {
			s[off+i] = fs[i]
		}
	}
	return s
}

// broadcast writes out (shape to) from in (shape from) by repeating along broadcast axes.
func broadcast(out []float32, to []int, in []float32, from []int) {
	if len(out) == 0 {
		return
	}
	if len(in) == 1 {
		v := in[0]
		for i := range out {
			out[i] = v
		}
		return
	}
	var buf [MaxRank]int
	str := bcastStrides(buf[:len(to)], from, to)
	n, s := to[len(to)-1], str[len(to)-1]
	walkRows(to, str, func(r, base int) {
		dst := out[r*n : r*n+n]
		if s == 1 {
			copy(dst, in[base:base+n])
			return
		}
		v := in[base] // broadcast along the last axis
		for j := range dst {
			dst[j] = v
		}
	})
}

// sumTo reduces in (shape from) to out (shape to, broadcastable to from) by summation.
//
// Canonical order: each output element is the sum, from +0 in one float32 accumulator, of the
// input elements that broadcast from it, taken in ascending row-major order of the input. The
// kernel walks the input once in row-major order and adds each element into its output slot, which
// realises exactly that order for every output element.
func sumTo(out []float32, to []int, in []float32, from []int) {
	clear(out)
	if len(in) == 0 {
		return
	}
	if len(out) == 1 {
		var s float32
		for _, v := range in {
			s += v
		}
		out[0] = canon(s)
		return
	}
	var buf [MaxRank]int
	str := bcastStrides(buf[:len(from)], to, from)
	n, s := from[len(from)-1], str[len(from)-1]
	walkRows(from, str, func(r, base int) {
		src := in[r*n : r*n+n]
		if s == 0 { // the whole row sums into one output element
			acc := out[base]
			for _, v := range src {
				acc += v
			}
			out[base] = acc
			return
		}
		dst := out[base : base+n]
		for j, v := range src {
			dst[j] += v
		}
	})
	canonAll(out)
}

// Elementwise ops split their output into chunks of elemChunk elements across threads when the
// tensor has at least elemParallelMin elements. Each element is independent, so the split never
// changes a bit.
const (
	elemChunk       = 4096
	elemParallelMin = 1 << 15
)

// elemTask computes one elementwise op over a range of flat indices.
type elemTask struct {
	op Op
	o  []float32
	in [3][]float32
}

// chunked adapts a flat range task to row ranges of elemChunk elements.
type chunked struct {
	t elemTask
	n int
}

func (c *chunked) Run(_, lo, hi int) { c.t.run(min(lo*elemChunk, c.n), min(hi*elemChunk, c.n)) }

// elemShared is the one parallel elementwise task in flight (guarded by elemMu), so that
// dispatching it allocates nothing.
var (
	elemMu     sync.Mutex
	elemShared chunked
)

// IsElementwise reports whether op computes output element i from input elements i alone.
func IsElementwise(op Op) bool {
	switch op {
	case OpAdd, OpSub, OpMul, OpDiv, OpMax, OpGT, OpWhere, OpNeg, OpExp, OpLog, OpSqrt:
		return true
	}
	return false
}

// Elementwise runs the kernel of the elementwise op over equal-length slices (b and c unused for
// ops with fewer inputs): the same per-element code as Exec, for callers that fuse several ops
// over cache-sized blocks.
func Elementwise(op Op, o, a, b, c []float32) {
	t := elemTask{op: op, o: o, in: [3][]float32{a, b, c}}
	t.run(0, len(o))
}

func (t *elemTask) set(op Op, o []float32, in []*Tensor) {
	t.op, t.o = op, o
	for i, x := range in {
		t.in[i] = x.Data[:len(o)]
	}
}

func (t *elemTask) run(lo, hi int) {
	o := t.o[lo:hi]
	a := t.in[0][lo:hi]
	if elemSIMD(t.op, o, a, elemArg(t.in[1], lo, hi), elemArg(t.in[2], lo, hi)) {
		return
	}
	switch t.op {
	case OpAdd:
		b := t.in[1][lo:hi]
		for i, x := range a {
			o[i] = canon(x + b[i])
		}
	case OpSub:
		b := t.in[1][lo:hi]
		for i, x := range a {
			o[i] = canon(x - b[i])
		}
	case OpMul:
		b := t.in[1][lo:hi]
		for i, x := range a {
			o[i] = canon(x * b[i])
		}
	case OpDiv:
		b := t.in[1][lo:hi]
		for i, x := range a {
			o[i] = canon(x / b[i])
		}
	case OpMax:
		b := t.in[1][lo:hi]
		for i, x := range a {
			o[i] = max2(x, b[i])
		}
	case OpGT:
		b := t.in[1][lo:hi]
		for i, x := range a {
			o[i] = gt(x, b[i])
		}
	case OpWhere:
		x, y := t.in[1][lo:hi], t.in[2][lo:hi]
		for i, c := range a {
			if c != 0 {
				o[i] = x[i]
			} else {
				o[i] = y[i]
			}
		}
	case OpNeg:
		for i, x := range a {
			o[i] = canon(-x)
		}
	case OpExp:
		for i, x := range a {
			o[i] = fmath.Exp(x)
		}
	case OpLog:
		for i, x := range a {
			o[i] = fmath.Log(x)
		}
	case OpSqrt:
		for i, x := range a {
			o[i] = fmath.Sqrt(x)
		}
	}
}
