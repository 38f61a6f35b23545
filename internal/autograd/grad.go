package autograd

import (
	"fmt"

	"veritrain/internal/tensor"
)

// A GradRule returns, for node v with output gradient dy, the gradient of each input (or -1 where
// none flows). It builds the backward ops with g; the forward output v itself may be reused.
type GradRule func(g *Graph, v, dy Value) []Value

// None marks an input that receives no gradient.
const None Value = -1

// gradRules holds exactly one rule per differentiable primitive. Leaves, OneHot and GT have none:
// OneHot and GT are piecewise constant, and index inputs are data.
var gradRules [tensor.NumOps]GradRule

func init() {
	in := func(g *Graph, v Value, i int) Value { return g.Nodes[v].In[i] }
	shapeOf := func(g *Graph, v Value, i int) []int { return g.Shape(in(g, v, i)) }
	zero := func(g *Graph, v Value) Value { return g.Like(0, v) }

	gradRules[tensor.OpReshape] = func(g *Graph, v, dy Value) []Value {
		return []Value{g.Reshape(dy, shapeOf(g, v, 0)...)}
	}
	gradRules[tensor.OpPermute] = func(g *Graph, v, dy Value) []Value {
		perm := g.Nodes[v].Perm
		inv := make([]int, len(perm))
		for a, p := range perm {
			inv[p] = a
		}
		return []Value{g.Permute(dy, inv...)}
	}
	gradRules[tensor.OpBroadcast] = func(g *Graph, v, dy Value) []Value {
		return []Value{g.SumTo(dy, shapeOf(g, v, 0)...)}
	}
	gradRules[tensor.OpSum] = func(g *Graph, v, dy Value) []Value {
		return []Value{g.Broadcast(dy, shapeOf(g, v, 0)...)}
	}
	gradRules[tensor.OpMaxLast] = func(g *Graph, v, dy Value) []Value {
		// The gradient goes to every element equal to the maximum: x == max  <=>  !(max > x).
		x := in(g, v, 0)
		s := g.Shape(x)
		below := g.GT(g.Broadcast(v, s...), x)
		return []Value{g.Where(below, g.Like(0, x), g.Broadcast(dy, s...))}
	}
	gradRules[tensor.OpMatMulABT] = func(g *Graph, v, dy Value) []Value {
		// C = A·Bᵀ: dA = dC·B = (dC)·(Bᵀ)ᵀ, dB = dCᵀ·A = (dCᵀ)·(Aᵀ)ᵀ.
		a, b := in(g, v, 0), in(g, v, 1)
		return []Value{g.MatMulABT(dy, g.T(b)), g.MatMulABT(g.T(dy), g.T(a))}
	}
	gradRules[tensor.OpGather] = func(g *Graph, v, dy Value) []Value {
		return []Value{g.ScatterAdd(dy, in(g, v, 1), shapeOf(g, v, 0)[0]), None}
	}
	gradRules[tensor.OpScatterAdd] = func(g *Graph, v, dy Value) []Value {
		return []Value{g.Gather(dy, in(g, v, 1)), None}
	}
	gradRules[tensor.OpAdd] = func(g *Graph, v, dy Value) []Value { return []Value{dy, dy} }
	gradRules[tensor.OpSub] = func(g *Graph, v, dy Value) []Value { return []Value{dy, g.Neg(dy)} }
	gradRules[tensor.OpMul] = func(g *Graph, v, dy Value) []Value {
		return []Value{g.Mul(dy, in(g, v, 1)), g.Mul(dy, in(g, v, 0))}
	}
	gradRules[tensor.OpDiv] = func(g *Graph, v, dy Value) []Value {
		// y = a/b: da = dy/b, db = -dy·a/b² = -(dy·y)/b.
		b := in(g, v, 1)
		return []Value{g.Div(dy, b), g.Neg(g.Div(g.Mul(dy, v), b))}
	}
	gradRules[tensor.OpMax] = func(g *Graph, v, dy Value) []Value {
		// max picks a where a > b, else b; the gradient follows the pick.
		a, b := in(g, v, 0), in(g, v, 1)
		pick := g.GT(a, b)
		z := zero(g, v)
		return []Value{g.Where(pick, dy, z), g.Where(pick, z, dy)}
	}
	gradRules[tensor.OpWhere] = func(g *Graph, v, dy Value) []Value {
		c := in(g, v, 0)
		z := zero(g, v)
		return []Value{None, g.Where(c, dy, z), g.Where(c, z, dy)}
	}
	gradRules[tensor.OpNeg] = func(g *Graph, v, dy Value) []Value { return []Value{g.Neg(dy)} }
	gradRules[tensor.OpExp] = func(g *Graph, v, dy Value) []Value { return []Value{g.Mul(dy, v)} }
	gradRules[tensor.OpLog] = func(g *Graph, v, dy Value) []Value { return []Value{g.Div(dy, in(g, v, 0))} }
	gradRules[tensor.OpSqrt] = func(g *Graph, v, dy Value) []Value {
		// y = sqrt(x): dx = dy / (2y) = dy / (y + y).
		return []Value{g.Div(dy, g.Add(v, v))}
	}
}

// HasGradRule reports whether op has a gradient rule.
func HasGradRule(op tensor.Op) bool { return int(op) < len(gradRules) && gradRules[op] != nil }

// Grad appends the reverse-mode backward pass of the scalar loss to g and returns the gradient
// of loss with respect to each of wrt (a zero tensor where loss does not depend on it).
//
// Order: nodes are visited from loss down to the first node; when a node feeds several
// consumers, its gradient contributions are summed in the order they are produced (consumers in
// descending node order). Both orders are functions of the graph alone, so the backward ops and
// their float32 results are deterministic.
func Grad(g *Graph, loss Value, wrt []Value) []Value {
	if n := tensor.Numel(g.Shape(loss)); n != 1 {
		panic(fmt.Sprintf("autograd: loss must be a scalar, has shape %v", g.Shape(loss)))
	}
	n := int(loss) + 1
	// needs[v]: v depends on some wrt node, so a gradient must flow into it.
	needs := make([]bool, n)
	for _, w := range wrt {
		if int(w) < n { // a node made after the loss cannot influence it
			needs[w] = true
		}
	}
	for v := 0; v < n; v++ {
		for _, i := range g.Nodes[v].In {
			if needs[i] && !g.Nodes[v].NoGrad {
				needs[v] = true
			}
		}
	}
	grads := make([]Value, n)
	for i := range grads {
		grads[i] = None
	}
	grads[loss] = g.Like(1, loss)
	for v := loss; v >= 0; v-- {
		dy := grads[v]
		node := g.Nodes[v]
		if dy == None || node.NoGrad || len(node.In) == 0 || !needs[v] {
			continue
		}
		rule := gradRules[node.Op]
		if rule == nil {
			continue // piecewise-constant op: no gradient flows
		}
		dins := rule(g, v, dy)
		for i, x := range g.Nodes[v].In {
			if dins[i] == None || !needs[x] {
				continue
			}
			if grads[x] == None {
				grads[x] = dins[i]
			} else {
				grads[x] = g.Add(grads[x], dins[i])
			}
		}
	}
	out := make([]Value, len(wrt))
	for i, w := range wrt {
		out[i] = None
		if int(w) < n {
			out[i] = grads[w]
		}
		if out[i] == None {
			out[i] = g.Like(0, w)
		}
	}
	return out
}
