package game

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"math/big"

	"veritrain/internal/commit"
)

// Party is a role in the game.
type Party uint8

const (
	// Nobody is the zero Party: the sender of a Timeout (anyone may send one), the winner of a
	// game that is not over.
	Nobody Party = iota
	// Solver committed the trace and defends it.
	Solver
	// Challenger opened the game with a bond.
	Challenger
)

func (p Party) String() string {
	switch p {
	case Nobody:
		return "nobody"
	case Solver:
		return "solver"
	case Challenger:
		return "challenger"
	}
	return fmt.Sprintf("Party(%d)", uint8(p))
}

// other returns the opponent of Solver or Challenger.
func (p Party) other() Party {
	if p == Solver {
		return Challenger
	}
	return Solver
}

// Phase is what the game waits for.
type Phase uint8

const (
	// PhasePostOpTrace: the solver posts the op-trace root of the disputed step.
	PhasePostOpTrace Phase = iota + 1
	// PhaseChoose: the challenger picks Left (dispute the op trace) or Right (dispute h_t).
	PhaseChoose
	// PhaseReveal: the solver reveals the two children of the current node.
	PhaseReveal
	// PhasePick: the challenger picks the child it disputes.
	PhasePick
	// PhaseRevealLeaf: the solver reveals the bytes of the current leaf.
	PhaseRevealLeaf
	// PhaseProveTie: the solver proves that the revealed leaf fits the step's ends.
	PhaseProveTie
	// PhaseCheckElement: the challenger names an element of the revealed chunk for the Judge,
	// or splits a long reduction's element into segments (Split).
	PhaseCheckElement
	// PhaseRevealPartial: the solver reveals the partial sum at the middle segment boundary.
	PhaseRevealPartial
	// PhaseCheckPartial: the challenger gives the Judge a witness for the one disputed segment.
	PhaseCheckPartial
	// PhaseOver: the game has ended; it accepts nothing.
	PhaseOver
)

var phaseNames = [...]string{
	PhasePostOpTrace:   "post-op-trace",
	PhaseChoose:        "choose",
	PhaseReveal:        "reveal",
	PhasePick:          "pick",
	PhaseRevealLeaf:    "reveal-leaf",
	PhaseProveTie:      "prove-tie",
	PhaseCheckElement:  "check-element",
	PhaseRevealPartial: "reveal-partial",
	PhaseCheckPartial:  "check-partial",
	PhaseOver:          "over",
}

func (p Phase) String() string {
	if int(p) < len(phaseNames) && phaseNames[p] != "" {
		return phaseNames[p]
	}
	return fmt.Sprintf("Phase(%d)", uint8(p))
}

// mover returns the party that must move in phase p.
func (p Phase) mover() Party {
	switch p {
	case PhasePostOpTrace, PhaseReveal, PhaseRevealLeaf, PhaseProveTie, PhaseRevealPartial:
		return Solver
	case PhaseChoose, PhasePick, PhaseCheckElement, PhaseCheckPartial:
		return Challenger
	}
	return Nobody
}

// Tree names the Merkle tree being bisected.
type Tree uint8

const (
	// TreeNone: no bisection is under way (before the challenger chooses, after the game).
	TreeNone Tree = iota
	// TreeOps is the op trace: leaf k is LeafHash(R_k), R_k the output tensor root of op k.
	TreeOps
	// TreeOut is the post-state h_t: leaf j is commit.StateLeaf(S_j) of state tensor j.
	TreeOut
	// TreeTensor is the output tensor of op State.Op: leaves are row chunks (docs/commitments.md).
	TreeTensor
	// TreePartial is the partial-sum bisection of element State.Element of op State.Op: not a
	// Merkle tree but the sequence of partial sums at its segment boundaries (section 10).
	TreePartial
)

func (t Tree) String() string {
	switch t {
	case TreeNone:
		return "none"
	case TreeOps:
		return "ops"
	case TreeOut:
		return "out"
	case TreeTensor:
		return "tensor"
	case TreePartial:
		return "partial"
	}
	return fmt.Sprintf("Tree(%d)", uint8(t))
}

// Side is the child a Pick chooses.
type Side uint8

const (
	// Left is the left child; in PhaseChoose, the op trace.
	Left Side = iota
	// Right is the right child; in PhaseChoose, the post-state h_t.
	Right
)

func (s Side) String() string {
	switch s {
	case Left:
		return "left"
	case Right:
		return "right"
	}
	return fmt.Sprintf("Side(%d)", uint8(s))
}

// Reason says why a game ended.
type Reason uint8

const (
	// ReasonTimeout: the party to move missed its deadline.
	ReasonTimeout Reason = iota + 1
	// ReasonPadding: the challenger picked a child that lies entirely in Merkle padding, and the
	// solver had revealed a hash other than the zero subtree's for it.
	ReasonPadding
	// ReasonTieHolds: the solver proved that the disputed leaf fits the step's ends.
	ReasonTieHolds
	// ReasonElementWrong: the Judge found the solver's element wrong.
	ReasonElementWrong
	// ReasonElementRight: the Judge found the solver's element right.
	ReasonElementRight
)

var reasonNames = [...]string{
	ReasonTimeout:      "timeout",
	ReasonPadding:      "padding",
	ReasonTieHolds:     "tie-holds",
	ReasonElementWrong: "element-wrong",
	ReasonElementRight: "element-right",
}

func (r Reason) String() string {
	if int(r) < len(reasonNames) && reasonNames[r] != "" {
		return reasonNames[r]
	}
	return fmt.Sprintf("Reason(%d)", uint8(r))
}

// Event is one input to the game: a move by a party, or a Timeout, at a time the driver
// supplies (seconds; the block timestamp on chain). The driver authenticates From.
type Event struct {
	Time uint64
	From Party
	Move Move
}

// Move is one of Open, PostOpTrace, Pick, Reveal, RevealLeaf, ProveTie, CheckElement, Split,
// RevealPartial, CheckPartial, Timeout.
type Move interface {
	// Name is the move's name in the JSON encoding and in error messages.
	Name() string
}

// Open starts a game (New): the challenger disputes step Step (1 ≤ Step ≤ T), proving Prev =
// h_{Step-1} and Cur = h_Step against the trace root (leaf LeafHash(h_i) at index i-1 of a tree
// of T leaves). For Step = 1, Prev must be the initial state h_0 and PrevProof empty. Bond must
// equal Params.Bond.
type Open struct {
	Step      int
	Prev, Cur commit.Hash
	PrevProof []commit.Hash
	CurProof  []commit.Hash
	Bond      *big.Int
}

// PostOpTrace is the solver's op-trace root of the disputed step.
type PostOpTrace struct{ Root commit.Hash }

// Reveal gives the two children of the current node: NodeHash(Left, Right) must equal it.
type Reveal struct{ Left, Right commit.Hash }

// Pick chooses the child the challenger disputes (in PhaseChoose: Left = op trace, Right = h_t).
type Pick struct{ Side Side }

// RevealLeaf gives the bytes of the current leaf: LeafHash(Data) must equal it. Data is a 32-byte
// tensor root for a leaf of the op trace or of the post-state, and the chunk's float32 values,
// little-endian, for a leaf of a tensor (4 bytes per value the chunk holds).
type RevealLeaf struct{ Data []byte }

// ProveTie is a Merkle proof that the revealed root fits the step's ends (see PhaseProveTie).
type ProveTie struct{ Proof []commit.Hash }

// CheckElement names the element at Offset in the revealed chunk and gives the Judge a witness.
type CheckElement struct {
	Offset  int
	Witness []byte
}

// Split names the element at Offset in the revealed chunk, like CheckElement, but instead of
// a witness for the whole element it starts the partial-sum bisection over the element's
// segments (only for an op with Params.Ops[op].Segments ≥ 2: a long sum or matmul_abt).
type Split struct{ Offset int }

// RevealPartial is the solver's partial sum (float32 bits) at the middle segment boundary
// State.Mid() of the partial-sum bisection.
type RevealPartial struct{ Value uint32 }

// CheckPartial gives the Judge a witness for the one segment the bisection narrowed to.
type CheckPartial struct{ Witness []byte }

// Timeout ends the game against the party to move once its deadline has passed.
type Timeout struct{}

func (Open) Name() string          { return "open" }
func (PostOpTrace) Name() string   { return "post" }
func (Reveal) Name() string        { return "reveal" }
func (Pick) Name() string          { return "pick" }
func (RevealLeaf) Name() string    { return "reveal-leaf" }
func (ProveTie) Name() string      { return "prove" }
func (CheckElement) Name() string  { return "check" }
func (Split) Name() string         { return "split" }
func (RevealPartial) Name() string { return "partial" }
func (CheckPartial) Name() string  { return "check-partial" }
func (Timeout) Name() string       { return "timeout" }

// ElementClaim is what the Judge decides: is Claimed the right value of element Element (flat,
// row-major) of the output of op Op in step Step? The roots let the Judge verify a witness: the
// op's operands are leaves of the solver's op trace (OpTraceRoot) or tensors under Prev
// (h_{Step-1}); OutputRoot is the solver's output root of the op, itself leaf Op of the op trace.
type ElementClaim struct {
	Step        int
	Op          int
	Element     int
	Claimed     uint32 // float32 bits, from the solver's revealed chunk
	OutputRoot  commit.Hash
	OpTraceRoot commit.Hash
	Prev        commit.Hash // h_{Step-1}
	Cur         commit.Hash // h_Step as the solver committed it

	// Partial is set for a segment check of the partial-sum bisection (CheckPartial): the claim
	// is then that folding segment Segment of the element's terms into the agreed partial sum
	// Start (float32 bits) gives Claimed, the solver's partial sum at the segment's end.
	Partial bool
	Segment int
	Start   uint32
}

// Judge recomputes one element. It must be a pure, deterministic function of its arguments. It
// returns an error when the witness is malformed or its proofs do not verify (the move is then
// rejected); otherwise whether the solver's claimed value is right.
type Judge interface {
	CheckElement(c ElementClaim, witness []byte) (solverRight bool, err error)
}

// JudgeFunc adapts a function to Judge.
type JudgeFunc func(c ElementClaim, witness []byte) (bool, error)

// CheckElement calls f.
func (f JudgeFunc) CheckElement(c ElementClaim, witness []byte) (bool, error) { return f(c, witness) }

// Action is an output of the game for the driver (or contract) to carry out: EscrowBond, Await,
// RefundBond, SlashSolver, ForfeitBond, GameOver.
type Action interface{ isAction() }

// EscrowBond takes the challenger's bond into the game's escrow (at open).
type EscrowBond struct{ Amount *big.Int }

// Await says who must move next, in which phase, and the deadline: a move must come strictly
// before Deadline; from Deadline on, anyone may send Timeout.
type Await struct {
	Party    Party
	Phase    Phase
	Deadline uint64
}

// RefundBond returns the escrowed bond to the challenger (it won).
type RefundBond struct{ Amount *big.Int }

// SlashSolver takes Amount of the solver's stake: Reward to the challenger, Burn burned
// (Amount = Reward + Burn). For the market this is closeDispute(solverLost = true).
type SlashSolver struct{ Amount, Reward, Burn *big.Int }

// ForfeitBond takes the escrowed bond of a losing challenger: Reward to the solver, Burn burned
// (Amount = Reward + Burn). For the market this is closeDispute(solverLost = false).
type ForfeitBond struct{ Amount, Reward, Burn *big.Int }

// GameOver is the last action of every game.
type GameOver struct {
	Winner Party
	Reason Reason
}

func (EscrowBond) isAction()  {}
func (Await) isAction()       {}
func (RefundBond) isAction()  {}
func (SlashSolver) isAction() {}
func (ForfeitBond) isAction() {}
func (GameOver) isAction()    {}

// State is everything a game knows besides its Params. A field keeps the value the last move
// that concerns it gave it (Left and Right are cleared when a bisection descends; Op and Slot are
// -1 until a leaf names them).
type State struct {
	Phase    Phase
	ToMove   Party  // Nobody once over
	Deadline uint64 // moves must come before it; Timeout from it on (0 once over)
	LastTime uint64 // time of the last accepted event
	Moves    int    // accepted events, the open included

	Step        int         // t
	Prev, Cur   commit.Hash // h_{t-1}, h_t
	OpTraceRoot commit.Hash // zero until posted

	// The bisection: the node at Height above the leaves, at position Index on its level, of a
	// tree over Leaves leaves (padded to 2^Depth(Leaves)).
	Tree   Tree
	Op     int // the op of a TreeOps leaf or of the TreeTensor being bisected, else -1
	Slot   int // the state tensor of a TreeOut leaf, else -1
	Node   commit.Hash
	Height int
	Index  int
	Leaves int

	Left, Right commit.Hash // the revealed children (PhasePick); in PhaseChoose: op trace, h_t
	LeafRoot    commit.Hash // the root revealed at a TreeOps or TreeOut leaf
	Chunk       []byte      // the revealed tensor chunk (PhaseCheckElement)

	// The partial-sum bisection (TreePartial) of element Element of op Op (-1 until a Split):
	// the dispute lies in segments [SegLo, SegHi); SumLo is the agreed partial sum at boundary
	// SegLo, SumHi the solver's disputed one at SegHi (float32 bits), SumMid the one it revealed
	// at Mid() (PhasePick).
	Element      int
	SegLo, SegHi int
	SumLo, SumHi uint32
	SumMid       uint32

	Winner Party
	Reason Reason
}

// Game is one dispute. It is not safe for concurrent use; it is a value a driver owns.
type Game struct {
	p     Params
	judge Judge
	s     State
}

// Errors wrapped by rejected events. A rejected event changes nothing.
var (
	ErrOver     = errors.New("game is over")
	ErrTurn     = errors.New("not this party's turn")
	ErrLate     = errors.New("deadline has passed")
	ErrEarly    = errors.New("deadline has not passed")
	ErrTime     = errors.New("time goes backwards")
	ErrMove     = errors.New("move not allowed in this phase")
	ErrInvalid  = errors.New("invalid move")
	ErrBadProof = errors.New("proof does not verify")
	ErrWitness  = errors.New("judge rejected the witness")
)

// New opens a game with parameters p (copied), the Judge j and the challenger's Open event. It
// checks the parameters and the open (proofs against the trace root, bond); on success the
// actions are EscrowBond and Await(solver, PhasePostOpTrace).
func New(p Params, j Judge, ev Event) (*Game, []Action, error) {
	if err := p.Validate(); err != nil {
		return nil, nil, err
	}
	if j == nil {
		return nil, nil, errors.New("game: nil judge")
	}
	o, ok := ev.Move.(Open)
	if !ok {
		return nil, nil, fmt.Errorf("game: %w: a game starts with open, not %s", ErrMove, moveName(ev.Move))
	}
	if ev.From != Challenger {
		return nil, nil, fmt.Errorf("game: open: %w: sent by %v", ErrTurn, ev.From)
	}
	if err := checkOpen(&p, o); err != nil {
		return nil, nil, err
	}
	g := &Game{p: p.clone(), judge: j}
	g.s = State{
		Step: o.Step, Prev: o.Prev, Cur: o.Cur,
		Op: -1, Slot: -1, Element: -1,
		LastTime: ev.Time, Moves: 1,
	}
	acts := []Action{EscrowBond{Amount: new(big.Int).Set(g.p.Bond)}}
	return g, append(acts, g.await(PhasePostOpTrace, ev.Time)), nil
}

func checkOpen(p *Params, o Open) error {
	if o.Step < 1 || o.Step > p.Steps {
		return fmt.Errorf("game: open: %w: step %d outside [1, %d]", ErrInvalid, o.Step, p.Steps)
	}
	if o.Bond == nil || o.Bond.Cmp(p.Bond) != 0 {
		return fmt.Errorf("game: open: %w: bond %v, want %v", ErrInvalid, o.Bond, p.Bond)
	}
	if p.Inner > 0 {
		// A round's trace: leaf 0 is the round's start, leaf k the state after its step k.
		k := o.Step - p.First
		if k < 1 || k > p.Inner {
			return fmt.Errorf("game: open: %w: step %d outside the round's steps [%d, %d]", ErrInvalid, o.Step, p.First+1, p.First+p.Inner)
		}
		if !commit.VerifyProof(p.TraceRoot, commit.LeafHash(o.Prev[:]), k-1, p.Inner+2, o.PrevProof) {
			return fmt.Errorf("game: open: %w: the state before step %d against the round's trace root", ErrBadProof, o.Step)
		}
		if !commit.VerifyProof(p.TraceRoot, commit.LeafHash(o.Cur[:]), k, p.Inner+2, o.CurProof) {
			return fmt.Errorf("game: open: %w: h_%d against the round's trace root", ErrBadProof, o.Step)
		}
		return nil
	}
	if o.Step == 1 {
		if o.Prev != p.InitialState || len(o.PrevProof) != 0 {
			return fmt.Errorf("game: open: %w: step 1 must start from the initial state with no proof", ErrBadProof)
		}
	} else if !commit.VerifyProof(p.TraceRoot, commit.LeafHash(o.Prev[:]), o.Step-2, p.Steps, o.PrevProof) {
		return fmt.Errorf("game: open: %w: h_%d against the trace root", ErrBadProof, o.Step-1)
	}
	if !commit.VerifyProof(p.TraceRoot, commit.LeafHash(o.Cur[:]), o.Step-1, p.Steps, o.CurProof) {
		return fmt.Errorf("game: open: %w: h_%d against the trace root", ErrBadProof, o.Step)
	}
	return nil
}

// Params returns a copy of the game's parameters.
func (g *Game) Params() Params { return g.p.clone() }

// State returns a copy of the game's state.
func (g *Game) State() State {
	s := g.s
	s.Chunk = append([]byte(nil), g.s.Chunk...)
	return s
}

// Over reports whether the game has ended.
func (g *Game) Over() bool { return g.s.Phase == PhaseOver }

// await moves to phase ph at time now and returns the Await action.
func (g *Game) await(ph Phase, now uint64) Action {
	g.s.Phase, g.s.ToMove = ph, ph.mover()
	d := now + g.p.MoveTimeout
	if d < now { // saturate: a deadline at the end of time
		d = math.MaxUint64
	}
	g.s.Deadline = d
	return Await{Party: g.s.ToMove, Phase: ph, Deadline: d}
}

// Step applies one event. On error nothing changes and no action is returned. An accepted move
// returns Await for the next move, or the final payouts and GameOver.
func (g *Game) Step(ev Event) ([]Action, error) {
	s := &g.s
	name := moveName(ev.Move)
	if s.Phase == PhaseOver {
		return nil, fmt.Errorf("game: %s: %w", name, ErrOver)
	}
	if ev.Time < s.LastTime {
		return nil, fmt.Errorf("game: %s: %w: %d < %d", name, ErrTime, ev.Time, s.LastTime)
	}
	if _, ok := ev.Move.(Timeout); ok {
		if ev.Time < s.Deadline {
			return nil, fmt.Errorf("game: timeout at %d: %w (deadline %d)", ev.Time, ErrEarly, s.Deadline)
		}
		return g.end(s.ToMove.other(), ReasonTimeout, ev.Time), nil
	}
	if ev.Time >= s.Deadline {
		return nil, fmt.Errorf("game: %s at %d: %w (deadline %d)", name, ev.Time, ErrLate, s.Deadline)
	}
	if ev.From != s.ToMove {
		return nil, fmt.Errorf("game: %s: %w: %v sent it, %v is to move", name, ErrTurn, ev.From, s.ToMove)
	}
	var (
		acts []Action
		err  error
	)
	switch m := ev.Move.(type) {
	case PostOpTrace:
		acts, err = g.post(m, ev.Time)
	case Pick:
		acts, err = g.pick(m, ev.Time)
	case Reveal:
		acts, err = g.reveal(m, ev.Time)
	case RevealLeaf:
		acts, err = g.revealLeaf(m, ev.Time)
	case ProveTie:
		acts, err = g.proveTie(m, ev.Time)
	case CheckElement:
		acts, err = g.checkElement(m, ev.Time)
	case Split:
		acts, err = g.split(m, ev.Time)
	case RevealPartial:
		acts, err = g.revealPartial(m, ev.Time)
	case CheckPartial:
		acts, err = g.checkPartial(m, ev.Time)
	default:
		err = fmt.Errorf("game: %s: %w (phase %v)", name, ErrMove, s.Phase)
	}
	if err != nil {
		return nil, err
	}
	return acts, nil
}

func moveName(m Move) string {
	if m == nil {
		return "nil move"
	}
	return m.Name()
}

func (g *Game) wrongPhase(m Move) error {
	return fmt.Errorf("game: %s: %w (phase %v)", m.Name(), ErrMove, g.s.Phase)
}

// accepted counts an accepted event at time now.
func (g *Game) accepted(now uint64) {
	g.s.LastTime = now
	g.s.Moves++
}

func (g *Game) post(m PostOpTrace, now uint64) ([]Action, error) {
	s := &g.s
	if s.Phase != PhasePostOpTrace {
		return nil, g.wrongPhase(m)
	}
	g.accepted(now)
	s.OpTraceRoot = m.Root
	s.Left, s.Right = m.Root, s.Cur
	return []Action{g.await(PhaseChoose, now)}, nil
}

// descend starts or continues a bisection at node of tree at (height, index) over leaves.
func (g *Game) descend(tree Tree, node commit.Hash, height, index, leaves int, now uint64) []Action {
	s := &g.s
	s.Tree, s.Node, s.Height, s.Index, s.Leaves = tree, node, height, index, leaves
	s.Left, s.Right = commit.Hash{}, commit.Hash{}
	if height == 0 {
		return []Action{g.await(PhaseRevealLeaf, now)}
	}
	return []Action{g.await(PhaseReveal, now)}
}

func (g *Game) pick(m Pick, now uint64) ([]Action, error) {
	s := &g.s
	if m.Side != Left && m.Side != Right {
		return nil, fmt.Errorf("game: pick: %w: side %v", ErrInvalid, m.Side)
	}
	switch s.Phase {
	case PhaseChoose:
		g.accepted(now)
		if m.Side == Left {
			n := len(g.p.Ops)
			return g.descend(TreeOps, s.OpTraceRoot, commit.Depth(n), 0, n, now), nil
		}
		n := g.p.StateSlots
		return g.descend(TreeOut, s.Cur, commit.Depth(n), 0, n, now), nil
	case PhasePick:
	default:
		return nil, g.wrongPhase(m)
	}
	if s.Tree == TreePartial {
		return g.pickPartial(m, now), nil
	}
	child, c := s.Left, 2*s.Index
	if m.Side == Right {
		child, c = s.Right, c+1
	}
	h := s.Height - 1
	if uint64(c)<<uint(h) >= uint64(s.Leaves) { // the child covers only padding
		if child != commit.ZeroHash(h) {
			return g.end(Challenger, ReasonPadding, now), nil
		}
		return nil, fmt.Errorf("game: pick %v: %w: the child is padding and equals the zero subtree", m.Side, ErrInvalid)
	}
	g.accepted(now)
	return g.descend(s.Tree, child, h, c, s.Leaves, now), nil
}

func (g *Game) reveal(m Reveal, now uint64) ([]Action, error) {
	s := &g.s
	if s.Phase != PhaseReveal {
		return nil, g.wrongPhase(m)
	}
	if commit.NodeHash(m.Left, m.Right) != s.Node {
		return nil, fmt.Errorf("game: reveal: %w: children do not hash to the node", ErrInvalid)
	}
	g.accepted(now)
	s.Left, s.Right = m.Left, m.Right
	return []Action{g.await(PhasePick, now)}, nil
}

func (g *Game) revealLeaf(m RevealLeaf, now uint64) ([]Action, error) {
	s := &g.s
	if s.Phase != PhaseRevealLeaf {
		return nil, g.wrongPhase(m)
	}
	want := commit.HashSize
	if s.Tree == TreeTensor {
		l, _ := commit.LayoutOf(g.p.Ops[s.Op].Shape) // validated
		start, end := l.ChunkRange(s.Index/l.ChunksPerRow, s.Index%l.ChunksPerRow)
		want = 4 * (end - start)
	}
	if len(m.Data) != want {
		return nil, fmt.Errorf("game: reveal-leaf: %w: %d bytes, want %d", ErrInvalid, len(m.Data), want)
	}
	if commit.LeafHash(m.Data) != s.Node {
		return nil, fmt.Errorf("game: reveal-leaf: %w: bytes do not hash to the leaf", ErrInvalid)
	}
	g.accepted(now)
	switch s.Tree {
	case TreeOps:
		k := s.Index
		copy(s.LeafRoot[:], m.Data)
		s.Op = k
		if g.p.Ops[k].Kind == OpStateRead {
			return []Action{g.await(PhaseProveTie, now)}, nil
		}
		l, _ := commit.LayoutOf(g.p.Ops[k].Shape)
		return g.descend(TreeTensor, s.LeafRoot, commit.Depth(l.Leaves), 0, l.Leaves, now), nil
	case TreeOut:
		copy(s.LeafRoot[:], m.Data)
		s.Slot = s.Index
		return []Action{g.await(PhaseProveTie, now)}, nil
	default: // TreeTensor
		s.Chunk = append([]byte(nil), m.Data...)
		return []Action{g.await(PhaseCheckElement, now)}, nil
	}
}

// TieTarget returns what the solver must prove in PhaseProveTie: that LeafHash(root) is leaf index
// of the tree over n leaves with the given root (tree is TreeOps for the op trace, TreeOut for the
// pre-state h_{t-1}; the proof is a commit.VerifyProof proof).
//
//   - a state read (op k reading slot i): R_k is slot i of h_{t-1};
//   - a post-state tensor j updated by op u: S_j is leaf u of the op trace;
//   - a post-state tensor j the step carries: S_j is slot j of h_{t-1}.
func (g *Game) TieTarget() (root commit.Hash, index, n int, ok bool) {
	s := &g.s
	if s.Phase != PhaseProveTie {
		return commit.Hash{}, 0, 0, false
	}
	if s.Tree == TreeOps {
		return s.Prev, g.p.Ops[s.Op].Slot, g.p.StateSlots, true
	}
	if u := g.p.Updates[s.Slot]; u != Carried {
		return s.OpTraceRoot, u, len(g.p.Ops), true
	}
	return s.Prev, s.Slot, g.p.StateSlots, true
}

func (g *Game) proveTie(m ProveTie, now uint64) ([]Action, error) {
	if g.s.Phase != PhaseProveTie {
		return nil, g.wrongPhase(m)
	}
	root, index, n, _ := g.TieTarget()
	if !commit.VerifyProof(root, commit.LeafHash(g.s.LeafRoot[:]), index, n, m.Proof) {
		return nil, fmt.Errorf("game: prove: %w", ErrBadProof)
	}
	return g.end(Solver, ReasonTieHolds, now), nil
}

// ElementAt returns the claim the Judge would decide for the element at offset in the revealed
// chunk (PhaseCheckElement only).
func (g *Game) ElementAt(offset int) (ElementClaim, error) { return g.elementAt(offset, "check") }

func (g *Game) elementAt(offset int, move string) (ElementClaim, error) {
	s := &g.s
	if s.Phase != PhaseCheckElement {
		return ElementClaim{}, fmt.Errorf("game: %s: %w (phase %v)", move, ErrMove, s.Phase)
	}
	if offset < 0 || offset >= len(s.Chunk)/4 {
		return ElementClaim{}, fmt.Errorf("game: %s: %w: offset %d outside the chunk's %d values", move, ErrInvalid, offset, len(s.Chunk)/4)
	}
	l, _ := commit.LayoutOf(g.p.Ops[s.Op].Shape)
	start, _ := l.ChunkRange(s.Index/l.ChunksPerRow, s.Index%l.ChunksPerRow)
	return ElementClaim{
		Step:        s.Step,
		Op:          s.Op,
		Element:     start + offset,
		Claimed:     binary.LittleEndian.Uint32(s.Chunk[4*offset:]),
		OutputRoot:  s.LeafRoot,
		OpTraceRoot: s.OpTraceRoot,
		Prev:        s.Prev,
		Cur:         s.Cur,
	}, nil
}

func (g *Game) checkElement(m CheckElement, now uint64) ([]Action, error) {
	c, err := g.ElementAt(m.Offset)
	if err != nil {
		return nil, err
	}
	return g.judged(c, m.Witness, m.Name(), now)
}

// judged asks the Judge and ends the game by its verdict (or rejects the move on an error).
func (g *Game) judged(c ElementClaim, witness []byte, move string, now uint64) ([]Action, error) {
	right, err := g.judge.CheckElement(c, witness)
	if err != nil {
		return nil, fmt.Errorf("game: %s: %w: %w", move, ErrWitness, err)
	}
	if right {
		return g.end(Solver, ReasonElementRight, now), nil
	}
	return g.end(Challenger, ReasonElementWrong, now), nil
}

// Mid is the segment boundary whose partial sum the solver reveals next in the partial-sum
// bisection: the middle of [SegLo, SegHi), rounded down.
func (s *State) Mid() int { return s.SegLo + (s.SegHi-s.SegLo)/2 }

func (g *Game) split(m Split, now uint64) ([]Action, error) {
	s := &g.s
	c, err := g.elementAt(m.Offset, "split")
	if err != nil {
		return nil, err
	}
	segs := g.p.Ops[s.Op].Segments
	if segs < 2 {
		return nil, fmt.Errorf("game: split: %w: op %d is not a long reduction", ErrInvalid, s.Op)
	}
	g.accepted(now)
	s.Tree, s.Element = TreePartial, c.Element
	s.SegLo, s.SegHi, s.SumLo, s.SumHi = 0, segs, 0, c.Claimed // the fold starts from +0
	return []Action{g.await(PhaseRevealPartial, now)}, nil
}

func (g *Game) revealPartial(m RevealPartial, now uint64) ([]Action, error) {
	s := &g.s
	if s.Phase != PhaseRevealPartial {
		return nil, g.wrongPhase(m)
	}
	g.accepted(now)
	s.SumMid = m.Value
	return []Action{g.await(PhasePick, now)}, nil
}

// pickPartial: Left disputes the solver's partial sum at Mid() (the first half), Right agrees
// with it and disputes the second half.
func (g *Game) pickPartial(m Pick, now uint64) []Action {
	s := &g.s
	g.accepted(now)
	if m.Side == Left {
		s.SegHi, s.SumHi = s.Mid(), s.SumMid
	} else {
		s.SegLo, s.SumLo = s.Mid(), s.SumMid
	}
	s.SumMid = 0
	if s.SegHi-s.SegLo == 1 {
		return []Action{g.await(PhaseCheckPartial, now)}
	}
	return []Action{g.await(PhaseRevealPartial, now)}
}

// PartialClaim returns the claim the Judge decides in PhaseCheckPartial.
func (g *Game) PartialClaim() (ElementClaim, error) {
	s := &g.s
	if s.Phase != PhaseCheckPartial {
		return ElementClaim{}, fmt.Errorf("game: check-partial: %w (phase %v)", ErrMove, s.Phase)
	}
	return ElementClaim{Step: s.Step, Op: s.Op, Element: s.Element, Claimed: s.SumHi, OutputRoot: s.LeafRoot,
		OpTraceRoot: s.OpTraceRoot, Prev: s.Prev, Cur: s.Cur, Partial: true, Segment: s.SegLo, Start: s.SumLo}, nil
}

func (g *Game) checkPartial(m CheckPartial, now uint64) ([]Action, error) {
	c, err := g.PartialClaim()
	if err != nil {
		return nil, err
	}
	return g.judged(c, m.Witness, m.Name(), now)
}

// end finishes the game at time now and returns the payouts and GameOver.
func (g *Game) end(winner Party, why Reason, now uint64) []Action {
	g.accepted(now)
	s := &g.s
	s.Phase, s.ToMove, s.Deadline = PhaseOver, Nobody, 0
	s.Winner, s.Reason = winner, why
	var acts []Action
	if winner == Challenger {
		reward, burn := split(g.p.Stake, g.p.StakeRewardBPS)
		acts = append(acts,
			RefundBond{Amount: new(big.Int).Set(g.p.Bond)},
			SlashSolver{Amount: new(big.Int).Set(g.p.Stake), Reward: reward, Burn: burn})
	} else {
		reward, burn := split(g.p.Bond, g.p.BondRewardBPS)
		acts = append(acts, ForfeitBond{Amount: new(big.Int).Set(g.p.Bond), Reward: reward, Burn: burn})
	}
	return append(acts, GameOver{Winner: winner, Reason: why})
}
