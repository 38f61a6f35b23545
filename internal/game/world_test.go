package game

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"math/big"
	"math/rand/v2"
	"slices"

	"veritrain/internal/commit"
)

// This file is the synthetic world shared by the simulator (sim_test.go) and the scenario
// scripts (script_test.go): a step program of ops with small random output tensors, the true op
// trace, solvers that commit to it honestly or not, and challengers that dispute it.
//
// Some computed ops are long reductions (Params.Ops[k].Segments ≥ 2): each of their elements is
// the float32 fold, from +0, of terms computed from the op's inputs, cut into segments of a few
// terms, so that the partial-sum bisection has partial sums to reveal and a segment to judge.

// mtree is a Merkle tree with every level materialised, padding included, so that a test can
// read any node and can build trees whose padding is not zero (which no honest party does).
type mtree struct {
	n      int
	levels [][]commit.Hash // levels[0] holds 2^Depth(n) leaf hashes, padding included
}

// newTree builds the tree over leaves; pad, if not nil, overrides padding leaf hashes
// (pad[i] is the hash of leaf n+i).
func newTree(leaves []commit.Hash, pad []commit.Hash) *mtree {
	n := len(leaves)
	d := commit.Depth(n)
	l0 := make([]commit.Hash, 1<<d)
	copy(l0, leaves)
	copy(l0[n:], pad)
	t := &mtree{n: n, levels: [][]commit.Hash{l0}}
	for k := 0; k < d; k++ {
		below := t.levels[k]
		up := make([]commit.Hash, len(below)/2)
		for i := range up {
			up[i] = commit.NodeHash(below[2*i], below[2*i+1])
		}
		t.levels = append(t.levels, up)
	}
	return t
}

func (t *mtree) root() commit.Hash         { return t.levels[len(t.levels)-1][0] }
func (t *mtree) node(h, i int) commit.Hash { return t.levels[h][i] }
func (t *mtree) depth() int                { return len(t.levels) - 1 }
func (t *mtree) children(h, i int) [2]commit.Hash {
	return [2]commit.Hash{t.levels[h-1][2*i], t.levels[h-1][2*i+1]}
}

func (t *mtree) proof(i int) []commit.Hash {
	p := make([]commit.Hash, t.depth())
	for k := range p {
		p[k] = t.levels[k][(i>>k)^1]
	}
	return p
}

// hashLeaves returns LeafHash(r[:]) of every root (op-trace and state leaves).
func hashLeaves(roots []commit.Hash) []commit.Hash {
	out := make([]commit.Hash, len(roots))
	for i, r := range roots {
		out[i] = commit.LeafHash(r[:])
	}
	return out
}

// chunkBytes returns the leaf bytes of leaf idx of a tensor with the given shape and float32
// bits (docs/commitments.md section 4).
func chunkBytes(shape []int, bits []uint32, idx int) []byte {
	l, err := commit.LayoutOf(shape)
	if err != nil {
		panic(err)
	}
	s, e := l.ChunkRange(idx/l.ChunksPerRow, idx%l.ChunksPerRow)
	b := make([]byte, 0, 4*(e-s))
	for _, v := range bits[s:e] {
		b = binary.LittleEndian.AppendUint32(b, v)
	}
	return b
}

// tensorTree builds the tensor tree of bits; pad overrides padding leaves.
func tensorTree(shape []int, bits []uint32, pad []commit.Hash) *mtree {
	l, err := commit.LayoutOf(shape)
	if err != nil {
		panic(err)
	}
	leaves := make([]commit.Hash, l.Leaves)
	for i := range leaves {
		leaves[i] = commit.LeafHash(chunkBytes(shape, bits, i))
	}
	return newTree(leaves, pad)
}

func numel(shape []int) int {
	l, err := commit.LayoutOf(shape)
	if err != nil {
		panic(err)
	}
	return l.Elements
}

func leafCount(shape []int) int { return commit.TensorLeafCount(shape) }

func isPow2(n int) bool { return n&(n-1) == 0 }

// wop is one op of the synthetic program.
type wop struct {
	kind   OpKind
	slot   int   // OpStateRead
	shape  []int // output shape
	inputs []int // earlier ops whose outputs a compute op reads
	salt   uint32

	// A long reduction (segs ≥ 2, else 0): each element folds terms float32 terms, in segments
	// of per terms (the last one may be shorter): (segs-1)·per < terms ≤ segs·per.
	segs, per, terms int
}

// world is a disputed step t of a run of steps steps: the state before it, the program and the
// rules. Element e of a compute op k is mix(salt_k, e, input_i[e mod len(input_i)]...): a
// function of its inputs, so that an altered output propagates to the ops that read it.
type world struct {
	steps, t   int
	slotShapes [][]int
	pre        [][]uint32 // state tensors under h_{t-1}
	ops        []wop
	updates    []int
	timeout    uint64
	bond       *big.Int
	stake      *big.Int
	stakeBPS   uint64
	bondBPS    uint64
	others     []commit.Hash // h_0..h_T as far as they are not the disputed pair (random)

	// the truth, from finish()
	outs     [][]uint32
	preRoots []commit.Hash
	preTree  *mtree
	opRoots  []commit.Hash
	opTree   *mtree
	tensors  []*mtree
	post     []commit.Hash
	postTree *mtree
}

func mix(x uint32) uint32 {
	x ^= x >> 16
	x *= 0x7feb352d
	x ^= x >> 15
	x *= 0x846ca68b
	x ^= x >> 16
	return x
}

// elem computes element e of compute op k from the given op outputs (a long reduction: the
// fold of all its terms).
func (w *world) elem(k, e int, outs [][]uint32) uint32 {
	op := &w.ops[k]
	if op.segs >= 2 {
		return w.partialOf(k, e, op.segs, outs)
	}
	x := mix(op.salt ^ uint32(e)*0x9e3779b9)
	for i, in := range op.inputs {
		if src := outs[in]; len(src) > 0 {
			x = mix(x ^ src[e%len(src)] ^ uint32(i+1)*0x85ebca6b)
		}
	}
	return x
}

// term makes a float32 term of a reduction from 32 random bits: a full mantissa and a magnitude
// in [2^-7, 2^9), so that the fold rounds and its order matters.
func term(x uint32) float32 {
	return math.Float32frombits(x>>31<<31 | (120+(x>>27&15))<<23 | x&0x7fffff)
}

// termsOf returns the terms of element e of the long reduction k, computed from the given op
// outputs: term i reads element (e+i) mod n of each input, so that an altered input changes some
// terms.
func (w *world) termsOf(k, e int, outs [][]uint32) []float32 {
	op := &w.ops[k]
	ts := make([]float32, op.terms)
	for i := range ts {
		x := mix(op.salt ^ uint32(e)*0x9e3779b9 ^ uint32(i+1)*0xc2b2ae35)
		for j, in := range op.inputs {
			if src := outs[in]; len(src) > 0 {
				x = mix(x ^ src[(e+i)%len(src)] ^ uint32(j+1)*0x85ebca6b)
			}
		}
		ts[i] = term(x)
	}
	return ts
}

// fold adds ts to start (float32 bits) one at a time, in order, in float32.
func fold(start uint32, ts []float32) uint32 {
	s := math.Float32frombits(start)
	for _, t := range ts {
		s += t
	}
	return math.Float32bits(s)
}

// segTerms returns the terms [from, to) of segment seg of long reduction op.
func (op *wop) segTerms(seg int) (from, to int) {
	return seg * op.per, min((seg+1)*op.per, op.terms)
}

// partialOf is the partial sum of element e of long reduction k at segment boundary b (the fold
// of the terms of its first b segments from +0; boundary segs is the element) computed from the
// given op outputs.
func (w *world) partialOf(k, e, b int, outs [][]uint32) uint32 {
	op := &w.ops[k]
	return fold(0, w.termsOf(k, e, outs)[:min(b*op.per, op.terms)])
}

// evalOp computes op k from the outputs of the earlier ops.
func (w *world) evalOp(k int, outs [][]uint32) []uint32 {
	op := &w.ops[k]
	if op.kind == OpStateRead {
		return append([]uint32(nil), w.pre[op.slot]...)
	}
	v := make([]uint32, numel(op.shape))
	for e := range v {
		v[e] = w.elem(k, e, outs)
	}
	return v
}

// run executes ops from..end on outs (in place).
func (w *world) run(outs [][]uint32, from int) {
	for k := from; k < len(w.ops); k++ {
		outs[k] = w.evalOp(k, outs)
	}
}

// postRoots returns the post-state tensor roots for the given op output roots.
func (w *world) postRoots(opRoots []commit.Hash) []commit.Hash {
	post := make([]commit.Hash, len(w.slotShapes))
	for j, u := range w.updates {
		if u == Carried {
			post[j] = w.preRoots[j]
		} else {
			post[j] = opRoots[u]
		}
	}
	return post
}

// finish computes the truth.
func (w *world) finish() {
	w.preRoots = make([]commit.Hash, len(w.pre))
	for j, v := range w.pre {
		w.preRoots[j] = tensorTree(w.slotShapes[j], v, nil).root()
	}
	w.preTree = newTree(hashLeaves(w.preRoots), nil)
	w.outs = make([][]uint32, len(w.ops))
	w.run(w.outs, 0)
	w.tensors = make([]*mtree, len(w.ops))
	w.opRoots = make([]commit.Hash, len(w.ops))
	for k := range w.ops {
		w.tensors[k] = tensorTree(w.ops[k].shape, w.outs[k], nil)
		w.opRoots[k] = w.tensors[k].root()
	}
	w.opTree = newTree(hashLeaves(w.opRoots), nil)
	w.post = w.postRoots(w.opRoots)
	w.postTree = newTree(hashLeaves(w.post), nil)
}

func (w *world) prevHash() commit.Hash { return w.preTree.root() }
func (w *world) trueHt() commit.Hash   { return w.postTree.root() }

func (w *world) gameOps() []Op {
	ops := make([]Op, len(w.ops))
	for k, op := range w.ops {
		ops[k] = Op{Kind: op.kind, Slot: op.slot, Shape: op.shape, Segments: op.segs}
	}
	return ops
}

// randomShape returns a small shape, sometimes with a row longer than one chunk or no element.
func randomShape(r *rand.Rand) []int {
	switch x := r.IntN(20); {
	case x == 0:
		return []int{r.IntN(2) + 1, commit.ChunkFloats + 1 + r.IntN(80)} // two chunks per row
	case x == 1:
		return []int{r.IntN(3), 0} // no element: one empty leaf
	case x < 4:
		return []int{} // scalar
	}
	shape := make([]int, 1+r.IntN(3))
	for i := range shape {
		shape[i] = 1 + r.IntN(6)
	}
	return shape
}

// randomWorld draws a world: 1-6 state tensors, 1-20 ops, 1-9 steps, no long reduction. (The
// chain transcripts are recorded in such worlds: DisputeGame.sol has no partial-sum bisection.)
func randomWorld(r *rand.Rand) *world { return randomWorldWith(r, false) }

// randomReductionWorld draws a world whose computed ops are long reductions one time in three.
func randomReductionWorld(r *rand.Rand) *world { return randomWorldWith(r, true) }

// randomReduction draws the segments of a long reduction: mostly 2-6, sometimes up to 40 (a
// deeper bisection), of 1-3 terms each.
func randomReduction(r *rand.Rand) (segs, per, terms int) {
	segs = 2 + r.IntN(5)
	if r.IntN(4) == 0 {
		segs = 2 + r.IntN(39)
	}
	per = 1 + r.IntN(3)
	return segs, per, (segs-1)*per + 1 + r.IntN(per)
}

func randomWorldWith(r *rand.Rand, reductions bool) *world {
	w := &world{steps: 1 + r.IntN(9)}
	w.t = 1 + r.IntN(w.steps)
	m := 1 + r.IntN(6)
	for j := 0; j < m; j++ {
		s := randomShape(r)
		w.slotShapes = append(w.slotShapes, s)
		v := make([]uint32, numel(s))
		for i := range v {
			v[i] = r.Uint32()
		}
		w.pre = append(w.pre, v)
	}
	n := 1 + r.IntN(20)
	for k := 0; k < n; k++ {
		if r.IntN(4) == 0 {
			j := r.IntN(m)
			w.ops = append(w.ops, wop{kind: OpStateRead, slot: j, shape: w.slotShapes[j]})
			continue
		}
		op := wop{kind: OpCompute, shape: randomShape(r), salt: r.Uint32()}
		for i := r.IntN(3); i > 0 && k > 0; i-- {
			op.inputs = append(op.inputs, r.IntN(k))
		}
		if reductions && r.IntN(3) == 0 {
			op.segs, op.per, op.terms = randomReduction(r)
		}
		w.ops = append(w.ops, op)
	}
	for j := 0; j < m; j++ {
		if r.IntN(10) < 7 {
			w.updates = append(w.updates, r.IntN(n))
		} else {
			w.updates = append(w.updates, Carried)
		}
	}
	w.timeout = 1 + r.Uint64N(1000)
	w.bond = new(big.Int).Lsh(big.NewInt(int64(1+r.IntN(1000))), uint(r.IntN(70)))
	w.stake = new(big.Int).Lsh(big.NewInt(int64(1+r.IntN(1000))), uint(r.IntN(70)))
	w.stakeBPS, w.bondBPS = DefaultRewardBPS, DefaultRewardBPS
	if r.IntN(2) == 0 {
		w.stakeBPS, w.bondBPS = r.Uint64N(BPS+1), r.Uint64N(BPS+1)
	}
	w.others = make([]commit.Hash, w.steps+1)
	for i := range w.others {
		w.others[i] = randomHash(r)
	}
	w.finish()
	return w
}

func randomHash(r *rand.Rand) commit.Hash {
	var h commit.Hash
	for i := 0; i < len(h); i += 8 {
		binary.LittleEndian.PutUint64(h[i:], r.Uint64())
	}
	return h
}

// A solver is what one solver committed to, and how it plays.
type solver struct {
	kind      string
	desc      string
	honest    bool // plays truthfully from the true trace (the rule "never loses" applies)
	outs      [][]uint32
	opTree    *mtree // nil: the op-trace root is garbage
	opRoot    commit.Hash
	tensors   []*mtree
	postRoots []commit.Hash // nil: h_t is garbage
	postTree  *mtree
	ht        commit.Hash
	hs        []commit.Hash // h_0..h_T as committed
	trace     *mtree        // over h_1..h_T

	silentAfter int // stops moving after this many own moves; -1: never
	noise       bool
	moves       int

	// The partial-sum bisection: by default the solver reveals the partial sums of its own
	// terms (computed from its committed op outputs), and its committed element at the end.
	lies          map[[2]int][]float32 // (op, element): the terms it folds instead (partial-lie)
	partialRand   *rand.Rand           // partial-noise: a random partial sum half of the time
	silentPartial bool                 // partial-silent: reveals no partial sum
	target        [2]int               // the (op, element) a reduction cheat altered
	lieSeg        int                  // partial-lie: the segment of the altered term
}

// solverKinds are the solver strategies of the simulator.
var solverKinds = []string{
	"honest",         // the true op trace and h_t; answers every move truthfully
	"alter-prop",     // one element of one computed op altered, later ops recomputed from it
	"alter-local",    // one element altered, later ops computed from the true values
	"alter-read",     // one element of a state read altered and propagated
	"fabricate-slot", // the true op trace, one post-state tensor root replaced
	"fabricate-root", // the true op trace, h_t a random hash
	"garbage-ops",    // a random op-trace root and a random h_t
	"pad-ops",        // op-trace padding not zero, one post-state tensor root replaced
	"pad-tensor",     // padding of one computed op's tensor tree not zero
	"inconsistent",   // fabricate-slot, but reveals children that do not hash to the node
	"silent",         // the truth, but stops answering after a few moves
	// Cheats about a long reduction (no such cheat in a world without one):
	"reduce-final",   // one element of a long reduction altered and propagated, honest partial sums
	"partial-lie",    // one term of a long reduction's element altered: partial sums folded from it
	"partial-noise",  // reduce-final, but half of its partial sums are random (inconsistent)
	"partial-silent", // reduce-final, but it reveals no partial sum
}

// partialKinds are the strategies that need (or are about) the partial-sum bisection. The chain
// transcripts leave them out: DisputeGame.sol does not implement the bisection yet.
var partialKinds = map[string]bool{
	"reduce-final": true, "partial-lie": true, "partial-noise": true, "partial-silent": true,
	"whole": true, "split-random": true, "partial-staller": true,
}

// cheat fixes the random choices of a cheating solver; -1 leaves a choice to the generator.
type cheat struct {
	op, elem, bit, slot, pad, seg int
}

var anyCheat = cheat{-1, -1, -1, -1, -1, -1}

// pick returns v, or a random value in [0, n) when v is -1.
func pick(v, n int, r *rand.Rand) int {
	if v >= 0 {
		return v
	}
	return r.IntN(n)
}

// newSolver builds the solver of the given kind, or nil if the world does not allow that
// cheat (e.g. no padding to corrupt).
func newSolver(w *world, kind string, r *rand.Rand) *solver {
	return newCheater(w, kind, anyCheat, r)
}

// newCheater is newSolver with some of the cheat's choices fixed. It describes the cheat in
// solver.desc.
func newCheater(w *world, kind string, ch cheat, r *rand.Rand) *solver {
	s := &solver{kind: kind, silentAfter: -1}
	s.outs = make([][]uint32, len(w.ops))
	for k := range w.outs {
		s.outs[k] = append([]uint32(nil), w.outs[k]...)
	}
	computed := func(pred func(op wop) bool) []int {
		var ks []int
		for k, op := range w.ops {
			if pred(op) && numel(op.shape) > 0 {
				ks = append(ks, k)
			}
		}
		return ks
	}
	alter := func(ks []int) int {
		k := ks[pick(-1, len(ks), r)]
		if ch.op >= 0 {
			k = ch.op
		}
		e, b := pick(ch.elem, len(s.outs[k]), r), pick(ch.bit, 32, r)
		s.outs[k][e] ^= 1 << b
		s.desc = fmt.Sprintf("op %d element %d bit %d flipped", k, e, b)
		s.target = [2]int{k, e}
		return k
	}
	reductions := func(op wop) bool { return op.kind == OpCompute && op.segs >= 2 }
	var opPad []commit.Hash
	tensorPad := map[int][]commit.Hash{}
	fabricate := false
	switch kind {
	case "honest":
		s.honest = true
	case "alter-prop", "alter-local":
		ks := computed(func(op wop) bool { return op.kind == OpCompute })
		if len(ks) == 0 {
			return nil
		}
		k := alter(ks)
		if kind == "alter-prop" {
			w.run(s.outs, k+1)
		}
	case "alter-read":
		ks := computed(func(op wop) bool { return op.kind == OpStateRead })
		if len(ks) == 0 {
			return nil
		}
		w.run(s.outs, alter(ks)+1)
	case "fabricate-slot", "inconsistent":
		fabricate = true
		s.noise = kind == "inconsistent"
	case "fabricate-root", "garbage-ops":
	case "pad-ops":
		if isPow2(len(w.ops)) {
			return nil
		}
		opPad = make([]commit.Hash, (1<<commit.Depth(len(w.ops)))-len(w.ops))
		i := pick(ch.pad, len(opPad), r)
		opPad[i] = randomHash(r)
		s.desc = fmt.Sprintf("op-trace padding leaf %d not zero", len(w.ops)+i)
		fabricate = true
	case "pad-tensor":
		ks := computed(func(op wop) bool { return op.kind == OpCompute && !isPow2(leafCount(op.shape)) })
		if len(ks) == 0 {
			return nil
		}
		k := ks[pick(-1, len(ks), r)]
		if ch.op >= 0 {
			k = ch.op
		}
		n := leafCount(w.ops[k].shape)
		pad := make([]commit.Hash, (1<<commit.Depth(n))-n)
		i := pick(ch.pad, len(pad), r)
		pad[i] = randomHash(r)
		tensorPad[k] = pad
		s.desc = fmt.Sprintf("op %d tensor padding leaf %d not zero", k, n+i)
	case "silent":
		s.honest = true // truthful, but it stops: "never loses" does not apply
		s.silentAfter = r.IntN(6)
	case "reduce-final", "partial-noise", "partial-silent":
		ks := computed(reductions)
		if len(ks) == 0 {
			return nil
		}
		w.run(s.outs, alter(ks)+1)
		switch kind {
		case "partial-noise":
			s.partialRand = rand.New(rand.NewPCG(r.Uint64(), 3))
			s.desc += ", random partial sums"
		case "partial-silent":
			s.silentPartial = true
			s.desc += ", no partial sums"
		}
	case "partial-lie":
		ks := computed(reductions)
		if len(ks) == 0 {
			return nil
		}
		k := ks[pick(-1, len(ks), r)]
		if ch.op >= 0 {
			k = ch.op
		}
		op := &w.ops[k]
		e, seg := pick(ch.elem, len(s.outs[k]), r), pick(ch.seg, op.segs, r)
		from, to := op.segTerms(seg)
		i := from + r.IntN(to-from)
		ts := w.termsOf(k, e, s.outs)
		ts[i] += 1 << 20 // far above any partial sum: every later partial sum differs
		s.lies = map[[2]int][]float32{{k, e}: ts}
		s.outs[k][e] = fold(0, ts)
		s.target, s.lieSeg = [2]int{k, e}, seg
		s.desc = fmt.Sprintf("op %d element %d term %d (segment %d) plus 2^20, partial sums folded from it", k, e, i, seg)
		w.run(s.outs, k+1)
	default:
		panic("unknown solver kind " + kind)
	}
	s.tensors = make([]*mtree, len(w.ops))
	opRoots := make([]commit.Hash, len(w.ops))
	for k := range w.ops {
		if tensorPad[k] == nil && slices.Equal(s.outs[k], w.outs[k]) {
			s.tensors[k] = w.tensors[k] // the true tree (trees are never modified)
		} else {
			s.tensors[k] = tensorTree(w.ops[k].shape, s.outs[k], tensorPad[k])
		}
		opRoots[k] = s.tensors[k].root()
	}
	if kind == "garbage-ops" {
		s.opRoot = randomHash(r)
	} else {
		s.opTree = newTree(hashLeaves(opRoots), opPad)
		s.opRoot = s.opTree.root()
	}
	switch kind {
	case "fabricate-root", "garbage-ops":
		s.ht = randomHash(r)
	default:
		s.postRoots = w.postRoots(opRoots)
		if fabricate {
			j := pick(ch.slot, len(s.postRoots), r)
			s.postRoots[j] = randomHash(r)
			if s.desc != "" {
				s.desc += ", "
			}
			s.desc += fmt.Sprintf("post-state tensor %d replaced", j)
		}
		s.postTree = newTree(hashLeaves(s.postRoots), nil)
		s.ht = s.postTree.root()
	}
	s.hs = append([]commit.Hash(nil), w.others...)
	s.hs[w.t-1] = w.prevHash()
	s.hs[w.t] = s.ht
	s.trace = newTree(hashLeaves(s.hs[1:]), nil)
	return s
}

// params returns the game parameters for this solver's commitment.
func (w *world) params(s *solver) Params {
	return Params{
		TraceRoot:      s.trace.root(),
		Steps:          w.steps,
		InitialState:   s.hs[0],
		StateSlots:     len(w.slotShapes),
		Ops:            w.gameOps(),
		Updates:        append([]int(nil), w.updates...),
		MoveTimeout:    w.timeout,
		Bond:           new(big.Int).Set(w.bond),
		Stake:          new(big.Int).Set(w.stake),
		StakeRewardBPS: w.stakeBPS,
		BondRewardBPS:  w.bondBPS,
	}
}

// open returns the Open move for step t against the solver's trace.
func (w *world) open(s *solver) Open {
	o := Open{Step: w.t, Prev: s.hs[w.t-1], Cur: s.hs[w.t], Bond: new(big.Int).Set(w.bond)}
	if w.t > 1 {
		o.PrevProof = s.trace.proof(w.t - 2)
	}
	o.CurProof = s.trace.proof(w.t - 1)
	return o
}

// wrong reports whether the solver's step t is wrong: h_t is not what the step makes of h_{t-1}.
func (w *world) wrong(s *solver) bool { return s.ht != w.trueHt() }

// judge is the fake Judge: it knows the program and recomputes the element from the solver's
// committed op outputs (what a witness with proofs against the solver's op trace would show).
// For a segment check (Partial) it folds the segment's terms, computed from the solver's
// committed inputs, into the agreed start, as a FormPartial witness would make the real Judge
// do. The witness "ok" is well formed; anything else is malformed.
func (w *world) judge(s *solver) Judge {
	return JudgeFunc(func(c ElementClaim, witness []byte) (bool, error) {
		if string(witness) != "ok" {
			return false, errors.New("malformed witness")
		}
		if c.Op < 0 || c.Op >= len(w.ops) || w.ops[c.Op].kind != OpCompute {
			return false, fmt.Errorf("op %d is not a computed op", c.Op)
		}
		if c.Element < 0 || c.Element >= numel(w.ops[c.Op].shape) {
			return false, fmt.Errorf("element %d out of range", c.Element)
		}
		if c.OutputRoot != s.tensors[c.Op].root() || c.OpTraceRoot != s.opRoot {
			return false, errors.New("claim is not about the solver's commitment")
		}
		if !c.Partial {
			if c.Segment != 0 || c.Start != 0 {
				return false, fmt.Errorf("element claim with segment %d start %#x", c.Segment, c.Start)
			}
			return w.elem(c.Op, c.Element, s.outs) == c.Claimed, nil
		}
		op := &w.ops[c.Op]
		if op.segs < 2 || c.Segment < 0 || c.Segment >= op.segs {
			return false, fmt.Errorf("segment %d of op %d with %d segments", c.Segment, c.Op, op.segs)
		}
		from, to := op.segTerms(c.Segment)
		return fold(c.Start, w.termsOf(c.Op, c.Element, s.outs)[from:to]) == c.Claimed, nil
	})
}

// partial returns the solver's partial sum at boundary b of element e of long reduction k (at
// b = segs, its committed element); ok is false when it does not answer.
func (s *solver) partial(w *world, k, e, b int) (uint32, bool) {
	if s.silentPartial || k < 0 || k >= len(w.ops) || w.ops[k].segs < 2 || e < 0 || e >= len(s.outs[k]) || b < 0 || b > w.ops[k].segs {
		return 0, false
	}
	op := &w.ops[k]
	if b == op.segs {
		return s.outs[k][e], true
	}
	if s.partialRand != nil && s.partialRand.IntN(2) == 0 {
		return s.partialRand.Uint32(), true
	}
	ts, ok := s.lies[[2]int{k, e}]
	if !ok {
		ts = w.termsOf(k, e, s.outs)
	}
	return fold(0, ts[:min(b*op.per, op.terms)]), true
}

// truePartial is the true partial sum at boundary b of element e of long reduction k.
func (w *world) truePartial(k, e, b int) uint32 { return w.partialOf(k, e, b, w.outs) }

// tree returns the solver's tree for a bisection.
func (s *solver) tree(st *State) *mtree {
	switch st.Tree {
	case TreeOps:
		return s.opTree
	case TreeOut:
		return s.postTree
	case TreeTensor:
		return s.tensors[st.Op]
	}
	return nil
}

// move returns the solver's next move from its commitment; ok is false when it stays silent
// (it has stopped, or it cannot answer).
func (s *solver) move(w *world, g *Game) (Move, bool) {
	if s.silentAfter >= 0 && s.moves >= s.silentAfter {
		return nil, false
	}
	st := g.State()
	switch st.Phase {
	case PhasePostOpTrace:
		return PostOpTrace{Root: s.opRoot}, true
	case PhaseReveal:
		t := s.tree(&st)
		if t == nil || t.node(st.Height, st.Index) != st.Node {
			return nil, false // nothing it committed to hashes to this node
		}
		c := t.children(st.Height, st.Index)
		return Reveal{Left: c[0], Right: c[1]}, true
	case PhaseRevealLeaf:
		switch st.Tree {
		case TreeOps:
			if s.opTree == nil {
				return nil, false
			}
			r := s.tensors[st.Index].root()
			return RevealLeaf{Data: r[:]}, true
		case TreeOut:
			if s.postRoots == nil {
				return nil, false
			}
			r := s.postRoots[st.Index]
			return RevealLeaf{Data: r[:]}, true
		default:
			return RevealLeaf{Data: chunkBytes(w.ops[st.Op].shape, s.outs[st.Op], st.Index)}, true
		}
	case PhaseRevealPartial:
		v, ok := s.partial(w, st.Op, st.Element, st.Mid())
		if !ok {
			return nil, false
		}
		return RevealPartial{Value: v}, true
	case PhaseProveTie:
		root, idx, _, _ := g.TieTarget()
		switch root {
		case w.prevHash():
			return ProveTie{Proof: w.preTree.proof(idx)}, true
		case s.opRoot:
			if s.opTree == nil {
				return nil, false
			}
			return ProveTie{Proof: s.opTree.proof(idx)}, true
		}
		return nil, false
	}
	return nil, false
}

// noisy returns a corrupted version of a solver move (which the game must reject).
func noisy(m Move, r *rand.Rand) Move {
	switch m := m.(type) {
	case Reveal:
		m.Left[r.IntN(32)] ^= 1 << r.IntN(8)
		return m
	case RevealLeaf:
		d := append([]byte(nil), m.Data...)
		if len(d) == 0 || r.IntN(2) == 0 {
			return RevealLeaf{Data: append(d, 0)}
		}
		d[r.IntN(len(d))] ^= 1 << r.IntN(8)
		return RevealLeaf{Data: d}
	case ProveTie:
		p := append([]commit.Hash(nil), m.Proof...)
		if len(p) == 0 {
			return ProveTie{Proof: []commit.Hash{{1}}}
		}
		p[r.IntN(len(p))][r.IntN(32)] ^= 1 << r.IntN(8)
		return ProveTie{Proof: p}
	}
	return nil
}

// A challenger disputes step t.
type challenger struct {
	kind        string
	honest      bool
	random      bool
	silentAfter int
	moves       int

	whole        bool // checks a long reduction's element whole instead of splitting it
	splitRandom  bool // picks a random side at every partial sum
	stallPartial bool // never sends the segment check
}

// challengerKinds are the challenger strategies of the simulator. All but whole split the
// element of a long reduction they name and bisect its partial sums.
var challengerKinds = []string{
	"honest",    // opens only a wrong step; picks the leftmost child that differs from the truth
	"frivolous", // opens any step; plays the honest comparison (left when nothing differs)
	"random",    // opens any step; random picks and offsets, sometimes malformed witnesses
	"staller",   // opens any step; plays the honest comparison, then stops answering
	// About the partial-sum bisection:
	"whole",           // honest, but checks a long reduction's element whole (no split)
	"split-random",    // opens any step; the honest comparison, then random partial-sum picks
	"partial-staller", // opens any step; the honest comparison, silent at the segment check
}

func newChallenger(kind string, r *rand.Rand) *challenger {
	c := &challenger{kind: kind, silentAfter: -1}
	switch kind {
	case "honest":
		c.honest = true
	case "frivolous":
	case "random":
		c.random = true
	case "staller":
		c.silentAfter = r.IntN(5)
	case "whole":
		c.honest, c.whole = true, true
	case "split-random":
		c.splitRandom = true
	case "partial-staller":
		c.stallPartial = true
	default:
		panic("unknown challenger kind " + kind)
	}
	return c
}

// opens reports whether the challenger opens a game against s.
func (c *challenger) opens(w *world, s *solver) bool { return !c.honest || w.wrong(s) }

// move returns the challenger's next move; ok is false when it stays silent.
func (c *challenger) move(w *world, g *Game, r *rand.Rand) (Move, bool) {
	if c.silentAfter >= 0 && c.moves >= c.silentAfter {
		return nil, false
	}
	st := g.State()
	switch st.Phase {
	case PhaseChoose:
		if c.random {
			return Pick{Side: Side(r.IntN(2))}, true
		}
		if st.OpTraceRoot != w.opTree.root() {
			return Pick{Side: Left}, true
		}
		return Pick{Side: Right}, true
	case PhasePick:
		if st.Tree == TreePartial {
			if c.random || c.splitRandom {
				return Pick{Side: Side(r.IntN(2))}, true
			}
			// Left disputes the first half: the solver's partial sum differs from the truth.
			if st.SumMid != w.truePartial(st.Op, st.Element, st.Mid()) {
				return Pick{Side: Left}, true
			}
			return Pick{Side: Right}, true
		}
		if c.random {
			return Pick{Side: Side(r.IntN(2))}, true
		}
		var t *mtree
		switch st.Tree {
		case TreeOps:
			t = w.opTree
		case TreeOut:
			t = w.postTree
		default:
			t = w.tensors[st.Op]
		}
		own := t.children(st.Height, st.Index)
		if st.Left != own[0] {
			return Pick{Side: Left}, true
		}
		if st.Right != own[1] {
			return Pick{Side: Right}, true
		}
		// Nothing differs (a frivolous dispute): pick a child that is not padding.
		if uint64(2*st.Index+1)<<uint(st.Height-1) < uint64(st.Leaves) && r.IntN(2) == 0 {
			return Pick{Side: Right}, true
		}
		return Pick{Side: Left}, true
	case PhaseCheckElement:
		n := len(st.Chunk) / 4
		long := w.ops[st.Op].segs >= 2
		if c.random {
			if long && r.IntN(2) == 0 {
				return Split{Offset: r.IntN(n+1) - r.IntN(2)}, true
			}
			w := []byte("ok")
			if r.IntN(10) == 0 {
				w = []byte("bad")
			}
			return CheckElement{Offset: r.IntN(n+1) - r.IntN(2), Witness: w}, true
		}
		name := func(i int) Move {
			if long && !c.whole {
				return Split{Offset: i}
			}
			return CheckElement{Offset: i, Witness: []byte("ok")}
		}
		own := chunkBytes(w.ops[st.Op].shape, w.outs[st.Op], st.Index)
		for i := 0; i < n; i++ {
			if binary.LittleEndian.Uint32(st.Chunk[4*i:]) != binary.LittleEndian.Uint32(own[4*i:]) {
				return name(i), true
			}
		}
		if n == 0 {
			return nil, false // nothing to name
		}
		return name(r.IntN(n)), true
	case PhaseCheckPartial:
		if c.stallPartial {
			return nil, false
		}
		w := []byte("ok")
		if c.random && r.IntN(10) == 0 {
			w = []byte("bad")
		}
		return CheckPartial{Witness: w}, true
	}
	return nil, false
}
