package autograd

import (
	"encoding/binary"
	"errors"
	"fmt"

	"veritrain/internal/commit"
	"veritrain/internal/tensor"
)

// OpDesc is one op of a step program as it is committed (DESIGN sections 2 and 3): everything
// a judge needs to know what the op must compute. The graph root of a job is the Merkle root over
// the leaf hashes of the ops' encodings (Encode), in program order.
type OpDesc struct {
	Op    tensor.Op
	Shape []int       // output shape
	In    []int       // program indices of the inputs (all smaller than this op's index)
	Perm  []int       // OpPermute only
	Slot  int         // OpState: position in the state order; OpInput: position in the input order; else 0
	Next  int         // OpState: program index of the op whose value becomes this state after the step, or -1 (unchanged)
	Const commit.Hash // OpConst: tensor root of the constant's values
}

// Listing is the committed form of a compiled program: every node the step needs (leaves,
// constant sub-graphs and computed ops), in ascending node order, renumbered 0..n-1.
type Listing struct {
	Ops    []OpDesc
	Node   []Value       // Node[k] is the graph node of op k
	Values [][]float32   // OpConst: the constant's values
	index  map[Value]int // graph node -> program index
	tree   *commit.Tree  // over OpLeaf of every op
	prog   *Program
}

// Listing returns the committed listing of p. states and inputs name the state and input
// tensors in their committed order (the training state order; the batch inputs); every live
// state and input must be among them.
func (p *Program) Listing(states, inputs []string) (*Listing, error) {
	l := &Listing{index: map[Value]int{}, prog: p}
	slot := func(names []string, name string) int {
		for i, n := range names {
			if n == name {
				return i
			}
		}
		return -1
	}
	next := map[Value]Value{}
	for _, u := range p.Updates {
		next[u.State] = u.Value
	}
	for v := range p.g.Nodes {
		if !p.live[v] {
			continue
		}
		nd := &p.g.Nodes[v]
		d := OpDesc{Op: nd.Op, Shape: nd.Shape, Next: -1}
		for _, i := range nd.In {
			d.In = append(d.In, l.index[i])
		}
		if nd.Op == tensor.OpPermute {
			d.Perm = nd.Perm
		}
		var vals []float32
		switch nd.Op {
		case tensor.OpState:
			if d.Slot = slot(states, nd.Name); d.Slot < 0 {
				return nil, fmt.Errorf("listing: state %q is not in the state order", nd.Name)
			}
		case tensor.OpInput:
			if d.Slot = slot(inputs, nd.Name); d.Slot < 0 {
				return nil, fmt.Errorf("listing: input %q is not in the input order", nd.Name)
			}
		case tensor.OpConst:
			vals = nd.Value
			d.Const = commit.MustTensorRoot(nd.Shape, nd.Value)
		}
		l.index[Value(v)] = len(l.Ops)
		l.Ops = append(l.Ops, d)
		l.Node = append(l.Node, Value(v))
		l.Values = append(l.Values, vals)
	}
	for s, val := range next {
		l.Ops[l.index[s]].Next = l.index[val]
	}
	leaves := make([]commit.Hash, len(l.Ops))
	for k := range l.Ops {
		leaves[k] = commit.LeafHash(l.Ops[k].Encode())
	}
	l.tree = commit.NewTree(leaves)
	return l, nil
}

// Index returns the program index of graph node v, or -1 if the program does not list it.
func (l *Listing) Index(v Value) int {
	if k, ok := l.index[v]; ok {
		return k
	}
	return -1
}

// Root is the graph root: the Merkle root over commit.LeafHash(Encode()) of every op, in order.
func (l *Listing) Root() commit.Hash { return l.tree.Root() }

// Proof is the Merkle proof of op k against Root.
func (l *Listing) Proof(k int) []commit.Hash { return l.tree.Proof(k) }

// Trace runs one step of the program unfused (RunObserved's order, so the same bits as Run) and
// calls visit with every op of the listing and its value in this step, in program order: states
// as of the start of the step, the bound inputs, constants, and each computed op's output right
// after it is computed (the tensor is reused afterwards: copy or hash it in visit). Then the
// updates are applied, as Run does.
func (l *Listing) Trace(visit func(k int, value *tensor.Tensor)) {
	p := l.prog
	p.prepare()
	step := 0
	for k, v := range l.Node {
		if step < len(p.Ops) && p.Ops[step] == v {
			tensor.Exec(&p.g.Nodes[v].Desc, p.vals[v], p.args[step]...)
			step++
		}
		visit(k, p.vals[v])
	}
	p.ApplyUpdates()
}

// Encoding of an op descriptor (version 1), big-endian, as Solidity's abi.encodePacked of the
// same fields would lay it out:
//
//	u8 op ‖ u8 rank ‖ rank × u32 dim ‖ u8 nIn ‖ nIn × u32 input ‖ u8 nPerm ‖ nPerm × u8 axis ‖
//	u32 slot ‖ u32 next (0xffffffff: none) ‖ [32]byte const root
//
// Every field is present for every op (unused ones zero, next 0xffffffff), so the encoding has
// one form and the decoder can insist on it.
const noNext = 0xffffffff

// Encode returns the canonical byte encoding of d.
func (d *OpDesc) Encode() []byte {
	b := make([]byte, 0, 2+4*len(d.Shape)+1+4*len(d.In)+1+len(d.Perm)+8+32)
	b = append(b, byte(d.Op), byte(len(d.Shape)))
	for _, x := range d.Shape {
		b = binary.BigEndian.AppendUint32(b, uint32(x))
	}
	b = append(b, byte(len(d.In)))
	for _, x := range d.In {
		b = binary.BigEndian.AppendUint32(b, uint32(x))
	}
	b = append(b, byte(len(d.Perm)))
	for _, x := range d.Perm {
		b = append(b, byte(x))
	}
	b = binary.BigEndian.AppendUint32(b, uint32(d.Slot))
	next := uint32(noNext)
	if d.Next >= 0 {
		next = uint32(d.Next)
	}
	b = binary.BigEndian.AppendUint32(b, next)
	return append(b, d.Const[:]...)
}

// ErrDesc is wrapped by every error decoding an op descriptor.
var ErrDesc = errors.New("invalid op descriptor")

// DecodeOpDesc parses an encoding made by Encode. It checks the form (lengths, ranks up to
// tensor.MaxRank, a known op with its arity, dimensions that fit an int) but not the meaning of
// the op in a program (that its inputs come earlier, that shapes agree): CheckInProgram does.
func DecodeOpDesc(b []byte) (OpDesc, error) {
	var d OpDesc
	r := reader{b: b}
	op := tensor.Op(r.u8())
	if op == tensor.OpInvalid || int(op) >= tensor.NumOps {
		return d, fmt.Errorf("%w: unknown op %d", ErrDesc, op)
	}
	d.Op = op
	rank := int(r.u8())
	if rank > tensor.MaxRank {
		return d, fmt.Errorf("%w: rank %d above %d", ErrDesc, rank, tensor.MaxRank)
	}
	d.Shape = make([]int, rank)
	for i := range d.Shape {
		x := r.u32()
		if x > 1<<31-1 {
			return d, fmt.Errorf("%w: dimension %d too large", ErrDesc, x)
		}
		d.Shape[i] = int(x)
	}
	nIn := int(r.u8())
	if r.err == nil && nIn != op.Arity() {
		return d, fmt.Errorf("%w: %v takes %d inputs, descriptor has %d", ErrDesc, op, op.Arity(), nIn)
	}
	d.In = make([]int, nIn)
	for i := range d.In {
		d.In[i] = int(r.u32())
	}
	nPerm := int(r.u8())
	if nPerm > tensor.MaxRank {
		return d, fmt.Errorf("%w: permutation of %d axes", ErrDesc, nPerm)
	}
	if nPerm > 0 {
		d.Perm = make([]int, nPerm)
		for i := range d.Perm {
			d.Perm[i] = int(r.u8())
		}
	}
	d.Slot = int(r.u32())
	if n := r.u32(); n == noNext {
		d.Next = -1
	} else {
		d.Next = int(n)
	}
	copy(d.Const[:], r.bytes(32))
	if r.err != nil {
		return d, r.err
	}
	if len(r.b) != 0 {
		return d, fmt.Errorf("%w: %d trailing bytes", ErrDesc, len(r.b))
	}
	if nIn == 0 && len(d.In) == 0 {
		d.In = nil
	}
	return d, nil
}

// reader consumes big-endian fields, recording the first short read.
type reader struct {
	b   []byte
	err error
}

func (r *reader) bytes(n int) []byte {
	if r.err != nil || len(r.b) < n {
		if r.err == nil {
			r.err = fmt.Errorf("%w: truncated", ErrDesc)
		}
		return make([]byte, n)
	}
	out := r.b[:n]
	r.b = r.b[n:]
	return out
}

func (r *reader) u8() uint8   { return r.bytes(1)[0] }
func (r *reader) u32() uint32 { return binary.BigEndian.Uint32(r.bytes(4)) }
