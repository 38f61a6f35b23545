package proof

import (
	"math"
	"math/rand/v2"
	"testing"

	"veritrain/internal/autograd"
	"veritrain/internal/commit"
	"veritrain/internal/data"
	"veritrain/internal/tensor"
)

// synth is a small hand-made step program that uses every primitive, with rows longer than one
// chunk (1030, 1100 > commit.ChunkFloats), batch axes, scalars and data-dependent indices: the
// cases the golden examples do not reach. Its values are computed with tensor.Exec, like a real
// step.
type synth struct {
	ops     []autograd.OpDesc
	vals    []*tensor.Tensor
	prev    []commit.Hash // state tensor roots before the step
	samples [][]byte
	data    *commit.Tree
	sampler data.Sampler
	lens    []int
	step    int
	rng     *rand.Rand
}

const (
	synthN     = 10
	synthBatch = 2
	synthStep  = 3
)

func newSynth() *synth {
	s := &synth{rng: rand.New(rand.NewPCG(1, 2)), sampler: data.Sampler{N: synthN, Batch: synthBatch, Seed: 99}, lens: []int{4, 1}, step: synthStep}
	leaves := make([]commit.Hash, synthN)
	for i := range synthN {
		x := []float32{s.val(), s.val(), s.val(), s.val()}
		b := commit.AppendChunk(commit.AppendChunk(nil, x), []float32{float32(i % 5)})
		s.samples = append(s.samples, b)
		leaves[i] = commit.LeafHash(b)
	}
	s.data = commit.NewTree(leaves)

	A := s.state(2, 3, 1100)
	B := s.state(2, 5, 1100)
	T := s.state(5, 1030)
	S := s.state(1, 1100)
	X := s.input(0, 2, 4)
	Y := s.input(1, 2)
	cI := s.cnst([]int{7}, []float32{0, 4, 1, 4, 2, 0, 4})
	c2 := s.cnst(nil, []float32{2})
	s.op(tensor.OpMatMulABT, nil, nil, A, B)
	g := s.op(tensor.OpGather, nil, nil, T, cI)
	sc := s.op(tensor.OpScatterAdd, []int{5, 1030}, nil, g, cI)
	s.op(tensor.OpSum, []int{1, 1030}, nil, sc)
	s.op(tensor.OpSum, []int{5, 1}, nil, sc)
	s.op(tensor.OpSum, []int{}, nil, B)
	s.op(tensor.OpSum, []int{2, 1, 1100}, nil, A)
	s.op(tensor.OpSum, []int{3, 1}, nil, A)
	s.op(tensor.OpMaxLast, nil, nil, sc)
	s.op(tensor.OpOneHot, []int{2, 5}, nil, Y)
	s.op(tensor.OpGather, nil, nil, T, Y)
	s.op(tensor.OpPermute, nil, []int{2, 0, 1}, A)
	bc := s.op(tensor.OpBroadcast, []int{2, 3, 1100}, nil, S)
	bs := s.op(tensor.OpBroadcast, []int{2, 3, 1100}, nil, c2)
	s.op(tensor.OpReshape, []int{6, 1100}, nil, A)
	ad := s.op(tensor.OpAdd, nil, nil, A, bc)
	sb := s.op(tensor.OpSub, nil, nil, A, bs)
	mu := s.op(tensor.OpMul, nil, nil, A, A)
	s.op(tensor.OpDiv, nil, nil, ad, sb)
	s.op(tensor.OpNeg, nil, nil, A)
	s.op(tensor.OpExp, nil, nil, A)
	s.op(tensor.OpLog, nil, nil, A)
	s.op(tensor.OpSqrt, nil, nil, A)
	s.op(tensor.OpMax, nil, nil, A, bc)
	gt := s.op(tensor.OpGT, nil, nil, A, bc)
	s.op(tensor.OpWhere, nil, nil, gt, A, bc)
	s.op(tensor.OpMatMulABT, nil, nil, X, X)
	up := s.op(tensor.OpSub, nil, nil, A, mu)
	s.ops[A].Next = up
	s.ops[T].Next = sc
	return s
}

// val draws a value: mostly ordinary numbers, sometimes zeros of either sign, subnormals and
// integers, so that rounding, signed zeros and NaN rules are exercised.
func (s *synth) val() float32 {
	switch s.rng.IntN(16) {
	case 0:
		return 0
	case 1:
		return float32(math.Copysign(0, -1))
	case 2:
		return math.Float32frombits(uint32(s.rng.IntN(1 << 23)))
	case 3:
		return float32(s.rng.IntN(7) - 3)
	}
	return float32(s.rng.NormFloat64() * 3)
}

func (s *synth) add(d autograd.OpDesc, v *tensor.Tensor) int {
	s.ops = append(s.ops, d)
	s.vals = append(s.vals, v)
	return len(s.ops) - 1
}

func (s *synth) state(shape ...int) int {
	v := tensor.New(shape...)
	for i := range v.Data {
		v.Data[i] = s.val()
	}
	s.prev = append(s.prev, commit.MustTensorRoot(v.Shape, v.Data))
	return s.add(autograd.OpDesc{Op: tensor.OpState, Shape: shape, Slot: len(s.prev) - 1, Next: -1}, v)
}

func (s *synth) cnst(shape []int, vals []float32) int {
	v := tensor.FromData(shape, vals)
	return s.add(autograd.OpDesc{Op: tensor.OpConst, Shape: v.Shape, Next: -1, Const: commit.MustTensorRoot(v.Shape, v.Data)}, v)
}

func (s *synth) input(slot int, shape ...int) int {
	v := tensor.New(shape...)
	per := s.lens[slot]
	start := 0
	for _, n := range s.lens[:slot] {
		start += n
	}
	for r := range synthBatch {
		vals, _ := commit.DecodeChunk(s.samples[s.sampler.Index(s.step-1, r)])
		copy(v.Data[r*per:(r+1)*per], vals[start:start+per])
	}
	return s.add(autograd.OpDesc{Op: tensor.OpInput, Shape: v.Shape, Slot: slot, Next: -1}, v)
}

func (s *synth) op(op tensor.Op, want, perm []int, in ...int) int {
	shapes := make([][]int, len(in))
	for i, x := range in {
		shapes[i] = s.vals[x].Shape
	}
	shape, err := tensor.InferShape(op, perm, want, shapes...)
	if err != nil {
		panic(err)
	}
	d := autograd.OpDesc{Op: op, Shape: shape, In: in, Perm: perm, Next: -1}
	v := tensor.New(shape...)
	s.exec(&d, v, s.vals)
	return s.add(d, v)
}

func (s *synth) exec(d *autograd.OpDesc, out *tensor.Tensor, vals []*tensor.Tensor) {
	ins := make([]*tensor.Tensor, len(d.In))
	for i, x := range d.In {
		ins[i] = vals[x]
	}
	tensor.Exec(&tensor.Desc{Op: d.Op, Shape: d.Shape, Perm: d.Perm}, out, ins...)
}

// run returns the values of the step with op k's output changed by tamper (before later ops
// read it), recomputing every later computed op: how a fault propagates.
func (s *synth) run(k int, tamper func(v *tensor.Tensor)) []*tensor.Tensor {
	vals := make([]*tensor.Tensor, len(s.vals))
	for i, v := range s.vals {
		c := tensor.FromData(v.Shape, append([]float32(nil), v.Data...))
		if i > k && s.ops[i].Op.Arity() > 0 {
			s.exec(&s.ops[i], c, vals)
		}
		if i == k && tamper != nil {
			tamper(c)
		}
		vals[i] = c
	}
	return vals
}

func rootsOf(vals []*tensor.Tensor) []commit.Hash {
	r := make([]commit.Hash, len(vals))
	for i, v := range vals {
		r[i] = commit.MustTensorRoot(v.Shape, v.Data)
	}
	return r
}

// post returns the state tensor roots after a step with the given op values.
func (s *synth) post(vals []*tensor.Tensor) []commit.Hash {
	post := append([]commit.Hash(nil), s.prev...)
	for _, d := range s.ops {
		if d.Op == tensor.OpState && d.Next >= 0 {
			post[d.Slot] = commit.MustTensorRoot(vals[d.Next].Shape, vals[d.Next].Data)
		}
	}
	return post
}

func (s *synth) local() *Local {
	return &Local{Ops: s.ops, Values: s.vals, Roots: rootsOf(s.vals), Prev: s.prev, Sample: func(i int) ([]byte, []commit.Hash, error) {
		return s.samples[i], s.data.Proof(i), nil
	}}
}

func (s *synth) graphRoot() commit.Hash {
	leaves := make([]commit.Hash, len(s.ops))
	for k := range s.ops {
		leaves[k] = commit.LeafHash(s.ops[k].Encode())
	}
	return commit.MerkleRoot(leaves)
}

// agreed returns the chain's view for a solver whose op roots and h_t roots are given.
func (s *synth) agreed(roots, post []commit.Hash) *Agreed {
	return &Agreed{
		GraphRoot: s.graphRoot(), NumOps: len(s.ops), Step: s.step,
		TraceRoot: commit.StateRoot(roots), Prev: commit.StateRoot(s.prev), Post: commit.StateRoot(post), NumStates: len(s.prev),
		DataRoot: s.data.Root(), DataSize: synthN, Batch: synthBatch, InputLens: s.lens, Sampler: s.sampler,
	}
}

var synthCache *synth

func getSynth() *synth {
	if synthCache == nil {
		synthCache = newSynth()
	}
	return synthCache
}

// honestSynth returns a Local and the Claimed and Agreed of an honest solver.
func honestSynth() (*synth, *Local, *Claimed, *Agreed) {
	s := getSynth()
	l := s.local()
	post := s.post(s.vals)
	c := Reveal(s.vals, l.Roots, post)
	return s, l, c, s.agreed(l.Roots, post)
}

// elements picks the first and last element of op k and a few random ones.
func elements(rng *rand.Rand, n, extra int) []int {
	es := []int{0, n - 1}
	for range extra {
		es = append(es, rng.IntN(n))
	}
	return es
}

func TestSynthHonest(t *testing.T) {
	s, l, c, a := honestSynth()
	rng := rand.New(rand.NewPCG(3, 4))
	seen := map[tensor.Op]bool{}
	for k, d := range s.ops {
		seen[d.Op] = true
		for _, e := range elements(rng, tensor.Numel(d.Shape), 6) {
			w, err := BuildElement(a, l, c, k, e)
			if err != nil {
				t.Fatalf("op %d (%v) element %d: %v", k, d.Op, e, err)
			}
			a.Op, a.Element = k, e
			checkVerdict(t, a, w, SolverRight)
		}
	}
	if len(seen) != tensor.NumOps-1 {
		t.Fatalf("the synthetic program uses %d of the %d primitives", len(seen), tensor.NumOps-1)
	}
	if _, err := Pinpoint(a, l, c); err != ErrNoDispute {
		t.Fatalf("Pinpoint of an honest solver: %v, want ErrNoDispute", err)
	}
}

// checkVerdict adjudicates w both as a struct and through its encoding, and checks the verdict
// and the encoding's round trip.
func checkVerdict(t *testing.T, a *Agreed, w *Witness, want Verdict) []byte {
	t.Helper()
	got, err := Adjudicate(a, w)
	if err != nil || got != want {
		t.Fatalf("op %d element %d: verdict %v, %v; want %v", a.Op, a.Element, got, err, want)
	}
	b := w.Encode()
	w2, err := Decode(b)
	if err != nil {
		t.Fatalf("decode of an encoded witness: %v", err)
	}
	if b2 := w2.Encode(); string(b2) != string(b) {
		t.Fatal("encoding does not round-trip")
	}
	if got, err := AdjudicateBytes(a, b); err != nil || got != want {
		t.Fatalf("op %d element %d: encoded verdict %v, %v; want %v", a.Op, a.Element, got, err, want)
	}
	return b
}

// tampers are the ways a cheating solver changes one element: rounding-edge probes (one ulp
// either way), a sign flip, NaN, infinities and a subnormal.
var tampers = []struct {
	name string
	f    func(bits uint32) uint32
}{
	{"ulp+1", func(b uint32) uint32 { return b + 1 }},
	{"ulp-1", func(b uint32) uint32 { return b - 1 }},
	{"sign", func(b uint32) uint32 { return b ^ 0x80000000 }},
	{"nan", func(b uint32) uint32 { return pick(b, 0x7fc00000, 0xffc00000) }},
	{"+inf", func(b uint32) uint32 { return pick(b, 0x7f800000, 0xff800000) }},
	{"-inf", func(b uint32) uint32 { return pick(b, 0xff800000, 0x7f800000) }},
	{"subnormal", func(b uint32) uint32 { return pick(b, 0x00000001, 0x80000003) }},
}

// pick returns x unless b already is x, then y: a tamper always changes the bits.
func pick(b, x, y uint32) uint32 {
	if b == x {
		return y
	}
	return x
}

func setBits(v *tensor.Tensor, e int, f func(uint32) uint32) {
	v.Data[e] = math.Float32frombits(f(math.Float32bits(v.Data[e])))
}

// indexOps returns the ops whose values are used as indices (gather, scatter_add, onehot), and
// the data-movement ops that carry them there: tampering those must keep them valid indices.
func indexOps(ops []autograd.OpDesc) map[int]bool {
	idx := map[int]bool{}
	var mark func(k int)
	mark = func(k int) {
		idx[k] = true
		switch ops[k].Op {
		case tensor.OpReshape, tensor.OpPermute, tensor.OpBroadcast:
			mark(ops[k].In[0])
		}
	}
	for _, d := range ops {
		switch d.Op {
		case tensor.OpGather, tensor.OpScatterAdd:
			mark(d.In[1])
		case tensor.OpOneHot:
			mark(d.In[0])
		}
	}
	return idx
}

// nextIndex changes an index to another valid one (index extents are at least 2).
func nextIndex(b uint32) uint32 {
	f := math.Float32frombits(b)
	if f >= 1 {
		return math.Float32bits(f - 1)
	}
	return math.Float32bits(f + 1)
}

func TestSynthTamper(t *testing.T) {
	s, l, _, _ := honestSynth()
	idx := indexOps(s.ops)
	rng := rand.New(rand.NewPCG(5, 6))
	kinds := len(tampers)
	if testing.Short() {
		kinds = 2
	}
	for k, d := range s.ops {
		for i := range kinds {
			tp := tampers[(k+i)%len(tampers)]
			f := tp.f
			if idx[k] {
				f = nextIndex
			}
			e := rng.IntN(tensor.Numel(d.Shape))
			vals := s.run(k, func(v *tensor.Tensor) { setBits(v, e, f) })
			roots := rootsOf(vals)
			post := s.post(vals)
			c := Reveal(vals, roots, post)
			a := s.agreed(roots, post)
			w, err := Pinpoint(a, l, c)
			if err != nil {
				t.Fatalf("op %d (%v) %s at %d: %v", k, d.Op, tp.name, e, err)
			}
			if w.Form != FormElement || w.Op.Index != k || w.Element != e {
				t.Fatalf("op %d (%v) %s at %d: pinpointed form %d op %d element %d", k, d.Op, tp.name, e, w.Form, w.Op.Index, w.Element)
			}
			a.Op, a.Element = k, e
			checkVerdict(t, a, w, SolverWrong)
			if d.Op == tensor.OpState {
				we, err := BuildEnd(a, l, c, k, EndStart)
				if err != nil {
					t.Fatal(err)
				}
				checkVerdict(t, a, we, SolverWrong)
			}
			if idx[k] {
				break
			}
		}
	}
}

// TestSynthEnd checks end witnesses: an honest trace fits both ends for every state, and a
// solver whose trace is honest but whose h_t has one wrong tensor is pinpointed to that state.
func TestSynthEnd(t *testing.T) {
	s, l, c, a := honestSynth()
	for k, d := range s.ops {
		if d.Op != tensor.OpState {
			continue
		}
		kinds := []EndKind{EndStart, EndKeep}
		if d.Next >= 0 {
			kinds[1] = EndNext
		}
		a.Op = k
		for _, kind := range kinds {
			w, err := BuildEnd(a, l, c, k, kind)
			if err != nil {
				t.Fatal(err)
			}
			checkVerdict(t, a, w, SolverRight)
		}
		// The other end kind does not apply to this state, even with valid proofs.
		ow := &Witness{Form: FormEnd, Op: l.opRef(k), End: EndNext, Trace: c.opRoot(k), After: RootRef{Root: c.Post[d.Slot], Proof: c.post.Proof(d.Slot)}}
		if d.Next >= 0 {
			ow.End, ow.Trace, ow.Before = EndKeep, RootRef{}, RootRef{Root: l.Prev[d.Slot], Proof: l.prevTree().Proof(d.Slot)}
		}
		if v, err := Adjudicate(a, ow); err == nil {
			t.Errorf("state op %d (next %d): end %d accepted with verdict %v", k, d.Next, ow.End, v)
		}

		post := append([]commit.Hash(nil), c.Post...)
		post[d.Slot][0] ^= 1
		bad := Reveal(s.vals, l.Roots, post)
		ab := s.agreed(l.Roots, post)
		w, err := Pinpoint(ab, l, bad)
		if err != nil {
			t.Fatal(err)
		}
		if w.Form != FormEnd || w.Op.Index != k || w.End != kinds[1] {
			t.Fatalf("state op %d: pinpointed form %d op %d end %d", k, w.Form, w.Op.Index, w.End)
		}
		ab.Op = k
		checkVerdict(t, ab, w, SolverWrong)
	}
}

// TestElementDepsSound checks that an element reads nothing outside its dependencies: changing
// every operand value outside the listed leaves (indices to other valid indices) leaves the
// reference result's bits unchanged, and every listed leaf exists.
func TestElementDepsSound(t *testing.T) {
	s := getSynth()
	rng := rand.New(rand.NewPCG(7, 8))
	idx := indexOps(s.ops)
	for k := range s.ops {
		if s.ops[k].Op.Arity() == 0 {
			continue
		}
		for _, e := range elements(rng, len(s.vals[k].Data), 10) {
			checkDepsSound(t, s.ops, s.vals, idx, k, e, rng)
		}
	}
}

// checkDepsSound checks ElementDeps for element e of op k against RefElement (see
// TestElementDepsSound), and that Exec computed the same bits as RefElement.
func checkDepsSound(t *testing.T, ops []autograd.OpDesc, vals []*tensor.Tensor, idx map[int]bool, k, e int, rng *rand.Rand) {
	t.Helper()
	d := &ops[k]
	orig := make([]*tensor.Tensor, len(d.In))
	shapes := make([][]int, len(d.In))
	for i, in := range d.In {
		orig[i], shapes[i] = vals[in], vals[in].Shape
	}
	deps, err := ElementDeps(d, shapes, e, func(j, i int) (float32, bool) { return orig[j].Data[i], true })
	if err != nil {
		t.Fatalf("op %d (%v) element %d: %v", k, d.Op, e, err)
	}
	ins := make([]*tensor.Tensor, len(d.In))
	for i, in := range d.In {
		lay, _ := commit.LayoutOf(shapes[i])
		keep := make([]bool, lay.Elements)
		for n, x := range deps[i] {
			if x < 0 || x >= lay.Leaves || (n > 0 && x <= deps[i][n-1]) {
				t.Fatalf("op %d (%v) element %d: operand %d leaves %v", k, d.Op, e, i, deps[i])
			}
			st, end := lay.ChunkRange(x/lay.ChunksPerRow, x%lay.ChunksPerRow)
			for y := st; y < end; y++ {
				keep[y] = true
			}
		}
		v := append([]float32(nil), orig[i].Data...)
		for y := range v {
			switch {
			case keep[y]:
			case idx[in]:
				v[y] = math.Float32frombits(nextIndex(math.Float32bits(v[y])))
			default:
				v[y] = math.Float32frombits(rng.Uint32())
			}
		}
		ins[i] = tensor.FromData(shapes[i], v)
	}
	td := &tensor.Desc{Op: d.Op, Shape: d.Shape, Perm: d.Perm}
	want := math.Float32bits(tensor.RefElement(td, orig, e))
	if got := math.Float32bits(tensor.RefElement(td, ins, e)); got != want {
		t.Fatalf("op %d (%v) element %d: result %#x with only the dependencies kept, %#x", k, d.Op, e, got, want)
	}
	if fast := math.Float32bits(vals[k].Data[e]); fast != want {
		t.Fatalf("op %d (%v) element %d: Exec %#x, RefElement %#x", k, d.Op, e, fast, want)
	}
}
