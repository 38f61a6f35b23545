// Package dispute joins the dispute game (internal/game) to the proofs (internal/proof): the
// game's Params from a job's listing and commitments, the Judge that adjudicates an element
// claim with the pure-Go adjudicator, Views of a step from an op trace, the challenger's witness
// builder (Merkle proofs in the solver's trees from what the solver revealed), and Play, which
// runs a game between two Players on a logical clock. It is pure: drivers (the node, the chain)
// carry the moves.
package dispute

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"

	"veritrain/internal/autograd"
	"veritrain/internal/commit"
	"veritrain/internal/game"
	"veritrain/internal/proof"
	"veritrain/internal/roundgame"
	"veritrain/internal/tensor"
)

// Job is what the chain knows about a job and a solver's commitment: enough to set up a game
// and to judge it.
type Job struct {
	Ops       []autograd.OpDesc // the step program's listing (its graph root is committed)
	GraphRoot commit.Hash
	NumStates int
	DataRoot  commit.Hash
	DataSize  int
	Batch     int
	InputLens []int
	Sampler   proof.SampleIndexer

	TraceRoot commit.Hash   // the solver's trace root over h_1..h_T
	Steps     int           // T
	Initial   commit.Hash   // h_0
	Hashes    []commit.Hash // h_1..h_T as the solver published them (to build open proofs)

	// A round of a job trained in rounds (game.Params.Inner): Inner > 0 steps after First;
	// Initial is then the shard's state at the start of the round, Hashes the round's step
	// hashes h_{First+1}..h_{First+Inner}, Global the global state the round started from, and
	// TraceRoot the root over Initial, Hashes and Global (RoundLeaves).
	// Sampler must then be the shard's (ShardSampler).
	Inner, First int
	Global       commit.Hash
}

// ShardSampler is the sampler of shard Shard of Shards: its step t reads batch t·Shards+Shard
// of the job's sampler (train.Trainer's batch index; the dispute game maps the Judge's step the
// same way).
type ShardSampler struct {
	proof.SampleIndexer
	Shard, Shards int
}

// Index names the sample that row row of the shard's batch holds in the step after step.
func (s ShardSampler) Index(step, row int) int {
	return s.SampleIndexer.Index(step*s.Shards+s.Shard, row)
}

// leaves returns the leaves of the trace root: h_1..h_T, or for a round its start and then its
// step hashes.
func (j *Job) leaves() []commit.Hash {
	if j.Inner == 0 {
		return j.Hashes
	}
	return roundgame.Leaves(j.Initial, j.Hashes, j.Global)
}

// Params returns the game parameters for a dispute of job j.
func (j *Job) Params(moveTimeout uint64, bond, stake *big.Int) game.Params {
	p := game.Params{TraceRoot: j.TraceRoot, Steps: j.Steps, InitialState: j.Initial, Inner: j.Inner, First: j.First, StateSlots: j.NumStates,
		MoveTimeout: moveTimeout, Bond: bond, Stake: stake, StakeRewardBPS: game.DefaultRewardBPS, BondRewardBPS: game.DefaultRewardBPS}
	p.Updates = Updates(j.Ops, j.NumStates)
	for _, d := range j.Ops {
		op := game.Op{Kind: game.OpCompute, Shape: d.Shape, Segments: j.segments(&d)}
		if d.Op == tensor.OpState {
			op = game.Op{Kind: game.OpStateRead, Slot: d.Slot, Shape: d.Shape}
		}
		p.Ops = append(p.Ops, op)
	}
	return p
}

// Updates returns, for each of the numStates state slots, the op of the listing whose output
// becomes the slot after a step (a state op's Next), or game.Carried. A state op naming a slot
// outside [0, numStates) updates nothing (game.Params.Validate rejects its read).
func Updates(ops []autograd.OpDesc, numStates int) []int {
	u := make([]int, numStates)
	for i := range u {
		u[i] = game.Carried
	}
	for _, d := range ops {
		if d.Op == tensor.OpState && d.Next >= 0 && d.Slot >= 0 && d.Slot < numStates {
			u[d.Slot] = d.Next
		}
	}
	return u
}

// segments returns proof.Segments of op d's reduction length (0 for an op that is not a long
// sum or matmul_abt, or whose inputs are not in the listing).
func (j *Job) segments(d *autograd.OpDesc) int {
	if !proof.Reducible(d.Op) {
		return 0
	}
	in := make([][]int, len(d.In))
	for i, x := range d.In {
		if x < 0 || x >= len(j.Ops) {
			return 0
		}
		in[i] = j.Ops[x].Shape
	}
	return proof.Segments(tensor.ReductionLen(d.Op, d.Shape, in))
}

// Open returns the challenger's open of step t (1 ≤ t ≤ Steps; for a round, one of its steps)
// with its proofs.
func (j *Job) Open(t int, bond *big.Int) (game.Open, error) {
	if j.Inner > 0 {
		k := t - j.First
		if k < 1 || k > j.Inner || len(j.Hashes) != j.Inner {
			return game.Open{}, fmt.Errorf("dispute: cannot open step %d of the round of steps %d..%d (%d hashes)", t, j.First+1, j.First+j.Inner, len(j.Hashes))
		}
		l := j.leaves()
		o := game.Open{Step: t, Prev: l[k-1], Cur: l[k], Bond: bond}
		var err error
		if o.PrevProof, err = commit.TraceProof(l, k); err != nil {
			return o, err
		}
		o.CurProof, err = commit.TraceProof(l, k+1)
		return o, err
	}
	if t < 1 || t > j.Steps || len(j.Hashes) != j.Steps {
		return game.Open{}, fmt.Errorf("dispute: cannot open step %d of %d (%d hashes)", t, j.Steps, len(j.Hashes))
	}
	o := game.Open{Step: t, Cur: j.Hashes[t-1], Bond: bond}
	var err error
	if o.CurProof, err = commit.TraceProof(j.Hashes, t); err != nil {
		return o, err
	}
	if t == 1 {
		o.Prev = j.Initial
	} else {
		o.Prev = j.Hashes[t-2]
		if o.PrevProof, err = commit.TraceProof(j.Hashes, t-1); err != nil {
			return o, err
		}
	}
	return o, nil
}

// agreed returns the adjudicator's inputs for a claim.
func (j *Job) agreed(c game.ElementClaim) *proof.Agreed {
	return &proof.Agreed{GraphRoot: j.GraphRoot, NumOps: len(j.Ops), Step: c.Step, TraceRoot: c.OpTraceRoot,
		Prev: c.Prev, Post: c.Cur, NumStates: j.NumStates, DataRoot: j.DataRoot, DataSize: j.DataSize,
		Batch: j.Batch, InputLens: j.InputLens, Sampler: j.Sampler, Op: c.Op, Element: c.Element}
}

// Judge returns the game's Judge for job j: it decodes the witness, requires that it claims the
// value the game took from the solver's revealed chunk, and adjudicates it. A segment check of
// the partial-sum bisection takes a FormPartial witness, judged from the game's agreed start and
// the solver's end partial sum.
func (j *Job) Judge() game.Judge {
	return game.JudgeFunc(func(c game.ElementClaim, b []byte) (bool, error) {
		w, err := proof.Decode(b)
		if err != nil {
			return false, err
		}
		if c.Partial {
			if w.Form != proof.FormPartial {
				return false, errors.New("dispute: a segment check needs a partial witness")
			}
			a := j.agreed(c)
			a.Segment, a.Start, a.Claimed = c.Segment, c.Start, c.Claimed
			v, err := proof.Adjudicate(a, w)
			if err != nil {
				return false, err
			}
			return v == proof.SolverRight, nil
		}
		if w.Form != proof.FormElement || w.Output.Root != c.OutputRoot {
			return false, errors.New("dispute: the witness is not about the solver's output of the disputed op")
		}
		l, err := commit.LayoutOf(j.Ops[c.Op].Shape)
		if err != nil {
			return false, err
		}
		row, chunk, off := l.Locate(c.Element)
		if w.Claim.Index != row*l.ChunksPerRow+chunk || 4*off+4 > len(w.Claim.Bytes) ||
			binary.LittleEndian.Uint32(w.Claim.Bytes[4*off:]) != c.Claimed {
			return false, errors.New("dispute: the witness claims another value than the solver revealed")
		}
		v, err := proof.Adjudicate(j.agreed(c), w)
		if err != nil {
			return false, err
		}
		return v == proof.SolverRight, nil
	})
}

// Trace is one party's record of a step: the listing's values during the step, their roots,
// and the state roots before and after. Ops (the listing) lets its View answer partial sums of
// long reductions.
type Trace struct {
	Ops    []autograd.OpDesc
	Values []*tensor.Tensor
	Roots  []commit.Hash
	Prev   []commit.Hash
	Post   []commit.Hash
}

// View returns the game View of a trace.
func (tr *Trace) View() *game.View {
	chunks := map[int]*commit.TensorLayout{}
	v := &game.View{OpRoots: tr.Roots, Prev: tr.Prev, Post: tr.Post}
	if tr.Ops != nil {
		v.Partial = func(op, e, b int) (uint32, bool) {
			if op < 0 || op >= len(tr.Ops) || len(tr.Ops) != len(tr.Values) {
				return 0, false
			}
			x, err := proof.BoundaryPartial(&tr.Ops[op], tr.Values, e, b)
			return x, err == nil
		}
	}
	v.Chunk = func(op, leaf int) []byte {
		if op < 0 || op >= len(tr.Values) {
			return nil
		}
		l, ok := chunks[op]
		if !ok {
			lay, err := commit.LayoutOf(tr.Values[op].Shape)
			if err != nil {
				return nil
			}
			l = &lay
			chunks[op] = l
		}
		if leaf < 0 || leaf >= l.Leaves {
			return nil
		}
		t := tr.Values[op]
		s, e := l.ChunkRange(leaf/l.ChunksPerRow, leaf%l.ChunksPerRow)
		return commit.AppendChunk(nil, t.Data[s:e])
	}
	return v
}

// WitnessBuilder returns the challenger's game.WitnessFunc for step step: it builds the element
// witness (or, in PhaseCheckPartial, the segment witness) from its own trace (operand values and their proofs in its own tensors), then takes
// every proof in the solver's trees (the op trace, the disputed output tensor) from what the
// solver revealed. sample returns dataset sample i and its proof against the data root.
func (j *Job) WitnessBuilder(own *Trace, step int, sample func(i int) ([]byte, []commit.Hash, error)) game.WitnessFunc {
	local := &proof.Local{Ops: j.Ops, Values: own.Values, Roots: own.Roots, Prev: own.Prev, Sample: sample}
	claimed := proof.Reveal(own.Values, own.Roots, own.Post)
	return func(s game.State, e int, solverNode func(game.NodeKey) commit.Hash) ([]byte, error) {
		k, leaf, n := s.Op, s.Index, len(j.Ops)
		lay, err := commit.LayoutOf(j.Ops[k].Shape)
		if err != nil {
			return nil, err
		}
		a := j.agreed(game.ElementClaim{Step: step, Op: k, Element: e, OpTraceRoot: commit.StateRoot(own.Roots)})
		// Every proof into the solver's trees: the challenger's own trace agrees with the
		// solver's left of the bisection path, and the path's siblings were revealed.
		opsNode := func(h, i int) commit.Hash { return solverNode(game.NodeKey{Op: -1, Height: h, Index: i}) }
		if s.Phase == game.PhaseCheckPartial {
			w, err := proof.BuildPartial(a, local, claimed, k, e, s.SegLo)
			if err != nil {
				return nil, err
			}
			for i := range w.Operands {
				w.Operands[i].Root.Proof = game.ProofFrom(w.Operands[i].Op.Index, n, opsNode)
			}
			return w.Encode(), nil
		}
		w, err := proof.BuildElement(a, local, claimed, k, e)
		if err != nil {
			return nil, err
		}
		w.Output = proof.RootRef{Root: s.LeafRoot, Proof: game.ProofFrom(k, n, opsNode)}
		for i := range w.Operands {
			w.Operands[i].Root.Proof = game.ProofFrom(w.Operands[i].Op.Index, n, opsNode)
		}
		w.Claim = proof.Leaf{Index: leaf, Bytes: s.Chunk, Proof: game.ProofFrom(leaf, lay.Leaves, func(h, i int) commit.Hash {
			return solverNode(game.NodeKey{Op: k, Height: h, Index: i})
		})}
		return w.Encode(), nil
	}
}

// Outcome is how a game played by Play ended.
type Outcome struct {
	Winner   game.Party
	Reason   game.Reason
	Moves    int           // accepted events, the open and a final timeout included
	Rejected int           // moves a player sent that the game rejected (they change nothing)
	Actions  []game.Action // every action the game produced, in order
}

// Play runs a game from the challenger's open to its end: at each turn the party to move asks
// its Player for a move and sends it one second later; a party with no move (or whose move is
// rejected) stays silent, and a Timeout is sent at its deadline.
func Play(p game.Params, judge game.Judge, open game.Open, solver, challenger game.Player, start uint64) (Outcome, error) {
	var out Outcome
	g, acts, err := game.New(p, judge, game.Event{Time: start, From: game.Challenger, Move: open})
	if err != nil {
		return out, err
	}
	out.Actions = append(out.Actions, acts...)
	now := start
	limit := 2*game.MaxMoves(&p) + 4
	for i := 0; !g.Over(); i++ {
		if i > limit {
			return out, fmt.Errorf("dispute: game did not end within %d turns", limit)
		}
		s := g.State()
		pl := solver
		if s.ToMove == game.Challenger {
			pl = challenger
		}
		sent := false
		if m, ok := pl.Next(&p, s); ok {
			now++
			acts, err := g.Step(game.Event{Time: now, From: s.ToMove, Move: m})
			if err == nil {
				out.Actions = append(out.Actions, acts...)
				sent = true
			} else {
				out.Rejected++
			}
		}
		if !sent {
			now = max(now, s.Deadline)
			acts, err := g.Step(game.Event{Time: now, From: game.Nobody, Move: game.Timeout{}})
			if err != nil {
				return out, fmt.Errorf("dispute: timeout at %d: %w", now, err)
			}
			out.Actions = append(out.Actions, acts...)
		}
	}
	s := g.State()
	out.Winner, out.Reason, out.Moves = s.Winner, s.Reason, s.Moves
	return out, nil
}

// JudgeContext returns the bytes the on-chain Judge registers for a job (docs/witness.md section
// 9): the job constants an element claim does not carry, u8 version 1 ‖ u64 dataSize ‖ u64 batch
// ‖ u64 seed ‖ u8 n ‖ n × u32 inputLen (big-endian). The claim's context is their keccak256.
func JudgeContext(dataSize, batch int, seed uint64, inputLens []int) ([]byte, error) {
	if dataSize < 1 || batch < 1 || len(inputLens) < 1 || len(inputLens) > 255 {
		return nil, fmt.Errorf("dispute: judge context: data size %d, batch %d, %d inputs", dataSize, batch, len(inputLens))
	}
	b := []byte{1}
	b = binary.BigEndian.AppendUint64(b, uint64(dataSize))
	b = binary.BigEndian.AppendUint64(b, uint64(batch))
	b = binary.BigEndian.AppendUint64(b, seed)
	b = append(b, byte(len(inputLens)))
	for _, l := range inputLens {
		if l < 1 || uint64(l) > 0xffffffff {
			return nil, fmt.Errorf("dispute: judge context: input length %d", l)
		}
		b = binary.BigEndian.AppendUint32(b, uint32(l))
	}
	return b, nil
}
