package game

import (
	"bytes"
	"encoding/binary"
	"fmt"

	"veritrain/internal/commit"
)

// View is what one party computed (or, for a cheating solver, claims) about the disputed step:
// the output root of every op of its op trace, the state tensor roots before and after the step,
// and the bytes of any chunk of any op's output. A party plays the game from its View alone.
type View struct {
	OpRoots []commit.Hash             // R_k, in program order
	Prev    []commit.Hash             // slot roots under h_{t-1}
	Post    []commit.Hash             // slot roots under h_t (a solver: the ones it committed)
	Chunk   func(op, leaf int) []byte // leaf bytes of op's output tensor (commitments.md section 4)
	// Partial returns the partial sum (float32 bits) at segment boundary b of element e of a
	// long reduction op (the fold of its first b segments' terms; boundary Segments is the
	// element itself), or false if the party cannot tell.
	Partial func(op, e, b int) (uint32, bool)
	tensors map[int]*commit.Tree // built on demand
	trees   [3]*commit.Tree      // ops, out, prev
}

func (v *View) init() {
	if v.trees[0] != nil {
		return
	}
	leafs := func(roots []commit.Hash) *commit.Tree {
		l := make([]commit.Hash, len(roots))
		for i, r := range roots {
			l[i] = commit.StateLeaf(r)
		}
		return commit.NewTree(l)
	}
	v.trees = [3]*commit.Tree{leafs(v.OpRoots), leafs(v.Post), leafs(v.Prev)}
	v.tensors = map[int]*commit.Tree{}
}

// OpTraceRoot is the root of v's op trace.
func (v *View) OpTraceRoot() commit.Hash { v.init(); return v.trees[0].Root() }

// tree returns v's tree t (of op op, for TreeTensor).
func (v *View) tree(p *Params, t Tree, op int) (*commit.Tree, error) {
	v.init()
	switch t {
	case TreeOps:
		return v.trees[0], nil
	case TreeOut:
		return v.trees[1], nil
	case TreeTensor:
		if tr, ok := v.tensors[op]; ok {
			return tr, nil
		}
		if op < 0 || op >= len(p.Ops) {
			return nil, fmt.Errorf("game: no op %d", op)
		}
		l, err := commit.LayoutOf(p.Ops[op].Shape)
		if err != nil {
			return nil, err
		}
		leaves := make([]commit.Hash, l.Leaves)
		for i := range leaves {
			b := v.Chunk(op, i)
			if b == nil {
				return nil, fmt.Errorf("game: chunk %d of op %d unknown", i, op)
			}
			leaves[i] = commit.LeafHash(b)
		}
		tr := commit.NewTree(leaves)
		v.tensors[op] = tr
		return tr, nil
	}
	return nil, fmt.Errorf("game: unknown tree %v", t)
}

// Player decides one party's next move from the public state of a game (decide); a driver sends
// it (act). ok is false when the party has nothing to send: it is not its turn, or (for a
// solver whose View does not fit what it committed) it has no valid move left, in which case it
// will lose by timeout, like a solver that went silent.
type Player interface {
	Next(p *Params, s State) (m Move, ok bool)
}

// SolverPlayer answers a dispute from its View: honestly, if the View is its true computation.
type SolverPlayer struct {
	View *View
}

// Next implements Player.
func (sp *SolverPlayer) Next(p *Params, s State) (Move, bool) {
	v := sp.View
	if s.ToMove != Solver {
		return nil, false
	}
	switch s.Phase {
	case PhasePostOpTrace:
		return PostOpTrace{Root: v.OpTraceRoot()}, true
	case PhaseReveal:
		tr, err := v.tree(p, s.Tree, s.Op)
		if err != nil || tr.Depth() < s.Height || tr.Node(s.Height, s.Index) != s.Node {
			return nil, false
		}
		return Reveal{Left: tr.Node(s.Height-1, 2*s.Index), Right: tr.Node(s.Height-1, 2*s.Index+1)}, true
	case PhaseRevealLeaf:
		var data []byte
		switch s.Tree {
		case TreeOps:
			data = v.OpRoots[s.Index][:]
		case TreeOut:
			data = v.Post[s.Index][:]
		case TreeTensor:
			data = v.Chunk(s.Op, s.Index)
		}
		if data == nil || commit.LeafHash(data) != s.Node {
			return nil, false
		}
		return RevealLeaf{Data: bytes.Clone(data)}, true
	case PhaseProveTie:
		v.init()
		var proof []commit.Hash
		switch {
		case s.Tree == TreeOps: // a state read of slot Ops[op].Slot: the slot under h_{t-1}
			proof = v.trees[2].Proof(p.Ops[s.Op].Slot)
		case s.Tree == TreeOut && p.Updates[s.Slot] != Carried:
			proof = v.trees[0].Proof(p.Updates[s.Slot])
		default: // a carried slot: unchanged from h_{t-1}
			proof = v.trees[2].Proof(s.Slot)
		}
		return ProveTie{Proof: proof}, true
	case PhaseRevealPartial:
		if v.Partial == nil {
			return nil, false
		}
		x, ok := v.Partial(s.Op, s.Element, s.Mid())
		if !ok {
			return nil, false
		}
		return RevealPartial{Value: x}, true
	}
	return nil, false
}

// NodeKey names a node of one of a game's trees: the op trace (Op = -1), the post-state (Op = -2)
// or op Op's output tensor, at Height above the leaves and position Index on its level.
type NodeKey struct {
	Op, Height, Index int
}

// Transcript holds every node the solver revealed during a game, so that the challenger can
// build Merkle proofs in the solver's trees: a node it did not see lies in a subtree where the
// solver agrees with the challenger (the bisection always follows a disputed child).
type Transcript map[NodeKey]commit.Hash

// WitnessFunc builds the Judge's witness for element element of the game's disputed op, from
// the game state in PhaseCheckElement (the op s.Op, its output root s.LeafRoot, the revealed
// chunk s.Chunk at leaf s.Index) or, for a segment check, in PhaseCheckPartial (segment
// s.SegLo of element s.Element), and the solver's node of any tree (from the transcript, or the
// challenger's own where the solver agrees). Merkle-tree nodes of the op trace are leaf hashes
// (commit.StateLeaf of the roots) at height 0.
type WitnessFunc func(s State, element int, solverNode func(k NodeKey) commit.Hash) ([]byte, error)

// ChallengerPlayer disputes a step from its own View (its honest computation): at each fork it
// follows the first child where the solver differs from it, so every node left of the path is
// agreed, and at the chunk it checks the first element whose bits differ. For a long reduction
// it splits that element and, at each partial sum the solver reveals, disputes the first half if
// the value differs from its own, else the second, down to one segment.
type ChallengerPlayer struct {
	View    *View
	Witness WitnessFunc
	seen    Transcript
}

func treeKey(t Tree, op int) int {
	switch t {
	case TreeOps:
		return -1
	case TreeOut:
		return -2
	}
	return op
}

// Next implements Player.
func (c *ChallengerPlayer) Next(p *Params, s State) (Move, bool) {
	v := c.View
	if s.ToMove != Challenger {
		return nil, false
	}
	if c.seen == nil {
		c.seen = Transcript{}
	}
	switch s.Phase {
	case PhaseChoose:
		c.seen[NodeKey{-1, commit.Depth(len(p.Ops)), 0}] = s.Left
		c.seen[NodeKey{-2, commit.Depth(p.StateSlots), 0}] = s.Right
		if v.OpTraceRoot() != s.Left {
			return Pick{Side: Left}, true
		}
		return Pick{Side: Right}, true
	case PhasePick:
		if s.Tree == TreePartial {
			own, ok := c.partial(s.Op, s.Element, s.Mid())
			if !ok {
				return nil, false
			}
			if own != s.SumMid {
				return Pick{Side: Left}, true
			}
			return Pick{Side: Right}, true
		}
		tr, err := v.tree(p, s.Tree, s.Op)
		if err != nil {
			return nil, false
		}
		key := treeKey(s.Tree, s.Op)
		c.seen[NodeKey{key, s.Height - 1, 2 * s.Index}] = s.Left
		c.seen[NodeKey{key, s.Height - 1, 2*s.Index + 1}] = s.Right
		if s.Left != tr.Node(s.Height-1, 2*s.Index) {
			return Pick{Side: Left}, true
		}
		return Pick{Side: Right}, true
	case PhaseCheckElement:
		own := v.Chunk(s.Op, s.Index)
		if len(own) != len(s.Chunk) {
			return nil, false
		}
		c.seen[NodeKey{s.Op, 0, s.Index}] = commit.LeafHash(s.Chunk)
		for off := 0; off+4 <= len(own); off += 4 {
			if binary.LittleEndian.Uint32(own[off:]) == binary.LittleEndian.Uint32(s.Chunk[off:]) {
				continue
			}
			l, err := commit.LayoutOf(p.Ops[s.Op].Shape)
			if err != nil {
				return nil, false
			}
			start, _ := l.ChunkRange(s.Index/l.ChunksPerRow, s.Index%l.ChunksPerRow)
			if p.Ops[s.Op].Segments >= 2 { // split if it can tell partial sums, else check whole
				if _, ok := c.partial(s.Op, start+off/4, 1); ok {
					return Split{Offset: off / 4}, true
				}
			}
			w, err := c.Witness(s, start+off/4, c.solverNode(p))
			if err != nil {
				return nil, false
			}
			return CheckElement{Offset: off / 4, Witness: w}, true
		}
	case PhaseCheckPartial:
		w, err := c.Witness(s, s.Element, c.solverNode(p))
		if err != nil {
			return nil, false
		}
		return CheckPartial{Witness: w}, true
	}
	return nil, false
}

func (c *ChallengerPlayer) partial(op, e, b int) (uint32, bool) {
	if c.View.Partial == nil {
		return 0, false
	}
	return c.View.Partial(op, e, b)
}

// solverNode returns the solver's hash of a node: revealed, or (in an agreed subtree) the
// challenger's own.
func (c *ChallengerPlayer) solverNode(p *Params) func(k NodeKey) commit.Hash {
	return func(k NodeKey) commit.Hash {
		if h, ok := c.seen[k]; ok {
			return h
		}
		var t Tree
		switch k.Op {
		case -1:
			t = TreeOps
		case -2:
			t = TreeOut
		default:
			t = TreeTensor
		}
		tr, err := c.View.tree(p, t, k.Op)
		if err != nil || k.Height > tr.Depth() || k.Index < 0 || k.Index >= 1<<uint(tr.Depth()-k.Height) {
			return commit.Hash{}
		}
		return tr.Node(k.Height, k.Index)
	}
}

// ProofFrom returns the Merkle proof of leaf index in a tree of leaves leaves, reading each
// sibling with node (height, position).
func ProofFrom(index, leaves int, node func(height, i int) commit.Hash) []commit.Hash {
	d := commit.Depth(leaves)
	p := make([]commit.Hash, d)
	for k := range p {
		p[k] = node(k, (index>>uint(k))^1)
	}
	return p
}
