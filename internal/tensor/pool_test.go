package tensor

import (
	"math"
	"math/rand/v2"
	"sync/atomic"
	"testing"
)

// TestParallelElementwise checks that elementwise ops split across threads (tensors above
// elemParallelMin, including a ragged last chunk) give the reference bits for every thread count.
func TestParallelElementwise(t *testing.T) {
	defer SetThreads(Threads())
	r := rand.New(rand.NewPCG(9, 9))
	n := elemParallelMin*2 + 123
	mk := func() *Tensor {
		x := New(n)
		for i := range x.Data {
			x.Data[i] = float32(r.NormFloat64() * 3)
		}
		x.Data[7] = float32(math.Inf(1))
		return x
	}
	a, b, c := mk(), mk(), mk()
	for _, op := range []Op{OpAdd, OpSub, OpMul, OpDiv, OpMax, OpGT, OpWhere, OpNeg, OpExp, OpLog, OpSqrt} {
		in := []*Tensor{a, b, c}[:op.Arity()]
		d := &Desc{Op: op, Shape: []int{n}}
		want := New(n)
		RefExec(d, want, in...)
		for _, th := range []int{1, 2, 3, 8} {
			SetThreads(th)
			got := New(n)
			Exec(d, got, in...)
			for i := range got.Data {
				if math.Float32bits(got.Data[i]) != math.Float32bits(want.Data[i]) {
					t.Fatalf("%v threads=%d: element %d = %v, reference %v", op, th, i, got.Data[i], want.Data[i])
				}
			}
		}
	}
}

// TestExecAllocatesNothing checks that the elementwise and shape kernels allocate nothing, in
// parallel too.
func TestExecAllocatesNothing(t *testing.T) {
	defer SetThreads(Threads())
	n := elemParallelMin * 2
	a, b, out := New(4, n/4), New(4, n/4), New(4, n/4)
	row := New(1, n/4)
	sum := New(1, n/4)
	perm := New(n/4, 4)
	for _, th := range []int{1, 2} {
		SetThreads(th)
		for _, tc := range []struct {
			d   Desc
			out *Tensor
			in  []*Tensor
		}{
			{Desc{Op: OpAdd, Shape: out.Shape}, out, []*Tensor{a, b}},
			{Desc{Op: OpExp, Shape: out.Shape}, out, []*Tensor{a}},
			{Desc{Op: OpBroadcast, Shape: out.Shape}, out, []*Tensor{row}},
			{Desc{Op: OpSum, Shape: sum.Shape}, sum, []*Tensor{a}},
			{Desc{Op: OpPermute, Shape: perm.Shape, Perm: []int{1, 0}}, perm, []*Tensor{a}},
		} {
			if allocs := testing.AllocsPerRun(5, func() { Exec(&tc.d, tc.out, tc.in...) }); allocs != 0 {
				t.Errorf("threads=%d %v: %v allocations per call", th, tc.d.Op, allocs)
			}
		}
	}
}

// countWork is background work of a fixed number of pieces, counting them atomically.
type countWork struct {
	left, did atomic.Int64
}

func (c *countWork) Step() bool {
	if c.left.Add(-1) < 0 {
		return false
	}
	c.did.Add(1)
	return true
}

// TestBackground runs background work while parallel kernels use the same pool: every piece is
// done exactly once (by the worker or by the owner helping), the kernels still give the
// reference bits, and Start/Wait can be repeated.
func TestBackground(t *testing.T) {
	defer SetThreads(Threads())
	for _, th := range []int{1, 2, 4} {
		SetThreads(th)
		w := &countWork{}
		bg := NewBackground(w)
		a, b := New(67, 33), New(45, 33)
		for i := range a.Data {
			a.Data[i] = float32(i%13) - 6
		}
		for i := range b.Data {
			b.Data[i] = float32(i%7) * 0.5
		}
		d := &Desc{Op: OpMatMulABT, Shape: []int{67, 45}}
		want := New(67, 45)
		RefExec(d, want, a, b)
		for round := 0; round < 5; round++ {
			w.left.Store(1000)
			w.did.Store(0)
			bg.Start()
			got := New(67, 45)
			Exec(d, got, a, b)
			for w.Step() { // the owner helps, as the trainer does
			}
			bg.Wait()
			if n := w.did.Load(); n != 1000 {
				t.Fatalf("threads %d round %d: %d pieces done, want 1000", th, round, n)
			}
			for i := range got.Data {
				if math.Float32bits(got.Data[i]) != math.Float32bits(want.Data[i]) {
					t.Fatalf("threads %d: element %d = %v, want %v", th, i, got.Data[i], want.Data[i])
				}
			}
		}
	}
}
