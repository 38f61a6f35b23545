package proof

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"

	"veritrain/internal/commit"
)

// Version is the witness encoding version (the first byte of every encoding).
const Version = 1

// Form says what a witness proves.
type Form uint8

const (
	// FormElement: one output element of one op, recomputed from proven operands (or, for a leaf
	// op, read from its source: the state under h_{t-1}, the dataset, the constant).
	FormElement Form = 1
	// FormEnd: the op trace does not fit the step's ends (proofs only, no arithmetic).
	FormEnd Form = 2
	// FormPartial: one segment of a long reduction's element, recomputed from the agreed partial
	// sum at its start and the proven operand leaves of its terms (the partial-sum bisection).
	FormPartial Form = 3
)

// Evidence says where the correct value of an element comes from (FormElement).
type Evidence uint8

const (
	// EvOperands: a computed op; the witness carries the operand leaves the element reads.
	EvOperands Evidence = 0
	// EvState: an OpState leaf; the witness carries the slot's root under h_{t-1} and its chunk.
	EvState Evidence = 1
	// EvInput: an OpInput leaf; the witness carries the batch row's sample from the dataset.
	EvInput Evidence = 2
	// EvConst: an OpConst leaf; the witness carries the chunk of the constant.
	EvConst Evidence = 3
)

// EndKind names the end of the step that the op trace must fit (FormEnd, op k a state op with
// slot s).
type EndKind uint8

const (
	// EndStart: op k's root in the trace must be slot s's root under h_{t-1}.
	EndStart EndKind = 1
	// EndNext: the root of op Next (the op whose value becomes the state) in the trace must be
	// slot s's root under h_t.
	EndNext EndKind = 2
	// EndKeep: a state without Next must have the same root under h_t as under h_{t-1}.
	EndKeep EndKind = 3
)

// OpRef is one op of the listing: its index, its encoded descriptor (autograd.OpDesc.Encode)
// and the descriptor's Merkle proof against the graph root.
type OpRef struct {
	Index int
	Desc  []byte
	Proof []commit.Hash
}

// RootRef is a tensor root with its proof in a tree of tensor roots (the op trace, or a state
// h_{t-1} / h_t), whose leaves are commit.StateLeaf(root).
type RootRef struct {
	Root  commit.Hash
	Proof []commit.Hash
}

// Leaf is one leaf of a Merkle tree: its position, its bytes (the leaf hash is
// commit.LeafHash(Bytes)) and its proof. In a tensor, Index is row*ChunksPerRow + chunk and
// Bytes the chunk's float32 values, little-endian; in the dataset, Index is the sample index
// and Bytes the sample.
type Leaf struct {
	Index int
	Bytes []byte
	Proof []commit.Hash
}

// Operand is one input of a computed op: its descriptor (for its shape), its root in the
// solver's op trace, and the leaves the disputed element reads, in ascending leaf order.
type Operand struct {
	Op     OpRef
	Root   RootRef
	Leaves []Leaf
}

// Witness is everything a judge needs, besides what the chain already knows (Agreed), to
// decide one disputed fact of a step. docs/witness.md specifies the fields and the encoding.
type Witness struct {
	Form Form
	Op   OpRef // the disputed op k

	// FormElement.
	Element  int       // flat index e of the disputed element of op k's output
	Output   RootRef   // the solver's output root R_k, proven against the op-trace root
	Claim    Leaf      // the chunk of R_k holding element e: the solver's claimed value
	Evidence Evidence  // how the correct value is obtained
	Operands []Operand // EvOperands: one per input of op k, in input order
	Source   Leaf      // EvState: chunk of the slot; EvInput: the sample; EvConst: chunk of the constant

	// FormPartial: Element, the segment, and Operands (the leaves of the segment's terms).
	Segment int

	// FormEnd.
	End EndKind

	// Tensor roots of the step's ends. FormEnd: Trace is op k's (EndStart) or op Next's
	// (EndNext) root in the op trace; Before the slot's root under h_{t-1} (EndStart,
	// EndKeep); After the slot's root under h_t (EndNext, EndKeep). FormElement with EvState:
	// Before is the slot's root under h_{t-1}.
	Trace  RootRef
	Before RootRef
	After  RootRef
}

// ErrWitness is wrapped by every error about a witness: malformed encoding, a proof that does
// not verify, a witness that does not fit the dispute or the op. A witness with an error never
// yields a verdict.
var ErrWitness = errors.New("invalid witness")

// Encode returns the canonical encoding of w (docs/witness.md). It panics on a witness that
// cannot be encoded (a field out of its encoded range), which Decode never returns.
func (w *Witness) Encode() []byte {
	e := encoder{b: make([]byte, 0, 256)}
	e.u8(Version)
	e.u8(uint8(w.Form))
	e.opRef(&w.Op)
	switch w.Form {
	case FormElement:
		e.u64(w.Element)
		e.rootRef(&w.Output)
		e.leaf(&w.Claim)
		e.u8(uint8(w.Evidence))
		switch w.Evidence {
		case EvOperands:
			e.operands(w.Operands)
		case EvState:
			e.rootRef(&w.Before)
			e.leaf(&w.Source)
		case EvInput, EvConst:
			e.leaf(&w.Source)
		default:
			panic(fmt.Sprintf("proof: encode: evidence %d", w.Evidence))
		}
	case FormPartial:
		e.u64(w.Element)
		e.u64(w.Segment)
		e.operands(w.Operands)
	case FormEnd:
		e.u8(uint8(w.End))
		switch w.End {
		case EndStart:
			e.rootRef(&w.Trace)
			e.rootRef(&w.Before)
		case EndNext:
			e.rootRef(&w.Trace)
			e.rootRef(&w.After)
		case EndKeep:
			e.rootRef(&w.Before)
			e.rootRef(&w.After)
		default:
			panic(fmt.Sprintf("proof: encode: end kind %d", w.End))
		}
	default:
		panic(fmt.Sprintf("proof: encode: form %d", w.Form))
	}
	return e.b
}

type encoder struct{ b []byte }

func (e *encoder) operands(ops []Operand) {
	e.count(len(ops), math.MaxUint8)
	e.u8(uint8(len(ops)))
	for i := range ops {
		o := &ops[i]
		e.opRef(&o.Op)
		e.rootRef(&o.Root)
		e.count(len(o.Leaves), math.MaxUint32)
		e.u32(len(o.Leaves))
		for j := range o.Leaves {
			e.leaf(&o.Leaves[j])
		}
	}
}

func (e *encoder) count(n, limit int) {
	if n < 0 || n > limit {
		panic(fmt.Sprintf("proof: encode: count %d outside [0, %d]", n, limit))
	}
}

func (e *encoder) u8(x uint8) { e.b = append(e.b, x) }

func (e *encoder) u32(x int) {
	e.count(x, math.MaxUint32)
	e.b = binary.BigEndian.AppendUint32(e.b, uint32(x))
}

func (e *encoder) u64(x int) {
	e.count(x, math.MaxInt)
	e.b = binary.BigEndian.AppendUint64(e.b, uint64(x))
}

func (e *encoder) proof(p []commit.Hash) {
	e.count(len(p), maxProof)
	e.u8(uint8(len(p)))
	for _, h := range p {
		e.b = append(e.b, h[:]...)
	}
}

func (e *encoder) opRef(o *OpRef) {
	e.u32(o.Index)
	e.count(len(o.Desc), math.MaxUint16)
	e.b = binary.BigEndian.AppendUint16(e.b, uint16(len(o.Desc)))
	e.b = append(e.b, o.Desc...)
	e.proof(o.Proof)
}

func (e *encoder) rootRef(r *RootRef) {
	e.b = append(e.b, r.Root[:]...)
	e.proof(r.Proof)
}

func (e *encoder) leaf(l *Leaf) {
	e.u64(l.Index)
	e.u32(len(l.Bytes))
	e.b = append(e.b, l.Bytes...)
	e.proof(l.Proof)
}

// maxProof is the longest proof an encoding may carry: a Merkle tree has at most 2^64 leaves.
const maxProof = 64

// Decode parses a canonical witness encoding. It checks the form only (lengths, known tags, no
// trailing bytes), never the proofs: Adjudicate does. Every byte string either decodes to a
// witness whose Encode gives back the same bytes or is rejected with an error wrapping
// ErrWitness. Decode never panics, allocates at most a small multiple of len(b) and keeps no
// reference to b.
func Decode(b []byte) (*Witness, error) {
	d := decoder{b: b}
	w := &Witness{}
	if v := d.u8(); d.err == nil && v != Version {
		return nil, fmt.Errorf("%w: version %d, want %d", ErrWitness, v, Version)
	}
	w.Form = Form(d.u8())
	d.opRef(&w.Op)
	switch {
	case d.err != nil:
	case w.Form == FormElement:
		w.Element = d.u64()
		d.rootRef(&w.Output)
		d.leaf(&w.Claim)
		w.Evidence = Evidence(d.u8())
		switch {
		case d.err != nil:
		case w.Evidence == EvOperands:
			w.Operands = d.operands()
		case w.Evidence == EvState:
			d.rootRef(&w.Before)
			d.leaf(&w.Source)
		case w.Evidence == EvInput || w.Evidence == EvConst:
			d.leaf(&w.Source)
		default:
			d.fail("unknown evidence %d", w.Evidence)
		}
	case w.Form == FormPartial:
		w.Element = d.u64()
		w.Segment = d.u64()
		if d.err == nil {
			w.Operands = d.operands()
		}
	case w.Form == FormEnd:
		w.End = EndKind(d.u8())
		switch {
		case d.err != nil:
		case w.End == EndStart:
			d.rootRef(&w.Trace)
			d.rootRef(&w.Before)
		case w.End == EndNext:
			d.rootRef(&w.Trace)
			d.rootRef(&w.After)
		case w.End == EndKeep:
			d.rootRef(&w.Before)
			d.rootRef(&w.After)
		default:
			d.fail("unknown end kind %d", w.End)
		}
	default:
		d.fail("unknown form %d", w.Form)
	}
	if d.err != nil {
		return nil, d.err
	}
	if len(d.b) != 0 {
		return nil, fmt.Errorf("%w: %d trailing bytes", ErrWitness, len(d.b))
	}
	return w, nil
}

// decoder consumes big-endian fields, recording the first error; after an error every read
// returns zeros.
type decoder struct {
	b   []byte
	err error
}

func (d *decoder) operands() []Operand {
	n := int(d.u8())
	if !d.room(n, 4+2+1+32+1+4) {
		return nil
	}
	ops := make([]Operand, n)
	for i := range ops {
		o := &ops[i]
		d.opRef(&o.Op)
		d.rootRef(&o.Root)
		m := d.u32()
		if !d.room(m, 8+4+1) {
			return nil
		}
		o.Leaves = make([]Leaf, m)
		for j := range o.Leaves {
			d.leaf(&o.Leaves[j])
		}
	}
	return ops
}

func (d *decoder) fail(format string, args ...any) {
	if d.err == nil {
		d.err = fmt.Errorf("%w: %s", ErrWitness, fmt.Sprintf(format, args...))
	}
}

func (d *decoder) take(n int) []byte {
	if d.err != nil {
		return nil
	}
	if len(d.b) < n {
		d.fail("truncated")
		return nil
	}
	out := d.b[:n:n]
	d.b = d.b[n:]
	return out
}

// room reports whether n items of at least size bytes each can still follow (so that a count
// read from the input never makes Decode allocate more than the input could fill).
func (d *decoder) room(n, size int) bool {
	if d.err != nil {
		return false
	}
	if n > len(d.b)/size {
		d.fail("count %d exceeds the remaining %d bytes", n, len(d.b))
		return false
	}
	return true
}

func (d *decoder) u8() uint8 {
	if b := d.take(1); b != nil {
		return b[0]
	}
	return 0
}

func (d *decoder) u16() int {
	if b := d.take(2); b != nil {
		return int(binary.BigEndian.Uint16(b))
	}
	return 0
}

func (d *decoder) u32() int {
	if b := d.take(4); b != nil {
		return int(binary.BigEndian.Uint32(b))
	}
	return 0
}

func (d *decoder) u64() int {
	b := d.take(8)
	if b == nil {
		return 0
	}
	x := binary.BigEndian.Uint64(b)
	if x > math.MaxInt {
		d.fail("index %d too large", x)
		return 0
	}
	return int(x)
}

func (d *decoder) hash() (h commit.Hash) {
	copy(h[:], d.take(commit.HashSize))
	return h
}

func (d *decoder) proof() []commit.Hash {
	n := int(d.u8())
	if n > maxProof {
		d.fail("proof of %d hashes, at most %d", n, maxProof)
		return nil
	}
	if !d.room(n, commit.HashSize) {
		return nil
	}
	p := make([]commit.Hash, n)
	for i := range p {
		p[i] = d.hash()
	}
	return p
}

func (d *decoder) opRef(o *OpRef) {
	o.Index = d.u32()
	n := d.u16()
	o.Desc = append([]byte(nil), d.take(n)...)
	o.Proof = d.proof()
}

func (d *decoder) rootRef(r *RootRef) {
	r.Root = d.hash()
	r.Proof = d.proof()
}

func (d *decoder) leaf(l *Leaf) {
	l.Index = d.u64()
	n := d.u32()
	l.Bytes = append([]byte(nil), d.take(n)...)
	l.Proof = d.proof()
}
