// Package roundgame is the round game (contracts/src/RoundGame.sol) in Go: disputes on where a
// round of a sharded job starts. It is pure: the rules, and the answers that resolve a game.
package roundgame

import (
	"errors"
	"fmt"
	"math"

	"veritrain/internal/commit"
)

// The round game (contracts/src/RoundGame.sol): disputes on where a round of a sharded job
// starts. A round's trace is over H + 2 leaves: the shard's start X_r, its state after each
// inner step, then the global state G_r (θ_r, then the outer momentum m_r) it started from
// (Leaves). A Start game checks X_r against G_r and the shard's accepted end of round r-1;
// an Outer game recomputes one element of G_r from G_{r-1} and every shard's accepted end of
// round r-1 (OuterElement). Everything here is the contract's rule in Go, and the answers that
// resolve a game with it.

// Kind is the kind of a round game (RoundGame.Kind).
type Kind uint8

const (
	KindStart Kind = iota // X_r against G_r and the shard's end of round r-1
	KindOuter             // one element of G_r against the outer step
)

func (k Kind) String() string {
	switch k {
	case KindStart:
		return "start"
	case KindOuter:
		return "outer"
	}
	return fmt.Sprintf("Kind(%d)", uint8(k))
}

// Spec is what the round game needs about a job trained in rounds (RoundGame.Spec): its
// hash is registered by the submitter and checked by bidders.
type Spec struct {
	NumStates int         // tensors of a shard's state
	Inner     int         // H, inner steps of a round
	LR, Mu    float32     // the outer learning rate and momentum
	H0, G0    commit.Hash // the initial shard state root and the initial global state root
	Slots     []int       // the parameters' slots in a shard's state, ascending (G's order)
	Shapes    [][]int     // the parameters' shapes
}

// Validate checks what the contract checks of a spec (RoundGame._checkSpec).
func (s *Spec) Validate() error {
	switch {
	case len(s.Slots) == 0 || len(s.Shapes) != len(s.Slots):
		return fmt.Errorf("roundgame: round spec of %d slots and %d shapes", len(s.Slots), len(s.Shapes))
	case s.NumStates <= 0 || s.NumStates > game0MaxLeaves || s.Inner <= 0 || s.Inner > game0MaxLeaves:
		return fmt.Errorf("roundgame: round spec of %d states and %d inner steps", s.NumStates, s.Inner)
	}
	for k, slot := range s.Slots {
		if slot < 0 || slot >= s.NumStates || (k > 0 && slot <= s.Slots[k-1]) {
			return fmt.Errorf("roundgame: round spec: parameter slot %d is not ascending in [0, %d)", slot, s.NumStates)
		}
		l, err := commit.LayoutOf(s.Shapes[k])
		if err != nil {
			return err
		}
		if l.Elements == 0 {
			return fmt.Errorf("roundgame: round spec: parameter %d has no elements", k)
		}
	}
	return nil
}

const game0MaxLeaves = 1 << 48

// Layout returns parameter k's tensor layout (Shapes[k] must be valid: Validate).
func (s *Spec) Layout(k int) commit.TensorLayout {
	l, err := commit.LayoutOf(s.Shapes[k])
	if err != nil {
		panic(err)
	}
	return l
}

// Leaves returns the leaves of a round's trace: the start, the step hashes, the global state.
func Leaves(start commit.Hash, steps []commit.Hash, global commit.Hash) []commit.Hash {
	l := make([]commit.Hash, 0, len(steps)+2)
	l = append(l, start)
	l = append(l, steps...)
	return append(l, global)
}

// OuterElement is one element of the outer step (nn.BuildOuter): from θ and the momentum m of
// G_{r-1} and each shard's θ_s at the end of round r-1, in shard order, the new θ and m. Each
// operation rounds to float32, as the compiled outer program and the contract's F32 do.
func OuterElement(theta, m float32, shards []float32, lr, mu float32) (theta2, m2 float32) {
	var d float32
	for s, v := range shards {
		diff := theta - v
		if s == 0 {
			d = diff
		} else {
			d = d + diff
		}
	}
	if len(shards) > 1 {
		d = d / float32(len(shards))
	}
	// The explicit conversions round each product: Go may otherwise fuse a multiply and an add
	// (on arm64, say), which the program and the contract never do.
	mm := float32(m * mu)
	m2 = mm + d
	t := float32(m2 * mu)
	step := d + t
	u := float32(step * lr)
	return theta - u, m2
}

// StartAnswer resolves a Start game: G_r's and X_r's tensor roots proven as the last leaf and
// leaf 0 of the round's trace, and the shard's tensor roots at the end of round r-1 (none for
// round 0).
type StartAnswer struct {
	Global, Start, PrevEnd  []commit.Hash
	GlobalProof, StartProof []commit.Hash
}

// NewStartAnswer builds a Start answer from the round's trace leaves (Leaves) and the
// tensor roots of G_r, X_r and the shard's end of round r-1 (nil for round 0), checking that G_r
// and X_r are the trace's.
func NewStartAnswer(leaves, global, start, prevEnd []commit.Hash) (StartAnswer, error) {
	n := len(leaves)
	if n < 3 {
		return StartAnswer{}, fmt.Errorf("roundgame: a round trace of %d leaves", n)
	}
	if commit.StateRoot(start) != leaves[0] || commit.StateRoot(global) != leaves[n-1] {
		return StartAnswer{}, errors.New("roundgame: the start or global state is not the round trace's")
	}
	a := StartAnswer{Global: global, Start: start, PrevEnd: prevEnd}
	var err error
	if a.StartProof, err = commit.TraceProof(leaves, 1); err != nil {
		return a, err
	}
	a.GlobalProof, err = commit.TraceProof(leaves, n)
	return a, err
}

// StartRight is the contract's verdict on a Start answer whose proofs hold, for round `round`
// of a shard whose end of round r-1 has root prevEndRoot: whether X_r is as it must be.
func (s *Spec) StartRight(round int, prevEndRoot commit.Hash, a StartAnswer) (bool, error) {
	if len(a.Global) != 2*len(s.Slots) || len(a.Start) != s.NumStates {
		return false, errors.New("roundgame: start answer of the wrong size")
	}
	if round == 0 {
		return commit.StateRoot(a.Start) == s.H0 && commit.StateRoot(a.Global) == s.G0, nil
	}
	if len(a.PrevEnd) != s.NumStates || commit.StateRoot(a.PrevEnd) != prevEndRoot {
		return false, errors.New("roundgame: start answer: the end of the previous round is not the accepted one")
	}
	return s.StartMismatch(a.Global, a.Start, a.PrevEnd) < 0, nil
}

// StartMismatch returns the first slot of the start X (tensor roots) that is neither G's
// parameter (in a parameter slot) nor the previous round's end's (elsewhere), or -1.
func (s *Spec) StartMismatch(global, start, prevEnd []commit.Hash) int {
	k := 0
	for j := range start {
		if k < len(s.Slots) && s.Slots[k] == j {
			if start[j] != global[k] {
				return j
			}
			k++
		} else if start[j] != prevEnd[j] {
			return j
		}
	}
	return -1
}

// Elem is a float32 element's chunk (its leaf bytes) and the chunk's proof against its tensor.
type Elem struct {
	Chunk []byte
	Proof []commit.Hash
}

// OuterAnswer resolves an Outer game (RoundGame.Outer).
type OuterAnswer struct {
	PrevGlobal, PrevGlobalProof []commit.Hash
	Global, GlobalProof         []commit.Hash
	ShardRoots                  []commit.Hash
	ShardProofs                 [][]commit.Hash
	Elems                       []Elem // θ_{r-1}, m_{r-1}, θ_r, m_r, then each shard's θ
}

// A State is a state's tensors for the proofs of an answer: every tensor's root, and the
// data of the tensors the answer reads from.
type State struct {
	Roots []commit.Hash
	Data  [][]float32 // by tensor; nil where not needed
}

// NewOuterAnswer builds the Outer answer on element i of parameter k: prev is the shard's round
// r-1 trace leaves and prevGlobal G_{r-1} (2P tensors), leaves and global the same of round r,
// ends each shard's state at the end of round r-1 (the parameter's slot's data needed).
func (s *Spec) NewOuterAnswer(k, i int, prevLeaves []commit.Hash, prevGlobal State, leaves []commit.Hash, global State, ends []State) (OuterAnswer, error) {
	P := len(s.Slots)
	if k < 0 || k >= P || i < 0 || i >= s.Layout(k).Elements {
		return OuterAnswer{}, fmt.Errorf("roundgame: element %d of parameter %d is out of range", i, k)
	}
	if len(prevGlobal.Roots) != 2*P || len(global.Roots) != 2*P {
		return OuterAnswer{}, errors.New("roundgame: a global state of the wrong size")
	}
	if len(prevLeaves) < 3 || len(leaves) != len(prevLeaves) ||
		commit.StateRoot(prevGlobal.Roots) != prevLeaves[len(prevLeaves)-1] || commit.StateRoot(global.Roots) != leaves[len(leaves)-1] {
		return OuterAnswer{}, errors.New("roundgame: a global state is not its round trace's")
	}
	a := OuterAnswer{PrevGlobal: prevGlobal.Roots, Global: global.Roots}
	var err error
	if a.PrevGlobalProof, err = commit.TraceProof(prevLeaves, len(prevLeaves)); err != nil {
		return a, err
	}
	if a.GlobalProof, err = commit.TraceProof(leaves, len(leaves)); err != nil {
		return a, err
	}
	shape := s.Shapes[k]
	elem := func(st State, j int) (Elem, error) {
		if j >= len(st.Data) || st.Data[j] == nil {
			return Elem{}, fmt.Errorf("roundgame: no data for tensor %d", j)
		}
		l := s.Layout(k)
		row, chunk, _ := l.Locate(i)
		b, p, err := commit.TensorProof(shape, st.Data[j], row, chunk)
		return Elem{Chunk: b, Proof: p}, err
	}
	for _, j := range []struct {
		st State
		t  int
	}{{prevGlobal, k}, {prevGlobal, P + k}, {global, k}, {global, P + k}} {
		e, err := elem(j.st, j.t)
		if err != nil {
			return a, err
		}
		a.Elems = append(a.Elems, e)
	}
	for q, end := range ends {
		if len(end.Roots) != s.NumStates {
			return a, fmt.Errorf("roundgame: shard %d's end has %d tensors, want %d", q, len(end.Roots), s.NumStates)
		}
		slot := s.Slots[k]
		p, err := commit.StateProof(end.Roots, slot)
		if err != nil {
			return a, err
		}
		e, err := elem(end, slot)
		if err != nil {
			return a, fmt.Errorf("shard %d: %w", q, err)
		}
		a.ShardRoots = append(a.ShardRoots, end.Roots[slot])
		a.ShardProofs = append(a.ShardProofs, p)
		a.Elems = append(a.Elems, e)
	}
	return a, nil
}

// OuterRight is the contract's verdict on an Outer answer whose proofs hold: the committed θ_r
// and m_r at the element, and the outer step's.
func (s *Spec) OuterRight(k, i int, a OuterAnswer) (right bool, got, want [2]float32, err error) {
	if len(a.Elems) < 5 {
		return false, got, want, errors.New("roundgame: outer answer without elements")
	}
	_, _, off := s.Layout(k).Locate(i)
	var v []float32
	for _, e := range a.Elems {
		vals, err := commit.DecodeChunk(e.Chunk)
		if err != nil {
			return false, got, want, err
		}
		if off >= len(vals) {
			return false, got, want, errors.New("roundgame: a chunk too short for the element")
		}
		v = append(v, vals[off])
	}
	want[0], want[1] = OuterElement(v[0], v[1], v[4:], s.LR, s.Mu)
	got = [2]float32{v[2], v[3]}
	return math.Float32bits(got[0]) == math.Float32bits(want[0]) && math.Float32bits(got[1]) == math.Float32bits(want[1]), got, want, nil
}

// Clone is a deep copy of s (train.State.RoundState shares the state's data).
func (s State) Clone() State {
	out := State{Roots: append([]commit.Hash(nil), s.Roots...)}
	for _, d := range s.Data {
		out.Data = append(out.Data, append([]float32(nil), d...))
	}
	return out
}

// FirstDiff returns the first element (parameter k, element i) at which the global states a and
// b (2P tensors each: θ, then the momentum) differ bit for bit, in θ or in the momentum, or
// false if they agree.
func (s *Spec) FirstDiff(a, b State) (k, i int, ok bool) {
	P := len(s.Slots)
	if len(a.Data) != 2*P || len(b.Data) != 2*P {
		return 0, 0, false
	}
	for k := range P {
		for _, t := range []int{k, P + k} {
			if len(a.Data[t]) != len(b.Data[t]) {
				continue
			}
			for i := range a.Data[t] {
				if math.Float32bits(a.Data[t][i]) != math.Float32bits(b.Data[t][i]) {
					return k, i, true
				}
			}
		}
	}
	return 0, 0, false
}

// Outcome is a round game's outcome (RoundGame.Outcome).
type Outcome uint8

const (
	Open        Outcome = iota // not over
	SolverRight                // resolved: the round starts as it must
	SolverWrong                // resolved: it does not
	Timeout                    // nobody resolved it in time: the challenger wins
	Moot                       // the shard attempt was settled otherwise: the bond went back
)

func (o Outcome) String() string {
	switch o {
	case Open:
		return "open"
	case SolverRight:
		return "solver right"
	case SolverWrong:
		return "solver wrong"
	case Timeout:
		return "timeout"
	case Moot:
		return "moot"
	}
	return fmt.Sprintf("outcome %d", uint8(o))
}

// Winner names the side the outcome gives the game to: solver, challenger, or nobody (open or
// moot).
func (o Outcome) Winner() string {
	switch o {
	case SolverRight:
		return "solver"
	case SolverWrong, Timeout:
		return "challenger"
	}
	return "nobody"
}
