package proof

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"slices"

	"veritrain/internal/autograd"
	"veritrain/internal/commit"
	"veritrain/internal/tensor"
)

// Verdict is a judge's decision on a witness.
type Verdict uint8

const (
	// SolverRight: the solver's claimed value (or its trace's end) is correct.
	SolverRight Verdict = iota + 1
	// SolverWrong: it is not; the challenger wins.
	SolverWrong
)

func (v Verdict) String() string {
	switch v {
	case SolverRight:
		return "solver-right"
	case SolverWrong:
		return "solver-wrong"
	}
	return fmt.Sprintf("Verdict(%d)", uint8(v))
}

// SampleIndexer names the dataset sample that batch row row holds in the step that follows step
// completed steps. data.Sampler (with the job's dataset size, batch and seed) is the one to use;
// the judge calls it for OpInput witnesses only.
type SampleIndexer interface {
	Index(step, row int) int
}

// Agreed is what the judge knows without the witness: the job's commitments, the disputed
// step's ends, and the op and element the dispute names. Everything here is on chain (or
// computable from the job spec) before the witness arrives; nothing comes from a party.
type Agreed struct {
	GraphRoot commit.Hash // Merkle root over commit.LeafHash(OpDesc.Encode()) of the listing
	NumOps    int         // ops in the listing

	Step      int         // t ≥ 1: the disputed step takes h_{t-1} to h_t
	TraceRoot commit.Hash // the solver's op-trace root of step t: Merkle over StateLeaf(R_k)
	Prev      commit.Hash // h_{t-1}, agreed
	Post      commit.Hash // h_t as the solver claims it (end checks)
	NumStates int         // tensors in the state

	DataRoot  commit.Hash   // Merkle root over LeafHash(sample bytes)
	DataSize  int           // samples in the dataset (leaves of the data tree)
	Batch     int           // rows per step
	InputLens []int         // floats per sample of each batch input, in the input order; a sample's bytes are their concatenation
	Sampler   SampleIndexer // the job's sampler (data.Sampler{N: DataSize, Batch: Batch, Seed: seed})

	Op      int // the disputed op k
	Element int // the disputed element e of op k's output (FormElement, FormPartial)

	// FormPartial (a partial-sum bisection, docs/witness.md section 7): the segment the game
	// narrowed the dispute to, the agreed partial sum at its start and the solver's partial sum
	// at its end (float32 bits).
	Segment int
	Start   uint32
	Claimed uint32
}

// ErrAgreed is wrapped by errors about an Agreed that cannot be used (no verdict is given).
var ErrAgreed = errors.New("invalid agreed inputs")

// MaxOperandElements bounds the size of one operand the judge materialises (it fills the whole
// operand with a sentinel and writes the proven leaves into it). Larger operands are rejected.
const MaxOperandElements = 1 << 28

// sentinel fills every operand element that no proven leaf covers. ElementDeps' coverage check
// guarantees RefElement never reads one; the payload makes a leak recognisable in a debugger.
var sentinel = math.Float32frombits(0x7fa5a5a5)

func (a *Agreed) check() error {
	switch {
	case a.NumOps < 1:
		return fmt.Errorf("%w: %d ops", ErrAgreed, a.NumOps)
	case a.NumStates < 1:
		return fmt.Errorf("%w: %d state tensors", ErrAgreed, a.NumStates)
	case a.Step < 1:
		return fmt.Errorf("%w: step %d", ErrAgreed, a.Step)
	case a.Op < 0 || a.Op >= a.NumOps:
		return fmt.Errorf("%w: disputed op %d outside [0, %d)", ErrAgreed, a.Op, a.NumOps)
	}
	return nil
}

// AdjudicateBytes decodes an encoded witness and adjudicates it.
func AdjudicateBytes(a *Agreed, b []byte) (Verdict, error) {
	w, err := Decode(b)
	if err != nil {
		return 0, err
	}
	return Adjudicate(a, w)
}

// Adjudicate decides a witness from the agreed inputs alone. It verifies every proof in the
// witness against roots in a (or roots the witness has already proven from them), rebuilds only
// the operand elements the disputed element reads, recomputes it with tensor.RefElement and
// compares the bits with the solver's claimed value. An end witness compares proven roots.
//
// Any defect of the witness (it does not decode, names another op or element than a, a proof
// fails, a leaf is missing, extra, out of order or of the wrong kind, the op's shapes do not fit)
// returns an error wrapping ErrWitness, and an unusable a an error wrapping ErrAgreed: an error
// is never a verdict against either party. Adjudicate is pure and never panics.
func Adjudicate(a *Agreed, w *Witness) (Verdict, error) {
	if a == nil {
		return 0, fmt.Errorf("%w: none", ErrAgreed)
	}
	if err := a.check(); err != nil {
		return 0, err
	}
	if w == nil {
		return 0, fmt.Errorf("%w: none", ErrWitness)
	}
	if err := w.unused(); err != nil {
		return 0, err
	}
	j := judge{a: a, h: commit.NewHasher()}
	if w.Op.Index != a.Op {
		return 0, j.fail("witness names op %d, the dispute op %d", w.Op.Index, a.Op)
	}
	d, err := j.op(&w.Op)
	if err != nil {
		return 0, err
	}
	switch w.Form {
	case FormElement:
		return j.element(w, &d)
	case FormEnd:
		return j.end(w, &d)
	case FormPartial:
		return j.partial(w, &d)
	}
	return 0, j.fail("unknown form %d", w.Form)
}

// unused checks that every field the witness's form and evidence do not use is zero, so that a
// Witness is judged exactly as its encoding (which has no room for those fields) would be.
func (w *Witness) unused() error {
	zeroRoot := func(r *RootRef) bool { return r.Root == (commit.Hash{}) && len(r.Proof) == 0 }
	zeroLeaf := func(l *Leaf) bool { return l.Index == 0 && len(l.Bytes) == 0 && len(l.Proof) == 0 }
	ok := true
	switch w.Form {
	case FormElement:
		ok = w.Segment == 0 && w.End == 0 && zeroRoot(&w.Trace) && zeroRoot(&w.After)
		switch w.Evidence {
		case EvOperands:
			ok = ok && zeroLeaf(&w.Source) && zeroRoot(&w.Before)
		case EvState:
			ok = ok && len(w.Operands) == 0
		default:
			ok = ok && len(w.Operands) == 0 && zeroRoot(&w.Before)
		}
	case FormPartial:
		ok = w.End == 0 && zeroRoot(&w.Trace) && zeroRoot(&w.After) && zeroRoot(&w.Before) && zeroRoot(&w.Output) &&
			zeroLeaf(&w.Claim) && w.Evidence == 0 && zeroLeaf(&w.Source)
	case FormEnd:
		ok = w.Segment == 0 && w.Element == 0 && zeroRoot(&w.Output) && zeroLeaf(&w.Claim) && w.Evidence == 0 && len(w.Operands) == 0 && zeroLeaf(&w.Source)
		switch w.End {
		case EndStart:
			ok = ok && zeroRoot(&w.After)
		case EndNext:
			ok = ok && zeroRoot(&w.Before)
		case EndKeep:
			ok = ok && zeroRoot(&w.Trace)
		}
	}
	if !ok {
		return fmt.Errorf("%w: fields set that form %d (evidence %d, end %d) does not use", ErrWitness, w.Form, w.Evidence, w.End)
	}
	return nil
}

type judge struct {
	a *Agreed
	h *commit.Hasher
}

func (j *judge) fail(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrWitness, fmt.Sprintf(format, args...))
}

// op verifies an op reference against the graph root and decodes its descriptor.
func (j *judge) op(o *OpRef) (autograd.OpDesc, error) {
	if o.Index < 0 || o.Index >= j.a.NumOps {
		return autograd.OpDesc{}, j.fail("op %d outside [0, %d)", o.Index, j.a.NumOps)
	}
	if !j.h.VerifyProof(j.a.GraphRoot, j.h.LeafHash(o.Desc), o.Index, j.a.NumOps, o.Proof) {
		return autograd.OpDesc{}, j.fail("descriptor of op %d: graph proof does not verify", o.Index)
	}
	d, err := autograd.DecodeOpDesc(o.Desc)
	if err != nil {
		return d, fmt.Errorf("%w: op %d: %w", ErrWitness, o.Index, err)
	}
	if _, err := commit.LayoutOf(d.Shape); err != nil {
		return d, fmt.Errorf("%w: op %d: %w", ErrWitness, o.Index, err)
	}
	return d, nil
}

// tensorIn verifies that r is leaf i of a tree of n tensor roots (an op trace or a state).
func (j *judge) tensorIn(tree commit.Hash, r *RootRef, i, n int, what string) error {
	if !j.h.VerifyProof(tree, j.h.LeafHash(r.Root[:]), i, n, r.Proof) {
		return j.fail("%s: root proof does not verify", what)
	}
	return nil
}

// chunk verifies leaf l as chunk l.Index of a tensor with the given shape and root.
func (j *judge) chunk(root commit.Hash, shape []int, l *Leaf, what string) error {
	lay, err := commit.LayoutOf(shape)
	if err != nil {
		return fmt.Errorf("%w: %s: %w", ErrWitness, what, err)
	}
	if l.Index < 0 || l.Index >= lay.Leaves {
		return j.fail("%s: leaf %d outside [0, %d)", what, l.Index, lay.Leaves)
	}
	if !j.h.VerifyTensorChunk(root, shape, l.Index/lay.ChunksPerRow, l.Index%lay.ChunksPerRow, l.Bytes, l.Proof) {
		return j.fail("%s: chunk %d does not verify", what, l.Index)
	}
	return nil
}

// bitsAt returns the float32 bits at value offset off of chunk bytes b (length checked).
func bitsAt(b []byte, off int) uint32 { return binary.LittleEndian.Uint32(b[4*off:]) }

func verdict(claimed, correct uint32) Verdict {
	if claimed == correct {
		return SolverRight
	}
	return SolverWrong
}

func (j *judge) element(w *Witness, d *autograd.OpDesc) (Verdict, error) {
	a := j.a
	k, e := w.Op.Index, w.Element
	if e != a.Element {
		return 0, j.fail("witness names element %d, the dispute element %d", e, a.Element)
	}
	lay, _ := commit.LayoutOf(d.Shape) // checked by op
	if e < 0 || e >= lay.Elements {
		return 0, j.fail("element %d outside the %d elements of op %d", e, lay.Elements, k)
	}
	row, c, off := lay.Locate(e)
	leaf := row*lay.ChunksPerRow + c
	if err := j.tensorIn(a.TraceRoot, &w.Output, k, a.NumOps, fmt.Sprintf("output of op %d", k)); err != nil {
		return 0, err
	}
	if w.Claim.Index != leaf {
		return 0, j.fail("claimed chunk %d, element %d is in chunk %d", w.Claim.Index, e, leaf)
	}
	if err := j.chunk(w.Output.Root, d.Shape, &w.Claim, "claimed output"); err != nil {
		return 0, err
	}
	claimed := bitsAt(w.Claim.Bytes, off)
	want := map[tensor.Op]Evidence{tensor.OpState: EvState, tensor.OpInput: EvInput, tensor.OpConst: EvConst}[d.Op] // EvOperands (0) otherwise
	if w.Evidence != want {
		return 0, j.fail("evidence %d for a %v op, want %d", w.Evidence, d.Op, want)
	}
	switch d.Op {
	case tensor.OpState:
		if d.Slot < 0 || d.Slot >= a.NumStates {
			return 0, j.fail("state slot %d outside [0, %d)", d.Slot, a.NumStates)
		}
		if err := j.tensorIn(a.Prev, &w.Before, d.Slot, a.NumStates, fmt.Sprintf("state slot %d under h_{t-1}", d.Slot)); err != nil {
			return 0, err
		}
		if w.Source.Index != leaf {
			return 0, j.fail("state chunk %d, element %d is in chunk %d", w.Source.Index, e, leaf)
		}
		if err := j.chunk(w.Before.Root, d.Shape, &w.Source, "state"); err != nil {
			return 0, err
		}
		return verdict(claimed, bitsAt(w.Source.Bytes, off)), nil
	case tensor.OpConst:
		if w.Source.Index != leaf {
			return 0, j.fail("constant chunk %d, element %d is in chunk %d", w.Source.Index, e, leaf)
		}
		if err := j.chunk(d.Const, d.Shape, &w.Source, "constant"); err != nil {
			return 0, err
		}
		return verdict(claimed, bitsAt(w.Source.Bytes, off)), nil
	case tensor.OpInput:
		bits, err := j.input(w, d)
		if err != nil {
			return 0, err
		}
		return verdict(claimed, bits), nil
	}
	correct, err := j.compute(w, d)
	if err != nil {
		return 0, err
	}
	return verdict(claimed, math.Float32bits(correct)), nil
}

// input returns the correct bits of element e of an OpInput op: the value the batch row's
// sample holds, the sample proven against the data root at the index the sampler names.
func (j *judge) input(w *Witness, d *autograd.OpDesc) (uint32, error) {
	a := j.a
	if a.Batch < 1 || a.DataSize < 1 || a.Sampler == nil {
		return 0, fmt.Errorf("%w: batch %d, dataset of %d samples, sampler %v", ErrAgreed, a.Batch, a.DataSize, a.Sampler)
	}
	if d.Slot < 0 || d.Slot >= len(a.InputLens) {
		return 0, j.fail("input slot %d outside [0, %d)", d.Slot, len(a.InputLens))
	}
	start, total := 0, 0
	for i, n := range a.InputLens {
		if n < 1 || n > math.MaxInt32 {
			return 0, fmt.Errorf("%w: input %d has %d floats per sample", ErrAgreed, i, n)
		}
		if i < d.Slot {
			start += n
		}
		total += n
	}
	per := a.InputLens[d.Slot]
	if n := tensor.Numel(d.Shape); n/a.Batch != per || n%a.Batch != 0 {
		return 0, j.fail("input op of shape %v is not %d rows of %d floats", d.Shape, a.Batch, per)
	}
	row, col := w.Element/per, w.Element%per
	idx, err := sampleIndex(a.Sampler, a.Step-1, row)
	if err != nil {
		return 0, err
	}
	if idx < 0 || idx >= a.DataSize {
		return 0, fmt.Errorf("%w: the sampler names sample %d of %d", ErrAgreed, idx, a.DataSize)
	}
	if w.Source.Index != idx {
		return 0, j.fail("sample %d, batch row %d of step %d holds sample %d", w.Source.Index, row, a.Step, idx)
	}
	if len(w.Source.Bytes) != 4*total {
		return 0, j.fail("sample of %d bytes, want %d", len(w.Source.Bytes), 4*total)
	}
	if !j.h.VerifyProof(a.DataRoot, j.h.LeafHash(w.Source.Bytes), idx, a.DataSize, w.Source.Proof) {
		return 0, j.fail("sample %d: data proof does not verify", idx)
	}
	return bitsAt(w.Source.Bytes, start+col), nil
}

// sampleIndex calls the injected sampler, turning a panic (an invalid configuration) into an
// error.
func sampleIndex(s SampleIndexer, step, row int) (idx int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%w: sampler: %v", ErrAgreed, r)
		}
	}()
	return s.Index(step, row), nil
}

// compute verifies the operands of a computed op and recomputes element e from the proven
// leaves alone.
func (j *judge) compute(w *Witness, d *autograd.OpDesc) (float32, error) {
	ins, shapes, proven, err := j.operands(w, d)
	if err != nil {
		return 0, err
	}
	k, e := w.Op.Index, w.Element
	lays := make([]commit.TensorLayout, len(shapes))
	for i, s := range shapes {
		lays[i], _ = commit.LayoutOf(s) // checked by operands
	}
	// value reads an element only if a proven leaf holds it.
	value := func(op, x int) (float32, bool) {
		if op < 0 || op >= len(ins) || x < 0 || x >= lays[op].Elements {
			return 0, false
		}
		r, c, _ := lays[op].Locate(x)
		if _, ok := slices.BinarySearch(proven[op], r*lays[op].ChunksPerRow+c); !ok {
			return 0, false
		}
		return ins[op].Data[x], true
	}
	deps, err := ElementDeps(d, shapes, e, value)
	if err != nil {
		return 0, fmt.Errorf("%w: op %d element %d: %w", ErrWitness, k, e, err)
	}
	if err := j.sameLeaves(deps, proven, e); err != nil {
		return 0, err
	}
	return refElement(d, ins, e)
}

// sameLeaves checks that the witness proved exactly the leaves the element reads.
func (j *judge) sameLeaves(deps, proven [][]int, e int) error {
	for i := range deps {
		if !slices.Equal(deps[i], proven[i]) {
			return j.fail("operand %d: the witness has leaves %v, element %d reads leaves %v", i, short(proven[i]), e, short(deps[i]))
		}
	}
	return nil
}

// operands checks the operands of a computed op k (one per input, each the right op with its
// descriptor proven against the graph root, shapes that suit op k, the root proven in the op
// trace, leaves in ascending order each proven against the root) and materialises them: every
// element no proven leaf covers holds the sentinel. proven lists each operand's leaf indices.
func (j *judge) operands(w *Witness, d *autograd.OpDesc) (ins []*tensor.Tensor, shapes, proven [][]int, err error) {
	a, k := j.a, w.Op.Index
	if len(w.Operands) != len(d.In) {
		return nil, nil, nil, j.fail("%v takes %d operands, the witness has %d", d.Op, len(d.In), len(w.Operands))
	}
	shapes = make([][]int, len(d.In))
	for i, in := range d.In {
		o := &w.Operands[i]
		if in < 0 || in >= k || o.Op.Index != in {
			return nil, nil, nil, j.fail("operand %d of op %d is op %d, the witness gives op %d", i, k, in, o.Op.Index)
		}
		od, err := j.op(&o.Op)
		if err != nil {
			return nil, nil, nil, err
		}
		shapes[i] = od.Shape
	}
	if _, err := checkShapes(d, shapes); err != nil {
		return nil, nil, nil, fmt.Errorf("%w: op %d: %w", ErrWitness, k, err)
	}
	ins = make([]*tensor.Tensor, len(d.In))
	proven = make([][]int, len(d.In)) // leaf indices, ascending
	for i := range d.In {
		o := &w.Operands[i]
		what := fmt.Sprintf("operand %d (op %d)", i, o.Op.Index)
		if err := j.tensorIn(a.TraceRoot, &o.Root, o.Op.Index, a.NumOps, what); err != nil {
			return nil, nil, nil, err
		}
		lay, _ := commit.LayoutOf(shapes[i])
		if lay.Elements > MaxOperandElements {
			return nil, nil, nil, j.fail("%s has %d elements, above the judge's limit %d", what, lay.Elements, MaxOperandElements)
		}
		data := make([]float32, lay.Elements)
		for x := range data {
			data[x] = sentinel
		}
		for n := range o.Leaves {
			l := &o.Leaves[n]
			if n > 0 && l.Index <= o.Leaves[n-1].Index {
				return nil, nil, nil, j.fail("%s: leaves not in ascending order", what)
			}
			if err := j.chunk(o.Root.Root, shapes[i], l, what); err != nil {
				return nil, nil, nil, err
			}
			s, _ := lay.ChunkRange(l.Index/lay.ChunksPerRow, l.Index%lay.ChunksPerRow)
			for x := 0; x < len(l.Bytes)/4; x++ {
				data[s+x] = math.Float32frombits(bitsAt(l.Bytes, x))
			}
			proven[i] = append(proven[i], l.Index)
		}
		ins[i] = &tensor.Tensor{Shape: shapes[i], Data: data}
	}
	return ins, shapes, proven, nil
}

// refElement runs tensor.RefElement. ElementDeps has checked shapes and index values, so it
// cannot panic; the recover only keeps a judge alive if that reasoning ever fails.
func refElement(d *autograd.OpDesc, ins []*tensor.Tensor, e int) (v float32, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%w: %v element %d: %v", ErrWitness, d.Op, e, r)
		}
	}()
	td := tensor.Desc{Op: d.Op, Shape: d.Shape}
	if d.Op == tensor.OpPermute {
		td.Perm = d.Perm
	}
	return tensor.RefElement(&td, ins, e), nil
}

// short abbreviates a long leaf list for an error message.
func short(x []int) string {
	if len(x) > 8 {
		return fmt.Sprintf("%v... (%d)", x[:8], len(x))
	}
	return fmt.Sprint(x)
}

func (j *judge) end(w *Witness, d *autograd.OpDesc) (Verdict, error) {
	a, k := j.a, w.Op.Index
	if d.Op != tensor.OpState {
		return 0, j.fail("end witness for op %d, a %v op, not a state", k, d.Op)
	}
	if d.Slot < 0 || d.Slot >= a.NumStates {
		return 0, j.fail("state slot %d outside [0, %d)", d.Slot, a.NumStates)
	}
	before := fmt.Sprintf("state slot %d under h_{t-1}", d.Slot)
	after := fmt.Sprintf("state slot %d under h_t", d.Slot)
	var x, y commit.Hash
	switch w.End {
	case EndStart:
		if err := j.tensorIn(a.TraceRoot, &w.Trace, k, a.NumOps, fmt.Sprintf("op %d in the trace", k)); err != nil {
			return 0, err
		}
		if err := j.tensorIn(a.Prev, &w.Before, d.Slot, a.NumStates, before); err != nil {
			return 0, err
		}
		x, y = w.Trace.Root, w.Before.Root
	case EndNext:
		if d.Next < 0 || d.Next >= a.NumOps {
			return 0, j.fail("state op %d has no next op in the listing (next %d)", k, d.Next)
		}
		if err := j.tensorIn(a.TraceRoot, &w.Trace, d.Next, a.NumOps, fmt.Sprintf("op %d in the trace", d.Next)); err != nil {
			return 0, err
		}
		if err := j.tensorIn(a.Post, &w.After, d.Slot, a.NumStates, after); err != nil {
			return 0, err
		}
		x, y = w.Trace.Root, w.After.Root
	case EndKeep:
		if d.Next != -1 {
			return 0, j.fail("state op %d is updated by op %d: use the next end", k, d.Next)
		}
		if err := j.tensorIn(a.Prev, &w.Before, d.Slot, a.NumStates, before); err != nil {
			return 0, err
		}
		if err := j.tensorIn(a.Post, &w.After, d.Slot, a.NumStates, after); err != nil {
			return 0, err
		}
		x, y = w.Before.Root, w.After.Root
	default:
		return 0, j.fail("unknown end kind %d", w.End)
	}
	if x == y {
		return SolverRight, nil
	}
	return SolverWrong, nil
}
