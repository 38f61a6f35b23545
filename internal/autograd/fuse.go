package autograd

import (
	"veritrain/internal/tensor"
)

// Fusion of elementwise runs. A maximal contiguous run of scheduled elementwise ops (and
// broadcasts of scalars) over the same number of elements is executed block by block: each op
// runs the same per-element kernel as tensor.Exec, on cache-resident blocks of fuseBlock
// elements, and only the values needed after the run are written to their buffers. Every output
// element is computed by exactly the same float32 operations as the unfused program, so the bits
// are identical (RunObserved, the unfused path, is the reference the tests compare against);
// what changes is that intermediates never travel to memory.

const fuseBlock = 1024

// operand kinds of a fused op
const (
	fromScratch = iota // an earlier member's block, not materialised
	fromBuffer         // a tensor's block (node value computed before or materialised)
	fromScalar         // one value repeated (a broadcast of a scalar)
)

type operand struct {
	kind int
	slot int   // fromScratch: the producing member's slot; fromScalar: its own splat slot
	node Value // fromBuffer, fromScalar: the node whose value is read
}

type fusedOp struct {
	op    tensor.Op // tensor.OpBroadcast for a splat of a scalar
	in    [3]operand
	nin   int
	node  Value
	store bool // write the block to the node's buffer too
}

type fusedGroup struct {
	first, last int // the run is Ops[first..last]
	n           int // elements
	ops         []fusedOp
	slots       int // scratch slots: one per member, then one per scalar operand
	p           *Program
	scratch     [][]float32 // per worker: slots*fuseBlock
}

func fusible(g *Graph, v Value) bool {
	nd := &g.Nodes[v]
	if tensor.IsElementwise(nd.Op) {
		return true
	}
	return nd.Op == tensor.OpBroadcast && tensor.Numel(g.Nodes[nd.In[0]].Shape) == 1
}

// planFusion finds the fused groups of p.Ops. keep marks values needed after the whole run.
func (p *Program) planFusion(keep []bool) {
	g := p.g
	// lastRead[v]: index of the last scheduled op reading v
	lastRead := make([]int, len(g.Nodes))
	for i := range lastRead {
		lastRead[i] = -1
	}
	for i, v := range p.Ops {
		for _, x := range g.Nodes[v].In {
			lastRead[x] = i
		}
	}
	p.groupAt = make([]int, len(p.Ops))
	for i := range p.groupAt {
		p.groupAt[i] = -1
	}
	for i := 0; i < len(p.Ops); {
		v := p.Ops[i]
		if !fusible(g, v) {
			i++
			continue
		}
		n := tensor.Numel(g.Shape(v))
		j := i + 1
		for j < len(p.Ops) && fusible(g, p.Ops[j]) && tensor.Numel(g.Shape(p.Ops[j])) == n {
			j++
		}
		if j-i < 2 || n < 2*fuseBlock {
			i = j
			continue
		}
		grp := &fusedGroup{first: i, last: j - 1, n: n, p: p}
		slot := map[Value]int{}
		for k := i; k < j; k++ {
			w := p.Ops[k]
			nd := &g.Nodes[w]
			fo := fusedOp{op: nd.Op, node: w, nin: len(nd.In)}
			for a, x := range nd.In {
				switch s, inGroup := slot[x]; {
				case nd.Op == tensor.OpBroadcast:
					fo.in[a] = operand{kind: fromScalar, node: x}
				case inGroup && !grp.ops[s].store:
					fo.in[a] = operand{kind: fromScratch, slot: s}
				case p.static[x] && g.Nodes[x].Op == tensor.OpBroadcast && tensor.Numel(g.Shape(g.Nodes[x].In[0])) == 1:
					fo.in[a] = operand{kind: fromScalar, node: x} // a constant fill: read one value
				default:
					fo.in[a] = operand{kind: fromBuffer, node: x}
				}
			}
			fo.store = keep[w] || lastRead[w] >= j
			slot[w] = len(grp.ops)
			grp.ops = append(grp.ops, fo)
		}
		// A member read later through a buffer must be stored; members stored are read back
		// from their buffers, which the loop above already arranged (store is decided before any
		// later member reads it). Every scalar operand of an elementwise member gets its own
		// slot, filled once per Run rather than once per block.
		grp.slots = len(grp.ops)
		for k := range grp.ops {
			fo := &grp.ops[k]
			if fo.op == tensor.OpBroadcast {
				continue
			}
			for a := 0; a < fo.nin; a++ {
				if fo.in[a].kind == fromScalar {
					fo.in[a].slot = grp.slots
					grp.slots++
				}
			}
		}
		p.groups = append(p.groups, grp)
		for k := i; k < j; k++ {
			p.groupAt[k] = len(p.groups) - 1
		}
		i = j
	}
}

// Run implements tensor.RowTask over blocks of the group. Scalars are constant during a run (they
// are computed before it), so their splats and unstored scalar fills are written once per call.
func (fg *fusedGroup) Run(w, lo, hi int) {
	sc := fg.scratch[w]
	vals := fg.p.vals
	fill := func(slot int, v float32) {
		sp := sc[slot*fuseBlock : (slot+1)*fuseBlock]
		for i := range sp {
			sp[i] = v
		}
	}
	for k := range fg.ops {
		fo := &fg.ops[k]
		if fo.op == tensor.OpBroadcast {
			if !fo.store {
				fill(k, vals[fo.in[0].node].Data[0])
			}
			continue
		}
		for a := 0; a < fo.nin; a++ {
			if o := fo.in[a]; o.kind == fromScalar {
				fill(o.slot, vals[o.node].Data[0])
			}
		}
	}
	for b := lo; b < hi; b++ {
		start := b * fuseBlock
		bl := min(fuseBlock, fg.n-start)
		for k := range fg.ops {
			fo := &fg.ops[k]
			if fo.op == tensor.OpBroadcast {
				if fo.store { // the scalar fill is needed after the run: write it out
					v := vals[fo.in[0].node].Data[0]
					out := vals[fo.node].Data[start : start+bl]
					for i := range out {
						out[i] = v
					}
				}
				continue
			}
			var in [3][]float32
			for a := 0; a < fo.nin; a++ {
				o := fo.in[a]
				switch o.kind {
				case fromScratch, fromScalar:
					in[a] = sc[o.slot*fuseBlock : o.slot*fuseBlock+bl]
				case fromBuffer:
					in[a] = vals[o.node].Data[start : start+bl]
				}
			}
			var out []float32
			if fo.store {
				out = vals[fo.node].Data[start : start+bl]
			} else {
				out = sc[k*fuseBlock : k*fuseBlock+bl]
			}
			tensor.Elementwise(fo.op, out, in[0], in[1], in[2])
		}
	}
}

func (fg *fusedGroup) run() {
	t := tensor.Threads()
	if len(fg.scratch) < t {
		fg.scratch = make([][]float32, t)
		for i := range fg.scratch {
			fg.scratch[i] = make([]float32, fg.slots*fuseBlock)
		}
	}
	tensor.Parallel((fg.n+fuseBlock-1)/fuseBlock, fg)
}
