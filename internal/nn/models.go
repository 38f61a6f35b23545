package nn

import (
	"fmt"

	"veritrain/internal/fmath"
)

// Model is an architecture that maps a batch input to logits over classes.
type Model interface {
	// InputShape and TargetShape are the shapes of the batch tensors "x" and "y" for a batch of
	// the given number of samples. Targets are class indices, one per logits row.
	InputShape(batch int) []int
	TargetShape(batch int) []int
	// Logits builds the forward pass: logits [R, Classes()] for input x.
	Logits(b *Builder, x value) value
	Classes() int
	// Check validates the configuration and reports the first problem.
	Check() error
}

// Layer is one layer of a Sequential model.
type Layer struct {
	Type string // "linear", "relu", "gelu" or "layernorm"
	Out  int    // linear: output features
}

// Sequential is a stack of layers over a flat input vector (an MLP when the layers are
// linear/activation pairs). The last layer's output width must equal the number of classes.
type Sequential struct {
	Input    int
	Layers   []Layer
	NClasses int
}

// Classes implements Model.
func (m *Sequential) Classes() int { return m.NClasses }

// InputShape implements Model.
func (m *Sequential) InputShape(batch int) []int { return []int{batch, m.Input} }

// TargetShape implements Model.
func (m *Sequential) TargetShape(batch int) []int { return []int{batch} }

// Check implements Model: it walks the layer widths.
func (m *Sequential) Check() error {
	if m.Input < 1 {
		return fmt.Errorf("model input width must be positive, got %d", m.Input)
	}
	if m.NClasses < 2 {
		return fmt.Errorf("model needs at least 2 classes, got %d", m.NClasses)
	}
	if len(m.Layers) == 0 {
		return fmt.Errorf("model has no layers")
	}
	width := m.Input
	for i, l := range m.Layers {
		switch l.Type {
		case "linear":
			if l.Out < 1 {
				return fmt.Errorf("layer %d (linear): out must be positive, got %d", i+1, l.Out)
			}
			width = l.Out
		case "relu", "gelu", "layernorm":
			if l.Out != 0 && l.Out != width {
				return fmt.Errorf("layer %d (%s) keeps width %d and takes no out (got out = %d)", i+1, l.Type, width, l.Out)
			}
		default:
			return fmt.Errorf("layer %d: unknown layer type %q (want linear, relu, gelu or layernorm)", i+1, l.Type)
		}
	}
	if width != m.NClasses {
		return fmt.Errorf("the last layer outputs %d values but the model has %d classes: shapes do not match", width, m.NClasses)
	}
	return nil
}

// Logits implements Model.
func (m *Sequential) Logits(b *Builder, x value) value {
	h := x
	for i, l := range m.Layers {
		name := fmt.Sprintf("layers.%d", i)
		switch l.Type {
		case "linear":
			h = Linear(b, name, h, l.Out, 0)
		case "relu":
			h = ReLU(b.G, h)
		case "gelu":
			h = GELU(b.G, h)
		case "layernorm":
			h = LayerNorm(b, name, h, 1e-5)
		default:
			panic(fmt.Sprintf("nn: unknown layer %q", l.Type))
		}
	}
	return h
}

// GPT is a small decoder-only transformer over token ids: token and position embeddings,
// pre-norm blocks of causal self-attention and a GELU MLP (4x width), a final LayerNorm and a
// linear head. Input x is [B·T] token ids (row-major over batch then time); logits are
// [B·T, Vocab], one row per position predicting the next token.
type GPT struct {
	Vocab, Context, Dim, NumLayers, Heads int
	Std                                   float32 // init standard deviation (e.g. 0.02)
}

// Classes implements Model.
func (m *GPT) Classes() int { return m.Vocab }

// InputShape implements Model.
func (m *GPT) InputShape(batch int) []int { return []int{batch * m.Context} }

// TargetShape implements Model.
func (m *GPT) TargetShape(batch int) []int { return []int{batch * m.Context} }

// Check implements Model.
func (m *GPT) Check() error {
	switch {
	case m.Vocab < 2:
		return fmt.Errorf("gpt vocab must be at least 2, got %d", m.Vocab)
	case m.Context < 1:
		return fmt.Errorf("gpt context must be positive, got %d", m.Context)
	case m.Dim < 1 || m.Heads < 1:
		return fmt.Errorf("gpt dim and heads must be positive, got dim %d heads %d", m.Dim, m.Heads)
	case m.Dim%m.Heads != 0:
		return fmt.Errorf("gpt dim %d is not divisible by heads %d", m.Dim, m.Heads)
	case m.NumLayers < 1:
		return fmt.Errorf("gpt needs at least one layer, got %d", m.NumLayers)
	case !(m.Std > 0 && m.Std < 1):
		return fmt.Errorf("gpt init std must be in (0, 1), got %v", m.Std)
	}
	return nil
}

// Logits implements Model.
func (m *GPT) Logits(b *Builder, x value) value {
	g := b.G
	n := g.Shape(x)[0]
	bsz, t, d := n/m.Context, m.Context, m.Dim
	tok := Embedding(b, "wte", x, m.Vocab, d, m.Std) // [B*T, D]
	wpe := b.Param("wpe.weight", Init{Kind: InitUniform, Bound: UniformBoundForStd(m.Std)}, true, t, d)
	h := g.Add(g.Reshape(tok, bsz, t, d), g.Broadcast(wpe, bsz, t, d))
	projScale := float32(1) / fmath.Sqrt(float32(2*m.NumLayers))
	for i := 0; i < m.NumLayers; i++ {
		name := fmt.Sprintf("blocks.%d", i)
		a := LayerNorm(b, name+".ln1", g.Reshape(h, bsz*t, d), 1e-5)
		h = g.Add(h, CausalSelfAttention(b, name+".attn", g.Reshape(a, bsz, t, d), m.Heads, m.Std, projScale))
		f := LayerNorm(b, name+".ln2", g.Reshape(h, bsz*t, d), 1e-5)
		f = GELU(g, Linear(b, name+".fc", f, 4*d, m.Std))
		f = Linear(b, name+".fcproj", f, d, m.Std*projScale)
		h = g.Add(h, g.Reshape(f, bsz, t, d))
	}
	out := LayerNorm(b, "lnf", g.Reshape(h, bsz*t, d), 1e-5)
	return Linear(b, "head", out, m.Vocab, m.Std)
}
