//go:build bench

package main

import (
	G "gorgonia.org/gorgonia"
	"gorgonia.org/tensor"
)

// gorgoniaMLP is the MLP in Gorgonia v0.9.18 with its TapeMachine (the fastest Go ML framework
// reachable here; its matrix products are gonum's pure-Go Sgemm through gorgonia.org/tensor, run
// on one core under GOMAXPROCS=1). Loss: mean softmax cross-entropy over the batch, as veritrain's;
// optimizer: Gorgonia's Momentum solver (v = 0.9·v - lr·g; w += v), which equals veritrain's SGD
// (m = 0.9·m + g; w -= lr·m) for a constant learning rate.
type gorgoniaMLP struct {
	b       *batcher
	batch   int
	xb, yb  []float32 // backing arrays of the input tensors (written in place every step)
	x, y    *G.Node
	xT, yT  *tensor.Dense
	labels  []int
	vm      G.VM
	solver  G.Solver
	learn   G.Nodes
	lossVal G.Value
}

func (*gorgoniaMLP) name() string { return "Gorgonia" }

// transpose returns the [cols, rows] transpose of a row-major [rows, cols] matrix.
func transpose(a []float32, rows, cols int) []float32 {
	t := make([]float32, len(a))
	for i := 0; i < rows; i++ {
		for j := 0; j < cols; j++ {
			t[j*rows+i] = a[i*cols+j]
		}
	}
	return t
}

func must(n *G.Node, err error) *G.Node {
	if err != nil {
		panic(err)
	}
	return n
}

func newGorgoniaMLP(w mlpWeights, b *batcher, batch int, lr, momentum float64) *gorgoniaMLP {
	m := &gorgoniaMLP{b: b, batch: batch, labels: make([]int, batch),
		xb: make([]float32, batch*w.in), yb: make([]float32, batch*w.out)}
	g := G.NewGraph()
	m.xT = tensor.New(tensor.WithShape(batch, w.in), tensor.WithBacking(m.xb))
	m.yT = tensor.New(tensor.WithShape(batch, w.out), tensor.WithBacking(m.yb))
	m.x = G.NewMatrix(g, G.Float32, G.WithShape(batch, w.in), G.WithName("x"), G.WithValue(m.xT))
	m.y = G.NewMatrix(g, G.Float32, G.WithShape(batch, w.out), G.WithName("y"), G.WithValue(m.yT))
	// Gorgonia multiplies x·W with W [in, out]: the transposes of veritrain's [out, in] weights.
	param := func(name string, rows, cols int, v []float32) *G.Node {
		t := tensor.New(tensor.WithShape(rows, cols), tensor.WithBacking(append([]float32(nil), v...)))
		return G.NewMatrix(g, G.Float32, G.WithShape(rows, cols), G.WithName(name), G.WithValue(t))
	}
	w1 := param("w1", w.in, w.hid, transpose(w.w1, w.hid, w.in))
	b1 := param("b1", 1, w.hid, w.b1)
	w2 := param("w2", w.hid, w.out, transpose(w.w2, w.out, w.hid))
	b2 := param("b2", 1, w.out, w.b2)
	m.learn = G.Nodes{w1, b1, w2, b2}

	h := must(G.Rectify(must(G.BroadcastAdd(must(G.Mul(m.x, w1)), b1, nil, []byte{0}))))
	logits := must(G.BroadcastAdd(must(G.Mul(h, w2)), b2, nil, []byte{0}))
	logp := must(G.LogSoftMax(logits))
	ce := must(G.Sum(must(G.HadamardProd(logp, m.y))))
	loss := must(G.Mul(ce, G.NewConstant(float32(-1)/float32(batch))))
	G.Read(loss, &m.lossVal)
	if _, err := G.Grad(loss, m.learn...); err != nil {
		panic(err)
	}
	m.vm = G.NewTapeMachine(g, G.BindDualValues(m.learn...))
	m.solver = G.NewMomentum(G.WithLearnRate(lr), G.WithMomentum(momentum))
	return m
}

func (m *gorgoniaMLP) step(s int) float32 {
	m.b.fill(s, m.xb, m.labels)
	clear(m.yb)
	out := len(m.yb) / m.batch
	for r, l := range m.labels {
		m.yb[r*out+l] = 1
	}
	if err := G.Let(m.x, m.xT); err != nil {
		panic(err)
	}
	if err := G.Let(m.y, m.yT); err != nil {
		panic(err)
	}
	if err := m.vm.RunAll(); err != nil {
		panic(err)
	}
	if err := m.solver.Step(G.NodesToValueGrads(m.learn)); err != nil {
		panic(err)
	}
	m.vm.Reset()
	return m.lossVal.Data().(float32)
}
