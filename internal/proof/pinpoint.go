package proof

import (
	"bytes"
	"errors"
	"fmt"

	"veritrain/internal/autograd"
	"veritrain/internal/commit"
	"veritrain/internal/tensor"
)

// Local is the verifier's own record of the disputed step, as an honest run computes it
// (train.Trainer.TraceStep gives Values and Roots). A Local caches Merkle trees as it builds
// witnesses: it is not safe for concurrent use, and its slices must not change once used.
type Local struct {
	Ops    []autograd.OpDesc                                           // the listing (autograd.Listing.Ops)
	Values []*tensor.Tensor                                            // Values[k]: op k's output in the step
	Roots  []commit.Hash                                               // Roots[k]: tensor root of Values[k]
	Prev   []commit.Hash                                               // tensor roots of the state under h_{t-1}
	Sample func(i int) (sample []byte, proof []commit.Hash, err error) // dataset sample i and its proof against the data root

	graph  *commit.Tree
	prev   *commit.Tree
	tensor valueTrees
}

// Claimed is what the solver has revealed of the disputed step: its per-op output roots (the
// leaves of its op-trace root), the tensor roots of its h_t, and access to the leaves of its op
// outputs. A cheating solver's Claimed differs from the verifier's Local somewhere.
type Claimed struct {
	Roots []commit.Hash // Roots[k]: the solver's R_k; commit.StateRoot(Roots) is its op-trace root
	Post  []commit.Hash // the tensor roots of the solver's h_t (needed for end witnesses only)
	// Leaf returns leaf (row chunk) leaf of the solver's output of op k and its proof against
	// Roots[k].
	Leaf func(k, leaf int) (leafBytes []byte, proof []commit.Hash, err error)

	ops  *commit.Tree
	post *commit.Tree
}

// Reveal returns the Claimed of a solver that reveals the full values of its op outputs (an
// honest solver's, or a test's cheating one). Like Local, it caches trees and is not safe for
// concurrent use.
func Reveal(values []*tensor.Tensor, roots, post []commit.Hash) *Claimed {
	var t valueTrees
	c := &Claimed{Roots: roots, Post: post}
	c.Leaf = func(k, leaf int) ([]byte, []commit.Hash, error) {
		if k < 0 || k >= len(values) {
			return nil, nil, fmt.Errorf("proof: op %d outside [0, %d)", k, len(values))
		}
		return t.leaf(values, k, leaf)
	}
	return c
}

// ErrNoDispute: the solver's claims agree with the verifier's record; there is nothing to prove.
var ErrNoDispute = errors.New("no dispute: the solver's step agrees with the verifier's")

// ErrSolver: what the solver revealed is inconsistent with its own commitments (roots that do
// not hash to its op-trace root or h_t, leaves that do not open its roots). Such a solver loses
// the dispute game by failing to move, not by a witness.
var ErrSolver = errors.New("solver's revealed data does not match its commitments")

// Pinpoint finds the first fact of the step on which the solver is wrong and builds its witness:
// the first op whose output root differs from the verifier's (all its inputs then agree), and in
// it the first element whose bits differ (FormElement); if every op agrees, the first state whose
// h_t root does not fit the trace (FormEnd). It uses a's commitments (not a.Op and a.Element,
// which the witness determines: set them from the result before adjudicating).
func Pinpoint(a *Agreed, l *Local, c *Claimed) (*Witness, error) {
	if err := l.check(a); err != nil {
		return nil, err
	}
	if err := c.checkRoots(a); err != nil {
		return nil, err
	}
	for k := range l.Ops {
		if c.Roots[k] == l.Roots[k] {
			continue
		}
		e, err := firstDiff(l, c, k)
		if err != nil {
			return nil, err
		}
		return BuildElement(a, l, c, k, e)
	}
	if err := c.checkPost(a); err != nil {
		return nil, err
	}
	covered := make([]bool, a.NumStates)
	for k := range l.Ops {
		d := &l.Ops[k]
		if d.Op != tensor.OpState {
			continue
		}
		covered[d.Slot] = true
		switch {
		case c.Roots[k] != l.Prev[d.Slot]:
			return BuildEnd(a, l, c, k, EndStart)
		case d.Next >= 0 && c.Post[d.Slot] != c.Roots[d.Next]:
			return BuildEnd(a, l, c, k, EndNext)
		case d.Next < 0 && c.Post[d.Slot] != l.Prev[d.Slot]:
			return BuildEnd(a, l, c, k, EndKeep)
		}
	}
	for s, ok := range covered {
		if !ok && c.Post[s] != l.Prev[s] {
			return nil, fmt.Errorf("proof: state slot %d changes in the solver's h_t but no op of the listing reads it: no witness can show it", s)
		}
	}
	return nil, ErrNoDispute
}

// firstDiff returns the first element of op k's output whose bits differ between the solver's
// leaves and the verifier's values.
func firstDiff(l *Local, c *Claimed, k int) (int, error) {
	v := l.Values[k]
	lay, err := commit.LayoutOf(v.Shape)
	if err != nil {
		return 0, err
	}
	var own []byte
	for i := 0; i < lay.Leaves && lay.Elements > 0; i++ {
		row, ch := i/lay.ChunksPerRow, i%lay.ChunksPerRow
		s, end := lay.ChunkRange(row, ch)
		own = commit.AppendChunk(own[:0], v.Data[s:end])
		got, proof, err := c.Leaf(k, i)
		if err != nil {
			return 0, fmt.Errorf("%w: leaf %d of op %d: %w", ErrSolver, i, k, err)
		}
		if !commit.VerifyTensorChunk(c.Roots[k], v.Shape, row, ch, got, proof) {
			return 0, fmt.Errorf("%w: leaf %d of op %d does not open its root", ErrSolver, i, k)
		}
		if bytes.Equal(own, got) {
			continue
		}
		for x := 0; x < len(own); x += 4 {
			if !bytes.Equal(own[x:x+4], got[x:x+4]) {
				return s + x/4, nil
			}
		}
	}
	return 0, fmt.Errorf("%w: op %d: the root differs but every leaf agrees", ErrSolver, k)
}

// BuildElement builds the FormElement witness for element e of op k: the solver's claimed chunk
// and, as evidence, the verifier's operand leaves (or the leaf op's source). The operand roots
// in the solver's trace must equal the verifier's (k is the first differing op).
func BuildElement(a *Agreed, l *Local, c *Claimed, k, e int) (*Witness, error) {
	if err := l.check(a); err != nil {
		return nil, err
	}
	if err := c.checkRoots(a); err != nil {
		return nil, err
	}
	if k < 0 || k >= len(l.Ops) {
		return nil, fmt.Errorf("proof: op %d outside [0, %d)", k, len(l.Ops))
	}
	d := &l.Ops[k]
	lay, err := commit.LayoutOf(d.Shape)
	if err != nil {
		return nil, err
	}
	if e < 0 || e >= lay.Elements {
		return nil, fmt.Errorf("proof: element %d outside the %d elements of op %d", e, lay.Elements, k)
	}
	row, ch, _ := lay.Locate(e)
	leaf := row*lay.ChunksPerRow + ch
	w := &Witness{Form: FormElement, Op: l.opRef(k), Element: e, Output: c.opRoot(k)}
	b, p, err := c.Leaf(k, leaf)
	if err != nil {
		return nil, fmt.Errorf("%w: leaf %d of op %d: %w", ErrSolver, leaf, k, err)
	}
	w.Claim = Leaf{Index: leaf, Bytes: b, Proof: p}
	switch d.Op {
	case tensor.OpState:
		if l.Roots[k] != l.Prev[d.Slot] {
			return nil, fmt.Errorf("proof: local state op %d does not hold slot %d of h_{t-1}", k, d.Slot)
		}
		w.Evidence = EvState
		w.Before = RootRef{Root: l.Prev[d.Slot], Proof: l.prevTree().Proof(d.Slot)}
		if w.Source, err = l.leaf(k, leaf); err != nil {
			return nil, err
		}
	case tensor.OpConst:
		if l.Roots[k] != d.Const {
			return nil, fmt.Errorf("proof: local const op %d does not hold its committed values", k)
		}
		w.Evidence = EvConst
		if w.Source, err = l.leaf(k, leaf); err != nil {
			return nil, err
		}
	case tensor.OpInput:
		w.Evidence = EvInput
		if d.Slot < 0 || d.Slot >= len(a.InputLens) || a.InputLens[d.Slot] < 1 || a.Sampler == nil || l.Sample == nil {
			return nil, fmt.Errorf("proof: input op %d (slot %d): no input layout, sampler or samples", k, d.Slot)
		}
		idx, err := sampleIndex(a.Sampler, a.Step-1, e/a.InputLens[d.Slot])
		if err != nil {
			return nil, err
		}
		sample, proof, err := l.Sample(idx)
		if err != nil {
			return nil, fmt.Errorf("proof: sample %d: %w", idx, err)
		}
		w.Source = Leaf{Index: idx, Bytes: sample, Proof: proof}
	default:
		w.Evidence = EvOperands
		shapes, err := l.operandShapes(c, k)
		if err != nil {
			return nil, err
		}
		deps, err := ElementDeps(d, shapes, e, func(j, x int) (float32, bool) {
			if j < 0 || j >= len(d.In) || x < 0 || x >= len(l.Values[d.In[j]].Data) {
				return 0, false
			}
			return l.Values[d.In[j]].Data[x], true
		})
		if err != nil {
			return nil, fmt.Errorf("proof: op %d element %d: %w", k, e, err)
		}
		if w.Operands, err = l.operands(c, k, deps); err != nil {
			return nil, err
		}
	}
	return w, nil
}

// operandShapes returns the shapes of op k's operands after checking that each is an earlier op
// whose root the solver's trace shares with the verifier's (k is the first differing op).
func (l *Local) operandShapes(c *Claimed, k int) ([][]int, error) {
	d := &l.Ops[k]
	shapes := make([][]int, len(d.In))
	for i, in := range d.In {
		if in < 0 || in >= k {
			return nil, fmt.Errorf("proof: op %d reads op %d", k, in)
		}
		if c.Roots[in] != l.Roots[in] {
			return nil, fmt.Errorf("proof: operand %d (op %d) of op %d differs in the solver's trace: dispute that op first", i, in, k)
		}
		shapes[i] = l.Values[in].Shape
	}
	return shapes, nil
}

// operands returns op k's operands with the verifier's leaves deps[i] of operand i, their roots
// proven in the solver's op trace.
func (l *Local) operands(c *Claimed, k int, deps [][]int) ([]Operand, error) {
	var ops []Operand
	for i, in := range l.Ops[k].In {
		o := Operand{Op: l.opRef(in), Root: c.opRoot(in)}
		for _, x := range deps[i] {
			lf, err := l.leaf(in, x)
			if err != nil {
				return nil, err
			}
			o.Leaves = append(o.Leaves, lf)
		}
		ops = append(ops, o)
	}
	return ops, nil
}

// BuildEnd builds the FormEnd witness of the given kind for state op k: the roots that must be
// equal, each with its proof (the op trace and h_t from the solver's Claimed, h_{t-1} from the
// verifier's Local).
func BuildEnd(a *Agreed, l *Local, c *Claimed, k int, kind EndKind) (*Witness, error) {
	if err := l.check(a); err != nil {
		return nil, err
	}
	if err := c.checkRoots(a); err != nil {
		return nil, err
	}
	if k < 0 || k >= len(l.Ops) || l.Ops[k].Op != tensor.OpState {
		return nil, fmt.Errorf("proof: op %d is not a state op", k)
	}
	d := &l.Ops[k]
	w := &Witness{Form: FormEnd, Op: l.opRef(k), End: kind}
	before := func() RootRef { return RootRef{Root: l.Prev[d.Slot], Proof: l.prevTree().Proof(d.Slot)} }
	after := func() (RootRef, error) {
		if err := c.checkPost(a); err != nil {
			return RootRef{}, err
		}
		return RootRef{Root: c.Post[d.Slot], Proof: c.post.Proof(d.Slot)}, nil
	}
	var err error
	switch kind {
	case EndStart:
		w.Trace, w.Before = c.opRoot(k), before()
	case EndNext:
		if d.Next < 0 {
			return nil, fmt.Errorf("proof: state op %d has no next op", k)
		}
		w.Trace = c.opRoot(d.Next)
		w.After, err = after()
	case EndKeep:
		if d.Next >= 0 {
			return nil, fmt.Errorf("proof: state op %d is updated by op %d", k, d.Next)
		}
		w.Before = before()
		w.After, err = after()
	default:
		return nil, fmt.Errorf("proof: unknown end kind %d", kind)
	}
	if err != nil {
		return nil, err
	}
	return w, nil
}

// check verifies that l fits a: sizes, and the listing's graph root.
func (l *Local) check(a *Agreed) error {
	if len(l.Ops) != a.NumOps || len(l.Values) != a.NumOps || len(l.Roots) != a.NumOps {
		return fmt.Errorf("proof: local trace has %d ops, %d values, %d roots; the job has %d ops", len(l.Ops), len(l.Values), len(l.Roots), a.NumOps)
	}
	if len(l.Prev) != a.NumStates {
		return fmt.Errorf("proof: local h_{t-1} has %d tensors, the job %d", len(l.Prev), a.NumStates)
	}
	for k := range l.Ops {
		d := &l.Ops[k]
		if (d.Op == tensor.OpState) && (d.Slot < 0 || d.Slot >= a.NumStates) {
			return fmt.Errorf("proof: state op %d has slot %d of %d", k, d.Slot, a.NumStates)
		}
	}
	if l.graph == nil {
		leaves := make([]commit.Hash, len(l.Ops))
		for k := range l.Ops {
			leaves[k] = commit.LeafHash(l.Ops[k].Encode())
		}
		l.graph = commit.NewTree(leaves)
	}
	if l.graph.Root() != a.GraphRoot {
		return fmt.Errorf("proof: the local listing's graph root %s is not the job's %s", l.graph.Root(), a.GraphRoot)
	}
	return nil
}

func (l *Local) opRef(k int) OpRef {
	return OpRef{Index: k, Desc: l.Ops[k].Encode(), Proof: l.graph.Proof(k)}
}

func (l *Local) prevTree() *commit.Tree {
	if l.prev == nil {
		l.prev = stateTree(l.Prev)
	}
	return l.prev
}

// leaf returns leaf i of the verifier's output of op k with its proof against Roots[k].
func (l *Local) leaf(k, i int) (Leaf, error) {
	b, p, err := l.tensor.leaf(l.Values, k, i)
	if err != nil {
		return Leaf{}, err
	}
	return Leaf{Index: i, Bytes: b, Proof: p}, nil
}

// checkRoots verifies that the solver's per-op roots are the leaves of its op-trace root.
func (c *Claimed) checkRoots(a *Agreed) error {
	if c.ops == nil {
		if len(c.Roots) != a.NumOps {
			return fmt.Errorf("%w: %d op roots, the job has %d ops", ErrSolver, len(c.Roots), a.NumOps)
		}
		c.ops = stateTree(c.Roots)
	}
	if c.ops.Root() != a.TraceRoot {
		return fmt.Errorf("%w: op roots hash to %s, the op-trace root is %s", ErrSolver, c.ops.Root(), a.TraceRoot)
	}
	return nil
}

// checkPost verifies that the solver's h_t tensor roots hash to a.Post.
func (c *Claimed) checkPost(a *Agreed) error {
	if c.post == nil {
		if len(c.Post) != a.NumStates {
			return fmt.Errorf("%w: %d h_t tensor roots, the state has %d", ErrSolver, len(c.Post), a.NumStates)
		}
		c.post = stateTree(c.Post)
	}
	if c.post.Root() != a.Post {
		return fmt.Errorf("%w: h_t tensor roots hash to %s, h_t is %s", ErrSolver, c.post.Root(), a.Post)
	}
	return nil
}

func (c *Claimed) opRoot(k int) RootRef { return RootRef{Root: c.Roots[k], Proof: c.ops.Proof(k)} }

// stateTree is the Merkle tree over commit.StateLeaf of tensor roots (an op trace or a state).
func stateTree(roots []commit.Hash) *commit.Tree {
	leaves := make([]commit.Hash, len(roots))
	for i, r := range roots {
		leaves[i] = commit.StateLeaf(r)
	}
	return commit.NewTree(leaves)
}

// valueTrees caches the Merkle tree of each tensor it is asked to open.
type valueTrees map[int]*commit.Tree

// leaf returns the bytes of leaf i of values[k] and its proof against the tensor's root.
func (t *valueTrees) leaf(values []*tensor.Tensor, k, i int) ([]byte, []commit.Hash, error) {
	v := values[k]
	lay, err := commit.LayoutOf(v.Shape)
	if err != nil {
		return nil, nil, err
	}
	if i < 0 || i >= lay.Leaves {
		return nil, nil, fmt.Errorf("proof: leaf %d of op %d outside [0, %d)", i, k, lay.Leaves)
	}
	if *t == nil {
		*t = valueTrees{}
	}
	tr := (*t)[k]
	if tr == nil {
		leaves, err := commit.TensorLeafHashes(v.Shape, v.Data)
		if err != nil {
			return nil, nil, err
		}
		tr = commit.NewTree(leaves)
		(*t)[k] = tr
	}
	if lay.Elements == 0 {
		return []byte{}, tr.Proof(i), nil
	}
	s, e := lay.ChunkRange(i/lay.ChunksPerRow, i%lay.ChunksPerRow)
	return commit.AppendChunk(nil, v.Data[s:e]), tr.Proof(i), nil
}
