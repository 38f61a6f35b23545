//go:build !nochain

package train

import (
	"context"
	"math"
	"math/big"
	"path/filepath"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"veritrain/internal/chain"
	"veritrain/internal/commit"
	"veritrain/internal/contracts"
	"veritrain/internal/roundgame"
)

// The round game on the simulated chain with a real sharded job (2 shards, 2 rounds of 4 inner
// steps): the outer step as the contract recomputes one element (roundgame.OuterElement) is the
// compiled outer program, bit for bit, on every element; honest solvers win Start and Outer games
// that frivolous challengers open; a solver that commits a wrong aggregate (one float32 of θ_1
// off by one ulp, its round trained from it) loses an Outer game on that element, one that
// starts its round from an inner optimizer state of its choosing loses a Start game, and one
// that does not answer loses by timeout. Each loss slashes its stake; each outcome is the Go
// verdict's (RoundSpec.StartRight, OuterRight).

// roundRun is one solver's commitments of a round and what the answers need of it.
type roundRun struct {
	cm            *Commitments
	global, start roundgame.State // G_r and X_r
	end           roundgame.State // the shard's state at the end of the round
}

func (r *roundRun) leaves() []commit.Hash {
	return roundgame.Leaves(r.cm.Initial, r.cm.StepHashes, r.cm.Global)
}

// copyRS is a deep copy of a round state (State.RoundState shares the state's data).
func copyRS(s roundgame.State) roundgame.State {
	out := roundgame.State{Roots: append([]commit.Hash(nil), s.Roots...)}
	for _, d := range s.Data {
		out.Data = append(out.Data, append([]float32(nil), d...))
	}
	return out
}

// runRound runs shard s's current round of sh into a fresh directory and records it.
func runRound(t *testing.T, sh *Sharded, s int) *roundRun {
	t.Helper()
	if err := sh.StartShard(s); err != nil {
		t.Fatal(err)
	}
	r := &roundRun{global: copyRS(sh.Global.RoundState()), start: copyRS(sh.Shards[s].State.RoundState())}
	dir := filepath.Join(t.TempDir(), "round")
	if _, _, err := sh.RunShardRound(context.Background(), s, dir, nil); err != nil {
		t.Fatal(err)
	}
	var err error
	if r.cm, err = ReadCommitments(dir); err != nil {
		t.Fatal(err)
	}
	r.end = copyRS(sh.Shards[s].State.RoundState())
	if commit.StateRoot(r.global.Roots) != r.cm.Global || commit.StateRoot(r.start.Roots) != r.cm.Initial ||
		commit.StateRoot(r.end.Roots) != r.cm.StepHashes[len(r.cm.StepHashes)-1] {
		t.Fatal("the recorded states are not the round's commitments")
	}
	return r
}

func TestRoundGameOnChain(t *testing.T) {
	const S, H, R = 2, 4, 2
	job := tinyJob(t, t.TempDir(), "sharded2.toml", "", "steps = 6", "steps = 8",
		"[eval]", "[parallel]\nshards = 2\ninner_steps = 4\n\n[eval]")
	if job.Parallel.Shards != S || job.Parallel.InnerSteps != H || job.Train.Steps != R*H {
		t.Fatalf("job: %d shards, %d inner steps, %d steps", job.Parallel.Shards, job.Parallel.InnerSteps, job.Train.Steps)
	}
	load := func() *Sharded {
		sh, err := LoadSharded(job)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(sh.Close)
		return sh
	}
	// The honest job: round 0 of both shards, the outer step, round 1 of both.
	honest := load()
	rs := honest.RoundSpec()
	P := len(rs.Slots)
	var r0, r1 [S]*roundRun
	for s := range S {
		r0[s] = runRound(t, honest, s)
	}
	if r0[0].cm.Global != rs.G0 || r0[0].cm.Initial != rs.H0 {
		t.Fatal("round 0 does not start from the spec's g0 and h0")
	}
	if err := honest.OuterStep(); err != nil {
		t.Fatal(err)
	}
	// roundgame.OuterElement, the contract's rule, is the compiled outer step on every element.
	for k, slot := range rs.Slots {
		for i := range rs.Layout(k).Elements {
			var vals []float32
			for s := range S {
				vals = append(vals, r0[s].end.Data[slot][i])
			}
			th, m := roundgame.OuterElement(r0[0].global.Data[k][i], r0[0].global.Data[P+k][i], vals, rs.LR, rs.Mu)
			if math.Float32bits(th) != math.Float32bits(honest.Global.Tensors[k].Data[i]) ||
				math.Float32bits(m) != math.Float32bits(honest.Global.Tensors[P+k].Data[i]) {
				t.Fatalf("parameter %d element %d: OuterElement gives θ %v m %v, the outer program %v %v", k, i, th, m,
					honest.Global.Tensors[k].Data[i], honest.Global.Tensors[P+k].Data[i])
			}
		}
	}
	for s := range S {
		r1[s] = runRound(t, honest, s)
	}

	// A cheater's round 1 of shard 1: the honest round 0, then tamper before round 1.
	cheat := func(tamper func(sh *Sharded)) *roundRun {
		sh := load()
		for s := range S {
			runRound(t, sh, s)
		}
		if err := sh.OuterStep(); err != nil {
			t.Fatal(err)
		}
		tamper(sh)
		return runRound(t, sh, 1)
	}
	// One ulp off in θ_1 at element (k, i): the cheater trains round 1 from it.
	const wk, wi = 0, 5
	wrongAgg := cheat(func(sh *Sharded) {
		v := &sh.Global.Tensors[wk].Data[wi]
		*v = math.Float32frombits(math.Float32bits(*v) + 1)
	})
	// A start whose inner optimizer state (a slot that is not a parameter) is not its round-0 end.
	other := -1
	for j := range rs.NumStates {
		if !slices.Contains(rs.Slots, j) && len(honest.Shards[1].State.Tensors[j].Data) > 3 {
			other = j
			break
		}
	}
	if other < 0 {
		t.Fatal("no optimizer slot to tamper with")
	}
	badStart := cheat(func(sh *Sharded) { sh.Shards[1].State.Tensors[other].Data[3] += 0.25 })
	if wrongAgg.cm.Global == r1[1].cm.Global || badStart.cm.Global != r1[1].cm.Global || badStart.cm.Initial == r1[1].cm.Initial {
		t.Fatal("the cheats do not change what they should")
	}

	e := newChainGameEnv(t)
	ok := e.ok(t)
	sub, sol, chal, other0 := e.clients["submitter"], e.clients["solver"], e.clients["challenger"], e.clients["deployer"]
	h, err := chain.RoundSpecHash(rs)
	if err != nil {
		t.Fatal(err)
	}
	// post runs a job to round 1: shard 0 to "deployer", shard 1 to "solver"; round 0 honest
	// (with games on it, if any, played by atRound0), then round 1 of shard 1 is r1s1.
	post := func(atRound0 func(id *big.Int), r1s1 *roundRun) *big.Int {
		t.Helper()
		id, _, err := sub.PostJob(e.ctx, contracts.JobMarketJobParams{
			SpecHash: job.Hash, GraphRoot: commit.Hash{1}, DataRoot: commit.Hash{2}, Shards: S, Rounds: R,
			BiddingPeriod: 2 * chainMoveTimeout, TrainingPeriod: 86400, ChallengeWindow: 86400,
			Budget: chainTok(200 * S), StakePerShard: chainStake, VerifierFee: chainTok(10)})
		if err != nil {
			t.Fatal(err)
		}
		ok(sub.RegisterRounds(e.ctx, id, rs))
		if got, err := sol.RoundSpecOf(e.ctx, id); err != nil || got != h {
			t.Fatalf("registered spec %v (%v), want %v", got, err, h)
		}
		ok(other0.Bond(e.ctx, chainStake))
		ok(other0.Bid(e.ctx, id, chainTok(100)))
		ok(sol.Bond(e.ctx, chainStake))
		ok(sol.Bid(e.ctx, id, chainTok(150)))
		e.advance(t, 2*chainMoveTimeout)
		ok(sub.FinalizeAuction(e.ctx, id))
		ok(other0.Commit(e.ctx, id, 0, common.Hash(r0[0].cm.TraceRoot), common.Hash(r0[0].cm.Hash(r0[0].cm.Last()))))
		ok(sol.Commit(e.ctx, id, 1, common.Hash(r0[1].cm.TraceRoot), common.Hash(r0[1].cm.Hash(r0[1].cm.Last()))))
		if atRound0 != nil {
			atRound0(id)
		}
		e.advance(t, 86400+1)
		ok(sub.Poke(e.ctx, id))
		if j, err := sol.Job(e.ctx, id); err != nil || j.Round != 1 {
			t.Fatalf("job round %d (%v) after round 0's window", j.Round, err)
		}
		ok(other0.Commit(e.ctx, id, 0, common.Hash(r1[0].cm.TraceRoot), common.Hash(r1[0].cm.Hash(r1[0].cm.Last()))))
		ok(sol.Commit(e.ctx, id, 1, common.Hash(r1s1.cm.TraceRoot), common.Hash(r1s1.cm.Hash(r1s1.cm.Last()))))
		return id
	}
	open := func(id *big.Int, k roundgame.Kind, p, i int) *big.Int {
		t.Helper()
		g, _, err := chal.OpenRoundGame(e.ctx, id, 1, k, p, i, rs, chainBond)
		if err != nil {
			t.Fatal(err)
		}
		return g
	}
	// outcome checks a game's outcome and what it moved: a lost solver's whole stake, half of it
	// to the challenger's; a lost challenger's bond.
	outcome := func(g *big.Int, before [3]*big.Int, want roundgame.Outcome) {
		t.Helper()
		st, err := sol.RoundGameOf(e.ctx, g)
		if err != nil || roundgame.Outcome(st.Outcome) != want {
			t.Fatalf("game %v: outcome %s (%v), want %s", g, roundgame.Outcome(st.Outcome), err, want)
		}
		after := stakes(t, e)
		d := func(i int) *big.Int { return new(big.Int).Sub(after[i], before[i]) }
		half := new(big.Int).Div(chainStake, big.NewInt(2))
		if want == roundgame.SolverRight { // the challenger loses its bond (tokens), stakes unchanged: the challenger loses its bond (tokens), stakes unchanged
			if d(0).Sign() != 0 || d(1).Sign() != 0 || d(2).Cmp(new(big.Int).Neg(chainBond)) != 0 {
				t.Fatalf("solver right: stake %v, challenger stake %v, challenger tokens %v", d(0), d(1), d(2))
			}
		} else if d(0).Cmp(new(big.Int).Neg(chainStake)) != 0 || d(1).Cmp(half) != 0 || d(2).Sign() != 0 {
			t.Fatalf("solver wrong: stake %v, challenger stake %v, challenger tokens %v", d(0), d(1), d(2))
		}
	}
	prevEnd := func(r *roundRun) []commit.Hash { return r.end.Roots }

	t.Run("honest solver wins start and outer games", func(t *testing.T) {
		id := post(func(id *big.Int) {
			// Round 0: X_0 = h0, G_0 = g0.
			b := stakes(t, e)
			g := open(id, roundgame.KindStart, 0, 0)
			a, err := roundgame.NewStartAnswer(r0[1].leaves(), r0[1].global.Roots, r0[1].start.Roots, nil)
			if err != nil {
				t.Fatal(err)
			}
			if right, err := rs.StartRight(0, commit.Hash{}, a); err != nil || !right {
				t.Fatalf("Go verdict on the honest round 0: %v (%v)", right, err)
			}
			r := ok(sol.ResolveStart(e.ctx, g, rs, a))
			t.Logf("resolveStart (round 0): %d gas", r.GasUsed)
			outcome(g, b, roundgame.SolverRight)
		}, r1[1])
		b := stakes(t, e)
		g := open(id, roundgame.KindStart, 0, 0)
		a, err := roundgame.NewStartAnswer(r1[1].leaves(), r1[1].global.Roots, r1[1].start.Roots, prevEnd(r0[1]))
		if err != nil {
			t.Fatal(err)
		}
		if right, err := rs.StartRight(1, r0[1].cm.StepHashes[H-1], a); err != nil || !right {
			t.Fatalf("Go verdict on the honest round 1 start: %v (%v)", right, err)
		}
		r := ok(sol.ResolveStart(e.ctx, g, rs, a))
		t.Logf("resolveStart (round 1, %d tensors): %d gas", rs.NumStates, r.GasUsed)
		outcome(g, b, roundgame.SolverRight)
		for _, at := range [][2]int{{0, 5}, {P - 1, rs.Layout(P-1).Elements - 1}} {
			b := stakes(t, e)
			g := open(id, roundgame.KindOuter, at[0], at[1])
			oa := outerAnswer(t, rs, at[0], at[1], r0[1], r1[1], r0)
			if right, _, _, err := rs.OuterRight(at[0], at[1], oa); err != nil || !right {
				t.Fatalf("Go verdict on the honest outer element %v: %v (%v)", at, right, err)
			}
			r := ok(sol.ResolveOuter(e.ctx, g, rs, oa))
			t.Logf("resolveOuter (%d shards, element %v): %d gas", S, at, r.GasUsed)
			outcome(g, b, roundgame.SolverRight)
		}
	})

	t.Run("wrong aggregate loses an outer game", func(t *testing.T) {
		id := post(nil, wrongAgg)
		// The challenger finds the element: the cheater's G_1 against its own.
		k, i := -1, -1
		for kk := range P {
			for ii, v := range wrongAgg.global.Data[kk] {
				if k < 0 && math.Float32bits(v) != math.Float32bits(r1[1].global.Data[kk][ii]) {
					k, i = kk, ii
				}
			}
		}
		if k != wk || i != wi {
			t.Fatalf("the challenger finds element %d of parameter %d, the cheat is at %d of %d", i, k, wi, wk)
		}
		b := stakes(t, e)
		g := open(id, roundgame.KindOuter, k, i)
		oa := outerAnswer(t, rs, k, i, r0[1], wrongAgg, r0)
		if right, got, want, err := rs.OuterRight(k, i, oa); err != nil || right || got[0] == want[0] {
			t.Fatalf("Go verdict on the wrong aggregate: %v, committed %v, outer step %v (%v)", right, got, want, err)
		}
		// The challenger resolves it itself: it holds every input.
		r := ok(chal.ResolveOuter(e.ctx, g, rs, oa))
		t.Logf("resolveOuter (wrong aggregate): %d gas", r.GasUsed)
		outcome(g, b, roundgame.SolverWrong)
		// No reserve bid: the shard is refunded (with one, it would be reassigned in round 1).
		if sh, err := sol.Shard(e.ctx, id, 1); err != nil || sh.State != 4 {
			t.Fatalf("the cheater's shard is not refunded: %+v (%v)", sh, err)
		}
	})

	t.Run("start from a state of the solver's choosing loses a start game", func(t *testing.T) {
		id := post(nil, badStart)
		b := stakes(t, e)
		g := open(id, roundgame.KindStart, 0, 0)
		a, err := roundgame.NewStartAnswer(badStart.leaves(), badStart.global.Roots, badStart.start.Roots, prevEnd(r0[1]))
		if err != nil {
			t.Fatal(err)
		}
		if right, err := rs.StartRight(1, r0[1].cm.StepHashes[H-1], a); err != nil || right || rs.StartMismatch(a.Global, a.Start, a.PrevEnd) != other {
			t.Fatalf("Go verdict on the bad start: %v (%v), first mismatch %d, want slot %d", right, err, rs.StartMismatch(a.Global, a.Start, a.PrevEnd), other)
		}
		// A proof of another round's leaves is refused.
		bad := a
		bad.StartProof = a.GlobalProof
		if _, err := chal.ResolveStart(e.ctx, g, rs, bad); err == nil {
			t.Fatal("a start proven as the global leaf was accepted")
		}
		ok(chal.ResolveStart(e.ctx, g, rs, a))
		outcome(g, b, roundgame.SolverWrong)
	})

	t.Run("silent solver loses by timeout", func(t *testing.T) {
		id := post(nil, badStart)
		b := stakes(t, e)
		g := open(id, roundgame.KindStart, 0, 0)
		if _, err := chal.RoundTimeout(e.ctx, g); err == nil {
			t.Fatal("timeout before the deadline")
		}
		e.advance(t, chainMoveTimeout+1)
		ok(chal.RoundTimeout(e.ctx, g))
		outcome(g, b, roundgame.Timeout)
	})
}

// stakes are the solver's and the challenger's bonded stakes and the challenger's tokens.
func stakes(t *testing.T, e *chainGameEnv) [3]*big.Int {
	t.Helper()
	c := e.clients["solver"]
	s, err1 := c.Stake(e.ctx, c.Address())
	cs, err2 := c.Stake(e.ctx, e.clients["challenger"].Address())
	tok, err3 := c.TokenBalance(e.ctx, e.clients["challenger"].Address())
	for _, err := range []error{err1, err2, err3} {
		if err != nil {
			t.Fatal(err)
		}
	}
	return [3]*big.Int{s.Bonded, cs.Bonded, tok}
}

// outerAnswer is the answer of an Outer game on element i of parameter k of shard 1's round 1
// (cur), whose round 0 is prev, every shard's round 0 being ends.
func outerAnswer(t *testing.T, rs *roundgame.Spec, k, i int, prev, cur *roundRun, ends [2]*roundRun) roundgame.OuterAnswer {
	t.Helper()
	a, err := rs.NewOuterAnswer(k, i, prev.leaves(), prev.global, cur.leaves(), cur.global, []roundgame.State{ends[0].end, ends[1].end})
	if err != nil {
		t.Fatal(err)
	}
	return a
}
