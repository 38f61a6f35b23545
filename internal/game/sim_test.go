package game

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"math/bits"
	"math/rand/v2"
	"os"
	"reflect"
	"strconv"
	"testing"

	"veritrain/internal/commit"
)

// The simulator plays every solver strategy against every challenger strategy in random worlds
// (with long reductions, randomReductionWorld) and checks the rules of the game after every game
// (and the per-move rules after every event).
// GAME_SIM_WORLDS sets the number of worlds (default 200, about four seconds, 3 under -race; `make fuzz` also runs
// FuzzSimulate, which plays one world per input for as long as it is given).

// ledger holds the balances the game's actions move.
type ledger struct {
	challenger, escrow, stake, solver, burned *big.Int
}

func newLedger(w *world) *ledger {
	return &ledger{
		challenger: new(big.Int).Add(w.bond, big.NewInt(1_000_000)),
		escrow:     new(big.Int),
		stake:      new(big.Int).Set(w.stake),
		solver:     new(big.Int),
		burned:     new(big.Int),
	}
}

func (l *ledger) total() *big.Int {
	t := new(big.Int)
	for _, b := range []*big.Int{l.challenger, l.escrow, l.stake, l.solver, l.burned} {
		t.Add(t, b)
	}
	return t
}

func (l *ledger) String() string {
	return fmt.Sprintf("challenger %v escrow %v stake %v solver %v burned %v", l.challenger, l.escrow, l.stake, l.solver, l.burned)
}

// apply carries out the token actions; it fails on an action that would overdraw a balance or
// whose parts do not add up.
func (l *ledger) apply(acts []Action) error {
	move := func(from, to *big.Int, amt *big.Int) error {
		if amt.Sign() < 0 || from.Cmp(amt) < 0 {
			return fmt.Errorf("cannot move %v out of %v", amt, from)
		}
		from.Sub(from, amt)
		to.Add(to, amt)
		return nil
	}
	for _, a := range acts {
		var err error
		switch a := a.(type) {
		case EscrowBond:
			err = move(l.challenger, l.escrow, a.Amount)
		case RefundBond:
			err = move(l.escrow, l.challenger, a.Amount)
		case SlashSolver:
			if new(big.Int).Add(a.Reward, a.Burn).Cmp(a.Amount) != 0 {
				return fmt.Errorf("slash %v != reward %v + burn %v", a.Amount, a.Reward, a.Burn)
			}
			if err = move(l.stake, l.challenger, a.Reward); err == nil {
				err = move(l.stake, l.burned, a.Burn)
			}
		case ForfeitBond:
			if new(big.Int).Add(a.Reward, a.Burn).Cmp(a.Amount) != 0 {
				return fmt.Errorf("forfeit %v != reward %v + burn %v", a.Amount, a.Reward, a.Burn)
			}
			if err = move(l.escrow, l.solver, a.Reward); err == nil {
				err = move(l.escrow, l.burned, a.Burn)
			}
		}
		if err != nil {
			return fmt.Errorf("%T: %w", a, err)
		}
	}
	return nil
}

// simResult is what one simulated game produced.
type simResult struct {
	played  bool // false: the challenger did not open, or the cheat does not exist in this world
	wrong   bool // the solver's step was wrong
	winner  Party
	reason  Reason
	moves   int
	maxMove int
	events  []Event // the accepted events, the open first
	final   State
	params  Params
	judge   Judge

	claim        ElementClaim // the claim the Judge decided, if it did
	timeoutIn    Phase        // the phase a timeout ended the game in (0: no timeout)
	checkPartial bool         // the game reached PhaseCheckPartial
	rounds       int          // accepted RevealPartial events
}

// sameState is reflect.DeepEqual for States, faster (the simulator compares the state before
// and after every rejected event; DeepEqual compares hashes byte by byte): field by field, the
// byte slices (Chunk) with bytes.Equal, the rest with ==.
func sameState(a, b State) bool {
	va, vb := reflect.ValueOf(a), reflect.ValueOf(b)
	for i := range va.NumField() {
		fa, fb := va.Field(i), vb.Field(i)
		if fa.Kind() == reflect.Slice {
			if fa.IsNil() != fb.IsNil() || !bytes.Equal(fa.Bytes(), fb.Bytes()) {
				return false
			}
		} else if fa.Interface() != fb.Interface() {
			return false
		}
	}
	return true
}

func TestSameState(t *testing.T) {
	a := State{Phase: PhasePick, Chunk: []byte{1, 2}, Left: commit.Hash{3}, SumMid: 4}
	for i, b := range []State{a, {Phase: PhasePick, Chunk: []byte{1, 2}, Left: commit.Hash{3}, SumMid: 4}} {
		if !sameState(a, b) || !reflect.DeepEqual(a, b) {
			t.Errorf("%d: equal states differ", i)
		}
	}
	for i, mod := range []func(s *State){
		func(s *State) { s.Chunk = nil },
		func(s *State) { s.Chunk = []byte{} },
		func(s *State) { s.Chunk = []byte{1, 3} },
		func(s *State) { s.Left[31] = 1 },
		func(s *State) { s.SumMid++ },
		func(s *State) { s.Element = 5 },
		func(s *State) { s.Reason = ReasonTimeout },
	} {
		b := a
		b.Chunk = bytes.Clone(a.Chunk)
		mod(&b)
		if sameState(a, b) || reflect.DeepEqual(a, b) {
			t.Errorf("%d: different states are the same", i)
		}
	}
}

// checkEvent checks the per-event rules after an accepted event.
func checkEvent(g *Game, before State, acts []Action) error {
	st := g.State()
	// Each accepted event is one move: the count of moves bounds the game (rule 3).
	if st.Moves != before.Moves+1 {
		return fmt.Errorf("moves %d -> %d", before.Moves, st.Moves)
	}
	if len(acts) == 0 {
		return errors.New("accepted event without actions")
	}
	last := acts[len(acts)-1]
	if st.Phase != PhaseOver {
		// Rule: every non-final state has a deadline and a party to move, announced by Await, so
		// that no game can stall: either that party moves before the deadline or anyone ends the
		// game with a Timeout.
		if st.ToMove != st.Phase.mover() || st.ToMove == Nobody {
			return fmt.Errorf("phase %v: %v to move", st.Phase, st.ToMove)
		}
		if st.Deadline <= st.LastTime {
			return fmt.Errorf("deadline %d not after the last move %d", st.Deadline, st.LastTime)
		}
		if want := (Await{Party: st.ToMove, Phase: st.Phase, Deadline: st.Deadline}); last != Action(want) {
			return fmt.Errorf("last action %#v, want %#v", last, want)
		}
		return nil
	}
	// Rule: a finished game names its winner and reason, once, and pays out exactly once.
	over, ok := last.(GameOver)
	if !ok || over.Winner != st.Winner || over.Reason != st.Reason || (st.Winner != Solver && st.Winner != Challenger) {
		return fmt.Errorf("game over with actions %#v, state winner %v reason %v", acts, st.Winner, st.Reason)
	}
	return nil
}

// checkPartialStep checks the partial-sum bisection across one accepted event (before → after):
// a Split starts it over all segments of the named element, from +0 to the solver's element; a
// RevealPartial records the partial sum at Mid; a Pick keeps the half it names, with the revealed
// sum as its new end or start, and reaches PhaseCheckPartial exactly when one segment is left.
func checkPartialStep(p *Params, before, after State) error {
	if after.Tree != TreePartial {
		if after.Element != -1 {
			return fmt.Errorf("element %d outside the partial-sum bisection", after.Element)
		}
		return nil
	}
	segs := p.Ops[after.Op].Segments
	if segs < 2 {
		return fmt.Errorf("partial-sum bisection of op %d with %d segments", after.Op, segs)
	}
	if after.Phase != PhaseOver {
		if after.SegLo < 0 || after.SegLo >= after.SegHi || after.SegHi > segs {
			return fmt.Errorf("segments [%d, %d) of %d", after.SegLo, after.SegHi, segs)
		}
		if w := after.SegHi - after.SegLo; (w == 1) != (after.Phase == PhaseCheckPartial) {
			return fmt.Errorf("%d segments left in %v", w, after.Phase)
		}
		if m := after.Mid(); after.Phase != PhaseCheckPartial && (m <= after.SegLo || m >= after.SegHi) {
			return fmt.Errorf("mid %d outside (%d, %d)", m, after.SegLo, after.SegHi)
		}
		// The revealed sum is kept only until the pick (like Left and Right).
		if after.Phase != PhasePick && after.SumMid != 0 {
			return fmt.Errorf("sum %#x at mid left in %v", after.SumMid, after.Phase)
		}
	}
	same := func() bool {
		return after.SegLo == before.SegLo && after.SegHi == before.SegHi && after.SumLo == before.SumLo &&
			after.SumHi == before.SumHi && after.Element == before.Element && after.Op == before.Op
	}
	switch before.Phase {
	case PhaseCheckElement: // a split
		if after.Phase != PhaseRevealPartial {
			return fmt.Errorf("split went to %v", after.Phase)
		}
		l, _ := commit.LayoutOf(p.Ops[after.Op].Shape)
		start, _ := l.ChunkRange(before.Index/l.ChunksPerRow, before.Index%l.ChunksPerRow)
		off := after.Element - start
		if off < 0 || 4*off >= len(before.Chunk) || after.Op != before.Op {
			return fmt.Errorf("split element %d of op %d outside the chunk at %d", after.Element, after.Op, start)
		}
		if after.SegLo != 0 || after.SegHi != segs || after.SumLo != 0 || after.SumHi != binary.LittleEndian.Uint32(before.Chunk[4*off:]) {
			return fmt.Errorf("split to [%d, %d) sums %#x..%#x", after.SegLo, after.SegHi, after.SumLo, after.SumHi)
		}
	case PhaseRevealPartial:
		if after.Phase == PhaseOver {
			return nil // a timeout
		}
		if after.Phase != PhasePick || !same() {
			return fmt.Errorf("reveal-partial changed the bisection: %+v -> %+v", before, after)
		}
	case PhasePick:
		if after.Phase == PhaseOver {
			return nil
		}
		mid := before.Mid()
		left := after.SegLo == before.SegLo && after.SegHi == mid && after.SumLo == before.SumLo && after.SumHi == before.SumMid
		right := after.SegLo == mid && after.SegHi == before.SegHi && after.SumLo == before.SumMid && after.SumHi == before.SumHi
		if !left && !right || after.Element != before.Element {
			return fmt.Errorf("pick from [%d, %d) mid %d to [%d, %d)", before.SegLo, before.SegHi, mid, after.SegLo, after.SegHi)
		}
	case PhaseCheckPartial:
		if after.Phase != PhaseOver || !same() {
			return fmt.Errorf("check-partial did not end the game: %v", after.Phase)
		}
	}
	return nil
}

// partialNoise returns events about the partial-sum bisection that the game must reject in its
// current state: a split of an op without segments or outside the chunk, a move of the
// bisection in another phase or from the other party or too late, a pick of no side, a segment
// check whose witness the Judge rejects.
func partialNoise(g *Game, r *rand.Rand) []Event {
	st := g.State()
	if st.Phase == PhaseOver {
		return nil
	}
	p := g.Params()
	ok := []byte("ok")
	var evs []Event
	add := func(from Party, m Move) { evs = append(evs, Event{Time: st.LastTime, From: from, Move: m}) }
	switch st.Phase {
	case PhaseCheckElement:
		n := len(st.Chunk) / 4
		add(Challenger, Split{Offset: n + r.IntN(2)})
		add(Challenger, Split{Offset: -1 - r.IntN(3)})
		if p.Ops[st.Op].Segments < 2 && n > 0 {
			add(Challenger, Split{Offset: r.IntN(n)})
		}
		if n > 0 {
			add(Solver, Split{Offset: r.IntN(n)})
		}
		add(Challenger, RevealPartial{Value: r.Uint32()})
		add(Solver, RevealPartial{Value: r.Uint32()})
		add(Challenger, CheckPartial{Witness: ok})
	case PhaseRevealPartial:
		add(Challenger, RevealPartial{Value: r.Uint32()})
		add(Solver, Split{Offset: 0})
		add(Solver, CheckPartial{Witness: ok})
		add(Solver, Pick{Side: Left})
		add(Solver, Reveal{})
		evs = append(evs, Event{Time: st.Deadline + r.Uint64N(3), From: Solver, Move: RevealPartial{Value: r.Uint32()}})
	case PhaseCheckPartial:
		add(Challenger, CheckPartial{Witness: []byte("bad")})
		add(Challenger, CheckPartial{})
		add(Solver, CheckPartial{Witness: ok})
		add(Challenger, Split{Offset: 0})
		add(Challenger, Pick{Side: Side(r.IntN(2))})
		add(Challenger, CheckElement{Witness: ok})
		add(Challenger, RevealPartial{Value: r.Uint32()})
		evs = append(evs, Event{Time: st.Deadline + r.Uint64N(3), From: Challenger, Move: CheckPartial{Witness: ok}})
	default:
		if st.Phase == PhasePick {
			add(Challenger, Pick{Side: Side(2 + r.IntN(250))})
			add(Solver, RevealPartial{Value: r.Uint32()})
		}
		add(st.ToMove, Split{Offset: 0})
		add(st.ToMove, RevealPartial{Value: r.Uint32()})
		add(st.ToMove, CheckPartial{Witness: ok})
	}
	return evs
}

// noiseEvent returns an event that the game must reject in its current state: a move by the
// party not to move, a move at or after the deadline, an early Timeout, an event from the past, or
// a move that does not belong to this phase.
func noiseEvent(g *Game, r *rand.Rand) Event {
	st := g.State()
	switch r.IntN(5) {
	case 0:
		return Event{Time: st.LastTime, From: st.ToMove.other(), Move: Pick{Side: Left}}
	case 1:
		return Event{Time: st.Deadline + r.Uint64N(3), From: st.ToMove, Move: PostOpTrace{}}
	case 2:
		return Event{Time: st.Deadline - 1 - r.Uint64N(st.Deadline-st.LastTime), From: Solver, Move: Timeout{}}
	case 3:
		if st.LastTime > 0 {
			return Event{Time: st.LastTime - 1, From: Nobody, Move: Timeout{}}
		}
		return Event{Time: st.LastTime, From: st.ToMove, Move: Open{}}
	}
	var m Move
	switch st.Phase {
	case PhasePostOpTrace, PhaseChoose:
		m = ProveTie{}
	case PhaseReveal, PhaseRevealLeaf, PhaseProveTie:
		m = CheckElement{Witness: []byte("ok")}
	default:
		m = Reveal{}
	}
	return Event{Time: st.LastTime, From: st.ToMove, Move: m}
}

// playGame plays one game of solver kind sk against challenger kind ck in world w.
func playGame(w *world, sk, ck string, r *rand.Rand) (simResult, error) {
	s := newSolver(w, sk, r)
	if s == nil {
		return simResult{}, nil
	}
	c := newChallenger(ck, r)
	res := simResult{wrong: w.wrong(s)}
	if !c.opens(w, s) {
		return res, nil
	}
	res.played = true
	p := w.params(s)
	judge := w.judge(s)
	res.params, res.judge = p, judge
	var claim ElementClaim // the last claim the Judge decided
	j := JudgeFunc(func(c ElementClaim, witness []byte) (bool, error) {
		right, err := judge.CheckElement(c, witness)
		if err == nil {
			claim = c
		}
		return right, err
	})
	res.maxMove = MaxMoves(&p)
	l := newLedger(w)
	total := l.total()
	start := r.Uint64N(1 << 40)
	openEv := Event{Time: start, From: Challenger, Move: w.open(s)}
	res.events = append(res.events, openEv)
	g, acts, err := New(p, j, openEv)
	if err != nil {
		// Rule: a correct open (valid proofs against the trace root, the right bond) is accepted.
		return res, fmt.Errorf("open rejected: %w", err)
	}
	if err := l.apply(acts); err != nil {
		return res, err
	}
	if err := checkEvent(g, State{Moves: 0}, acts); err != nil {
		return res, fmt.Errorf("after open: %w", err)
	}
	for steps := 0; !g.Over(); steps++ {
		// Rule 3: the game ends in a bounded number of moves, MaxMoves(params) = O(depth of the
		// op trace + depth of the largest tensor), whatever the players do.
		if steps > res.maxMove {
			return res, fmt.Errorf("game still running after %d events (bound %d)", steps, res.maxMove)
		}
		before := g.State()
		// Rule: a rejected event changes nothing (so an invalid move can neither hurt its sender's
		// opponent nor be used to stall: the deadline stays where it was).
		if r.IntN(3) == 0 {
			ev := noiseEvent(g, r)
			if a, err := g.Step(ev); err == nil || a != nil {
				return res, fmt.Errorf("noise event %#v accepted in %v", ev, before.Phase)
			}
			if st := g.State(); !sameState(st, before) {
				return res, fmt.Errorf("rejected event changed the state:\n%+v\n%+v", before, st)
			}
		}
		if r.IntN(3) == 0 {
			evs := partialNoise(g, r)
			for range 2 {
				ev := evs[r.IntN(len(evs))]
				if a, err := g.Step(ev); err == nil || a != nil {
					return res, fmt.Errorf("noise event %#v accepted in %v", ev, before.Phase)
				}
				if st := g.State(); !sameState(st, before) {
					return res, fmt.Errorf("rejected %#v changed the state:\n%+v\n%+v", ev, before, st)
				}
			}
		}
		var (
			mv     Move
			ok     bool
			honest bool
			noise  bool
		)
		if before.ToMove == Solver {
			mv, ok = s.move(w, g)
			honest, noise = s.honest, s.noise
			if ok {
				s.moves++
			}
		} else {
			mv, ok = c.move(w, g, r)
			honest = c.honest
			if ok {
				c.moves++
			}
		}
		// Rule: a solver's answer is unique (one preimage of a node or leaf, one canonical proof),
		// so any corruption of it is rejected. The inconsistent solver sends only corrupted
		// answers; for the others a corrupted copy is injected now and then.
		if ok && (noise || r.IntN(4) == 0) {
			if bad := noisy(mv, r); bad != nil {
				if _, err := g.Step(Event{Time: before.LastTime, From: before.ToMove, Move: bad}); err == nil {
					return res, fmt.Errorf("corrupted %s accepted in %v", bad.Name(), before.Phase)
				}
				if st := g.State(); !sameState(st, before) {
					return res, fmt.Errorf("rejected %s changed the state", bad.Name())
				}
				if noise {
					ok = false // the inconsistent solver gives up after its corrupted answer
				}
			}
		}
		if ok {
			at := before.LastTime + r.Uint64N(before.Deadline-before.LastTime)
			ev := Event{Time: at, From: before.ToMove, Move: mv}
			acts, err := g.Step(ev)
			if err != nil {
				// Rule: the moves of an honest party are always valid.
				if honest {
					return res, fmt.Errorf("honest %v's %s rejected in %v: %w", before.ToMove, mv.Name(), before.Phase, err)
				}
				if st := g.State(); !sameState(st, before) {
					return res, fmt.Errorf("rejected %s changed the state", mv.Name())
				}
				ok = false
			} else {
				res.events = append(res.events, ev)
				if err := l.apply(acts); err != nil {
					return res, err
				}
				if err := checkEvent(g, before, acts); err != nil {
					return res, fmt.Errorf("after %s: %w", mv.Name(), err)
				}
				if err := res.partialStep(&p, before, g.State(), mv); err != nil {
					return res, fmt.Errorf("after %s: %w", mv.Name(), err)
				}
				continue
			}
		}
		// Silence: anyone may end the game once the deadline has passed.
		at := before.Deadline + r.Uint64N(2*w.timeout)
		from := []Party{Nobody, Solver, Challenger}[r.IntN(3)]
		ev := Event{Time: at, From: from, Move: Timeout{}}
		acts, err := g.Step(ev)
		if err != nil {
			return res, fmt.Errorf("timeout rejected: %w", err)
		}
		res.events = append(res.events, ev)
		if err := l.apply(acts); err != nil {
			return res, err
		}
		if err := checkEvent(g, before, acts); err != nil {
			return res, fmt.Errorf("after timeout: %w", err)
		}
		if g.State().Winner != before.ToMove.other() {
			return res, fmt.Errorf("timeout: %v won, %v was to move", g.State().Winner, before.ToMove)
		}
		res.timeoutIn = before.Phase
		if err := checkPartialStep(&p, before, g.State()); err != nil {
			return res, fmt.Errorf("after timeout: %w", err)
		}
	}
	st := g.State()
	res.winner, res.reason, res.moves, res.final, res.claim = st.Winner, st.Reason, st.Moves, st, claim
	if st.Moves > res.maxMove {
		return res, fmt.Errorf("%d moves, bound %d", st.Moves, res.maxMove)
	}
	// Rule 4: tokens are conserved and the loser pays the winner exactly the stated amounts:
	// a losing solver's stake is slashed, StakeRewardBPS of it to the challenger (whose bond comes
	// back) and the rest burned; a losing challenger's bond goes BondRewardBPS to the solver and
	// the rest is burned. Nothing stays in escrow.
	if l.total().Cmp(total) != 0 {
		return res, fmt.Errorf("tokens not conserved: %v -> %v", total, l.total())
	}
	want := newLedger(w)
	if st.Winner == Challenger {
		reward := new(big.Int).Mul(w.stake, new(big.Int).SetUint64(w.stakeBPS))
		reward.Quo(reward, big.NewInt(BPS))
		want.challenger.Add(want.challenger, reward)
		want.stake.SetInt64(0)
		want.burned.Sub(w.stake, reward)
	} else {
		reward := new(big.Int).Mul(w.bond, new(big.Int).SetUint64(w.bondBPS))
		reward.Quo(reward, big.NewInt(BPS))
		want.challenger.Sub(want.challenger, w.bond)
		want.solver.Set(reward)
		want.burned.Sub(w.bond, reward)
	}
	if l.String() != want.String() {
		return res, fmt.Errorf("balances %v, want %v", l, want)
	}
	// Rule 1: an honest solver never loses. It answers every move truthfully from the true op
	// trace, every tie it is asked to prove holds, every element it committed is right, and its
	// padding is zero, so no challenger can make it lose.
	if s.honest && s.silentAfter < 0 && st.Winner != Solver {
		return res, fmt.Errorf("honest solver lost (%v) against %s", st.Reason, ck)
	}
	// Rule 2: an honest challenger never loses. It opens only when h_t is wrong, so the op trace
	// or the post-state differs from the truth; following the leftmost differing child it reaches
	// the first wrong leaf: a computed op with correct inputs and a wrong element (the Judge
	// agrees), a tie that cannot be proven, or non-zero padding.
	if c.honest && st.Winner != Challenger {
		return res, fmt.Errorf("honest challenger lost (%v) against %s", st.Reason, sk)
	}
	if err := checkPartialOutcome(w, s, c, res); err != nil {
		return res, err
	}
	return res, nil
}

// partialStep checks the bisection across an accepted move and counts its rounds: from
// S segments, PhaseCheckPartial comes after between ⌊log2 S⌋ and D(S) = ⌈log2 S⌉ partial sums
// (D(S) when the challenger always agrees, which MaxMoves counts).
func (res *simResult) partialStep(p *Params, before, after State, mv Move) error {
	if err := checkPartialStep(p, before, after); err != nil {
		return err
	}
	if _, ok := mv.(RevealPartial); ok {
		res.rounds++
	}
	if after.Phase == PhaseCheckPartial {
		res.checkPartial = true
		segs := p.Ops[after.Op].Segments
		if lo, hi := bits.Len(uint(segs))-1, commit.Depth(segs); res.rounds < lo || res.rounds > hi {
			return fmt.Errorf("segment check after %d partial sums of %d segments, want %d to %d", res.rounds, segs, lo, hi)
		}
	}
	return nil
}

// checkPartialOutcome checks how the games of the partial-sum strategies end.
func checkPartialOutcome(w *world, s *solver, c *challenger, res simResult) error {
	st := res.final
	if c.whole && st.Tree == TreePartial {
		return errors.New("the whole checker split an element")
	}
	// A challenger that never sends the segment check loses there.
	if c.stallPartial && res.checkPartial && (st.Winner != Solver || st.Reason != ReasonTimeout || res.timeoutIn != PhaseCheckPartial) {
		return fmt.Errorf("staller reached the segment check and the game ended %v %v in %v", st.Winner, st.Reason, res.timeoutIn)
	}
	// A segment check asks the Judge about the one segment left, from the agreed start to the
	// solver's end; a whole check about the element, with no partial-sum fields.
	if st.Reason == ReasonElementRight || st.Reason == ReasonElementWrong {
		jc := res.claim
		want := ElementClaim{Step: st.Step, Op: st.Op, Element: jc.Element, Claimed: jc.Claimed, OutputRoot: st.LeafRoot,
			OpTraceRoot: st.OpTraceRoot, Prev: st.Prev, Cur: st.Cur}
		if st.Tree == TreePartial {
			want.Element, want.Claimed, want.Partial, want.Segment, want.Start = st.Element, st.SumHi, true, st.SegLo, st.SumLo
		}
		if jc != want {
			return fmt.Errorf("judged %+v, want %+v", jc, want)
		}
	}
	if !c.honest {
		return nil
	}
	// Against the honest challenger, each cheat about a long reduction loses where it lies.
	segs := 0
	if st.Op >= 0 {
		segs = w.ops[st.Op].segs
	}
	at := [2]int{st.Op, st.Element}
	switch {
	case s.kind == "reduce-final" && !c.whole:
		// Its partial sums are right: the challenger agrees with each, down to the last segment.
		if st.Reason != ReasonElementWrong || st.Tree != TreePartial || at != s.target || st.SegLo != segs-1 {
			return fmt.Errorf("reduce-final at %v lost %v at segment %d of %d of %v", s.target, st.Reason, st.SegLo, segs, at)
		}
		if res.rounds != commit.Depth(segs) {
			return fmt.Errorf("reduce-final: %d rounds for %d segments", res.rounds, segs)
		}
	case c.whole && partialKinds[s.kind]:
		// Checked whole, every reduction cheat is a wrong element (the silent one never has to
		// reveal a partial sum).
		if st.Reason != ReasonElementWrong || st.Tree != TreeTensor || res.claim.Partial || [2]int{res.claim.Op, res.claim.Element} != s.target {
			return fmt.Errorf("%s lost %v at %v against the whole check", s.kind, st.Reason, at)
		}
	case s.kind == "partial-lie" && !c.whole:
		if st.Reason != ReasonElementWrong || st.Tree != TreePartial || at != s.target || st.SegLo != s.lieSeg {
			return fmt.Errorf("partial-lie at %v segment %d lost %v at segment %d of %v", s.target, s.lieSeg, st.Reason, st.SegLo, at)
		}
	case s.kind == "partial-silent":
		if st.Reason != ReasonTimeout || res.timeoutIn != PhaseRevealPartial || at != s.target {
			return fmt.Errorf("partial-silent lost %v in %v", st.Reason, res.timeoutIn)
		}
	}
	return nil
}

// simulate plays every pair of strategies in the world of one seed.
func simulate(seed uint64, stats map[string]int) error {
	r := rand.New(rand.NewPCG(seed, 0x9a3e))
	w := randomReductionWorld(r)
	for _, sk := range solverKinds {
		for _, ck := range challengerKinds {
			res, err := playGame(w, sk, ck, r)
			if err != nil {
				return fmt.Errorf("seed %d, solver %s vs challenger %s: %w", seed, sk, ck, err)
			}
			if stats != nil && res.played {
				stats["played"]++
				stats["reason:"+res.reason.String()]++
				if res.moves == res.maxMove {
					stats["tight"]++
				}
				stats[fmt.Sprintf("%s/%s:%v", sk, ck, res.winner)]++
				if res.wrong && ck == "honest" {
					stats["caught:"+sk]++
				}
				if res.final.Tree == TreePartial {
					stats["partial:"+res.reason.String()]++
					if res.moves == res.maxMove {
						stats["tight-partial"]++
					}
				}
				if res.timeoutIn != 0 {
					stats["timeout-in:"+res.timeoutIn.String()]++
				}
			}
		}
	}
	return nil
}

func simWorlds(t testing.TB) int {
	n := 200
	if raceEnabled {
		n = 3 // keccak is slow under the race detector, and this package has no concurrency
	}
	if v := os.Getenv("GAME_SIM_WORLDS"); v != "" {
		var err error
		if n, err = strconv.Atoi(v); err != nil {
			t.Fatalf("GAME_SIM_WORLDS=%q: %v", v, err)
		}
	}
	return n
}

func TestSimulate(t *testing.T) {
	stats := map[string]int{}
	n := simWorlds(t)
	for seed := uint64(0); seed < uint64(n); seed++ {
		if err := simulate(seed, stats); err != nil {
			t.Fatal(err)
		}
	}
	t.Logf("%d worlds, %d games, %d of them as long as MaxMoves allows (%d with a segment check)", n, stats["played"], stats["tight"], stats["tight-partial"])
	if stats["tight"] == 0 {
		t.Error("no game reached MaxMoves: the bound is not tight")
	}
	// The test must be able to fail: check that it exercised every ending and caught every kind
	// of cheat against the honest challenger.
	for r := ReasonTimeout; r <= ReasonElementRight; r++ {
		if stats["reason:"+r.String()] == 0 {
			t.Errorf("no game ended with %v", r)
		}
	}
	if n < 20 {
		return // too few worlds for every case to occur
	}
	for _, sk := range solverKinds {
		if sk == "honest" || sk == "silent" || (sk == "alter-local" || sk == "pad-tensor") && n < 100 {
			continue // never wrong (honest, silent) or wrong only when the altered op updates the state
		}
		if stats["caught:"+sk] == 0 {
			t.Errorf("solver %s never disputed by an honest challenger", sk)
		}
	}
	for _, k := range []string{"honest/frivolous:solver", "honest/random:solver", "fabricate-slot/staller:solver", "silent/frivolous:challenger",
		"honest/split-random:solver", "reduce-final/whole:challenger", "honest/partial-staller:solver", "partial-lie/split-random:challenger",
		// The partial-sum bisection: reached the segment check, the Judge said both, both timeouts,
		// and some game with a segment check was as long as MaxMoves allows.
		"partial:element-wrong", "partial:element-right", "partial:timeout",
		"timeout-in:reveal-partial", "timeout-in:check-partial", "tight-partial"} {
		if stats[k] == 0 {
			t.Errorf("no game %s", k)
		}
	}
	if testing.Verbose() {
		for _, sk := range solverKinds {
			line := sk + ":"
			for _, ck := range challengerKinds {
				line += fmt.Sprintf(" %s %d-%d", ck, stats[sk+"/"+ck+":solver"], stats[sk+"/"+ck+":challenger"])
			}
			t.Log(line + " (solver-challenger wins)")
		}
	}
}

// FuzzSimulate plays every pair of strategies in the world of one seed; `make fuzz` runs it for
// FUZZTIME, far more worlds than TestSimulate.
func FuzzSimulate(f *testing.F) {
	for s := uint64(1000); s < 1002; s++ {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, seed uint64) {
		if err := simulate(seed, nil); err != nil {
			t.Fatal(err)
		}
	})
}
