package nn

import (
	"fmt"
	"math"

	"veritrain/internal/autograd"
	"veritrain/internal/fmath"
)

type value = autograd.Value

// Linear is y = x·Wᵀ + b for x [R, in], W [out, in] (PyTorch layout), b [out]. W starts
// U(-1/sqrt(in), 1/sqrt(in)) unless std > 0 asks for the GPT-style small uniform of that standard
// deviation; b starts at zero.
func Linear(b *Builder, name string, x value, out int, std float32) value {
	g := b.G
	in := g.Shape(x)[1]
	bound := float32(1) / fmath.Sqrt(float32(in))
	if std > 0 {
		bound = UniformBoundForStd(std)
	}
	w := b.Param(name+".weight", Init{Kind: InitUniform, Bound: bound}, true, out, in)
	bias := b.Param(name+".bias", Init{Kind: InitZeros}, false, out)
	y := g.MatMulABT(x, w)
	return g.Add(y, g.Broadcast(bias, g.Shape(y)...))
}

// UniformBoundForStd is the bound a of U(-a, a) with standard deviation std: a = std·sqrt(3).
func UniformBoundForStd(std float32) float32 { return std * fmath.Sqrt(3) }

// ReLU is max(x, 0).
func ReLU(g *autograd.Graph, x value) value { return g.Max(x, g.Like(0, x)) }

// GELU is the tanh approximation 0.5·x·(1 + tanh(sqrt(2/π)·(x + 0.044715·x³))), with
// tanh(u) = 1 - 2/(exp(2u) + 1), which saturates correctly at both ends (exp overflow gives 1,
// underflow gives -1).
func GELU(g *autograd.Graph, x value) value {
	const c0 = 0.7978845608028654 // sqrt(2/π), rounded to float32 by the conversion below
	const c1 = 0.044715
	x3 := g.Mul(g.Mul(x, x), x)
	inner := g.MulScalar(g.Add(x, g.MulScalar(x3, c1)), c0)
	e := g.Exp(g.MulScalar(inner, 2))
	tanh := g.Sub(g.Like(1, x), g.Div(g.Like(2, x), g.AddScalar(e, 1)))
	return g.Mul(g.MulScalar(x, 0.5), g.AddScalar(tanh, 1))
}

// LayerNorm normalises x [R, D] over its last axis: (x - mean)/sqrt(var + eps)·γ + β, with the
// biased variance, γ starting at 1 and β at 0.
func LayerNorm(b *Builder, name string, x value, eps float32) value {
	g := b.G
	s := g.Shape(x)
	d := s[len(s)-1]
	gamma := b.Param(name+".weight", Init{Kind: InitOnes}, false, d)
	beta := b.Param(name+".bias", Init{Kind: InitZeros}, false, d)
	n := float32(d)
	mean := g.Div(g.SumLast(x), g.Full(n, rowShape(s)...))
	xc := g.Sub(x, g.Broadcast(mean, s...))
	variance := g.Div(g.SumLast(g.Mul(xc, xc)), g.Full(n, rowShape(s)...))
	rstd := g.Div(g.Full(1, rowShape(s)...), g.Sqrt(g.AddScalar(variance, eps)))
	y := g.Mul(xc, g.Broadcast(rstd, s...))
	return g.Add(g.Mul(y, g.Broadcast(gamma, s...)), g.Broadcast(beta, s...))
}

func rowShape(s []int) []int {
	r := append([]int(nil), s...)
	r[len(r)-1] = 1
	return r
}

// Embedding looks up rows of a [vocab, dim] table for the index vector idx [M].
func Embedding(b *Builder, name string, idx value, vocab, dim int, std float32) value {
	w := b.Param(name+".weight", Init{Kind: InitUniform, Bound: UniformBoundForStd(std)}, true, vocab, dim)
	return b.G.Gather(w, idx)
}

// SoftmaxCrossEntropy returns the mean over rows of -log softmax(logits)[label] for logits
// [R, C] and labels [R] (class indices as float32), computed stably: z = logits - max (the max
// carries no gradient), log-softmax = z - log Σ exp z.
func SoftmaxCrossEntropy(g *autograd.Graph, logits, labels value) value {
	s := g.Shape(logits)
	if len(s) != 2 {
		panic(fmt.Sprintf("nn: cross-entropy wants logits [R,C], got %v", s))
	}
	logp := LogSoftmax(g, logits)
	picked := g.SumLast(g.Mul(g.OneHot(labels, s[1]), logp)) // [R,1]
	total := g.SumAll(picked)
	return g.Neg(g.Div(total, g.Scalar(float32(s[0]))))
}

// LogSoftmax over the last axis of x [R, C].
func LogSoftmax(g *autograd.Graph, x value) value {
	s := g.Shape(x)
	m := g.StopGradient(g.MaxLast(x))
	z := g.Sub(x, g.Broadcast(m, s...))
	lse := g.Log(g.SumLast(g.Exp(z)))
	return g.Sub(z, g.Broadcast(lse, s...))
}

// Softmax over the last axis.
func Softmax(g *autograd.Graph, x value) value {
	s := g.Shape(x)
	m := g.StopGradient(g.MaxLast(x))
	e := g.Exp(g.Sub(x, g.Broadcast(m, s...)))
	return g.Div(e, g.Broadcast(g.SumLast(e), s...))
}

// CausalSelfAttention is multi-head attention over x [B, T, D] with a causal mask: separate
// query/key/value projections, scores scaled by 1/sqrt(D/heads), masked positions set to -Inf
// before the softmax, and an output projection whose weights start at std·projScale.
func CausalSelfAttention(b *Builder, name string, x value, heads int, std, projScale float32) value {
	g := b.G
	s := g.Shape(x)
	bsz, t, d := s[0], s[1], s[2]
	hd := d / heads
	flat := g.Reshape(x, bsz*t, d)
	split := func(v value) value { // [B*T, D] -> [B, H, T, hd]
		return g.Permute(g.Reshape(v, bsz, t, heads, hd), 0, 2, 1, 3)
	}
	q := split(Linear(b, name+".q", flat, d, std))
	k := split(Linear(b, name+".k", flat, d, std))
	v := split(Linear(b, name+".v", flat, d, std))
	scores := g.MatMulABT(q, k) // [B, H, T, T]
	scale := float32(1) / fmath.Sqrt(float32(hd))
	scores = g.MulScalar(scores, scale)
	mask := make([]float32, t*t)
	for i := 0; i < t; i++ {
		for j := 0; j <= i; j++ {
			mask[i*t+j] = 1
		}
	}
	ss := g.Shape(scores)
	keep := g.Broadcast(g.Const([]int{t, t}, mask), ss...)
	scores = g.Where(keep, scores, g.Like(float32(negInf()), scores))
	att := Softmax(g, scores)
	y := g.MatMulABT(att, g.T(v))                     // [B, H, T, hd]
	y = g.Reshape(g.Permute(y, 0, 2, 1, 3), bsz*t, d) // [B*T, D]
	return g.Reshape(Linear(b, name+".proj", y, d, std*projScale), bsz, t, d)
}

func negInf() float32 { return float32(math.Inf(-1)) }
