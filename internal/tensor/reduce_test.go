package tensor

import (
	"math"
	"math/rand/v2"
	"testing"

	"veritrain/internal/fmath"
)

// bruteSum is the definition of sum's element i that RefElement had before RefPartial: walk the
// whole input and add every element that broadcasts from i, in ascending flat order.
func bruteSum(x *Tensor, out []int, i int) float32 {
	var s float32
	for j := range x.Data {
		if bcastSource(j, x.Shape, out) == i {
			s += x.Data[j]
		}
	}
	return canon(s)
}

// edgy draws values that exercise rounding: ordinary, huge, tiny, subnormal, zeros of both
// signs, infinities and NaNs with payloads.
func edgy(rng *rand.Rand) float32 {
	switch rng.IntN(12) {
	case 0:
		return float32(math.Copysign(0, -1))
	case 1:
		return math.Float32frombits(rng.Uint32() & 0x807fffff) // subnormal (or zero)
	case 2:
		return float32(math.Inf(1 - 2*rng.IntN(2)))
	case 3:
		return math.Float32frombits(0x7f800001 | rng.Uint32()&0x803fffff) // NaN, any payload
	case 4:
		return float32(rng.NormFloat64() * 3e38)
	}
	return float32(rng.NormFloat64())
}

func TestReductionTermsAndPartials(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	sums := []struct{ from, to []int }{
		{[]int{5}, []int{}}, {[]int{5}, []int{1}}, {[]int{4, 3}, []int{3}}, {[]int{4, 3}, []int{4, 1}},
		{[]int{4, 3}, []int{1, 1}}, {[]int{2, 3, 4}, []int{3, 1}}, {[]int{2, 3, 4}, []int{2, 1, 4}},
		{[]int{3, 1, 5}, []int{1, 1, 5}}, {[]int{0, 3}, []int{3}}, {[]int{6, 2}, []int{6, 2}},
	}
	for _, c := range sums {
		x := New(c.from...)
		for i := range x.Data {
			x.Data[i] = edgy(rng)
		}
		d := &Desc{Op: OpSum, Shape: c.to}
		n := ReductionLen(OpSum, c.to, [][]int{c.from})
		if Numel(c.to) > 0 && n*Numel(c.to) != Numel(c.from) {
			t.Fatalf("sum %v -> %v: %d terms", c.from, c.to, n)
		}
		for i := 0; i < Numel(c.to); i++ {
			prev := -1
			for k := 0; k < n; k++ { // terms ascend and reduce into i
				j, y := ReductionTerm(OpSum, c.to, [][]int{c.from}, i, k)
				if j <= prev || y != -1 || bcastSource(j, c.from, c.to) != i {
					t.Fatalf("sum %v -> %v element %d term %d: input %d (previous %d)", c.from, c.to, i, k, j, prev)
				}
				prev = j
			}
			want := math.Float32bits(bruteSum(x, c.to, i))
			if got := math.Float32bits(RefElement(d, []*Tensor{x}, i)); got != want {
				t.Fatalf("sum %v -> %v element %d: %#08x, brute force %#08x", c.from, c.to, i, got, want)
			}
			checkSplits(t, d, []*Tensor{x}, i, n, want)
		}
	}
	for _, c := range [][2][]int{{{3, 7}, {2, 7}}, {{2, 2, 5}, {2, 3, 5}}, {{1, 40}, {1, 40}}} {
		a, b := New(c[0]...), New(c[1]...)
		for i := range a.Data {
			a.Data[i] = edgy(rng)
		}
		for i := range b.Data {
			b.Data[i] = edgy(rng)
		}
		out, err := InferShape(OpMatMulABT, nil, nil, c[0], c[1])
		if err != nil {
			t.Fatal(err)
		}
		d := &Desc{Op: OpMatMulABT, Shape: out}
		n := ReductionLen(OpMatMulABT, out, [][]int{c[0], c[1]})
		for i := 0; i < Numel(out); i++ {
			whole := RefElement(d, []*Tensor{a, b}, i)
			checkSplits(t, d, []*Tensor{a, b}, i, n, math.Float32bits(whole))
		}
	}
}

// checkSplits checks that folding [0, n) in two parts, at every cut, gives the whole's bits.
func checkSplits(t *testing.T, d *Desc, in []*Tensor, i, n int, want uint32) {
	t.Helper()
	for cut := 0; cut <= n; cut++ {
		p := RefPartial(d, in, i, 0, cut, 0)
		if got := math.Float32bits(RefPartial(d, in, i, cut, n, p)); got != want {
			t.Fatalf("%v element %d cut at %d of %d: %#08x, whole %#08x", d.Op, i, cut, n, got, want)
		}
		if p != p && math.Float32bits(p) != fmath.CanonicalNaN {
			t.Fatalf("%v element %d: partial %d is a non-canonical NaN %#08x", d.Op, i, cut, math.Float32bits(p))
		}
	}
}
