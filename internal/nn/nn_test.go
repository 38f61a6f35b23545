package nn

import (
	"math"
	"math/rand/v2"
	"testing"

	"veritrain/internal/autograd"
	"veritrain/internal/tensor"
)

// eval compiles and runs g for outputs with the given input/state bindings.
func eval(t *testing.T, g *autograd.Graph, bind map[string]*tensor.Tensor, outs ...value) []*tensor.Tensor {
	t.Helper()
	p, err := autograd.Compile(g, outs, nil)
	if err != nil {
		t.Fatal(err)
	}
	for name, x := range bind {
		if err := p.Bind(name, x); err != nil {
			t.Fatal(err)
		}
	}
	if err := p.Check(); err != nil {
		t.Fatal(err)
	}
	p.Run()
	res := make([]*tensor.Tensor, len(outs))
	for i, o := range outs {
		res[i] = p.Value(o)
	}
	return res
}

func randTensor(r *rand.Rand, scale float64, shape ...int) *tensor.Tensor {
	x := tensor.New(shape...)
	for i := range x.Data {
		x.Data[i] = float32(r.NormFloat64() * scale)
	}
	return x
}

func close64(t *testing.T, what string, got float32, want, tol float64) {
	t.Helper()
	if d := math.Abs(float64(got) - want); d > tol*(1+math.Abs(want)) {
		t.Errorf("%s = %v, want %v (diff %g)", what, got, want, d)
	}
}

func TestLayerNormMatchesFloat64(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	b := NewBuilder()
	x := b.G.Input("x", 5, 7)
	y := LayerNorm(b, "ln", x, 1e-5)
	xt := randTensor(r, 3, 5, 7)
	gamma, beta := randTensor(r, 1, 7), randTensor(r, 1, 7)
	out := eval(t, b.G, map[string]*tensor.Tensor{"x": xt, "ln.weight": gamma, "ln.bias": beta}, y)[0]
	for i := 0; i < 5; i++ {
		row := xt.Data[i*7 : i*7+7]
		var mean, v float64
		for _, e := range row {
			mean += float64(e)
		}
		mean /= 7
		for _, e := range row {
			v += (float64(e) - mean) * (float64(e) - mean)
		}
		v /= 7
		for j, e := range row {
			want := (float64(e)-mean)/math.Sqrt(v+1e-5)*float64(gamma.Data[j]) + float64(beta.Data[j])
			close64(t, "layernorm", out.Data[i*7+j], want, 1e-5)
		}
	}
}

func TestGELUMatchesFloat64(t *testing.T) {
	g := autograd.New()
	x := g.Input("x", 13)
	y := GELU(g, x)
	xs := []float32{-20, -6, -3, -1, -0.5, -1e-3, 0, 1e-3, 0.5, 1, 3, 6, 20}
	out := eval(t, g, map[string]*tensor.Tensor{"x": tensor.FromData([]int{13}, xs)}, y)[0]
	for i, v := range xs {
		x := float64(v)
		want := 0.5 * x * (1 + math.Tanh(math.Sqrt(2/math.Pi)*(x+0.044715*x*x*x)))
		close64(t, "gelu", out.Data[i], want, 1e-6)
	}
}

func TestSoftmaxCrossEntropyMatchesFloat64(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	g := autograd.New()
	logits := g.Input("logits", 6, 5)
	labels := g.Input("y", 6)
	loss := SoftmaxCrossEntropy(g, logits, labels)
	lt := randTensor(r, 4, 6, 5)
	lt.Data[3] = 80 // large logits must not overflow
	yt := tensor.FromData([]int{6}, []float32{0, 4, 2, 2, 1, 3})
	out := eval(t, g, map[string]*tensor.Tensor{"logits": lt, "y": yt}, loss)[0]
	var want float64
	for i := 0; i < 6; i++ {
		row := lt.Data[i*5 : i*5+5]
		m := math.Inf(-1)
		for _, v := range row {
			m = math.Max(m, float64(v))
		}
		var s float64
		for _, v := range row {
			s += math.Exp(float64(v) - m)
		}
		want += -(float64(row[int(yt.Data[i])]) - m - math.Log(s))
	}
	close64(t, "cross-entropy", out.Data[0], want/6, 1e-5)
}

func TestCosPolynomial(t *testing.T) {
	for i := 0; i <= 20; i++ {
		v := float32(i) / 20
		g := autograd.New()
		p := g.Input("p")
		out := eval(t, g, map[string]*tensor.Tensor{"p": tensor.FromData(nil, []float32{v})}, Cos(g, p))[0]
		close64(t, "cos", out.Data[0], math.Cos(math.Pi*float64(v)), 3e-7)
	}
}

func TestLearningRateSchedule(t *testing.T) {
	o := &Optimizer{Kind: "adamw", LR: 0.01, MinLR: 0.001, Beta1: 0.9, Beta2: 0.999, Eps: 1e-8, Warmup: 10, Schedule: "cosine", TotalSteps: 110}
	if err := o.Check(); err != nil {
		t.Fatal(err)
	}
	for _, st := range []float32{0, 4, 9, 10, 35, 60, 85, 109, 200} {
		g := autograd.New()
		s := g.Input("s")
		lr := o.LearningRate(g, s)
		out := eval(t, g, map[string]*tensor.Tensor{"s": tensor.FromData(nil, []float32{st})}, lr)[0]
		x := float64(st)
		warm := math.Min(1, (x+1)/10)
		p := math.Min(math.Max((x-10)/100, 0), 1)
		want := (0.001 + 0.009*(1+math.Cos(math.Pi*p))/2) * warm
		close64(t, "lr", out.Data[0], want, 1e-6)
	}
}

// TestAttentionIsCausal checks that the logits at position i do not depend on tokens after i.
func TestAttentionIsCausal(t *testing.T) {
	m := &GPT{Vocab: 11, Context: 8, Dim: 16, NumLayers: 2, Heads: 2, Std: 0.2}
	if err := m.Check(); err != nil {
		t.Fatal(err)
	}
	b := NewBuilder()
	x := b.G.Input(InputX, m.InputShape(1)...)
	logits := m.Logits(b, x)
	r := rand.New(rand.NewPCG(5, 6))
	bind := map[string]*tensor.Tensor{}
	for _, s := range b.States {
		bind[s.Name] = randTensor(r, 0.3, s.Shape...)
	}
	tokens := []float32{1, 5, 2, 7, 3, 9, 0, 4}
	bind[InputX] = tensor.FromData([]int{8}, append([]float32(nil), tokens...))
	a := eval(t, b.G, bind, logits)[0]
	before := append([]float32(nil), a.Data...)
	tokens[5], tokens[7] = 10, 6 // change the future of position 4
	bind[InputX] = tensor.FromData([]int{8}, tokens)
	after := eval(t, b.G, bind, logits)[0].Data
	for i := 0; i < 5*11; i++ {
		if math.Float32bits(before[i]) != math.Float32bits(after[i]) {
			t.Fatalf("logit %d (position %d) changed when later tokens changed", i, i/11)
		}
	}
	changed := false
	for i := 5 * 11; i < 8*11; i++ {
		changed = changed || before[i] != after[i]
	}
	if !changed {
		t.Fatal("logits after the changed tokens did not change: the test cannot fail")
	}
}

// TestBuildTrainStateLayout checks that the training state lists parameters, then slots, then
// the step counter, and that evaluation declares the same parameters.
func TestBuildTrainStateLayout(t *testing.T) {
	m := &GPT{Vocab: 11, Context: 8, Dim: 16, NumLayers: 1, Heads: 2, Std: 0.02}
	o := &Optimizer{Kind: "adamw", LR: 0.01, Beta1: 0.9, Beta2: 0.999, Eps: 1e-8, Schedule: "constant", TotalSteps: 10, GradClip: 1}
	tg := BuildTrain(m, o, 2)
	var roles []Role
	params := 0
	for _, s := range tg.States {
		if len(roles) == 0 || roles[len(roles)-1] != s.Role {
			roles = append(roles, s.Role)
		}
		if s.Role == RoleParam {
			params++
		}
	}
	if len(roles) != 3 || roles[0] != RoleParam || roles[1] != RoleSlot || roles[2] != RoleStep {
		t.Fatalf("state roles in order %v, want param, slot, step", roles)
	}
	if slots := len(tg.States) - params - 1; slots != 2*params {
		t.Fatalf("adamw has %d slots for %d parameters", slots, params)
	}
	eg := BuildEval(m, 3)
	n := 0
	for _, nd := range eg.G.Nodes {
		if nd.Op == tensor.OpState {
			if tg.States[n].Name != nd.Name {
				t.Fatalf("eval parameter %d is %q, train has %q", n, nd.Name, tg.States[n].Name)
			}
			n++
		}
	}
	if n != params {
		t.Fatalf("eval declares %d parameters, train %d", n, params)
	}
}

func TestModelCheck(t *testing.T) {
	bad := []Model{
		&Sequential{Input: 4, NClasses: 3, Layers: []Layer{{Type: "linear", Out: 5}}},
		&Sequential{Input: 4, NClasses: 3, Layers: []Layer{{Type: "conv"}}},
		&Sequential{Input: 4, NClasses: 3},
		&GPT{Vocab: 10, Context: 8, Dim: 10, NumLayers: 1, Heads: 3, Std: 0.02},
		&GPT{Vocab: 10, Context: 0, Dim: 8, NumLayers: 1, Heads: 2, Std: 0.02},
	}
	for i, m := range bad {
		if m.Check() == nil {
			t.Errorf("case %d: Check accepted %+v", i, m)
		}
	}
}
