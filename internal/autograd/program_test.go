package autograd

import (
	"math"
	"strings"
	"testing"

	"veritrain/internal/tensor"
)

// freshEval evaluates every node of g in order with a fresh buffer per node, using the
// per-element reference (tensor.RefExec). It is the buffer-reuse-free meaning of the graph.
func freshEval(t *testing.T, g *Graph, bound map[string]*tensor.Tensor) []*tensor.Tensor {
	t.Helper()
	vals := make([]*tensor.Tensor, len(g.Nodes))
	for v := range g.Nodes {
		nd := &g.Nodes[v]
		switch nd.Op {
		case tensor.OpInput, tensor.OpState:
			x, ok := bound[nd.Name]
			if !ok {
				t.Fatalf("freshEval: %q not bound", nd.Name)
			}
			vals[v] = tensor.FromData(x.Shape, append([]float32(nil), x.Data...))
			continue
		}
		ins := make([]*tensor.Tensor, len(nd.In))
		for i, x := range nd.In {
			ins[i] = vals[x]
		}
		vals[v] = tensor.New(nd.Shape...)
		tensor.RefExec(&nd.Desc, vals[v], ins...)
	}
	return vals
}

func sameBits(a, b []float32) (int, bool) {
	if len(a) != len(b) {
		return -1, false
	}
	for i := range a {
		if math.Float32bits(a[i]) != math.Float32bits(b[i]) {
			return i, false
		}
	}
	return 0, true
}

// randomChain builds a long random graph over states x [4,6] and w [5,6] and input v [6], whose
// values have several shapes (so buffers of several sizes are recycled) and fan out to readers
// far away (so a buffer reused too early would corrupt a later op). It returns the graph, the
// loss and a few intermediate nodes.
func randomChain(seed uint64, steps int) (*Graph, Value, []Value) {
	r := newRng(seed)
	g := New()
	x := g.State("x", 4, 6)
	w := g.State("w", 5, 6)
	v := g.Input("v", 6)
	pool := []Value{x}
	pick := func() Value {
		// Mostly recent values, sometimes old ones (long-lived buffers).
		if r.IntN(4) == 0 {
			return pool[r.IntN(len(pool))]
		}
		return pool[max(0, len(pool)-1-r.IntN(4))]
	}
	sameShape := func(a Value) (Value, bool) {
		for range 8 {
			b := pool[r.IntN(len(pool))]
			if tensor.SameShape(g.Shape(a), g.Shape(b)) {
				return b, true
			}
		}
		return 0, false
	}
	for len(pool) < steps {
		a := pick()
		s := g.Shape(a)
		var y Value
		switch r.IntN(11) {
		case 0:
			b, ok := sameShape(a)
			if !ok {
				continue
			}
			y = g.MulScalar(g.Add(a, b), 0.5)
		case 1:
			y = g.Neg(a)
		case 2:
			y = g.T(a)
		case 3:
			y = g.Reshape(a, s[1], s[0])
		case 4:
			switch s[1] {
			case 6:
				y = g.MulScalar(g.MatMulABT(a, w), 0.3)
			case 5:
				y = g.MulScalar(g.MatMulABT(a, g.T(w)), 0.3)
			default:
				continue
			}
		case 5:
			y = g.MulScalar(g.Broadcast(g.SumLast(a), s...), 1/float32(s[1]))
		case 6:
			y = g.Sub(a, g.Broadcast(g.MaxLast(a), s...))
		case 7:
			y = g.Exp(g.Neg(g.Mul(a, a)))
		case 8:
			if s[1] != 6 {
				continue
			}
			y = g.Add(a, g.Broadcast(v, s...))
		case 9:
			b, ok := sameShape(a)
			if !ok {
				continue
			}
			y = g.Where(g.GT(a, b), a, b)
		case 10:
			y = g.Div(a, g.AddScalar(g.Mul(a, a), 1))
		}
		pool = append(pool, y)
	}
	loss := g.SumAll(pool[len(pool)-1])
	for _, p := range pool[len(pool)-5:] {
		loss = g.Add(loss, g.SumAll(g.Mul(p, p)))
	}
	return g, loss, []Value{pool[len(pool)/3], pool[len(pool)/2], pool[2*len(pool)/3]}
}

func chainBindings(seed uint64) map[string]*tensor.Tensor {
	r := newRng(seed)
	return map[string]*tensor.Tensor{
		"x": tensor.FromData([]int{4, 6}, r.uniform(24, -1, 1)),
		"w": tensor.FromData([]int{5, 6}, r.uniform(30, -1, 1)),
		"v": tensor.FromData([]int{6}, r.uniform(6, -1, 1)),
	}
}

// TestProgramBufferReuse: a long forward + backward program whose buffers are recycled computes,
// op by op and at the end, exactly the bits of a fresh-buffer reference evaluation.
func TestProgramBufferReuse(t *testing.T) {
	for seed := range uint64(4) {
		g, loss, mids := randomChain(seed, 80)
		x, w := Value(0), Value(1)
		grads := Grad(g, loss, []Value{x, w})
		outputs := append(append([]Value{loss}, mids...), grads...)
		prog, err := Compile(g, outputs, nil)
		if err != nil {
			t.Fatal(err)
		}
		bound := chainBindings(seed)
		for name, tt := range bound {
			must(t, prog.Bind(name, tt))
		}
		must(t, prog.Check())

		// Buffer reuse must actually happen, or this test proves nothing.
		bufs := map[*float32]bool{}
		for _, v := range prog.Ops {
			if d := prog.vals[v].Data; len(d) > 0 {
				bufs[&d[0]] = true
			}
		}
		if len(bufs) >= len(prog.Ops)/2 {
			t.Fatalf("seed %d: %d ops use %d distinct buffers: too little reuse for this test", seed, len(prog.Ops), len(bufs))
		}
		// No op may write into a buffer one of its inputs lives in.
		for _, v := range prog.Ops {
			out := prog.vals[v].Data
			for _, i := range g.Nodes[v].In {
				in := prog.vals[i].Data
				if len(out) > 0 && len(in) > 0 && &out[0] == &in[0] {
					t.Fatalf("seed %d: op %d (%v) writes into the buffer of its input %d", seed, v, g.Nodes[v].Op, i)
				}
			}
		}

		ref := freshEval(t, g, bound)
		for run := range 2 {
			ops := 0
			prog.RunObserved(func(v Value, out *tensor.Tensor) {
				ops++
				if !tensor.SameShape(out.Shape, g.Shape(v)) {
					t.Fatalf("op %d: shape %v, want %v", v, out.Shape, g.Shape(v))
				}
				if i, ok := sameBits(out.Data, ref[v].Data); !ok {
					t.Fatalf("seed %d run %d: op %d (%v) element %d = %v, fresh evaluation %v", seed, run, v, g.Nodes[v].Op, i, out.Data[i], ref[v].Data[i])
				}
			})
			if ops != len(prog.Ops) {
				t.Fatalf("RunObserved called back %d times for %d ops", ops, len(prog.Ops))
			}
			for _, o := range outputs {
				if i, ok := sameBits(prog.Value(o).Data, ref[o].Data); !ok {
					t.Fatalf("seed %d run %d: output %d (%v) element %d = %v after the run, fresh evaluation %v", seed, run, o, g.Nodes[o].Op, i, prog.Value(o).Data[i], ref[o].Data[i])
				}
			}
		}
		// Plain Run gives the same outputs.
		prog.Run()
		for _, o := range outputs {
			if i, ok := sameBits(prog.Value(o).Data, ref[o].Data); !ok {
				t.Fatalf("seed %d: Run: output %d element %d differs", seed, o, i)
			}
		}
	}
}

// TestProgramTrainingLoop runs a few SGD steps (updates of states that ops read) and compares the
// states after every step with a fresh reference evaluation of the same step.
func TestProgramTrainingLoop(t *testing.T) {
	g, loss, _ := randomChain(11, 40)
	x, w := Value(0), Value(1)
	grads := Grad(g, loss, []Value{x, w})
	lr := float32(0.01)
	ups := []Update{
		{State: x, Value: g.Sub(x, g.MulScalar(grads[0], lr))},
		{State: w, Value: g.Sub(w, g.MulScalar(grads[1], lr))},
	}
	prog, err := Compile(g, []Value{loss}, ups)
	if err != nil {
		t.Fatal(err)
	}
	bound := chainBindings(11)
	state := map[string]*tensor.Tensor{}
	for name, tt := range bound {
		c := tensor.FromData(tt.Shape, append([]float32(nil), tt.Data...))
		state[name] = c
		must(t, prog.Bind(name, c))
	}
	must(t, prog.Check())
	for step := range 5 {
		ref := freshEval(t, g, bound)
		prog.Run()
		if i, ok := sameBits(prog.Value(loss).Data, ref[loss].Data); !ok {
			t.Fatalf("step %d: loss element %d differs", step, i)
		}
		for _, u := range ups {
			name := g.Nodes[u.State].Name
			if i, ok := sameBits(state[name].Data, ref[u.Value].Data); !ok {
				t.Fatalf("step %d: state %q element %d = %v, want %v", step, name, i, state[name].Data[i], ref[u.Value].Data[i])
			}
			bound[name] = tensor.FromData(ref[u.Value].Shape, ref[u.Value].Data)
		}
	}
}

// TestCompileFoldsConstants: a sub-graph of constants is evaluated at compile time and is not
// among the ops run each step; dead nodes are not run either.
func TestCompileFoldsConstants(t *testing.T) {
	g := New()
	c := g.Const([]int{3}, []float32{0.5, -1, 2})
	e := g.Exp(c)
	s := g.AddScalar(e, 1)
	tot := g.SumAll(s)
	bc := g.Broadcast(tot, 2, 3)
	row := g.Broadcast(g.Reshape(s, 1, 3), 2, 3)
	folded := g.Mul(bc, row) // constant: depends only on c
	x := g.Input("x", 2, 3)
	y := g.Add(g.Mul(x, folded), g.Like(2, x))
	dead := g.Neg(x) // not needed by any output
	prog, err := Compile(g, []Value{y, folded}, nil)
	if err != nil {
		t.Fatal(err)
	}
	inOps := map[Value]bool{}
	for _, v := range prog.Ops {
		inOps[v] = true
	}
	for _, v := range []Value{c, e, s, tot, bc, row, folded, g.Like(2, x), dead} {
		if inOps[v] {
			t.Errorf("node %d (%v) is in Program.Ops, want it folded or dropped", v, g.Nodes[v].Op)
		}
	}
	if !inOps[y] {
		t.Errorf("y is not in Program.Ops")
	}
	if len(prog.Ops) != 2 { // Mul(x, folded) and the Add
		t.Errorf("Program.Ops = %v, want the 2 ops that depend on x", prog.Ops)
	}
	for i := 1; i < len(prog.Ops); i++ {
		if prog.Ops[i] <= prog.Ops[i-1] {
			t.Errorf("Program.Ops not in ascending node order: %v", prog.Ops)
		}
	}
	// The folded value is available without a Run and is right.
	xs := tensor.FromData([]int{2, 3}, []float32{1, 2, 3, 4, 5, 6})
	ref := freshEval(t, g, map[string]*tensor.Tensor{"x": xs})
	if i, ok := sameBits(prog.Value(folded).Data, ref[folded].Data); !ok {
		t.Errorf("folded element %d = %v, want %v", i, prog.Value(folded).Data[i], ref[folded].Data[i])
	}
	must(t, prog.Bind("x", xs))
	must(t, prog.Check())
	prog.Run()
	if i, ok := sameBits(prog.Value(y).Data, ref[y].Data); !ok {
		t.Errorf("y element %d = %v, want %v", i, prog.Value(y).Data[i], ref[y].Data[i])
	}

	// A program whose only output is constant runs no op at all.
	prog2, err := Compile(g, []Value{tot}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(prog2.Ops) != 0 {
		t.Errorf("constant-only program has ops %v", prog2.Ops)
	}
	must(t, prog2.Check())
}

// updateProgram compiles a program over states a and b (shape [3]) with the given updates and
// runs one step from a = [1 2 3], b = [10 20 30]; it returns the states after the step.
func updateProgram(t *testing.T, build func(g *Graph, a, b Value) ([]Value, []Update)) (a, b []float32, prog *Program, outs []Value) {
	t.Helper()
	g := New()
	av := g.State("a", 3)
	bv := g.State("b", 3)
	outs, ups := build(g, av, bv)
	prog, err := Compile(g, outs, ups)
	if err != nil {
		t.Fatal(err)
	}
	at := tensor.FromData([]int{3}, []float32{1, 2, 3})
	bt := tensor.FromData([]int{3}, []float32{10, 20, 30})
	must(t, prog.Bind("a", at))
	must(t, prog.Bind("b", bt))
	must(t, prog.Check())
	prog.Run()
	return at.Data, bt.Data, prog, outs
}

func wantVec(t *testing.T, name string, got []float32, want ...float32) {
	t.Helper()
	if _, ok := sameBits(got, want); !ok {
		t.Errorf("%s = %v, want %v", name, got, want)
	}
}

// TestUpdatesSeeOldValues: every update reads values as of the start of the step, whatever the
// order of the updates and whether the new value is an op or a state.
func TestUpdatesSeeOldValues(t *testing.T) {
	t.Run("value computed from an updated state", func(t *testing.T) {
		for _, order := range []bool{false, true} {
			a, b, prog, outs := updateProgram(t, func(g *Graph, a, b Value) ([]Value, []Update) {
				a1 := g.AddScalar(a, 1)
				b1 := g.MulScalar(a, 2)
				o := g.Add(a, b)
				ups := []Update{{State: a, Value: a1}, {State: b, Value: b1}}
				if order {
					ups[0], ups[1] = ups[1], ups[0]
				}
				return []Value{o}, ups
			})
			wantVec(t, "a", a, 2, 3, 4)
			wantVec(t, "b", b, 2, 4, 6)
			wantVec(t, "output a+b", prog.Value(outs[0]).Data, 11, 22, 33)
		}
	})
	// An update whose value is a state (or input) directly would be read after an earlier update
	// may have overwritten it, so Compile rejects it; Graph.Reshape, Broadcast and SumTo return
	// their input when the shape already matches, so model code could do this without meaning to.
	for name, build := range map[string]func(g *Graph, a, b Value) []Update{
		"value is an updated state": func(g *Graph, a, b Value) []Update {
			return []Update{{State: a, Value: g.AddScalar(a, 1)}, {State: b, Value: a}}
		},
		"swap": func(g *Graph, a, b Value) []Update {
			return []Update{{State: a, Value: b}, {State: b, Value: a}}
		},
		"through a no-op reshape": func(g *Graph, a, b Value) []Update {
			return []Update{{State: a, Value: g.MulScalar(a, 3)}, {State: b, Value: g.Reshape(a, 3)}}
		},
		"twice": func(g *Graph, a, b Value) []Update {
			return []Update{{State: a, Value: g.AddScalar(a, 1)}, {State: a, Value: g.AddScalar(b, 1)}}
		},
	} {
		t.Run(name, func(t *testing.T) {
			g := New()
			ups := build(g, g.State("a", 3), g.State("b", 3))
			if _, err := Compile(g, nil, ups); err == nil {
				t.Fatal("Compile accepted the updates")
			}
		})
	}
}

func TestCompileErrors(t *testing.T) {
	g := New()
	a := g.State("a", 3)
	x := g.Input("x", 3)
	y := g.Add(a, x)
	if _, err := Compile(g, nil, []Update{{State: x, Value: y}}); err == nil {
		t.Error("Compile accepted an update of an input")
	}
	if _, err := Compile(g, nil, []Update{{State: y, Value: a}}); err == nil {
		t.Error("Compile accepted an update of an op node")
	}
	s := g.SumAll(y)
	if _, err := Compile(g, nil, []Update{{State: a, Value: s}}); err == nil {
		t.Error("Compile accepted an update with the wrong shape")
	}
	if _, err := Compile(g, []Value{y}, []Update{{State: a, Value: y}}); err != nil {
		t.Errorf("Compile rejected a valid update: %v", err)
	}
}

func TestBindErrors(t *testing.T) {
	g := New()
	a := g.State("a", 2, 3)
	x := g.Input("x", 3)
	y := g.Add(a, g.Broadcast(x, 2, 3))
	prog, err := Compile(g, []Value{y}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := prog.Bind("nope", tensor.New(2, 3)); err == nil || !strings.Contains(err.Error(), "nope") {
		t.Errorf("Bind of an unknown name: %v", err)
	}
	if err := prog.Bind("a", tensor.New(3, 2)); err == nil {
		t.Error("Bind accepted a transposed shape")
	}
	if err := prog.Bind("a", tensor.New(6)); err == nil {
		t.Error("Bind accepted a flattened shape")
	}
	if err := prog.Bind("x", tensor.New(1, 3)); err == nil {
		t.Error("Bind accepted an extra axis")
	}
	// A failed Bind leaves the node unbound.
	if err := prog.Check(); err == nil {
		t.Error("Check passed after only failed binds")
	}
	must(t, prog.Bind("a", tensor.New(2, 3)))
	must(t, prog.Bind("x", tensor.New(3)))
	must(t, prog.Check())
}

func TestCheckReportsUnbound(t *testing.T) {
	g := New()
	a := g.State("a", 3)
	x := g.Input("x", 3)
	unused := g.Input("unused", 3)
	_ = g.Neg(unused) // dead
	y := g.Mul(a, x)
	prog, err := Compile(g, []Value{y}, []Update{{State: a, Value: g.Neg(a)}})
	if err != nil {
		t.Fatal(err)
	}
	err = prog.Check()
	if err == nil || !strings.Contains(err.Error(), `"a"`) {
		t.Errorf("Check with nothing bound = %v, want an error naming a", err)
	}
	must(t, prog.Bind("a", tensor.New(3)))
	err = prog.Check()
	if err == nil || !strings.Contains(err.Error(), `"x"`) {
		t.Errorf("Check with x unbound = %v, want an error naming x", err)
	}
	must(t, prog.Bind("x", tensor.New(3)))
	if err := prog.Check(); err != nil {
		t.Errorf("Check with every live leaf bound (the dead input unbound): %v", err)
	}

	// A state that is only written by an update (never read by an op) must be bound too.
	g2 := New()
	s := g2.State("s", 2)
	in := g2.Input("in", 2)
	p2, err := Compile(g2, nil, []Update{{State: s, Value: g2.Neg(in)}})
	if err != nil {
		t.Fatal(err)
	}
	must(t, p2.Bind("in", tensor.New(2)))
	if err := p2.Check(); err == nil || !strings.Contains(err.Error(), `"s"`) {
		t.Errorf("Check with the updated state unbound = %v", err)
	}
	// An output that is itself an input must be bound.
	g3 := New()
	i3 := g3.Input("i3", 2)
	p3, err := Compile(g3, []Value{i3}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := p3.Check(); err == nil {
		t.Error("Check passed with an unbound input that is an output")
	}
}
