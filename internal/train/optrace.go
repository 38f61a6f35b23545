package train

import (
	"fmt"

	"veritrain/internal/autograd"
	"veritrain/internal/commit"
	"veritrain/internal/data"
	"veritrain/internal/nn"
	"veritrain/internal/tensor"
)

// InputOrder is the committed order of the batch inputs of a step program (the Slot of OpInput
// descriptors).
var InputOrder = []string{nn.InputX, nn.InputY}

// Listing returns the committed listing of the step program (built once).
func (t *Trainer) Listing() (*autograd.Listing, error) {
	if t.listing == nil {
		names := make([]string, len(t.State.Specs))
		for i, sp := range t.State.Specs {
			names[i] = sp.Name
		}
		l, err := t.prog.Listing(names, InputOrder)
		if err != nil {
			return nil, err
		}
		t.listing = l
	}
	return t.listing, nil
}

// GraphRoot is the job's graph root: the Merkle root over the step program's op descriptors.
func (t *Trainer) GraphRoot() (commit.Hash, error) {
	l, err := t.Listing()
	if err != nil {
		return commit.Hash{}, err
	}
	return l.Root(), nil
}

// SampleBytes is the committed encoding of sample i of set: its inputs then its targets, float32
// little-endian (the leaf bytes of the data tree).
func SampleBytes(set data.Set, i int, x, y []float32) []byte { return appendSample(nil, set, i, x, y) }

// appendSample appends SampleBytes(set, i) to dst, using x and y (the set's input and target
// lengths) as scratch.
func appendSample(dst []byte, set data.Set, i int, x, y []float32) []byte {
	set.Sample(i, x, y)
	return commit.AppendChunk(commit.AppendChunk(dst, x), y)
}

// DataRoot is the data root of the training split (DESIGN section 3): the Merkle root over
// commit.LeafHash(SampleBytes(i)) for every sample i, in order. It is computed once.
func (t *Trainer) DataRoot() commit.Hash { return t.DataTree().Root() }

// DataTree is the Merkle tree behind DataRoot, for proofs of single samples. It is built once per
// Datasets and shared by every trainer over them (the shards of a Sharded, for one).
func (t *Trainer) DataTree() *commit.Tree {
	d := t.Data
	d.treeOnce.Do(func() {
		set := d.Train
		x, y := make([]float32, set.InputLen()), make([]float32, set.TargetLen())
		leaves := make([]commit.Hash, set.Len())
		h := commit.NewHasher()
		var buf []byte
		for i := range leaves {
			buf = appendSample(buf[:0], set, i, x, y)
			leaves[i] = h.LeafHash(buf)
		}
		d.tree = commit.NewTree(leaves)
	})
	return d.tree
}

// Sample returns the committed bytes of training sample i and its proof against DataRoot.
func (t *Trainer) Sample(i int) ([]byte, []commit.Hash, error) {
	set := t.Data.Train
	if i < 0 || i >= set.Len() {
		return nil, nil, fmt.Errorf("sample %d outside the %d training samples", i, set.Len())
	}
	x, y := make([]float32, set.InputLen()), make([]float32, set.TargetLen())
	return SampleBytes(set, i, x, y), t.DataTree().Proof(i), nil
}

// Sampler returns the job's batch sampler.
func (t *Trainer) Sampler() data.Sampler { return t.sampler }

// OpTrace is the record of one step run op by op: every op's value during the step, in program
// order, with its tensor root, and the op-trace root over them (DESIGN section 3).
type OpTrace struct {
	Step    int // the step this trace computes (1-based: the state goes from h_{Step-1} to h_Step)
	Listing *autograd.Listing
	Values  []*tensor.Tensor // Values[k]: op k's output (states: as of the step's start)
	Roots   []commit.Hash    // Roots[k]: tensor root of Values[k]
	Root    commit.Hash      // op-trace root: Merkle over commit.StateLeaf(Roots[k])
	Batch   []int            // the sample index of each batch row
}

// TraceStep runs the next step op by op (the same bits as Step), recording its op trace. If
// tamper is not nil it is called with each op's value before later ops read it and may change
// it in place: the tampering propagates like a real fault (tests of cheating solvers use it).
func (t *Trainer) TraceStep(tamper func(k int, v *tensor.Tensor)) (*OpTrace, error) {
	l, err := t.Listing()
	if err != nil {
		return nil, err
	}
	t.Sync()
	step := t.StepsDone()
	idx := make([]int, t.Job.Train.Batch)
	t.sampler.Indices(t.batchIndex(step), idx)
	if err := fill(t.Data.Train, idx, t.x.Data, t.y.Data, t.Model.Classes()); err != nil {
		return nil, fmt.Errorf("step %d: %w", step, err)
	}
	tr := &OpTrace{Step: step + 1, Listing: l, Values: make([]*tensor.Tensor, len(l.Ops)), Roots: make([]commit.Hash, len(l.Ops)), Batch: idx}
	h := commit.NewHasher()
	var herr error
	l.Trace(func(k int, v *tensor.Tensor) {
		if tamper != nil {
			tamper(k, v)
		}
		c := tensor.FromData(v.Shape, append([]float32(nil), v.Data...))
		tr.Values[k] = c
		r, err := h.TensorRoot(c.Shape, c.Data)
		if err != nil && herr == nil {
			herr = fmt.Errorf("op %d: %w", k, err)
		}
		tr.Roots[k] = r
	})
	if herr != nil {
		return nil, herr
	}
	if t.commits != nil {
		t.commits.start(step + 1)
	}
	tr.Root = h.StateRoot(tr.Roots)
	return tr, nil
}
