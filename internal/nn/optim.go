package nn

import (
	"fmt"
	"math"

	"veritrain/internal/autograd"
	"veritrain/internal/fmath"
)

// Optimizer configures the update rule and the learning-rate schedule.
type Optimizer struct {
	Kind        string  // "sgd" (with momentum) or "adamw"
	LR          float32 // peak learning rate
	MinLR       float32 // cosine schedule floor
	Momentum    float32 // sgd
	Beta1       float32 // adamw
	Beta2       float32 // adamw
	Eps         float32 // adamw
	WeightDecay float32 // sgd: L2 added to the gradient; adamw: decoupled
	Warmup      int     // linear warmup steps
	Schedule    string  // "constant" or "cosine"
	TotalSteps  int     // length of the cosine schedule
	GradClip    float32 // clip the global gradient norm to this (0: off)
}

// Check validates the optimizer configuration.
func (o *Optimizer) Check() error {
	finite := func(x float32) bool { return !math.IsNaN(float64(x)) && !math.IsInf(float64(x), 0) }
	for _, f := range []struct {
		name string
		x    float32
	}{{"lr", o.LR}, {"min_lr", o.MinLR}, {"momentum", o.Momentum}, {"beta1", o.Beta1}, {"beta2", o.Beta2}, {"eps", o.Eps}, {"weight_decay", o.WeightDecay}, {"grad_clip", o.GradClip}} {
		if !finite(f.x) || f.x < 0 {
			return fmt.Errorf("optimizer %s must be a finite non-negative number, got %v", f.name, f.x)
		}
	}
	switch {
	case o.LR <= 0:
		return fmt.Errorf("optimizer lr must be positive, got %v", o.LR)
	case o.MinLR > o.LR:
		return fmt.Errorf("optimizer min_lr %v is above lr %v", o.MinLR, o.LR)
	case o.Warmup < 0:
		return fmt.Errorf("optimizer warmup must not be negative, got %d", o.Warmup)
	case o.TotalSteps < 1:
		return fmt.Errorf("optimizer schedule needs the total step count, got %d", o.TotalSteps)
	}
	switch o.Schedule {
	case "constant", "cosine":
	default:
		return fmt.Errorf("unknown schedule %q (want constant or cosine)", o.Schedule)
	}
	switch o.Kind {
	case "sgd":
		if o.Momentum >= 1 {
			return fmt.Errorf("sgd momentum must be below 1, got %v", o.Momentum)
		}
	case "adamw":
		if o.Beta1 >= 1 || o.Beta2 >= 1 || o.Beta1 <= 0 || o.Beta2 <= 0 {
			return fmt.Errorf("adamw betas must be in (0, 1), got %v and %v", o.Beta1, o.Beta2)
		}
		if o.Eps <= 0 {
			return fmt.Errorf("adamw eps must be positive, got %v", o.Eps)
		}
	default:
		return fmt.Errorf("unknown optimizer %q (want sgd or adamw)", o.Kind)
	}
	return nil
}

// LearningRate builds the scalar learning rate for the step whose completed-step counter is step
// (0 for the first step): peak·min(1, (t+1)/warmup) for warmup, then, for a cosine schedule,
// min + (peak - min)·(1 + cos(π·p))/2 with p = clamp((t - warmup)/(total - warmup), 0, 1).
// cos is evaluated on the tape from + - * only (see Cos), so the rate is part of the verifiable
// step like everything else.
func (o *Optimizer) LearningRate(g *autograd.Graph, step value) value {
	lr := g.Scalar(o.LR)
	if o.Schedule == "cosine" && o.TotalSteps > o.Warmup {
		p := g.Div(g.Sub(step, g.Scalar(float32(o.Warmup))), g.Scalar(float32(o.TotalSteps-o.Warmup)))
		p = g.Min(g.Max(p, g.Scalar(0)), g.Scalar(1))
		c := g.Mul(g.Add(Cos(g, p), g.Scalar(1)), g.Scalar(0.5))
		lr = g.Add(g.Scalar(o.MinLR), g.Mul(g.Scalar(o.LR-o.MinLR), c))
	}
	if o.Warmup > 0 {
		w := g.Div(g.Add(step, g.Scalar(1)), g.Scalar(float32(o.Warmup)))
		lr = g.Mul(lr, g.Min(w, g.Scalar(1)))
	}
	return lr
}

// Cos returns cos(π·p) for p in [0, 1] as sin(x) with x = π·(1/2 - p) in [-π/2, π/2], by the
// odd Taylor polynomial of degree 13 in Horner form (error below 6e-8 on that interval). Only
// + - * on float32, each a graph op, so every platform and the chain agree.
func Cos(g *autograd.Graph, p value) value {
	x := g.Mul(g.Sub(g.Scalar(0.5), p), g.Scalar(float32(math.Pi)))
	x2 := g.Mul(x, x)
	coef := []float32{
		1.0 / 6227020800, // 1/13!
		-1.0 / 39916800,  // -1/11!
		1.0 / 362880,     // 1/9!
		-1.0 / 5040,      // -1/7!
		1.0 / 120,        // 1/5!
		1.0 / 6,          // 1/3!, subtracted below
	}
	acc := g.Scalar(coef[0])
	for _, c := range coef[1:5] {
		acc = g.Add(g.Mul(acc, x2), g.Scalar(c))
	}
	acc = g.Sub(g.Mul(acc, x2), g.Scalar(coef[5]))
	acc = g.Add(g.Mul(acc, x2), g.Scalar(1))
	return g.Mul(acc, x)
}

// apply appends the optimizer update for every parameter and returns the state updates. grads[i]
// is the gradient of params[i]; step is the step counter.
func (o *Optimizer) apply(b *Builder, grads []value, step value) []autograd.Update {
	g := b.G
	lr := o.LearningRate(g, step)
	if o.GradClip > 0 {
		grads = clipByGlobalNorm(g, grads, o.GradClip)
	}
	var ups []autograd.Update
	params := append([]value(nil), b.Params...)
	decay := make([]bool, len(params))
	for i, st := range paramSpecs(b) {
		decay[i] = st.Decay && o.WeightDecay > 0
	}
	switch o.Kind {
	case "sgd":
		for i, p := range params {
			shape := g.Shape(p)
			name := b.ParamName(p)
			gr := grads[i]
			if decay[i] {
				gr = g.Add(gr, g.Mul(g.Like(o.WeightDecay, p), p))
			}
			m := b.Slot("sgd.momentum."+name, shape)
			m2 := g.Add(g.Mul(g.Like(o.Momentum, p), m), gr)
			p2 := g.Sub(p, g.MulBy(m2, lr))
			ups = append(ups, autograd.Update{State: m, Value: m2}, autograd.Update{State: p, Value: p2})
		}
	case "adamw":
		// Bias corrections 1 - β^t with t = step + 1, β^t = exp(t·log β).
		t := g.Add(step, g.Scalar(1))
		bc1 := g.Sub(g.Scalar(1), g.Exp(g.Mul(t, g.Scalar(fmath.Log(o.Beta1)))))
		bc2 := g.Sub(g.Scalar(1), g.Exp(g.Mul(t, g.Scalar(fmath.Log(o.Beta2)))))
		for i, p := range params {
			shape := g.Shape(p)
			name := b.ParamName(p)
			gr := grads[i]
			m := b.Slot("adamw.m."+name, shape)
			v := b.Slot("adamw.v."+name, shape)
			m2 := g.Add(g.Mul(g.Like(o.Beta1, p), m), g.Mul(g.Like(1-o.Beta1, p), gr))
			v2 := g.Add(g.Mul(g.Like(o.Beta2, p), v), g.Mul(g.Like(1-o.Beta2, p), g.Mul(gr, gr)))
			mhat := g.Div(m2, g.Broadcast(bc1, shape...))
			vhat := g.Div(v2, g.Broadcast(bc2, shape...))
			upd := g.Div(mhat, g.Add(g.Sqrt(vhat), g.Like(o.Eps, p)))
			if decay[i] {
				upd = g.Add(upd, g.Mul(g.Like(o.WeightDecay, p), p))
			}
			p2 := g.Sub(p, g.MulBy(upd, lr))
			ups = append(ups, autograd.Update{State: m, Value: m2}, autograd.Update{State: v, Value: v2}, autograd.Update{State: p, Value: p2})
		}
	}
	return ups
}

func paramSpecs(b *Builder) []StateSpec {
	var out []StateSpec
	for _, s := range b.States {
		if s.Role == RoleParam {
			out = append(out, s)
		}
	}
	return out
}

// clipByGlobalNorm scales all gradients by min(1, c/(‖g‖ + 1e-6)), where ‖g‖² sums each
// gradient's squares (canonical order) and then the per-tensor sums in parameter order.
func clipByGlobalNorm(g *autograd.Graph, grads []value, c float32) []value {
	var sq value = -1
	for _, gr := range grads {
		s := g.SumAll(g.Mul(gr, gr))
		if sq < 0 {
			sq = s
		} else {
			sq = g.Add(sq, s)
		}
	}
	norm := g.Add(g.Sqrt(sq), g.Scalar(1e-6))
	scale := g.Min(g.Div(g.Scalar(c), norm), g.Scalar(1))
	out := make([]value, len(grads))
	for i, gr := range grads {
		out[i] = g.MulBy(gr, scale)
	}
	return out
}

// TrainGraph is the compiled-to-be training step of a model: the graph, the state it reads and
// writes (parameters, optimizer slots, step counter, in that order), and its outputs.
type TrainGraph struct {
	G       *autograd.Graph
	States  []StateSpec
	Loss    value // mean loss of the batch (scalar)
	Updates []autograd.Update
}

// Names of the batch inputs.
const (
	InputX = "x"
	InputY = "y"
)

// BuildTrain builds one training step for model with the given batch size and optimizer.
func BuildTrain(m Model, o *Optimizer, batch int) *TrainGraph {
	b := NewBuilder()
	g := b.G
	x := g.Input(InputX, m.InputShape(batch)...)
	y := g.Input(InputY, m.TargetShape(batch)...)
	logits := m.Logits(b, x)
	loss := SoftmaxCrossEntropy(g, logits, y)
	grads := autograd.Grad(g, loss, b.Params)
	step := b.Step()
	ups := o.apply(b, grads, step)
	ups = append(ups, autograd.Update{State: step, Value: g.Add(step, g.Scalar(1))})
	// State order: parameters, then slots, then the step counter (declaration order already
	// interleaves slots after parameters; sort stably by role to make the layout explicit).
	return &TrainGraph{G: g, States: orderStates(b.States), Loss: loss, Updates: ups}
}

func orderStates(s []StateSpec) []StateSpec {
	var out []StateSpec
	for _, r := range []Role{RoleParam, RoleSlot, RoleStep} {
		for _, x := range s {
			if x.Role == r {
				out = append(out, x)
			}
		}
	}
	return out
}

// EvalGraph is a forward-only graph computing logits and the summed loss for an eval batch.
type EvalGraph struct {
	G       *autograd.Graph
	Logits  value // [R, C]
	LossSum value // scalar: Σ over rows of -log p(label)
}

// BuildEval builds the evaluation forward pass for a batch of the given size. It declares the
// same parameter names as BuildTrain.
func BuildEval(m Model, batch int) *EvalGraph {
	b := NewBuilder()
	g := b.G
	x := g.Input(InputX, m.InputShape(batch)...)
	y := g.Input(InputY, m.TargetShape(batch)...)
	logits := m.Logits(b, x)
	logp := LogSoftmax(g, logits)
	picked := g.SumLast(g.Mul(g.OneHot(y, m.Classes()), logp))
	return &EvalGraph{G: g, Logits: logits, LossSum: g.Neg(g.SumAll(picked))}
}
