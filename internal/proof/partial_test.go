package proof

import (
	"math"
	"math/rand/v2"
	"testing"

	"veritrain/internal/tensor"
)

// reductions lists the synthetic program's ops whose elements are long enough to bisect.
func reductions(s *synth) []int {
	var ks []int
	for k, d := range s.ops {
		if !Reducible(d.Op) {
			continue
		}
		if Segments(tensor.ReductionLen(d.Op, d.Shape, shapesOfOps(s, d.In))) >= 2 {
			ks = append(ks, k)
		}
	}
	return ks
}

func shapesOfOps(s *synth, in []int) [][]int {
	sh := make([][]int, len(in))
	for i, x := range in {
		sh[i] = s.vals[x].Shape
	}
	return sh
}

// partialClaim sets a to dispute segment seg of element e of op k, with the honest partial
// sums at both ends, and returns the witness.
func partialClaim(t *testing.T, a *Agreed, l *Local, c *Claimed, k, e, seg int) *Witness {
	t.Helper()
	n := tensor.ReductionLen(l.Ops[k].Op, l.Ops[k].Shape, shapesOfOps(getSynth(), l.Ops[k].In))
	from, to := SegmentRange(n, seg)
	var err error
	a.Op, a.Element, a.Segment = k, e, seg
	if a.Start, err = PartialOf(&l.Ops[k], l.Values, e, from); err != nil {
		t.Fatal(err)
	}
	if a.Claimed, err = PartialOf(&l.Ops[k], l.Values, e, to); err != nil {
		t.Fatal(err)
	}
	w, err := BuildPartial(a, l, c, k, e, seg)
	if err != nil {
		t.Fatalf("op %d element %d segment %d: %v", k, e, seg, err)
	}
	return w
}

// TestSynthPartial judges segments of every long reduction of the synthetic program: the honest
// partial sums are right, every tampered end value is wrong (rounding-edge probes included), the
// last segment ends at the element's own value, and witnesses stay small however long the sum.
func TestSynthPartial(t *testing.T) {
	s, l, c, a := honestSynth()
	rng := rand.New(rand.NewPCG(11, 12))
	ks := reductions(s)
	seen := map[tensor.Op]bool{}
	for _, k := range ks {
		d := &s.ops[k]
		seen[d.Op] = true
		n := tensor.ReductionLen(d.Op, d.Shape, shapesOfOps(s, d.In))
		S := Segments(n)
		for _, e := range elements(rng, tensor.Numel(d.Shape), 2) {
			if whole, err := PartialOf(&l.Ops[k], l.Values, e, n); err != nil || whole != math.Float32bits(s.vals[k].Data[e]) {
				t.Fatalf("op %d element %d: the full partial sum %#08x (%v) is not the element %#08x", k, e, whole, err, math.Float32bits(s.vals[k].Data[e]))
			}
			for _, seg := range []int{0, S - 1, rng.IntN(S)} {
				w := partialClaim(t, a, l, c, k, e, seg)
				b := checkVerdict(t, a, w, SolverRight)
				if len(b) > 16*(8+4+4096+1+32*64)+2*(4+2+128+1+32*64+32+1+32*64)+32 {
					t.Fatalf("op %d segment witness of %d bytes", k, len(b))
				}
				right := a.Claimed
				for _, tm := range tampers {
					a.Claimed = tm.f(right)
					checkVerdict(t, a, w, SolverWrong)
				}
				a.Claimed = right
			}
		}
	}
	if !seen[tensor.OpSum] || !seen[tensor.OpMatMulABT] {
		t.Fatalf("the synthetic program bisects %v only", seen)
	}
	// Not a reduction, a short one, or a segment out of range: no witness.
	a.Op, a.Element, a.Segment = 0, 0, 0
	for k, d := range s.ops {
		if !Reducible(d.Op) {
			if _, err := BuildPartial(a, l, c, k, 0, 0); err == nil {
				t.Fatalf("op %d (%v): a partial witness", k, d.Op)
			}
		}
	}
	k := ks[0]
	n := tensor.ReductionLen(s.ops[k].Op, s.ops[k].Shape, shapesOfOps(s, s.ops[k].In))
	if _, err := BuildPartial(a, l, c, k, 0, Segments(n)); err == nil {
		t.Fatal("a segment past the last: built")
	}
}

// TestSynthPartialRejects checks that every defect of a segment witness is rejected.
func TestSynthPartialRejects(t *testing.T) {
	s, l, c, a := honestSynth()
	rng := rand.New(rand.NewPCG(13, 14))
	hashes, flips := 30, 150
	if testing.Short() {
		hashes, flips = 8, 30
	}
	count := 0
	for _, k := range reductions(s) {
		e := rng.IntN(tensor.Numel(s.ops[k].Shape))
		w := partialClaim(t, a, l, c, k, e, 1)
		count += mustReject(t, a, w, rng, hashes, flips)
	}
	t.Logf("%d defective segment witnesses rejected", count)
}
