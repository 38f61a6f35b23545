package contracts

import (
	"fmt"
	"math/big"
	"math/rand/v2"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"veritrain/internal/autograd"
	"veritrain/internal/commit"
	"veritrain/internal/game"
	"veritrain/internal/proof"
	"veritrain/internal/tensor"
)

// Tests of the partial-sum bisection (docs/dispute-game.md section 10) in DisputeGame.sol against
// game.Game: steps whose ops have real descriptors (the graph root the layout registers is over
// them, so the contract learns each reduction's length from them at a split, while Go takes
// Params.Ops[k].Segments = proof.Segments(tensor.ReductionLen(...))), played on both sides with
// the harness of disputegame_test.go: every event accepted or rejected by both, the states equal
// after every accepted one (getGame against game.State, the bisection's fields included), the
// payouts equal at the end.

// descWorld is a world whose ops are the descriptors descs: ops 0..m-1 read state slots 0..m-1
// (a state op's Next is the slot's update), every other op is computed, a sum or matmul_abt with
// the Segments of its reduction length.
func descWorld(d *dgEnv, r *rand.Rand, descs []autograd.OpDesc, m, steps, t, alter, fake int) *dgWorld {
	w := &dgWorld{}
	w.p.Updates = make([]int, m)
	for j := range w.p.Updates {
		w.p.Updates[j] = game.Carried
	}
	for k := range descs {
		desc := &descs[k]
		op := game.Op{Kind: game.OpCompute, Shape: desc.Shape}
		switch {
		case desc.Op == tensor.OpState:
			if k != desc.Slot {
				panic("state ops must come first, in slot order")
			}
			op = game.Op{Kind: game.OpStateRead, Slot: desc.Slot, Shape: desc.Shape}
			if desc.Next >= 0 {
				w.p.Updates[desc.Slot] = desc.Next
			}
		case proof.Reducible(desc.Op):
			in := make([][]int, len(desc.In))
			for i, x := range desc.In {
				in[i] = descs[x].Shape
			}
			op.Segments = proof.Segments(tensor.ReductionLen(desc.Op, desc.Shape, in))
		}
		w.p.Ops = append(w.p.Ops, op)
		w.shapes = append(w.shapes, desc.Shape)
		w.descs = append(w.descs, desc.Encode())
	}
	w.fill(r, m, steps, t, alter, fake, d)
	if err := w.p.Validate(); err != nil {
		panic(err)
	}
	return w
}

// reduceWorld is a step of three state tensors A [m,K], B [n,K] and C [m,n] (ops 0-2) and these
// computed ops (values random; MockJudge judges):
//
//	3 matmul_abt(A, B) [m,n]  K terms, updates slot 2
//	4 sum(A) [m,1]            K terms
//	5 sum(A) []               m·K terms
//	6 sum(B) [1,K]            n terms
//	7 neg(op 3) [m,n]         not a reduction
//	8 sum(op 3) [m,1]         n terms
//
// A reduction of more than 16 terms is long (Segments ⌈terms/16⌉). Step t = 3 of 5 is disputed.
func reduceWorld(d *dgEnv, seed uint64, m, n, k, alter, fake int) *dgWorld {
	descs := []autograd.OpDesc{
		{Op: tensor.OpState, Shape: []int{m, k}, Slot: 0, Next: -1},
		{Op: tensor.OpState, Shape: []int{n, k}, Slot: 1, Next: -1},
		{Op: tensor.OpState, Shape: []int{m, n}, Slot: 2, Next: 3},
		{Op: tensor.OpMatMulABT, Shape: []int{m, n}, In: []int{0, 1}, Next: -1},
		{Op: tensor.OpSum, Shape: []int{m, 1}, In: []int{0}, Next: -1},
		{Op: tensor.OpSum, Shape: []int{}, In: []int{0}, Next: -1},
		{Op: tensor.OpSum, Shape: []int{1, k}, In: []int{1}, Next: -1},
		{Op: tensor.OpNeg, Shape: []int{m, n}, In: []int{3}, Next: -1},
		{Op: tensor.OpSum, Shape: []int{m, 1}, In: []int{3}, Next: -1},
	}
	return descWorld(d, rand.New(rand.NewPCG(seed, 2)), descs, 3, 5, 3, alter, fake)
}

// worldJob is newJob for w, with its descriptors if it has real ones.
func (d *dgEnv) worldJob(w *dgWorld, solver *account, reserves ...*account) *dgJob {
	d.t.Helper()
	if w.descs != nil {
		return d.newJobDescs(w.p, w.descs, solver, reserves...)
	}
	return d.newJob(w.p, solver, reserves...)
}

// observed wraps a player and reports every move it makes.
type observed struct {
	game.Player
	seen func(st game.State, m game.Move)
}

func (o *observed) Next(p *game.Params, st game.State) (game.Move, bool) {
	m, ok := o.Player.Next(p, st)
	if ok {
		o.seen(st, m)
	}
	return m, ok
}

// until plays honest moves (play1) until cond holds for the state or the game ends.
func (gg *dgGame) until(solver, chal game.Player, cond func(st game.State) bool) game.State {
	gg.d.t.Helper()
	for i := 0; !gg.g.Over(); i++ {
		if st := gg.g.State(); cond(st) {
			return st
		}
		if i > 400 {
			gg.d.t.Fatalf("%s: the state is never reached", gg.name)
		}
		gg.play1(solver, chal)
	}
	gg.d.t.Fatalf("%s: the game ended first (%v, %v)", gg.name, gg.g.State().Winner, gg.g.State().Reason)
	return game.State{}
}

func inPhase(ph game.Phase) func(game.State) bool {
	return func(st game.State) bool { return st.Phase == ph }
}

// A cheating solver against the honest challenger: the bisection reaches the altered op; for a
// long reduction the challenger splits the element and follows the solver's partial sums to the
// one segment whose fold it got wrong (left while the revealed sum differs from its own, right
// while it agrees), where the Judge finds it wrong; a short reduction or another op is checked
// whole. The game never exceeds MaxMoves.
func TestDisputeGamePartialCheater(t *testing.T) {
	d := dgDefaultEnv(t)
	cases := []struct {
		m, n, k, alter int
		segs           int // of the altered op (0: checked whole)
	}{
		{2, 5, 40, 3, 3},           // matmul, K = 40
		{2, 5, 40, 5, 5},           // sum of 80 terms to a scalar
		{2, 5, 40, 6, 0},           // sum of 5 terms
		{2, 5, 40, 7, 0},           // neg
		{3, 20, 1030, 3, 65},       // matmul over rows of two chunks
		{3, 20, 1030, 5, 194},      // sum of 3090 terms
		{3, 20, 1030, 4, 65},       // sum of a row of two chunks
		{3, 20, 17, 4, 2},          // 17 terms: two segments
		{3, 20, 16, 4, 0},          // 16 terms: one segment, checked whole
		{3, 20, 16, 8, 2},          // sum of 20 terms of the matmul's output
		{1, 33, 100, 6, 3},         // sum of 33 terms
		{2, 300, 1024, 8, 19},      // sum of 300 terms
		{1, 1, 16 * 1024, 5, 1024}, // a power of two
	}
	sides := map[game.Side]int{}
	for i, c := range cases {
		for rep := range 2 {
			w := reduceWorld(d, uint64(100+10*i+rep), c.m, c.n, c.k, c.alter, -1)
			if got := w.p.Ops[c.alter].Segments; got != c.segs {
				t.Fatalf("case %d: op %d has %d segments, want %d", i, c.alter, got, c.segs)
			}
			j := d.worldJob(w, d.solvers[0])
			name := fmt.Sprintf("cheater %d.%d (op %d, %d segments)", i, rep, c.alter, c.segs)
			gg, ok := d.open(name, j, d.challenger, w.openEvent(3))
			if !ok {
				t.Fatalf("%s: open refused", name)
			}
			chal := &observed{Player: w.challenger(d, j), seen: func(st game.State, m game.Move) {
				if p, ok := m.(game.Pick); ok && st.Tree == game.TreePartial {
					sides[p.Side]++
				}
			}}
			gg.play(&game.SolverPlayer{View: w.claim}, chal)
			st := gg.g.State()
			if st.Winner != game.Challenger || st.Reason != game.ReasonElementWrong || st.Op != c.alter {
				t.Fatalf("%s: %v wins (%v) at op %d", name, st.Winner, st.Reason, st.Op)
			}
			if c.segs >= 2 {
				if st.Tree != game.TreePartial || st.Element != w.altElem || st.SegLo != w.badSeg || st.SegHi != w.badSeg+1 {
					t.Fatalf("%s: ended in tree %v element %d segments [%d, %d), want element %d segment %d",
						name, st.Tree, st.Element, st.SegLo, st.SegHi, w.altElem, w.badSeg)
				}
			} else if st.Tree != game.TreeTensor || st.Element != -1 {
				t.Fatalf("%s: ended in tree %v element %d", name, st.Tree, st.Element)
			}
			if mm := game.MaxMoves(&w.p); st.Moves > mm {
				t.Fatalf("%s: %d moves, MaxMoves %d", name, st.Moves, mm)
			}
		}
	}
	if sides[game.Left] == 0 || sides[game.Right] == 0 {
		t.Fatalf("partial picks: %v", sides)
	}
	t.Logf("partial picks: %d left, %d right", sides[game.Left], sides[game.Right])
}

// An honest solver against frivolous challengers that split an element it got right: one agrees
// with every partial sum (always right: the longest game, which reaches MaxMoves exactly when
// the op is the one with the longest path), one picks the halves at random. Every partial sum the
// solver reveals is true, so the Judge finds the last segment right and the challenger loses.
func TestDisputeGamePartialHonestSolver(t *testing.T) {
	d := dgDefaultEnv(t)
	for i, c := range []struct {
		m, n, k, op int
		random      bool
		maxMoves    bool
	}{
		{3, 20, 1030, 3, false, true}, // C_3 = 2·D(3) + 2 + 1 + 2·D(65) is the largest
		{3, 20, 1030, 4, false, true},
		{3, 20, 1030, 5, false, false},
		{3, 20, 1030, 5, true, false},
		{2, 5, 40, 3, true, false},
		{1, 33, 100, 6, true, false},
	} {
		w := reduceWorld(d, uint64(200+i), c.m, c.n, c.k, -1, -1)
		j := d.worldJob(w, d.solvers[i%3])
		name := fmt.Sprintf("frivolous split %d (op %d)", i, c.op)
		gg, _ := d.open(name, j, d.challenger, w.openEvent(3))
		tw := &towards{ChallengerPlayer: w.challenger(d, j), leaf: c.op, split: true}
		if c.random {
			tw.sides = rand.New(rand.NewPCG(uint64(i), 3))
		}
		gg.play(&game.SolverPlayer{View: w.claim}, tw)
		st := gg.g.State()
		if st.Winner != game.Solver || st.Reason != game.ReasonElementRight || st.Tree != game.TreePartial || st.Op != c.op {
			t.Fatalf("%s: %v wins (%v) in tree %v op %d", name, st.Winner, st.Reason, st.Tree, st.Op)
		}
		mm := game.MaxMoves(&w.p)
		if st.Moves > mm || c.maxMoves && st.Moves != mm {
			t.Fatalf("%s: %d moves, MaxMoves %d", name, st.Moves, mm)
		}
	}
}

// Timeouts in the new phases: a solver that does not reveal a partial sum loses, a challenger
// that does not pick or does not check the last segment loses. A timeout before the deadline is
// refused.
func TestDisputeGamePartialTimeouts(t *testing.T) {
	d := dgDefaultEnv(t)
	partial := func(ph game.Phase) func(game.State) bool {
		return func(st game.State) bool { return st.Phase == ph && st.Tree == game.TreePartial }
	}
	for i, c := range []struct {
		name   string
		cheat  bool
		at     func(game.State) bool
		winner game.Party
	}{
		{"silent solver at the first partial sum", true, partial(game.PhaseRevealPartial), game.Challenger},
		{"silent solver at a later partial sum", true, func(st game.State) bool {
			return st.Phase == game.PhaseRevealPartial && st.SegLo > 0
		}, game.Challenger},
		{"silent challenger at a partial pick", false, partial(game.PhasePick), game.Solver},
		{"silent challenger at the segment check", true, partial(game.PhaseCheckPartial), game.Solver},
		{"silent frivolous challenger at the segment check", false, partial(game.PhaseCheckPartial), game.Solver},
	} {
		alter := -1
		if c.cheat {
			alter = 5
		}
		w := reduceWorld(d, uint64(300+i), 3, 20, 1030, alter, -1)
		if c.cheat {
			w.badSeg = w.p.Ops[5].Segments - 1 // every partial sum before the last is agreed: the picks go right
		}
		j := d.worldJob(w, d.solvers[i%3])
		gg, _ := d.open(c.name, j, d.challenger, w.openEvent(3))
		solver := &game.SolverPlayer{View: w.claim}
		var chal game.Player = w.challenger(d, j)
		if !c.cheat {
			chal = &towards{ChallengerPlayer: w.challenger(d, j), leaf: 5, split: true}
		}
		cond := c.at
		st := gg.until(solver, chal, cond)
		if gg.step(game.Event{Time: st.Deadline - 1, From: game.Nobody, Move: game.Timeout{}}) {
			t.Fatalf("%s: early timeout accepted", c.name)
		}
		if !gg.step(game.Event{Time: max(st.Deadline, gg.next(st)), From: game.Nobody, Move: game.Timeout{}}) {
			t.Fatalf("%s: timeout refused", c.name)
		}
		if end := gg.g.State(); end.Winner != c.winner || end.Reason != game.ReasonTimeout || end.Tree != game.TreePartial {
			t.Fatalf("%s: %v wins (%v) in tree %v", c.name, end.Winner, end.Reason, end.Tree)
		}
	}
}

// Moves of the partial-sum bisection that both sides reject: in the wrong phase, by the wrong
// party, with bad values or witnesses; a split of an op that is not a long reduction; and what
// only the contract can reject (a split's descriptors, data with a partial pick). A long
// reduction's element may still be checked whole.
func TestDisputeGamePartialRefusals(t *testing.T) {
	d := dgDefaultEnv(t)
	w := reduceWorld(d, 400, 2, 5, 40, 3, -1) // op 3: matmul of 40 terms, 3 segments
	w.badSeg = 1
	j := d.worldJob(w, d.solvers[0])
	gg, _ := d.open("partial refusals", j, d.challenger, w.openEvent(3))
	solver := &game.SolverPlayer{View: w.claim}
	chal := w.challenger(d, j)
	no := func(what string, ev game.Event) {
		t.Helper()
		if ev.Time == 0 {
			ev.Time = gg.next(gg.g.State())
		}
		if gg.step(ev) {
			t.Fatalf("%s accepted", what)
		}
	}
	chainNo := func(what string, from *account, data []byte, want string) {
		t.Helper()
		if err := d.accepts(from, data, d.now()+1); d.revertName(err) != want {
			t.Fatalf("%s: %s, want %s", what, d.describeErr(err), want)
		}
	}
	wit := func(answer string, c game.ElementClaim) []byte { return mockWitness(answer, d.claimHash(j, c)) }

	st := gg.until(solver, chal, inPhase(game.PhaseCheckElement))
	if st.Op != 3 {
		t.Fatalf("op %d", st.Op)
	}
	offs := len(st.Chunk) / 4
	honest, _ := chal.Next(&j.p, st)
	sp, ok := honest.(game.Split)
	if !ok {
		t.Fatalf("the honest challenger sends %s", honest.Name())
	}
	no("split by the solver", game.Event{From: game.Solver, Move: sp})
	no("split past the chunk", game.Event{From: game.Challenger, Move: game.Split{Offset: offs}})
	no("split at a negative offset", game.Event{From: game.Challenger, Move: game.Split{Offset: -1}})
	no("partial sum in check-element", game.Event{From: game.Solver, Move: game.RevealPartial{Value: 1}})
	no("segment check in check-element", game.Event{From: game.Challenger, Move: game.CheckPartial{Witness: mockWitness("wrong", common.Hash{})}})
	od, op, id, ip := j.splitData(3)
	split := func(off int, chunk, od []byte, op [][32]byte, id []byte, ip [][32]byte) []byte {
		return d.dg.PackSplit(gg.id, big.NewInt(int64(off)), chunk, od, op, id, ip)
	}
	chainNo("split without descriptors", d.challenger, split(sp.Offset, st.Chunk, nil, nil, nil, nil), "BadDescriptor")
	chainNo("split without the operand's descriptor", d.challenger, split(sp.Offset, st.Chunk, od, op, nil, nil), "BadDescriptor")
	od4, op4, _, _ := j.splitData(4)
	chainNo("split with another op's descriptor", d.challenger, split(sp.Offset, st.Chunk, od4, op4, id, ip), "BadDescriptor")
	od1, op1, _, _ := j.splitData(1)
	chainNo("split with another operand's descriptor", d.challenger, split(sp.Offset, st.Chunk, od, op, od1, op1), "BadDescriptor")
	chainNo("split with the operand's descriptor and a wrong proof", d.challenger, split(sp.Offset, st.Chunk, od, op, id, op1), "BadDescriptor")
	chainNo("split with another chunk", d.challenger, split(sp.Offset, append(slices.Clone(st.Chunk), 0, 0, 0, 0), od, op, id, ip), "BadChunk")
	if !gg.step(game.Event{Time: gg.next(st), From: game.Challenger, Move: sp}) {
		t.Fatal("split refused")
	}

	st = gg.g.State()
	if st.Phase != game.PhaseRevealPartial || st.SegHi != 3 || st.Mid() != 1 {
		t.Fatalf("after the split: %v [%d, %d)", st.Phase, st.SegLo, st.SegHi)
	}
	no("pick in reveal-partial", game.Event{From: game.Challenger, Move: game.Pick{Side: game.Left}})
	no("pick by the solver in reveal-partial", game.Event{From: game.Solver, Move: game.Pick{Side: game.Left}})
	no("second split", game.Event{From: game.Challenger, Move: sp})
	no("whole check after the split", game.Event{From: game.Challenger, Move: game.CheckElement{Offset: sp.Offset, Witness: mockWitness("wrong", common.Hash{})}})
	no("partial sum by the challenger", game.Event{From: game.Challenger, Move: game.RevealPartial{Value: 7}})
	no("segment check in reveal-partial", game.Event{From: game.Challenger, Move: game.CheckPartial{Witness: mockWitness("wrong", common.Hash{})}})
	no("reveal in reveal-partial", game.Event{From: game.Solver, Move: game.Reveal{}})
	no("reveal-leaf in reveal-partial", game.Event{From: game.Solver, Move: game.RevealLeaf{Data: st.Chunk}})
	no("early timeout", game.Event{Time: st.Deadline - 1, From: game.Nobody, Move: game.Timeout{}})
	no("late partial sum", game.Event{Time: st.Deadline + 1, From: game.Solver, Move: game.RevealPartial{Value: 7}})
	gg.play1(solver, chal) // the partial sum at boundary 1 (agreed: the bad segment is 1)

	st = gg.g.State()
	if st.Phase != game.PhasePick || st.Tree != game.TreePartial {
		t.Fatalf("phase %v tree %v", st.Phase, st.Tree)
	}
	chainNo("partial pick with a descriptor", d.challenger, d.dg.PackPick(gg.id, 1, od, op), "UnexpectedData")
	chainNo("partial pick with a proof", d.challenger, d.dg.PackPick(gg.id, 1, nil, op), "UnexpectedData")
	no("partial pick by the solver", game.Event{From: game.Solver, Move: game.Pick{Side: game.Right}})
	no("partial pick of side 2", game.Event{From: game.Challenger, Move: game.Pick{Side: 2}})
	no("second partial sum", game.Event{From: game.Solver, Move: game.RevealPartial{Value: 7}})
	no("segment check in pick", game.Event{From: game.Challenger, Move: game.CheckPartial{Witness: mockWitness("wrong", common.Hash{})}})
	no("split in pick", game.Event{From: game.Challenger, Move: sp})
	gg.play1(solver, chal) // right: [1, 3)
	gg.play1(solver, chal) // the partial sum at boundary 2 (wrong)
	gg.play1(solver, chal) // left: [1, 2)

	st = gg.g.State()
	if st.Phase != game.PhaseCheckPartial || st.SegLo != 1 || st.SegHi != 2 {
		t.Fatalf("phase %v [%d, %d)", st.Phase, st.SegLo, st.SegHi)
	}
	pc := partialClaim(st)
	other := pc
	other.Segment++
	whole := pc
	whole.Partial, whole.Segment, whole.Start = false, 0, 0
	start := pc
	start.Start ^= 1
	no("pick in check-partial", game.Event{From: game.Challenger, Move: game.Pick{Side: game.Left}})
	no("partial sum in check-partial", game.Event{From: game.Solver, Move: game.RevealPartial{Value: 7}})
	no("segment check by the solver", game.Event{From: game.Solver, Move: game.CheckPartial{Witness: wit("right", pc)}})
	no("malformed witness", game.Event{From: game.Challenger, Move: game.CheckPartial{Witness: wit("", pc)}})
	no("short witness", game.Event{From: game.Challenger, Move: game.CheckPartial{Witness: wit("wrong", pc)[:63]}})
	no("witness about another segment", game.Event{From: game.Challenger, Move: game.CheckPartial{Witness: wit("wrong", other)}})
	no("witness about another start", game.Event{From: game.Challenger, Move: game.CheckPartial{Witness: wit("wrong", start)}})
	no("witness about the whole element", game.Event{From: game.Challenger, Move: game.CheckPartial{Witness: wit("wrong", whole)}})
	no("whole check in check-partial", game.Event{From: game.Challenger, Move: game.CheckElement{Offset: 0, Witness: wit("wrong", whole)}})
	no("split in check-partial", game.Event{From: game.Challenger, Move: sp})
	gg.play1(solver, chal)
	if st := gg.g.State(); st.Winner != game.Challenger || st.Reason != game.ReasonElementWrong {
		t.Fatalf("outcome %v %v", st.Winner, st.Reason)
	}
	no("partial sum after the end", game.Event{From: game.Solver, Move: game.RevealPartial{Value: 7}})
	chainNo("segment check after the end", d.challenger, d.dg.PackCheckPartial(gg.id, wit("wrong", pc)), "GameIsOver")

	// Ops that are not long reductions: the split is refused on both sides, the whole check
	// goes through; and a long reduction's element may be checked whole.
	for i, c := range []struct {
		alter int
		split bool
	}{{6, false}, {7, false}, {8, false}, {4, true}} {
		w := reduceWorld(d, uint64(410+i), 2, 5, 40, c.alter, -1)
		j := d.worldJob(w, d.solvers[1])
		gg, _ := d.open(fmt.Sprintf("split of op %d", c.alter), j, d.challenger, w.openEvent(3))
		chal := w.challenger(d, j)
		st := gg.until(solver0(w), chal, inPhase(game.PhaseCheckElement))
		if st.Op != c.alter {
			t.Fatalf("op %d", st.Op)
		}
		l, _ := commit.LayoutOf(w.shapes[st.Op])
		first, _ := l.ChunkRange(st.Index/l.ChunksPerRow, st.Index%l.ChunksPerRow)
		off := -1
		for o := range len(st.Chunk) / 4 {
			if w.solverVals[st.Op][first+o] != w.vals[st.Op][first+o] {
				off = o
			}
		}
		if off < 0 {
			t.Fatal("no altered element in the chunk")
		}
		if !c.split {
			no(fmt.Sprintf("split of op %d", c.alter), game.Event{From: game.Challenger, Move: game.Split{Offset: off}})
			o, p, i, ip := j.splitData(st.Op)
			chainNo(fmt.Sprintf("split of op %d", c.alter), d.challenger, d.dg.PackSplit(gg.id, big.NewInt(int64(off)), st.Chunk, o, p, i, ip), "NotLongReduction")
		}
		e := first + off
		claim := game.ElementClaim{Step: st.Step, Op: st.Op, Element: e, Claimed: w.solverVals[st.Op][e], OutputRoot: st.LeafRoot,
			OpTraceRoot: st.OpTraceRoot, Prev: st.Prev, Cur: st.Cur}
		if !gg.step(game.Event{Time: gg.next(st), From: game.Challenger, Move: game.CheckElement{Offset: off, Witness: mockWitness("wrong", d.claimHash(j, claim))}}) {
			t.Fatal("whole check refused")
		}
		if st := gg.g.State(); st.Winner != game.Challenger || st.Reason != game.ReasonElementWrong || st.Element != -1 {
			t.Fatalf("outcome %v %v element %d", st.Winner, st.Reason, st.Element)
		}
	}
}

func solver0(w *dgWorld) game.Player { return &game.SolverPlayer{View: w.claim} }

// chaos returns a random event for the game in state st: often the move of the party to move
// (from its player), otherwise a random move of any kind from any party (the wrong phase, the
// wrong party, out-of-range offsets and sides, made-up partial sums, witnesses with any verdict
// about the right or another claim), a timeout (early or due) or a late move.
func (gg *dgGame) chaos(r *rand.Rand, w *dgWorld, st game.State, players map[game.Party]game.Player) game.Event {
	d, j := gg.d, gg.j
	ev := game.Event{Time: gg.next(st), From: st.ToMove}
	if r.IntN(6) == 0 {
		ev.From = game.Party(1 + r.IntN(2))
	}
	answers := []string{"right", "wrong", ""}
	claimWitness := func(c game.ElementClaim) []byte {
		h := d.claimHash(j, c)
		switch r.IntN(5) {
		case 0:
			h = common.Hash{}
		case 1:
			h[r.IntN(32)] ^= 1
		}
		return mockWitness(answers[r.IntN(3)], h)
	}
	switch x := r.IntN(100); {
	case x < 45:
		if pl := players[st.ToMove]; pl != nil {
			if m, ok := pl.Next(&j.p, st); ok {
				ev.Move = m
				return ev
			}
		}
		ev.Move = game.Timeout{}
		ev.From, ev.Time = game.Nobody, max(st.Deadline, ev.Time)
	case x < 50:
		ev.Move = game.Timeout{}
		ev.From, ev.Time = game.Nobody, st.Deadline-1
	case x < 51 && r.IntN(5) == 0:
		ev.Move = game.Timeout{}
		ev.From, ev.Time = game.Nobody, max(st.Deadline, ev.Time)
	case x < 53:
		if pl := players[st.ToMove]; pl != nil {
			if m, ok := pl.Next(&j.p, st); ok {
				ev.Move, ev.Time = m, max(st.Deadline, ev.Time)+uint64(r.IntN(2))
				return ev
			}
		}
		ev.Move = game.Timeout{}
		ev.From = game.Nobody
	case x < 62:
		ev.Move = game.Pick{Side: game.Side(r.IntN(2))}
		if r.IntN(8) == 0 {
			ev.Move = game.Pick{Side: 2}
		}
	case x < 71:
		ev.Move = game.Split{Offset: r.IntN(len(st.Chunk)/4+3) - 1}
	case x < 80:
		v := r.Uint32()
		if st.Tree == game.TreePartial && r.IntN(2) == 0 {
			if r.IntN(2) == 0 {
				v, _ = w.truthPartial(st.Op, st.Element, st.Mid())
			} else {
				v, _ = w.solverPartial(st.Op, st.Element, st.Mid())
			}
		}
		ev.Move = game.RevealPartial{Value: v}
	case x < 88:
		if st.Element < 0 {
			ev.Move = game.CheckPartial{Witness: mockWitness(answers[r.IntN(3)], common.Hash{})}
			break
		}
		c := partialClaim(st)
		if r.IntN(4) == 0 {
			c.Segment = max(0, c.Segment+r.IntN(3)-1)
		}
		ev.Move = game.CheckPartial{Witness: claimWitness(c)}
	case x < 94:
		off := r.IntN(len(st.Chunk)/4+2) - 1
		var c game.ElementClaim
		if st.Phase == game.PhaseCheckElement && off >= 0 {
			c, _ = gg.g.ElementAt(off)
		}
		ev.Move = game.CheckElement{Offset: off, Witness: claimWitness(c)}
	default:
		ms := []game.Move{game.PostOpTrace{Root: commit.Keccak256([]byte{byte(r.IntN(256))})}, game.Reveal{Left: st.Left, Right: st.Right},
			game.RevealLeaf{Data: st.Chunk}, game.ProveTie{}}
		ev.Move = ms[r.IntN(len(ms))]
	}
	return ev
}

// Random games on random reduction worlds, both sides fed the same events (chaos): most moves
// are the players' (an honest or cheating solver, an honest or frivolous challenger), the rest
// are random moves of any kind, mostly refused; both sides must agree on every event, reach the
// same state after every accepted one and pay the same. -short plays fewer worlds.
func TestDisputeGamePartialRandom(t *testing.T) {
	worlds := 10
	if testing.Short() {
		worlds = 3
	}
	d := dgDefaultEnv(t)
	r := rand.New(rand.NewPCG(uint64(worlds), 4))
	var accepted, refused int
	phases, reasons, moves := map[game.Phase]int{}, map[string]int{}, map[string]int{}
	for wi := range worlds {
		m, n := 1+r.IntN(3), 1+r.IntN(40)
		k := []int{5, 16, 17, 31, 40, 100, 257, 1030}[r.IntN(8)]
		for gi := range 3 {
			alter := []int{-1, 3, 4, 5, 3, 4, 5, 6, 7, 8}[r.IntN(10)]
			w := reduceWorld(d, r.Uint64(), m, n, k, alter, -1)
			j := d.worldJob(w, d.solvers[(wi+gi)%3])
			name := fmt.Sprintf("random %d.%d (%dx%dx%d, alter %d)", wi, gi, m, n, k, alter)
			gg, ok := d.open(name, j, d.challenger, w.openEvent(3))
			if !ok {
				t.Fatalf("%s: open refused", name)
			}
			var chal game.Player = w.challenger(d, j)
			if r.IntN(2) == 0 {
				chal = &towards{ChallengerPlayer: w.challenger(d, j), leaf: 3 + r.IntN(6), split: r.IntN(4) > 0,
					sides: rand.New(rand.NewPCG(r.Uint64(), 5))}
			}
			players := map[game.Party]game.Player{game.Solver: solver0(w), game.Challenger: chal}
			for i := 0; !gg.g.Over(); i++ {
				st := gg.g.State()
				ev := gg.chaos(r, w, st, players)
				if i > 300 {
					ev = game.Event{Time: max(st.Deadline, gg.next(st)), Move: game.Timeout{}}
				}
				if gg.step(ev) {
					accepted++
					phases[st.Phase]++
					moves[ev.Move.Name()]++
				} else {
					refused++
				}
				if t.Failed() {
					t.FailNow()
				}
			}
			st := gg.g.State()
			reasons[fmt.Sprintf("%v wins (%v) in tree %v", st.Winner, st.Reason, st.Tree)]++
			if st.Moves > game.MaxMoves(&w.p) {
				t.Fatalf("%s: %d moves, MaxMoves %d", name, st.Moves, game.MaxMoves(&w.p))
			}
		}
	}
	t.Logf("%d events accepted and %d refused by both", accepted, refused)
	t.Logf("accepted moves: %v; from phases %v", moves, phases)
	t.Logf("outcomes: %v", reasons)
	for _, mv := range []string{"split", "partial", "check-partial"} {
		if moves[mv] == 0 {
			t.Errorf("no %s accepted", mv)
		}
	}
}

// The logs of games through the partial-sum bisection rebuild getGame (foldGameLogs): a
// cheater's game to the segment check, a frivolous one, and games that time out in each new
// phase (after a partial sum is revealed and not picked: the revealed sum stays in the state).
func TestDisputeGamePartialFollowLogs(t *testing.T) {
	d := dgDefaultEnv(t)
	var games []*dgGame
	for i, c := range []struct {
		alter int
		stop  game.Phase
	}{{3, game.PhaseOver}, {-1, game.PhaseOver}, {5, game.PhaseRevealPartial}, {5, game.PhasePick}, {4, game.PhaseCheckPartial}} {
		w := reduceWorld(d, uint64(500+i), 3, 20, 100, c.alter, -1)
		j := d.worldJob(w, d.solvers[i%3])
		gg, _ := d.open(fmt.Sprintf("follow partial %d", i), j, d.challenger, w.openEvent(3))
		var chal game.Player = w.challenger(d, j)
		if c.alter < 0 {
			chal = &towards{ChallengerPlayer: w.challenger(d, j), leaf: 5, split: true, sides: rand.New(rand.NewPCG(uint64(i), 6))}
		}
		if c.stop == game.PhaseOver {
			gg.play(solver0(w), chal)
		} else {
			st := gg.until(solver0(w), chal, func(st game.State) bool { return st.Phase == c.stop && st.Tree == game.TreePartial })
			if !gg.step(game.Event{Time: max(st.Deadline, gg.next(st)), Move: game.Timeout{}}) {
				t.Fatal("timeout refused")
			}
		}
		if gg.g.State().Tree != game.TreePartial {
			t.Fatalf("game %d did not split", i)
		}
		games = append(games, gg)
	}
	logs, err := d.client.FilterLogs(d.ctx, ethereum.FilterQuery{Addresses: []common.Address{d.dgAddr}})
	if err != nil {
		t.Fatal(err)
	}
	views := foldGameLogs(t, d, logs)
	for _, gg := range games {
		want := d.getGame(gg.id)
		if got := views[gg.id.Uint64()]; fmt.Sprintf("%+v", got) != fmt.Sprintf("%+v", want) {
			t.Fatalf("game %v from logs:\n%+v\nfrom getGame:\n%+v", gg.id, got, want)
		}
	}
}

// TestDisputeGamePartialGas reports the gas of the partial-sum bisection's moves on a step the
// size of docs/dispute-game.md's example (200 ops, so depth-8 descriptor proofs): a matmul_abt
// [64,784]·[256,784]ᵀ (784 terms, 49 segments) and a sum of the 256x784 weight to a scalar
// (200,704 terms, 12,544 segments), with MockJudge (the segment check's own cost is the Judge's).
func TestDisputeGamePartialGas(t *testing.T) {
	d := dgDefaultEnv(t)
	slots := [][]int{{256, 784}, {256}, {10, 256}, {10}, {256, 780}, {255}, {10, 250}, {9}, {}}
	var descs []autograd.OpDesc
	for j, s := range slots {
		descs = append(descs, autograd.OpDesc{Op: tensor.OpState, Shape: s, Slot: j, Next: -1})
	}
	descs = append(descs,
		autograd.OpDesc{Op: tensor.OpConst, Shape: []int{64, 784}, Next: -1},                      // 9
		autograd.OpDesc{Op: tensor.OpMatMulABT, Shape: []int{64, 256}, In: []int{9, 0}, Next: -1}, // 10
		autograd.OpDesc{Op: tensor.OpSum, Shape: []int{}, In: []int{0}, Next: -1},                 // 11
	)
	for k := len(descs); k < 200; k++ {
		s := []int{64, 10}
		if k%17 == 0 {
			s = []int{64, 256}
		}
		descs = append(descs, autograd.OpDesc{Op: tensor.OpConst, Shape: s, Next: -1})
	}
	games := []struct {
		name  string
		alter int
		leaf  int
	}{
		{"cheater: matmul_abt element, 49 segments", 10, -1},
		{"cheater: sum to a scalar, 12,544 segments", 11, -1},
		{"honest vs frivolous split of a matmul_abt element (always right)", -1, 10},
	}
	gas := map[string][]uint64{}
	var rows []string
	for i, c := range games {
		d.gas = map[string][]uint64{}
		w := descWorld(d, rand.New(rand.NewPCG(9, uint64(i))), slices.Clone(descs), len(slots), 1000, 500, c.alter, -1)
		if i == 0 {
			t.Logf("MaxMoves = %d (segments %d and %d)", game.MaxMoves(&w.p), w.p.Ops[10].Segments, w.p.Ops[11].Segments)
		}
		j := d.worldJob(w, d.solvers[i%3])
		gg, _ := d.open(c.name, j, d.challenger, w.openEvent(500))
		var chal game.Player = w.challenger(d, j)
		if c.leaf >= 0 {
			chal = &towards{ChallengerPlayer: w.challenger(d, j), leaf: c.leaf, split: true}
		}
		gg.play(solver0(w), chal)
		st := gg.g.State()
		if st.Tree != game.TreePartial {
			t.Fatalf("%s: no split", c.name)
		}
		rows = append(rows, fmt.Sprintf("%-70s %6d %10d", fmt.Sprintf("%s (%v, %v)", c.name, st.Winner, st.Reason), st.Moves, gg.gas))
		for n, g := range d.gas {
			gas[n] = append(gas[n], g...)
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "\n%-14s %8s %10s %10s\n", "move", "count", "median", "max")
	names := make([]string, 0, len(gas))
	for n := range gas {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(&b, "%-14s %8d %10d %10d\n", n, len(gas[n]), dgMedian(gas[n]), slices.Max(gas[n]))
		if slices.Max(gas[n]) > 1_000_000 {
			t.Errorf("%s costs up to %d gas", n, slices.Max(gas[n]))
		}
	}
	fmt.Fprintf(&b, "\n%-70s %6s %10s\n", "whole game", "moves", "gas")
	for _, r := range rows {
		fmt.Fprintln(&b, r)
	}
	t.Log(b.String())
}
