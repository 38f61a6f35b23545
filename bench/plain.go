//go:build bench

package main

import "math"

// plainMLP is the MLP trained with plain Go loops in i-k-j order (the innermost loop runs along
// contiguous rows of the output and the weights), one goroutine, no zero skipping, no assembly:
// the baseline any Go programmer would write. Weights are stored [in, out] (the transposes of
// veritrain's). Loss: mean softmax cross-entropy; update: m = μ·m + g; w -= lr·m.
type plainMLP struct {
	b                  *batcher
	batch, in, hid, nc int
	lr, mu             float32
	w1, b1, w2, b2     []float32 // [in, hid], [hid], [hid, nc], [nc]
	g1, gb1, g2, gb2   []float32 // gradients
	m1, mb1, m2, mb2   []float32 // momentum
	x, h, p, dl, dh    []float32
	labels             []int
}

func (*plainMLP) name() string { return "plain Go" }

func newPlainMLP(w mlpWeights, b *batcher, batch int, lr, mu float32) *plainMLP {
	z := func(n int) []float32 { return make([]float32, n) }
	return &plainMLP{b: b, batch: batch, in: w.in, hid: w.hid, nc: w.out, lr: lr, mu: mu,
		w1: transpose(w.w1, w.hid, w.in), b1: append([]float32(nil), w.b1...),
		w2: transpose(w.w2, w.out, w.hid), b2: append([]float32(nil), w.b2...),
		g1: z(w.in * w.hid), gb1: z(w.hid), g2: z(w.hid * w.out), gb2: z(w.out),
		m1: z(w.in * w.hid), mb1: z(w.hid), m2: z(w.hid * w.out), mb2: z(w.out),
		x: z(batch * w.in), h: z(batch * w.hid), p: z(batch * w.out), dl: z(batch * w.out), dh: z(batch * w.hid),
		labels: make([]int, batch)}
}

// linearIKJ computes out[i, :] = bias + Σ_k x[i, k]·w[k, :] for x [rows, in], w [in, n].
func linearIKJ(out, x, w, bias []float32, rows, in, n int) {
	for i := 0; i < rows; i++ {
		oi := out[i*n : (i+1)*n]
		copy(oi, bias)
		for k, a := range x[i*in : (i+1)*in] {
			wk := w[k*n : (k+1)*n][:len(oi)]
			for j := range oi {
				oi[j] += a * wk[j]
			}
		}
	}
}

// gradIKJ accumulates g[k, :] = Σ_i x[i, k]·d[i, :] for x [rows, in], d [rows, n].
func gradIKJ(g, x, d []float32, rows, in, n int) {
	clear(g)
	for i := 0; i < rows; i++ {
		di := d[i*n : (i+1)*n]
		for k, a := range x[i*in : (i+1)*in] {
			gk := g[k*n : (k+1)*n][:len(di)]
			for j := range gk {
				gk[j] += a * di[j]
			}
		}
	}
}

func colSum(g, d []float32, rows, n int) {
	clear(g)
	for i := 0; i < rows; i++ {
		for j, v := range d[i*n : (i+1)*n][:len(g)] {
			g[j] += v
		}
	}
}

func (m *plainMLP) step(s int) float32 {
	B, in, hid, nc := m.batch, m.in, m.hid, m.nc
	m.b.fill(s, m.x, m.labels)
	// Forward: h = relu(x·W1 + b1), logits = h·W2 + b2.
	linearIKJ(m.h, m.x, m.w1, m.b1, B, in, hid)
	for i, v := range m.h {
		if v < 0 {
			m.h[i] = 0
		}
	}
	linearIKJ(m.p, m.h, m.w2, m.b2, B, hid, nc)
	// Softmax cross-entropy, mean over the batch; dl = (softmax - onehot) / B.
	var loss float64
	for i := 0; i < B; i++ {
		row := m.p[i*nc : (i+1)*nc]
		mx := row[0]
		for _, v := range row {
			mx = max(mx, v)
		}
		var sum float32
		for j, v := range row {
			e := float32(math.Exp(float64(v - mx)))
			row[j] = e
			sum += e
		}
		d := m.dl[i*nc : (i+1)*nc]
		for j := range row {
			q := row[j] / sum
			d[j] = q / float32(B)
		}
		l := m.labels[i]
		loss -= math.Log(float64(row[l] / sum))
		d[l] -= 1 / float32(B)
	}
	// Backward.
	gradIKJ(m.g2, m.h, m.dl, B, hid, nc)
	colSum(m.gb2, m.dl, B, nc)
	for i := 0; i < B; i++ {
		di := m.dl[i*nc : (i+1)*nc]
		hi := m.h[i*hid : (i+1)*hid]
		dhi := m.dh[i*hid : (i+1)*hid]
		for k := range dhi {
			if hi[k] <= 0 {
				dhi[k] = 0
				continue
			}
			wk := m.w2[k*nc : (k+1)*nc][:len(di)]
			var s float32
			for j, v := range di {
				s += v * wk[j]
			}
			dhi[k] = s
		}
	}
	gradIKJ(m.g1, m.x, m.dh, B, in, hid)
	colSum(m.gb1, m.dh, B, hid)
	// SGD with momentum.
	for _, t := range [][3][]float32{{m.w1, m.g1, m.m1}, {m.b1, m.gb1, m.mb1}, {m.w2, m.g2, m.m2}, {m.b2, m.gb2, m.mb2}} {
		w, g, mm := t[0], t[1][:len(t[0])], t[2][:len(t[0])]
		for i := range w {
			mm[i] = m.mu*mm[i] + g[i]
			w[i] -= m.lr * mm[i]
		}
	}
	return float32(loss / float64(B))
}
