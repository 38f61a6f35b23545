package autograd

import (
	"math"
	"math/rand/v2"
	"testing"

	"veritrain/internal/tensor"
)

// TestFusedRunMatchesUnfused builds random chains of elementwise ops (with scalar broadcasts,
// constant fills, values read after the chain and values read twice) and checks that the fused
// Run produces exactly the bits of the op-at-a-time RunObserved, for several thread counts and
// sizes that leave a ragged last block.
func TestFusedRunMatchesUnfused(t *testing.T) {
	defer tensor.SetThreads(tensor.Threads())
	for seed := uint64(0); seed < 20; seed++ {
		r := rand.New(rand.NewPCG(seed, 7))
		n := 2*fuseBlock + r.IntN(3*fuseBlock)
		g := New()
		x := g.Input("x", n)
		y := g.Input("y", n)
		s := g.Input("s") // a scalar input
		vals := []Value{x, y}
		var outs []Value
		for k := 0; k < 12; k++ {
			a := vals[r.IntN(len(vals))]
			b := vals[r.IntN(len(vals))]
			var v Value
			switch r.IntN(9) {
			case 0:
				v = g.Add(a, b)
			case 1:
				v = g.Sub(a, g.Broadcast(s, n))
			case 2:
				v = g.Mul(a, g.Like(0.75, a))
			case 3:
				v = g.Div(a, g.AddScalar(g.Mul(b, b), 1))
			case 4:
				v = g.Max(a, b)
			case 5:
				v = g.Where(g.GT(a, b), a, g.Neg(b))
			case 6:
				v = g.Exp(g.MulScalar(a, 0.1))
			case 7:
				v = g.Sqrt(g.AddScalar(g.Mul(a, a), 1e-3))
			default:
				v = g.Log(g.AddScalar(g.Mul(a, a), 1))
			}
			vals = append(vals, v)
			if r.IntN(4) == 0 {
				outs = append(outs, v)
			}
		}
		last := vals[len(vals)-1]
		// A value read only after the fused run (by a reduction) must still be written out.
		mid := vals[2+r.IntN(len(vals)-3)]
		outs = append(outs, g.SumAll(last), last, g.SumAll(g.Mul(mid, mid)))
		p, err := Compile(g, outs, nil)
		if err != nil {
			t.Fatal(err)
		}
		if len(p.groups) == 0 {
			t.Fatalf("seed %d: no fused group formed: the test would not test fusion", seed)
		}
		xt, yt := tensor.New(n), tensor.New(n)
		for i := range xt.Data {
			xt.Data[i] = float32(r.NormFloat64() * 2)
			yt.Data[i] = float32(r.NormFloat64() * 2)
		}
		xt.Data[3] = float32(math.Inf(1))
		must(t, p.Bind("x", xt))
		must(t, p.Bind("y", yt))
		must(t, p.Bind("s", tensor.FromData(nil, []float32{0.3})))
		p.RunObserved(nil)
		var want [][]uint32
		for _, o := range outs {
			want = append(want, f32bits(p.Value(o).Data))
		}
		for _, th := range []int{1, 2, 3} {
			tensor.SetThreads(th)
			// Dirty every buffer with another input's values, so a value that the fused run
			// fails to recompute shows.
			x0, y0 := append([]float32(nil), xt.Data...), append([]float32(nil), yt.Data...)
			copy(xt.Data, y0)
			copy(yt.Data, x0)
			p.RunObserved(nil)
			copy(xt.Data, x0)
			copy(yt.Data, y0)
			p.Run()
			for k, o := range outs {
				got := f32bits(p.Value(o).Data)
				for i := range got {
					if got[i] != want[k][i] {
						t.Fatalf("seed %d threads %d: output %d element %d: fused %#x, unfused %#x", seed, th, k, i, got[i], want[k][i])
					}
				}
			}
		}
	}
}

func f32bits(x []float32) []uint32 {
	out := make([]uint32, len(x))
	for i, v := range x {
		out[i] = math.Float32bits(v)
	}
	return out
}
