package autograd

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"veritrain/internal/tensor"
)

// Gradient checks: for every op with a gradient rule, the analytic gradient (Grad, compiled and
// run in float32) of f = SumAll(op(inputs) * R), R a fixed random tensor, is compared with a
// central finite difference of f computed in float64 by eval64, an independent float64
// re-implementation of every primitive.

// eval64 evaluates nodes [0, upto] of g in float64. leaves holds the values of input and state
// nodes.
func eval64(g *Graph, upto Value, leaves map[Value][]float64) [][]float64 {
	vals := make([][]float64, upto+1)
	for v := Value(0); v <= upto; v++ {
		nd := &g.Nodes[v]
		out := make([]float64, tensor.Numel(nd.Shape))
		in := func(i int) []float64 { return vals[nd.In[i]] }
		inShape := func(i int) []int { return g.Nodes[nd.In[i]].Shape }
		switch nd.Op {
		case tensor.OpInput, tensor.OpState:
			x, ok := leaves[v]
			if !ok {
				panic(fmt.Sprintf("eval64: leaf %d (%q) has no value", v, nd.Name))
			}
			copy(out, x)
		case tensor.OpConst:
			for i, x := range nd.Value {
				out[i] = float64(x)
			}
		case tensor.OpReshape:
			copy(out, in(0))
		case tensor.OpPermute:
			// Output axis a is input axis Perm[a].
			is := inShape(0)
			for o := range out {
				oi := unravel64(o, nd.Shape)
				ii := make([]int, len(is))
				for a, p := range nd.Perm {
					ii[p] = oi[a]
				}
				out[o] = in(0)[ravel64(ii, is)]
			}
		case tensor.OpBroadcast:
			for o := range out {
				out[o] = in(0)[bsrc64(o, nd.Shape, inShape(0))]
			}
		case tensor.OpSum:
			for j, x := range in(0) {
				out[bsrc64(j, inShape(0), nd.Shape)] += x
			}
		case tensor.OpMaxLast:
			s := inShape(0)
			n := s[len(s)-1]
			for r := range out {
				m := math.Inf(-1)
				for _, x := range in(0)[r*n : r*n+n] {
					m = math.Max(m, x)
				}
				out[r] = m
			}
		case tensor.OpMatMulABT:
			as, bs := inShape(0), inShape(1)
			rk := len(as)
			m, n, k := as[rk-2], bs[rk-2], as[rk-1]
			batch := tensor.Numel(as[:rk-2])
			a, b := in(0), in(1)
			for bi := 0; bi < batch; bi++ {
				for i := 0; i < m; i++ {
					for j := 0; j < n; j++ {
						s := 0.0
						for p := 0; p < k; p++ {
							s += a[(bi*m+i)*k+p] * b[(bi*n+j)*k+p]
						}
						out[(bi*m+i)*n+j] = s
					}
				}
			}
		case tensor.OpGather:
			d := inShape(0)[1]
			for i, f := range in(1) {
				copy(out[i*d:(i+1)*d], in(0)[int(f)*d:(int(f)+1)*d])
			}
		case tensor.OpScatterAdd:
			d := nd.Shape[1]
			for i, f := range in(1) {
				for c := 0; c < d; c++ {
					out[int(f)*d+c] += in(0)[i*d+c]
				}
			}
		case tensor.OpOneHot:
			c := nd.Shape[1]
			for i, f := range in(0) {
				out[i*c+int(f)] = 1
			}
		case tensor.OpAdd, tensor.OpSub, tensor.OpMul, tensor.OpDiv, tensor.OpMax, tensor.OpGT:
			a, b := in(0), in(1)
			for i := range out {
				switch nd.Op {
				case tensor.OpAdd:
					out[i] = a[i] + b[i]
				case tensor.OpSub:
					out[i] = a[i] - b[i]
				case tensor.OpMul:
					out[i] = a[i] * b[i]
				case tensor.OpDiv:
					out[i] = a[i] / b[i]
				case tensor.OpMax:
					out[i] = math.Max(a[i], b[i])
				case tensor.OpGT:
					if a[i] > b[i] {
						out[i] = 1
					}
				}
			}
		case tensor.OpWhere:
			for i := range out {
				if in(0)[i] != 0 {
					out[i] = in(1)[i]
				} else {
					out[i] = in(2)[i]
				}
			}
		case tensor.OpNeg, tensor.OpExp, tensor.OpLog, tensor.OpSqrt:
			f := map[tensor.Op]func(float64) float64{
				tensor.OpNeg:  func(x float64) float64 { return -x },
				tensor.OpExp:  math.Exp,
				tensor.OpLog:  math.Log,
				tensor.OpSqrt: math.Sqrt,
			}[nd.Op]
			for i, x := range in(0) {
				out[i] = f(x)
			}
		default:
			panic(fmt.Sprintf("eval64: op %v", nd.Op))
		}
		vals[v] = out
	}
	return vals
}

func unravel64(i int, shape []int) []int {
	idx := make([]int, len(shape))
	for a := len(shape) - 1; a >= 0; a-- {
		idx[a] = i % shape[a]
		i /= shape[a]
	}
	return idx
}

func ravel64(idx, shape []int) int {
	i := 0
	for a, d := range shape {
		i = i*d + idx[a]
	}
	return i
}

// bsrc64 maps flat index i of shape big to the flat index of shape small (broadcastable to big)
// that element i is a copy of.
func bsrc64(i int, big, small []int) int {
	idx := unravel64(i, big)
	off := len(big) - len(small)
	j := 0
	for a, d := range small {
		x := 0
		if d != 1 {
			x = idx[off+a]
		}
		j = j*d + x
	}
	return j
}

// gradProblem is a graph with named leaves and their values, a scalar-or-tensor output and the
// leaves to differentiate with respect to.
type gradProblem struct {
	g      *Graph
	out    Value
	wrt    []Value
	leaves map[Value][]float32
}

func newProblem() *gradProblem {
	return &gradProblem{g: New(), leaves: map[Value][]float32{}}
}

// param declares a differentiable state with the given values.
func (p *gradProblem) param(vals []float32, shape ...int) Value {
	v := p.g.State(fmt.Sprintf("p%d", len(p.leaves)), shape...)
	p.leaves[v] = vals
	p.wrt = append(p.wrt, v)
	return v
}

// data declares a non-differentiated input with the given values.
func (p *gradProblem) data(vals []float32, shape ...int) Value {
	v := p.g.Input(fmt.Sprintf("x%d", len(p.leaves)), shape...)
	p.leaves[v] = vals
	return v
}

type rng struct{ *rand.Rand }

func newRng(seed uint64) rng { return rng{rand.New(rand.NewPCG(seed, 42))} }

// uniform returns n values uniform in [lo, hi).
func (r rng) uniform(n int, lo, hi float64) []float32 {
	d := make([]float32, n)
	for i := range d {
		d[i] = float32(lo + (hi-lo)*r.Float64())
	}
	return d
}

// separated returns n values in random order whose pairwise distances are at least 0.1.
func (r rng) separated(n int) []float32 {
	d := make([]float32, n)
	for i, j := range r.Perm(n) {
		d[i] = float32(0.2*float64(j) - 0.1*float64(n) + 0.05*r.Float64())
	}
	return d
}

func (r rng) indices(n, limit int) []float32 {
	d := make([]float32, n)
	for i := range d {
		d[i] = float32(r.IntN(limit))
	}
	return d
}

// checkGrad compares the analytic gradient of f = SumAll(out * R) with central differences and
// returns a description of every element that disagrees (nil when all agree).
func checkGrad(p *gradProblem, seed uint64) ([]string, error) {
	g := p.g
	r := newRng(seed)
	outShape := g.Shape(p.out)
	R := g.Const(outShape, r.uniform(tensor.Numel(outShape), -1, 1))
	f := g.SumAll(g.Mul(p.out, R))
	grads := Grad(g, f, p.wrt)

	prog, err := Compile(g, append([]Value{f, p.out}, grads...), nil)
	if err != nil {
		return nil, err
	}
	for v, x := range p.leaves {
		if err := prog.Bind(g.Nodes[v].Name, tensor.FromData(g.Shape(v), append([]float32(nil), x...))); err != nil {
			return nil, err
		}
	}
	if err := prog.Check(); err != nil {
		return nil, err
	}
	prog.Run()

	leaves := map[Value][]float64{}
	for v, x := range p.leaves {
		d := make([]float64, len(x))
		for i, y := range x {
			d[i] = float64(y)
		}
		leaves[v] = d
	}
	var bad []string
	// Sanity check of eval64 against the float32 program: the forward output must agree to
	// float32 accuracy (this catches a wrong float64 re-implementation).
	ref := eval64(g, f, leaves)
	for i, y := range prog.Value(p.out).Data {
		want := ref[p.out][i]
		if math.Abs(float64(y)-want) > 1e-5*(1+math.Abs(want)) {
			bad = append(bad, fmt.Sprintf("forward element %d: float32 %v, float64 %v", i, y, want))
		}
	}
	loss := func() float64 { return eval64(g, f, leaves)[f][0] }
	for wi, w := range p.wrt {
		x := leaves[w]
		analytic := prog.Value(grads[wi]).Data
		numeric := make([]float64, len(x))
		scale := 0.0
		for i := range x {
			orig := x[i]
			h := 1e-4 * math.Max(1, math.Abs(orig))
			x[i] = orig + h
			lp := loss()
			x[i] = orig - h
			lm := loss()
			x[i] = orig
			numeric[i] = (lp - lm) / (2 * h)
			scale = math.Max(scale, math.Abs(numeric[i]))
		}
		for i := range x {
			a, n := float64(analytic[i]), numeric[i]
			// float32 backward error is ~1e-7 relative to the terms summed; the tolerance is about
			// 1000 times that, and a wrong rule is off by O(1) (see TestGradCheckerCatchesWrongRules).
			if math.Abs(a-n) > 2e-4*math.Abs(n)+2e-5*scale+1e-7 || math.IsNaN(a) {
				bad = append(bad, fmt.Sprintf("d/d%s[%d]: analytic %.7g, numeric %.7g", g.Nodes[w].Name, i, a, n))
			}
		}
	}
	return bad, nil
}

// gradCases builds one problem per case; each case exercises one op (the op of its out node).
func gradCases() map[string]func(r rng) *gradProblem {
	cs := map[string]func(r rng) *gradProblem{}
	unary := func(op tensor.Op, shape []int, lo, hi float64) func(r rng) *gradProblem {
		return func(r rng) *gradProblem {
			p := newProblem()
			x := p.param(r.uniform(tensor.Numel(shape), lo, hi), shape...)
			p.out = p.g.add(op, nil, nil, x)
			return p
		}
	}
	binary := func(op tensor.Op, shape []int, alo, ahi, blo, bhi float64) func(r rng) *gradProblem {
		return func(r rng) *gradProblem {
			p := newProblem()
			n := tensor.Numel(shape)
			a := p.param(r.uniform(n, alo, ahi), shape...)
			b := p.param(r.uniform(n, blo, bhi), shape...)
			p.out = p.g.add(op, nil, nil, a, b)
			return p
		}
	}
	cs["reshape 3x4->2x6"] = func(r rng) *gradProblem {
		p := newProblem()
		x := p.param(r.uniform(12, -2, 2), 3, 4)
		p.out = p.g.Reshape(x, 2, 6)
		return p
	}
	cs["reshape 2x3x4->4x6"] = func(r rng) *gradProblem {
		p := newProblem()
		x := p.param(r.uniform(24, -2, 2), 2, 3, 4)
		p.out = p.g.Reshape(x, 4, 6)
		return p
	}
	for _, pc := range []struct {
		shape, perm []int
	}{
		{[]int{3, 5}, []int{1, 0}},
		{[]int{2, 3, 4}, []int{2, 0, 1}},
		{[]int{2, 3, 4}, []int{1, 2, 0}},
		{[]int{2, 3, 4, 5}, []int{3, 1, 0, 2}},
	} {
		cs[fmt.Sprintf("permute %v %v", pc.shape, pc.perm)] = func(r rng) *gradProblem {
			p := newProblem()
			x := p.param(r.uniform(tensor.Numel(pc.shape), -2, 2), pc.shape...)
			p.out = p.g.Permute(x, pc.perm...)
			return p
		}
	}
	bcs := [][2][]int{
		{{1, 5}, {4, 5}},
		{{4, 1}, {4, 5}},
		{{}, {4, 5}},
		{{5}, {2, 3, 5}},
		{{1, 3, 1}, {2, 3, 4}},
		{{3, 4}, {2, 3, 4}},
	}
	for _, bc := range bcs {
		cs[fmt.Sprintf("broadcast %v->%v", bc[0], bc[1])] = func(r rng) *gradProblem {
			p := newProblem()
			x := p.param(r.uniform(tensor.Numel(bc[0]), -2, 2), bc[0]...)
			p.out = p.g.Broadcast(x, bc[1]...)
			return p
		}
		cs[fmt.Sprintf("sum %v->%v", bc[1], bc[0])] = func(r rng) *gradProblem {
			p := newProblem()
			x := p.param(r.uniform(tensor.Numel(bc[1]), -2, 2), bc[1]...)
			p.out = p.g.SumTo(x, bc[0]...)
			return p
		}
	}
	for _, s := range [][]int{{4, 6}, {2, 3, 5}, {3, 1}} {
		cs[fmt.Sprintf("max_last %v", s)] = func(r rng) *gradProblem {
			p := newProblem()
			n := s[len(s)-1]
			var vals []float32
			for range tensor.Numel(s) / n {
				vals = append(vals, r.separated(n)...)
			}
			x := p.param(vals, s...)
			p.out = p.g.MaxLast(x)
			return p
		}
	}
	for _, mc := range []struct {
		batch   []int
		m, n, k int
	}{
		{nil, 3, 4, 5},
		{nil, 5, 6, 1},
		{[]int{2}, 3, 4, 5},
		{[]int{2, 2}, 3, 5, 4},
	} {
		cs[fmt.Sprintf("matmul_abt %v %dx%dx%d", mc.batch, mc.m, mc.n, mc.k)] = func(r rng) *gradProblem {
			p := newProblem()
			as := append(append([]int{}, mc.batch...), mc.m, mc.k)
			bs := append(append([]int{}, mc.batch...), mc.n, mc.k)
			a := p.param(r.uniform(tensor.Numel(as), -1, 1), as...)
			b := p.param(r.uniform(tensor.Numel(bs), -1, 1), bs...)
			p.out = p.g.MatMulABT(a, b)
			return p
		}
	}
	cs["gather (table)"] = func(r rng) *gradProblem {
		p := newProblem()
		t := p.param(r.uniform(15, -2, 2), 5, 3)
		idx := p.data([]float32{1, 3, 1, 0, 3, 3, 1}, 7) // row 2 and 4 unused, rows 1 and 3 repeated
		p.out = p.g.Gather(t, idx)
		return p
	}
	cs["scatter_add (src)"] = func(r rng) *gradProblem {
		p := newProblem()
		src := p.param(r.uniform(18, -2, 2), 6, 3)
		idx := p.data([]float32{2, 0, 2, 2, 3, 0}, 6) // row 1 untouched
		p.out = p.g.ScatterAdd(src, idx, 4)
		return p
	}
	cs["add"] = binary(tensor.OpAdd, []int{3, 4}, -2, 2, -2, 2)
	cs["sub"] = binary(tensor.OpSub, []int{3, 4}, -2, 2, -2, 2)
	cs["mul"] = binary(tensor.OpMul, []int{3, 4}, -2, 2, -2, 2)
	cs["div"] = binary(tensor.OpDiv, []int{3, 4}, -2, 2, 0.5, 2)
	cs["div (negative divisor)"] = binary(tensor.OpDiv, []int{5}, -2, 2, -2, -0.5)
	cs["max"] = func(r rng) *gradProblem {
		p := newProblem()
		n := 12
		av := r.uniform(n, -2, 2)
		bv := make([]float32, n)
		for i := range bv {
			d := float32(0.1 + r.Float64())
			if r.IntN(2) == 0 {
				d = -d
			}
			bv[i] = av[i] + d
		}
		a := p.param(av, 3, 4)
		b := p.param(bv, 3, 4)
		p.out = p.g.Max(a, b)
		return p
	}
	cs["where (a and b)"] = func(r rng) *gradProblem {
		p := newProblem()
		c := p.data([]float32{1, 0, 0, 1, 1, 0, -1, 0, 2, 0, 1, 1}, 3, 4)
		a := p.param(r.uniform(12, -2, 2), 3, 4)
		b := p.param(r.uniform(12, -2, 2), 3, 4)
		p.out = p.g.Where(c, a, b)
		return p
	}
	cs["neg"] = unary(tensor.OpNeg, []int{3, 4}, -2, 2)
	cs["exp"] = unary(tensor.OpExp, []int{3, 4}, -2, 2)
	cs["log"] = unary(tensor.OpLog, []int{3, 4}, 0.5, 3)
	cs["sqrt"] = unary(tensor.OpSqrt, []int{3, 4}, 0.5, 3)
	cs["mul x*x (accumulation into one input)"] = func(r rng) *gradProblem {
		p := newProblem()
		x := p.param(r.uniform(6, -2, 2), 6)
		p.out = p.g.Mul(x, x)
		return p
	}
	return cs
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	// insertion sort keeps the test free of a sort import and is plenty for a few dozen keys
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
	return keys
}

func TestGradFiniteDifferences(t *testing.T) {
	cases := gradCases()
	covered := map[tensor.Op]bool{}
	for ci, name := range sortedKeys(cases) {
		t.Run(name, func(t *testing.T) {
			p := cases[name](newRng(uint64(ci)))
			covered[p.g.Nodes[p.out].Op] = true
			bad, err := checkGrad(p, uint64(1000+ci))
			if err != nil {
				t.Fatal(err)
			}
			for i, b := range bad {
				if i == 8 {
					t.Errorf("... %d mismatches in total", len(bad))
					break
				}
				t.Error(b)
			}
		})
	}
	for op := tensor.OpInvalid; int(op) < tensor.NumOps; op++ {
		if HasGradRule(op) && !covered[op] {
			t.Errorf("op %v has a gradient rule but no finite-difference case", op)
		}
	}
}

// TestGradRuleTable pins which primitives are differentiable: leaves, onehot and gt have no rule.
func TestGradRuleTable(t *testing.T) {
	none := map[tensor.Op]bool{tensor.OpInvalid: true, tensor.OpInput: true, tensor.OpState: true, tensor.OpConst: true, tensor.OpOneHot: true, tensor.OpGT: true}
	for op := tensor.OpInvalid; int(op) < tensor.NumOps; op++ {
		if HasGradRule(op) == none[op] {
			t.Errorf("HasGradRule(%v) = %v", op, HasGradRule(op))
		}
	}
	if HasGradRule(tensor.Op(tensor.NumOps)) || HasGradRule(tensor.Op(255)) {
		t.Error("HasGradRule true for an op out of range")
	}
}

// withRule replaces the gradient rule of op for the rest of the test.
func withRule(t *testing.T, op tensor.Op, rule GradRule) {
	old := gradRules[op]
	gradRules[op] = rule
	t.Cleanup(func() { gradRules[op] = old })
}

// TestGradCheckerCatchesWrongRules proves that checkGrad can fail: with deliberately wrong rules
// it must report mismatches.
func TestGradCheckerCatchesWrongRules(t *testing.T) {
	cases := gradCases()
	wrong := []struct {
		op   tensor.Op
		cse  string
		rule GradRule
	}{
		{tensor.OpSqrt, "sqrt", func(g *Graph, v, dy Value) []Value { return []Value{g.Div(dy, v)} }}, // missing 1/2
		{tensor.OpSub, "sub", func(g *Graph, v, dy Value) []Value { return []Value{dy, dy} }},         // wrong sign
		{tensor.OpMaxLast, "max_last [4 6]", func(g *Graph, v, dy Value) []Value { // gradient to every element
			return []Value{g.Broadcast(dy, g.Shape(g.Nodes[v].In[0])...)}
		}},
		{tensor.OpMatMulABT, "matmul_abt [2] 3x4x5", func(g *Graph, v, dy Value) []Value { // dB transposed, reshaped to fit
			a, b := g.Nodes[v].In[0], g.Nodes[v].In[1]
			return []Value{g.MatMulABT(dy, g.T(b)), g.Reshape(g.T(g.MatMulABT(g.T(dy), g.T(a))), g.Shape(b)...)}
		}},
		{tensor.OpPermute, "permute [2 3 4] [2 0 1]", func(g *Graph, v, dy Value) []Value { // perm instead of its inverse
			in := g.Nodes[v].In[0]
			return []Value{g.Reshape(g.Permute(dy, g.Nodes[v].Perm...), g.Shape(in)...)}
		}},
		{tensor.OpExp, "exp", func(g *Graph, v, dy Value) []Value { return []Value{g.Mul(dy, g.Nodes[v].In[0])} }},
		{tensor.OpDiv, "div", func(g *Graph, v, dy Value) []Value { // db sign flipped
			b := g.Nodes[v].In[1]
			return []Value{g.Div(dy, b), g.Div(g.Mul(dy, v), b)}
		}},
	}
	for _, w := range wrong {
		t.Run(w.op.String(), func(t *testing.T) {
			withRule(t, w.op, w.rule)
			mk, ok := cases[w.cse]
			if !ok {
				t.Fatalf("no case %q", w.cse)
			}
			bad, err := checkGrad(mk(newRng(7)), 7)
			if err != nil {
				t.Fatal(err)
			}
			if len(bad) == 0 {
				t.Errorf("checkGrad accepted a wrong %v rule", w.op)
			}
		})
	}
	// And the real rules pass on the same problems (so the failures above come from the rules).
	for _, w := range wrong {
		bad, err := checkGrad(cases[w.cse](newRng(7)), 7)
		if err != nil || len(bad) != 0 {
			t.Errorf("%s with the real rule: %v %v", w.cse, err, bad)
		}
	}
}

// mlp builds a 2-layer MLP with softmax cross-entropy: x [B,I], labels [B], W1 [H,I], b1 [H],
// W2 [C,H], b2 [C]; the loss is the batch mean.
func mlp(r rng) *gradProblem {
	const B, I, H, C = 6, 5, 7, 4
	p := newProblem()
	g := p.g
	x := p.data(r.uniform(B*I, -1, 1), B, I)
	y := p.data(r.indices(B, C), B)
	w1 := p.param(r.uniform(H*I, -1, 1), H, I)
	b1 := p.param(r.uniform(H, -0.5, 0.5), H)
	w2 := p.param(r.uniform(C*H, -1, 1), C, H)
	b2 := p.param(r.uniform(C, -0.5, 0.5), C)
	z1 := g.Add(g.MatMulABT(x, w1), g.Broadcast(b1, B, H))
	a1 := g.Max(z1, g.Like(0, z1)) // ReLU
	logits := g.Add(g.MatMulABT(a1, w2), g.Broadcast(b2, B, C))
	m := g.StopGradient(g.MaxLast(logits))
	z := g.Sub(logits, g.Broadcast(m, B, C))
	lse := g.Log(g.SumLast(g.Exp(z)))
	logp := g.Sub(z, g.Broadcast(lse, B, C))
	picked := g.SumAll(g.Mul(g.OneHot(y, C), logp))
	p.out = g.Neg(g.Div(picked, g.Scalar(B)))
	return p
}

func TestGradMLP(t *testing.T) {
	for seed := range uint64(3) {
		p := mlp(newRng(seed))
		// Keep away from the ReLU kink: every pre-activation must be well away from 0.
		leaves := map[Value][]float64{}
		for v, x := range p.leaves {
			d := make([]float64, len(x))
			for i, y := range x {
				d[i] = float64(y)
			}
			leaves[v] = d
		}
		vals := eval64(p.g, p.out, leaves)
		for v := range p.g.Nodes[:p.out+1] {
			if p.g.Nodes[v].Op == tensor.OpMax {
				z1 := vals[p.g.Nodes[v].In[0]]
				for _, z := range z1 {
					if math.Abs(z) < 1e-3 {
						t.Fatalf("seed %d: pre-activation %v too close to the ReLU kink", seed, z)
					}
				}
			}
		}
		bad, err := checkGrad(p, seed)
		if err != nil {
			t.Fatal(err)
		}
		if len(bad) > 0 {
			t.Errorf("seed %d: %d mismatches:\n%s", seed, len(bad), strings.Join(bad, "\n"))
		}
	}
}

// TestGradStopsAtPiecewiseConstant: GT and OneHot pass no gradient, and StopGradient blocks it.
func TestGradStopsAtPiecewiseConstant(t *testing.T) {
	g := New()
	x := g.State("x", 4)
	y := g.State("y", 4)
	mask := g.GT(x, y)
	loss := g.SumAll(g.Mul(mask, x)) // d/dx = mask; d/dy = 0
	e := g.StopGradient(g.Exp(y))
	loss = g.Add(loss, g.SumAll(e)) // no gradient to y through the stopped exp
	gr := Grad(g, loss, []Value{x, y})
	prog, err := Compile(g, gr, nil)
	if err != nil {
		t.Fatal(err)
	}
	xs := []float32{1, -1, 3, 0}
	ys := []float32{0, 0, 5, -2}
	must(t, prog.Bind("x", tensor.FromData([]int{4}, xs)))
	must(t, prog.Bind("y", tensor.FromData([]int{4}, ys)))
	must(t, prog.Check())
	prog.Run()
	wantX := []float32{1, 0, 0, 1}
	for i, v := range prog.Value(gr[0]).Data {
		if v != wantX[i] {
			t.Errorf("dx[%d] = %v, want %v", i, v, wantX[i])
		}
	}
	for i, v := range prog.Value(gr[1]).Data {
		if v != 0 {
			t.Errorf("dy[%d] = %v, want 0", i, v)
		}
	}
}

// TestGradUnrelated: a wrt node the loss does not depend on gets a zero gradient of its shape.
func TestGradUnrelated(t *testing.T) {
	g := New()
	x := g.State("x", 3)
	u := g.State("u", 2, 2)
	loss := g.SumAll(g.Exp(x))
	gr := Grad(g, loss, []Value{u})
	if !tensor.SameShape(g.Shape(gr[0]), []int{2, 2}) {
		t.Fatalf("gradient shape %v", g.Shape(gr[0]))
	}
	prog, err := Compile(g, gr, nil)
	if err != nil {
		t.Fatal(err)
	}
	prog.Run() // nothing to bind: the zero gradient is a folded constant
	for _, v := range prog.Value(gr[0]).Data {
		if v != 0 {
			t.Fatalf("gradient of unrelated state = %v", prog.Value(gr[0]).Data)
		}
	}
}

// TestGradWrtAfterLoss: Grad documents "a zero tensor where loss does not depend on it"; a node
// created after the loss cannot be a dependency, so its gradient must be zero (not a panic).
func TestGradWrtAfterLoss(t *testing.T) {
	g := New()
	x := g.State("x", 3)
	loss := g.SumAll(g.Exp(x))
	late := g.State("late", 2) // declared after the loss (e.g. an optimizer slot)
	var gr []Value
	func() {
		defer func() {
			if r := recover(); r != nil {
				t.Fatalf("Grad with a wrt node created after the loss panicked: %v", r)
			}
		}()
		gr = Grad(g, loss, []Value{x, late})
	}()
	if !tensor.SameShape(g.Shape(gr[1]), []int{2}) {
		t.Fatalf("gradient of late has shape %v", g.Shape(gr[1]))
	}
	prog, err := Compile(g, gr[1:], nil)
	if err != nil {
		t.Fatal(err)
	}
	prog.Run()
	wantVecZero(t, prog.Value(gr[1]).Data)
}

// TestGradOfLeafLoss: the gradient of a scalar state with respect to itself is 1.
func TestGradOfLeafLoss(t *testing.T) {
	g := New()
	s := g.State("s")
	gr := Grad(g, s, []Value{s})
	prog, err := Compile(g, gr, nil)
	if err != nil {
		t.Fatal(err)
	}
	prog.Run()
	if d := prog.Value(gr[0]).Data; len(d) != 1 || d[0] != 1 {
		t.Errorf("ds/ds = %v, want [1]", d)
	}
}

func wantVecZero(t *testing.T, d []float32) {
	t.Helper()
	for i, v := range d {
		if math.Float32bits(v) != 0 {
			t.Errorf("element %d = %v, want +0", i, v)
		}
	}
}

func TestGradPanicsOnNonScalarLoss(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("Grad of a non-scalar loss did not panic")
		}
	}()
	g := New()
	x := g.State("x", 3)
	Grad(g, g.Exp(x), []Value{x})
}

// TestGradDeterministicGraph: building the same model twice yields the same node list.
func TestGradDeterministicGraph(t *testing.T) {
	build := func() *Graph {
		p := mlp(newRng(1))
		Grad(p.g, p.out, p.wrt)
		return p.g
	}
	a, b := build(), build()
	if len(a.Nodes) != len(b.Nodes) {
		t.Fatalf("node counts %d and %d", len(a.Nodes), len(b.Nodes))
	}
	for i := range a.Nodes {
		x, y := &a.Nodes[i], &b.Nodes[i]
		if x.Op != y.Op || !tensor.SameShape(x.Shape, y.Shape) || fmt.Sprint(x.In) != fmt.Sprint(y.In) ||
			fmt.Sprint(x.Perm) != fmt.Sprint(y.Perm) || fmt.Sprint(x.Value) != fmt.Sprint(y.Value) || x.Name != y.Name {
			t.Fatalf("node %d differs: %+v vs %+v", i, x, y)
		}
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
