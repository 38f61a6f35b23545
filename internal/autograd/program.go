package autograd

import (
	"fmt"

	"veritrain/internal/tensor"
)

// Update says that after a step the state node State takes the value of node Value.
type Update struct {
	State Value
	Value Value
}

// Program is a compiled step: the ops needed for the outputs and updates, in execution order,
// with buffers planned once. Constant sub-graphs are evaluated at compile time.
type Program struct {
	g       *Graph
	Ops     []Value // executed each Run, ascending node order (a topological order)
	Outputs []Value
	Updates []Update
	vals    []*tensor.Tensor   // value of each node (nil when not live)
	static  []bool             // node depends only on constants
	live    []bool             // node is needed for an output or an update
	bound   []bool             // input and state nodes that were bound
	args    [][]*tensor.Tensor // input tensors of each op in Ops (built on first Run after a Bind)
	groups  []*fusedGroup      // fused elementwise runs (see fuse.go)
	groupAt []int              // index into groups of each op in Ops, or -1
}

// Compile plans a program computing outputs and updates. States and inputs are bound afterwards
// with Bind. Buffers of intermediate values are reused once their last reader has run.
func Compile(g *Graph, outputs []Value, updates []Update) (*Program, error) {
	n := len(g.Nodes)
	p := &Program{g: g, Outputs: outputs, Updates: updates, vals: make([]*tensor.Tensor, n), static: make([]bool, n), bound: make([]bool, n)}
	live := make([]bool, n)
	p.live = live
	var mark func(v Value)
	mark = func(v Value) {
		if live[v] {
			return
		}
		live[v] = true
		for _, i := range g.Nodes[v].In {
			mark(i)
		}
	}
	keep := make([]bool, n) // values that must survive the whole run
	for _, o := range outputs {
		mark(o)
		keep[o] = true
	}
	targets := make([]bool, n)
	for _, u := range updates {
		if g.Nodes[u.State].Op != tensor.OpState {
			return nil, fmt.Errorf("update target %d is %v, not a state", u.State, g.Nodes[u.State].Op)
		}
		if targets[u.State] {
			return nil, fmt.Errorf("state %q is updated twice", g.Nodes[u.State].Name)
		}
		targets[u.State] = true
		// Updates are applied one after another at the end of Run; a value that is itself a
		// state or input would be read after an earlier update may have overwritten it.
		if op := g.Nodes[u.Value].Op; op == tensor.OpState || op == tensor.OpInput {
			return nil, fmt.Errorf("update of state %q takes the %v %q directly; updates must be computed values", g.Nodes[u.State].Name, op, g.Nodes[u.Value].Name)
		}
		if !tensor.SameShape(g.Shape(u.State), g.Shape(u.Value)) {
			return nil, fmt.Errorf("update of state %q: shape %v, new value %v", g.Nodes[u.State].Name, g.Shape(u.State), g.Shape(u.Value))
		}
		mark(u.State)
		mark(u.Value)
		keep[u.Value] = true
	}
	for v := 0; v < n; v++ {
		nd := &g.Nodes[v]
		switch nd.Op {
		case tensor.OpConst:
			p.static[v] = true
		case tensor.OpInput, tensor.OpState:
		default:
			s := true
			for _, i := range nd.In {
				s = s && p.static[i]
			}
			p.static[v] = s
		}
	}
	// Evaluate live constant sub-graphs once.
	for v := 0; v < n; v++ {
		if !live[v] || !p.static[v] {
			continue
		}
		nd := &g.Nodes[v]
		p.vals[v] = tensor.New(nd.Shape...)
		tensor.Exec(&nd.Desc, p.vals[v], p.inputs(Value(v))...)
	}
	// Schedule the rest in node order and plan buffer reuse by last use.
	lastUse := make([]int, n)
	for v := 0; v < n; v++ {
		lastUse[v] = -1
	}
	for v := 0; v < n; v++ {
		if !live[v] || p.static[v] {
			continue
		}
		nd := &g.Nodes[v]
		if nd.Op == tensor.OpInput || nd.Op == tensor.OpState {
			continue
		}
		step := len(p.Ops)
		p.Ops = append(p.Ops, Value(v))
		for _, i := range nd.In {
			lastUse[i] = step
		}
	}
	free := map[int][]*tensor.Tensor{} // element count -> free buffers (LIFO)
	for step, v := range p.Ops {
		nd := &g.Nodes[v]
		size := tensor.Numel(nd.Shape)
		var t *tensor.Tensor
		if l := free[size]; len(l) > 0 {
			t = &tensor.Tensor{Shape: nd.Shape, Data: l[len(l)-1].Data}
			free[size] = l[:len(l)-1]
		} else {
			t = tensor.New(nd.Shape...)
		}
		p.vals[v] = t
		for _, i := range nd.In {
			in := &g.Nodes[i]
			if lastUse[i] == step && !keep[i] && !p.static[i] && in.Op != tensor.OpInput && in.Op != tensor.OpState {
				sz := tensor.Numel(in.Shape)
				free[sz] = append(free[sz], p.vals[i])
				lastUse[i] = -2 // released once even if used twice by this op
			}
		}
		if lastUse[v] == -1 && !keep[v] {
			// produced but never read: release right away
			free[size] = append(free[size], t)
		}
	}
	p.planFusion(keep)
	return p, nil
}

func (p *Program) inputs(v Value) []*tensor.Tensor {
	nd := &p.g.Nodes[v]
	in := make([]*tensor.Tensor, len(nd.In))
	for i, x := range nd.In {
		in[i] = p.vals[x]
	}
	return in
}

// Graph returns the graph the program was compiled from.
func (p *Program) Graph() *Graph { return p.g }

// Bind attaches t as the value of every input or state node named name (the program reads it at
// each Run; states are overwritten by their updates at the end of Run).
func (p *Program) Bind(name string, t *tensor.Tensor) error {
	found := false
	for v := range p.g.Nodes {
		nd := &p.g.Nodes[v]
		if (nd.Op != tensor.OpInput && nd.Op != tensor.OpState) || nd.Name != name {
			continue
		}
		if !tensor.SameShape(nd.Shape, t.Shape) {
			return fmt.Errorf("bind %q: program wants shape %v, got %v", name, nd.Shape, t.Shape)
		}
		p.vals[v] = t
		p.bound[v] = true
		p.args = nil
		found = true
	}
	if !found {
		return fmt.Errorf("bind %q: no input or state of that name", name)
	}
	return nil
}

// Check reports the first live input or state (one the outputs or updates read, or an update
// target) that has not been bound.
func (p *Program) Check() error {
	for v := range p.g.Nodes {
		nd := &p.g.Nodes[v]
		if (nd.Op == tensor.OpInput || nd.Op == tensor.OpState) && !p.bound[v] && p.live[v] {
			return fmt.Errorf("program %v %q is not bound", nd.Op, nd.Name)
		}
	}
	return nil
}

// Run executes one step: every op in order (elementwise runs fused, see fuse.go), then copies
// each update into its state tensor. In steady state it allocates nothing.
func (p *Program) Run() {
	p.Compute()
	p.ApplyUpdates()
}

// Compute runs every op of the step but leaves the state tensors untouched: until ApplyUpdates,
// the states still hold their values from the start of the step and may be read concurrently
// (for example by a goroutine hashing them). Compute then ApplyUpdates is exactly Run.
func (p *Program) Compute() {
	p.prepare()
	for i := 0; i < len(p.Ops); i++ {
		if gi := p.groupAt[i]; gi >= 0 {
			grp := p.groups[gi]
			grp.run()
			i = grp.last
			continue
		}
		v := p.Ops[i]
		tensor.Exec(&p.g.Nodes[v].Desc, p.vals[v], p.args[i]...)
	}
}

// RunObserved runs the step unfused, one op at a time, calling after (if not nil) with every
// op's output: the reference execution for op traces, debugging and tests. It computes the same
// bits as Run.
func (p *Program) RunObserved(after func(v Value, out *tensor.Tensor)) {
	p.prepare()
	for i, v := range p.Ops {
		tensor.Exec(&p.g.Nodes[v].Desc, p.vals[v], p.args[i]...)
		if after != nil {
			after(v, p.vals[v])
		}
	}
	p.ApplyUpdates()
}

func (p *Program) prepare() {
	if p.args == nil {
		p.args = make([][]*tensor.Tensor, len(p.Ops))
		for i, v := range p.Ops {
			p.args[i] = p.inputs(v)
		}
	}
}

// ApplyUpdates copies each update computed by Compute into its state tensor.
func (p *Program) ApplyUpdates() {
	for _, u := range p.Updates {
		copy(p.vals[u.State].Data, p.vals[u.Value].Data)
	}
}

// Value returns the current value of node v (valid for outputs after Run; intermediate buffers
// are reused).
func (p *Program) Value(v Value) *tensor.Tensor { return p.vals[v] }
