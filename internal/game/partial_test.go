package game

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"math/bits"
	"math/rand/v2"
	"testing"

	"veritrain/internal/commit"
)

// Tests of the partial-sum bisection itself (the simulator, sim_test.go, plays it in random
// worlds; the scripts, testdata/partial.txt, show it move by move).

// scalarReductionWorld is a world of one scalar state slot, read by op 0, and op 1, a scalar
// long reduction of segs segments of one term that updates the slot.
func scalarReductionWorld(seed uint64, segs int) *world {
	r := rand.New(rand.NewPCG(seed, 5))
	w := &world{steps: 1, t: 1, timeout: 10, bond: big.NewInt(10), stake: big.NewInt(21),
		stakeBPS: DefaultRewardBPS, bondBPS: DefaultRewardBPS,
		slotShapes: [][]int{{}}, pre: [][]uint32{{r.Uint32()}}, updates: []int{1}}
	w.ops = []wop{
		{kind: OpStateRead, shape: []int{}},
		{kind: OpCompute, shape: []int{}, inputs: []int{0}, salt: r.Uint32(), segs: segs, per: 1, terms: segs},
	}
	w.others = []commit.Hash{randomHash(r), randomHash(r)}
	w.finish()
	return w
}

// TestPartialBisection drives the bisection by hand, for numbers of segments from 2 to 2^48 and
// several patterns of picks: each partial sum is asked at the middle of the disputed segments, a
// pick keeps the half it names with the revealed sum as its new end (left) or start (right), the
// segment check comes after ⌊log2 S⌋ to D(S) partial sums (D(S) when always right, ⌊log2 S⌋ when
// always left), at MaxMoves when always right, and the Judge gets the claim about the last
// segment: from the agreed start to the solver's end.
func TestPartialBisection(t *testing.T) {
	w := scalarReductionWorld(1, 2)
	s := newSolver(w, "honest", rand.New(rand.NewPCG(1, 1)))
	claimed := s.outs[1][0]
	segCounts := []int{2, 3, 4, 5, 6, 7, 8, 9, 15, 16, 17, 31, 32, 33, 100, 1000, 1<<20 - 1, 1 << 20, 1<<20 + 1, MaxLeaves - 1, MaxLeaves}
	patterns := []string{"left", "right", "alternate", "random"}
	played := 0
	for _, segs := range segCounts {
		for _, pattern := range patterns {
			name := fmt.Sprintf("%d segments, %s", segs, pattern)
			r := rand.New(rand.NewPCG(uint64(segs), 2))
			p := w.params(s)
			p.Ops[1].Segments = segs
			var judged []ElementClaim
			j := JudgeFunc(func(c ElementClaim, witness []byte) (bool, error) {
				if string(witness) != "ok" {
					return false, errors.New("malformed")
				}
				judged = append(judged, c)
				return c.Segment%2 == 0, nil
			})
			now := uint64(500)
			g, _, err := New(p, j, Event{Time: now, From: Challenger, Move: w.open(s)})
			if err != nil {
				t.Fatal(err)
			}
			step := func(from Party, m Move) []Action {
				t.Helper()
				now++
				acts, err := g.Step(Event{Time: now, From: from, Move: m})
				if err != nil {
					t.Fatalf("%s: %s in %v: %v", name, m.Name(), g.State().Phase, err)
				}
				return acts
			}
			solverMove := func() {
				t.Helper()
				m, ok := s.move(w, g)
				if !ok {
					t.Fatalf("%s: the solver has no move in %v", name, g.State().Phase)
				}
				step(Solver, m)
			}
			solverMove()                  // post
			step(Challenger, Pick{Left})  // the op trace
			solverMove()                  // reveal
			step(Challenger, Pick{Right}) // op 1
			solverMove()                  // R_1
			solverMove()                  // its one chunk
			if st := g.State(); st.Phase != PhaseCheckElement || st.Op != 1 || st.Element != -1 {
				t.Fatalf("%s: %+v", name, st)
			}
			acts := step(Challenger, Split{Offset: 0})
			lo, hi, sumLo, sumHi := 0, segs, uint32(0), claimed
			rounds := 0
			for {
				st := g.State()
				if want := (Await{Party: st.ToMove, Phase: st.Phase, Deadline: now + p.MoveTimeout}); len(acts) != 1 || acts[0] != Action(want) {
					t.Fatalf("%s: actions %v, want %v", name, acts, want)
				}
				if st.Tree != TreePartial || st.Op != 1 || st.Element != 0 || st.SegLo != lo || st.SegHi != hi || st.SumLo != sumLo || st.SumHi != sumHi || st.SumMid != 0 {
					t.Fatalf("%s: round %d: state %+v, want [%d, %d) sums %#x..%#x", name, rounds, st, lo, hi, sumLo, sumHi)
				}
				if hi-lo == 1 {
					if st.Phase != PhaseCheckPartial || st.ToMove != Challenger {
						t.Fatalf("%s: one segment left in %v, %v to move", name, st.Phase, st.ToMove)
					}
					break
				}
				mid := lo + (hi-lo)/2
				if st.Phase != PhaseRevealPartial || st.ToMove != Solver || st.Mid() != mid {
					t.Fatalf("%s: %v (%v to move) mid %d, want reveal-partial (solver) mid %d", name, st.Phase, st.ToMove, st.Mid(), mid)
				}
				v := r.Uint32()
				step(Solver, RevealPartial{Value: v})
				rounds++
				st = g.State()
				if st.Phase != PhasePick || st.ToMove != Challenger || st.SumMid != v || st.Mid() != mid {
					t.Fatalf("%s: after the reveal: %+v", name, st)
				}
				side := Right
				switch pattern {
				case "left":
					side = Left
				case "alternate":
					side = Side(rounds % 2)
				case "random":
					side = Side(r.IntN(2))
				}
				acts = step(Challenger, Pick{Side: side})
				if side == Left {
					hi, sumHi = mid, v
				} else {
					lo, sumLo = mid, v
				}
			}
			// ⌊log2 S⌋ ≤ rounds ≤ D(S), with equality at the ends.
			min, max := bits.Len(uint(segs))-1, commit.Depth(segs)
			if rounds < min || rounds > max || pattern == "right" && rounds != max || pattern == "left" && rounds != min {
				t.Errorf("%s: %d partial sums, want %d to %d", name, rounds, min, max)
			}
			st := g.State()
			if pattern == "right" && st.Moves+1 != MaxMoves(&p) {
				t.Errorf("%s: the segment check is move %d, MaxMoves %d", name, st.Moves+1, MaxMoves(&p))
			}
			want := ElementClaim{Step: 1, Op: 1, Element: 0, Claimed: sumHi, OutputRoot: s.tensors[1].root(),
				OpTraceRoot: s.opRoot, Prev: w.prevHash(), Cur: s.ht, Partial: true, Segment: lo, Start: sumLo}
			if c, err := g.PartialClaim(); err != nil || c != want {
				t.Fatalf("%s: PartialClaim %+v, %v; want %+v", name, c, err, want)
			}
			// Rejected: a witness the Judge cannot read, and every other move.
			before := g.State()
			for _, ev := range []Event{
				{Time: now, From: Challenger, Move: CheckPartial{Witness: []byte("??")}},
				{Time: now, From: Challenger, Move: Pick{Side: Left}},
				{Time: now, From: Challenger, Move: Split{}},
				{Time: now, From: Solver, Move: RevealPartial{}},
				{Time: now, From: Solver, Move: CheckPartial{Witness: []byte("ok")}},
				{Time: now + p.MoveTimeout, From: Challenger, Move: CheckPartial{Witness: []byte("ok")}},
				{Time: now + p.MoveTimeout - 1, Move: Timeout{}},
			} {
				if _, err := g.Step(ev); err == nil {
					t.Fatalf("%s: %#v accepted in check-partial", name, ev)
				}
			}
			if !sameState(before, g.State()) {
				t.Fatalf("%s: rejected events changed the state", name)
			}
			judged = nil
			acts = step(Challenger, CheckPartial{Witness: []byte("ok")})
			if len(judged) != 1 || judged[0] != want {
				t.Fatalf("%s: judged %+v, want %+v", name, judged, want)
			}
			winner, reason := Challenger, ReasonElementWrong
			if lo%2 == 0 {
				winner, reason = Solver, ReasonElementRight
			}
			if over := acts[len(acts)-1]; over != Action(GameOver{Winner: winner, Reason: reason}) {
				t.Errorf("%s: %v, want %v wins (%v)", name, over, winner, reason)
			}
			if st := g.State(); st.Moves > MaxMoves(&p) {
				t.Errorf("%s: %d moves, MaxMoves %d", name, st.Moves, MaxMoves(&p))
			}
			played++
		}
	}
	if played != len(segCounts)*len(patterns) {
		t.Errorf("%d games", played)
	}
}

// TestPartialTimeouts: the solver loses when it does not reveal a partial sum in time, the
// challenger when it does not pick or does not send the segment check.
func TestPartialTimeouts(t *testing.T) {
	w := scalarReductionWorld(2, 6)
	s := newSolver(w, "honest", rand.New(rand.NewPCG(2, 1)))
	p := w.params(s)
	// 6 segments, always right: [0,6) mid 3, [3,6) mid 4, [4,6) mid 5, [5,6).
	for _, c := range []struct {
		picks  int // partial-sum picks made before the timeout
		phase  Phase
		winner Party
	}{
		{0, PhaseRevealPartial, Challenger},
		{0, PhasePick, Solver},
		{1, PhaseRevealPartial, Challenger},
		{1, PhasePick, Solver},
		{2, PhaseRevealPartial, Challenger},
		{2, PhasePick, Solver},
		{3, PhaseCheckPartial, Solver},
	} {
		now := uint64(0)
		g, _, err := New(p, w.judge(s), Event{Time: now, From: Challenger, Move: w.open(s)})
		if err != nil {
			t.Fatal(err)
		}
		// The challenger disputes op 1 (whose element is right), splits it and always agrees.
		picks := 0
		for !(picks == c.picks && g.State().Phase == c.phase) {
			st := g.State()
			var m Move
			switch st.Phase {
			case PhaseChoose:
				m = Pick{Side: Left}
			case PhasePick:
				m = Pick{Side: Right}
				if st.Tree == TreePartial {
					picks++
				}
			case PhaseCheckElement:
				m = Split{Offset: 0}
			default:
				var ok bool
				if m, ok = s.move(w, g); !ok {
					t.Fatalf("%+v: no move in %v", c, st.Phase)
				}
			}
			now++
			if _, err := g.Step(Event{Time: now, From: st.ToMove, Move: m}); err != nil {
				t.Fatalf("%+v: %s in %v: %v", c, m.Name(), st.Phase, err)
			}
		}
		st := g.State()
		if st.Phase != c.phase {
			t.Fatalf("%+v: reached %v", c, st.Phase)
		}
		if _, err := g.Step(Event{Time: st.Deadline - 1, From: Nobody, Move: Timeout{}}); !errors.Is(err, ErrEarly) {
			t.Errorf("%+v: early timeout: %v", c, err)
		}
		acts, err := g.Step(Event{Time: st.Deadline, From: Nobody, Move: Timeout{}})
		if err != nil {
			t.Fatalf("%+v: %v", c, err)
		}
		if over := acts[len(acts)-1]; over != Action(GameOver{Winner: c.winner, Reason: ReasonTimeout}) {
			t.Errorf("%+v: %v", c, over)
		}
	}
}

// TestPartialPlayers plays the package's players (SolverPlayer answering from a solver's View,
// ChallengerPlayer from the truth) in worlds with long reductions: the challenger splits the
// wrong element of a long reduction, follows the solver's first wrong partial sum and wins with
// a witness for that segment; a challenger whose own View is wrong loses against the honest
// solver, its segment check included.
func TestPartialPlayers(t *testing.T) {
	worlds := 40
	if raceEnabled {
		worlds = 4
	}
	kinds := []string{"honest", "alter-prop", "alter-local", "fabricate-slot", "reduce-final", "partial-lie", "partial-noise", "partial-silent"}
	stats := map[string]int{}
	for seed := range uint64(worlds) {
		r := rand.New(rand.NewPCG(seed, 0x91a7))
		w := randomReductionWorld(r)
		truth := w.trueView()
		honest := newSolver(w, "honest", r)
		for _, kind := range kinds {
			s := newSolver(w, kind, r)
			if s == nil {
				continue
			}
			// The honest challenger against the solver, when its step is wrong.
			if w.wrong(s) {
				st, splits, err := playPlayers(w, s, &SolverPlayer{View: s.view(w)}, truth, s.honest)
				if err != nil {
					t.Fatalf("seed %d, %s: %v", seed, kind, err)
				}
				if st.Winner != Challenger {
					t.Fatalf("seed %d, %s: the honest ChallengerPlayer lost (%v in %v)", seed, kind, st.Reason, st.Phase)
				}
				switch {
				case kind == "reduce-final" && (st.Tree != TreePartial || st.SegLo != w.ops[st.Op].segs-1 || splits != 1):
					t.Fatalf("seed %d, %s: ended %v at segment %d of %d", seed, kind, st.Reason, st.SegLo, w.ops[st.Op].segs)
				case kind == "partial-lie" && (st.Tree != TreePartial || st.SegLo != s.lieSeg || [2]int{st.Op, st.Element} != s.target):
					t.Fatalf("seed %d, %s: ended %v at segment %d of %v, lie at %d of %v", seed, kind, st.Reason, st.SegLo, [2]int{st.Op, st.Element}, s.lieSeg, s.target)
				case kind == "partial-silent" && (st.Reason != ReasonTimeout || st.Tree != TreePartial):
					t.Fatalf("seed %d, %s: ended %v in %v", seed, kind, st.Reason, st.Tree)
				}
				stats[kind+":"+st.Reason.String()]++
				if st.Tree == TreePartial {
					stats["partial"]++
				}
			}
			// A challenger that believes the solver's wrong View, against the honest solver.
			// (Not with the random partial sums of partial-noise: a View answers consistently.)
			if kind != "honest" && kind != "partial-silent" && kind != "partial-noise" && w.wrong(s) {
				st, _, err := playPlayers(w, honest, &SolverPlayer{View: honest.view(w)}, s.view(w), true)
				if err != nil {
					t.Fatalf("seed %d, mistaken %s: %v", seed, kind, err)
				}
				if st.Winner != Solver {
					t.Fatalf("seed %d: a challenger with the View of %s beat the honest solver (%v)", seed, kind, st.Reason)
				}
				if st.Tree == TreePartial && st.Reason == ReasonElementRight {
					stats["mistaken-partial"]++
				}
			}
		}
	}
	t.Log(stats)
	if raceEnabled {
		return
	}
	for _, k := range []string{"reduce-final:element-wrong", "partial-lie:element-wrong", "partial-noise:element-wrong", "partial-silent:timeout", "mistaken-partial"} {
		if stats[k] == 0 {
			t.Errorf("no game %s", k)
		}
	}
}

// view is the View of what the solver committed, for a SolverPlayer (or a mistaken challenger).
func (s *solver) view(w *world) *View {
	roots := make([]commit.Hash, len(s.tensors))
	for k, tr := range s.tensors {
		roots[k] = tr.root()
	}
	return &View{OpRoots: roots, Prev: w.preRoots, Post: s.postRoots,
		Chunk:   func(op, leaf int) []byte { return chunkBytes(w.ops[op].shape, s.outs[op], leaf) },
		Partial: func(op, e, b int) (uint32, bool) { return s.partial(w, op, e, b) }}
}

// trueView is the View of the truth.
func (w *world) trueView() *View {
	return &View{OpRoots: w.opRoots, Prev: w.preRoots, Post: w.post,
		Chunk: func(op, leaf int) []byte { return chunkBytes(w.ops[op].shape, w.outs[op], leaf) },
		Partial: func(op, e, b int) (uint32, bool) {
			if op < 0 || op >= len(w.ops) || w.ops[op].segs < 2 || e < 0 || e >= len(w.outs[op]) || b < 0 || b > w.ops[op].segs {
				return 0, false
			}
			return w.truePartial(op, e, b), true
		}}
}

// playPlayers plays a game between a SolverPlayer and a ChallengerPlayer with View own, against
// the commitment of s (the Judge's), and returns the final state and the number of splits. The
// challenger's witness is "ok"; its WitnessFunc checks that it is asked about the element it
// names.
func playPlayers(w *world, s *solver, sp *SolverPlayer, own *View, honestSolver bool) (State, int, error) {
	var sv *View // a View whose partial sums are a function of the boundary
	if s.partialRand == nil {
		sv = sp.View
	}
	p := w.params(s)
	var werr error
	cp := &ChallengerPlayer{View: own, Witness: func(st State, e int, node func(NodeKey) commit.Hash) ([]byte, error) {
		switch st.Phase {
		case PhaseCheckElement:
			l, _ := commit.LayoutOf(p.Ops[st.Op].Shape)
			start, end := l.ChunkRange(st.Index/l.ChunksPerRow, st.Index%l.ChunksPerRow)
			if e < start || e >= end {
				werr = fmt.Errorf("witness for element %d outside the chunk [%d, %d)", e, start, end)
			}
		case PhaseCheckPartial:
			if e != st.Element {
				werr = fmt.Errorf("segment witness for element %d, the bisection's is %d", e, st.Element)
			}
		default:
			werr = fmt.Errorf("witness asked in %v", st.Phase)
		}
		// The solver's node of its tensor leaf is the revealed chunk's hash.
		if h := node(NodeKey{Op: st.Op, Height: 0, Index: st.Index}); h != commit.LeafHash(st.Chunk) {
			werr = fmt.Errorf("solver's chunk node %v, revealed %v", h, commit.LeafHash(st.Chunk))
		}
		return []byte("ok"), nil
	}}
	now := uint64(1)
	g, _, err := New(p, w.judge(s), Event{Time: now, From: Challenger, Move: w.open(s)})
	if err != nil {
		return State{}, 0, err
	}
	splits := 0
	for i := 0; !g.Over(); i++ {
		if i > MaxMoves(&p) {
			return State{}, 0, errors.New("game does not end")
		}
		st := g.State()
		var pl Player = sp
		if st.ToMove == Challenger {
			pl = cp
		}
		// A player answers only in its turn.
		if m, ok := map[Player]Player{sp: cp, cp: sp}[pl].Next(&p, st); ok {
			return State{}, 0, fmt.Errorf("%s offered out of turn in %v", m.Name(), st.Phase)
		}
		m, ok := pl.Next(&p, st)
		if !ok {
			now = st.Deadline
			if _, err := g.Step(Event{Time: now, Move: Timeout{}}); err != nil {
				return State{}, 0, err
			}
			continue
		}
		if st.Phase == PhaseRevealPartial && sp.View == sv {
			// The SolverPlayer reveals its View's partial sum at the middle boundary (asked
			// again: the partial-noise solver's View is random).
			if v, _ := sp.View.Partial(st.Op, st.Element, st.Mid()); m != Move(RevealPartial{Value: v}) {
				return State{}, 0, fmt.Errorf("revealed %#v, View has %#x at %d", m, v, st.Mid())
			}
		}
		if st.Phase == PhasePick && st.Tree == TreePartial {
			// The ChallengerPlayer disputes the first half iff the revealed sum is not its own.
			own, _ := own.Partial(st.Op, st.Element, st.Mid())
			if want := map[bool]Side{true: Left, false: Right}[own != st.SumMid]; m != Move(Pick{Side: want}) {
				return State{}, 0, fmt.Errorf("picked %#v at %#x, own %#x", m, st.SumMid, own)
			}
		}
		if _, ok := m.(Split); ok {
			splits++
			if p.Ops[st.Op].Segments < 2 {
				return State{}, 0, fmt.Errorf("split op %d without segments", st.Op)
			}
			// It splits the first element whose bits differ from its own.
			own := own.Chunk(st.Op, st.Index)
			off := m.(Split).Offset
			for i := 0; i < off; i++ {
				if binary.LittleEndian.Uint32(own[4*i:]) != binary.LittleEndian.Uint32(st.Chunk[4*i:]) {
					return State{}, 0, fmt.Errorf("split offset %d, but %d differs", off, i)
				}
			}
		}
		if _, ok := m.(CheckElement); ok && p.Ops[st.Op].Segments >= 2 && own.Partial != nil {
			if _, can := own.Partial(st.Op, 0, 1); can {
				return State{}, 0, fmt.Errorf("checked an element of op %d with %d segments whole", st.Op, p.Ops[st.Op].Segments)
			}
		}
		now++
		if _, err := g.Step(Event{Time: now, From: st.ToMove, Move: m}); err != nil {
			// A cheating solver's View may offer a move that does not fit what it committed
			// (a tie proof it cannot give): it then loses by timeout, like a silent one.
			if st.ToMove == Solver && !honestSolver {
				now = st.Deadline
				if _, err := g.Step(Event{Time: now, Move: Timeout{}}); err != nil {
					return State{}, 0, err
				}
				continue
			}
			return State{}, 0, fmt.Errorf("%v's %s rejected in %v: %w", st.ToMove, m.Name(), st.Phase, err)
		}
		if werr != nil {
			return State{}, 0, werr
		}
	}
	return g.State(), splits, nil
}

// TestChallengerPlayerWithoutPartial: a ChallengerPlayer whose View cannot tell partial sums
// (View.Partial nil, as dispute.Trace.View leaves it for a trace without Ops, or returning false)
// is still honest: it must not lose against a wrong long reduction. It checks the element whole
// instead of splitting it (splitting without partial sums would leave it without a pick).
func TestChallengerPlayerWithoutPartial(t *testing.T) {
	w := scalarReductionWorld(4, 5)
	s := newCheater(w, "reduce-final", cheat{op: 1, elem: 0, bit: 7, slot: -1, pad: -1, seg: -1}, rand.New(rand.NewPCG(4, 4)))
	if !w.wrong(s) {
		t.Fatal("the cheat does not change h_t")
	}
	for name, partial := range map[string]func(op, e, b int) (uint32, bool){
		"nil":   nil,
		"false": func(int, int, int) (uint32, bool) { return 0, false },
	} {
		own := w.trueView()
		own.Partial = partial
		st, splits, err := playPlayers(w, s, &SolverPlayer{View: s.view(w)}, own, false)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if st.Winner != Challenger {
			t.Errorf("View.Partial %s: the honest ChallengerPlayer lost (%v in %v after %d splits)", name, st.Reason, st.Tree, splits)
		}
	}
}
