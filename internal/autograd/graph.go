// Package autograd builds veritrain's step programs: a model is written as a graph of tensor
// primitives, reverse-mode differentiation appends the backward pass (one gradient rule per
// primitive, kept in a table), the optimizer appends the update, and Compile turns the whole into
// a flat, ordered list of ops that Program.Run executes. Graph construction is deterministic: the
// same model code always yields the same op list in the same order.
package autograd

import (
	"fmt"
	"math"

	"veritrain/internal/fmath"
	"veritrain/internal/tensor"
)

// Value names a node of a Graph.
type Value int32

// Node is one op of the graph with its inputs and output shape.
type Node struct {
	tensor.Desc
	In     []Value
	Name   string // inputs and states: the binding name; others: optional label
	NoGrad bool   // gradients do not flow through this node to its inputs
}

// Graph is a growing list of nodes in topological order (inputs always precede their users).
// Methods panic on shape errors: model code is ours, and a spec is validated before a graph is
// built, so a panic here is a programming error, reported with the op and the shapes.
type Graph struct {
	Nodes   []Node
	scalars map[uint32]Value // bit pattern -> shared scalar constant
	fulls   map[string]Value // bit pattern and shape -> shared broadcast of a scalar constant
}

// New returns an empty graph.
func New() *Graph { return &Graph{scalars: map[uint32]Value{}, fulls: map[string]Value{}} }

// Shape returns the shape of v (do not modify it).
func (g *Graph) Shape(v Value) []int { return g.Nodes[v].Shape }

// Node returns the node v.
func (g *Graph) Node(v Value) *Node { return &g.Nodes[v] }

func (g *Graph) add(op tensor.Op, want []int, perm []int, in ...Value) Value {
	shapes := make([][]int, len(in))
	for i, v := range in {
		shapes[i] = g.Nodes[v].Shape
	}
	shape, err := tensor.InferShape(op, perm, want, shapes...)
	if err != nil {
		panic(fmt.Sprintf("autograd: %v", err))
	}
	g.Nodes = append(g.Nodes, Node{Desc: tensor.Desc{Op: op, Shape: shape, Perm: perm}, In: in})
	return Value(len(g.Nodes) - 1)
}

// Input declares a batch input named name.
func (g *Graph) Input(name string, shape ...int) Value {
	v := g.add(tensor.OpInput, shape, nil)
	g.Nodes[v].Name = name
	return v
}

// State declares a training-state tensor named name.
func (g *Graph) State(name string, shape ...int) Value {
	v := g.add(tensor.OpState, shape, nil)
	g.Nodes[v].Name = name
	return v
}

// Const is a constant tensor with the given values (copied).
func (g *Graph) Const(shape []int, values []float32) Value {
	if tensor.Numel(shape) != len(values) {
		panic(fmt.Sprintf("autograd: const of shape %v with %d values", shape, len(values)))
	}
	v := g.add(tensor.OpConst, shape, nil)
	vals := make([]float32, len(values))
	for i, x := range values {
		vals[i] = fmath.Canon(x) // every NaN in a program is the canonical one
	}
	g.Nodes[v].Value = vals
	return v
}

// Scalar is a shared scalar constant (shape []). Equal scalars are one node.
func (g *Graph) Scalar(x float32) Value {
	k := math.Float32bits(x)
	if v, ok := g.scalars[k]; ok {
		return v
	}
	v := g.Const(nil, []float32{x})
	g.scalars[k] = v
	return v
}

// Full is the scalar x broadcast to shape. Equal fills are one node.
func (g *Graph) Full(x float32, shape ...int) Value {
	k := fmt.Sprint(math.Float32bits(x), shape)
	if v, ok := g.fulls[k]; ok {
		return v
	}
	v := g.Broadcast(g.Scalar(x), shape...)
	g.fulls[k] = v
	return v
}

// Reshape gives v a new shape with the same element count.
func (g *Graph) Reshape(v Value, shape ...int) Value {
	if tensor.SameShape(g.Shape(v), shape) {
		return v
	}
	return g.add(tensor.OpReshape, shape, nil, v)
}

// Permute reorders axes: output axis a is input axis perm[a].
func (g *Graph) Permute(v Value, perm ...int) Value {
	return g.add(tensor.OpPermute, nil, append([]int(nil), perm...), v)
}

// T swaps the last two axes.
func (g *Graph) T(v Value) Value {
	r := len(g.Shape(v))
	perm := make([]int, r)
	for i := range perm {
		perm[i] = i
	}
	perm[r-1], perm[r-2] = r-2, r-1
	return g.Permute(v, perm...)
}

// Broadcast expands v to shape (no-op when the shape is already equal).
func (g *Graph) Broadcast(v Value, shape ...int) Value {
	if tensor.SameShape(g.Shape(v), shape) {
		return v
	}
	return g.add(tensor.OpBroadcast, shape, nil, v)
}

// SumTo sums v down to shape (no-op when equal).
func (g *Graph) SumTo(v Value, shape ...int) Value {
	if tensor.SameShape(g.Shape(v), shape) {
		return v
	}
	return g.add(tensor.OpSum, shape, nil, v)
}

// SumLast sums over the last axis, keeping it as size 1.
func (g *Graph) SumLast(v Value) Value {
	s := append([]int(nil), g.Shape(v)...)
	s[len(s)-1] = 1
	return g.SumTo(v, s...)
}

// SumAll sums every element to a scalar.
func (g *Graph) SumAll(v Value) Value { return g.SumTo(v) }

// MaxLast is the maximum over the last axis (kept as size 1).
func (g *Graph) MaxLast(v Value) Value { return g.add(tensor.OpMaxLast, nil, nil, v) }

// MatMulABT is a·bᵀ over the last two axes (leading axes are batch axes).
func (g *Graph) MatMulABT(a, b Value) Value { return g.add(tensor.OpMatMulABT, nil, nil, a, b) }

// Gather picks rows of table [N,D] by the index vector idx [M].
func (g *Graph) Gather(table, idx Value) Value { return g.add(tensor.OpGather, nil, nil, table, idx) }

// ScatterAdd adds the rows of src [M,D] into a zero [n,D] tensor at rows idx [M].
func (g *Graph) ScatterAdd(src, idx Value, n int) Value {
	return g.add(tensor.OpScatterAdd, []int{n, g.Shape(src)[1]}, nil, src, idx)
}

// OneHot turns the index vector idx [M] into an [M,classes] 0/1 matrix.
func (g *Graph) OneHot(idx Value, classes int) Value {
	return g.add(tensor.OpOneHot, []int{g.Shape(idx)[0], classes}, nil, idx)
}

// Add, Sub, Mul, Div, Max, GT are elementwise on equal shapes.
func (g *Graph) Add(a, b Value) Value { return g.add(tensor.OpAdd, nil, nil, a, b) }

// Sub is a - b.
func (g *Graph) Sub(a, b Value) Value { return g.add(tensor.OpSub, nil, nil, a, b) }

// Mul is a * b.
func (g *Graph) Mul(a, b Value) Value { return g.add(tensor.OpMul, nil, nil, a, b) }

// Div is a / b.
func (g *Graph) Div(a, b Value) Value { return g.add(tensor.OpDiv, nil, nil, a, b) }

// Max is the elementwise maximum (NaN-propagating).
func (g *Graph) Max(a, b Value) Value { return g.add(tensor.OpMax, nil, nil, a, b) }

// GT is 1 where a > b, else 0.
func (g *Graph) GT(a, b Value) Value { return g.add(tensor.OpGT, nil, nil, a, b) }

// Where selects a where c != 0, else b.
func (g *Graph) Where(c, a, b Value) Value { return g.add(tensor.OpWhere, nil, nil, c, a, b) }

// Neg is -a.
func (g *Graph) Neg(a Value) Value { return g.add(tensor.OpNeg, nil, nil, a) }

// Exp is the deterministic float32 exponential.
func (g *Graph) Exp(a Value) Value { return g.add(tensor.OpExp, nil, nil, a) }

// Log is the deterministic float32 natural logarithm.
func (g *Graph) Log(a Value) Value { return g.add(tensor.OpLog, nil, nil, a) }

// Sqrt is the correctly rounded square root.
func (g *Graph) Sqrt(a Value) Value { return g.add(tensor.OpSqrt, nil, nil, a) }

// Like returns the scalar x broadcast to v's shape.
func (g *Graph) Like(x float32, v Value) Value { return g.Full(x, g.Shape(v)...) }

// MulScalar is a * x.
func (g *Graph) MulScalar(a Value, x float32) Value { return g.Mul(a, g.Like(x, a)) }

// AddScalar is a + x.
func (g *Graph) AddScalar(a Value, x float32) Value { return g.Add(a, g.Like(x, a)) }

// MulBy multiplies a by a scalar-valued node s (shape []) broadcast to a's shape.
func (g *Graph) MulBy(a, s Value) Value { return g.Mul(a, g.Broadcast(s, g.Shape(a)...)) }

// Min is the elementwise minimum, -max(-a, -b).
func (g *Graph) Min(a, b Value) Value { return g.Neg(g.Max(g.Neg(a), g.Neg(b))) }

// StopGradient marks the op node v so that no gradient flows through it to its inputs. It marks
// the node itself, so every consumer of v is affected: apply it only to a node made for the
// purpose (e.g. the max of a stable softmax), never to a leaf or a shared value.
func (g *Graph) StopGradient(v Value) Value {
	if len(g.Nodes[v].In) == 0 {
		panic(fmt.Sprintf("autograd: StopGradient on the leaf %v %q", g.Nodes[v].Op, g.Nodes[v].Name))
	}
	g.Nodes[v].NoGrad = true
	return v
}
